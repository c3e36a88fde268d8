// The shipped path with real Poppler, Leptonica and Tesseract on documents made in the test.
#include "foia/ingest/ingest.hpp"
#include "foia/record/record.hpp"

#include "support/fixtures.hpp"

#include <gtest/gtest.h>

#include <filesystem>

namespace foia::ingest {
namespace {

struct Ingested {
  std::vector<record::DocumentRecord> documents;
  std::vector<record::PageRecord> pages;
  std::vector<std::string> lines;
  IngestSummary summary;
};

Ingested run_ingest(const std::vector<std::string>& inputs, int jobs) {
  IngestOptions options;
  options.jobs = jobs;
  Ingested out;
  IngestCallbacks callbacks;
  callbacks.record = [&out](std::string_view line) {
    out.lines.emplace_back(line);
    record::ParsedRecord parsed = record::parse_record_line(line);
    if (parsed.document) {
      out.documents.push_back(std::move(*parsed.document));
    } else {
      out.pages.push_back(std::move(*parsed.page));
    }
  };
  out.summary = ingest(inputs, options, callbacks);
  return out;
}

bool contains(const std::string& text, const std::string& words) {
  return text.find(words) != std::string::npos;
}

class EnginesTest : public ::testing::Test {
protected:
  static void SetUpTestSuite() {
    s_batch = new test::FixtureBatch(test::make_fixture_batch());
    s_run = new Ingested(run_ingest({s_batch->folder}, 2));
  }
  static void TearDownTestSuite() {
    std::filesystem::remove_all(s_batch->folder);
    delete s_run;
    delete s_batch;
  }

  static const record::PageRecord& page(const std::string& path, int number) {
    for (const record::PageRecord& page : s_run->pages) {
      if (page.path == path && page.page == number) {
        return page;
      }
    }
    throw std::runtime_error("no page " + std::to_string(number) + " of " + path);
  }

  static test::FixtureBatch* s_batch;
  static Ingested* s_run;
};

test::FixtureBatch* EnginesTest::s_batch = nullptr;
Ingested* EnginesTest::s_run = nullptr;

TEST_F(EnginesTest, TextLayerPagesKeepTheirTextWithoutOcr) {
  const record::PageRecord& first = page(s_batch->text_pdf, 1);
  EXPECT_EQ(first.method, record::Method::text);
  EXPECT_FALSE(first.confidence);
  EXPECT_TRUE(contains(first.text, "may opt out")) << first.text;
  EXPECT_TRUE(contains(page(s_batch->text_pdf, 2).text, "There is no opt out"));
}

TEST_F(EnginesTest, ImageOnlyPagesAreRecognisedWithAConfidence) {
  const record::PageRecord& scan = page(s_batch->scanned_pdf, 1);
  EXPECT_EQ(scan.method, record::Method::ocr);
  ASSERT_TRUE(scan.confidence);
  EXPECT_GT(*scan.confidence, 60.0);
  EXPECT_TRUE(contains(scan.text, "Secure Communities")) << scan.text;
  EXPECT_TRUE(contains(scan.text, "mandatory")) << scan.text;
}

TEST_F(EnginesTest, BlankPagesAreNone) {
  const record::PageRecord& blank = page(s_batch->mixed_pdf, 2);
  EXPECT_EQ(blank.method, record::Method::none);
  EXPECT_EQ(blank.text, "");
}

TEST_F(EnginesTest, AScanWhoseTextLayerIsOnlyABatesStampIsStillRecognised) {
  const record::PageRecord& stamped = page(s_batch->mixed_pdf, 3);
  EXPECT_EQ(stamped.method, record::Method::ocr);
  EXPECT_TRUE(contains(stamped.text, "written request")) << stamped.text;
  EXPECT_TRUE(contains(stamped.text, "10-2674")) << "the stamp is in the render too";
  EXPECT_EQ(page(s_batch->mixed_pdf, 1).method, record::Method::text);
}

TEST_F(EnginesTest, MultiPageTiffScansAreRecognisedPageByPage) {
  ASSERT_EQ(page(s_batch->tiff, 1).method, record::Method::ocr);
  EXPECT_TRUE(contains(page(s_batch->tiff, 1).text, "opt out"));
  EXPECT_TRUE(contains(page(s_batch->tiff, 2).text, "mandatory"));
}

TEST_F(EnginesTest, DocumentLinesCarryHashPagesAndFormat) {
  ASSERT_EQ(s_run->documents.size(), 4u);
  for (const record::DocumentRecord& document : s_run->documents) {
    EXPECT_EQ(document.doc.size(), 64u) << document.path;
    EXPECT_FALSE(document.error) << document.path << ": " << *document.error;
  }
  EXPECT_EQ(s_run->summary.pages, 2 + 1 + 3 + 2);
  EXPECT_EQ(s_run->summary.ocr_pages, 1 + 1 + 2);
}

TEST_F(EnginesTest, OutputIsIdenticalWithOneWorkerAndWithFour) {
  const Ingested serial = run_ingest({s_batch->folder}, 1);
  const Ingested wide = run_ingest({s_batch->folder}, 4);
  EXPECT_EQ(serial.lines, s_run->lines);
  EXPECT_EQ(wide.lines, s_run->lines);
}

} // namespace
} // namespace foia::ingest

namespace foia::ingest {
namespace {

TEST(HugePages, APageOfTwentyThousandPointsIsRenderedUnderThePixelCap) {
  const std::string folder = test::make_temp_dir("foia-huge");
  test::PdfPage huge;
  huge.width_points = 20000;
  huge.height_points = 20000;
  huge.first_line_y = 19900;
  huge.lines = {"ICE FOIA 10-2674.0000099"}; // a thin text layer, so the page is rendered
  const std::string path = folder + "/huge.pdf";
  test::write_file(path, test::make_pdf({huge}));
  IngestOptions options;
  options.jobs = 1;
  // At 100 dpi this page would be 27,778 px square (3 GB as Poppler renders it): the pixel cap
  // must hold for the quick check of a thin text layer too, or the worker runs out of memory.
  options.max_page_pixels = 40'000'000;
  options.worker_memory_bytes = std::size_t{1} << 30;
  std::vector<std::string> lines;
  IngestCallbacks callbacks;
  callbacks.record = [&lines](std::string_view line) { lines.emplace_back(line); };
  ingest({path}, options, callbacks);
  ASSERT_EQ(lines.size(), 2u);
  const auto page = record::parse_record_line(lines[1]).page;
  EXPECT_FALSE(page->error) << *page->error;
  EXPECT_NE(page->text.find("10-2674"), std::string::npos);
  std::filesystem::remove_all(folder);
}

} // namespace
} // namespace foia::ingest
