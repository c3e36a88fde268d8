// The scheduler with fake engines: ordering, parallelism, crashes and hangs in workers, and
// the incremental-run cache.
#include "foia/ingest/cache.hpp"
#include "foia/ingest/ingest.hpp"
#include "foia/record/record.hpp"

#include "support/fake_engines.hpp"
#include "support/pdf_writer.hpp"
#include "support/run_foia.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

#include <sys/wait.h>

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

  Run ingest_with(const std::vector<std::string>& inputs, IngestOptions options,
                  const Engines& engines = test::fake_engines()) {
    Run run;
    IngestCallbacks callbacks;
    callbacks.record = [&run](std::string_view line) { run.lines.emplace_back(line); };
    callbacks.warning = [&run](std::string_view warning) { run.warnings.emplace_back(warning); };
    run.summary = ingest(inputs, options, callbacks, engines);
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

// ---- the cache ---------------------------------------------------------------------------------

class CacheTest : public SchedulerTest {
protected:
  void SetUp() override {
    SchedulerTest::SetUp();
    m_options.jobs = 2;
    m_options.cache_folder = m_folder + "/cache";
  }

  // A cached run that logs the engines' calls; `calls` gets them.
  Run cached_run(const std::vector<std::string>& inputs, std::vector<std::string>* calls) {
    const std::string log = m_folder + "/calls.log";
    std::filesystem::remove(log);
    Run run = ingest_with(inputs, m_options, test::logging_fake_engines(log));
    *calls = std::filesystem::exists(log) ? test::split_lines(test::read_file(log))
                                          : std::vector<std::string>{};
    std::sort(calls->begin(), calls->end());
    return run;
  }

  // What the same inputs give without any cache.
  std::vector<std::string> fresh_lines(const std::vector<std::string>& inputs) {
    IngestOptions options = m_options;
    options.cache_folder.clear();
    return ingest_with(inputs, options).lines;
  }

  std::vector<std::string> entries() const {
    std::vector<std::string> files;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(m_folder + "/cache")) {
      if (entry.is_regular_file() && entry.path().extension() == ".jsonl") {
        files.push_back(entry.path().string());
      }
    }
    std::sort(files.begin(), files.end());
    return files;
  }

  IngestOptions m_options;
};

TEST_F(CacheTest, ASecondRunMakesNoEngineCallsAndWritesTheSameRecords) {
  const std::vector<std::string> inputs = {fake("fake-3"), fake("fake-4"), fake("fake-2-broken")};
  std::vector<std::string> calls;
  const Run first = cached_run(inputs, &calls);
  EXPECT_EQ(first.summary.cached_documents, 0);
  EXPECT_FALSE(calls.empty());
  EXPECT_EQ(first.lines, fresh_lines(inputs));

  const Run second = cached_run(inputs, &calls);
  EXPECT_EQ(calls, std::vector<std::string>{}) << "nothing opened, rendered or recognised";
  EXPECT_EQ(second.lines, first.lines);
  EXPECT_EQ(second.warnings, first.warnings) << "the broken document warns again";
  EXPECT_EQ(second.summary.cached_documents, 3);
  EXPECT_EQ(second.summary.cached_pages, 7);
  EXPECT_EQ(second.summary.pages, first.summary.pages);
  EXPECT_EQ(second.summary.ocr_pages, first.summary.ocr_pages);
  EXPECT_EQ(second.summary.failed_documents, 1);
}

TEST_F(CacheTest, AddingADocumentReadsOnlyThatOne) {
  const std::string added = fake("fake-5");
  std::vector<std::string> calls;
  cached_run({fake("fake-3"), fake("fake-4")}, &calls);
  const std::vector<std::string> inputs = {fake("fake-3"), added, fake("fake-4")};
  const Run second = cached_run(inputs, &calls);
  // Opened by one worker or both, as the pages fell; its two scanned pages recognised.
  EXPECT_EQ(std::count(calls.begin(), calls.end(), "ocr"), 2);
  EXPECT_EQ(std::count(calls.begin(), calls.end(), "open " + added) + 2,
            static_cast<std::ptrdiff_t>(calls.size()));
  EXPECT_EQ(second.summary.cached_documents, 2);
  EXPECT_EQ(second.lines, fresh_lines(inputs));
}

TEST_F(CacheTest, AnotherOptionThatChangesTheRecordsIsAMiss) {
  std::vector<std::string> calls;
  cached_run({fake("fake-2")}, &calls);
  m_options.dpi = 150;
  const Run second = cached_run({fake("fake-2")}, &calls);
  EXPECT_EQ(second.summary.cached_documents, 0);
  EXPECT_FALSE(calls.empty());
  m_options.jobs = 1; // --jobs changes nothing in the records, so it is not in the key
  m_options.page_timeout_seconds = 30;
  EXPECT_EQ(cached_run({fake("fake-2")}, &calls).summary.cached_documents, 1);
}

TEST_F(CacheTest, TheSameBytesAtAnotherPathAreAHitWithTheirOwnPath) {
  std::filesystem::create_directories(m_folder + "/copy");
  const std::string copy = m_folder + "/copy/fake-3.pdf";
  std::filesystem::copy_file(fake("fake-3"), copy);
  std::vector<std::string> calls;
  cached_run({fake("fake-3")}, &calls);
  const Run moved = cached_run({copy}, &calls);
  EXPECT_EQ(moved.summary.cached_documents, 1);
  EXPECT_TRUE(calls.empty());
  EXPECT_EQ(moved.lines, fresh_lines({copy}));
  EXPECT_EQ(record::parse_record_line(moved.lines[2]).page->path, copy);
}

TEST_F(CacheTest, AWorkerFailureIsNotStored) {
  const std::vector<std::string> inputs = {fake("fake-3-crash2"), fake("fake-1")};
  std::vector<std::string> calls;
  const Run first = cached_run(inputs, &calls);
  ASSERT_EQ(first.summary.failed_pages, 1);
  EXPECT_EQ(entries().size(), 1u) << "only the document that read cleanly";
  const Run second = cached_run(inputs, &calls);
  EXPECT_EQ(second.summary.cached_documents, 1);
  EXPECT_NE(std::find(calls.begin(), calls.end(), "open " + inputs[0]), calls.end());
}

// Each row damages the first document's entry in its own way; the run must warn once, naming
// the entry and what is wrong, read that document again, store it afresh, and write the same
// records as ever.
struct Damage {
  const char* name;
  void (*apply)(const std::string& entry, const std::string& other_entry);
  const char* problem;
};

std::string bytes_of(const std::string& path) {
  return test::read_file(path);
}

const Damage k_damages[] = {
    {"truncated",
     [](const std::string& entry, const std::string&) {
       const std::string bytes = bytes_of(entry);
       test::write_file(entry, bytes.substr(0, bytes.size() * 2 / 3));
     },
     "truncated"},
    {"cut at a line end",
     [](const std::string& entry, const std::string&) {
       const std::string bytes = bytes_of(entry);
       test::write_file(entry, bytes.substr(0, bytes.rfind('\n', bytes.size() - 2) + 1));
     },
     "truncated (no closing line)"},
    {"one byte flipped",
     [](const std::string& entry, const std::string&) {
       std::string bytes = bytes_of(entry);
       const std::size_t at = bytes.find("Secure Communities page");
       bytes[at] = static_cast<char>(bytes[at] ^ 0x01);
       test::write_file(entry, bytes);
     },
     "corrupt (checksum mismatch)"},
    {"another document's entry",
     [](const std::string& entry, const std::string& other_entry) {
       std::filesystem::copy_file(other_entry, entry,
                                  std::filesystem::copy_options::overwrite_existing);
     },
     "holds key "},
    {"empty", [](const std::string& entry, const std::string&) { test::write_file(entry, ""); },
     "truncated (no complete header line)"},
    {"a header field of the wrong type",
     [](const std::string& entry, const std::string&) {
       std::string bytes = bytes_of(entry);
       bytes.replace(bytes.find(R"("foia_cache":1)"), 14, R"("foia_cache":"")");
       test::write_file(entry, bytes);
     },
     "corrupt ("},
};

TEST_F(CacheTest, ADamagedEntryIsReportedOnceReadAgainAndRebuilt) {
  for (const Damage& damage : k_damages) {
    SCOPED_TRACE(damage.name);
    std::filesystem::remove_all(m_folder + "/cache");
    const std::vector<std::string> inputs = {fake("fake-3"), fake("fake-6")};
    std::vector<std::string> calls;
    const Run first = cached_run(inputs, &calls);
    // The entry whose header names fake-3's path is the one to damage.
    std::string entry;
    std::string other;
    for (const std::string& file : entries()) {
      (bytes_of(file).find("fake-3.pdf") != std::string::npos ? entry : other) = file;
    }
    ASSERT_FALSE(entry.empty());
    ASSERT_FALSE(other.empty());
    damage.apply(entry, other);

    const Run second = cached_run(inputs, &calls);
    ASSERT_EQ(second.warnings.size(), 1u);
    EXPECT_TRUE(second.warnings[0].starts_with(entry + ": bad cache entry for " + inputs[0]))
        << second.warnings[0];
    EXPECT_NE(second.warnings[0].find(damage.problem), std::string::npos) << second.warnings[0];
    EXPECT_EQ(second.summary.cached_documents, 1);
    EXPECT_NE(std::find(calls.begin(), calls.end(), "open " + inputs[0]), calls.end());
    EXPECT_EQ(second.lines, first.lines);

    const Run third = cached_run(inputs, &calls);
    EXPECT_TRUE(third.warnings.empty()) << "the entry was rebuilt";
    EXPECT_EQ(third.summary.cached_documents, 2);
    EXPECT_EQ(third.lines, first.lines);
  }
}

TEST_F(CacheTest, ALargeCachedDocumentStreamsAndConcurrentRunsShareTheFolder) {
  const std::string large = fake("fake-400");
  const std::string small = fake("fake-7");
  const std::string added = fake("fake-9");
  std::vector<std::string> calls;
  cached_run({large, small}, &calls);
  // Two processes reading back and storing in the same folder at once, as shards would.
  const pid_t child = ::fork();
  if (child == 0) {
    const Run run = ingest_with({added, large}, m_options);
    ::_exit(run.summary.pages == 409 ? 0 : 1);
  }
  const Run here = cached_run({added, small, large}, &calls);
  int status = 0;
  ::waitpid(child, &status, 0);
  EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
  EXPECT_TRUE(here.warnings.empty());
  EXPECT_EQ(here.lines, fresh_lines({added, small, large}));
  EXPECT_LE(here.summary.peak_buffered_records, 16u + 4 * 2 + 2);
  EXPECT_EQ(entries().size(), 3u);
  EXPECT_EQ(cached_run({added}, &calls).summary.cached_documents, 1);
  const CacheStats stats = RecordCache::stats(m_folder + "/cache");
  EXPECT_EQ(stats.entries, 3u);
  EXPECT_EQ(stats.temporary_files, 0u);
  EXPECT_EQ(RecordCache::clear(m_folder + "/cache").entries, 3u);
  EXPECT_EQ(RecordCache::stats(m_folder + "/cache").entries, 0u);
}

} // namespace
} // namespace foia::ingest
