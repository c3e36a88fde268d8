#include "analyze_support.hpp"

#include <gtest/gtest.h>

namespace foia::analyze {
namespace {

using testing::tag_text;
using testing::tag_values;

struct DateCase {
  const char* text;
  std::vector<std::string> values; // every date tag expected, in order
};

// One row per input and the date tags it must produce; empty rows are traps.
const DateCase k_date_cases[] = {
    {"The meeting is on August 17, 2010.", {"2010-08-17"}},
    {"Signed Aug. 17, 2010 by the director.", {"2010-08-17"}},
    {"Signed Aug 17, 2010.", {"2010-08-17"}},
    {"Dated 17 August 2010.", {"2010-08-17"}},
    // Two spaces after the day still make a date; a table's row number before a month's
    // column is no day.
    {"Signed 17  August 2010", {"2010-08-17"}},
    {"  2   Apr. 2009    Ex. 14", {"2009-04"}},
    {"on the 17th of August, 2010", {"2010-08-17"}},
    {"Received 08/17/2010.", {"2010-08-17"}},
    {"Received 8/17/10.", {"2010-08-17"}},
    {"Received 2010-08-17.", {"2010-08-17"}},
    {"Received 08-17-2010.", {"2010-08-17"}},
    {"Planned for August 2010.", {"2010-08"}},
    {"Sent: Tuesday, August 17, 2010 3:15 PM", {"2010-08-17"}},
    {"Sent: Mon 5/16/2011 11:05 AM", {"2011-05-16"}},
    {"Funding in FY 2013 is limited.", {"2013"}},
    {"Funding in FY13 is limited.", {"2013"}},
    {"Funding in fiscal year 2013 is limited.", {"2013"}},
    {"Nationwide by 2013.", {"2013"}},
    {"Activation through the end of 2012.", {"2012"}},
    {"Statements made in 2010 were withdrawn.", {"2010"}},
    {"Counts as of 2011 are final.", {"2011"}},
    {"Every county within 2012 or soon after.", {"2012"}},
    {"For 2000 inmates a year, no bare year.", {}},
    {"Room 2010 is on the second floor.", {}},
    {"SEPTEMBER 14, 2010", {"2010-09-14"}},
    {"Meetings on September 1-2, 2010.", {"2010-09-01"}},
    {"Ligature-free date: Sept. 30, 2010", {"2010-09-30"}},
    {"Broken across lines: August\n17, 2010", {"2010-08-17"}},
    {"PASSED AND ADOPTED this 6th day of September, 2011.", {"2011-09-06"}},
    {"on the 21st day of March 2011", {"2011-03-21"}},
    {"RECEIVED\nMAR - 9 2011", {"2011-03-09"}},
    {"Stamped MAR 09 2011 by the mail room.", {"2011-03-09"}},
    {"OCT-19-2010 14:22  FROM:SHERIFF ADMIN  5305550192  P.01/02", {"2010-10-19"}},
    {"Filed Oct. 19-2010.", {"2010-10-19"}},
    {"From March of 2010 on.", {"2010-03"}},
    // Spanish writes its months in lowercase, joined by "de".
    {"Publicado el 4 de marzo de 2011. En agosto de 2010 y desde 2008.",
     {"2011-03-04", "2010-08", "2008"}},
    {"A flyer dated 08/2010.", {"2010-08"}},
    {"issued 2009.11.02", {"2009-11-02"}},
    {"We met on 5/8 and wrote back after 11/30.", {"--05-08", "--11-30"}},
    {"Notes of the meeting of 8/24. Call w/ state -- 3/23 -- Lt. Ames told us by phone (11/30).",
     {"--08-24", "--03-23", "--11-30"}},
    {"Between 2009 and the summer of 2011.", {"2009", "2011"}},
    {"[1] 5/26 ExecSec -- draft a reply.\n[4] 6/3 OSLTC -- agree.\n- 3/14: called the sheriff.",
     {"--05-26", "--06-03", "--03-14"}},
    // Traps: none of these is a date.
    {"Call (202) 732-3000 or 202-732-3000 or 1-866-347-2423.", {}},
    {"ICE FOIA 10-2674.0001234", {}},
    {"DHS-SC-012345", {}},
    {"NDLON v. ICE, No. 1:10-cv-03488 (S.D.N.Y.)", {}},
    {"Case 10-CV-3488", {}},
    {"Section 287(g) of the INA", {}},
    {"under 5 U.S.C. 552(b)(6)", {}},
    {"About 3/4 of jails and 1/2 of the counties.", {}},
    {"3/4 of the jails\n- 1/2 of the counties\n2/3", {}},
    {"Using version 1.2.3 and release 10.11.12 of the software.", {}},
    {"Counties may 5 times ask.", {}},
    {"A total of 2010 fingerprints were matched.", {}},
    {"Room 2013, 500 12th Street SW, Washington, DC 20536", {}},
    {"Invalid dates 13/45/2010 and February 30, 2010.", {}},
    {"The 6th day of the hearing was in a week of rain.", {}},
    {"Cut by 1/2, then 3/4 of the rest; release 2010.11.123; 1/2010/3.", {}},
    {"After 3/4 of the counties, and in (1/2) of them -- 2/3 of the rest.", {}},
    {"Score on 3/45 and open 24/7.", {}},
    {"Model MAR-9-20110 and part OCT-19-2010-7.", {}},
};

TEST(DateTagger, TagsEachRowAsExpected) {
  for (const DateCase& row : k_date_cases) {
    EXPECT_EQ(tag_values(row.text, "date"), row.values) << "text: " << row.text;
  }
}

TEST(DateTagger, MarksFiscalYears) {
  const auto tags = tag_text("Funding in FY 2013.");
  ASSERT_EQ(tags.size(), 1u);
  EXPECT_EQ(tags[0].extra["fiscal"], true);
  EXPECT_EQ(tags[0].extra["inferred"], false);
  EXPECT_EQ(tags[0].text, "FY 2013");
}

TEST(DateTagger, ResolvesMonthAndDayAgainstTheDocumentDate) {
  const auto tags =
      tag_text("DATE: September 14, 2010\n\nThe county signed on Aug. 7 and again on Jan. 5.");
  const auto values = testing::values_of(tags, "date");
  ASSERT_EQ(values.size(), 3u);
  EXPECT_EQ(values[0], "2010-09-14");
  EXPECT_EQ(values[1], "2010-08-07");
  EXPECT_EQ(values[2], "2011-01-05"); // nearer in the next year than the same one
  EXPECT_EQ(tags.back().extra["inferred"], true);
}

TEST(DateTagger, GivesARangesFirstEndTheYearOfItsLast) {
  const auto tags = tag_text("DATE: January 12, 2012\n\nHeld from June 2 to June 4, 2011; seen "
                             "from August 30 - September 3, 2020, and again on Aug. 7.");
  EXPECT_EQ(testing::values_of(tags, "date"),
            (std::vector<std::string>{"2012-01-12", "2011-06-02", "2011-06-04", "2020-08-30",
                                      "2020-09-03", "2011-08-07"}));
}

TEST(DateTagger, ReadsEmailSentHeaderAsTheDocumentDate) {
  const auto tags = tag_text("From: A <a@ice.dhs.gov>\nSent: Thursday, October 7, 2010 9:42 AM\n"
                             "To: B\nSubject: visit\n\nSee you Oct. 15.");
  EXPECT_EQ(testing::values_of(tags, "date"),
            (std::vector<std::string>{"2010-10-07", "2010-10-15"}));
}

TEST(DateTagger, LeavesTheYearOutWhenTheDocumentHasNoDate) {
  const auto tags = tag_text("See you Oct. 15.");
  ASSERT_EQ(tags.size(), 1u);
  EXPECT_EQ(tags[0].value, "--10-15");
  EXPECT_EQ(tags[0].extra["inferred"], false);
}

} // namespace
} // namespace foia::analyze
