#pragma once
// Draws one page of a Document onto any Cairo context in PDF points (612 x 792), so the same code
// produces text-layer pages (PDF surface) and the pictures of scanned pages (image surface).

#include "model.hpp"

#include <cairo.h>

namespace make_samples {

inline constexpr double k_page_width = 612; // US letter, points
inline constexpr double k_page_height = 792;

/// Draws the blocks of `page`; throws std::runtime_error when they overflow the page.
void draw_page_body(cairo_t* cr, const Document& document, const Page& page);

/// Draws `stamp` at the bottom right of the page, as Bates stamps are.
void draw_bates_stamp(cairo_t* cr, const std::string& stamp);

} // namespace make_samples
