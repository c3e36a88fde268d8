#pragma once
// Telling a document's own date line ("DATE: August 17, 2010") from dates in its body.
// Internal to the report stage.

#include <cstddef>
#include <string_view>

namespace foia::report {

/// True when `line` holds the date at [date_start, date_end) and otherwise only a label such
/// as "Date:" or "Dated", a weekday or punctuation.
bool is_date_line(std::string_view line, std::size_t date_start, std::size_t date_end);

/// True when the line is an email header carrying a send date ("Sent: ...", "Date: ..." in a
/// header block is decided by the email tags, not here).
bool is_sent_line(std::string_view line);

} // namespace foia::report
