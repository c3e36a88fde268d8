// Agencies by name (case-insensitive), by acronym (whole words, capitals only) and by pattern
// (counties, cities, state bodies). Overlaps go to the longest match, so "California Department
// of Justice" is the state's and never also the U.S. DOJ.

#include "detail.hpp"

#include <algorithm>
#include <stdexcept>

namespace foia::analyze::detail {

namespace {

bool is_word_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

char to_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

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
    if (c == '.') {
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

// A name as a regex: literal words, any run of whitespace between them, optional periods.
std::string name_regex(std::string_view name) {
  std::string regex;
  std::string word;
  auto flush = [&] {
    if (!word.empty()) {
      regex += RE2::QuoteMeta(word);
      word.clear();
    }
  };
  for (char c : name) {
    if (c == ' ') {
      flush();
      regex += "\\s+";
    } else if (c == '.') {
      flush();
      regex += "\\.?";
    } else {
      word += c;
    }
  }
  flush();
  return regex;
}

std::string join_sorted(std::vector<std::string> alternatives) {
  std::sort(alternatives.begin(), alternatives.end(),
            [](const std::string& a, const std::string& b) {
              return a.size() != b.size() ? a.size() > b.size() : a < b;
            });
  alternatives.erase(std::unique(alternatives.begin(), alternatives.end()), alternatives.end());
  std::string joined;
  for (const std::string& alternative : alternatives) {
    joined += (joined.empty() ? "" : "|") + alternative;
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
  static const std::unordered_set<std::string> k_small_words = {"of", "the", "and", "for", "on", "in"};
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
    if (!word.empty() && (result.empty() || !k_small_words.count(word)) && word[0] >= 'a' && word[0] <= 'z') {
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

} // namespace

AgencyTagger::AgencyTagger(const RulePack& rules) : m_agencies(rules.agencies) {
  std::vector<std::string> names;
  std::vector<std::string> acronyms;
  for (std::size_t index = 0; index < m_agencies.size(); ++index) {
    const AgencyRule& agency = m_agencies[index];
    for (const std::string& name : agency.names) {
      names.push_back(name_regex(name));
      m_by_key.emplace(fold_key(name), index);
    }
    for (const std::string& acronym : agency.acronyms) {
      acronyms.push_back(name_regex(acronym));
      m_by_key.emplace("#" + fold_key(acronym), index);
    }
    for (const std::string& domain : agency.domains) {
      m_domains.emplace_back(domain, agency.value);
    }
  }
  std::sort(m_domains.begin(), m_domains.end(), [](const auto& a, const auto& b) {
    return a.first.size() != b.first.size() ? a.first.size() > b.first.size() : a.first < b.first;
  });
  if (!names.empty()) {
    m_names = compile("\\b(?:" + join_sorted(names) + ")\\b", false, "agency names");
  }
  if (!acronyms.empty()) {
    m_acronyms = compile("\\b(?:" + join_sorted(acronyms) + ")\\b", true, "agency acronyms");
  }
  std::vector<std::string> states;
  for (const std::string& state : rules.states) {
    states.push_back(name_regex(state));
  }
  const std::string state_group = "(" + join_sorted(states) + ")";
  for (std::size_t i = 0; i < rules.agency_patterns.size(); ++i) {
    std::string source = rules.agency_patterns[i].regex;
    for (std::size_t at = source.find("{state}"); at != std::string::npos;
         at = source.find("{state}", at)) {
      source.replace(at, 7, state_group);
    }
    m_patterns.emplace_back(compile(source, true, "agency_patterns[" + std::to_string(i) + "]"),
                            rules.agency_patterns[i].value);
  }
  if (!states.empty()) {
    m_state_of = compile("(?i:State\\s+of)\\s+" + state_group + "\\b", true, "states");
  }
  for (const std::string& word : rules.agency_stopwords) {
    m_stopwords.insert(word);
  }
}

std::vector<AgencyMatch> AgencyTagger::find(std::string_view text) const {
  std::vector<AgencyMatch> candidates;
  auto scan = [&](const RE2& regex, bool acronym) {
    re2::StringPiece match;
    std::size_t position = 0;
    while (position < text.size() &&
           regex.Match(text, position, text.size(), RE2::UNANCHORED, &match, 1)) {
      const std::size_t start = static_cast<std::size_t>(match.data() - text.data());
      const std::size_t end = start + match.size();
      position = end > start ? end : start + 1;
      const std::string key = (acronym ? "#" : "") + fold_key(std::string_view(match.data(), match.size()));
      const auto found = m_by_key.find(key);
      if (found == m_by_key.end()) {
        continue;
      }
      const AgencyRule& agency = m_agencies[found->second];
      if (acronym) {
        // Acronyms glued into identifiers (ICE-123, dhs.gov, DHS_SC) are not mentions.
        if ((start > 0 && (text[start - 1] == '-' || text[start - 1] == '_' || text[start - 1] == '@' ||
                           text[start - 1] == '.')) ||
            (end < text.size() && (text[end] == '_' || text[end] == '@' ||
                                   (text[end] == '.' && end + 1 < text.size() && is_word_char(text[end + 1]))))) {
          continue;
        }
        // "ICE storm": the word after cancels the acronym.
        std::size_t word_start = end;
        while (word_start < text.size() && text[word_start] == ' ') {
          ++word_start;
        }
        std::size_t word_end = word_start;
        while (word_end < text.size() && is_word_char(text[word_end])) {
          ++word_end;
        }
        const std::string next = fold_key(text.substr(word_start, word_end - word_start));
        if (!next.empty() &&
            std::find(agency.not_before.begin(), agency.not_before.end(), next) != agency.not_before.end()) {
          continue;
        }
      }
      std::string value = agency.value;
      // A bare "Department of Justice" under a "State of California" heading is the state's.
      const std::string folded = fold_key(std::string_view(match.data(), match.size()));
      if (!acronym && !agency.state_form.empty() && m_state_of && folded.rfind("us ", 0) != 0 &&
          folded.rfind("united states", 0) != 0) {
        const std::size_t from = start > 120 ? start - 120 : 0;
        re2::StringPiece state[2];
        if (agency.state_form.find("{state}") != std::string::npos &&
            m_state_of->Match(text, from, start, RE2::UNANCHORED, state, 2)) {
          value = agency.state_form;
          value.replace(value.find("{state}"), 7, title_case(std::string_view(state[1].data(), state[1].size())));
        }
      }
      candidates.push_back({start, end, value});
    }
  };
  if (m_names) {
    scan(*m_names, false);
  }
  if (m_acronyms) {
    scan(*m_acronyms, true);
  }
  for (const auto& [regex, rewrite] : m_patterns) {
    re2::StringPiece captures[10];
    const int groups = std::min(9, regex->NumberOfCapturingGroups());
    std::size_t position = 0;
    while (position < text.size() &&
           regex->Match(text, position, text.size(), RE2::UNANCHORED, captures, groups + 1)) {
      std::size_t start = static_cast<std::size_t>(captures[0].data() - text.data());
      const std::size_t end = start + captures[0].size();
      position = end > start ? end : start + 1;
      std::string value;
      if (!regex->Rewrite(&value, rewrite, captures, groups + 1)) {
        continue;
      }
      // Drop leading function words a capitalised-word pattern swallowed ("The", "Dear").
      std::string collapsed = collapse_space(value);
      while (true) {
        const std::size_t space = collapsed.find(' ');
        if (space == std::string::npos) {
          break;
        }
        const std::string first = fold_key(collapsed.substr(0, space));
        if (!m_stopwords.count(first)) {
          break;
        }
        collapsed.erase(0, space + 1);
        // Move the tag's start past the dropped word as well.
        std::size_t skip = start;
        while (skip < end && is_word_char(text[skip])) {
          ++skip;
        }
        while (skip < end && !is_word_char(text[skip])) {
          ++skip;
        }
        start = skip;
      }
      if (collapsed.empty() || start >= end) {
        continue;
      }
      if (!has_lowercase(text.substr(start, end - start))) {
        collapsed = title_case(collapsed);
      }
      for (std::size_t at = collapsed.find("Sheriffs "); at != std::string::npos;
           at = collapsed.find("Sheriffs ", at)) {
        collapsed.replace(at, 9, "Sheriff's ");
      }
      candidates.push_back({start, end, collapsed});
    }
  }
  // Longest first at each start; then drop anything overlapping an accepted match.
  std::sort(candidates.begin(), candidates.end(), [](const AgencyMatch& a, const AgencyMatch& b) {
    const std::size_t length_a = a.end - a.start;
    const std::size_t length_b = b.end - b.start;
    return length_a != length_b ? length_a > length_b : a.start < b.start;
  });
  std::vector<AgencyMatch> accepted;
  for (AgencyMatch& candidate : candidates) {
    const bool overlaps = std::any_of(accepted.begin(), accepted.end(), [&](const AgencyMatch& kept) {
      return candidate.start < kept.end && kept.start < candidate.end;
    });
    if (!overlaps) {
      accepted.push_back(std::move(candidate));
    }
  }
  std::sort(accepted.begin(), accepted.end(),
            [](const AgencyMatch& a, const AgencyMatch& b) { return a.start < b.start; });
  return accepted;
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

} // namespace foia::analyze::detail
