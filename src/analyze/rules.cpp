#include "foia/analyze/rules.hpp"

#include <nlohmann/json.hpp>
#include <re2/re2.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <unistd.h>

#ifndef FOIA_DATA_DIR
#define FOIA_DATA_DIR ""
#endif

namespace foia::analyze {

namespace {

using Json = nlohmann::json;

[[noreturn]] void fail(const std::filesystem::path& file, const std::string& key,
                       const std::string& reason) {
  throw std::runtime_error(file.string() + (key.empty() ? "" : ": " + key) + ": " + reason);
}

std::string lowercase(std::string text) {
  for (char& c : text) {
    if (c >= 'A' && c <= 'Z') {
      c = static_cast<char>(c - 'A' + 'a');
    }
  }
  return text;
}

std::vector<std::string> read_strings(const Json& object, const std::string& key,
                                      const std::filesystem::path& file, const std::string& where,
                                      bool lower) {
  std::vector<std::string> strings;
  const auto found = object.find(key);
  if (found == object.end()) {
    return strings;
  }
  if (!found->is_array()) {
    fail(file, where + key, "expected an array of strings");
  }
  for (std::size_t i = 0; i < found->size(); ++i) {
    const Json& item = (*found)[i];
    if (!item.is_string()) {
      fail(file, where + key + "[" + std::to_string(i) + "]", "expected a string");
    }
    strings.push_back(lower ? lowercase(item.get<std::string>()) : item.get<std::string>());
  }
  return strings;
}

std::string read_string(const Json& object, const std::string& key,
                        const std::filesystem::path& file, const std::string& where,
                        bool required) {
  const auto found = object.find(key);
  if (found == object.end()) {
    if (required) {
      fail(file, where + key, "missing");
    }
    return {};
  }
  if (!found->is_string()) {
    fail(file, where + key, "expected a string");
  }
  return found->get<std::string>();
}

const Json* find_array(const Json& object, const std::string& key,
                       const std::filesystem::path& file) {
  const auto found = object.find(key);
  if (found == object.end()) {
    return nullptr;
  }
  if (!found->is_array()) {
    fail(file, key, "expected an array");
  }
  return &*found;
}

// Compiles a rule's pattern now, so a bad one is reported with its file and key rather than
// when the analyzer is built from the merged packs.
void check_regex(std::string regex, const std::filesystem::path& file, const std::string& key) {
  for (std::size_t at = regex.find("{state}"); at != std::string::npos;
       at = regex.find("{state}", at)) {
    regex.replace(at, 7, "(Ohio)");
  }
  RE2::Options options;
  options.set_log_errors(false);
  const RE2 compiled(regex, options);
  if (!compiled.ok()) {
    fail(file, key, "not a valid RE2 pattern: " + compiled.error());
  }
}

void check_object(const Json& item, const std::filesystem::path& file, const std::string& where,
                  std::initializer_list<std::string_view> known_keys = {}) {
  if (!item.is_object()) {
    fail(file, where, "expected an object");
  }
  if (known_keys.size() == 0) {
    return;
  }
  for (const auto& [key, unused] : item.items()) {
    if (std::find(known_keys.begin(), known_keys.end(), key) == known_keys.end()) {
      fail(file, where + key, "unknown key");
    }
  }
}

template <typename T> void append_all(std::vector<T>& into, const std::vector<T>& from) {
  into.insert(into.end(), from.begin(), from.end());
}

} // namespace

RulePack read_rule_pack(const std::filesystem::path& file) {
  std::ifstream stream(file);
  if (!stream) {
    fail(file, "", "cannot open rules file");
  }
  Json json;
  try {
    json = Json::parse(stream);
  } catch (const Json::parse_error& error) {
    fail(file, "", std::string("not valid JSON: ") + error.what());
  }
  check_object(json, file, "top level");
  static const std::vector<std::string> k_known_keys = {
      "name",    "description",   "months",          "weekdays",         "year_prepositions",
      "states",  "agencies",      "agency_patterns", "agency_stopwords", "patterns",
      "stances", "abbreviations", "state_initials"};
  for (const auto& [key, unused] : json.items()) {
    if (std::find(k_known_keys.begin(), k_known_keys.end(), key) == k_known_keys.end()) {
      fail(file, key, "unknown key");
    }
  }
  RulePack pack;
  pack.pack_names.push_back(read_string(json, "name", file, "", true));
  if (const auto months = json.find("months"); months != json.end()) {
    if (!months->is_object()) {
      fail(file, "months", "expected an object of name: number");
    }
    for (const auto& [name, number] : months->items()) {
      if (!number.is_number_integer() || number.get<int>() < 1 || number.get<int>() > 12) {
        fail(file, "months." + name, "expected a month number 1-12");
      }
      pack.months[lowercase(name)] = number.get<int>();
    }
  }
  pack.weekdays = read_strings(json, "weekdays", file, "", true);
  pack.year_prepositions = read_strings(json, "year_prepositions", file, "", true);
  pack.states = read_strings(json, "states", file, "", false);
  pack.agency_stopwords = read_strings(json, "agency_stopwords", file, "", true);
  pack.abbreviations = read_strings(json, "abbreviations", file, "", true);
  if (const Json* agencies = find_array(json, "agencies", file)) {
    for (std::size_t i = 0; i < agencies->size(); ++i) {
      const std::string where = "agencies[" + std::to_string(i) + "].";
      const Json& item = (*agencies)[i];
      check_object(item, file, where,
                   {"value", "names", "acronyms", "domains", "not_before", "titles",
                    "unit_of_others", "state_form", "parent"});
      AgencyRule rule;
      rule.value = read_string(item, "value", file, where, true);
      rule.names = read_strings(item, "names", file, where, false);
      rule.acronyms = read_strings(item, "acronyms", file, where, false);
      rule.domains = read_strings(item, "domains", file, where, true);
      rule.not_before = read_strings(item, "not_before", file, where, true);
      rule.titles = read_strings(item, "titles", file, where, true);
      rule.unit_of_others = read_strings(item, "unit_of_others", file, where, false);
      rule.state_form = read_string(item, "state_form", file, where, false);
      rule.parent = read_string(item, "parent", file, where, false);
      pack.agencies.push_back(std::move(rule));
    }
  }
  if (const Json* patterns = find_array(json, "agency_patterns", file)) {
    for (std::size_t i = 0; i < patterns->size(); ++i) {
      const std::string where = "agency_patterns[" + std::to_string(i) + "].";
      check_object((*patterns)[i], file, where, {"regex", "value"});
      pack.agency_patterns.push_back({read_string((*patterns)[i], "regex", file, where, true),
                                      read_string((*patterns)[i], "value", file, where, true)});
      check_regex(pack.agency_patterns.back().regex, file, where + "regex");
    }
  }
  if (const Json* bodies = find_array(json, "state_initials", file)) {
    for (std::size_t i = 0; i < bodies->size(); ++i) {
      const std::string where = "state_initials[" + std::to_string(i) + "].";
      check_object((*bodies)[i], file, where, {"initials", "names"});
      StateInitials body{read_string((*bodies)[i], "initials", file, where, true),
                         read_strings((*bodies)[i], "names", file, where, false)};
      if (body.names.empty()) {
        fail(file, where + "names", "expected at least one name");
      }
      pack.state_initials.push_back(std::move(body));
    }
  }
  if (const Json* patterns = find_array(json, "patterns", file)) {
    for (std::size_t i = 0; i < patterns->size(); ++i) {
      const std::string where = "patterns[" + std::to_string(i) + "].";
      const Json& item = (*patterns)[i];
      check_object(item, file, where, {"kind", "regex", "value", "confidence"});
      PatternRule rule;
      rule.kind = read_string(item, "kind", file, where, true);
      rule.regex = read_string(item, "regex", file, where, true);
      check_regex(rule.regex, file, where + "regex");
      if (item.contains("value")) {
        rule.value = read_string(item, "value", file, where, true);
      }
      if (item.contains("confidence")) {
        if (!item["confidence"].is_number()) {
          fail(file, where + "confidence", "expected a number 0-1");
        }
        rule.confidence = item["confidence"].get<double>();
      }
      pack.patterns.push_back(std::move(rule));
    }
  }
  if (const Json* stances = find_array(json, "stances", file)) {
    for (std::size_t i = 0; i < stances->size(); ++i) {
      const std::string where = "stances[" + std::to_string(i) + "].";
      const Json& item = (*stances)[i];
      check_object(item, file, where,
                   {"kind",
                    "topic",
                    "topic_acronyms",
                    "leave",
                    "leave_if_program",
                    "program",
                    "permission",
                    "permission_after",
                    "obligation",
                    "obligation_modal",
                    "voluntary",
                    "request",
                    "volition",
                    "request_verbs",
                    "procedure",
                    "grant",
                    "denial",
                    "negators",
                    "question",
                    "contrast",
                    "concessive",
                    "clause_breaks",
                    "speech_verbs",
                    "speech_before",
                    "other_programs",
                    "decision",
                    "consent",
                    "condition",
                    "leave_from",
                    "separate",
                    "records",
                    "jurisdictions",
                    "block",
                    "expectation",
                    "participation",
                    "retraction",
                    "futility",
                    "status",
                    "delays",
                    "outside_speakers",
                    "denials",
                    "affirmations",
                    "restatements",
                    "people",
                    "window"});
      StanceRule rule;
      rule.kind = read_string(item, "kind", file, where, true);
      auto words = [&](const char* key) { return read_strings(item, key, file, where, true); };
      rule.topic = words("topic");
      rule.topic_acronyms = read_strings(item, "topic_acronyms", file, where, false);
      rule.leave = words("leave");
      rule.leave_if_program = words("leave_if_program");
      rule.program = words("program");
      rule.permission = words("permission");
      rule.permission_after = words("permission_after");
      rule.obligation = words("obligation");
      rule.obligation_modal = words("obligation_modal");
      rule.voluntary = words("voluntary");
      rule.request = words("request");
      rule.volition = words("volition");
      rule.request_verbs = words("request_verbs");
      rule.procedure = words("procedure");
      rule.grant = words("grant");
      rule.denial = words("denial");
      rule.negators = words("negators");
      rule.question = words("question");
      rule.contrast = words("contrast");
      rule.concessive = words("concessive");
      rule.clause_breaks = words("clause_breaks");
      rule.speech_verbs = words("speech_verbs");
      rule.speech_before = words("speech_before");
      rule.other_programs = words("other_programs");
      rule.decision = words("decision");
      rule.consent = words("consent");
      rule.condition = words("condition");
      rule.leave_from = words("leave_from");
      rule.separate = words("separate");
      rule.records = words("records");
      rule.jurisdictions = words("jurisdictions");
      rule.block = words("block");
      rule.expectation = words("expectation");
      rule.participation = words("participation");
      rule.retraction = words("retraction");
      rule.futility = words("futility");
      rule.status = read_strings(item, "status", file, where, false);
      rule.delays = words("delays");
      rule.outside_speakers = words("outside_speakers");
      rule.denials = words("denials");
      rule.affirmations = words("affirmations");
      rule.restatements = words("restatements");
      rule.people = words("people");
      if (item.contains("window")) {
        if (!item["window"].is_number_integer() || item["window"].get<int>() < 1) {
          fail(file, where + "window", "expected a positive integer");
        }
        rule.window = item["window"].get<int>();
      }
      if (rule.topic.empty() || rule.leave.empty()) {
        fail(file, where, "a stance needs \"topic\" and \"leave\" words");
      }
      pack.stances.push_back(std::move(rule));
    }
  }
  return pack;
}

RulePack merge_rule_packs(const std::vector<std::pair<std::string, RulePack>>& packs) {
  // A later pack with the same name replaces the earlier one in place.
  std::vector<std::pair<std::string, RulePack>> effective;
  for (const auto& named_pack : packs) {
    const std::string& name = named_pack.first; // a plain name: clang 14 cannot capture bindings
    auto same = std::find_if(effective.begin(), effective.end(),
                             [&name](const auto& entry) { return entry.first == name; });
    if (same != effective.end()) {
      same->second = named_pack.second;
    } else {
      effective.push_back(named_pack);
    }
  }
  RulePack merged;
  for (const auto& [name, pack] : effective) {
    merged.pack_names.push_back(name);
    for (const auto& [month, number] : pack.months) {
      merged.months[month] = number;
    }
    append_all(merged.weekdays, pack.weekdays);
    append_all(merged.year_prepositions, pack.year_prepositions);
    append_all(merged.states, pack.states);
    append_all(merged.agencies, pack.agencies);
    append_all(merged.agency_patterns, pack.agency_patterns);
    append_all(merged.state_initials, pack.state_initials);
    append_all(merged.agency_stopwords, pack.agency_stopwords);
    append_all(merged.patterns, pack.patterns);
    append_all(merged.abbreviations, pack.abbreviations);
    for (const StanceRule& stance : pack.stances) {
      auto same = std::find_if(merged.stances.begin(), merged.stances.end(),
                               [&](const StanceRule& entry) { return entry.kind == stance.kind; });
      if (same != merged.stances.end()) {
        *same = stance;
      } else {
        merged.stances.push_back(stance);
      }
    }
  }
  return merged;
}

std::filesystem::path default_data_dir() {
  namespace fs = std::filesystem;
  if (const char* from_env = std::getenv("FOIA_DATA_DIR"); from_env && *from_env) {
    return fs::path(from_env);
  }
  std::error_code error;
  const fs::path compiled_in(FOIA_DATA_DIR);
  if (!compiled_in.empty() && fs::is_directory(compiled_in / "rules", error)) {
    return compiled_in;
  }
  const fs::path executable = fs::read_symlink("/proc/self/exe", error);
  if (!error) {
    for (const fs::path& candidate :
         {executable.parent_path().parent_path() / "share" / "foia" / "data",
          executable.parent_path().parent_path() / "data"}) {
      if (fs::is_directory(candidate / "rules", error)) {
        return candidate;
      }
    }
  }
  throw std::runtime_error("cannot find the data folder (rules); pass --data DIR or set "
                           "FOIA_DATA_DIR");
}

std::vector<std::filesystem::path>
rule_files(const std::filesystem::path& data_dir,
           const std::vector<std::filesystem::path>& extra_files) {
  namespace fs = std::filesystem;
  const fs::path rules_dir = data_dir / "rules";
  std::error_code error;
  if (!fs::is_directory(rules_dir, error)) {
    throw std::runtime_error(rules_dir.string() + ": not a rules folder");
  }
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(rules_dir)) {
    if (entry.path().extension() == ".json") {
      files.push_back(entry.path());
    }
  }
  std::sort(files.begin(), files.end());
  files.insert(files.end(), extra_files.begin(), extra_files.end());
  return files;
}

RulePack load_rules(const std::filesystem::path& data_dir,
                    const std::vector<std::filesystem::path>& extra_files) {
  std::vector<std::pair<std::string, RulePack>> packs;
  for (const std::filesystem::path& file : rule_files(data_dir, extra_files)) {
    RulePack pack = read_rule_pack(file);
    std::string name = pack.pack_names.front();
    packs.emplace_back(std::move(name), std::move(pack));
  }
  return merge_rule_packs(packs);
}

} // namespace foia::analyze
