#include "foia/report/dates.hpp"

#include <gtest/gtest.h>

namespace foia::report {
namespace {

TEST(IsoDate, ParsesEachPrecision) {
  struct Case {
    const char* iso;
    bool valid;
    long days; // last_day - first_day
  };
  const Case cases[] = {
      {"2010-08-17", true, 0}, {"2010-08", true, 30},       {"2010", true, 364},
      {"2012", true, 365},     {"2012-02", true, 28},       {"2010-02-29", false, 0},
      {"2010-13", false, 0},   {"2010-8-17", false, 0},     {"10-2674", false, 0},
      {"", false, 0},          {"2010-08-17T10", false, 0},
  };
  for (const Case& row : cases) {
    const auto range = parse_iso_date(row.iso);
    ASSERT_EQ(range.has_value(), row.valid) << row.iso;
    if (range) {
      EXPECT_EQ(range->last_day - range->first_day, row.days) << row.iso;
    }
  }
  EXPECT_EQ(parse_iso_date("1970-01-01")->first_day, 0);
}

TEST(IsoDate, StrictlyBeforeNeedsPeriodsNotToOverlap) {
  EXPECT_TRUE(strictly_before("2010-08-17", "2010-10-02"));
  EXPECT_TRUE(strictly_before("2010-08", "2010-09-01"));
  EXPECT_FALSE(strictly_before("2010-08", "2010-08-17"));
  EXPECT_FALSE(strictly_before("2010", "2010-12-31"));
  EXPECT_FALSE(strictly_before("2010-08-17", "2010-08-17"));
  EXPECT_FALSE(strictly_before("", "2010-08-17"));
}

TEST(IsoDate, OverlapsAnOpenOrClosedRange) {
  EXPECT_TRUE(overlaps("2010-08-17", "2010-08", "2010-08"));
  EXPECT_TRUE(overlaps("2010", "2010-06-01", ""));
  EXPECT_TRUE(overlaps("anything", "", ""));
  EXPECT_FALSE(overlaps("2010-07-31", "2010-08-01", ""));
  EXPECT_FALSE(overlaps("2011-01-01", "", "2010"));
  EXPECT_FALSE(overlaps("", "2010", ""));
}

TEST(IsoDate, CompatibleWhenOneContainsTheOther) {
  EXPECT_TRUE(compatible("2010-08", "2010-08-17"));
  EXPECT_TRUE(compatible("2010-08-17", "2010-08-17"));
  EXPECT_FALSE(compatible("2010-08-17", "2010-10-02"));
}

} // namespace
} // namespace foia::report
