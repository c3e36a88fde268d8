// MB of page text tagged per second on one core. The pages are the evaluation set's (memos,
// letters, email threads, OCR noise: dense in dates, agencies and statements), or a records file
// named by $FOIA_BENCH_RECORDS. BM_AnalyzeRecords runs as `foia analyze` does (documents, read
// ahead), BM_AnalyzeRecordsCold likewise with a fresh analyzer for each pass (a batch read once);
// BM_TagPages and BM_TagLongPage call tag_page alone. Run:
//   cmake --preset release && cmake --build --preset release
//   taskset -c 1 build-release/foia_bench_analyze
//   FOIA_BENCH_RECORDS=records.jsonl taskset -c 1 build-release/foia_bench_analyze

#include "foia/analyze/analyzer.hpp"

#include <benchmark/benchmark.h>

#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace {

using namespace foia;

// The records files: the evaluation set's dense parts, or $FOIA_BENCH_RECORDS (any records
// file, e.g. a real batch read by `foia ingest`).
std::vector<std::string> record_files() {
  std::vector<std::string> files;
  if (const char* records = std::getenv("FOIA_BENCH_RECORDS"); records && *records) {
    files.emplace_back(records);
  } else {
    for (const char* part : {"dev", "heldout"}) {
      files.push_back(std::string(FOIA_SOURCE_DIR) + "/tests/eval/" + part + "/records.jsonl");
    }
  }
  return files;
}

// Their pages.
std::vector<record::PageRecord> load_pages() {
  const std::vector<std::string> files = record_files();
  std::vector<record::PageRecord> pages;
  for (const std::string& file : files) {
    record::LineReader reader(file);
    std::string line;
    while (reader.next(line)) {
      record::ParsedRecord parsed = record::parse_record_line(line);
      if (parsed.page) {
        pages.push_back(std::move(*parsed.page));
      }
    }
  }
  return pages;
}

const analyze::Analyzer& analyzer() {
  static const analyze::Analyzer instance(
      analyze::load_rules(std::filesystem::path(FOIA_SOURCE_DIR) / "data"));
  return instance;
}

// Their records, documents and pages, as `foia analyze` reads them.
std::vector<record::ParsedRecord> load_records() {
  std::vector<record::ParsedRecord> records;
  for (const std::string& file : record_files()) {
    record::LineReader reader(file);
    std::string line;
    while (reader.next(line)) {
      records.push_back(record::parse_record_line(line));
    }
  }
  return records;
}

// One pass as `foia analyze` makes it: document by document, reading each document's first pages
// ahead. Adds the page bytes it reads to `bytes`.
void analyze_pass(const analyze::Analyzer& with, const std::vector<record::ParsedRecord>& records,
                  std::size_t& bytes) {
  long tags = 0;
  analyze::DocumentTagger tagger(with, [&tags](const record::Tag&, long) { ++tags; });
  for (const record::ParsedRecord& parsed : records) {
    if (parsed.document) {
      tagger.start(*parsed.document);
    } else if (parsed.page) {
      tagger.add(*parsed.page, 0);
      bytes += parsed.page->text.size();
    }
  }
  tagger.finish();
  benchmark::DoNotOptimize(tags);
}

// Pass after pass with one analyzer: once the first pass has built RE2's DFA states, the steady
// cost of a long batch.
void BM_AnalyzeRecords(benchmark::State& state) {
  const std::vector<record::ParsedRecord> records = load_records();
  std::size_t bytes = 0;
  for (auto _ : state) {
    analyze_pass(analyzer(), records, bytes);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(bytes));
}
BENCHMARK(BM_AnalyzeRecords)->Unit(benchmark::kMillisecond);

// Each pass with a fresh analyzer (its construction not timed), as `foia analyze` reads a batch
// once: RE2 builds each DFA state the first time the text reaches it, which on a small batch
// costs more than the tagging itself.
void BM_AnalyzeRecordsCold(benchmark::State& state) {
  const std::vector<record::ParsedRecord> records = load_records();
  std::size_t bytes = 0;
  for (auto _ : state) {
    state.PauseTiming();
    auto fresh = std::make_unique<analyze::Analyzer>(analyzer().rules());
    state.ResumeTiming();
    analyze_pass(*fresh, records, bytes);
    state.PauseTiming();
    fresh.reset();
    state.ResumeTiming();
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(bytes));
}
BENCHMARK(BM_AnalyzeRecordsCold)->Unit(benchmark::kMillisecond);

// Page by page through tag_page alone: about 1-2 KB per page.
void BM_TagPages(benchmark::State& state) {
  const std::vector<record::PageRecord> pages = load_pages();
  std::size_t bytes = 0;
  std::size_t tags = 0;
  for (auto _ : state) {
    analyze::DocumentContext context;
    for (const record::PageRecord& page : pages) {
      const auto found = analyzer().tag_page(page, context);
      tags += found.size();
      bytes += page.text.size();
    }
    benchmark::DoNotOptimize(tags);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(bytes));
  state.counters["pages/s"] = benchmark::Counter(
      static_cast<double>(pages.size() * static_cast<std::size_t>(state.iterations())),
      benchmark::Counter::kIsRate);
}
BENCHMARK(BM_TagPages)->Unit(benchmark::kMillisecond);

// One long page (a dense OCR'd list): the cost must stay linear in the page size.
void BM_TagLongPage(benchmark::State& state) {
  const std::vector<record::PageRecord> pages = load_pages();
  record::PageRecord long_page = pages.front();
  long_page.text.clear();
  while (long_page.text.size() < static_cast<std::size_t>(state.range(0))) {
    for (const record::PageRecord& page : pages) {
      long_page.text += page.text;
      long_page.text += "\n\n";
    }
  }
  for (auto _ : state) {
    analyze::DocumentContext context;
    benchmark::DoNotOptimize(analyzer().tag_page(long_page, context));
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(long_page.text.size()) * state.iterations());
}
BENCHMARK(BM_TagLongPage)->Arg(64 << 10)->Arg(1 << 20)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
