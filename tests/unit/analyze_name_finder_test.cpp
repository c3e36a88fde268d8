// NameFinder against RE2 itself, the slow obviously-correct oracle it replaces.
#include "../../src/analyze/detail.hpp"
#include "analyze_support.hpp"

#include <gtest/gtest.h>

#include <random>

namespace foia::analyze::detail {
namespace {

// In the order the alternation lists them, as AgencyTagger does: longest regex first.
const std::vector<std::string> k_names = {"U.S. Immigration and Customs Enforcement",
                                          "Immigration and Customs Enforcement",
                                          "U.S. Department of Justice",
                                          "Department of Justice",
                                          "Sheriff's Office",
                                          "U.S.",
                                          "Inc.",
                                          "St. Louis",
                                          "Cal  Fire"};
const std::vector<std::string> k_acronyms = {"US-VISIT", "CA DOJ", "ICE", "DOJ", "USDOJ"};

std::string alternatives(const std::vector<std::string>& names) {
  std::string joined;
  for (const std::string& name : names) {
    joined += (joined.empty() ? "" : "|") + name_regex(name);
  }
  return joined;
}

// What the agency part's regex finds at each start, and which of its two patterns matched.
std::vector<NameFinder::Match> regex_matches(std::string_view text) {
  const RE2 names("(?i:\\b(?:" + alternatives(k_names) + ")\\b)");
  const RE2 part("(?:" + names.pattern() + ")|(?:\\b(?:" + alternatives(k_acronyms) + ")\\b)");
  std::vector<NameFinder::Match> matches;
  for (std::size_t start = 0; start < text.size(); ++start) {
    re2::StringPiece match;
    if (part.Match(text, start, text.size(), RE2::ANCHOR_START, &match, 1)) {
      const bool name = names.Match(text, start, text.size(), RE2::ANCHOR_START, nullptr, 0);
      matches.push_back({start, start + match.size(), name ? 0U : 1U});
    }
  }
  return matches;
}

NameFinder agency_finder() {
  NameFinder finder;
  for (const std::string& name : k_names) {
    EXPECT_TRUE(finder.add(name, true, 0)) << name;
  }
  for (const std::string& acronym : k_acronyms) {
    EXPECT_TRUE(finder.add(acronym, false, 1)) << acronym;
  }
  return finder;
}

std::string shown(const std::vector<NameFinder::Match>& matches) {
  std::string text;
  for (const NameFinder::Match& match : matches) {
    text += "[" + std::to_string(match.start) + "," + std::to_string(match.end) + ")#" +
            std::to_string(match.index) + " ";
  }
  return text;
}

TEST(NameFinder, FindsWhatTheRegexFinds) {
  const NameFinder finder = agency_finder();
  const struct {
    std::string_view text;
    std::vector<NameFinder::Match> matches;
  } cases[] = {
      // The first name listed that matches wins at a start, not the longest.
      {"the U.S. Department of Justice", {{4, 30, 0}, {9, 30, 0}}},
      // "U.S." before a space has no \b after its period: "U.S" is the match.
      {"U.S. Army", {{0, 3, 0}}},
      // Periods left out, any run of spaces: "U.S. Department of Justice" at 0 too.
      {"US Department  of\nJustice.", {{0, 25, 0}, {3, 25, 0}}},
      // A stray quote before a space, as OCR leaves one.
      {"Immigration and' Customs Enforcement", {{0, 36, 0}}},
      {"Immigration and 'Customs Enforcement", {}},
      {"SHERIFF'S OFFICE", {{0, 16, 0}}},
      // Acronyms as written, whole words only; the names come first ("US" of "US-VISIT").
      {"ICE, Ice, ICEs, DOJ_x, US-VISIT, CA  DOJ",
       {{0, 3, 1}, {23, 25, 0}, {33, 40, 1}, {37, 40, 1}}},
      {"USDOJ Inc.x Inc", {{0, 5, 1}, {6, 10, 0}, {12, 15, 0}}},
      // Two spaces in a name take two or more in the text.
      {"Cal Fire, Cal   Fire", {{10, 20, 0}}},
      // A period may be left out, a space not.
      {"St Louis; St.Louis", {{0, 8, 0}}},
      {"", {}},
  };
  for (const auto& row : cases) {
    std::vector<NameFinder::Match> matches;
    ASSERT_TRUE(finder.find(row.text, matches)) << row.text;
    EXPECT_EQ(shown(matches), shown(row.matches)) << row.text;
    EXPECT_EQ(shown(matches), shown(regex_matches(row.text))) << row.text;
  }
}

TEST(NameFinder, LeavesFoldedLettersToTheRegex) {
  const NameFinder finder = agency_finder();
  std::vector<NameFinder::Match> matches = {{1, 2, 3}};
  EXPECT_FALSE(finder.find("U.S. Department of Ju\u017Ftice", matches)); // long s: RE2 reads "s"
  EXPECT_FALSE(finder.find("\u212A", matches));                          // Kelvin sign: "k"
  EXPECT_EQ(matches.size(), 1U);
}

TEST(NameFinder, RefusesNamesItCannotMatchAsTheRegexWould) {
  for (const std::string& name :
       std::vector<std::string>{"", ".US", " ICE", "caf\u00e9", std::string(64, 'a')}) {
    NameFinder finder;
    EXPECT_FALSE(finder.add(name, true, 0)) << name;
    EXPECT_FALSE(finder.usable()) << name;
  }
  EXPECT_FALSE(NameFinder().usable());
}

TEST(NameFinder, AgreesWithTheRegexOnRandomText) {
  const NameFinder finder = agency_finder();
  const std::vector<std::string> pieces = {
      "U",          "S",           "u",       "s",           "US",         ".",       " ",
      "  ",         "\t",          "\n",      "\f",          "\v",         "'",       "\"",
      "-",          "_",           "x",       "of",          "and",        "Justice", "DOJ",
      "Department", "ICE",         "CA",      "VISIT",       "Inc",        "St",      "Louis",
      "Cal",        "Fire",        "\u00e9",  "\u212A",      "\u017F",     "Sheriff", "Office",
      "USDOJ",      "Immigration", "Customs", "Enforcement", "IMMIGRATION"};
  std::mt19937 random(2468);
  for (int round = 0; round < 20000; ++round) {
    const std::string text = testing::random_text(pieces, 16, random);
    std::vector<NameFinder::Match> matches;
    if (finder.find(text, matches)) {
      EXPECT_EQ(shown(matches), shown(regex_matches(text))) << text;
    } else {
      EXPECT_TRUE(WordBytes(text).folded_letters()) << text;
    }
  }
}

// Pages, not phrases: runs that cross the bitmap's eight-byte steps and 64-bit words.
TEST(NameFinder, AgreesWithTheRegexOnLongRandomText) {
  const NameFinder finder = agency_finder();
  const std::vector<std::string> pieces = {"U.S. ",
                                           "U.S.",
                                           "US",
                                           " ",
                                           "   ",
                                           "\n",
                                           "'",
                                           ".",
                                           "of ",
                                           "and ",
                                           "Justice",
                                           "DOJ",
                                           "Department ",
                                           "ICE",
                                           "CA ",
                                           "US-VISIT",
                                           "Inc.",
                                           "St. ",
                                           "Louis",
                                           "Cal  ",
                                           "Fire",
                                           "\u00e9",
                                           "x",
                                           "Customs ",
                                           "Immigration ",
                                           "Enforcement",
                                           "xxxxxxxxxxxxxxxxxxxx"};
  std::mt19937 random(13579);
  for (int round = 0; round < 3000; ++round) {
    const std::string text = testing::random_text(pieces, 120, random);
    std::vector<NameFinder::Match> matches;
    ASSERT_TRUE(finder.find(text, matches)) << text;
    EXPECT_EQ(shown(matches), shown(regex_matches(text))) << text;
  }
}

} // namespace
} // namespace foia::analyze::detail
