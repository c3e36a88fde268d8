#pragma once
// From opt-out statements to the places where they contradict each other.

#include "foia/report/statement.hpp"

#include <string>
#include <vector>

namespace foia::report {

/// One finding a journalist can check and quote.
struct Inconsistency {
  /// "self-contradiction", "reversal", "cross-agency", "date-conflict" or "deadline-conflict".
  std::string kind;
  std::vector<std::string> agencies; ///< sorted
  std::vector<Citation> statements;  ///< the evidence, earliest first
  std::string explanation;           ///< one pasteable sentence
  Json details = Json::object();     ///< kind-specific fields (see docs/summary.md)
};

/// Finds self-contradictions, reversals, cross-agency disagreements and deadline conflicts among
/// statements. Only statements with a stance of available or unavailable and an agency count.
///
/// - self-contradiction: one per agency that has said both; cites the two opposite statements
///   closest in time, and counts the rest.
/// - reversal: one per change of an agency's stance along its dated timeline; cites the last
///   statement before the change and the first after it. Statements whose dates overlap (the same
///   day, or a month and a day within it) cannot reverse each other.
/// - cross-agency: one per pair of agencies that disagree; cites the closest opposite pair.
/// - deadline-conflict: one when statements name more than one deadline year; cites the earliest
///   statement naming each year.
///
/// The result is in a fixed order (kind, then agencies, then the first citation).
std::vector<Inconsistency> find_statement_inconsistencies(const std::vector<Citation>& statements);

/// The order inconsistencies are listed in: kind (in the order above, date conflicts last), then
/// agencies, then the first citation.
bool listed_before(const Inconsistency& a, const Inconsistency& b);

/// The inconsistency as a JSON object with an `id` derived from its kind and citations.
Json to_json(const Inconsistency& inconsistency);

} // namespace foia::report
