#include "rules_options.hpp"

#include "foia/record/sha256.hpp"

namespace foia::cli {

namespace {

std::filesystem::path data_folder(const std::string& data_dir) {
  return data_dir.empty() ? analyze::default_data_dir() : std::filesystem::path(data_dir);
}

} // namespace

analyze::RulePack RulesArguments::load() const {
  const std::vector<std::filesystem::path> extra_files(rule_files.begin(), rule_files.end());
  return analyze::load_rules(data_folder(data_dir), extra_files);
}

std::string RulesArguments::fingerprint() const {
  const std::vector<std::filesystem::path> extra_files(rule_files.begin(), rule_files.end());
  record::Sha256 packs;
  for (const std::filesystem::path& file :
       analyze::rule_files(data_folder(data_dir), extra_files)) {
    packs.update(record::sha256_file(file.string()) + "\n");
  }
  return packs.hex_digest();
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
