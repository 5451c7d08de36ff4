// Reading time expressions off the tokens, before resolution: the cheap
// filter that picks the tokens where a core may start, and the readers of
// each kind of core (dates, months, years, year nouns, decades, quarters,
// halves, weekdays, relative phrases). Private to extract/time.cc.
//
// A TimeReader looks at one document's tokens; it is cheap to construct
// and not thread-safe (one per call). It never allocates per token.
#ifndef FACTMINE_EXTRACT_INTERNAL_TIME_READER_H_
#define FACTMINE_EXTRACT_INTERNAL_TIME_READER_H_

#include <algorithm>
#include <optional>
#include <string_view>

#include "extract/internal/time_rules.h"
#include "normalize/normalize.h"

namespace factmine::internal {

inline constexpr size_t kNoToken = static_cast<size_t>(-1);

// What the reader reads: a core, before resolution.
struct TimeCore {
  enum Type : uint8_t {
    kAbsolute,  // `period` is complete
    kNoYear,    // a half, quarter, month or day whose year comes from P
    kWeekday,
    kRel,      // relative to P: `grain`, `offset`
    kRef,      // the last period of `grain` named before, moved by `offset`
    kEarlier,  // the period just named, `offset` years back
    kSlot,     // a span of `count` `unit`s from P, forward (offset 1) or back (-1)
  };
  size_t begin = 0, end = 0;  // tokens
  Type type = kAbsolute;
  Grain grain = Grain::kYear;  // kNoYear, kRel, kRef: the period's grain (kSpan: a week)
  Period period;
  int part = 0;     // kNoYear: half, quarter or month
  int day = 0;      // kNoYear, grain day: day of month
  int weekday = 0;  // kWeekday: 1 (Monday) .. 7
  int offset = 0;
  int unit = 0, count = 0;
  // kNoYear with a relative year: "premier trimestre de l'an dernier".
  enum YearFrom : uint8_t { kYearFromP, kYearFromRel, kYearFromRef } year_from = kYearFromP;
  int year_offset = 0;
  bool bare_year = false;  // a bare number read as a year: needs a preposition or an edge
  bool standalone_month = false;
  bool needs_prep = false;
  bool no_prep = false;
  bool day_date = false;    // states a day of month: "le", "à partir du" stay out of the span
  bool number_led = false;  // starts with digits
  bool past_only = false;
  bool edge = false;
  bool weekend = false;  // kRel, grain kSpan: Saturday and Sunday only
  bool fiscal = false;   // kRel, grain kYear: the financial year ("this financial year")
  int tense = 0;  // -1 past, +1 future, 0 unknown
};

class TimeReader {
 public:
  TimeReader(const TimeRules& rules, const Lexicon& lex, std::string_view text,
             const TokenList& toks)
      : r_(rules), lex_(lex), text_(text), toks_(toks), n_(toks.size()) {}

 protected:
  using Core = TimeCore;
  static constexpr size_t kNpos = kNoToken;

  // ---- token helpers

  // Token k when it exists and is on the same line as the token before it.
  size_t Next(size_t k) const {
    if (k == kNpos || k >= n_ || (toks_[k].flags & kTokNewline)) return kNpos;
    return k;
  }
  bool Glued(size_t a, size_t b) const {
    return a < n_ && b < n_ && toks_[a].end == toks_[b].begin;
  }
  bool IsMonth(size_t k) const {
    if (k >= n_) return false;
    const Token& t = toks_[k];
    return t.kind == TokenKind::kWord && t.lex >= 0 && (lex_.word(t.lex).bits & kWordMonth);
  }
  bool Capitalized(size_t k) const { return toks_[k].flags & (kTokCapitalized | kTokAllCaps); }
  // The value of a number token of `min`..`max` digits, or -1.
  int Digits(size_t k, int min, int max) const {
    if (k >= n_ || toks_[k].kind != TokenKind::kNumber || toks_[k].length < min ||
        toks_[k].length > max)
      return -1;
    int v = 0;
    for (char c : toks_[k].Text(text_)) v = v * 10 + (c - '0');
    return v;
  }

  // Cheap test: may the core of an expression start at token i? Most
  // tokens fail one Bloom-filter test; the few words that open cores
  // ("l'an", "la fin") are told apart by the next word.
  bool MayStart(size_t i) const {
    const Token& t = toks_[i];
    if (t.kind == TokenKind::kNumber) {
      if (t.length == 4) return true;
      size_t j = NextKey(i);
      if (j != kNpos && TimeRules::Test(r_.slot_suffixes, toks_[j].hash))
        return true;  // "12 prochains mois"
      if (t.length > 2) return false;
      // A day ("27 juillet", "1er août", "27/07/2024") or "3e trimestre".
      j = i + 1;
      if (Next(j) == kNpos) return false;
      if (IsMonth(j) || TimeRules::Test(r_.pairs, TimeRules::PairHash(t.hash, toks_[j].hash)))
        return true;
      // A day range's first day: "du 24 au 27 juillet".
      if (toks_[j].kind == TokenKind::kWord && j + 2 < n_ && toks_[j + 1].kind == TokenKind::kNumber &&
          toks_[j + 1].length <= 2 && Next(j + 2) != kNpos && IsMonth(j + 2)) {
        return true;
      }
      if (!Glued(i, j)) return false;
      if (toks_[j].kind == TokenKind::kWord) return Next(j + 1) != kNpos && IsMonth(j + 1);
      return toks_[j].kind == TokenKind::kPunct && Glued(j, j + 1) &&
             toks_[j + 1].kind == TokenKind::kNumber;
    }
    if (t.kind != TokenKind::kWord) return false;
    if (TimeRules::Test(r_.complete, t.hash)) return true;  // also month names
    // "trois prochaines années": a number word before a slot's words.
    if (TimeRules::Test(r_.slot_suffixes, t.hash) && i > 0 &&
        toks_[i - 1].kind == TokenKind::kWord && toks_[i - 1].lex >= 0 &&
        (lex_.word(toks_[i - 1].lex).bits & kWordNumber)) {
      return true;
    }
    size_t j = NextKey(i);
    if (j == kNpos) return false;
    if (TimeRules::Test(r_.pairs, TimeRules::PairHash(t.hash, toks_[j].hash))) return true;
    return TimeRules::Test(r_.leads, t.hash) && MayContinue(j);
  }

  // The next word or number after token i, skipping one glued apostrophe
  // or hyphen ("l'an", "mi-2025"), on the same line; or kNpos.
  size_t NextKey(size_t i) const {
    size_t j = i + 1;
    if (j < n_ && toks_[j].kind == TokenKind::kPunct && Glued(i, j)) ++j;
    if (Next(j) == kNpos || toks_[j].kind == TokenKind::kPunct) return kNpos;
    return j;
  }

  // Whether a core may follow an edge or a year noun at j: a number, a
  // month, a one-word core, or the first two words of a phrase.
  bool MayContinue(size_t j) const {
    const Token& u = toks_[j];
    if (u.kind == TokenKind::kNumber || TimeRules::Test(r_.complete, u.hash)) return true;
    size_t k = NextKey(j);
    return k != kNpos && TimeRules::Test(r_.pairs, TimeRules::PairHash(u.hash, toks_[k].hash));
  }

  // Longest phrase of a row table at k, honouring the `glued` flag.
  std::optional<PhraseMatch> Phrase(const PhraseTable& table, size_t k) const {
    if (k == kNpos || k >= n_) return std::nullopt;
    auto m = table.Match(toks_, k, text_);
    if (!m) return std::nullopt;
    if (r_.rows[static_cast<size_t>(m->id)].flags & internal::kRowGlued) {
      for (size_t j = k; j + 1 < m->end_token; ++j) {
        if (!Glued(j, j + 1)) return std::nullopt;
      }
    }
    return m;
  }
  const TimeRow& Row(const PhraseMatch& m) const { return r_.rows[static_cast<size_t>(m.id)]; }

  // Whether the year (or date) ending at token `last` is followed by what
  // makes it an amount or a code: glued letters or digits ("2024e",
  // "2024,5"), a unit, currency, scale or counted noun ("en 2000
  // exemplaires").
  bool GoodTail(size_t last) const {
    size_t k = last + 1;
    if (k >= n_) return true;
    const Token& t = toks_[k];
    if (Glued(last, k)) {
      if (t.kind == TokenKind::kWord || t.kind == TokenKind::kNumber || IsPunct(t, '%'))
        return false;
      if (t.kind == TokenKind::kPunct &&
          (t.cp == '.' || t.cp == ',' || t.cp == '-' || t.cp == '/') && k + 1 < n_ &&
          Glued(k, k + 1) && toks_[k + 1].kind == TokenKind::kNumber) {
        return false;
      }
    }
    if (Next(k) == kNpos) return true;
    if (t.kind == TokenKind::kNumber && (t.flags & kTokSingleSpace) && t.length == 3)
      return false;  // "2 024 000"
    if (lex_.currencies().Match(toks_, k, text_) || lex_.units().Match(toks_, k, text_) ||
        lex_.scales().Match(toks_, k, text_)) {
      return false;
    }
    if (t.kind == TokenKind::kWord &&
        std::binary_search(r_.count_nouns.begin(), r_.count_nouns.end(), t.hash)) {
      return false;
    }
    return true;
  }

  // A four-digit year at k within [lo, hi] with a good tail, or -1.
  int YearAt(size_t k, int lo, int hi) const {
    int y = Digits(k, 4, 4);
    if (y < lo || y > hi || !GoodTail(k)) return -1;
    return y;
  }

  // A month name at k: its number and one past its last token (with the dot
  // of an abbreviation), or 0. Abbreviations need a number next to them,
  // which the caller checks (`*abbreviation`).
  int MonthAt(size_t k, size_t* end, bool* abbreviation) const {
    if (k == kNpos || !IsMonth(k)) return 0;
    if (r_.months_capitalized && !Capitalized(k)) return 0;
    *abbreviation = std::binary_search(r_.month_abbreviations.begin(), r_.month_abbreviations.end(),
                                       toks_[k].hash);
    *end = k + 1;
    if (*abbreviation && k + 1 < n_ && IsPunct(toks_[k + 1], '.') && Glued(k, k + 1)) *end = k + 2;
    return lex_.word(toks_[k].lex).month;
  }

  // An ordinal suffix glued to the digits at k ("1er", "14th"): the token
  // after it, else k + 1.
  size_t SkipOrdinalSuffix(size_t k) const {
    size_t s = k + 1;
    if (s < n_ && Glued(k, s) && toks_[s].kind == TokenKind::kWord && toks_[s].length <= 4 &&
        lex_.IsOrdinalSuffix(Fold(toks_[s].Text(text_)))) {  // short: no heap allocation
      return s + 1;
    }
    return s;
  }

  // ---- cores

  // A date led by a day number at k: "30 novembre 2022", "1er août",
  // "27/07/2024".
  std::optional<Core> DayFirst(size_t k) const {
    int d = Digits(k, 1, 2);
    if (d < 1 || d > 31) return std::nullopt;
    Core c;
    c.begin = k;
    c.number_led = true;
    c.day_date = true;
    // Numeric: d/m/yyyy or m/d/yyyy.
    if (k + 4 < n_ && toks_[k + 1].kind == TokenKind::kPunct &&
        (toks_[k + 1].cp == '/' || toks_[k + 1].cp == '.') &&
        IsPunct(toks_[k + 3], toks_[k + 1].cp) && Glued(k, k + 1) && Glued(k + 1, k + 2) &&
        Glued(k + 2, k + 3) && Glued(k + 3, k + 4)) {
      int b = Digits(k + 2, 1, 2), y = Digits(k + 4, 4, 4);
      if (b < 1 || y < 1000 || !GoodTail(k + 4)) return std::nullopt;
      int day = r_.month_first ? b : d, month = r_.month_first ? d : b;
      if (!CivilDate::IsValid(y, month, day)) std::swap(day, month);
      if (!CivilDate::IsValid(y, month, day)) return std::nullopt;
      c.period = Period::Day({y, month, day});
      c.end = k + 5;
      return c;
    }
    size_t after = SkipOrdinalSuffix(k);
    size_t m_end = 0;
    bool abbreviation = false;
    int m = MonthAt(Next(after), &m_end, &abbreviation);
    if (m == 0) return std::nullopt;
    c.end = m_end;
    if (int y = YearAt(Next(m_end), 1000, 2999); y > 0) {
      if (!CivilDate::IsValid(y, m, d)) return std::nullopt;
      c.period = Period::Day({y, m, d});
      c.end = m_end + 1;
      return c;
    }
    if (d > CivilDate::DaysInMonth(2024, m))
      return std::nullopt;  // a leap year: 29 février can exist
    c.type = Core::kNoYear;
    c.grain = Grain::kDay;
    c.part = m;
    c.day = d;
    return c;
  }

  // A date or month led by a month name at k: "juillet 2024", "March 14,
  // 2025", "mai".
  std::optional<Core> MonthFirst(size_t k) const {
    size_t m_end = 0;
    bool abbreviation = false;
    int m = MonthAt(k, &m_end, &abbreviation);
    if (m == 0) return std::nullopt;
    Core c;
    c.begin = k;
    c.end = m_end;
    size_t j = Next(m_end);
    if (r_.month_day && j != kNpos) {
      int d = Digits(j, 1, 2);
      if (d >= 1 && d <= 31 && GoodDayTail(j)) {
        size_t after = SkipOrdinalSuffix(j);
        c.day_date = true;
        c.end = after;
        size_t y_at = Next(after);
        if (y_at != kNpos && IsPunct(toks_[y_at], ',')) y_at = Next(y_at + 1);
        if (int y = YearAt(y_at, 1000, 2999); y > 0) {
          if (!CivilDate::IsValid(y, m, d)) return std::nullopt;
          c.period = Period::Day({y, m, d});
          c.end = y_at + 1;
          return c;
        }
        if (d > CivilDate::DaysInMonth(2024, m)) return std::nullopt;
        c.type = Core::kNoYear;
        c.grain = Grain::kDay;
        c.part = m;
        c.day = d;
        return c;
      }
    }
    if (int y = YearAt(j, 1000, 2999); y > 0) {
      c.period = Period::Month(y, m);
      c.end = j + 1;
      return c;
    }
    // "the April-June quarter": a pair of months that is a calendar quarter.
    if (j != kNpos && (m - 1) % 3 == 0 && IsPunct(toks_[j], '-')) {
      size_t m2_end = 0;
      bool abbr2 = false;
      if (size_t k2 = Next(j + 1); k2 != kNpos && MonthAt(k2, &m2_end, &abbr2) == m + 2) {
        if (auto q = Phrase(r_.quarter_nouns, Next(m2_end))) {
          c.end = q->end_token;
          c.type = Core::kNoYear;
          c.grain = Grain::kQuarter;
          c.part = (m - 1) / 3 + 1;
          return c;
        }
      }
    }
    if (abbreviation) return std::nullopt;
    c.type = Core::kNoYear;
    c.grain = Grain::kMonth;
    c.part = m;
    c.standalone_month = true;
    return c;
  }

  // A day number after a month name is not the start of an amount: "March
  // 14" but not "March 14 000" or "March 14.5".
  bool GoodDayTail(size_t j) const {
    size_t k = j + 1;
    if (k >= n_) return true;
    if (toks_[k].kind == TokenKind::kNumber && (toks_[k].flags & kTokSingleSpace)) return false;
    if (Glued(j, k) && toks_[k].kind == TokenKind::kPunct && k + 1 < n_ && Glued(k, k + 1) &&
        toks_[k + 1].kind == TokenKind::kNumber) {
      return false;
    }
    return true;
  }

  // Cores led by a four-digit number at k.
  std::optional<Core> YearFirst(size_t k) const {
    int y = Digits(k, 4, 4);
    if (y < 1000) return std::nullopt;
    Core c;
    c.begin = k;
    c.number_led = true;
    // ISO date: 2024-07-27 (also 2024/07/27).
    if (k + 4 < n_ && toks_[k + 1].kind == TokenKind::kPunct &&
        (toks_[k + 1].cp == '-' || toks_[k + 1].cp == '/') &&
        IsPunct(toks_[k + 3], toks_[k + 1].cp) && Glued(k, k + 1) && Glued(k + 1, k + 2) &&
        Glued(k + 2, k + 3) && Glued(k + 3, k + 4) && toks_[k + 2].length == 2 &&
        toks_[k + 4].length == 2) {
      int m = Digits(k + 2, 2, 2), d = Digits(k + 4, 2, 2);
      if (!CivilDate::IsValid(y, m, d) || !GoodTail(k + 4)) return std::nullopt;
      c.period = Period::Day({y, m, d});
      c.day_date = true;
      c.end = k + 5;
      return c;
    }
    if (y < 1900 || y > 2100) return std::nullopt;
    // Ranges: 2025-2030, and split years 2024/25 (a preposition needed).
    if (k + 2 < n_ && toks_[k + 1].kind == TokenKind::kPunct &&
        (toks_[k + 1].cp == '-' || toks_[k + 1].cp == '/') && Glued(k, k + 1) &&
        Glued(k + 1, k + 2)) {
      int y2 = Digits(k + 2, 4, 4);
      if (y2 > y && y2 <= y + 50 && GoodTail(k + 2)) {
        c.period = Period::Span({y, 1, 1}, {y2, 12, 31});
        c.end = k + 3;
        return c;
      }
      int yy = Digits(k + 2, 2, 2);
      if (yy >= 0 && yy == (y + 1) % 100 && GoodTail(k + 2)) {
        c.period = Period::Span({y, 1, 1}, {y + 1, 12, 31});
        c.end = k + 3;
        c.bare_year = true;
        return c;
      }
      return std::nullopt;
    }
    // Decades: "1990s".
    if (k + 1 < n_ && Glued(k, k + 1)) {
      if (auto s = r_.decades_after.Match(toks_, k + 1, text_)) {
        if (y % 10 != 0 || !GoodTail(s->end_token - 1)) return std::nullopt;
        c.period = Period::Span({y, 1, 1}, {y + 9, 12, 31});
        c.end = s->end_token;
        return c;
      }
    }
    if (!GoodTail(k)) return std::nullopt;
    c.period = Period::Year(y);
    c.end = k + 1;
    c.bare_year = true;
    return c;
  }

  // A year noun and its year: "l'exercice 2024", "fiscal 2025", "FY25",
  // "exercice 2025/26".
  std::optional<Core> YearNoun(size_t k, const PhraseMatch& m) const {
    const TimeRow& row = Row(m);
    bool fiscal = row.value == 1;
    size_t j = Next(m.end_token);
    Core c;
    c.begin = k;
    c.no_prep = row.flags & internal::kRowNoPrep;
    if (int y = Digits(j, 4, 4); y >= 1900 && y <= 2100) {
      // Split years name a fiscal year by its end: "2024/25" = FY2025.
      if (j + 2 < n_ && toks_[j + 1].kind == TokenKind::kPunct &&
          (toks_[j + 1].cp == '/' || toks_[j + 1].cp == '-') && Glued(j, j + 1) &&
          Glued(j + 1, j + 2)) {
        int y2 = Digits(j + 2, 4, 4);
        int yy = Digits(j + 2, 2, 2);
        if ((y2 == y + 1 || (yy >= 0 && yy == (y + 1) % 100)) && GoodTail(j + 2)) {
          c.period = Period::Year(y + 1, true);
          c.end = j + 3;
          return c;
        }
        return std::nullopt;
      }
      if (!GoodTail(j)) return std::nullopt;
      c.period = Period::Year(y, fiscal);
      c.end = j + 1;
      return c;
    }
    if ((row.flags & internal::kRowShort) && j != kNpos && Glued(m.end_token - 1, j)) {
      int yy = Digits(j, 2, 2);
      if (yy >= 0 && GoodTail(j)) {
        c.period = Period::Year(2000 + yy, fiscal);
        c.end = j + 1;
        return c;
      }
    }
    return std::nullopt;
  }

  // "années 1990", "années 90", "the 1990s".
  std::optional<Core> Decade(size_t k, const PhraseMatch& m) const {
    const TimeRow& row = Row(m);
    size_t j = Next(m.end_token);
    int y = Digits(j, 4, 4);
    if (y < 0 && row.value == internal::kDecadeBefore) {
      int yy = Digits(j, 2, 2);
      if (yy >= 30 && yy <= 90) y = 1900 + yy;
    }
    if (y < 1900 || y > 2090 || y % 10 != 0) return std::nullopt;
    Core c;
    c.begin = k;
    c.end = j + 1;
    if (j + 1 < n_ && Glued(j, j + 1)) {
      if (auto s = r_.decades_after.Match(toks_, j + 1, text_)) c.end = s->end_token;
    }
    if (row.value == internal::kDecadeArticle && c.end == j + 1) return std::nullopt;
    if (!GoodTail(c.end - 1)) return std::nullopt;
    c.period = Period::Span({y, 1, 1}, {y + 9, 12, 31});
    return c;
  }

  // The year after a half or quarter: "2024", "de 2024", "of last year".
  void AttachYear(Core* c) const {
    size_t j = Next(c->end);
    if (j == kNpos) return;
    size_t after_link = j;
    if (auto l = Phrase(r_.links, j)) after_link = Next(l->end_token);
    for (size_t at : {j, after_link}) {
      if (int y = YearAt(at, 1900, 2100); y > 0) {
        c->period =
            c->grain == Grain::kHalf ? Period::Half(y, c->part) : Period::Quarter(y, c->part);
        c->type = Core::kAbsolute;
        c->end = at + 1;
        return;
      }
    }
    if (after_link == j) return;
    if (auto m = Phrase(r_.cores, after_link)) {
      const TimeRow& row = Row(*m);
      if (row.kind == RowKind::kYearRel || row.kind == RowKind::kYearRef) {
        c->year_from = row.kind == RowKind::kYearRel ? Core::kYearFromRel : Core::kYearFromRef;
        c->year_offset = row.value;
        c->end = m->end_token;
      }
    }
  }

  std::optional<Core> FromRow(size_t k, const PhraseMatch& m) const {
    const TimeRow& row = Row(m);
    Core c;
    c.begin = k;
    c.end = m.end_token;
    c.no_prep = row.flags & internal::kRowNoPrep;
    c.needs_prep = row.flags & internal::kRowNeedsPrep;
    c.past_only = row.flags & internal::kRowPast;
    c.offset = row.value;
    switch (row.kind) {
      case RowKind::kQuarter:
      case RowKind::kHalf:
        c.type = Core::kNoYear;
        c.grain = row.kind == RowKind::kQuarter ? Grain::kQuarter : Grain::kHalf;
        c.part = row.value;
        AttachYear(&c);
        if (c.type == Core::kAbsolute || c.year_from != Core::kYearFromP) c.needs_prep = false;
        return c;
      case RowKind::kWeekday: {
        if (r_.weekdays_capitalized && !Capitalized(k)) return std::nullopt;
        c.type = Core::kWeekday;
        c.weekday = row.value;
        // "jeudi 27 juillet", "Thursday, July 27": the date.
        size_t j = Next(c.end);
        if (j != kNpos && IsPunct(toks_[j], ',')) j = Next(j + 1);
        if (j != kNpos) {
          std::optional<Core> d = toks_[j].kind == TokenKind::kNumber ? DayFirst(j) : MonthFirst(j);
          if (d && d->day_date) {
            d->begin = k;
            d->number_led = false;
            return d;
          }
        }
        return c;
      }
      case RowKind::kYearRel:
        c.type = Core::kRel;
        c.grain = Grain::kYear;
        return c;
      case RowKind::kHalfRel:
        c.type = Core::kRel;
        c.grain = Grain::kHalf;
        return c;
      case RowKind::kQuarterRel:
        c.type = Core::kRel;
        c.grain = Grain::kQuarter;
        return c;
      case RowKind::kMonthRel:
        c.type = Core::kRel;
        c.grain = Grain::kMonth;
        return c;
      case RowKind::kWeekRel:
        c.type = Core::kRel;
        c.grain = Grain::kSpan;
        return c;
      case RowKind::kWeekendRel:
        c.type = Core::kRel;
        c.grain = Grain::kSpan;
        c.weekend = true;
        return c;
      case RowKind::kFiscalRel:
        c.type = Core::kRel;
        c.grain = Grain::kYear;
        c.fiscal = true;
        return c;
      case RowKind::kDayRel:
        c.type = Core::kRel;
        c.grain = Grain::kDay;
        return c;
      case RowKind::kYearRef:
        c.type = Core::kRef;
        c.grain = Grain::kYear;
        return c;
      case RowKind::kHalfRef:
        c.type = Core::kRef;
        c.grain = Grain::kHalf;
        return c;
      case RowKind::kQuarterRef:
        c.type = Core::kRef;
        c.grain = Grain::kQuarter;
        return c;
      case RowKind::kMonthRef:
        c.type = Core::kRef;
        c.grain = Grain::kMonth;
        return c;
      case RowKind::kEarlier:
        c.type = Core::kEarlier;
        return c;
      case RowKind::kSlot:
        c.type = Core::kSlot;
        c.unit = row.unit;
        c.count = row.count;
        return c;
      default:
        return std::nullopt;
    }
  }

  // The longest core at k, without preposition or edge.
  std::optional<Core> Bare(size_t k) const {
    if (k == kNpos) return std::nullopt;
    std::optional<Core> best;
    auto consider = [&](std::optional<Core> c) {
      if (c && (!best || c->end > best->end)) best = std::move(c);
    };
    const Token& t = toks_[k];
    const bool phrases = r_.MayStartCore(t.hash);
    if (t.kind == TokenKind::kNumber) {
      consider(t.length == 4 ? YearFirst(k) : DayFirst(k));
    } else if (t.kind == TokenKind::kWord) {
      if (IsMonth(k)) consider(MonthFirst(k));
      if (phrases) {
        if (auto m = Phrase(r_.year_nouns, k)) consider(YearNoun(k, *m));
        if (auto m = Phrase(r_.decades_before, k)) consider(Decade(k, *m));
      }
    }
    if (phrases) {
      if (auto m = Phrase(r_.cores, k)) consider(FromRow(k, *m));  // also "3e trimestre"
    }
    if (best && (best->type == Core::kNoYear || best->type == Core::kWeekday) &&
        best->year_from == Core::kYearFromP) {
      if (auto m = Phrase(r_.tenses, Next(best->end))) {
        best->tense = Row(*m).value;
        best->end = m->end_token;
        best->standalone_month = false;
      }
    }
    return best;
  }

  // [edge] core at k.
  std::optional<Core> CoreAt(size_t k) const {
    if (k == kNpos) return std::nullopt;
    const Token& t = toks_[k];
    if (t.kind == TokenKind::kPunct ||
        (t.kind == TokenKind::kWord && !IsMonth(k) && !r_.MayStartCore(t.hash))) {
      return std::nullopt;  // most tokens
    }
    std::optional<Core> best = Bare(k);
    if (auto e = Phrase(r_.edges, k)) {
      std::optional<Core> c = Bare(Next(e->end_token));
      if (c && (!best || c->end > best->end)) {
        c->begin = k;
        c->edge = true;
        c->number_led = false;
        best = std::move(c);
      }
    }
    return best;
  }

  const TimeRules& r_;
  const Lexicon& lex_;
  std::string_view text_;
  const TokenList& toks_;
  const size_t n_;
};

}  // namespace factmine::internal

#endif  // FACTMINE_EXTRACT_INTERNAL_TIME_READER_H_
