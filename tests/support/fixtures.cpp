#include "support/fixtures.hpp"

#include "foia/ingest/document.hpp"

#include <leptonica/allheaders.h>

#include <stdexcept>

namespace foia::test {

std::vector<std::string> memo_lines(int variant) {
  if (variant == 0) {
    return {"MEMORANDUM FOR: Field Office Directors",
            "FROM: Secure Communities Program Management Office",
            "DATE: August 17, 2010",
            "SUBJECT: Jurisdictions that wish to opt out",
            "",
            "A jurisdiction that does not wish to participate may opt out",
            "by sending a written request to the program office. Requests",
            "will be reviewed within thirty days of receipt."};
  }
  return {"From: Deputy Director",
          "Sent: Saturday, October 2, 2010 9:41 AM",
          "Subject: RE: Secure Communities deployment",
          "",
          "There is no opt out of Secure Communities. Participation",
          "will be mandatory for every county by 2013 and requests",
          "to withdraw will not be granted."};
}

PdfPage scanned_page(const std::vector<std::string>& lines, int dpi) {
  PdfPage text_page;
  text_page.lines = lines;
  const std::string folder = make_temp_dir("foia-raster");
  const std::string path = folder + "/page.pdf";
  write_file(path, make_pdf({text_page}));
  const auto source = ingest::make_default_source();
  const ingest::GrayImage image = source->open(path, false)->render(0, dpi);
  std::remove(path.c_str());
  std::remove(folder.c_str());
  PdfPage scan;
  scan.image_width = image.width;
  scan.image_height = image.height;
  scan.image = image.pixels;
  return scan;
}

namespace {

void write_tiff(const std::string& path, const std::vector<PdfPage>& pages) {
  bool first = true;
  for (const PdfPage& page : pages) {
    PIX* pix = pixCreate(page.image_width, page.image_height, 8);
    for (int y = 0; y < page.image_height; ++y) {
      for (int x = 0; x < page.image_width; ++x) {
        pixSetPixel(pix, x, y, page.image[static_cast<std::size_t>(y * page.image_width + x)]);
      }
    }
    pixSetResolution(pix, 150, 150);
    const int status = pixWriteTiff(path.c_str(), pix, IFF_TIFF_ZIP, first ? "w" : "a");
    pixDestroy(&pix);
    if (status != 0) {
      throw std::runtime_error("cannot write " + path);
    }
    first = false;
  }
}

} // namespace

FixtureBatch make_fixture_batch() {
  FixtureBatch batch;
  batch.folder = make_temp_dir("foia-fixtures");
  batch.text_pdf = batch.folder + "/memo-text.pdf";
  batch.scanned_pdf = batch.folder + "/email-scan.pdf";
  batch.mixed_pdf = batch.folder + "/mixed.pdf";
  batch.tiff = batch.folder + "/scans.tiff";

  PdfPage first;
  first.lines = memo_lines(0);
  PdfPage second;
  second.lines = memo_lines(1);
  write_file(batch.text_pdf, make_pdf({first, second}));
  write_file(batch.scanned_pdf, make_pdf({scanned_page(memo_lines(1))}));

  PdfPage blank;
  PdfPage stamped_scan = scanned_page(memo_lines(0));
  stamped_scan.lines = {"ICE FOIA 10-2674.0000042"}; // the only text layer on a scanned page
  stamped_scan.first_line_y = 36;
  write_file(batch.mixed_pdf, make_pdf({second, blank, stamped_scan}));

  write_tiff(batch.tiff, {scanned_page(memo_lines(0)), scanned_page(memo_lines(1))});
  return batch;
}

} // namespace foia::test
