#include "command.hpp"
#include "exit_status.hpp"

#include "foia/analyze/analyzer.hpp"
#include "foia/record/io.hpp"

#include <iostream>
#include <memory>

namespace foia::cli {

namespace {

struct AnalyzeArguments {
  std::string input;
  std::string output = "-";
  std::vector<std::string> rule_files;
  std::string data_dir;
  bool quiet = false;
};

int run_analyze(const AnalyzeArguments& arguments) {
  const std::filesystem::path data_dir = arguments.data_dir.empty()
                                             ? analyze::default_data_dir()
                                             : std::filesystem::path(arguments.data_dir);
  std::vector<std::filesystem::path> rule_files(arguments.rule_files.begin(),
                                                arguments.rule_files.end());
  const analyze::Analyzer analyzer(analyze::load_rules(data_dir, rule_files));
  record::LineReader input(arguments.input);
  record::OutputFile output(arguments.output);
  const analyze::AnalyzeSummary summary =
      analyze::analyze_records(input, analyzer, [&output](const record::Tag& tag) {
        output.write_line(record::to_json_line(tag));
      });
  output.commit();
  if (!arguments.quiet) {
    std::cerr << "foia: analyze: " << summary.documents << " documents, " << summary.pages
              << " pages, " << summary.tags << " tags\n";
  }
  return k_exit_ok;
}

} // namespace

Action setup_analyze(CLI::App& command) {
  auto arguments = std::make_shared<AnalyzeArguments>();
  command
      .add_option("records", arguments->input,
                  "records file from 'foia ingest'; '-' for standard input")
      ->required();
  command.add_option("-o,--output", arguments->output, "tags file; '-' for standard output")
      ->capture_default_str();
  command.add_option(
      "--rules", arguments->rule_files,
      "extra rule pack (JSON); a pack with the name of a loaded one replaces it; repeatable");
  command.add_option(
      "--data", arguments->data_dir,
      "data folder holding rules/ (default: $FOIA_DATA_DIR, the source tree's or the "
      "installed one)");
  command.add_flag("-q,--quiet", arguments->quiet, "no closing summary line on stderr");
  command.footer("Example:\n  foia analyze records.jsonl -o tags.jsonl\n"
                 "  foia ingest memo.pdf | foia analyze - | jq 'select(.kind==\"optout\")'\n"
                 "  foia analyze records.jsonl --rules detainers.json -o tags.jsonl\n"
                 "Exit status: 0 done, 1 fatal (bad records line, bad rules file, unwritable "
                 "output), 2 usage.");
  return [arguments] { return run_analyze(*arguments); };
}

} // namespace foia::cli
