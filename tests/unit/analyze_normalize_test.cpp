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

} // namespace
} // namespace foia::analyze
