#include "rules_options.hpp"

namespace foia::cli {

analyze::RulePack RulesArguments::load() const {
  const std::filesystem::path data_folder =
      data_dir.empty() ? analyze::default_data_dir() : std::filesystem::path(data_dir);
  const std::vector<std::filesystem::path> extra_files(rule_files.begin(), rule_files.end());
  return analyze::load_rules(data_folder, extra_files);
}

void add_rules_options(CLI::App& command, RulesArguments& arguments) {
  command.add_option(
      "--rules", arguments.rule_files,
      "extra rule pack (JSON); a pack with the name of a loaded one replaces it; repeatable");
  command.add_option("--data", arguments.data_dir,
                     "data folder holding rules/ (default: $FOIA_DATA_DIR, the source tree's or "
                     "the installed one)");
}

} // namespace foia::cli
