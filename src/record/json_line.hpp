#pragma once
// Shared by the record and tag readers.

#include "foia/record/record.hpp"

namespace foia::record::detail {

/// Parses one line as a JSON object; throws std::runtime_error("not JSON: ..." or
/// "not a JSON object") otherwise.
Json parse_json_object(std::string_view line);

} // namespace foia::record::detail
