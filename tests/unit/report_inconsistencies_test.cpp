#include "foia/report/inconsistencies.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace foia::report {
namespace {

Citation statement(const std::string& agency, const std::string& stance, const std::string& date,
                   const std::string& path, int page = 1) {
  Citation citation;
  citation.id = "s-" + path + "-" + std::to_string(page);
  citation.agency = agency;
  citation.stance = stance;
  citation.date = date;
  citation.path = path;
  citation.page = page;
  citation.line = 1;
  citation.quote = agency + " " + stance;
  return citation;
}

std::vector<std::string> kinds_of(const std::vector<Inconsistency>& found) {
  std::vector<std::string> kinds;
  for (const Inconsistency& inconsistency : found) {
    kinds.push_back(inconsistency.kind);
  }
  return kinds;
}

TEST(Inconsistencies, SelfContradictionReadsAsTheIssueExample) {
  Citation memo = statement("ICE", "available", "2010-08-17", "memo-000.pdf");
  memo.bates = "ICE FOIA 10-2674.0001234";
  const Citation email = statement("ICE", "unavailable", "2010-10-02", "email-004.pdf", 2);
  const auto found = find_statement_inconsistencies({email, memo});
  ASSERT_EQ(kinds_of(found), (std::vector<std::string>{"self-contradiction", "reversal"}));
  EXPECT_EQ(found[0].explanation,
            "ICE said opting out was available on 2010-08-17 (memo-000.pdf p. 1, ICE FOIA "
            "10-2674.0001234) and unavailable on 2010-10-02 (email-004.pdf p. 2)");
  EXPECT_EQ(found[0].agencies, std::vector<std::string>{"ICE"});
  EXPECT_EQ(found[1].explanation,
            "ICE said opting out was available on 2010-08-17 (memo-000.pdf p. 1, ICE FOIA "
            "10-2674.0001234), then said it was unavailable on 2010-10-02 (email-004.pdf p. 2)");
  EXPECT_EQ(found[1].details["from"], "available");
  EXPECT_EQ(found[1].details["to"], "unavailable");
}

TEST(Inconsistencies, UnclearStatementsNeverCount) {
  const auto found = find_statement_inconsistencies({
      statement("ICE", "available", "2010-08-17", "a.pdf"),
      statement("ICE", "unclear", "2010-09-01", "b.pdf"),
      statement("DHS", "unclear", "2010-09-02", "c.pdf"),
      statement("DHS", "available", "2010-09-03", "d.pdf"),
  });
  EXPECT_TRUE(found.empty());
}

TEST(Inconsistencies, UnattributedStatementsMakeNoAgencyFinding) {
  const auto found = find_statement_inconsistencies({
      statement("", "available", "2010-08-17", "a.pdf"),
      statement("ICE", "unavailable", "2010-09-01", "b.pdf"),
  });
  EXPECT_TRUE(found.empty());
}

TEST(Inconsistencies, SameDayOppositesContradictButDoNotReverse) {
  const auto found = find_statement_inconsistencies({
      statement("ICE", "available", "2010-08-17", "a.pdf"),
      statement("ICE", "unavailable", "2010-08-17", "b.pdf"),
      statement("ICE", "unavailable", "2010-08", "c.pdf"),
  });
  EXPECT_EQ(kinds_of(found), std::vector<std::string>{"self-contradiction"});
}

TEST(Inconsistencies, ReversalCitesTheLastBeforeAndFirstAfterTheChange) {
  const auto found = find_statement_inconsistencies({
      statement("ICE", "available", "2010-01-10", "a.pdf"),
      statement("ICE", "available", "2010-03-10", "b.pdf"),
      statement("ICE", "unavailable", "2010-06-10", "c.pdf"),
      statement("ICE", "unavailable", "2010-07-10", "d.pdf"),
      statement("ICE", "available", "2011-01-10", "e.pdf"),
  });
  ASSERT_EQ(kinds_of(found),
            (std::vector<std::string>{"self-contradiction", "reversal", "reversal"}));
  EXPECT_EQ(found[1].statements[0].path, "b.pdf");
  EXPECT_EQ(found[1].statements[1].path, "c.pdf");
  EXPECT_EQ(found[2].statements[0].path, "d.pdf");
  EXPECT_EQ(found[2].statements[1].path, "e.pdf");
  // The self-contradiction cites the closest opposite pair and counts the rest.
  EXPECT_EQ(found[0].statements[0].path, "b.pdf");
  EXPECT_EQ(found[0].statements[1].path, "c.pdf");
  EXPECT_NE(
      found[0].explanation.find("in all, 3 ICE statements say available and 2 say unavailable"),
      std::string::npos);
}

TEST(Inconsistencies, CrossAgencyCitesTheClosestOppositePair) {
  const auto found = find_statement_inconsistencies({
      statement("ICE", "available", "2010-08-17", "memo-000.pdf"),
      statement("DHS", "unavailable", "2011-01-05", "memo-007.pdf"),
      statement("CA AG", "unavailable", "2010-08-20", "ag.pdf"),
      statement("FBI", "available", "2010-08-01", "fbi.pdf"),
  });
  // Pairs that disagree: CA AG-FBI, CA AG-ICE, DHS-FBI, DHS-ICE; FBI and ICE agree, as do
  // CA AG and DHS.
  ASSERT_EQ(found.size(), 4u);
  for (const Inconsistency& inconsistency : found) {
    EXPECT_EQ(inconsistency.kind, "cross-agency");
  }
  EXPECT_EQ(found[0].agencies, (std::vector<std::string>{"CA AG", "FBI"}));
  EXPECT_EQ(found[1].agencies, (std::vector<std::string>{"CA AG", "ICE"}));
  EXPECT_EQ(found[1].explanation,
            "ICE said opting out was available on 2010-08-17 (memo-000.pdf p. 1), while CA AG "
            "said it was unavailable on 2010-08-20 (ag.pdf p. 1)");
}

TEST(Inconsistencies, DeadlineConflictCitesTheFirstStatementOfEachYear) {
  Citation ice = statement("ICE", "unavailable", "2010-10-02", "email-004.pdf", 2);
  ice.deadline = "2013";
  Citation dhs = statement("DHS", "unavailable", "2011-01-05", "memo-007.pdf");
  dhs.deadline = "2014";
  Citation later_ice = statement("ICE", "unavailable", "2011-03-01", "memo-009.pdf");
  later_ice.deadline = "2013";
  const auto found = find_statement_inconsistencies({later_ice, dhs, ice});
  const auto kinds = kinds_of(found);
  ASSERT_EQ(kinds.back(), "deadline-conflict");
  const Inconsistency& conflict = found.back();
  EXPECT_EQ(conflict.explanation,
            "The deadline is given as 2013 by ICE on 2010-10-02 (email-004.pdf p. 2) and as "
            "2014 by DHS on 2011-01-05 (memo-007.pdf p. 1)");
  EXPECT_EQ(conflict.agencies, (std::vector<std::string>{"DHS", "ICE"}));
  EXPECT_EQ(conflict.details["deadlines"][0]["statements"], 2);
}

TEST(Inconsistencies, GrowLinearlyWithStatements) {
  // 400 statements from one agency alternating every day: one self-contradiction and one
  // reversal per change, never one per pair.
  std::vector<Citation> statements;
  for (int day = 1; day <= 400; ++day) {
    const std::string date = "2010-" + std::string(day <= 200 ? "03" : "04") + "-" +
                             (((day - 1) % 28 + 1) < 10 ? "0" : "") +
                             std::to_string((day - 1) % 28 + 1);
    statements.push_back(statement("ICE", day <= 200 ? "available" : "unavailable", date,
                                   "doc-" + std::to_string(day) + ".pdf"));
  }
  const auto found = find_statement_inconsistencies(statements);
  EXPECT_EQ(kinds_of(found), (std::vector<std::string>{"self-contradiction", "reversal"}));
}

TEST(Inconsistencies, UndatedStatementsStillContradict) {
  const auto found = find_statement_inconsistencies({
      statement("ICE", "available", "", "b.pdf"),
      statement("ICE", "unavailable", "", "a.pdf"),
  });
  ASSERT_EQ(kinds_of(found), std::vector<std::string>{"self-contradiction"});
  EXPECT_EQ(found[0].explanation,
            "ICE said opting out was unavailable (a.pdf p. 1, undated) and available (b.pdf p. 1, "
            "undated)");
}

} // namespace
} // namespace foia::report
