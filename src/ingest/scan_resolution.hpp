#pragma once
// Whether a PDF page is one embedded scan, and at what resolution its pixels were drawn. The only
// file that uses Poppler's core API (PDFDoc, Gfx, OutputDev); poppler-cpp exposes no page images.

#include <optional>

class PDFDoc;

namespace foia::ingest {

/// The resolution, in pixels per inch along the page's width and height, of a page that is a
/// scan.
struct ScanResolution {
  double dpi_x = 0;
  double dpi_y = 0;
};

/// Share of the page (crop box) an image must cover to count as the page's scan.
inline constexpr double k_scan_min_coverage = 0.85;
/// Any other image covering more than this share of the page makes the page more than a scan.
inline constexpr double k_scan_max_other_image = 0.02;

/// Walks the content of page `number` (1-based) of `document`, recording what it draws without
/// rasterising anything. The page is a scan when it draws no visible text (invisible text, as in
/// an OCR layer, is no ink), at least one image covers k_scan_min_coverage of the page, and no
/// image of middling size (between k_scan_max_other_image and k_scan_min_coverage) sits beside
/// it. Vector shapes (rules, redaction boxes) are ignored: they render the same at any
/// resolution. Returns the highest resolution among the page-covering images (a layered scan
/// keeps its sharpest layer), or nothing when the page is not a scan or cannot be read.
std::optional<ScanResolution> scan_resolution(PDFDoc& document, int number);

} // namespace foia::ingest
