#include "app.hpp"

#include "command.hpp"
#include "exit_status.hpp"
#include "foia/version.hpp"

#include <spdlog/spdlog.h>

#include <array>
#include <exception>
#include <iostream>

namespace foia::cli {

namespace {

// Every subcommand and its help line, in pipeline order.
constexpr std::array k_commands = {
    Command{"ingest", "read PDFs and scans into page records (JSON Lines)", &setup_ingest},
    Command{"analyze",
            "tag dates, agencies, opt-out statements, exemptions, Bates numbers, email headers",
            &setup_analyze},
    Command{"report", "summarize tags into summary.json: statements, timeline, inconsistencies",
            &setup_report},
    Command{"run", "ingest, analyze and report into one folder, and print a short summary",
            &setup_run},
    Command{"merge", "combine the output folders of 'run --shard K/N' into those of one run",
            &setup_merge},
    Command{"grep", "print matching tags and page lines as path:page:line: text", &setup_grep},
    Command{"cache", "show the size of the incremental-run cache, or clear it", &setup_cache},
};

} // namespace

int run(int argc, char** argv) {
  CLI::App app{"foia: find what FOIA documents say about a topic, and where they contradict "
               "each other"};
  app.set_version_flag("--version", std::string("foia ") + k_version);
  app.require_subcommand(1);
  bool verbose = false;
  app.add_flag("-v,--verbose", verbose, "print diagnostics on stderr");
  app.footer("Run 'foia COMMAND --help' for a command's options and an example.");

  std::vector<std::pair<CLI::App*, Action>> actions;
  for (const Command& command : k_commands) {
    CLI::App* sub = app.add_subcommand(command.name, command.help);
    actions.emplace_back(sub, command.setup(*sub));
  }

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    const int status = app.exit(error);
    return status == 0 ? k_exit_ok : k_exit_usage;
  }

  spdlog::set_level(verbose ? spdlog::level::debug : spdlog::level::warn);
  spdlog::set_pattern("foia: %l: %v");
  for (auto& [sub, action] : actions) {
    if (sub->parsed()) {
      try {
        return action();
      } catch (const CLI::Error& error) {
        std::cerr << "foia: error: " << error.what() << '\n';
        return k_exit_usage;
      } catch (const std::exception& error) {
        std::cerr << "foia: error: " << error.what() << '\n';
        return k_exit_fatal;
      }
    }
  }
  return k_exit_usage;
}

} // namespace foia::cli
