// A 10,000-page document through the real engines and the library API: every page gets a record,
// in order, and the records held back for ordering stay within the scheduler's window however
// long the document is.
#include "foia/ingest/ingest.hpp"
#include "foia/record/record.hpp"

#include "support/hostile.hpp"
#include "support/pdf_writer.hpp"

#include <gtest/gtest.h>

#include <filesystem>

namespace foia::ingest {
namespace {

TEST(IngestHostile, TenThousandPageDocumentStreamsEveryPageThroughABoundedWindow) {
  constexpr int k_pages = 10'000;
  constexpr int k_jobs = 2;
  const std::string folder = test::make_temp_dir("foia-long");
  const std::string path = folder + "/long.pdf";
  test::write_file(path, test::many_pages_pdf(k_pages));

  IngestOptions options;
  options.jobs = k_jobs;
  int documents = 0;
  int next_page = 1;
  int out_of_order = 0;
  int without_text = 0;
  IngestCallbacks callbacks;
  callbacks.record = [&](std::string_view line) {
    const record::ParsedRecord parsed = record::parse_record_line(line);
    if (parsed.document) {
      ++documents;
      EXPECT_EQ(parsed.document->pages, k_pages);
      EXPECT_FALSE(parsed.document->error) << *parsed.document->error;
      return;
    }
    out_of_order += parsed.page->page == next_page ? 0 : 1;
    const std::string expected = "Page " + std::to_string(next_page) + " of the long release.";
    without_text += parsed.page->method == record::Method::text &&
                            parsed.page->text.find(expected) != std::string::npos
                        ? 0
                        : 1;
    ++next_page;
  };
  const IngestSummary summary = ingest({path}, options, callbacks);
  std::filesystem::remove_all(folder);

  EXPECT_EQ(documents, 1);
  EXPECT_EQ(summary.pages, k_pages);
  EXPECT_EQ(next_page - 1, k_pages);
  EXPECT_EQ(out_of_order, 0);
  EXPECT_EQ(without_text, 0) << "pages read by OCR or missing their text layer";
  EXPECT_EQ(summary.failed_pages, 0);
  // The window is 16 + 4 x jobs records; a document 400 times longer does not widen it.
  EXPECT_LE(summary.peak_buffered_records, std::size_t{16 + 4 * k_jobs});
}

} // namespace
} // namespace foia::ingest
