// The words of a sentence as the stance rules see them: lowercase tokens, "can't" as "can not",
// punctuation that ends clauses kept as tokens, and each token tagged with the phrase sets that
// may start there.

#include "detail.hpp"

#include <algorithm>
#include <atomic>
#include <cctype>
#include <stdexcept>

namespace foia::analyze::detail {

namespace {

// By table: read_words asks it of every byte of every sentence it reads.
constexpr std::array<bool, 256> k_word_bytes = [] {
  std::array<bool, 256> table{};
  for (std::size_t c = 0; c < table.size(); ++c) {
    table[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
               c == '\'' || c >= 0x80;
  }
  return table;
}();

bool is_word_byte(char c) {
  return k_word_bytes[static_cast<unsigned char>(c)];
}

char to_lower(char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

// A contraction written without its apostrophe, as messages type it ("doesnt", "cant"): the
// verb before "not", or "" for any other word. Not "wont", a word of its own.
std::string_view bare_contraction(std::string_view word) {
  static constexpr std::string_view k_verbs[] = {"do",  "does", "did",   "is",    "are",
                                                 "was", "were", "could", "would", "should",
                                                 "has", "have", "had"};
  if (word == "cant") {
    return "can";
  }
  if (word.size() < 4 || !word.ends_with("nt")) {
    return {};
  }
  const std::string_view verb = word.substr(0, word.size() - 2);
  for (const std::string_view known : k_verbs) {
    if (verb == known) {
      return known;
    }
  }
  return {};
}

} // namespace

std::vector<std::string> tokenize(std::string_view text, std::vector<std::size_t>* offsets) {
  std::vector<std::string> tokens;
  auto push = [&](std::string token, std::size_t at) {
    tokens.push_back(std::move(token));
    if (offsets) {
      offsets->push_back(at);
    }
  };
  std::size_t i = 0;
  while (i < text.size()) {
    const char c = text[i];
    if (is_word_byte(c) && c != '\'') {
      const std::size_t start = i;
      std::string word;
      while (i < text.size() && is_word_byte(text[i])) {
        word += to_lower(text[i]);
        ++i;
      }
      while (!word.empty() && word.back() == '\'') {
        word.pop_back();
      }
      if (word == "cannot") {
        push("can", start);
        push("not", start);
      } else if (word == "can't") {
        push("can", start);
        push("not", start);
      } else if (word == "won't") {
        push("will", start);
        push("not", start);
      } else if (word == "shan't") {
        push("shall", start);
        push("not", start);
      } else if (word.size() > 3 && word.compare(word.size() - 3, 3, "n't") == 0) {
        push(word.substr(0, word.size() - 3), start);
        push("not", start);
      } else if (const std::string_view verb = bare_contraction(word); !verb.empty()) {
        push(std::string(verb), start);
        push("not", start);
      } else if (word.size() > 2 && word.compare(word.size() - 2, 2, "'s") == 0) {
        push(word.substr(0, word.size() - 2), start);
      } else {
        push(std::move(word), start);
      }
      continue;
    }
    if (c == ',' || c == ';' || c == ':' || c == '?' || c == '(' || c == ')' || c == '.') {
      push(std::string(1, c), i);
    }
    ++i;
  }
  return tokens;
}

namespace {

bool is_vowel(char c) {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

} // namespace

std::vector<std::string> verb_forms(const std::string& verb) {
  std::vector<std::string> forms{verb};
  const std::size_t n = verb.size();
  const auto ends_with = [&](std::string_view suffix) {
    return n > suffix.size() && verb.compare(n - suffix.size(), suffix.size(), suffix) == 0;
  };
  // Nouns ("removal", "exclusion", "deactivation") take no verb forms.
  if (n < 2 ||
      !std::all_of(verb.begin(), verb.end(), [](char c) { return c >= 'a' && c <= 'z'; }) ||
      ends_with("al") || ends_with("ion") || ends_with("ment")) {
    return forms;
  }
  std::string stem = verb; // before -ing and -ed
  if (verb.back() == 'e') {
    stem.pop_back(); // "decline": "declining", "declined"
  } else if (n <= 4 && !is_vowel(verb[0]) && is_vowel(verb[n - 2]) && !is_vowel(verb[n - 3]) &&
             !is_vowel(verb[n - 1]) && verb[n - 1] != 'w' && verb[n - 1] != 'x' &&
             verb[n - 1] != 'y') {
    stem += verb.back(); // "step": "stepping", "stepped"
  }
  forms.push_back(verb + (verb.back() == 's' || verb.back() == 'h' ? "es" : "s"));
  forms.push_back(stem + "ing");
  forms.push_back(stem + "ed");
  return forms;
}

StanceTagger::PhraseSet StanceTagger::make_set(const std::vector<std::string>& phrases,
                                               bool inflect) {
  if (inflect) {
    // Verbs of leaving are listed once; their first word is read in every form.
    std::vector<std::string> forms;
    for (const std::string& phrase : phrases) {
      const std::size_t space = phrase.find(' ');
      const std::string first = phrase.substr(0, space);
      const std::string rest = space == std::string::npos ? "" : phrase.substr(space);
      for (const std::string& form : verb_forms(first)) {
        forms.push_back(form + rest);
      }
    }
    std::sort(forms.begin(), forms.end());
    forms.erase(std::unique(forms.begin(), forms.end()), forms.end());
    return make_set(forms, false);
  }
  // One bit per set in each token's mask: a set past the 64th would silently match nothing.
  if (m_next_bit == 0) {
    throw std::logic_error("stance: more phrase sets than mask bits");
  }
  PhraseSet set;
  set.bit = m_next_bit;
  m_next_bit <<= 1;
  for (const std::string& phrase : phrases) {
    Phrase words = tokenize(phrase);
    if (words.empty()) {
      continue;
    }
    m_first_words[words.front()].masks |= set.bit;
    m_first_word_lengths[static_cast<unsigned char>(words.front()[0])] |=
        std::uint64_t{1} << std::min<std::size_t>(words.front().size(), 63);
    set.phrases.push_back(std::move(words));
  }
  // Longest first, so "opt out of" wins over "opt out".
  std::sort(set.phrases.begin(), set.phrases.end(),
            [](const Phrase& a, const Phrase& b) { return a.size() > b.size(); });
  for (std::size_t i = 0; i < set.phrases.size(); ++i) {
    auto& by_set = m_first_words[set.phrases[i].front()].phrases;
    if (by_set.empty() || by_set.back().first != set.bit) {
      by_set.emplace_back(set.bit, std::vector<std::size_t>());
    }
    by_set.back().second.push_back(i);
  }
  return set;
}

void StanceTagger::read_words(std::string_view text, Words& words) const {
  static constexpr std::string_view k_not = "not";
  static constexpr std::string_view k_will = "will";
  static constexpr std::string_view k_shall = "shall";
  static constexpr std::string_view k_month = "month";
  words.lower.resize(text.size());
  // Through a plain pointer, so the loop is vectorized.
  char* const lower_bytes = words.lower.data();
  for (std::size_t i = 0; i < text.size(); ++i) {
    lower_bytes[i] = to_lower(text[i]);
  }
  const std::string_view lower = words.lower;
  words.tokens.clear();
  std::size_t i = 0;
  while (i < lower.size()) {
    const char c = lower[i];
    if (is_word_byte(c) && c != '\'') {
      const std::size_t start = i;
      while (i < lower.size() && is_word_byte(lower[i])) {
        ++i;
      }
      std::string_view word = lower.substr(start, i - start);
      while (!word.empty() && word.back() == '\'') {
        word.remove_suffix(1);
      }
      // The month, not the modal: "as of May 1, 2011", "in May".
      const auto is_month_may = [&]() {
        if (word != "may" || text[start] != 'M') {
          return false;
        }
        std::size_t next = i;
        while (next < text.size() && text[next] == ' ') {
          ++next;
        }
        if (next < text.size() && is_digit(text[next])) {
          return true;
        }
        if (words.tokens.empty()) {
          return false;
        }
        const std::string_view before = words.tokens.back();
        return before == "in" || before == "of" || before == "since" || before == "until" ||
               before == "through" || before == "during" || before == "early" || before == "late" ||
               before == "mid";
      };
      if (word == "cannot") {
        words.tokens.push_back(word.substr(0, 3));
        words.tokens.push_back(word.substr(3));
      } else if (is_month_may()) {
        words.tokens.push_back(k_month);
      } else if (word == "won't") {
        words.tokens.push_back(k_will);
        words.tokens.push_back(k_not);
      } else if (word == "shan't") {
        words.tokens.push_back(k_shall);
        words.tokens.push_back(k_not);
      } else if (word == "can't") {
        words.tokens.push_back(word.substr(0, 3));
        words.tokens.push_back(k_not);
      } else if (word.size() > 3 && word.substr(word.size() - 3) == "n't") {
        words.tokens.push_back(word.substr(0, word.size() - 3));
        words.tokens.push_back(k_not);
      } else if (const std::string_view verb = bare_contraction(word); !verb.empty()) {
        words.tokens.push_back(verb);
        words.tokens.push_back(k_not);
      } else if (word.size() > 2 && word.substr(word.size() - 2) == "'s") {
        words.tokens.push_back(word.substr(0, word.size() - 2));
      } else {
        words.tokens.push_back(word);
      }
      continue;
    }
    if (c == ',' || c == ';' || c == ':' || c == '?' || c == '(' || c == ')' || c == '.') {
      words.tokens.push_back(lower.substr(i, 1));
    } else if (c == '-' && i > 0 && (lower[i - 1] == ' ' || lower[i - 1] == '\n')) {
      // A dash set off by spaces ("NO - IT CANNOT BE SWITCHED OFF", "yes -- by letter") parts
      // clauses as a colon does; a hyphen inside a word does not.
      std::size_t end = i;
      while (end < lower.size() && lower[end] == '-') {
        ++end;
      }
      if (end < lower.size() && (lower[end] == ' ' || lower[end] == '\n')) {
        words.lower[i] = ':'; // the token points into `lower`, as every token does
        words.tokens.push_back(lower.substr(i, 1));
      }
      i = end;
      continue;
    }
    ++i;
  }
  words.masks.clear();
  words.masks.reserve(words.tokens.size());
  words.first_words.clear();
  words.first_words.reserve(words.tokens.size());
  for (const std::string_view token : words.tokens) {
    const std::uint64_t lengths = m_first_word_lengths[static_cast<unsigned char>(token[0])];
    const auto found = lengths & (std::uint64_t{1} << std::min<std::size_t>(token.size(), 63))
                           ? m_first_words.find(token)
                           : m_first_words.end();
    const FirstWord* first = found == m_first_words.end() ? nullptr : &found->second;
    words.masks.push_back(first ? first->masks : 0);
    words.first_words.push_back(first);
  }
}

StanceTagger::Words& StanceTagger::sentence_words(std::string_view sentence) const {
  thread_local Words words;
  if (words.reader != m_id || words.source != sentence) {
    read_words(sentence, words);
    words.source.assign(sentence);
    words.reader = m_id;
  }
  return words;
}

std::uint64_t StanceTagger::new_id() {
  static std::atomic<std::uint64_t> last{0};
  return ++last;
}

const std::vector<std::size_t>* StanceTagger::phrases_at(const PhraseSet& set, const Words& words,
                                                         std::size_t at) {
  const FirstWord* first = words.first_words[at];
  if (first == nullptr) {
    return nullptr;
  }
  for (const auto& [bit, phrases] : first->phrases) {
    if (bit == set.bit) {
      return &phrases;
    }
  }
  return nullptr;
}

std::size_t StanceTagger::match_phrases(const PhraseSet& set, const Words& words, std::size_t at) {
  const std::vector<std::size_t>* candidates = phrases_at(set, words, at);
  if (candidates == nullptr) {
    return 0;
  }
  for (const std::size_t index : *candidates) {
    const Phrase& phrase = set.phrases[index];
    if (at + phrase.size() > words.tokens.size()) {
      continue;
    }
    // Its first word is the token, which found it.
    if (std::equal(phrase.begin() + 1, phrase.end(),
                   words.tokens.begin() + static_cast<std::ptrdiff_t>(at) + 1)) {
      return phrase.size();
    }
  }
  return 0;
}

bool StanceTagger::any_in(const PhraseSet& set, const Words& words, std::size_t begin,
                          std::size_t end) {
  for (std::size_t i = begin; i < end && i < words.tokens.size(); ++i) {
    if (match_at(set, words, i)) {
      return true;
    }
  }
  return false;
}

std::size_t StanceTagger::match_split_particle(const PhraseSet& set, const Words& words,
                                               std::size_t at) {
  if (at >= words.tokens.size() || !(words.masks[at] & set.bit)) {
    return 0;
  }
  const std::vector<std::size_t>* candidates = phrases_at(set, words, at);
  if (candidates == nullptr) {
    return 0;
  }
  for (const std::size_t index : *candidates) {
    const Phrase& phrase = set.phrases[index];
    if (phrase.size() != 2 || (phrase[1] != "out" && phrase[1] != "off")) {
      continue;
    }
    for (std::size_t particle = at + 2; particle < std::min(words.tokens.size(), at + 4);
         ++particle) {
      const std::string_view between = words.tokens[particle - 1];
      if (!std::isalpha(static_cast<unsigned char>(between.front()))) {
        break;
      }
      if (words.tokens[particle] == phrase[1]) {
        return particle - at + 1;
      }
    }
  }
  return 0;
}

} // namespace foia::analyze::detail
