#pragma once
// Test documents built on the fly with the real engines: text-layer PDFs, and "scans" made by
// rendering those with Poppler and embedding the pixels as an image-only page.

#include "support/pdf_writer.hpp"

#include <string>
#include <vector>

namespace foia::test {

/// Lines of a memo page about Secure Communities, with known words to look for.
std::vector<std::string> memo_lines(int variant);

/// A page that is a raster of `lines` at `dpi` (image only, no text layer).
PdfPage scanned_page(const std::vector<std::string>& lines, int dpi = 150);

/// A folder of small documents covering every OCR decision; see fixtures.cpp.
struct FixtureBatch {
  std::string folder;
  std::string text_pdf;    ///< 2 text-layer pages
  std::string scanned_pdf; ///< 1 image-only page
  std::string mixed_pdf;   ///< text page, blank page, scan whose text layer is only a Bates stamp
  std::string tiff;        ///< 2-page TIFF scan
};

/// Writes the batch into a new temp folder.
FixtureBatch make_fixture_batch();

} // namespace foia::test
