#include "foia/analyze/normalize.hpp"

#include <gtest/gtest.h>

namespace foia::analyze {
namespace {

struct NormalizeCase {
  const char* original;
  const char* normalized;
};

const NormalizeCase k_normalize_cases[] = {
    {"plain text", "plain text"},
    {"“quoted” and ‘single’", "\"quoted\" and 'single'"},
    {"ﬁngerprint ﬂow", "fingerprint flow"},
    {"manda-\ntory", "mandatory"},
    {"manda- \n  tory", "mandatory"},
    {"Secure-\nCommunities", "Secure-\nCommunities"}, // a capital after the break: a real hyphen
    {"opt\xE2\x80\x93out", "opt-out"},
    {"r\xC3\xA9sum\xC3\xA9", "resume"},
    {"a\r\nb", "a\nb"},
    {"soft\xC2\xADhyphen", "softhyphen"},
    {"bad \xFF byte", "bad ? byte"},
};

TEST(Normalize, FoldsEachRow) {
  for (const NormalizeCase& row : k_normalize_cases) {
    EXPECT_EQ(normalize_text(row.original).text, row.normalized) << "original: " << row.original;
  }
}

// OCR splits words inside a line too ("manda- tory"); they are joined only into a word the rules
// know or the page uses unsplit, and real compounds keep their hyphen.
const NormalizeCase k_split_word_cases[] = {
    {"is manda- tory here", "is mandatory here"},
    {"the Com- munities program", "the Communities program"},
    {"counties may opt- out", "counties may optout"},
    {"counties may opt-  out", "counties may optout"},
    {"a tele- phone call", "a tele- phone call"}, // not a known word: left as printed
    {"the file- clerk", "the file- clerk"},
    {"pre- and post-activation", "pre- and post-activation"}, // a suspended hyphen
    {"an opt-out form", "an opt-out form"},                   // no space: a real compound
    {"a follow-up visit", "a follow-up visit"},
    {"self-reported data", "self-reported data"},
    {"a 287(g)-style agreement", "a 287(g)-style agreement"},
    {"the 287(g)- mandatory clause", "the 287(g)- mandatory clause"},
    {"Sent- \nTo", "Sent- \nTo"},
    {"work- load, and the workload", "workload, and the workload"}, // used unsplit on the page
    {"manda-\n tory", "mandatory"},
};

TEST(Normalize, JoinsWordsSplitInsideALineOnlyIntoKnownWords) {
  const KnownWords known = {"mandatory", "communities", "optout", "out", "opt"};
  for (const NormalizeCase& row : k_split_word_cases) {
    EXPECT_EQ(normalize_text(row.original, &known).text, row.normalized)
        << "original: " << row.original;
  }
  // Without the rules' words only the page's own words count.
  EXPECT_EQ(normalize_text("is manda- tory").text, "is manda- tory");
}

TEST(Normalize, JoinsWordsSplitByASpaceOnlyOnOcrPages) {
  const KnownWords known = {"security", "homeland", "the", "program", "participation"};
  EXPECT_EQ(normalize_text("Homeland Secu rity", &known, true).text, "Homeland Security");
  EXPECT_EQ(normalize_text("Homeland Secu rity", &known, false).text, "Homeland Secu rity");
  EXPECT_EQ(normalize_text("partici pation", &known, true).text, "participation");
  // A letterhead in capitals: both parts capitals; one capital after a lower-case word is a
  // new word.
  EXPECT_EQ(normalize_text("HOMELAND SECU RITY", &known, true).text, "HOMELAND SECURITY");
  EXPECT_EQ(normalize_text("homeland secu Rity", &known, true).text, "homeland secu Rity");
  // A part that is a known word, a short result, or more letters glued on: left alone.
  EXPECT_EQ(normalize_text("the program", &known, true).text, "the program");
  EXPECT_EQ(normalize_text("Secu ritys", &known, true).text, "Secu ritys");
  EXPECT_EQ(normalize_text("xSecu rity", &known, true).text, "xSecu rity");
  EXPECT_EQ(normalize_text("Secu rity", nullptr, true).text, "Secu rity");
}

// OCR's look-alikes: a word repaired only into one the rules know, a number only when it has a
// real digit; on OCR pages only, byte for byte.
const NormalizeCase k_look_alike_cases[] = {
    {"Secure C0mmunities", "Secure Communities"},
    {"no 0pt out", "no Opt out"}, // a zero is as tall as a capital
    {"Visit date: 0ct. 5, 2010", "Visit date: Oct. 5, 2010"},
    {"the lCE office and the FBl", "the ICE office and the FBI"},
    {"U.S. lmmigration", "U.S. Immigration"},
    {"May l6, 2O11", "May 16, 2011"},
    {"SECURE C0MMUNITIES", "SECURE COMMUNITIES"}, // a zero in capitals is a capital O
    {"N0 WAY 0UT", "NO WAY OUT"},
    // Three capitals or more with zeros and small "l"s only: a name, known or not; with a one,
    // only if known.
    {"CADD0 SPRINGS, AB0, B0ARD1", "CADDO SPRINGS, AB0, B0ARD1"},
    {"MARRlSH C0UNTY, KlRKWOOD, MlL", "MARRISH COUNTY, KIRKWOOD, MlL"}, // two capitals: known only
    {"0ffice 0f Immigration, n0 way, x0, 10", "Office Of Immigration, no way, x0, 10"}, // two
    {"ON ll/0l/20l0 AND 10/ll/2010; I/O", "ON 11/01/2010 AND 10/11/2010; I/O"},
    {"on the 3l st", "on the 31 st"},
    {"this l2th day of July, the 2lst and the 1st", "this 12th day of July, the 21st and the 1st"},
    {"the 1st and 10th", "the 1st and 10th"}, // not known words: left alone
    {"lCX and l0pm", "lCX and l0pm"},
    {"a lot of lists", "a lot of lists"}, // "ilot", "ilists": not known
    {"Item IO and I0", "Item IO and 10"}, // no digit in "IO"
};

TEST(Normalize, RepairsLookAlikesOnOcrPages) {
  const KnownWords known = {"secure", "communities", "opt",         "out", "no", "way",
                            "ice",    "fbi",         "immigration", "oct", "of", "office"};
  for (const NormalizeCase& row : k_look_alike_cases) {
    EXPECT_EQ(normalize_text(row.original, &known, true).text, row.normalized)
        << "original: " << row.original;
  }
  EXPECT_EQ(normalize_text("Secure C0mmunities", &known, false).text, "Secure C0mmunities");
}

// OCR's "rn" for "m": read as "m" where that makes a word the rules know, all of a word's or
// some; on OCR pages only. The "m" covers both source bytes.
TEST(Normalize, RepairsRnForMOnOcrPages) {
  const KnownWords known = {"secure",     "communities", "program", "may",
                            "government", "turn",        "exempt"};
  const struct {
    const char* original;
    const char* normalized;
  } rows[] = {
      {"Secure Cornrnunities", "Secure Communities"},
      {"the prograrn", "the program"},
      {"Rnay and rnay", "May and may"},
      {"the Governrnent", "the Government"},                  // one "rn" is real
      {"turn the corner, return", "turn the corner, return"}, // known, or not known either way
      {"the prog-\nrarn", "the program"},                     // in a word joined at a line's end
      {"Chaurnont and Chaumont", "Chaumont and Chaumont"},    // a name the page spells so
      {"a barn and a bam", "a barn and a bam"},               // not a word in lower case
      {"Corning, in the coming months", "Corning, in the coming months"}, // nor a name so
      {"exernpting, exernpted", "exempting, exempted"}, // a known word's inflections
      {"turning, turned", "turning, turned"},
  };
  for (const auto& row : rows) {
    EXPECT_EQ(normalize_text(row.original, &known, true).text, row.normalized)
        << "original: " << row.original;
  }
  EXPECT_EQ(normalize_text("the prograrn", &known, false).text, "the prograrn");
  const NormalizedText repaired = normalize_text("the prograrn ends", &known, true);
  EXPECT_EQ(repaired.to_source(4, 11), (std::pair<std::size_t, std::size_t>{4, 12}));
}

// A box drawn around text: its borders are blanks, the offsets unchanged; a table's row, with
// bars between its cells, keeps them.
TEST(Normalize, BlanksABoxsBorders) {
  const std::string box = " --------------\n |  FACT: The   |\n |  Court.      |\n";
  const NormalizedText normalized = normalize_text(box, nullptr, false);
  EXPECT_EQ(normalized.text, " --------------\n    FACT: The    \n    Court.       \n");
  EXPECT_EQ(normalized.to_source(5, 9), (std::pair<std::size_t, std::size_t>{5, 9}));
  const std::string row = "| Tamber | yes |\n";
  EXPECT_EQ(normalize_text(row, nullptr, false).text, row);
}

// Two columns of running text side by side, as a layout-preserving text layer prints them.
std::string two_columns(const std::vector<std::string>& left,
                        const std::vector<std::string>& right) {
  std::string text;
  for (std::size_t i = 0; i < left.size(); ++i) {
    text += left[i] + std::string(50 - left[i].size(), ' ') + right[i] + "\n";
  }
  return text;
}

TEST(Normalize, ReadsTwoColumnsOneAfterTheOther) {
  const std::string original =
      "NEWSLETTER\n" +
      two_columns({"The county asked in March whether it",
                   "could leave the "
                   "program at all. The",
                   "answer was that no county may leave", "once the state has signed."},
                  {"Training runs from April 4 to", "April 8 in Salem, and the fee",
                   "is $45 per deputy, lunch", "included."});
  const NormalizedText normalized = normalize_text(original);
  EXPECT_NE(normalized.text.find("it\ncould leave the program at all. The\nanswer"),
            std::string::npos)
      << normalized.text;
  EXPECT_NE(normalized.text.find("Training runs from April 4 to\nApril 8"), std::string::npos);
  // Every byte still maps back to the same character in the original.
  const std::size_t at = normalized.text.find("Training");
  const auto [start, end] = normalized.to_source(at, at + 8);
  EXPECT_EQ(original.substr(start, end - start), "Training");
}

TEST(Normalize, LeavesTablesAndLabelledLinesInPlace) {
  // A table's rows have several gutters; a header's value starts near the line's start.
  const std::string table =
      "Deming, NM              ELP   1701 South Columbus      Deming           NM   88030\n"
      "El Paso Processing      ELP   8915 Montana Ave         El Paso          TX   79925\n"
      "Houston                 HOU   126 Northpoint Drive     Houston          TX   77060\n"
      "Houston CDF             HOU   5520 Greens Road         Houston          TX   77032\n"
      "Beaumont                HOU   350 Magnolia #103        Beaumont         TX   77701\n";
  EXPECT_EQ(normalize_text(table).text, table);
  const std::string memo = "TO:        All Sheriffs and Chiefs of Police\n"
                           "FROM:      Deputy Director, GCIC\n"
                           "DATE:      Dec. 10, 2010\n"
                           "SUBJECT:   Questions received about opting out\n"
                           "CC:        Field offices in the north region\n";
  EXPECT_EQ(normalize_text(memo).text, memo);
}

TEST(Normalize, MapsASplitWordBackToItsPrintedBytes) {
  const KnownWords known = {"communities"};
  const std::string original = "Secure Com- munities is";
  const NormalizedText normalized = normalize_text(original, &known);
  const std::size_t at = normalized.text.find("Communities");
  ASSERT_NE(at, std::string::npos);
  const auto [start, end] = normalized.to_source(at, at + 11);
  EXPECT_EQ(original.substr(start, end - start), "Com- munities");
  const std::size_t is = normalized.text.find(" is");
  EXPECT_EQ(normalized.to_source(is + 1, is + 3), std::make_pair(std::size_t{21}, std::size_t{23}));
}

TEST(Normalize, MapsRangesBackToTheOriginalBytes) {
  const std::string original = "the “ﬁnal” manda-\ntory rule";
  const NormalizedText normalized = normalize_text(original);
  const std::size_t at = normalized.text.find("final");
  ASSERT_NE(at, std::string::npos);
  auto [start, end] = normalized.to_source(at, at + 5);
  EXPECT_EQ(original.substr(start, end - start), "ﬁnal");
  const std::size_t word = normalized.text.find("mandatory");
  std::tie(start, end) = normalized.to_source(word, word + 9);
  EXPECT_EQ(original.substr(start, end - start), "manda-\ntory");
}

// Runs of plain ASCII have their offsets written several at a time: every byte of a run of any
// length, after any prefix, after a character that is not plain ASCII, maps to itself.
TEST(Normalize, MapsEachByteOfAPlainRunToItself) {
  for (const std::string prefix : {"", "\xC3\xA9", "\r", "ab\xE2\x80\x93"}) {
    for (std::size_t length = 0; length <= 40; ++length) {
      std::string original = prefix;
      for (std::size_t i = 0; i < length; ++i) {
        original += static_cast<char>('a' + i % 26);
      }
      const NormalizedText normalized = normalize_text(original);
      ASSERT_EQ(normalized.source_start.size(), normalized.text.size());
      ASSERT_EQ(normalized.source_end.size(), normalized.text.size());
      ASSERT_GE(normalized.text.size(), length);
      const std::size_t run = normalized.text.size() - length;
      for (std::size_t i = 0; i < length; ++i) {
        EXPECT_EQ(normalized.source_start[run + i], prefix.size() + i) << original;
        EXPECT_EQ(normalized.source_end[run + i], prefix.size() + i + 1) << original;
      }
    }
  }
}

} // namespace
} // namespace foia::analyze
