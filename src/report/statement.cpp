#include "foia/report/statement.hpp"

#include "foia/record/sha256.hpp"
#include "foia/report/dates.hpp"

#include <tuple>

namespace foia::report {

namespace {

Json string_or_null(const std::string& value) {
  return value.empty() ? Json(nullptr) : Json(value);
}

} // namespace

bool takes_position(const Citation& citation) {
  return citation.stance == k_available || citation.stance == k_unavailable;
}

bool cited_before(const Citation& a, const Citation& b) {
  return std::tie(a.path, a.page, a.line, a.start, a.doc) <
         std::tie(b.path, b.page, b.line, b.start, b.doc);
}

bool dated_before(const Citation& a, const Citation& b) {
  const auto& a_range = a.period();
  const auto& b_range = b.period();
  if (a_range.has_value() != b_range.has_value()) {
    return a_range.has_value();
  }
  if (a_range && b_range) {
    if (a_range->first_day != b_range->first_day) {
      return a_range->first_day < b_range->first_day;
    }
    // The wider period first: "2010" before "2010-01-01".
    if (a_range->last_day != b_range->last_day) {
      return a_range->last_day > b_range->last_day;
    }
  }
  return cited_before(a, b);
}

std::string cite(const Citation& citation) {
  std::string text = citation.path + " p. " + std::to_string(citation.page);
  if (!citation.bates.empty()) {
    text += ", " + citation.bates;
  }
  return text;
}

Json to_json(const Citation& citation) {
  Json json;
  json["id"] = string_or_null(citation.id);
  json["stance"] = string_or_null(citation.stance);
  json["agency"] = string_or_null(citation.agency);
  json["date"] = string_or_null(citation.date);
  json["path"] = record::sanitize_utf8(citation.path);
  json["page"] = citation.page;
  json["line"] = citation.line;
  json["bates"] = string_or_null(citation.bates);
  json["quote"] = record::sanitize_utf8(citation.quote);
  if (!citation.deadline.empty()) {
    json["deadline"] = citation.deadline;
  }
  return json;
}

std::string statement_id(const std::string& doc, int page, std::size_t start, std::size_t end) {
  record::Sha256 hash;
  hash.update(doc + ":" + std::to_string(page) + ":" + std::to_string(start) + ":" +
              std::to_string(end));
  return "s-" + hash.hex_digest().substr(0, 12);
}

} // namespace foia::report
