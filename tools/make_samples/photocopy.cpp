#include "photocopy.hpp"

#include "page_layout.hpp"

#include <cmath>
#include <numbers>
#include <random>
#include <stdexcept>

namespace make_samples {
namespace {

// Only a few distinct gray levels, so Flate compresses the picture well.
constexpr std::uint8_t k_ink = 34;
constexpr std::uint8_t k_paper = 234;
constexpr std::uint8_t k_edge_shadow = 150;
constexpr int k_ink_threshold = 150;
constexpr int k_edge_shadow_px = 9;
constexpr double k_speckles_per_square_inch = 14;

void set_gray(unsigned char* row, int x, std::uint8_t level) {
  auto* pixel = reinterpret_cast<std::uint32_t*>(row) + x; // RGB24: 0x00RRGGBB
  *pixel = (std::uint32_t{level} << 16) | (std::uint32_t{level} << 8) | level;
}

std::uint8_t red_of(const unsigned char* row, int x) {
  const auto* pixel = reinterpret_cast<const std::uint32_t*>(row) + x;
  return static_cast<std::uint8_t>((*pixel >> 16) & 0xff);
}

void photocopy_look(cairo_surface_t* surface, std::uint32_t seed) {
  cairo_surface_flush(surface);
  const int width = cairo_image_surface_get_width(surface);
  const int height = cairo_image_surface_get_height(surface);
  const int stride = cairo_image_surface_get_stride(surface);
  unsigned char* data = cairo_image_surface_get_data(surface);
  for (int y = 0; y < height; ++y) {
    unsigned char* row = data + static_cast<std::ptrdiff_t>(y) * stride;
    for (int x = 0; x < width; ++x) {
      const bool ink = red_of(row, x) < k_ink_threshold;
      set_gray(row, x, ink ? k_ink : (x < k_edge_shadow_px ? k_edge_shadow : k_paper));
    }
  }
  // std::mt19937's output is fixed by the standard (distributions are not), so the noise is
  // the same on every platform.
  std::mt19937 random(seed);
  const auto speckles =
      static_cast<long>(k_speckles_per_square_inch * width * height / (k_scan_dpi * k_scan_dpi));
  for (long i = 0; i < speckles; ++i) {
    const int x = static_cast<int>(random() % static_cast<std::uint32_t>(width - 2));
    const int y = static_cast<int>(random() % static_cast<std::uint32_t>(height - 2));
    const int size = 1 + static_cast<int>(random() % 3);
    for (int dy = 0; dy < size; ++dy) {
      for (int dx = 0; dx < size; ++dx) {
        set_gray(data + static_cast<std::ptrdiff_t>(y + dy) * stride, x + dx, k_ink);
      }
    }
  }
  cairo_surface_mark_dirty(surface);
}

} // namespace

cairo_surface_t* render_scan(const Document& document, const Page& page, const std::string& stamp,
                             std::uint32_t seed) {
  const double scale = k_scan_dpi / 72.0;
  const int width = static_cast<int>(std::lround(k_page_width * scale));
  const int height = static_cast<int>(std::lround(k_page_height * scale));
  cairo_surface_t* surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, width, height);
  cairo_t* cr = cairo_create(surface);
  cairo_set_source_rgb(cr, 1, 1, 1);
  cairo_paint(cr);
  cairo_scale(cr, scale, scale);
  cairo_translate(cr, k_page_width / 2, k_page_height / 2);
  cairo_rotate(cr, page.tilt_degrees * std::numbers::pi / 180.0);
  cairo_translate(cr, -k_page_width / 2, -k_page_height / 2);
  draw_page_body(cr, document, page);
  if (!stamp.empty()) {
    draw_bates_stamp(cr, stamp);
  }
  const cairo_status_t status = cairo_status(cr);
  cairo_destroy(cr);
  if (status != CAIRO_STATUS_SUCCESS) {
    cairo_surface_destroy(surface);
    throw std::runtime_error(document.file_name +
                             ": cannot draw scan: " + cairo_status_to_string(status));
  }
  photocopy_look(surface, seed);
  return surface;
}

} // namespace make_samples
