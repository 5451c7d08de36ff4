// CivilDate: a proleptic Gregorian calendar date, and the little arithmetic
// that time resolution needs (month/day arithmetic, end of month, quarters).
// Thread-safety: a value type.
#ifndef FACTMINE_BASE_DATE_H_
#define FACTMINE_BASE_DATE_H_

#include <optional>
#include <string>
#include <string_view>

namespace factmine {

struct CivilDate {
  int year = 0;
  int month = 0;  // 1..12
  int day = 0;    // 1..31

  // Parses "YYYY-MM-DD" (also accepts a trailing "THH:MM..." which is ignored).
  // nullopt when malformed or not a real calendar date.
  static std::optional<CivilDate> Parse(std::string_view s);
  static bool IsValid(int y, int m, int d);
  static int DaysInMonth(int y, int m);

  // Days since 1970-01-01 and back.
  long ToDays() const;
  static CivilDate FromDays(long days);

  CivilDate AddDays(long n) const { return FromDays(ToDays() + n); }
  // Adds n months, clamping the day to the target month's length.
  CivilDate AddMonths(int n) const;
  int Quarter() const { return (month - 1) / 3 + 1; }
  // 0 = Monday ... 6 = Sunday.
  int Weekday() const;

  std::string ToString() const;  // "YYYY-MM-DD"
  bool valid() const { return IsValid(year, month, day); }

  friend bool operator==(const CivilDate&, const CivilDate&) = default;
  friend auto operator<=>(const CivilDate&, const CivilDate&) = default;
};

}  // namespace factmine

#endif  // FACTMINE_BASE_DATE_H_
