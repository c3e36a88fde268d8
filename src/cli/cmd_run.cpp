#include "command.hpp"
#include "exit_status.hpp"
#include "fail_on.hpp"
#include "progress.hpp"

#include "foia/analyze/analyzer.hpp"
#include "foia/ingest/ingest.hpp"
#include "foia/record/io.hpp"
#include "foia/report/summary.hpp"

#include <filesystem>
#include <iostream>
#include <memory>

#include <unistd.h>

namespace foia::cli {

namespace {

namespace fs = std::filesystem;

struct RunArguments {
  std::vector<std::string> inputs;
  std::string out;
  std::string ocr_mode = "auto";
  ingest::IngestOptions options;
  std::vector<std::string> rule_files;
  std::string data_dir;
  std::vector<std::string> fail_on;
  bool quiet = false;
};

// A folder beside the outputs where they are written under their final names, then moved out
// together; removed, with whatever it holds, unless the run completes.
class Staging {
public:
  explicit Staging(const fs::path& out) : m_path(out / (".foia-run.tmp-" + std::to_string(::getpid()))) {
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
  options["ocr"] = arguments.ocr_mode;
  options["dpi"] = arguments.options.dpi;
  options["lang"] = arguments.options.language;
  options["page_timeout"] = arguments.options.page_timeout_seconds;
  options["max_pages"] = arguments.options.max_pages;
  options["max_page_text"] = arguments.options.max_page_text_bytes;
  options["max_page_pixels"] = arguments.options.max_page_pixels;
  options["rule_packs"] = analyzer.rules().pack_names;
  return options;
}

int run_run(const RunArguments& arguments) {
  ingest::IngestOptions options = arguments.options;
  options.ocr_mode = *ingest::ocr_mode_from_string(arguments.ocr_mode);
  const fs::path data_dir =
      arguments.data_dir.empty() ? analyze::default_data_dir() : fs::path(arguments.data_dir);
  const std::vector<fs::path> rule_files(arguments.rule_files.begin(), arguments.rule_files.end());
  // Rules first: a bad rules file should fail before hours of OCR, not after.
  const analyze::Analyzer analyzer(analyze::load_rules(data_dir, rule_files));

  const fs::path out = arguments.out;
  fs::create_directories(out);
  const Staging staging(out);

  // 1. ingest -> records.jsonl
  ProgressBar progress;
  {
    record::OutputFile records(staging.file("records.jsonl").string());
    ingest::IngestCallbacks callbacks;
    callbacks.record = [&records](std::string_view line) { records.write_line(line); };
    callbacks.warning = [&progress](std::string_view message) {
      progress.clear();
      std::cerr << "foia: warning: " << message << '\n';
    };
    callbacks.progress = [&progress](int done, int known) { progress.update(done, known); };
    ingest::ingest(arguments.inputs, options, callbacks);
    records.commit();
  }
  progress.clear();

  // 2. analyze -> tags.jsonl, read back through the same function `foia analyze` uses, so
  //    `foia run` and `foia ingest | foia analyze` give the same tags.
  {
    record::LineReader records(staging.file("records.jsonl").string());
    record::OutputFile tags(staging.file("tags.jsonl").string());
    analyze::analyze_records(records, analyzer, [&tags](const record::Tag& tag) {
      tags.write_line(record::to_json_line(tag));
    });
    tags.commit();
  }

  // 3. report -> summary.json
  const report::Summary summary =
      report::build_summary(staging.file("tags.jsonl").string(), staging.file("records.jsonl").string(),
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
    std::cout << report::human_summary(summary) << "written: " << (out / "summary.json").string()
              << ", " << (out / "tags.jsonl").string() << ", " << (out / "records.jsonl").string()
              << '\n';
  }
  return fail_on_status(arguments.fail_on, summary);
}

} // namespace

Action setup_run(CLI::App& command) {
  auto arguments = std::make_shared<RunArguments>();
  command.add_option("inputs", arguments->inputs, "PDF files, images (TIFF, PNG, JPEG) or folders")
      ->required();
  command.add_option("-o,--out", arguments->out,
                     "output folder: records.jsonl, tags.jsonl, summary.json (created)")
      ->required();
  command.add_option("--ocr", arguments->ocr_mode,
                     "auto: OCR pages whose text layer is missing, junk or thin; always; never")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->capture_default_str();
  command.add_option("--dpi", arguments->options.dpi, "render resolution for OCR")
      ->check(CLI::Range(50, 1200))
      ->capture_default_str();
  command.add_option("--lang", arguments->options.language, "Tesseract language(s), e.g. eng+spa")
      ->capture_default_str();
  command.add_option("-j,--jobs", arguments->options.jobs,
                     "worker processes (0: one per core); the outputs are the same for any value")
      ->check(CLI::Range(0, 256))
      ->capture_default_str();
  command.add_option("--page-timeout", arguments->options.page_timeout_seconds,
                     "seconds one page (or opening one document) may take")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  command.add_option("--max-pages", arguments->options.max_pages, "pages read per document")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  command.add_option("--max-page-text", arguments->options.max_page_text_bytes,
                     "bytes of text kept per page")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  command.add_option("--max-page-pixels", arguments->options.max_page_pixels,
                     "rendered pixels per page; larger pages are rendered at a lower DPI")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  command.add_option("--rules", arguments->rule_files,
                     "extra rule pack (JSON); a pack with the name of a loaded one replaces it");
  command.add_option("--data", arguments->data_dir, "data folder holding rules/");
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
