#include "command.hpp"
#include "exit_status.hpp"
#include "rules_options.hpp"

#include "foia/analyze/analyzer.hpp"
#include "foia/record/io.hpp"

#include <iostream>
#include <memory>

namespace foia::cli {

namespace {

struct AnalyzeArguments {
  std::string input;
  std::string output = "-";
  RulesArguments rules;
  bool quiet = false;
};

int run_analyze(const AnalyzeArguments& arguments) {
  const analyze::Analyzer analyzer(arguments.rules.load());
  record::LineReader input(arguments.input);
  record::OutputFile output(arguments.output);
  const analyze::AnalyzeSummary summary =
      analyze::analyze_records(input, analyzer, [&output](const record::Tag& tag, long) {
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
  add_rules_options(command, arguments->rules);
  command.add_flag("-q,--quiet", arguments->quiet, "no closing summary line on stderr");
  command.footer("Example:\n  foia analyze records.jsonl -o tags.jsonl\n"
                 "  foia ingest memo.pdf | foia analyze - | jq 'select(.kind==\"optout\")'\n"
                 "  foia analyze records.jsonl --rules detainers.json -o tags.jsonl\n"
                 "Exit status: 0 done, 1 fatal (bad records line, bad rules file, unwritable "
                 "output), 2 usage.");
  return [arguments] { return run_analyze(*arguments); };
}

} // namespace foia::cli
