#pragma once
// Writes small, valid PDFs for tests: pages of Helvetica text (a real text layer) and pages that
// are one grayscale image (a scan, no text layer). Uncompressed, so the bytes are predictable.

#include <cstdint>
#include <string>
#include <vector>

namespace foia::test {

/// One page: text lines drawn from the top-left margin, and/or a full-page grayscale image.
struct PdfPage {
  std::vector<std::string> lines; ///< ASCII text lines, 12 pt Helvetica, 14 pt apart
  double first_line_y = 720;      ///< baseline of the first line, points from the bottom
  int image_width = 0;            ///< pixels; 0 for no image
  int image_height = 0;
  std::vector<std::uint8_t> image; ///< 8-bit gray, row-major, image_width * image_height bytes
  /// Where the image is drawn, in points from the bottom-left; a zero size means the whole page.
  double image_x = 0;
  double image_y = 0;
  double image_width_points = 0;
  double image_height_points = 0;
  double width_points = 612;
  double height_points = 792;
};

/// The bytes of a PDF holding `pages`.
std::string make_pdf(const std::vector<PdfPage>& pages);

/// A PDF file around `objects` (numbered from 1 in order, object 1 the catalog): header, the
/// objects, a correct cross-reference table and trailer. For hand-built and hostile documents.
std::string assemble_pdf(const std::vector<std::string>& objects);

/// Writes `bytes` to `path`; throws on failure.
void write_file(const std::string& path, const std::string& bytes);

/// Reads a whole file; throws on failure.
std::string read_file(const std::string& path);

/// A fresh empty folder under the system temp folder, removed by the caller if wanted.
std::string make_temp_dir(const std::string& prefix);

} // namespace foia::test
