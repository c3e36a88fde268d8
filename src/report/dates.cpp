#include "foia/report/dates.hpp"

#include <charconv>

namespace foia::report {

namespace {

std::optional<int> parse_digits(std::string_view digits) {
  int value = 0;
  const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
  if (error != std::errc{} || end != digits.data() + digits.size()) {
    return std::nullopt;
  }
  return value;
}

// Howard Hinnant's days_from_civil: the proleptic Gregorian calendar, exact for any year.
long days_from_civil(int year, int month, int day) {
  const int shifted_year = month <= 2 ? year - 1 : year;
  const int era = (shifted_year >= 0 ? shifted_year : shifted_year - 399) / 400;
  const int year_of_era = shifted_year - era * 400;
  const int day_of_year = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
  const int day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
  return static_cast<long>(era) * 146097 + day_of_era - 719468;
}

bool is_leap(int year) {
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int days_in_month(int year, int month) {
  constexpr int k_days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && is_leap(year) ? 29 : k_days[month - 1];
}

} // namespace

std::optional<DateRange> parse_iso_date(std::string_view iso) {
  if (iso.size() != 4 && iso.size() != 7 && iso.size() != 10) {
    return std::nullopt;
  }
  const auto year = parse_digits(iso.substr(0, 4));
  if (!year) {
    return std::nullopt;
  }
  if (iso.size() == 4) {
    return DateRange{days_from_civil(*year, 1, 1), days_from_civil(*year, 12, 31)};
  }
  if (iso[4] != '-') {
    return std::nullopt;
  }
  const auto month = parse_digits(iso.substr(5, 2));
  if (!month || *month < 1 || *month > 12) {
    return std::nullopt;
  }
  if (iso.size() == 7) {
    return DateRange{days_from_civil(*year, *month, 1),
                     days_from_civil(*year, *month, days_in_month(*year, *month))};
  }
  if (iso[7] != '-') {
    return std::nullopt;
  }
  const auto day = parse_digits(iso.substr(8, 2));
  if (!day || *day < 1 || *day > days_in_month(*year, *month)) {
    return std::nullopt;
  }
  const long day_number = days_from_civil(*year, *month, *day);
  return DateRange{day_number, day_number};
}

bool strictly_before(std::string_view earlier, std::string_view later) {
  const auto first = parse_iso_date(earlier);
  const auto second = parse_iso_date(later);
  return first && second && first->last_day < second->first_day;
}

bool overlaps(std::string_view iso, std::string_view from, std::string_view to) {
  if (from.empty() && to.empty()) {
    return true;
  }
  const auto range = parse_iso_date(iso);
  if (!range) {
    return false;
  }
  if (!from.empty()) {
    const auto lower = parse_iso_date(from);
    if (!lower || range->last_day < lower->first_day) {
      return false;
    }
  }
  if (!to.empty()) {
    const auto upper = parse_iso_date(to);
    if (!upper || range->first_day > upper->last_day) {
      return false;
    }
  }
  return true;
}

bool compatible(std::string_view a, std::string_view b) {
  const auto first = parse_iso_date(a);
  const auto second = parse_iso_date(b);
  if (!first || !second) {
    return a == b;
  }
  return first->first_day <= second->last_day && second->first_day <= first->last_day;
}

} // namespace foia::report
