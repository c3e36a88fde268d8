// WordSet against std::unordered_set, the set it screens: its byte-and-length test must never
// turn away a member.
#include "../../src/analyze/detail.hpp"

#include <gtest/gtest.h>

#include <random>
#include <unordered_set>

namespace foia::analyze::detail {
namespace {

// A word of 0 to 70 bytes (past the screen's last length bit) from a small alphabet, so words
// often share a first byte and a length with a member without being one.
std::string random_word(std::mt19937& random) {
  static constexpr std::string_view k_bytes = "cosa'\xC5";
  std::uniform_int_distribution<std::size_t> length(0, 70);
  std::uniform_int_distribution<std::size_t> byte(0, k_bytes.size() - 1);
  std::string word;
  for (std::size_t n = length(random) % 3 == 0 ? length(random) : length(random) % 8; n > 0; --n) {
    word += k_bytes[byte(random)];
  }
  return word;
}

TEST(WordSet, AgreesWithAnUnorderedSetOnRandomWords) {
  std::mt19937 random(1202);
  for (int round = 0; round < 200; ++round) {
    std::vector<std::string> members;
    for (int i = 0; i < round % 40; ++i) {
      members.push_back(random_word(random));
    }
    const WordSet set(members.begin(), members.end());
    const std::unordered_set<std::string> oracle(members.begin(), members.end());
    for (int i = 0; i < 500; ++i) {
      const std::string word = i % 5 == 0 && !members.empty()
                                   ? members[static_cast<std::size_t>(i) % members.size()]
                                   : random_word(random);
      EXPECT_EQ(set.count(word), oracle.count(word)) << "round " << round << ": '" << word << "'";
    }
  }
}

TEST(WordSet, FindsTheRulesWords) {
  const std::vector<std::string> jurisdictions = {"county", "counties", "city", "state", ""};
  const WordSet set(jurisdictions.begin(), jurisdictions.end());
  EXPECT_EQ(set.count("county"), 1U);
  EXPECT_EQ(set.count("counties"), 1U);
  EXPECT_EQ(set.count(""), 1U);
  EXPECT_EQ(set.count("could"), 0U);
  EXPECT_EQ(set.count("countys"), 0U);
  EXPECT_EQ(set.count("County"), 0U);
}

} // namespace
} // namespace foia::analyze::detail
