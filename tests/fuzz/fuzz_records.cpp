// Arbitrary bytes as a records line and as a tags line: parsed or rejected with an exception,
// never a crash; what parses serializes again.
#include "foia/record/record.hpp"
#include "foia/record/tag.hpp"

#include <cstdint>
#include <stdexcept>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view line(reinterpret_cast<const char*>(data), size);
  try {
    const foia::record::ParsedRecord parsed = foia::record::parse_record_line(line);
    if (parsed.document) {
      (void)foia::record::to_json_line(*parsed.document);
    } else if (parsed.page) {
      (void)foia::record::to_json_line(*parsed.page);
    }
  } catch (const std::runtime_error&) {
  }
  try {
    (void)foia::record::to_json_line(foia::record::parse_tag_line(line));
  } catch (const std::runtime_error&) {
  }
  return 0;
}
