#pragma once
// What the report cites: opt-out statements and the other evidence behind an inconsistency.

#include "foia/record/record.hpp"
#include "foia/report/dates.hpp"

#include <optional>
#include <string>
#include <vector>

namespace foia::report {

using Json = record::Json;

/// The stances that take a position; "unclear" (and any other value) never makes an
/// inconsistency.
inline constexpr const char* k_available = "available";
inline constexpr const char* k_unavailable = "unavailable";

/// One citable place: an opt-out statement, or (for a date conflict) a dated line. Fields that
/// do not apply are empty and written as null.
struct Citation {
  std::string id;     ///< the statement's id; empty for evidence that is not a statement
  std::string stance; ///< "available", "unavailable", "unclear", or empty
  std::string agency; ///< who is speaking, canonical short name; empty when unattributed
  std::string date;   ///< ISO 8601 at the precision written; empty when unknown
  std::string doc;
  std::string path;
  int page = 0;
  int line = 0;
  std::size_t start = 0;
  std::size_t end = 0;
  std::string bates;    ///< the page's Bates stamp; empty when the page has none
  std::string quote;    ///< the text exactly as it stands in the page
  std::string deadline; ///< statements only: the year a deadline inside the quote names

  /// The days `date` covers; std::nullopt when undated or not ISO. Parsed once and cached,
  /// since sorting thousands of statements compares dates millions of times.
  const std::optional<DateRange>& period() const {
    if (!m_period_parsed || m_period_of != date) {
      m_period = parse_iso_date(date);
      m_period_of = date;
      m_period_parsed = true;
    }
    return m_period;
  }

private:
  mutable std::string m_period_of;
  mutable std::optional<DateRange> m_period;
  mutable bool m_period_parsed = false;
};

/// True when the citation takes a position (available or unavailable).
bool takes_position(const Citation& citation);

/// Document order: path, page, line, start.
bool cited_before(const Citation& a, const Citation& b);

/// Time order for a timeline: dated citations by the first day their date covers, then by
/// precision (a year before a day inside it), then document order; undated ones last.
bool dated_before(const Citation& a, const Citation& b);

/// "memo-000.pdf p. 1, ICE FOIA 10-2674.0001234" (the Bates part only when there is one).
std::string cite(const Citation& citation);

/// The citation as a JSON object with the documented keys (see docs/summary.md).
Json to_json(const Citation& citation);

/// A stable id for a statement, from its document hash and byte range, so it survives other
/// documents being added to or removed from a batch: "s-" and 12 hex digits.
std::string statement_id(const std::string& doc, int page, std::size_t start, std::size_t end);

} // namespace foia::report
