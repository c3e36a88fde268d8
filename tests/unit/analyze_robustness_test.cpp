// Hostile and odd page text: the analyzer never throws, never loops, and every tag's offsets
// point at exactly its text in the original page.

#include "analyze_support.hpp"

#include <gtest/gtest.h>

#include <random>

namespace foia::analyze {
namespace {

void expect_offsets_hold(const std::string& text) {
  record::PageRecord page;
  page.doc = "d";
  page.path = "p.pdf";
  page.page = 1;
  page.text = text;
  DocumentContext context;
  std::vector<record::Tag> tags;
  ASSERT_NO_THROW(tags = testing::repository_analyzer().tag_page(page, context));
  for (const record::Tag& tag : tags) {
    ASSERT_LE(tag.start, tag.end);
    ASSERT_LE(tag.end, text.size());
    EXPECT_EQ(text.substr(tag.start, tag.end - tag.start), tag.text);
    const auto newlines_before =
        std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(tag.start), '\n');
    EXPECT_EQ(tag.line, 1 + newlines_before);
  }
}

TEST(AnalyzerRobustness, OddPagesKeepOffsetsExact) {
  const std::string pages[] = {
      "",
      "\n\n\n",
      std::string(1, '\0') + "ICE\0DHS" + std::string(3, '\0'),
      "\xFF\xFE invalid \xC3 UTF-8 ICE \xE2\x80 August 17, 2010",
      "ﬁ ﬂ ﬃ “ICE” — DHS – (b)(6) ‘opt-out’ Aug. 7",
      std::string(100000, 'a'),
      std::string(20000, '\n'),
      std::string(5000, '(') + std::string(5000, ')'),
      "opt out " + std::string(3000, '-') + "\n" + std::string(3000, ' ') + "x",
      "From:\nSent:\nTo:\nSubject:\n",
      "Sent: Tuesday, August 17, 2010 3:15 PM\nSent: Tuesday, August 17, 2010 3:15 PM\n",
      "a-\nb-\nc-\nd-\n" + std::string(1000, '-') + "\n",
      "Can a county opt out? No. Can it? Yes. " + std::string(2000, '?'),
  };
  for (const std::string& text : pages) {
    expect_offsets_hold(text);
  }
}

TEST(AnalyzerRobustness, RandomBytesKeepOffsetsExact) {
  // Random mixes of words that trigger every tagger, punctuation, line breaks and raw bytes.
  const std::vector<std::string> pieces = {"ICE",       "DHS",
                                           "opt",       "out",
                                           "-",         "\n",
                                           " ",         "may",
                                           "not",       "August",
                                           "17",        ",",
                                           "2010",      "(b)",
                                           "(6)",       "/",
                                           "County",    "Sheriff's",
                                           "Office",    "From:",
                                           "Sent:",     "ﬁ",
                                           "’",         "\xC3",
                                           "\xA9",      "FY",
                                           "by",        "?",
                                           ".",         "DHS-SC-",
                                           "0001234",   "voluntary",
                                           "mandatory", "Secure Communities",
                                           "\r",        "\t",
                                           "Re:"};
  std::mt19937 random(12345);
  for (int round = 0; round < 300; ++round) {
    std::string text;
    const int length = static_cast<int>(random() % 200);
    for (int i = 0; i < length; ++i) {
      text += pieces[random() % pieces.size()];
      if (random() % 3 == 0) {
        text += ' ';
      }
    }
    expect_offsets_hold(text);
  }
}

TEST(AnalyzerRobustness, ContextResetsBetweenDocuments) {
  // The second document has no date; it must not inherit the first one's.
  record::DocumentRecord first;
  first.doc = "a";
  record::PageRecord page;
  page.doc = "a";
  page.page = 1;
  page.text = "September 14, 2010\n\nSee you Aug. 7.";
  DocumentContext context = start_document(first);
  testing::repository_analyzer().tag_page(page, context);
  record::DocumentRecord second;
  second.doc = "b";
  context = start_document(second);
  page.doc = "b";
  page.text = "See you Aug. 7.";
  const auto tags = testing::repository_analyzer().tag_page(page, context);
  ASSERT_EQ(tags.size(), 1u);
  EXPECT_EQ(tags[0].value, "--08-07");
}

} // namespace
} // namespace foia::analyze
