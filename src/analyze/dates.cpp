// Dates at the precision written. Patterns run in priority order and a later pattern never
// claims text an earlier one matched; each match is checked against its neighbours so phone
// numbers, case numbers (1:10-cv-03488), fractions and version numbers do not pass as dates.

#include "detail.hpp"

#include <algorithm>
#include <cstdio>
#include <stdexcept>

namespace foia::analyze::detail {

namespace {

// In priority order: an earlier pattern claims its text first.
enum PatternId {
  k_day_month_year,
  k_stamp, // MAR - 9 2011 / OCT-19-2010: date stamps and fax headers
  k_month, // August 17, 2010 / Aug. 7 / August 2010, one pass for all three
  k_numeric_slash,
  k_numeric_dash,
  k_iso,
  k_iso_dotted,
  k_numeric_month_year,
  k_numeric_month_day,
  k_fiscal,
  k_year_after_preposition,
  k_pattern_count
};

std::string alternation(std::vector<std::string> words) {
  std::sort(words.begin(), words.end(),
            [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  std::string joined;
  for (const std::string& word : words) {
    if (!joined.empty()) {
      joined += '|';
    }
    joined += RE2::QuoteMeta(word);
  }
  return joined.empty() ? std::string("\\x{0}") : joined;
}

int days_in_month(int year, int month) {
  static constexpr int k_days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month == 2 && year != 0) {
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return leap ? 29 : 28;
  }
  return k_days[month - 1];
}

bool valid(int year, int month, int day) {
  if (month == 0) {
    return day == 0 && year >= 1900 && year <= 2099;
  }
  if (month < 1 || month > 12) {
    return false;
  }
  if (day != 0 && (day < 1 || day > days_in_month(year, month))) {
    return false;
  }
  return year == 0 || (year >= 1900 && year <= 2099);
}

int expand_two_digit_year(int year) {
  return year < 70 ? 2000 + year : 1900 + year;
}

// Numeric dates must stand alone: no digit, slash, dot or hyphen-digit glued to either side
// (Bates numbers, version numbers, case numbers, phone numbers).
bool stands_alone(std::string_view text, std::size_t start, std::size_t end) {
  if (start > 0) {
    const char before = text[start - 1];
    if (is_digit(before) || before == '/' || before == '.' || before == '-' || before == ':' ||
        before == '_') {
      return false;
    }
  }
  if (end < text.size()) {
    const char after = text[end];
    if (is_digit(after) || after == '/' || after == '-' || after == '_') {
      return false;
    }
    if (after == '.' && end + 1 < text.size() && is_digit(text[end + 1])) {
      return false;
    }
  }
  return true;
}

int to_int(std::string_view digits) {
  int number = 0;
  for (char c : digits) {
    if (!is_digit(c)) {
      break;
    }
    number = number * 10 + (c - '0');
  }
  return number;
}

// `value`, 0 to 10^width - 1, in `width` digits with leading zeros, as "%0<width>d" prints it.
void append_digits(std::string& out, int value, int width) {
  char digits[4];
  for (int i = width - 1; i >= 0; --i) {
    digits[i] = static_cast<char>('0' + value % 10);
    value /= 10;
  }
  out.append(digits, static_cast<std::size_t>(width));
}

} // namespace

std::string iso_date(int year, int month, int day) {
  // By hand when every part fits its width, as nearly every date's do: snprintf's cost was a
  // hundred times the digits'.
  if (year >= 0 && year <= 9999 && month >= 0 && month <= 99 && day >= 0 && day <= 99) {
    std::string iso;
    if (year == 0) {
      iso = "--";
      append_digits(iso, month, 2);
      iso += '-';
      append_digits(iso, day, 2);
      return iso;
    }
    append_digits(iso, year, 4);
    if (month != 0) {
      iso += '-';
      append_digits(iso, month, 2);
      if (day != 0) {
        iso += '-';
        append_digits(iso, day, 2);
      }
    }
    return iso;
  }
  char buffer[16];
  if (year == 0) {
    std::snprintf(buffer, sizeof buffer, "--%02d-%02d", month, day);
  } else if (month == 0) {
    std::snprintf(buffer, sizeof buffer, "%04d", year);
  } else if (day == 0) {
    std::snprintf(buffer, sizeof buffer, "%04d-%02d", year, month);
  } else {
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
  }
  return buffer;
}

int nearest_year(int month, int day, std::string_view reference_iso) {
  if (reference_iso.size() < 4 || !is_digit(reference_iso[0])) {
    return 0;
  }
  const int year = to_int(reference_iso.substr(0, 4));
  const int reference_month = reference_iso.size() >= 7 ? to_int(reference_iso.substr(5, 2)) : 6;
  const int reference_day = reference_iso.size() >= 10 ? to_int(reference_iso.substr(8, 2)) : 15;
  const int reference = reference_month * 31 + reference_day;
  const int target = month * 31 + day;
  // More than half a year away: the date is in the neighbouring year (a December memo about
  // "Jan. 5" means next January).
  if (target - reference > 6 * 31) {
    return year - 1;
  }
  if (reference - target > 6 * 31) {
    return year + 1;
  }
  return year;
}

DateTagger::DateTagger(const RulePack& rules) : m_months(rules.months) {
  std::vector<std::string> month_names;
  for (const auto& [name, number] : rules.months) {
    month_names.push_back(name);
  }
  const std::string month = "(" + alternation(month_names) + ")";
  const std::string weekday = "(?:(?:" + alternation(rules.weekdays) + ")\\.?,?\\s+)?";
  const std::string time =
      "(?:,?\\s+(?:at\\s+)?\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*[AaPp]\\.?[Mm]\\.?)?)?";
  std::vector<std::string> prepositions = rules.year_prepositions;
  const std::string sources[k_pattern_count] = {
      // 17 August 2010 / 17th of August, 2010 / the 6th day of September, 2011 / 4 de marzo
      // de 2011; one or two spaces or a line break after the day: a table's row number and its
      // date's column ("  2   Apr. 2009") are no day
      "(?i)\\b(\\d{1,2})(?:st|nd|rd|th)?(?:[ \\t]{1,2}|[ "
      "\\t]*\\n\\s*)(?:day\\s+)?(?:(?:of|de)\\s+)?" +
          month + "\\.?,?\\s+(?:de\\s+)?(\\d{4})\\b",
      // MAR - 9 2011, OCT-19-2010, Oct. 19-2010: a received stamp or a fax header, with a
      // hyphen where a comma would be (without one, the date is the next pattern's)
      "(?i)\\b" + month +
          "\\.?(?:\\s*-\\s*(\\d{1,2})(?:\\s*-\\s*|\\s+)|\\s+(\\d{1,2})\\s*-\\s*)(\\d{4})\\b",
      // Tuesday, August 17, 2010 3:15 PM / Aug. 17, 2010 / August 17-18, 2010 / Aug. 7 / August
      // 2010 / agosto de 2010
      "(?i)\\b" + weekday + month +
          "\\.?(?:\\s*(\\d{1,2})(?:st|nd|rd|th)?(?:\\s*-\\s*\\d{1,2})?\\b(?:,?\\s+(\\d{4})\\b" +
          time + ")?|(?:,?\\s+|\\s+(?:of|de)\\s+)(\\d{4})\\b)",
      // 08/17/2010, 8/17/10
      "\\b(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})\\b" + time,
      // 08-17-2010
      "\\b(\\d{1,2})-(\\d{1,2})-(\\d{4})\\b",
      // 2010-08-17
      "\\b(\\d{4})-(\\d{2})-(\\d{2})\\b",
      // 2010.08.17
      "\\b(\\d{4})\\.(\\d{2})\\.(\\d{2})\\b",
      // 08/2010
      "\\b(\\d{1,2})/(\\d{4})\\b",
      // on 8/17, dated 8/17, "the meeting of 8/24", "[4] 6/3 OSLTC -- ...", "- 3/14: ...": a
      // month and day without a year only after a word that introduces a date, after "of" that
      // dates an event or a message, or opening a line's entry, since elsewhere it may be a
      // fraction
      "(?im)(?:\\b(?:on|dated|since|until|before|after|(?:meeting|call|letter|e-?mail|memo|"
      "message|session|hearing|conversation|visit|week)s?\\s+of)\\s+|(?:--|\\(|\\x{2013}|\\x{2014})"
      "[ "
      "\\t]*|^[ "
      "\\t]*(?:[-*>]\\s*|\\[\\d{1,3}\\]\\s*|"
      "\\(?\\d{1,3}[.)]\\s+)?)(\\d{1,2})/(\\d{1,2})\\b",
      // FY 2013, FY13, fiscal year 2013
      "(?i)\\b(?:FY\\s?|fiscal\\s+year\\s+)('?\\d{4}|'?\\d{2})\\b",
      // by 2013, in early 2011, until the end of 2012
      "(?i)\\b(?:" + alternation(prepositions) +
          ")\\s+(?:(?:the\\s+)?(?:early|late|mid|end\\s+of|beginning\\s+of|start\\s+of|middle\\s+"
          "of|"
          "spring|summer|fall|autumn|winter|calendar\\s+year|year)[\\s-]+(?:of\\s+)?){0,2}(\\d{4})"
          "\\b",
  };
  for (const std::string& source : sources) {
    m_patterns.add(source, "date pattern");
  }
  m_patterns.compile();
}

std::vector<DateMatch> DateTagger::find(std::string_view text) const {
  std::vector<DateMatch> found;
  auto month_number = [this](std::string_view name, bool& capitalised) {
    capitalised = !name.empty() && name[0] >= 'A' && name[0] <= 'Z';
    std::string lower(name);
    for (char& c : lower) {
      c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    }
    const auto found_month = m_months.find(lower);
    return found_month == m_months.end() ? 0 : found_month->second;
  };

  m_patterns.for_each(text, [&](std::size_t id, const re2::StringPiece* captures) {
    const auto start = static_cast<std::size_t>(captures[0].data() - text.data());
    const std::size_t end = start + captures[0].size();
    auto group = [&](int index) {
      return std::string_view(captures[index].data(), captures[index].size());
    };
    DateMatch date{start, end, 0, 0, 0, false};
    bool capitalised = true;
    switch (static_cast<PatternId>(id)) {
    case k_day_month_year:
      date.day = to_int(group(1));
      date.month = month_number(group(2), capitalised);
      date.year = to_int(group(3));
      break;
    case k_stamp:
      if (!stands_alone(text, start, end)) {
        return false;
      }
      date.month = month_number(group(1), capitalised);
      date.day = to_int(group(2).empty() ? group(3) : group(2));
      date.year = to_int(group(4));
      break;
    case k_month:
      date.month = month_number(group(1), capitalised);
      if (!group(2).empty()) {
        date.day = to_int(group(2));
        date.year = to_int(group(3));
        // "Aug. 7" must not run into more digits ("Aug 7/8", "Aug 7:30").
        if (group(3).empty() && end < text.size() &&
            (is_digit(text[end]) || text[end] == '/' || text[end] == ':')) {
          return false;
        }
      } else {
        date.year = to_int(group(4));
      }
      break;
    case k_numeric_slash:
    case k_numeric_dash:
      if (!stands_alone(text, start,
                        start + group(1).size() + group(2).size() + group(3).size() + 2)) {
        return false;
      }
      date.month = to_int(group(1));
      date.day = to_int(group(2));
      date.year = to_int(group(3));
      if (group(3).size() == 2) {
        date.year = expand_two_digit_year(date.year);
      }
      break;
    case k_iso:
    case k_iso_dotted:
      if (!stands_alone(text, start, end)) {
        return false;
      }
      date.year = to_int(group(1));
      date.month = to_int(group(2));
      date.day = to_int(group(3));
      break;
    case k_numeric_month_year:
      if (!stands_alone(text, start, end)) {
        return false;
      }
      date.month = to_int(group(1));
      date.year = to_int(group(2));
      break;
    case k_numeric_month_day: {
      date.start = static_cast<std::size_t>(captures[1].data() - text.data());
      if (!stands_alone(text, date.start, end)) {
        return false;
      }
      // "3/4 of the jails", "(1/2) of them" is a fraction, whatever stands before it.
      static const LazyRegex k_of(R"(^\)?\s+of\b)");
      if (RE2::PartialMatch(text.substr(end, 5), *k_of)) {
        return false;
      }
      // Between a dash or an opening parenthesis and a dash or a closing one: "Call w/ MS DPS
      // -- 3/23 -- Lt. Ames", "told us by phone (11/30) that".
      static const LazyRegex k_opens(R"((?:--|\(|\x{2013}|\x{2014})[ \t]*$)");
      static const LazyRegex k_closes(R"(^[ \t]*(?:--|\)|\x{2013}|\x{2014}))");
      const std::string_view lead = text.substr(start, date.start - start);
      const bool set_off = RE2::PartialMatch(lead, *k_opens);
      if (set_off && !RE2::PartialMatch(text.substr(end, 8), *k_closes)) {
        return false;
      }
      // An entry's date opening its line is followed by a label, a name or a dash ("6/3 OSLTC
      // --", "3/14: ...").
      if (!set_off &&
          std::none_of(lead.begin(), lead.end(), [](char c) { return c >= 'a' && c <= 'z'; })) {
        std::size_t next = end;
        while (next < text.size() && text[next] == ' ') {
          ++next;
        }
        if (next == text.size() || !(text[next] == ':' || text[next] == '-' || text[next] == '(' ||
                                     (text[next] >= 'A' && text[next] <= 'Z'))) {
          return false;
        }
      }
      date.month = to_int(group(1));
      date.day = to_int(group(2));
      break;
    }
    case k_fiscal: {
      std::string_view digits = group(1);
      if (!digits.empty() && digits[0] == '\'') {
        digits.remove_prefix(1);
      }
      date.year = digits.size() == 2 ? 2000 + to_int(digits) : to_int(digits);
      date.fiscal = true;
      break;
    }
    case k_year_after_preposition:
      date.year = to_int(group(1));
      if (date.year < 1950 || date.year > 2049 || !stands_alone(text, start, end)) {
        return false;
      }
      break;
    case k_pattern_count:
      break;
    }
    // Month words must be capitalised: "may 5" is a modal and a number, "May 5" a date. Spanish
    // writes its months in lowercase, and its "de" ("4 de marzo de 2011") makes the date.
    static const LazyRegex k_spanish(R"((?i)\sde\s)");
    if ((!capitalised && !RE2::PartialMatch(text.substr(start, end - start), *k_spanish)) ||
        !valid(date.year, date.month, date.day)) {
      return false;
    }
    if (date.year == 0 && id != k_month && id != k_numeric_month_day) {
      return false;
    }
    found.push_back(date);
    return true;
  });
  return found;
}

} // namespace foia::analyze::detail
