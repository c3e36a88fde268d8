// The scheduler with fake engines: ordering, parallelism, crashes and hangs in workers.
#include "foia/ingest/ingest.hpp"
#include "foia/record/record.hpp"

#include "support/fake_engines.hpp"
#include "support/pdf_writer.hpp"

#include <gtest/gtest.h>

#include <filesystem>

namespace foia::ingest {
namespace {

class SchedulerTest : public ::testing::Test {
protected:
  void SetUp() override { m_folder = test::make_temp_dir("foia-scheduler"); }
  void TearDown() override { std::filesystem::remove_all(m_folder); }

  // Creates an (empty) file whose name tells the fake source how to behave.
  std::string fake(const std::string& name) {
    const std::string path = m_folder + "/" + name + ".pdf";
    test::write_file(path, name);
    return path;
  }

  struct Run {
    std::vector<std::string> lines;
    std::vector<std::string> warnings;
    IngestSummary summary;
  };

  Run ingest_with(const std::vector<std::string>& inputs, IngestOptions options) {
    Run run;
    IngestCallbacks callbacks;
    callbacks.record = [&run](std::string_view line) { run.lines.emplace_back(line); };
    callbacks.warning = [&run](std::string_view warning) { run.warnings.emplace_back(warning); };
    run.summary = ingest(inputs, options, callbacks, test::fake_engines());
    return run;
  }

  std::string m_folder;
};

TEST_F(SchedulerTest, WritesDocumentThenPagesInInputOrderWhateverTheJobs) {
  const std::vector<std::string> inputs = {fake("fake-7"), fake("fake-1"), fake("fake-12")};
  IngestOptions options;
  options.jobs = 1;
  const Run serial = ingest_with(inputs, options);
  options.jobs = 4;
  const Run parallel = ingest_with(inputs, options);
  EXPECT_EQ(serial.lines, parallel.lines);
  ASSERT_EQ(serial.lines.size(), 3u + 7 + 1 + 12);

  std::vector<std::pair<std::string, int>> order;
  for (const std::string& line : parallel.lines) {
    const record::ParsedRecord parsed = record::parse_record_line(line);
    order.emplace_back(parsed.document ? parsed.document->path : parsed.page->path,
                       parsed.document ? 0 : parsed.page->page);
  }
  std::size_t at = 0;
  for (std::size_t document = 0; document < inputs.size(); ++document) {
    const int pages = document == 0 ? 7 : document == 1 ? 1 : 12;
    for (int page = 0; page <= pages; ++page, ++at) {
      EXPECT_EQ(order[at], std::make_pair(inputs[document], page));
    }
  }
  EXPECT_EQ(parallel.summary.documents, 3);
  EXPECT_EQ(parallel.summary.pages, 20);
  EXPECT_EQ(parallel.summary.ocr_pages, 3 + 0 + 6);
}

TEST_F(SchedulerTest, PagesNeedingOcrGoToTheEngineOthersKeepTheirTextLayer) {
  IngestOptions options;
  options.jobs = 2;
  const Run run = ingest_with({fake("fake-2")}, options);
  ASSERT_EQ(run.lines.size(), 3u);
  const auto first = record::parse_record_line(run.lines[1]).page;
  const auto second = record::parse_record_line(run.lines[2]).page;
  EXPECT_EQ(first->method, record::Method::text);
  EXPECT_FALSE(first->confidence);
  EXPECT_EQ(second->method, record::Method::ocr);
  EXPECT_EQ(second->text, "ocr text of a page with 600 dark pixels");
  EXPECT_EQ(second->confidence, 88.0);
}

TEST_F(SchedulerTest, ACrashingPageCostsThatPageOnly) {
  IngestOptions options;
  options.jobs = 2;
  const Run run = ingest_with({fake("fake-4-crash2"), fake("fake-3")}, options);
  ASSERT_EQ(run.lines.size(), 2u + 4 + 3);
  const auto crashed = record::parse_record_line(run.lines[2]).page;
  ASSERT_TRUE(crashed->error);
  EXPECT_NE(crashed->error->find("worker crashed (signal 6: Aborted)"), std::string::npos)
      << *crashed->error;
  EXPECT_EQ(crashed->page, 2);
  for (const std::size_t index : {1u, 3u, 4u, 6u, 7u, 8u}) {
    EXPECT_FALSE(record::parse_record_line(run.lines[index]).page->error) << index;
  }
  EXPECT_EQ(run.summary.failed_pages, 1);
  ASSERT_EQ(run.warnings.size(), 1u);
  EXPECT_NE(run.warnings[0].find("fake-4-crash2.pdf (page 2): worker crashed"), std::string::npos);
}

TEST_F(SchedulerTest, AHangingPageTimesOutAndTheBatchGoesOn) {
  IngestOptions options;
  options.jobs = 2;
  options.page_timeout_seconds = 0.5;
  const Run run = ingest_with({fake("fake-3-hang1"), fake("fake-1")}, options);
  ASSERT_EQ(run.lines.size(), 2u + 3 + 1);
  const auto hung = record::parse_record_line(run.lines[1]).page;
  ASSERT_TRUE(hung->error);
  EXPECT_NE(hung->error->find("timed out"), std::string::npos);
  EXPECT_FALSE(record::parse_record_line(run.lines[2]).page->error);
  EXPECT_FALSE(record::parse_record_line(run.lines[5]).page->error);
}

TEST_F(SchedulerTest, AnUnreadableDocumentGetsAnErrorLineAndNoPages) {
  IngestOptions options;
  const Run run =
      ingest_with({fake("fake-2-broken"), m_folder + "/missing.pdf", fake("fake-1")}, options);
  ASSERT_EQ(run.lines.size(), 3u + 1);
  const auto broken = record::parse_record_line(run.lines[0]).document;
  EXPECT_EQ(broken->error, "damaged PDF: fake");
  EXPECT_EQ(broken->pages, 0);
  EXPECT_EQ(broken->doc.size(), 64u) << "a readable file still gets its hash";
  const auto missing = record::parse_record_line(run.lines[1]).document;
  EXPECT_EQ(missing->error, "no such file");
  EXPECT_EQ(run.summary.failed_documents, 2);
  EXPECT_EQ(run.warnings.size(), 2u);
}

TEST_F(SchedulerTest, PageCapLimitsTheDocumentAndSaysSo) {
  IngestOptions options;
  options.max_pages = 5;
  const Run run = ingest_with({fake("fake-40")}, options);
  ASSERT_EQ(run.lines.size(), 1u + 5);
  const auto document = record::parse_record_line(run.lines[0]).document;
  EXPECT_EQ(document->pages, 5);
  ASSERT_TRUE(document->error);
  EXPECT_NE(document->error->find("40 pages"), std::string::npos);
  EXPECT_EQ(run.summary.failed_documents, 0) << "a capped document was still read";
  EXPECT_EQ(run.summary.capped_documents, 1);
}

TEST_F(SchedulerTest, ManyPagesStreamThroughABoundedWindow) {
  IngestOptions options;
  options.jobs = 2;
  int progress_calls = 0;
  IngestCallbacks callbacks;
  callbacks.record = [](std::string_view) {};
  callbacks.progress = [&](int, int) { ++progress_calls; };
  const IngestSummary summary =
      ingest({fake("fake-300"), fake("fake-200")}, options, callbacks, test::fake_engines());
  EXPECT_EQ(summary.pages, 500);
  EXPECT_EQ(progress_calls, 500);
  // The window holds 16 + 4 * jobs records; however long the batch, no more wait in memory.
  EXPECT_LE(summary.peak_buffered_records, 16u + 4 * 2 + 2);
  EXPECT_GT(summary.peak_buffered_records, 0u);
}

} // namespace
} // namespace foia::ingest
