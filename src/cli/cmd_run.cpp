#include "command.hpp"
#include "exit_status.hpp"
#include "fail_on.hpp"
#include "ingest_options.hpp"
#include "progress.hpp"
#include "rules_options.hpp"
#include "tags_cache.hpp"

#include "foia/analyze/analyzer.hpp"
#include "foia/ingest/ingest.hpp"
#include "foia/record/io.hpp"
#include "foia/report/summary.hpp"

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <memory>

#include <csignal>
#include <unistd.h>

namespace foia::cli {

namespace {

namespace fs = std::filesystem;

struct RunArguments {
  IngestArguments ingest;
  std::string out;
  RulesArguments rules;
  std::vector<std::string> fail_on;
  bool quiet = false;
};

constexpr std::string_view k_staging_prefix = ".foia-run.tmp-";

// Staging folders left by runs that were killed (kill -9, power loss): their process is gone.
void remove_abandoned_staging(const fs::path& out) {
  std::error_code error;
  for (const auto& entry : fs::directory_iterator(out, error)) {
    const std::string name = entry.path().filename().string();
    if (!name.starts_with(k_staging_prefix)) {
      continue;
    }
    const std::string pid = name.substr(k_staging_prefix.size());
    const bool numeric =
        !pid.empty() && pid.size() < 10 &&
        std::all_of(pid.begin(), pid.end(), [](char c) { return c >= '0' && c <= '9'; });
    const bool alive = numeric && ::kill(static_cast<pid_t>(std::stol(pid)), 0) == 0;
    if (!alive) {
      std::error_code ignored;
      fs::remove_all(entry.path(), ignored);
    }
  }
}

// A folder beside the outputs where they are written under their final names, then moved out
// together; removed, with whatever it holds, unless the run completes.
class Staging {
public:
  explicit Staging(const fs::path& out)
      : m_path(out / (std::string(k_staging_prefix) + std::to_string(::getpid()))) {
    remove_abandoned_staging(out);
    fs::remove_all(m_path);
    fs::create_directories(m_path);
  }
  ~Staging() {
    std::error_code ignored;
    fs::remove_all(m_path, ignored);
  }
  Staging(const Staging&) = delete;
  Staging& operator=(const Staging&) = delete;
  fs::path file(const char* name) const { return m_path / name; }

private:
  fs::path m_path;
};

report::Json options_json(const RunArguments& arguments, const analyze::Analyzer& analyzer) {
  report::Json options;
  options["command"] = "run";
  options["ocr"] = arguments.ingest.ocr_mode;
  options["dpi"] = arguments.ingest.options.dpi;
  options["lang"] = arguments.ingest.options.language;
  options["page_timeout"] = arguments.ingest.options.page_timeout_seconds;
  options["max_pages"] = arguments.ingest.options.max_pages;
  options["max_page_text"] = arguments.ingest.options.max_page_text_bytes;
  options["max_page_pixels"] = arguments.ingest.options.max_page_pixels;
  options["rule_packs"] = analyzer.rules().pack_names;
  return options;
}

int run_run(const RunArguments& arguments) {
  const ingest::IngestOptions options = arguments.ingest.resolved(true);
  // Rules first: a bad rules file should fail before hours of OCR, not after.
  const analyze::Analyzer analyzer(arguments.rules.load());

  const fs::path out = arguments.out;
  fs::create_directories(out);
  const Staging staging(out);

  // 1. ingest -> records.jsonl
  ProgressBar progress;
  ingest::IngestSummary ingested;
  {
    record::OutputFile records(staging.file("records.jsonl").string());
    ingest::IngestCallbacks callbacks;
    callbacks.record = [&records](std::string_view line) { records.write_line(line); };
    callbacks.warning = [&progress](std::string_view message) {
      progress.clear();
      std::cerr << "foia: warning: " << message << '\n';
    };
    callbacks.progress = [&progress](int done, int known) { progress.update(done, known); };
    ingested = ingest::ingest(arguments.ingest.inputs, options, callbacks);
    records.commit();
  }
  progress.clear();

  // 2. analyze -> tags.jsonl, read back through the same function `foia analyze` uses, so
  //    `foia run` and `foia ingest | foia analyze` give the same tags; with the cache, a
  //    document analyzed before with the same records and rules gets its tags from there.
  int cached_tags = 0;
  {
    record::OutputFile tags(staging.file("tags.jsonl").string());
    if (options.cache_folder.empty()) {
      record::LineReader records(staging.file("records.jsonl").string());
      analyze::analyze_records(records, analyzer, [&tags](const record::Tag& tag) {
        tags.write_line(record::to_json_line(tag));
      });
    } else {
      cached_tags = analyze_with_cache(
          staging.file("records.jsonl").string(), analyzer, arguments.rules.fingerprint(),
          options.cache_folder, [&tags](std::string_view line) { tags.write_line(line); },
          [](std::string_view message) { std::cerr << "foia: warning: " << message << '\n'; });
    }
    tags.commit();
  }

  // 3. report -> summary.json
  const report::Summary summary = report::build_summary(staging.file("tags.jsonl").string(),
                                                        staging.file("records.jsonl").string(),
                                                        options_json(arguments, analyzer));
  {
    record::OutputFile summary_file(staging.file("summary.json").string());
    report::write_summary(summary, summary_file);
    summary_file.commit();
  }

  // Move into place, the summary last: it exists only when the others are complete and match.
  fs::remove(out / "summary.json");
  for (const char* name : {"records.jsonl", "tags.jsonl", "summary.json"}) {
    fs::rename(staging.file(name), out / name);
  }

  if (!arguments.quiet) {
    std::cout << report::human_summary(summary);
    if (!options.cache_folder.empty()) {
      std::cout << "cache: " << cache_line(ingested) << ", tags of " << cached_tags
                << " documents from cache (" << options.cache_folder << ")\n";
    }
    std::cout << "written: " << (out / "summary.json").string() << ", "
              << (out / "tags.jsonl").string() << ", " << (out / "records.jsonl").string() << '\n';
  }
  return fail_on_status(arguments.fail_on, summary);
}

} // namespace

Action setup_run(CLI::App& command) {
  auto arguments = std::make_shared<RunArguments>();
  add_ingest_options(command, arguments->ingest, true);
  command
      .add_option("-o,--out", arguments->out,
                  "output folder: records.jsonl, tags.jsonl, summary.json (created)")
      ->required();
  add_rules_options(command, arguments->rules);
  add_fail_on_option(command, arguments->fail_on);
  command.add_flag("-q,--quiet", arguments->quiet, "no human summary on standard output");
  command.footer("Example:\n  foia run foia-batch/ --out out/\n"
                 "  foia run foia-batch/ --out out/ --fail-on inconsistencies\n"
                 "  foia grep '' out/ --kind optout --agency ICE\n"
                 "Exit status: 0 done; with --fail-on: 3 errors, 4 inconsistencies, 5 warnings "
                 "(the lowest that applies); 1 fatal, 2 usage.");
  return [arguments] { return run_run(*arguments); };
}

} // namespace foia::cli
