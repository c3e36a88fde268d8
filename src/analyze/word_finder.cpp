// Whole words found by one pass over a text's bytes, as RE2 would find them: stance triggers
// are found on every page that may hold one, and RE2 spent two DFA searches on each.

#include "detail.hpp"

#include <algorithm>

namespace foia::analyze::detail {

namespace {

// RE2's \b is ASCII: a word byte is [0-9A-Za-z_].
constexpr std::array<bool, 256> k_word_bytes = [] {
  std::array<bool, 256> table{};
  for (std::size_t c = 0; c < table.size(); ++c) {
    table[c] =
        (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  }
  return table;
}();

bool is_word_byte(char c) {
  return k_word_bytes[static_cast<unsigned char>(c)];
}

char to_lower(char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

} // namespace

bool WordFinder::add(std::string_view word) {
  const bool ascii = std::all_of(word.begin(), word.end(),
                                 [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  if (word.empty() || word.size() > 63 || !ascii || !is_word_byte(word.front()) ||
      !is_word_byte(word.back())) {
    m_usable = false;
    return false;
  }
  std::string lower(word);
  std::transform(lower.begin(), lower.end(), lower.begin(), to_lower);
  const std::size_t run = static_cast<std::size_t>(
      std::find_if(lower.begin(), lower.end(), [](char c) { return !is_word_byte(c); }) -
      lower.begin());
  std::vector<std::string>& words = m_words[lower.substr(0, run)];
  if (std::find(words.begin(), words.end(), lower) == words.end()) {
    words.push_back(lower);
    std::stable_sort(words.begin(), words.end(), [](const std::string& a, const std::string& b) {
      return a.size() > b.size();
    });
  }
  // Upper and lower case share their low five bits.
  m_runs[run_key(lower.front(), lower[run - 1], run)] = true;
  return true;
}

bool WordFinder::find(std::string_view text, std::vector<std::size_t>& starts) const {
  const std::size_t found_before = starts.size();
  // Every word starts and ends with a word byte, so a match starts where a run of word bytes
  // does (\b) and ends where one does. Each run is read once: a match ends at a run's end.
  std::array<char, 64> key{};
  std::size_t i = 0;
  while (i < text.size()) {
    if (!is_word_byte(text[i])) {
      // U+212A and U+017F.
      if ((text[i] == '\xE2' && text.substr(i, 3) == "\xE2\x84\xAA") ||
          (text[i] == '\xC5' && text.substr(i, 2) == "\xC5\xBF")) {
        starts.resize(found_before);
        return false;
      }
      ++i;
      continue;
    }
    const std::size_t start = i;
    while (i < text.size() && is_word_byte(text[i])) {
      ++i;
    }
    const std::size_t run = i - start;
    if (run > 63 || !m_runs[run_key(text[start], text[i - 1], run)]) {
      continue;
    }
    for (std::size_t k = 0; k < run; ++k) {
      key[k] = to_lower(text[start + k]);
    }
    const auto found = m_words.find(std::string_view(key.data(), run));
    if (found == m_words.end()) {
      continue;
    }
    for (const std::string& word : found->second) {
      const std::size_t end = start + word.size();
      if (end > text.size() || (end < text.size() && is_word_byte(text[end]))) {
        continue;
      }
      bool same = true;
      for (std::size_t k = run; k < word.size() && same; ++k) {
        same = to_lower(text[start + k]) == word[k];
      }
      if (same) {
        starts.push_back(start);
        i = end;
        break;
      }
    }
  }
  return true;
}

} // namespace foia::analyze::detail
