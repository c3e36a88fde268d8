#pragma once
// The rule-pack options that `analyze` and `run` share, declared and loaded once.

#include "foia/analyze/rules.hpp"

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

namespace foia::cli {

struct RulesArguments {
  std::vector<std::string> rule_files;
  std::string data_dir;

  /// The data folder's packs with the --rules files merged in; throws, naming the file and key,
  /// when a pack is invalid.
  analyze::RulePack load() const;
  /// The SHA-256 of the bytes of every pack load() reads, in its order: what the tags cache
  /// keys on. Throws std::runtime_error naming a file it cannot read.
  std::string fingerprint() const;
};

/// Declares --rules (repeatable) and --data on `command`.
void add_rules_options(CLI::App& command, RulesArguments& arguments);

} // namespace foia::cli
