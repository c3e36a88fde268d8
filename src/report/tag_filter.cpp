#include "foia/report/tag_filter.hpp"

#include "foia/report/dates.hpp"

#include <algorithm>
#include <cctype>

namespace foia::report {

namespace {

bool equal_ignoring_case(std::string_view a, std::string_view b) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](char x, char y) {
    return std::tolower(static_cast<unsigned char>(x)) ==
           std::tolower(static_cast<unsigned char>(y));
  });
}

std::string extra_string(const record::Tag& tag, const char* key) {
  const auto found = tag.extra.find(key);
  return found != tag.extra.end() && found->is_string() ? found->get<std::string>() : std::string();
}

} // namespace

std::string tag_agency(const record::Tag& tag) {
  return tag.kind == "agency" ? tag.value : extra_string(tag, "agency");
}

std::string tag_date(const record::Tag& tag) {
  return tag.kind == "date" ? tag.value : extra_string(tag, "date");
}

bool TagFilter::active() const {
  return !kinds.empty() || !agencies.empty() || !stances.empty() || !from.empty() || !to.empty();
}

bool TagFilter::keeps(const record::Tag& tag) const {
  if (!kinds.empty() && std::find(kinds.begin(), kinds.end(), tag.kind) == kinds.end()) {
    return false;
  }
  if (!agencies.empty()) {
    const std::string agency = tag_agency(tag);
    if (std::none_of(agencies.begin(), agencies.end(), [&agency](const std::string& wanted) {
          return equal_ignoring_case(wanted, agency);
        })) {
      return false;
    }
  }
  if (!stances.empty() && (tag.kind != "optout" ||
                           std::find(stances.begin(), stances.end(), tag.value) == stances.end())) {
    return false;
  }
  if (!from.empty() || !to.empty()) {
    const std::string date = tag_date(tag);
    if (date.empty() || !overlaps(date, from, to)) {
      return false;
    }
  }
  return true;
}

} // namespace foia::report
