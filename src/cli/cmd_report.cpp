#include "command.hpp"
#include "exit_status.hpp"
#include "fail_on.hpp"

#include "foia/record/io.hpp"
#include "foia/report/summary.hpp"

#include <filesystem>
#include <iostream>
#include <memory>

namespace foia::cli {

namespace {

struct ReportArguments {
  std::string tags;
  std::string records;
  std::string output = "-";
  std::vector<std::string> fail_on;
  bool quiet = false;
};

// The file's name without its folder, so the summary does not depend on where the run happened.
std::string file_name(const std::string& path) {
  return path == "-" ? path : std::filesystem::path(path).filename().string();
}

int run_report(const ReportArguments& arguments) {
  if (arguments.tags == "-" && arguments.records == "-") {
    throw CLI::ValidationError("TAGS and RECORDS cannot both be standard input");
  }
  report::Json options;
  options["command"] = "report";
  options["tags"] = file_name(arguments.tags);
  options["records"] = arguments.records.empty() ? report::Json(nullptr)
                                                 : report::Json(file_name(arguments.records));
  const report::Summary summary =
      report::build_summary(arguments.tags, arguments.records, std::move(options));
  record::OutputFile output(arguments.output);
  report::write_summary(summary, output);
  output.commit();
  if (!arguments.quiet) {
    std::cerr << "foia: report: " << summary.statements << " statements, "
              << summary.explanations.size() << " inconsistencies\n";
  }
  return fail_on_status(arguments.fail_on, summary);
}

} // namespace

Action setup_report(CLI::App& command) {
  auto arguments = std::make_shared<ReportArguments>();
  command
      .add_option("tags", arguments->tags, "tags file from 'foia analyze'; '-' for standard input")
      ->required();
  command.add_option("records", arguments->records,
                     "records file from 'foia ingest', for page counts, errors and date lines");
  command.add_option("-o,--output", arguments->output, "summary file; '-' for standard output")
      ->capture_default_str();
  add_fail_on_option(command, arguments->fail_on);
  command.add_flag("-q,--quiet", arguments->quiet, "no closing summary line on stderr");
  command.footer(
      "Example:\n  foia report tags.jsonl records.jsonl -o summary.json\n"
      "  foia report tags.jsonl records.jsonl -o summary.json --fail-on inconsistencies\n"
      "  jq -r '.inconsistencies[].explanation' summary.json\n"
      "Exit status: 0 done; with --fail-on: 3 errors, 4 inconsistencies, 5 warnings "
      "(the lowest that applies); 1 fatal, 2 usage.");
  return [arguments] { return run_report(*arguments); };
}

} // namespace foia::cli
