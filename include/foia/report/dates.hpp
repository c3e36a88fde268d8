#pragma once
// ISO 8601 dates at the precision a document gives them: "2010-08-17", "2010-08" or "2010".
// Tags carry dates this way; the report compares and orders them without inventing precision.

#include <optional>
#include <string_view>

namespace foia::report {

/// The days a date covers, as day numbers (days since 1970-01-01): "2010-08" covers the whole
/// of August 2010, "2010" the whole year.
struct DateRange {
  long first_day = 0;
  long last_day = 0;
};

/// Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD"; std::nullopt for anything else (including an
/// impossible month or day).
std::optional<DateRange> parse_iso_date(std::string_view iso);

/// True when `earlier` ends before `later` begins: "2010-08" is before "2010-09-01", but
/// "2010-08" is not before "2010-08-17" (the month contains that day). False when either
/// date does not parse.
bool strictly_before(std::string_view earlier, std::string_view later);

/// True when the date's period overlaps [from, to]; an empty bound is open. A date that does
/// not parse never overlaps a bounded range.
bool overlaps(std::string_view iso, std::string_view from, std::string_view to);

/// True when two dates can name the same day: equal, or one contains the other
/// ("2010-08" and "2010-08-17").
bool compatible(std::string_view a, std::string_view b);

} // namespace foia::report
