#pragma once
// Which tags `foia grep` (and anyone reading tags.jsonl from code) keeps.

#include "foia/record/tag.hpp"

#include <string>
#include <vector>

namespace foia::report {

/// Keeps tags by kind, speaking agency, stance and date. Empty fields do not filter; a field with
/// several values keeps a tag matching any of them.
struct TagFilter {
  std::vector<std::string> kinds;
  std::vector<std::string> agencies; ///< compared without regard to case
  std::vector<std::string> stances;  ///< opt-out tags' value
  std::string from;                  ///< ISO date, inclusive; a tag's date must overlap [from, to]
  std::string to;

  /// True when any field is set.
  bool active() const;
  /// True when the tag passes every field that is set. A tag with no agency (or no date) fails
  /// an agency (or date) filter; only opt-out tags have a stance.
  bool keeps(const record::Tag& tag) const;
};

/// The agency a tag speaks for or names: an agency tag's value, an opt-out tag's (or any tag's)
/// "agency" field; "" when none.
std::string tag_agency(const record::Tag& tag);

/// The date a tag carries: a date tag's value, an opt-out tag's (or any tag's) "date" field;
/// "" when none.
std::string tag_date(const record::Tag& tag);

} // namespace foia::report
