// A page that is one embedded scan is OCR'd at the scan's own resolution (within limits), with
// the real engines on scans made in the test.
#include "foia/ingest/ingest.hpp"
#include "foia/ingest/page_reader.hpp"
#include "foia/record/record.hpp"

#include "support/fixtures.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

namespace foia::ingest {
namespace {

class ScanDpiTest : public ::testing::Test {
protected:
  static void SetUpTestSuite() { s_folder = new std::string(test::make_temp_dir("foia-scan-dpi")); }
  static void TearDownTestSuite() {
    std::filesystem::remove_all(*s_folder);
    delete s_folder;
  }

  // Writes a one-page PDF named `name` and returns its path.
  static std::string write(const std::string& name, const test::PdfPage& page) {
    const std::string path = *s_folder + "/" + name + ".pdf";
    test::write_file(path, test::make_pdf({page}));
    return path;
  }

  static std::optional<int> scan_dpi(const std::string& path) {
    return make_default_source()->open(path, false)->scan_dpi(0);
  }

  // Options that read a page that is one scan at its own resolution (--own-dpi).
  static IngestOptions own_dpi() {
    IngestOptions options;
    options.own_dpi = true;
    return options;
  }

  // The page record of a one-page PDF read with `options` (one worker).
  static record::PageRecord ingest_page(const std::string& path,
                                        IngestOptions options = own_dpi()) {
    options.jobs = 1;
    std::vector<std::string> lines;
    IngestCallbacks callbacks;
    callbacks.record = [&lines](std::string_view line) { lines.emplace_back(line); };
    ingest({path}, options, callbacks);
    if (lines.size() != 2) {
      throw std::runtime_error("expected a document line and a page line for " + path);
    }
    return *record::parse_record_line(lines[1]).page;
  }

  static bool has_note(const record::PageRecord& page, const std::string& note) {
    return std::find(page.notes.begin(), page.notes.end(), note) != page.notes.end();
  }

  static std::string* s_folder;
};

std::string* ScanDpiTest::s_folder = nullptr;

TEST_F(ScanDpiTest, AFullPageScanReportsTheResolutionItWasDrawnAt) {
  EXPECT_EQ(scan_dpi(write("scan-200", test::scanned_page(test::memo_lines(0), 200))), 200);
  EXPECT_EQ(scan_dpi(write("scan-300", test::scanned_page(test::memo_lines(0), 300))), 300);
  EXPECT_EQ(scan_dpi(write("scan-400", test::scanned_page(test::memo_lines(0), 400))), 400);
}

TEST_F(ScanDpiTest, AScanAt200DpiIsReadAt200WithANote) {
  const record::PageRecord page =
      ingest_page(write("read-200", test::scanned_page(test::memo_lines(1), 200)));
  EXPECT_EQ(page.method, record::Method::ocr);
  EXPECT_TRUE(has_note(page, "rendered at 200 dpi, the scan's own resolution"))
      << testing::PrintToString(page.notes);
  EXPECT_NE(page.text.find("Secure Communities"), std::string::npos) << page.text;
  EXPECT_NE(page.text.find("mandatory"), std::string::npos) << page.text;
}

// Finer than --dpi is rendered at --dpi, as before; a higher --dpi lets the scan's own through.
TEST_F(ScanDpiTest, AScanAt400DpiIsReadAtTheDpiOptionAtMost) {
  const std::string path = write("read-400", test::scanned_page(test::memo_lines(0), 400));
  const record::PageRecord capped = ingest_page(path);
  EXPECT_EQ(capped.method, record::Method::ocr);
  EXPECT_TRUE(capped.notes.empty()) << testing::PrintToString(capped.notes);
  EXPECT_NE(capped.text.find("opt out"), std::string::npos) << capped.text;
  IngestOptions options = own_dpi();
  options.dpi = 600;
  const record::PageRecord fine = ingest_page(path, options);
  EXPECT_TRUE(has_note(fine, "rendered at 400 dpi, the scan's own resolution"))
      << testing::PrintToString(fine.notes);
  EXPECT_NE(fine.text.find("opt out"), std::string::npos) << fine.text;
}

TEST_F(ScanDpiTest, AScanAtTheDpiOptionGetsNoNote) {
  const record::PageRecord page =
      ingest_page(write("read-300", test::scanned_page(test::memo_lines(0), 300)));
  EXPECT_EQ(page.method, record::Method::ocr);
  EXPECT_TRUE(page.notes.empty()) << testing::PrintToString(page.notes);
}

TEST_F(ScanDpiTest, AScanBelowTheLimitIsReadAtTheLimit) {
  const std::string path = write("scan-100", test::scanned_page(test::memo_lines(0), 100));
  EXPECT_EQ(scan_dpi(path), 100);
  const record::PageRecord page = ingest_page(path);
  EXPECT_TRUE(has_note(page, "rendered at " + std::to_string(k_min_scan_dpi) +
                                 " dpi, the nearest to the scan's own 100 dpi"))
      << testing::PrintToString(page.notes);
}

// Two short lines at 150 dpi have strokes two pixels thick: the blank-page test must measure ink
// in inches, not pixels, or the page is called blank at its own resolution.
TEST_F(ScanDpiTest, AFewLinesScannedAt150DpiAreNotABlankPage) {
  const record::PageRecord page = ingest_page(write(
      "sparse-150",
      test::scanned_page({"Sent Date: 2022/04/07 22:10:15", "Delivered Date: 2022/04/07"}, 150)));
  EXPECT_EQ(page.method, record::Method::ocr) << testing::PrintToString(page.notes);
  EXPECT_NE(page.text.find("Sent Date"), std::string::npos) << page.text;
}

TEST_F(ScanDpiTest, WithoutOwnDpiEveryScanIsReadAtTheDpiOption) {
  const IngestOptions options; // the default
  const record::PageRecord page =
      ingest_page(write("fixed-200", test::scanned_page(test::memo_lines(1), 200)), options);
  EXPECT_EQ(page.method, record::Method::ocr);
  EXPECT_TRUE(page.notes.empty()) << testing::PrintToString(page.notes);
  EXPECT_NE(page.text.find("mandatory"), std::string::npos) << page.text;
}

TEST_F(ScanDpiTest, AScanWithVisibleTextIsNotOneScan) {
  test::PdfPage stamped = test::scanned_page(test::memo_lines(0), 200);
  stamped.lines = {"ICE FOIA 10-2674.0000042"};
  stamped.first_line_y = 36;
  const std::string path = write("stamped", stamped);
  EXPECT_EQ(scan_dpi(path), std::nullopt);
  const record::PageRecord page = ingest_page(path);
  EXPECT_EQ(page.method, record::Method::ocr); // read at --dpi, as before
  EXPECT_TRUE(page.notes.empty()) << testing::PrintToString(page.notes);
}

TEST_F(ScanDpiTest, ALogoIsNotAScan) {
  test::PdfPage logo = test::scanned_page(test::memo_lines(0), 200);
  logo.image_x = 72;
  logo.image_y = 650;
  logo.image_width_points = 72;
  logo.image_height_points = 93;
  EXPECT_EQ(scan_dpi(write("logo", logo)), std::nullopt);
  logo.lines = test::memo_lines(1);
  logo.first_line_y = 600;
  EXPECT_EQ(scan_dpi(write("logo-and-text", logo)), std::nullopt);
}

TEST_F(ScanDpiTest, AnImageCoveringHalfThePageIsNotAScan) {
  test::PdfPage half = test::scanned_page(test::memo_lines(0), 200);
  half.image_width_points = 612;
  half.image_height_points = 396;
  EXPECT_EQ(scan_dpi(write("half", half)), std::nullopt);
}

TEST_F(ScanDpiTest, AnAbsurdResolutionIsReportedBounded) {
  test::PdfPage speck; // 100 x 100 pixels on a page a thousandth of a point wide: 7.2 million dpi
  speck.width_points = 0.001;
  speck.height_points = 0.001;
  speck.image_width = 100;
  speck.image_height = 100;
  speck.image.assign(100 * 100, 0);
  EXPECT_EQ(scan_dpi(write("speck", speck)), 1'000'000);
}

TEST_F(ScanDpiTest, TextPagesAndBlankPagesAreNotScans) {
  test::PdfPage text;
  text.lines = test::memo_lines(0);
  EXPECT_EQ(scan_dpi(write("text", text)), std::nullopt);
  EXPECT_EQ(scan_dpi(write("blank", test::PdfPage{})), std::nullopt);
}

// A document whose scan walk fails, as a damaged page's might: the page is read at --dpi.
class UnwalkableDocument final : public Document {
public:
  explicit UnwalkableDocument(std::unique_ptr<Document> real) : m_real(std::move(real)) {}
  int page_count() const override { return m_real->page_count(); }
  TextLayer text_layer(int index) const override { return m_real->text_layer(index); }
  std::vector<Box> word_boxes(int index) const override { return m_real->word_boxes(index); }
  Box page_size(int index) const override { return m_real->page_size(index); }
  GrayImage render(int index, int dpi) const override { return m_real->render(index, dpi); }
  std::optional<int> scan_dpi(int /*index*/) const override { throw DocumentError("walk failed"); }

private:
  std::unique_ptr<Document> m_real;
};

class UnwalkableSource final : public DocumentSource {
public:
  std::unique_ptr<Document> open(const std::string& path, bool is_image) const override {
    return std::make_unique<UnwalkableDocument>(m_real->open(path, is_image));
  }

private:
  std::unique_ptr<DocumentSource> m_real = make_default_source();
};

TEST_F(ScanDpiTest, AFailedWalkFallsBackToTheDpiOption) {
  const std::string path = write("unwalkable", test::scanned_page(test::memo_lines(1), 200));
  const UnwalkableSource source;
  PageReader reader(
      source, [] { return make_tesseract_engine("eng"); }, own_dpi());
  InputFile input;
  input.path = path;
  input.format = InputFormat::pdf;
  const record::PageRecord page = reader.read_page(input, std::string(64, '0'), 1);
  EXPECT_FALSE(page.error);
  EXPECT_EQ(page.method, record::Method::ocr);
  EXPECT_TRUE(page.notes.empty()) << testing::PrintToString(page.notes);
  EXPECT_NE(page.text.find("mandatory"), std::string::npos) << page.text;
}

} // namespace
} // namespace foia::ingest
