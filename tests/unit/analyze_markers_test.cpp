#include "analyze_support.hpp"

#include <gtest/gtest.h>

namespace foia::analyze {
namespace {

using testing::tag_values;

struct MarkerCase {
  const char* text;
  const char* kind;
  std::vector<std::string> values;
};

const MarkerCase k_marker_cases[] = {
    {"(b)(6)", "exemption", {"(b)(6)"}},
    {"(b)(7)(C)", "exemption", {"(b)(7)(C)"}},
    {"(b)(7)(c)", "exemption", {"(b)(7)(C)"}},
    {"(b)(6);(b)(7)(C)", "exemption", {"(b)(6)", "(b)(7)(C)"}},
    {"(b) (6)", "exemption", {"(b)(6)"}},
    {"(b)(5)\n\n   (b)(6)", "exemption", {"(b)(5)", "(b)(6)"}},
    {"(b)(5)(b)(6)", "exemption", {"(b)(5)", "(b)(6)"}},
    {"(b)(7) (E)", "exemption", {"(b)(7)(E)"}},
    {"( b ) ( 7 ) ( E )", "exemption", {"(b)(7)(E)"}},
    {"(b)(7)(A) (b)(7)(B) (b)(7)(D) (b)(7)(F)",
     "exemption",
     {"(b)(7)(A)", "(b)(7)(B)", "(b)(7)(D)", "(b)(7)(F)"}},
    {"(b) (7) (B)", "exemption", {"(b)(7)(B)"}},
    {"b(7)(B)", "exemption", {"(b)(7)(B)"}},
    {"(b)(7)(B)(b)(6)", "exemption", {"(b)(7)(B)", "(b)(6)"}},
    {"(b)(7)(C)(b)(6)", "exemption", {"(b)(7)(C)", "(b)(6)"}},
    {"b6", "exemption", {"(b)(6)"}},
    {"b7c", "exemption", {"(b)(7)(C)"}},
    {"b6, b7C", "exemption", {"(b)(6)", "(b)(7)(C)"}},
    {"b(6) b(7)(C)", "exemption", {"(b)(6)", "(b)(7)(C)"}},
    {"withheld under Exemption 5", "exemption", {"(b)(5)"}},
    {"as 5 U.S.C. 552(b)(5) allows; dismissed under Fed. R. Civ. P. 12(b)(1). (b)(6)",
     "exemption",
     {"(b)(6)"}},
    {"(b)(10) is not an exemption; nor is b0 or b10 or abc6", "exemption", {}},
    {"ICE FOIA 10-2674.0001234", "bates", {"ICE FOIA 10-2674.0001234"}},
    {"DHS-SC-012345", "bates", {"DHS-SC-012345"}},
    {"NJSP-SC 000417", "bates", {"NJSP-SC 000417"}},
    {"ICE 2010FOIA2674 0042117", "bates", {"ICE 2010FOIA2674 0042117"}},
    {"ICE  FOIA\t10-2674.0001234", "bates", {"ICE FOIA 10-2674.0001234"}},
    {"SComm-000789", "bates", {"SComm-000789"}},
    {"ICE-FOIA-11-0213-000456", "bates", {"ICE-FOIA-11-0213-000456"}},
    {"ICE2010FOIA02674-001234", "bates", {"ICE2010FOIA02674-001234"}},
    {"OSP-WG-00412", "bates", {"OSP-WG-00412"}},
    {"PCSO-ICE 00318", "bates", {"PCSO-ICE 00318"}},
    {"GBI-GCIC 2010-0871.001", "bates", {"GBI-GCIC 2010-0871.001"}},
    {"Room DC-20536 and form I-247 (rev. 12345)", "bates", {}},
    {"Case No. 0123456", "bates", {}},
    {"Washington, DC 20536", "bates", {}},
    {"FY 2013", "bates", {}},
    {"A012345678", "bates", {}},
    {"Call 202-732-3000", "bates", {}},
    // A stamp stands last on its line or on a page's edge lines; an identifier in the middle
    // of a page's table row or sentence is no stamp.
    {"STATE PATROL\nORI LIST\nJune 2010\n\nCounty     ORI         Status\nKing       WA0170000   "
     "active\nPierce     "
     "WA0270000   active\nSkagit     WA0290000   pending\nSpokane    WA0320000   active\n\nSee "
     "the notes below.\nPrepared by the State Patrol.\nContact the help desk.",
     "bates",
     {}},
    {"Memo\n\nItem one.\nItem two.\nItem three.\nThe county's ORI, WA0170000, was activated.\n"
     "Item four.\nItem five.\nItem six.",
     "bates",
     {}},
    {"Memo\n\nItem one.\nItem two.\nItem three.\nItem four.\n\n     ICE 2010FOIA2674.0093310",
     "bates",
     {"ICE 2010FOIA2674.0093310"}},
    {"ICE 2010FOIA2674.0093310   FOR OFFICIAL USE ONLY\n\nItem one.\nItem two.\nItem three.\n"
     "Item four.",
     "bates",
     {"ICE 2010FOIA2674.0093310"}},
    // A field's value or a record number that words go on from, on a page's edge lines, is no
    // stamp; a stamp of four hyphened segments may end in a page of four digits.
    {"Number:      CHG0011482        Printed: 06/14/2011\n\nItem one.\nItem two.\nItem three.\n"
     "Related records:\n   INC0098812  Live Scan transmission timeouts\n\n        "
     "HCSO-FOIA-2011-0047-0011",
     "bates",
     {"HCSO-FOIA-2011-0047-0011"}},
    {"CHG0011482 (continued)          Page 2 of 2\n\nItem one.\nItem two.\nItem three.\nItem "
     "four.",
     "bates",
     {}},
    // A stamp that opens with a FOIA request's number and its year; the year is no date.
    {"Item one.\nItem two.\nItem three.\nItem four.\n\n              2012-ICFO-10477 002201",
     "bates",
     {"2012-ICFO-10477 002201"}},
    {"Item one.\nItem two.\nItem three.\nItem four.\n\n              2012-ICFO-10477 002201",
     "date",
     {}},
    // A field's value is no stamp even last on its line, unless the field is the Bates
    // number; nor is what follows a number a space before: a citation's reporter and page, a
    // message's routing after its number.
    {"Agency: State Patrol          ORI: NE0280400\n\nItem one.\nItem two.\nItem three.",
     "bates",
     {}},
    {"Item one.\nItem two.\nItem three.\nItem four.\n\nBates No.: DHS-SC-012345",
     "bates",
     {"DHS-SC-012345"}},
    {"Slip Copy, 2011 WL 2654321 (D.Colo.)          Page 1\n\nItem one.\nItem two.\nItem "
     "three.",
     "bates",
     {}},
    {"14:22 10/14/2010 00912 SC0400000\nItem one.\nItem two.\nItem three.\nItem four.",
     "bates",
     {}},
    // The tail of a docket number in a running header is no stamp.
    {"D-1119-CV-2011-00389          Affidavit of A. R. Quintana          Page 1 of 3\n\nItem "
     "one.\nItem two.\nItem three.\nItem four.\n\n        ICE 2011FOIA3096.000058",
     "bates",
     {"ICE 2011FOIA3096.000058"}},
};

TEST(MarkerTagger, TagsEachRowAsExpected) {
  for (const MarkerCase& row : k_marker_cases) {
    EXPECT_EQ(tag_values(row.text, row.kind), row.values) << "text: " << row.text;
  }
}

TEST(EmailTagger, TagsHeaderLinesWithTheirFields) {
  const auto tags =
      testing::tag_text("From: Whitaker, Dana <dw@alder.example.gov>\n"
                        "Sent: Thursday, October 7, 2010 9:42 AM\nTo: SComm Outreach\n"
                        "Cc: Lee, Kim\nSubject: RE: Question\n\nBody text.");
  std::vector<std::pair<std::string, std::string>> fields;
  for (const auto& tag : tags) {
    if (tag.kind == "email") {
      fields.emplace_back(tag.value, tag.extra["field_value"]);
    }
  }
  const std::vector<std::pair<std::string, std::string>> expected = {
      {"From", "Whitaker, Dana <dw@alder.example.gov>"},
      {"Sent", "Thursday, October 7, 2010 9:42 AM"},
      {"To", "SComm Outreach"},
      {"Cc", "Lee, Kim"},
      {"Subject", "RE: Question"}};
  EXPECT_EQ(fields, expected);
}

TEST(EmailTagger, IgnoresMemoHeadersAndProse) {
  EXPECT_TRUE(
      tag_values("TO: Field Office Director\nFROM: Deputy Director\nSUBJECT: Plans\n", "email")
          .empty());
  EXPECT_TRUE(
      tag_values("The subject: nothing to see.\nFrom: the start we knew.", "email").empty());
}

} // namespace
} // namespace foia::analyze
