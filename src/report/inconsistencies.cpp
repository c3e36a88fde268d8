#include "foia/report/inconsistencies.hpp"

#include "foia/record/sha256.hpp"
#include "foia/report/dates.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <tuple>
#include <utility>

namespace foia::report {

namespace {

using Timeline = std::vector<const Citation*>;
using Pair = std::pair<const Citation*, const Citation*>;

const char* const k_kind_order[] = {"self-contradiction", "reversal", "cross-agency",
                                    "deadline-conflict", "date-conflict"};

int kind_rank(const std::string& kind) {
  int rank = 0;
  for (const char* known : k_kind_order) {
    if (kind == known) {
      return rank;
    }
    ++rank;
  }
  return rank;
}

// "available on 2010-08-17 (memo-000.pdf p. 1, ICE FOIA 10-2674.0001234)".
std::string stance_and_source(const Citation& citation) {
  if (citation.date.empty()) {
    return citation.stance + " (" + cite(citation) + ", undated)";
  }
  return citation.stance + " on " + citation.date + " (" + cite(citation) + ")";
}

// Of the pairs (earlier, later) for which `opposes` holds, the one closest in time, the earliest
// among equals. Undated statements have no distance, so they are used only when no dated pair
// exists, and then the pair is the first of each kind in document order. `timeline` is sorted by
// dated_before.
template <typename Opposes>
std::optional<Pair> closest_opposite_pair(const Timeline& timeline, Opposes opposes) {
  std::optional<Pair> best;
  long best_distance = 0;
  std::map<std::pair<std::string, std::string>, const Citation*> last_of_kind;
  for (const Citation* current : timeline) {
    const auto& current_range = current->period();
    if (!current_range) {
      continue;
    }
    for (const auto& [kind, previous] : last_of_kind) {
      if (!opposes(*previous, *current)) {
        continue;
      }
      const long distance = current_range->first_day - previous->period()->first_day;
      if (!best || distance < best_distance) {
        best = Pair{previous, current};
        best_distance = distance;
      }
    }
    last_of_kind[{current->agency, current->stance}] = current;
  }
  if (best) {
    return best;
  }
  std::map<std::pair<std::string, std::string>, const Citation*> first_of_kind;
  for (const Citation* current : timeline) {
    auto [slot, inserted] = first_of_kind.try_emplace({current->agency, current->stance}, current);
    if (!inserted && cited_before(*current, *slot->second)) {
      slot->second = current;
    }
  }
  for (const auto& [first_kind, first] : first_of_kind) {
    for (const auto& [second_kind, second] : first_of_kind) {
      if (!opposes(*first, *second)) {
        continue;
      }
      Pair candidate = dated_before(*first, *second) ? Pair{first, second} : Pair{second, first};
      if (!best || cited_before(*candidate.first, *best->first) ||
          (!cited_before(*best->first, *candidate.first) &&
           cited_before(*candidate.second, *best->second))) {
        best = candidate;
      }
    }
  }
  return best;
}

Json stance_counts(const Timeline& timeline) {
  int available = 0;
  int unavailable = 0;
  for (const Citation* citation : timeline) {
    (citation->stance == k_available ? available : unavailable) += 1;
  }
  Json counts;
  counts[k_available] = available;
  counts[k_unavailable] = unavailable;
  return counts;
}

std::optional<Inconsistency> self_contradiction(const std::string& agency,
                                                const Timeline& timeline) {
  const auto pair = closest_opposite_pair(
      timeline, [](const Citation& a, const Citation& b) { return a.stance != b.stance; });
  if (!pair) {
    return std::nullopt;
  }
  Inconsistency found;
  found.kind = "self-contradiction";
  found.agencies = {agency};
  found.statements = {*pair->first, *pair->second};
  found.explanation = agency + " said opting out was " + stance_and_source(*pair->first) + " and " +
                      stance_and_source(*pair->second);
  const Json counts = stance_counts(timeline);
  if (timeline.size() > 2) {
    found.explanation += "; in all, " + counts[k_available].dump() + " " + agency +
                         " statements say available and " + counts[k_unavailable].dump() +
                         " say unavailable";
  }
  found.details["counts"] = counts;
  return found;
}

void add_reversals(const std::string& agency, const Timeline& timeline,
                   std::vector<Inconsistency>& found) {
  const Citation* last_of_run = nullptr;
  for (const Citation* current : timeline) {
    if (!current->period()) {
      continue;
    }
    if (last_of_run == nullptr || current->stance == last_of_run->stance) {
      last_of_run = current;
      continue;
    }
    // Opposite statements on overlapping dates contradict each other (a self-contradiction)
    // but say nothing about which came first, so the run goes on.
    if (last_of_run->period()->last_day >= current->period()->first_day) {
      continue;
    }
    Inconsistency reversal;
    reversal.kind = "reversal";
    reversal.agencies = {agency};
    reversal.statements = {*last_of_run, *current};
    reversal.explanation = agency + " said opting out was " + stance_and_source(*last_of_run) +
                           ", then said it was " + stance_and_source(*current);
    reversal.details["from"] = last_of_run->stance;
    reversal.details["to"] = current->stance;
    found.push_back(std::move(reversal));
    last_of_run = current;
  }
}

std::optional<Inconsistency> cross_agency(const std::string& first_agency,
                                          const Timeline& first_timeline,
                                          const std::string& second_agency,
                                          const Timeline& second_timeline) {
  Timeline both = first_timeline;
  both.insert(both.end(), second_timeline.begin(), second_timeline.end());
  std::sort(both.begin(), both.end(),
            [](const Citation* a, const Citation* b) { return dated_before(*a, *b); });
  const auto pair = closest_opposite_pair(both, [](const Citation& a, const Citation& b) {
    return a.agency != b.agency && a.stance != b.stance;
  });
  if (!pair) {
    return std::nullopt;
  }
  Inconsistency found;
  found.kind = "cross-agency";
  found.agencies = {first_agency, second_agency};
  found.statements = {*pair->first, *pair->second};
  found.explanation = pair->first->agency + " said opting out was " +
                      stance_and_source(*pair->first) + ", while " + pair->second->agency +
                      " said it was " + stance_and_source(*pair->second);
  found.details["counts"][first_agency] = stance_counts(first_timeline);
  found.details["counts"][second_agency] = stance_counts(second_timeline);
  return found;
}

std::optional<Inconsistency> deadline_conflict(const std::vector<Citation>& statements) {
  // The earliest statement naming each year, and how many name it.
  std::map<std::string, std::pair<const Citation*, int>> by_year;
  for (const Citation& statement : statements) {
    if (statement.deadline.empty() || !takes_position(statement)) {
      continue;
    }
    auto [slot, inserted] = by_year.try_emplace(statement.deadline, &statement, 0);
    slot->second.second += 1;
    if (!inserted && dated_before(statement, *slot->second.first)) {
      slot->second.first = &statement;
    }
  }
  if (by_year.size() < 2) {
    return std::nullopt;
  }
  Inconsistency found;
  found.kind = "deadline-conflict";
  std::set<std::string> agencies;
  found.explanation = "The deadline is given as ";
  Json deadlines = Json::array();
  bool first = true;
  for (const auto& [year, earliest_and_count] : by_year) {
    const Citation& earliest = *earliest_and_count.first;
    found.statements.push_back(earliest);
    if (!earliest.agency.empty()) {
      agencies.insert(earliest.agency);
    }
    found.explanation += (first ? "" : " and as ") + year + " by " +
                         (earliest.agency.empty() ? "an unattributed source" : earliest.agency) +
                         (earliest.date.empty() ? "" : " on " + earliest.date) + " (" +
                         cite(earliest) + ")";
    first = false;
    Json deadline;
    deadline["year"] = year;
    deadline["statements"] = earliest_and_count.second;
    deadlines.push_back(deadline);
  }
  found.agencies.assign(agencies.begin(), agencies.end());
  found.details["deadlines"] = deadlines;
  return found;
}

std::string evidence_key(const Citation& citation) {
  if (!citation.id.empty()) {
    return citation.id;
  }
  return citation.doc + ":" + std::to_string(citation.page) + ":" + std::to_string(citation.start) +
         ":" + std::to_string(citation.end);
}

} // namespace

std::vector<Inconsistency> find_statement_inconsistencies(const std::vector<Citation>& statements) {
  // Each agency's position-taking statements in time order.
  std::map<std::string, Timeline> by_agency;
  for (const Citation& statement : statements) {
    if (takes_position(statement) && !statement.agency.empty()) {
      by_agency[statement.agency].push_back(&statement);
    }
  }
  for (auto& [agency, timeline] : by_agency) {
    std::sort(timeline.begin(), timeline.end(),
              [](const Citation* a, const Citation* b) { return dated_before(*a, *b); });
  }

  std::vector<Inconsistency> found;
  for (const auto& [agency, timeline] : by_agency) {
    if (auto contradiction = self_contradiction(agency, timeline)) {
      found.push_back(std::move(*contradiction));
    }
    add_reversals(agency, timeline, found);
  }
  for (auto first = by_agency.begin(); first != by_agency.end(); ++first) {
    for (auto second = std::next(first); second != by_agency.end(); ++second) {
      if (auto disagreement =
              cross_agency(first->first, first->second, second->first, second->second)) {
        found.push_back(std::move(*disagreement));
      }
    }
  }
  if (auto conflict = deadline_conflict(statements)) {
    found.push_back(std::move(*conflict));
  }
  std::sort(found.begin(), found.end(), listed_before);
  return found;
}

bool listed_before(const Inconsistency& a, const Inconsistency& b) {
  if (kind_rank(a.kind) != kind_rank(b.kind)) {
    return kind_rank(a.kind) < kind_rank(b.kind);
  }
  if (a.agencies != b.agencies) {
    return a.agencies < b.agencies;
  }
  if (!a.statements.empty() && !b.statements.empty()) {
    if (dated_before(a.statements.front(), b.statements.front())) {
      return true;
    }
    if (dated_before(b.statements.front(), a.statements.front())) {
      return false;
    }
  }
  return a.explanation < b.explanation;
}

Json to_json(const Inconsistency& inconsistency) {
  std::string key = inconsistency.kind;
  for (const Citation& citation : inconsistency.statements) {
    key += "|" + evidence_key(citation);
  }
  record::Sha256 hash;
  hash.update(key);

  Json json;
  json["id"] = "i-" + hash.hex_digest().substr(0, 12);
  json["kind"] = inconsistency.kind;
  json["agencies"] = inconsistency.agencies;
  Json statements = Json::array();
  for (const Citation& citation : inconsistency.statements) {
    statements.push_back(to_json(citation));
  }
  json["statements"] = statements;
  json["explanation"] = record::sanitize_utf8(inconsistency.explanation);
  for (const auto& [key_name, value] : inconsistency.details.items()) {
    json[key_name] = value;
  }
  return json;
}

} // namespace foia::report
