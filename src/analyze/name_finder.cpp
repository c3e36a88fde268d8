// Names found as RE2 finds an alternation of their regexes, without its DFA: the agency names and
// acronyms cost a DFA pass over every page and, on text RE2 has not seen, the building of its
// states for it.

#include "detail.hpp"

#include <algorithm>

namespace foia::analyze::detail {

namespace {

char to_lower(char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

// RE2's \s: [\t\n\f\r ], no vertical tab.
bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
}

} // namespace

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
      regex += "['\"]?\\s+";
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

bool NameFinder::add(std::string_view name, bool fold_case, std::size_t index) {
  const bool ascii = std::all_of(name.begin(), name.end(),
                                 [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  if (name.empty() || !ascii || !is_re2_word_byte(name.front())) {
    m_usable = false;
    return false;
  }
  Name& added = m_names.emplace_back();
  added.fold_case = fold_case;
  added.index = index;
  for (const char c : name) {
    if (c == ' ') {
      added.tokens.push_back({Step::gap, 0});
    } else if (c == '.') {
      added.tokens.push_back({Step::optional_period, 0});
    } else {
      added.tokens.push_back({Step::byte, fold_case ? to_lower(c) : c});
    }
  }
  const std::size_t position = m_names.size() - 1;
  const std::vector<Token>& tokens = added.tokens;
  // A match starts where a run of word bytes does (\b before a word byte), and the name's first
  // word is that run, or its start when a period may follow unwritten.
  std::string run;
  std::size_t next = 0;
  for (; next < tokens.size() && tokens[next].step == Step::byte &&
         is_re2_word_byte(tokens[next].byte);
       ++next) {
    run += to_lower(tokens[next].byte);
  }
  if (run.size() > 63) {
    m_usable = false;
    return false;
  }
  added.run = run.size();
  for (std::size_t k = 0; k < run.size(); ++k) {
    added.first_word += name[k];
  }
  // Its first word, a space and a byte that is not one: a start without that byte after the
  // space is ruled out before the name is matched.
  if (next + 1 < tokens.size() && tokens[next].step == Step::gap &&
      tokens[next + 1].step == Step::byte && !is_space(tokens[next + 1].byte) &&
      tokens[next + 1].byte != 0) {
    added.after_space = tokens[next + 1].byte;
  }
  const std::size_t key = run_key(run.front(), run.back(), run.size());
  if (next < tokens.size() && tokens[next].step == Step::optional_period) {
    m_by_prefix[run].push_back(position);
    m_prefixes[key] = true;
    const char first = run.front();
    m_prefix_first[static_cast<unsigned char>(first)] = true;
    if (first >= 'a' && first <= 'z') {
      m_prefix_first[static_cast<unsigned char>(first - 'a' + 'A')] = true;
    }
    if (std::find(m_prefix_lengths.begin(), m_prefix_lengths.end(), run.size()) ==
        m_prefix_lengths.end()) {
      m_prefix_lengths.push_back(run.size());
    }
  } else {
    m_by_run[run].push_back(position);
    m_runs[key] = true;
  }
  return true;
}

std::size_t NameFinder::match_at(const Name& name, std::size_t token, std::string_view text,
                                 std::size_t at) const {
  const std::vector<Token>& tokens = name.tokens;
  const std::size_t size = text.size();
  for (; token < tokens.size(); ++token) {
    const Token& step = tokens[token];
    if (step.step == Step::byte) {
      if (at == size || (name.fold_case ? to_lower(text[at]) : text[at]) != step.byte) {
        return std::string_view::npos;
      }
      ++at;
    } else if (step.step == Step::optional_period) {
      if (at < size && text[at] == '.') {
        if (const std::size_t end = match_at(name, token + 1, text, at + 1);
            end != std::string_view::npos) {
          return end;
        }
      }
      // Without the period, on from here.
    } else {
      // ['"]?\s+: with the quote first, then without; the spaces longest first. A space given
      // back is the next byte, so before a byte that is not a space only the longest run can
      // match.
      const bool longest_only = token + 1 < tokens.size() && tokens[token + 1].step == Step::byte &&
                                !is_space(tokens[token + 1].byte);
      for (const bool quote : {true, false}) {
        std::size_t from = at;
        if (quote) {
          if (at == size || (text[at] != '\'' && text[at] != '"')) {
            continue;
          }
          ++from;
        }
        std::size_t spaces = from;
        while (spaces < size && is_space(text[spaces])) {
          ++spaces;
        }
        for (std::size_t end_at = spaces; end_at > from && (end_at == spaces || !longest_only);
             --end_at) {
          if (const std::size_t end = match_at(name, token + 1, text, end_at);
              end != std::string_view::npos) {
            return end;
          }
        }
      }
      return std::string_view::npos;
    }
  }
  // \b after the name: `at` follows at least one byte of it.
  const bool word_before = is_re2_word_byte(text[at - 1]);
  const bool word_after = at < size && is_re2_word_byte(text[at]);
  return word_before != word_after ? at : std::string_view::npos;
}

bool NameFinder::find(const WordBytes& words, std::vector<Match>& matches) const {
  if (words.folded_letters()) {
    return false;
  }
  const std::string_view text = words.text();
  thread_local std::vector<std::size_t> tried;
  std::array<char, 64> key{};
  // Every run is a start of its own: matches at two starts may overlap.
  words.for_each_run([&](std::size_t start, std::size_t end) {
    const std::size_t run = end - start;
    const auto names_of = [&](const auto& by_run, std::size_t length) {
      for (std::size_t k = 0; k < length; ++k) {
        key[k] = to_lower(text[start + k]);
      }
      const auto found = by_run.find(std::string_view(key.data(), length));
      return found != by_run.end() ? &found->second : nullptr;
    };
    const std::vector<std::size_t>* whole = nullptr;
    if (run <= 63 && m_runs[run_key(text[start], text[end - 1], run)]) {
      whole = names_of(m_by_run, run);
    }
    const std::vector<std::size_t>* names = whole;
    if (m_prefix_first[static_cast<unsigned char>(text[start])]) {
      tried.clear();
      for (const std::size_t length : m_prefix_lengths) {
        if (length <= run && m_prefixes[run_key(text[start], text[start + length - 1], length)]) {
          if (const std::vector<std::size_t>* prefixed = names_of(m_by_prefix, length)) {
            tried.insert(tried.end(), prefixed->begin(), prefixed->end());
          }
        }
      }
      if (!tried.empty()) {
        if (whole != nullptr) {
          tried.insert(tried.end(), whole->begin(), whole->end());
        }
        std::sort(tried.begin(), tried.end());
        names = &tried;
      }
    }
    if (names == nullptr) {
      return;
    }
    // The byte after the space that follows the run, which a name's second word must start with
    // when its first word is the whole run (0: none).
    char after_space = 0;
    if (std::size_t at = end + (end < text.size() && (text[end] == '\'' || text[end] == '"'));
        at < text.size() && is_space(text[at])) {
      while (at < text.size() && is_space(text[at])) {
        ++at;
      }
      after_space = at < text.size() ? text[at] : 0;
    }
    // The alternation's order: the first name that matches at a start is its match there.
    for (const std::size_t position : *names) {
      const Name& name = m_names[position];
      if (name.after_space != 0 &&
          name.after_space != (name.fold_case ? to_lower(after_space) : after_space)) {
        continue;
      }
      // The key matched its first word in any case, and a name that keeps case has it again.
      if (!name.fold_case && text.substr(start, name.run) != name.first_word) {
        continue;
      }
      if (const std::size_t match_end = match_at(name, name.run, text, start + name.run);
          match_end != std::string_view::npos) {
        matches.push_back({start, match_end, name.index});
        return;
      }
    }
  });
  return true;
}

} // namespace foia::analyze::detail
