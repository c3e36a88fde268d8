#pragma once
// Pictures of scanned pages: the page drawn onto a grayscale raster, tilted, thresholded to a
// one-bit look on gray-tinted paper, with speckle noise, as a photocopied FOIA production looks.

#include "model.hpp"

#include <cairo.h>

#include <cstdint>

namespace make_samples {

inline constexpr double k_scan_dpi = 300;

/// Returns a new image surface (owned by the caller) holding the scan of `page`; the Bates stamp
/// is drawn into the picture when `stamp` is not empty. `seed` makes the noise repeatable.
cairo_surface_t* render_scan(const Document& document, const Page& page, const std::string& stamp,
                             std::uint32_t seed);

} // namespace make_samples
