#include "pdf_writer.hpp"

#include "page_layout.hpp"
#include "photocopy.hpp"

#include <cairo-pdf.h>

#include <cstdio>
#include <stdexcept>

namespace make_samples {
namespace {

// Fixed, so the files do not change from run to run (Cairo would otherwise stamp the clock).
constexpr const char* k_production_date = "2011-12-01T09:00:00Z";
constexpr const char* k_creator = "foia make_samples (synthetic FOIA sample batch)";

void place_scan(cairo_t* cr, cairo_surface_t* scan) {
  cairo_save(cr);
  cairo_scale(cr, 72.0 / k_scan_dpi, 72.0 / k_scan_dpi);
  cairo_set_source_surface(cr, scan, 0, 0);
  cairo_paint(cr);
  cairo_restore(cr);
}

std::uint32_t noise_seed(const Document& document, int page_index) {
  std::uint32_t seed = 2166136261u; // FNV-1a of the file name, then the page
  for (char c : document.file_name) {
    seed = (seed ^ static_cast<unsigned char>(c)) * 16777619u;
  }
  return (seed ^ static_cast<std::uint32_t>(page_index)) * 16777619u;
}

} // namespace

std::string bates_stamp(const Document& document, int page_index) {
  char number[32];
  std::snprintf(number, sizeof number, "%0*d", document.bates_digits,
                document.bates_first + page_index);
  return document.bates_prefix + number;
}

void write_pdf(const Document& document, const std::filesystem::path& out_dir) {
  const auto path = (out_dir / document.file_name).string();
  cairo_surface_t* surface = cairo_pdf_surface_create(path.c_str(), k_page_width, k_page_height);
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, document.title.c_str());
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_AUTHOR, document.author.c_str());
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, k_creator);
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, k_production_date);
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_MOD_DATE, k_production_date);
  cairo_t* cr = cairo_create(surface);
  for (std::size_t i = 0; i < document.pages.size(); ++i) {
    const Page& page = document.pages[i];
    const int page_index = static_cast<int>(i);
    const std::string stamp = bates_stamp(document, page_index);
    switch (page.mode) {
    case PageMode::text:
      draw_page_body(cr, document, page);
      draw_bates_stamp(cr, stamp);
      break;
    case PageMode::scan:
    case PageMode::scan_text_bates:
    case PageMode::blank_scan: {
      const bool stamp_in_picture = page.mode == PageMode::scan;
      cairo_surface_t* scan = render_scan(document, page, stamp_in_picture ? stamp : std::string{},
                                          noise_seed(document, page_index));
      place_scan(cr, scan);
      cairo_surface_destroy(scan);
      if (page.mode == PageMode::scan_text_bates) {
        draw_bates_stamp(cr, stamp);
      }
      break;
    }
    }
    cairo_show_page(cr);
  }
  const cairo_status_t status = cairo_status(cr);
  cairo_destroy(cr);
  cairo_surface_finish(surface);
  const cairo_status_t surface_status = cairo_surface_status(surface);
  cairo_surface_destroy(surface);
  if (status != CAIRO_STATUS_SUCCESS || surface_status != CAIRO_STATUS_SUCCESS) {
    throw std::runtime_error(
        path + ": cairo: " +
        cairo_status_to_string(status != CAIRO_STATUS_SUCCESS ? status : surface_status));
  }
}

} // namespace make_samples
