#include "foia/report/summary.hpp"

#include "support/report_fixture.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <random>

namespace foia::report {
namespace {

Summary summarize(const test::ReportFixture& batch, std::vector<record::Tag> tags,
                  bool with_records = true) {
  SummaryBuilder builder(Json{{"command", "test"}});
  for (const record::Tag& tag : tags) {
    builder.add_tag(tag);
  }
  if (with_records) {
    for (const std::string& line : batch.record_lines()) {
      builder.add_record(record::parse_record_line(line));
    }
  }
  return builder.finish();
}

const Json* find_inconsistency(const Json& summary, const std::string& kind,
                               const std::vector<std::string>& agencies) {
  for (const Json& inconsistency : summary.at("inconsistencies")) {
    if (inconsistency.at("kind") == kind && inconsistency.at("agencies") == Json(agencies)) {
      return &inconsistency;
    }
  }
  return nullptr;
}

TEST(Summary, CountsDocumentsPagesTagsExemptionsAndBates) {
  const auto batch = test::secure_communities_batch();
  const Summary summary = summarize(batch, batch.tags());
  const Json& counts = summary.head.at("counts");
  EXPECT_EQ(counts.at("documents"), 5);
  EXPECT_EQ(counts.at("pages"), 6);
  EXPECT_EQ(counts.at("ocr_pages"), 1);
  EXPECT_EQ(counts.at("failed_documents").size(), 1u);
  EXPECT_EQ(counts.at("failed_documents")[0].at("path"), "broken.pdf");
  EXPECT_EQ(counts.at("tags").at("optout"), 5);
  EXPECT_EQ(
      counts.at("exemptions").dump(),
      R"json([{"code":"(b)(6)","occurrences":2,"pages":2},{"code":"(b)(7)(C)","occurrences":1,"pages":1}])json");
  ASSERT_EQ(counts.at("bates").size(), 2u);
  EXPECT_EQ(
      counts.at("bates")[0].dump(),
      R"({"path":"letter-010.pdf","first":"DHS-SC-000101","first_page":1,"last":"DHS-SC-000102","last_page":2,"stamped_pages":2})");
  EXPECT_EQ(summary.errors, 1);
  EXPECT_EQ(summary.head.at("schema_version"), k_schema_version);
}

TEST(Summary, StatementsCarryTheirPagesBatesStampAndDeadline) {
  const auto batch = test::secure_communities_batch();
  const Summary summary = summarize(batch, batch.tags());
  const Json statements = summary.to_json().at("statements");
  ASSERT_EQ(statements.size(), 5u);
  // Document order: email-004, letter-010 (two), memo-000, memo-007.
  EXPECT_EQ(statements[0].at("path"), "email-004.pdf");
  EXPECT_EQ(statements[0].at("deadline"), "2013");
  EXPECT_EQ(statements[3].at("path"), "memo-000.pdf");
  EXPECT_EQ(statements[3].at("bates"), "ICE FOIA 10-2674.0001234");
  EXPECT_EQ(statements[3].at("stance"), "available");
  EXPECT_EQ(statements[3].at("line"), 3);
  EXPECT_EQ(statements[4].at("deadline"), "2014");
  EXPECT_TRUE(statements[0].at("bates").is_null());
  EXPECT_EQ(statements[3].at("id").get<std::string>().size(), 14u);
}

TEST(Summary, FindsEveryKindOfInconsistencyInTheBatch) {
  const auto batch = test::secure_communities_batch();
  const Summary summary = summarize(batch, batch.tags());
  const Json json = summary.to_json();
  const Json* ice = find_inconsistency(json, "self-contradiction", {"ICE"});
  ASSERT_NE(ice, nullptr);
  EXPECT_EQ(ice->at("explanation"),
            "ICE said opting out was available on 2010-08-17 (memo-000.pdf p. 1, ICE FOIA "
            "10-2674.0001234) and unavailable on 2010-10-02 (email-004.pdf p. 2)");
  EXPECT_NE(find_inconsistency(json, "self-contradiction", {"DHS"}), nullptr);
  EXPECT_NE(find_inconsistency(json, "reversal", {"ICE"}), nullptr);
  EXPECT_NE(find_inconsistency(json, "reversal", {"DHS"}), nullptr);
  const Json* cross = find_inconsistency(json, "cross-agency", {"DHS", "ICE"});
  ASSERT_NE(cross, nullptr);
  EXPECT_EQ(cross->at("explanation"),
            "DHS said opting out was available on 2010-09-15 (letter-010.pdf p. 1, "
            "DHS-SC-000101), while ICE said it was unavailable on 2010-10-02 (email-004.pdf p. 2)");
  const Json* deadline = find_inconsistency(json, "deadline-conflict", {"DHS", "ICE"});
  ASSERT_NE(deadline, nullptr);
  const Json* dated = find_inconsistency(json, "date-conflict", {"DHS"});
  ASSERT_NE(dated, nullptr);
  EXPECT_EQ(dated->at("explanation"),
            "memo-007.pdf is dated 2011-01-05 (p. 1) but its email headers give 2010-12-06 (p. 1)");
  EXPECT_EQ(dated->at("statements")[1].at("quote"), "Sent: Monday, December 6, 2010 9:00 AM");
  // email-004 has a Sent: header but no date line; memo-000 a date line but no header.
  EXPECT_EQ(json.at("counts").at("inconsistencies").at("date-conflict"), 1);
  EXPECT_EQ(json.at("inconsistencies").size(), 7u);
  // The sheriff's request is unclear: in the timeline, in no inconsistency.
  for (const Json& inconsistency : json.at("inconsistencies")) {
    for (const Json& agency : inconsistency.at("agencies")) {
      EXPECT_NE(agency, "San Francisco Sheriff");
    }
  }
}

TEST(Summary, TimelineListsEachAgencyInDateOrder) {
  const auto batch = test::secure_communities_batch();
  const Json timeline = summarize(batch, batch.tags()).to_json().at("timeline");
  ASSERT_EQ(timeline.size(), 3u);
  EXPECT_EQ(timeline[0].at("agency"), "DHS");
  EXPECT_EQ(timeline[0].at("statements")[0].at("date"), "2010-09-15");
  EXPECT_EQ(timeline[0].at("statements")[1].at("date"), "2011-01-05");
  EXPECT_EQ(timeline[2].at("agency"), "San Francisco Sheriff");
  EXPECT_EQ(timeline[2].at("statements")[0].at("stance"), "unclear");
}

TEST(Summary, SameBytesWhateverTheOrderOfTags) {
  const auto batch = test::secure_communities_batch();
  const std::string expected = to_text(summarize(batch, batch.tags()));
  std::vector<record::Tag> shuffled = batch.tags();
  std::mt19937 generator(42);
  for (int round = 0; round < 5; ++round) {
    std::shuffle(shuffled.begin(), shuffled.end(), generator);
    EXPECT_EQ(to_text(summarize(batch, shuffled)), expected);
  }
}

TEST(Summary, StreamedTextIsTheWholeDocumentAsJsonWritesIt) {
  // write_summary formats statements and the timeline one at a time; the bytes must be those of
  // the document built whole, with and without statements (an empty array is "[]").
  const auto batch = test::secure_communities_batch();
  const Summary full = summarize(batch, batch.tags());
  ASSERT_FALSE(full.citations.empty());
  EXPECT_EQ(to_text(full), full.to_json().dump(2) + "\n");
  const Summary empty = summarize(batch, {});
  ASSERT_TRUE(empty.citations.empty());
  EXPECT_EQ(to_text(empty), empty.to_json().dump(2) + "\n");
}

TEST(Summary, PageByPageGivesTheSameBytesAsTagsFirst) {
  // As `foia run` feeds it: each page's tags, then the page.
  const auto batch = test::secure_communities_batch();
  SummaryBuilder builder(Json{{"command", "test"}});
  for (const std::string& line : batch.record_lines()) {
    const record::ParsedRecord parsed = record::parse_record_line(line);
    if (parsed.page) {
      for (const record::Tag& tag : batch.tags()) {
        if (tag.doc == parsed.page->doc && tag.page == parsed.page->page) {
          builder.add_tag(tag);
        }
      }
    }
    builder.add_record(parsed);
  }
  EXPECT_EQ(to_text(builder.finish()), to_text(summarize(batch, batch.tags())));
}

TEST(Summary, WithoutRecordsCountsAreNullAndDateLinesUnknown) {
  const auto batch = test::secure_communities_batch();
  const Summary summary = summarize(batch, batch.tags(), false);
  EXPECT_TRUE(summary.head.at("counts").at("documents").is_null());
  EXPECT_EQ(summary.head.at("counts").at("inconsistencies").at("date-conflict"), 0);
  EXPECT_EQ(summary.head.at("counts").at("inconsistencies").at("deadline-conflict"), 1);
}

TEST(Summary, PageNotesAreWarningsAndPageErrorsAreErrors) {
  SummaryBuilder builder(Json::object());
  record::PageRecord page;
  page.doc = "d";
  page.path = "big.pdf";
  page.page = 3;
  page.notes = {"dpi lowered to 150 (page too large)"};
  builder.add_record(record::parse_record_line(record::to_json_line(page)));
  page.page = 4;
  page.notes.clear();
  page.error = "ocr timed out";
  builder.add_record(record::parse_record_line(record::to_json_line(page)));
  const Summary summary = builder.finish();
  EXPECT_EQ(summary.errors, 1);
  EXPECT_EQ(summary.warnings, 2);
  EXPECT_EQ(summary.head.at("counts").at("page_errors")[0].at("error"), "ocr timed out");
}

TEST(Summary, MalformedTagLineNamesFileAndLine) {
  const std::string path = testing::TempDir() + "report_bad_tags.jsonl";
  std::ofstream(path) << "{\"kind\":\"date\"}\n";
  try {
    build_summary(path, "", Json::object());
    FAIL() << "no error";
  } catch (const std::runtime_error& error) {
    EXPECT_EQ(std::string(error.what()).rfind(path + ":1: ", 0), 0u) << error.what();
  }
}

} // namespace
} // namespace foia::report
