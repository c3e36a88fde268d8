#pragma once
// The CLI's subcommands, each in its own file, listed in one table in app.cpp.

#include <CLI/CLI.hpp>

#include <functional>

namespace foia::cli {

/// What a subcommand runs once argv is parsed; returns the process exit status.
using Action = std::function<int()>;

/// Declares a subcommand's options on `command` and returns the action that runs it.
/// Option storage lives in the action's captures.
using CommandSetup = Action (*)(CLI::App& command);

struct Command {
  const char* name;
  const char* help;
  CommandSetup setup;
};

Action setup_ingest(CLI::App& command);
Action setup_analyze(CLI::App& command);
Action setup_report(CLI::App& command);
Action setup_run(CLI::App& command);
Action setup_merge(CLI::App& command);
Action setup_grep(CLI::App& command);
Action setup_cache(CLI::App& command);

} // namespace foia::cli
