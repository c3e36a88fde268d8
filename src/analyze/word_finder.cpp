// Whole words found by one pass over a text's bytes, as RE2 would find them: stance triggers
// are found on every page that may hold one, and RE2 spent two DFA searches on each.

#include "detail.hpp"

#include <algorithm>
#include <bit>
#include <cstring>

namespace foia::analyze::detail {

namespace {

char to_lower(char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

} // namespace

bool has_folded_letters(std::string_view text) {
  return text.find("\xE2\x84\xAA") != std::string_view::npos ||
         text.find("\xC5\xBF") != std::string_view::npos;
}

WordBytes::WordBytes(std::string_view text)
    : m_text(text), m_bitmap(text.size() / 64 + 1, 0), m_folded_letters(has_folded_letters(text)) {
  std::vector<std::uint64_t>& bitmap = m_bitmap;
  std::size_t at = 0;
  if constexpr (std::endian::native == std::endian::little) {
    constexpr std::uint64_t k_ones = 0x0101010101010101ULL;
    constexpr std::uint64_t k_high = 0x80 * k_ones;
    // 0x80 in each byte of `of` in [low, high], for bytes below 0x80: the sums cannot carry from
    // one byte into the next.
    const auto in_range = [](std::uint64_t of, std::uint64_t low, std::uint64_t high) {
      return (of + (0x80 - low) * k_ones) & ~(of + (0x80 - high - 1) * k_ones);
    };
    for (; at + 8 <= text.size(); at += 8) {
      std::uint64_t bytes = 0;
      std::memcpy(&bytes, text.data() + at, sizeof bytes);
      std::uint64_t marks = 0;
      if ((bytes & k_high) == 0) {
        const std::uint64_t folded = bytes | (0x20 * k_ones); // 'A'-'Z' to 'a'-'z', only those
        const std::uint64_t underscore = ~((bytes ^ ('_' * k_ones)) + 0x7F * k_ones);
        marks = (in_range(bytes, '0', '9') | in_range(folded, 'a', 'z') | underscore) & k_high;
      } else {
        for (std::size_t k = 0; k < 8; ++k) {
          marks |= is_re2_word_byte(text[at + k]) ? std::uint64_t{0x80} << (8 * k) : 0;
        }
      }
      // The eight 0x80 bits to the eight low bits, first byte lowest: each lands on a bit of its
      // own, so the product carries nothing.
      const std::uint64_t bits = ((marks >> 7) * 0x0102040810204080ULL) >> 56;
      bitmap[at / 64] |= bits << (at % 64);
    }
  }
  for (; at < text.size(); ++at) {
    bitmap[at / 64] |= is_re2_word_byte(text[at]) ? std::uint64_t{1} << (at % 64) : 0;
  }
}

bool WordFinder::add(std::string_view word) {
  const bool ascii = std::all_of(word.begin(), word.end(),
                                 [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  if (word.empty() || word.size() > 63 || !ascii || !is_re2_word_byte(word.front()) ||
      !is_re2_word_byte(word.back())) {
    m_usable = false;
    return false;
  }
  std::string lower(word);
  std::transform(lower.begin(), lower.end(), lower.begin(), to_lower);
  const std::size_t run = static_cast<std::size_t>(
      std::find_if(lower.begin(), lower.end(), [](char c) { return !is_re2_word_byte(c); }) -
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

bool WordFinder::find(const WordBytes& words, std::vector<std::size_t>& starts) const {
  if (words.folded_letters()) {
    return false;
  }
  // Every word starts and ends with a word byte, so a match starts where a run of word bytes
  // does (\b) and ends where one does. Each run is read once: a match ends at a run's end.
  const std::string_view text = words.text();
  const std::size_t size = text.size();
  std::size_t matched_to = 0; // runs before the end of the last match are inside it
  std::array<char, 64> key{};
  words.for_each_run([&](std::size_t start, std::size_t end) {
    const std::size_t run = end - start;
    if (start < matched_to || run > 63 || !m_runs[run_key(text[start], text[end - 1], run)]) {
      return;
    }
    for (std::size_t k = 0; k < run; ++k) {
      key[k] = to_lower(text[start + k]);
    }
    const auto found = m_words.find(std::string_view(key.data(), run));
    if (found == m_words.end()) {
      return;
    }
    for (const std::string& word : found->second) {
      const std::size_t word_end = start + word.size();
      if (word_end > size || (word_end < size && is_re2_word_byte(text[word_end]))) {
        continue;
      }
      bool same = true;
      for (std::size_t k = run; k < word.size() && same; ++k) {
        same = to_lower(text[start + k]) == word[k];
      }
      if (same) {
        starts.push_back(start);
        matched_to = word_end;
        return;
      }
    }
  });
  return true;
}

} // namespace foia::analyze::detail
