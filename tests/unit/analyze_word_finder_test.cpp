// WordFinder against RE2 itself, the slow obviously-correct oracle it replaces.
#include "../../src/analyze/detail.hpp"
#include "analyze_support.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>

namespace foia::analyze::detail {
namespace {

// The words as trigger_offsets' regex lists them: longest first.
const std::vector<std::string> k_words = {"opt-out", "opt-in", "county's", "withdraw", "decline",
                                          "opt",     "out",    "sign-off", "off",      "k9",
                                          "leave",   "leaves", "a_b",      "sit"};

// The starts of the regex's matches, found as trigger_offsets found them before WordFinder.
std::vector<std::size_t> regex_starts(const std::vector<std::string>& words,
                                      std::string_view text) {
  std::vector<std::string> sorted = words;
  std::stable_sort(sorted.begin(), sorted.end(),
                   [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  std::string alternatives;
  for (const std::string& word : sorted) {
    alternatives += (alternatives.empty() ? "" : "|") + RE2::QuoteMeta(word);
  }
  RE2::Options options;
  options.set_case_sensitive(false);
  const RE2 regex("\\b(?:" + alternatives + ")\\b", options);
  std::vector<std::size_t> starts;
  re2::StringPiece match;
  std::size_t position = 0;
  while (position < text.size() &&
         regex.Match(text, position, text.size(), RE2::UNANCHORED, &match, 1)) {
    const auto start = static_cast<std::size_t>(match.data() - text.data());
    starts.push_back(start);
    position = start + std::max<std::size_t>(match.size(), 1);
  }
  return starts;
}

WordFinder finder_of(const std::vector<std::string>& words) {
  WordFinder finder;
  for (const std::string& word : words) {
    EXPECT_TRUE(finder.add(word)) << word;
  }
  return finder;
}

TEST(WordFinder, FindsWhatTheRegexFinds) {
  const WordFinder finder = finder_of(k_words);
  const struct {
    std::string_view text;
    std::vector<std::size_t> starts;
  } cases[] = {
      {"We may OPT-OUT now.", {7}},
      // "opt-out" needs \b after it: "opt", and no "out" in "outs".
      {"opt-outs", {0}},
      // No \b inside "optout".
      {"optout Out", {7}},
      // An apostrophe, and any case.
      {"the County's plan", {4}},
      {"K9 unit, k9s", {0}},
      {"a_b a-b", {0}},
      {"", {}},
  };
  for (const auto& row : cases) {
    std::vector<std::size_t> starts;
    ASSERT_TRUE(finder.find(row.text, starts)) << row.text;
    EXPECT_EQ(starts, row.starts) << row.text;
    EXPECT_EQ(starts, regex_starts(k_words, row.text)) << row.text;
  }
}

TEST(WordFinder, LeavesFoldedLettersToTheRegex) {
  const WordFinder finder = finder_of(k_words);
  std::vector<std::size_t> starts = {42};
  EXPECT_FALSE(finder.find("opt \u212A9", starts)); // Kelvin sign: RE2 reads "k9"
  EXPECT_FALSE(finder.find("leave\u017F", starts)); // long s: RE2 reads "leaves"
  EXPECT_EQ(starts, std::vector<std::size_t>{42});
}

TEST(WordFinder, RefusesWordsItCannotFindAsTheRegexWould) {
  for (const std::string& word :
       std::vector<std::string>{"", "-out", "out-", "caf\u00e9", std::string(64, 'a')}) {
    WordFinder finder;
    EXPECT_FALSE(finder.add(word)) << word;
    EXPECT_FALSE(finder.usable()) << word;
  }
  EXPECT_FALSE(WordFinder().usable());
}

TEST(WordFinder, AgreesWithTheRegexOnRandomText) {
  const WordFinder finder = finder_of(k_words);
  const std::vector<std::string> pieces = {
      "opt", "OUT",      "out",     "-",     "'",        "s",   " ",      ".",     "Opt-Out",
      "in",  "off",      "sign",    "k",     "9",        "_",   "b",      "a",     "\u00e9",
      "\n",  "withdraw", "Decline", "leave", "County's", "sit", "\u212A", "\u017F"};
  std::mt19937 random(12345);
  for (int round = 0; round < 20000; ++round) {
    const std::string text = testing::random_text(pieces, 12, random);
    std::vector<std::size_t> starts;
    if (finder.find(text, starts)) {
      EXPECT_EQ(starts, regex_starts(k_words, text)) << text;
    } else {
      EXPECT_TRUE(text.find("\u212A") != std::string::npos ||
                  text.find("\u017F") != std::string::npos)
          << text;
    }
  }
}

// Pages, not phrases: texts of hundreds of bytes, whose runs cross the eight-byte steps and the
// 64-bit words the finder reads its bitmap of word bytes in, some of them with bytes that are
// not ASCII in those steps.
TEST(WordFinder, AgreesWithTheRegexOnLongRandomText) {
  const WordFinder finder = finder_of(k_words);
  const std::vector<std::string> pieces = {"opt",      "OUT",
                                           "out",      "-",
                                           "'",        "s",
                                           " ",        " ",
                                           ".",        "in",
                                           "off",      "k",
                                           "9",        "_",
                                           "b",        "a",
                                           "\u00e9",   "\n",
                                           "leave",    "sit",
                                           "   ",      "Opt-",
                                           "withdraw", "County's",
                                           "Decline",  "xxxxxxxxxxxxxxxxxxxx"};
  std::mt19937 random(54321);
  for (int round = 0; round < 5000; ++round) {
    const std::string text = testing::random_text(pieces, 120, random);
    std::vector<std::size_t> starts;
    ASSERT_TRUE(finder.find(text, starts)) << text;
    EXPECT_EQ(starts, regex_starts(k_words, text)) << text;
  }
}

} // namespace
} // namespace foia::analyze::detail
