// find_enclosures' line checks against their regexes alone, the slow obviously-correct oracle:
// each check rules a line out on a byte before it asks its regex, and must never rule out a line
// the regex matches.
#include "../../src/analyze/page_facts.hpp"

#include <gtest/gtest.h>

#include <random>

namespace foia::analyze::detail {
namespace {

// Pieces the fields, rows and headings are made of, and what comes near them: spaces RE2's \s
// takes and those it does not, letters either case, a long s and a Kelvin sign (which (?i) folds
// to "s" and "k"), digits, dashes and colons.
const std::vector<std::string> k_pieces = {"representing",
                                           "Representing",
                                           "REPRESENTING",
                                           "on behalf of",
                                           "On Behalf Of",
                                           "office",
                                           "Office",
                                           "OFFICE",
                                           "offic",
                                           ":",
                                           " ",
                                           "  ",
                                           "   ",
                                           "\t",
                                           "\f",
                                           "\r",
                                           "\n",
                                           "\v",
                                           "R",
                                           "o",
                                           "x",
                                           "Z",
                                           "\xC5\xBF",
                                           "\xE2\x84\xAA",
                                           "MI-11-0026",
                                           "CJ",
                                           "-",
                                           "0",
                                           "9",
                                           "Received",
                                           "logged",
                                           "Date",
                                           "date",
                                           "submitted",
                                           "PART III",
                                           "#",
                                           ".",
                                           ")",
                                           "By"};

std::string random_line(std::mt19937& random) {
  std::uniform_int_distribution<std::size_t> count(0, 9);
  std::uniform_int_distribution<std::size_t> piece(0, k_pieces.size() - 1);
  std::string line;
  for (std::size_t n = count(random); n > 0; --n) {
    line += k_pieces[piece(random)];
  }
  return line;
}

// A line of a row's or a heading's shape, each part drawn from near misses as well: a label
// after a gap, perhaps a colon, what follows it.
std::string shaped_line(std::mt19937& random) {
  static const std::vector<std::vector<std::string>> k_parts = {
      {"", " ", "\t", "\n"},
      {"MI-11-0026", "CJ", "PART III -- SELF", "Z9", "x", "STAFF RESPONSE", "#3"},
      {" ", "  ", "   ", "    ", "\n  ", "\t\t"},
      {"Received", "logged", "Date", "date submitted", "Date prepared", "offic",
       "\xC5\xBF"
       "ent"},
      {"", " ", "\t"},
      {":", "", ";", "::"},
      {"", " ", "  ", "x", "\n"}};
  std::string line;
  for (const std::vector<std::string>& choices : k_parts) {
    line += choices[std::uniform_int_distribution<std::size_t>(0, choices.size() - 1)(random)];
  }
  return line;
}

TEST(EnclosureLines, SpeakerFieldAgreesWithTheRegexesOnRandomLines) {
  const RE2 representing(R"((?i)^\s*(?:representing|on behalf of)\s*:)");
  const RE2 office_field(R"((?i)^\s*office\s*:)");
  std::mt19937 random(20261202);
  int matched = 0;
  for (int i = 0; i < 40000; ++i) {
    const std::string line = random_line(random);
    for (const bool office : {false, true}) {
      const bool expected = RE2::PartialMatch(line, representing) ||
                            (office && RE2::PartialMatch(line, office_field));
      EXPECT_EQ(opens_speaker_field(line, office), expected) << "office " << office << ": " << line;
      matched += expected ? 1 : 0;
    }
  }
  EXPECT_GT(matched, 100);
}

TEST(EnclosureLines, LogRowAndDatedHeadingAgreeWithTheRegexesOnRandomLines) {
  const RE2 logged(
      R"(\s*[A-Z][A-Za-z]*-?[0-9][0-9-]*\s{2,}(?i:received|opened|logged|date)\s*:\s*)");
  const RE2 dated_heading(R"(\s*[A-Z](?:[^\n:]|:[ ]?[^ \n:])*?\S {3,}(?i:date)(?: [a-z]+)?:\s*)");
  std::mt19937 random(11182011);
  int rows = 0;
  int headings = 0;
  for (int i = 0; i < 40000; ++i) {
    const std::string before_date = i % 2 == 0 ? random_line(random) : shaped_line(random);
    const bool row = RE2::FullMatch(before_date, logged);
    const bool heading = RE2::FullMatch(before_date, dated_heading);
    EXPECT_EQ(opens_log_row(before_date), row) << before_date;
    EXPECT_EQ(heads_dated_column(before_date), heading) << before_date;
    rows += row ? 1 : 0;
    headings += heading ? 1 : 0;
  }
  EXPECT_GT(rows, 20);
  EXPECT_GT(headings, 20);
}

TEST(EnclosureLines, ReadsTheFieldsAndRowsTheyWereWrittenFor) {
  EXPECT_TRUE(opens_speaker_field("Representing: Sonora Wells P.D. (Lt.)", false));
  EXPECT_TRUE(opens_speaker_field("  On behalf of : the County", false));
  EXPECT_TRUE(opens_speaker_field("Office:  ERO Chicago", true));
  EXPECT_FALSE(opens_speaker_field("Office:  ERO Chicago", false));
  EXPECT_FALSE(opens_speaker_field("The office: closed", true));
  EXPECT_TRUE(opens_log_row("MI-11-0026    Received: "));
  EXPECT_FALSE(opens_log_row("MI-11-0026    Received "));
  EXPECT_TRUE(heads_dated_column("PART III -- EMPLOYEE SELF-ASSESSMENT      Date submitted: "));
  EXPECT_FALSE(heads_dated_column("PART III -- EMPLOYEE SELF-ASSESSMENT      Date submitted "));
}

} // namespace
} // namespace foia::analyze::detail
