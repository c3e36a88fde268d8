// Agencies by name (case-insensitive), by acronym (whole words, capitals only) and by pattern
// (counties, cities, state bodies). Overlaps go to the longest match, so "California Department
// of Justice" is the state's and never also the U.S. DOJ.

#include "detail.hpp"
#include "foia/analyze/analyzer.hpp"

#include <algorithm>
#include <stdexcept>

namespace foia::analyze::detail {

namespace {

bool is_word_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

char to_lower(char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

// The lookup key for a matched name: lowercase, runs of space collapsed, periods dropped
// ("U.S." and "US" meet).
std::string fold_key(std::string_view text) {
  std::string key;
  bool space = false;
  for (char c : text) {
    if (c == ' ' || c == '\n' || c == '\t') {
      space = !key.empty();
      continue;
    }
    if (c == '.' || c == '\'' || c == '"') {
      continue;
    }
    if (space) {
      key += ' ';
      space = false;
    }
    key += to_lower(c);
  }
  return key;
}

// Names in the order their regexes are listed: longest regex first, then by the regexes' bytes;
// one of names with the same regex.
std::vector<std::string> in_regex_order(const std::vector<std::string>& names) {
  std::vector<std::pair<std::string, std::string>> by_regex;
  for (const std::string& name : names) {
    by_regex.emplace_back(name_regex(name), name);
  }
  std::stable_sort(by_regex.begin(), by_regex.end(), [](const auto& a, const auto& b) {
    return a.first.size() != b.first.size() ? a.first.size() > b.first.size() : a.first < b.first;
  });
  by_regex.erase(std::unique(by_regex.begin(), by_regex.end(),
                             [](const auto& a, const auto& b) { return a.first == b.first; }),
                 by_regex.end());
  std::vector<std::string> ordered;
  for (auto& [regex, name] : by_regex) {
    ordered.push_back(std::move(name));
  }
  return ordered;
}

// The names' regexes as alternatives, in that order.
std::string alternatives(const std::vector<std::string>& names) {
  std::string joined;
  for (const std::string& name : in_regex_order(names)) {
    joined += (joined.empty() ? "" : "|") + name_regex(name);
  }
  return joined;
}

std::unique_ptr<RE2> compile(const std::string& source, bool case_sensitive,
                             const std::string& what) {
  RE2::Options options;
  options.set_log_errors(false);
  options.set_case_sensitive(case_sensitive);
  options.set_max_mem(64 << 20);
  auto regex = std::make_unique<RE2>(source, options);
  if (!regex->ok()) {
    throw std::runtime_error(what + ": not a valid RE2 pattern: " + regex->error());
  }
  return regex;
}

// Letterheads print names in capitals; tags carry them as a reader writes them.
std::string title_case(std::string_view value) {
  static const std::unordered_set<std::string> k_small_words = {"of",  "the", "and",
                                                                "for", "on",  "in"};
  std::string result;
  std::size_t position = 0;
  while (position < value.size()) {
    std::size_t space = value.find(' ', position);
    if (space == std::string_view::npos) {
      space = value.size();
    }
    std::string word;
    for (char c : value.substr(position, space - position)) {
      word += to_lower(c);
    }
    if (!word.empty() && (result.empty() || !k_small_words.count(word)) && word[0] >= 'a' &&
        word[0] <= 'z') {
      word[0] = static_cast<char>(word[0] - 'a' + 'A');
    }
    result += (result.empty() ? "" : " ") + word;
    position = space + 1;
  }
  return result;
}

bool has_lowercase(std::string_view text) {
  return std::any_of(text.begin(), text.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

// "WCSO-ICE correspondence": two acronyms joined by a hyphen, the first a word of capitals and
// the second ending the compound (not "DHS-ICE-0001234", a stamp); not a unit under its parent's
// acronym ("DHS-OIG" is one name).
bool joined_acronyms(std::string_view text, std::size_t start, std::size_t end,
                     const AgencyRule& agency) {
  std::size_t first = start - 1;
  while (first > 0 && text[first - 1] >= 'A' && text[first - 1] <= 'Z') {
    --first;
  }
  const std::string_view before = text.substr(first, start - 1 - first);
  const bool word_before = before.size() >= 2 && (first == 0 || !is_word_char(text[first - 1])) &&
                           before != agency.parent;
  return word_before && (end == text.size() || text[end] != '-');
}

// Acronyms glued into identifiers (ICE-123, dhs.gov, DHS_SC) are not mentions, and a word after
// can cancel one ("ICE storm").
bool acronym_stands_alone(std::string_view text, std::size_t start, std::size_t end,
                          const AgencyRule& agency) {
  if (start > 0 && ((text[start - 1] == '-' && !joined_acronyms(text, start, end, agency)) ||
                    text[start - 1] == '_' || text[start - 1] == '@' || text[start - 1] == '.')) {
    return false;
  }
  if (end < text.size() &&
      (text[end] == '_' || text[end] == '@' ||
       (text[end] == '.' && end + 1 < text.size() && is_word_char(text[end + 1])))) {
    return false;
  }
  std::size_t word_start = end;
  while (word_start < text.size() && text[word_start] == ' ') {
    ++word_start;
  }
  std::size_t word_end = word_start;
  while (word_end < text.size() && is_word_char(text[word_end])) {
    ++word_end;
  }
  const std::string next = fold_key(text.substr(word_start, word_end - word_start));
  return next.empty() || std::find(agency.not_before.begin(), agency.not_before.end(), next) ==
                             agency.not_before.end();
}

// Cuts `name` after its last word "the": capitalised words before one are a title or a
// heading, not part of the name ("RESOLUTION OF THE", "Office Of The").
void drop_through_last_article(re2::StringPiece& name) {
  std::size_t cut = 0;
  for (std::size_t at = 0; at < name.size();) {
    std::size_t end = at;
    while (end < name.size() && is_word_char(name[end])) {
      ++end;
    }
    const std::string_view word(name.data() + at, end - at);
    if (word.size() == 3 && (word[0] | 0x20) == 't' && (word[1] | 0x20) == 'h' &&
        (word[2] | 0x20) == 'e') {
      cut = end;
    }
    at = end;
    while (at < name.size() && !is_word_char(name[at])) {
      ++at;
    }
  }
  while (cut < name.size() && !is_word_char(name[cut])) {
    ++cut;
  }
  name.remove_prefix(cut);
}

} // namespace

std::string AgencyTagger::state_body(std::string_view text, std::size_t start,
                                     std::string_view matched, const AgencyRule& agency,
                                     bool acronym) const {
  // A bare "Department of Justice" under a "State of California" heading is the state's. Most
  // agencies have no state form: the name is folded only for one that has.
  if (acronym || agency.state_form.find("{state}") == std::string::npos || !m_state_of) {
    return agency.value;
  }
  const std::string folded = fold_key(matched);
  if (folded.rfind("us ", 0) == 0 || folded.rfind("united states", 0) == 0) {
    return agency.value;
  }
  const std::size_t from = start > 120 ? start - 120 : 0;
  re2::StringPiece state[2];
  if (!m_state_of->Match(text, from, start, RE2::UNANCHORED, state, 2)) {
    return agency.value;
  }
  std::string value = agency.state_form;
  value.replace(value.find("{state}"), 7,
                title_case(std::string_view(state[1].data(), state[1].size())));
  return value;
}

AgencyTagger::AgencyTagger(const RulePack& rules) : m_agencies(rules.agencies) {
  std::vector<std::string> names;
  std::vector<std::string> acronyms;
  for (std::size_t index = 0; index < m_agencies.size(); ++index) {
    const AgencyRule& agency = m_agencies[index];
    for (const std::string& name : agency.names) {
      names.push_back(name);
      m_by_key.emplace(fold_key(name), index);
    }
    for (const std::string& acronym : agency.acronyms) {
      acronyms.push_back(acronym);
      m_by_key.emplace("#" + fold_key(acronym), index);
    }
    for (const std::string& domain : agency.domains) {
      m_domains.emplace_back(domain, agency.value);
    }
    for (const std::string& title : agency.titles) {
      m_titles.emplace_back(title, agency.value);
    }
    if (!agency.parent.empty()) {
      m_parents.emplace(agency.value, agency.parent);
    }
    for (const std::string& unit : agency.unit_of_others) {
      m_units.emplace_back(unit, agency.value);
    }
    if (const std::size_t slot = agency.state_form.find("{state}"); slot != std::string::npos) {
      m_state_forms.emplace_back(agency.value, agency.state_form.substr(slot + 7));
    }
  }
  std::sort(m_domains.begin(), m_domains.end(), [](const auto& a, const auto& b) {
    return a.first.size() != b.first.size() ? a.first.size() > b.first.size() : a.first < b.first;
  });
  // Names, then acronyms, then patterns, each in a fixed alternative slot. Three parts (see
  // Alternation): names and acronyms, patterns naming a state, and patterns naming a local body
  // by its capitalised words; unseen text costs a fourth of what one regex of all of them does.
  m_patterns.add(names.empty() ? std::string("[^\\x00-\\x{10FFFF}]")
                               : "(?i:\\b(?:" + alternatives(names) + ")\\b)",
                 "agency names");
  m_patterns.add(acronyms.empty() ? std::string("[^\\x00-\\x{10FFFF}]")
                                  : "\\b(?:" + alternatives(acronyms) + ")\\b",
                 "agency acronyms");
  // State names match in any case: letterheads print "ILLINOIS STATE POLICE".
  const std::string state_group = "((?i:" + alternatives(rules.states) + "))";
  for (std::size_t i = 0; i < rules.agency_patterns.size(); ++i) {
    std::string source = rules.agency_patterns[i].regex;
    const bool names_state = source.find("{state}") != std::string::npos;
    if (i == 0 ||
        names_state != (rules.agency_patterns[i - 1].regex.find("{state}") != std::string::npos)) {
      m_patterns.start_part();
    }
    for (std::size_t at = source.find("{state}"); at != std::string::npos;
         at = source.find("{state}", at)) {
      source.replace(at, 7, state_group);
    }
    m_patterns.add(source, "agency_patterns[" + std::to_string(i) + "]");
    m_rewrites.push_back(rules.agency_patterns[i].value);
  }
  m_patterns.compile();
  // The names and acronyms are the first part; find() reads them with a NameFinder when it can.
  for (const std::string& name : in_regex_order(names)) {
    m_name_finder.add(name, true, 0);
  }
  for (const std::string& acronym : in_regex_order(acronyms)) {
    m_name_finder.add(acronym, false, 1);
  }
  if (!rules.states.empty()) {
    m_state_of = compile("(?i:State\\s+of)\\s+" + state_group + "\\b", true, "states");
    m_state_names = compile("\\b" + state_group + "\\b", true, "states");
  }
  m_states = rules.states;
  for (const std::string& state : m_states) {
    m_state_keys.push_back(fold_key(state));
  }
  m_state_initials = rules.state_initials;
  for (const StateInitials& body : m_state_initials) {
    if (body.initials.empty()) {
      m_initials_last.fill(true); // ends every word
    } else {
      m_initials_last[static_cast<unsigned char>(body.initials.back())] = true;
    }
    auto& spelled = m_state_body_names.emplace_back();
    for (const std::string& name : body.names) {
      spelled.push_back(std::make_unique<RE2>("(?i)\\b" + RE2::QuoteMeta(name) + "\\b"));
    }
  }
  for (const std::string& word : rules.agency_stopwords) {
    m_stopwords.insert(word);
  }
}

std::vector<AgencyMatch> AgencyTagger::find(const WordBytes& words) const {
  const std::string_view text = words.text();
  std::vector<AgencyMatch> candidates;
  // A DFA pass over the page for the names and acronyms cost as much as reading them with the
  // finder, and far more where the DFA met text it had not built states for.
  std::vector<Alternation::KnownMatches> known(m_patterns.parts());
  known[0].known = m_name_finder.usable() && m_name_finder.find(words, known[0].matches);
  const auto on_match = [&](std::size_t index, const re2::StringPiece* groups) {
    const re2::StringPiece match = groups[0];
    std::size_t start = static_cast<std::size_t>(match.data() - text.data());
    std::size_t end = start + match.size();
    if (index < 2) {
      const bool acronym = index == 1;
      const std::string key =
          (acronym ? "#" : "") + fold_key(std::string_view(match.data(), match.size()));
      const auto found = m_by_key.find(key);
      if (found == m_by_key.end()) {
        return false;
      }
      const AgencyRule& agency = m_agencies[found->second];
      if (acronym && !acronym_stands_alone(text, start, end, agency)) {
        return false;
      }
      candidates.push_back(
          {start, end,
           state_body(text, start, std::string_view(match.data(), match.size()), agency, acronym)});
      return true;
    }
    // A pattern: drop function words the capitalised-name group swallowed, at its start ("The",
    // "Dear") and, when the name ends the match, at its end ("... CITY OF PORT ALDEN
    // CONCERNING"), and in capitals everything up to a "THE" ("RESOLUTION OF THE CITY
    // COUNCIL"); a name of nothing but those ("The Sheriff's Office") names no one in particular.
    std::vector<re2::StringPiece> captures(groups, groups + m_patterns.group_count(index) + 1);
    if (captures.size() > 1 && !captures[1].empty()) {
      re2::StringPiece& name = captures[1];
      const bool at_start = name.data() == captures[0].data();
      const bool at_end = name.data() + name.size() == captures[0].data() + captures[0].size();
      drop_through_last_article(name);
      while (at_end && !name.empty()) {
        std::size_t word = name.size();
        while (word > 0 && is_word_char(name[word - 1])) {
          --word;
        }
        std::size_t previous = word;
        while (previous > 0 && !is_word_char(name[previous - 1])) {
          --previous;
        }
        if (word == name.size() || previous == 0 ||
            !m_stopwords.count(
                fold_key(std::string_view(name.data() + word, name.size() - word)))) {
          break;
        }
        name.remove_suffix(name.size() - previous);
      }
      while (!name.empty()) {
        std::size_t word = 0;
        while (word < name.size() && is_word_char(name[word])) {
          ++word;
        }
        std::size_t next = word;
        while (next < name.size() && !is_word_char(name[next])) {
          ++next;
        }
        if (word == 0 || !m_stopwords.count(fold_key(std::string_view(name.data(), word)))) {
          break;
        }
        name.remove_prefix(next);
      }
      if (name.empty()) {
        return false;
      }
      // A name broken over lines is one a running line wrapped after a comma, a word in lower
      // case or a determiner ("ROB STANEK, CHIEF DEPUTY, TAMBER / COUNTY SHERIFF'S OFFICE",
      // "wrote to the Tamber / County Sheriff", "The Stoney Run / County Solicitor"), not a
      // signature's line above one that opens with "County" ("Jane Doe / County Sheriff's
      // Office").
      if (const std::string_view whole(name.data(), name.size());
          whole.find('\n', whole.find_last_not_of(" \n") + 1) != std::string_view::npos) {
        const auto name_start = static_cast<std::size_t>(name.data() - text.data());
        std::size_t before = name_start;
        while (before > 0 && text[before - 1] == ' ') {
          --before;
        }
        std::size_t word = before;
        while (word > 0 && is_word_char(text[word - 1])) {
          --word;
        }
        const std::string_view previous = text.substr(word, before - word);
        const std::string article = fold_key(previous);
        const bool lower_word =
            !previous.empty() && ((previous.front() >= 'a' && previous.front() <= 'z') ||
                                  article == "the" || article == "a" || article == "an");
        if (!lower_word && (before == 0 || text[before - 1] != ',')) {
          return false;
        }
      }
      if (at_start) {
        start = static_cast<std::size_t>(name.data() - text.data());
      }
      if (at_end) {
        end = static_cast<std::size_t>(name.data() + name.size() - text.data());
      }
    }
    std::string value;
    if (!m_patterns.rewrite(value, m_rewrites[index - 2], index, captures.data())) {
      return false;
    }
    std::string collapsed = collapse_space(value);
    if (collapsed.empty() || start >= end) {
      return false;
    }
    if (!has_lowercase(text.substr(start, end - start))) {
      collapsed = title_case(collapsed);
    }
    for (std::size_t at = collapsed.find("Sheriffs "); at != std::string::npos;
         at = collapsed.find("Sheriffs ", at)) {
      collapsed.replace(at, 9, "Sheriff's ");
    }
    candidates.push_back({start, end, collapsed});
    return true;
  };
  m_patterns.for_each(text, on_match, &known);
  // Longest first at each start; then drop anything overlapping an accepted match.
  std::sort(candidates.begin(), candidates.end(), [](const AgencyMatch& a, const AgencyMatch& b) {
    const std::size_t length_a = a.end - a.start;
    const std::size_t length_b = b.end - b.start;
    return length_a != length_b ? length_a > length_b : a.start < b.start;
  });
  std::vector<AgencyMatch> accepted;
  std::vector<bool> claimed(text.size(), false);
  for (AgencyMatch& candidate : candidates) {
    const auto begin = claimed.begin() + static_cast<std::ptrdiff_t>(candidate.start);
    const auto end = claimed.begin() + static_cast<std::ptrdiff_t>(candidate.end);
    if (std::find(begin, end, true) == end) {
      std::fill(begin, end, true);
      accepted.push_back(std::move(candidate));
    }
  }
  std::sort(accepted.begin(), accepted.end(),
            [](const AgencyMatch& a, const AgencyMatch& b) { return a.start < b.start; });
  return accepted;
}

std::string capital_initials(std::string_view name) {
  std::string initials;
  bool word_start = true;
  for (const char c : name) {
    if (word_start && c >= 'A' && c <= 'Z') {
      initials += c;
    }
    word_start = c == ' ';
  }
  return initials;
}

const StateInitials* AgencyTagger::state_initials_of(std::string_view word) const {
  if (word.empty() || !m_initials_last[static_cast<unsigned char>(word.back())]) {
    return nullptr;
  }
  for (const StateInitials& candidate : m_state_initials) {
    const bool own = word.size() == candidate.initials.size() && word.size() >= 3;
    if ((own || word.size() > candidate.initials.size()) &&
        word.size() <= candidate.initials.size() + 2 && word.ends_with(candidate.initials)) {
      return &candidate;
    }
  }
  return nullptr;
}

void AgencyTagger::note_states(std::string_view text, std::vector<std::string>& states) const {
  if (!m_state_names) {
    return;
  }
  // The state's name is the whole match (its group lies between two \b), found by the DFA alone
  // without the group's slower run.
  re2::StringPiece named;
  for (std::size_t position = 0;
       position < text.size() &&
       m_state_names->Match(text, position, text.size(), RE2::UNANCHORED, &named, 1);
       position = static_cast<std::size_t>(named.data() - text.data()) + named.size()) {
    const std::string key = fold_key(std::string_view(named.data(), named.size()));
    for (std::size_t i = 0; i < m_states.size(); ++i) {
      if (m_state_keys[i] == key &&
          std::find(states.begin(), states.end(), m_states[i]) == states.end() &&
          states.size() < 16) {
        states.push_back(m_states[i]);
      }
    }
  }
}

void AgencyTagger::add_to(Screen& screen, std::size_t group) const {
  if (m_state_names) {
    screen.add(group, *m_state_names);
  }
}

std::string AgencyTagger::state_body_by_initials(std::string_view word, std::string_view text,
                                                 std::size_t start,
                                                 const std::vector<std::string>& states) const {
  const StateInitials* body = state_initials_of(word);
  if (body == nullptr) {
    return {};
  }
  const std::string_view prefix = word.substr(0, word.size() - body->initials.size());
  std::string match;
  if (prefix.empty()) {
    const std::string_view before = text.substr(0, start);
    // The longest state named right before, as a whole word ("West Virginia DPS").
    for (const std::string& state : states) {
      if (before.size() <= state.size() || before.back() != ' ' || state.size() <= match.size()) {
        continue;
      }
      const std::size_t at = before.size() - 1 - state.size();
      if (before.substr(at, state.size()) == state && (at == 0 || !is_word_char(before[at - 1]))) {
        match = state;
      }
    }
  }
  for (const std::string& state : states) {
    if (!prefix.empty() && capital_initials(state) == prefix) {
      if (!match.empty()) {
        return {}; // two states the document names share the initials
      }
      match = state;
    }
  }
  if (match.empty()) {
    return {};
  }
  std::string_view name = body->names.front();
  const auto& spelled =
      m_state_body_names[static_cast<std::size_t>(body - m_state_initials.data())];
  for (std::size_t i = 0; i < spelled.size(); ++i) {
    if (RE2::PartialMatch(text, *spelled[i])) {
      name = body->names[i];
      break;
    }
  }
  return match + " " + std::string(name);
}

std::string AgencyTagger::agency_for_domain(std::string_view text) const {
  std::string lower(text);
  for (char& c : lower) {
    c = to_lower(c);
  }
  for (const auto& [domain, value] : m_domains) {
    const std::size_t at = lower.find(domain);
    if (at == std::string::npos) {
      continue;
    }
    // The domain must be the whole domain or its tail: "@ice.dhs.gov" or ".ice.dhs.gov".
    if (at > 0 && lower[at - 1] != '@' && lower[at - 1] != '.') {
      continue;
    }
    const std::size_t after = at + domain.size();
    if (after < lower.size() && is_word_char(lower[after])) {
      continue;
    }
    return value;
  }
  return {};
}

std::string AgencyTagger::agency_for_title(std::string_view text, bool* generic) const {
  if (m_titles.empty()) {
    return {};
  }
  std::string lower = collapse_space(text);
  for (char& c : lower) {
    c = to_lower(c);
  }
  for (const auto& [title, value] : m_titles) {
    if (lower.find(title) != std::string::npos) {
      if (generic != nullptr) {
        *generic = title.starts_with("the ");
      }
      return value;
    }
  }
  return {};
}

void AgencyTagger::drop_units_of_others(std::string_view text,
                                        std::vector<AgencyMatch>& agencies) const {
  if (m_units.empty()) {
    return;
  }
  // Between the two: a defined acronym (or its closing parenthesis, when the acronym is the
  // mention before), a possessive, a comma or a dash, one to three spaces ("(SLED), CJIS", "PSP's
  // CJIS liaison", "BUREAU OF INVESTIGATION - CJIS SUPPORT CENTER").
  static const LazyRegex k_between(
      R"(^(?: ?\([A-Z&]{2,8}\)|\)|'s|\x{2019}s)?(?:,? {1,3}| {1,3}[-\x{2013}] {1,3})$)");
  // After a unit's acronym, a capitalised word in lower case after its capital (no capitals'
  // line, "SENT TO CJIS FOR APPROVAL"): a unit named after it ("CJIS Support - Tier 2", "CJIS
  // Unit Manager", "CJIS Advisory Board"). A name of the agency's own ("CJIS Division") is
  // matched whole and is no bare acronym.
  static const LazyRegex k_named_after(R"(^ [A-Z][a-z]+)");
  std::size_t kept = 0;
  for (std::size_t i = 0; i < agencies.size(); ++i) {
    const AgencyMatch& mention = agencies[i];
    const std::string_view written = text.substr(mention.start, mention.end - mention.start);
    const bool form = std::any_of(m_units.begin(), m_units.end(), [&](const auto& entry) {
      return entry.first == written && entry.second == mention.value;
    });
    bool unit = form && written.find(' ') == std::string_view::npos &&
                RE2::PartialMatch(text.substr(mention.end), *k_named_after);
    if (form && !unit && kept > 0) {
      const AgencyMatch& before = agencies[kept - 1];
      unit = before.end <= mention.start && mention.start - before.end <= 12 &&
             !is_part_of(mention.value, before.value) &&
             RE2::FullMatch(text.substr(before.end, mention.start - before.end), *k_between);
    }
    if (!unit) {
      agencies[kept++] = mention;
    }
  }
  agencies.resize(kept);
}

void AgencyTagger::prefer_state_forms(std::string_view text, std::vector<AgencyMatch>& agencies,
                                      DocumentContext& context) const {
  const auto state_of = [&](const std::string& value) {
    return std::find_if(context.state_forms.begin(), context.state_forms.end(),
                        [&](const auto& entry) { return entry.first == value; });
  };
  const auto federal_named = [&](const std::string& value) {
    return std::find(context.federal_named.begin(), context.federal_named.end(), value) !=
           context.federal_named.end();
  };
  for (AgencyMatch& mention : agencies) {
    for (const auto& [value, suffix] : m_state_forms) {
      const bool state_body =
          mention.value != value && mention.value.ends_with(suffix) &&
          std::any_of(m_states.begin(), m_states.end(), [&](const std::string& state) {
            return mention.value.size() == state.size() + suffix.size() &&
                   mention.value.starts_with(state);
          });
      if (state_body && state_of(value) == context.state_forms.end()) {
        context.state_forms.emplace_back(value, mention.value);
      }
      if (mention.value != value) {
        continue;
      }
      // "U.S. Department of Justice", "United States ...", "USDOJ": the federal agency as such.
      const std::string_view written = text.substr(mention.start, mention.end - mention.start);
      if (written.starts_with("U.S.") || written.starts_with("United States") ||
          written.starts_with("US")) {
        if (!federal_named(value)) {
          context.federal_named.push_back(value);
        }
      } else if (const auto state = state_of(value);
                 state != context.state_forms.end() && !federal_named(value)) {
        mention.value = state->second;
      }
    }
  }
}

bool AgencyTagger::is_part_of(const std::string& part, const std::string& whole) const {
  std::string current = part;
  for (int depth = 0; depth < 8;
       ++depth) { // parents form a short chain; a cycle in data stops here
    if (current == whole) {
      return true;
    }
    const auto parent = m_parents.find(current);
    if (parent == m_parents.end()) {
      return false;
    }
    current = parent->second;
  }
  return false;
}

} // namespace foia::analyze::detail
