#pragma once
// Shared by the record and tag readers.

#include "foia/record/record.hpp"

#include <limits>
#include <stdexcept>
#include <string>

namespace foia::record::detail {

/// Parses one line as a JSON object; throws std::runtime_error("not JSON: ..." or
/// "not a JSON object") otherwise.
Json parse_json_object(std::string_view line);

/// The non-negative integer at `key`, as T; throws std::runtime_error naming the key when it is
/// missing, not an integer, negative or too large for T (a float such as 8.9e30 would otherwise be
/// converted with undefined behaviour).
template <typename T> T count_at(const Json& json, const char* key) {
  const Json& value = json.at(key);
  if (!value.is_number_integer() || (!value.is_number_unsigned() && value.get<long long>() < 0)) {
    throw std::runtime_error(std::string("\"") + key + "\" must be a non-negative integer");
  }
  const auto number = value.get<unsigned long long>();
  if (number > static_cast<unsigned long long>(std::numeric_limits<T>::max())) {
    throw std::runtime_error(std::string("\"") + key + "\" is too large");
  }
  return static_cast<T>(number);
}

} // namespace foia::record::detail
