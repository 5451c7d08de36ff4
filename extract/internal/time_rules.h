// The compiled form of data/<lang>/times.tsv (see the header of that file for
// its columns), and the calendar periods the time recognizer resolves to.
// Private to extract/time.cc.
//
// LoadTimeRules() never fails: a malformed row is skipped and noted in
// TimeRules::skipped; a language without times.tsv gets empty tables (the
// recognizer then reads absolute dates only). The result is immutable and
// safe to share between threads.
#ifndef FACTMINE_EXTRACT_INTERNAL_TIME_RULES_H_
#define FACTMINE_EXTRACT_INTERNAL_TIME_RULES_H_

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/date.h"
#include "data/data.h"
#include "normalize/normalize.h"

namespace factmine::internal {

// ---------------------------------------------------------------------------
// Periods

enum class Grain : uint8_t { kYear, kHalf, kQuarter, kMonth, kDay, kSpan };

inline const char* GrainName(Grain g) {
  switch (g) {
    case Grain::kYear:
      return "year";
    case Grain::kHalf:
      return "half";
    case Grain::kQuarter:
      return "quarter";
    case Grain::kMonth:
      return "month";
    case Grain::kDay:
      return "day";
    case Grain::kSpan:
      return "span";
  }
  return "span";
}

// A resolved period: a calendar year, half, quarter, month, day, or an
// explicit span. `part` is the half (1-2), quarter (1-4) or month (1-12).
struct Period {
  Grain grain = Grain::kYear;
  int year = 0;
  int part = 0;
  bool fiscal = false;
  CivilDate first, last;

  // A fiscal year's interval is approximated by the calendar year of the
  // same number: the fiscal calendar of the company is not known here.
  static Period Year(int y, bool fiscal = false) {
    return {Grain::kYear, y, 0, fiscal, {y, 1, 1}, {y, 12, 31}};
  }
  static Period Half(int y, int h) {
    return {
        Grain::kHalf, y, h, false, {y, h * 6 - 5, 1}, {y, h * 6, CivilDate::DaysInMonth(y, h * 6)}};
  }
  static Period Quarter(int y, int q) {
    return {Grain::kQuarter,
            y,
            q,
            false,
            {y, q * 3 - 2, 1},
            {y, q * 3, CivilDate::DaysInMonth(y, q * 3)}};
  }
  static Period Month(int y, int m) {
    return {Grain::kMonth, y, m, false, {y, m, 1}, {y, m, CivilDate::DaysInMonth(y, m)}};
  }
  static Period Day(CivilDate d) { return {Grain::kDay, d.year, d.month, false, d, d}; }
  static Period Span(CivilDate a, CivilDate b) { return {Grain::kSpan, a.year, 0, false, a, b}; }

  // The same kind of period `n` years later (earlier when n < 0). A span
  // does not move.
  Period ShiftYears(int n) const {
    switch (grain) {
      case Grain::kYear:
        return Year(year + n, fiscal);
      case Grain::kHalf:
        return Half(year + n, part);
      case Grain::kQuarter:
        return Quarter(year + n, part);
      case Grain::kMonth:
        return Month(year + n, part);
      case Grain::kDay:
        return Day(first.AddMonths(12 * n));
      case Grain::kSpan:
        return *this;
    }
    return *this;
  }

  // The same period `n` years later, a span moved too ("entre juin et
  // août" of the year before).
  Period MoveYears(int n) const {
    if (grain != Grain::kSpan) return ShiftYears(n);
    return Span(first.AddMonths(12 * n), last.AddDays(1).AddMonths(12 * n).AddDays(-1));
  }

  // The period of `grain` numbered `part` (and `day`) in year y; nullopt
  // for a day that year lacks (29 February).
  static std::optional<Period> InYear(Grain grain, int part, int day, int y) {
    switch (grain) {
      case Grain::kHalf:
        return Half(y, part);
      case Grain::kQuarter:
        return Quarter(y, part);
      case Grain::kMonth:
        return Month(y, part);
      case Grain::kDay:
        if (!CivilDate::IsValid(y, part, day)) return std::nullopt;
        return Day({y, part, day});
      default:
        return std::nullopt;
    }
  }

  // The most recent such period that has begun on or before p (tense < 0),
  // or the next one that has not ended before p (tense > 0).
  static std::optional<Period> Around(Grain grain, int part, int day, int tense, CivilDate p) {
    std::optional<Period> best;
    for (int y = p.year - 1; y <= p.year + 1; ++y) {
      std::optional<Period> cand = InYear(grain, part, day, y);
      if (!cand) continue;
      if (tense > 0 ? cand->last >= p : cand->first <= p) {
        if (tense > 0) return cand;  // earliest first
        best = cand;
      }
    }
    return best;
  }

  // p's period of `grain`, moved by `n` of them (kSpan: the week, Monday
  // to Sunday).
  static Period Relative(CivilDate p, Grain grain, int n) {
    switch (grain) {
      case Grain::kYear:
        return Year(p.year + n);
      case Grain::kHalf:
        return Half(p.year, (p.month - 1) / 6 + 1).Shift(n);
      case Grain::kQuarter:
        return Quarter(p.year, p.Quarter()).Shift(n);
      case Grain::kMonth: {
        CivilDate d = CivilDate{p.year, p.month, 1}.AddMonths(n);
        return Month(d.year, d.month);
      }
      case Grain::kDay:
        return Day(p.AddDays(n));
      case Grain::kSpan: {
        CivilDate monday = p.AddDays(-p.Weekday() + 7L * n);
        return Span(monday, monday.AddDays(6));
      }
    }
    return Year(p.year);
  }

  // The period `n` of its own grain later (a year, half or quarter; other
  // grains do not move).
  Period Shift(int n) const {
    switch (grain) {
      case Grain::kHalf: {
        int idx = year * 2 + part - 1 + n;
        return Half(idx / 2, idx % 2 + 1);
      }
      case Grain::kQuarter: {
        int idx = year * 4 + part - 1 + n;
        return Quarter(idx / 4, idx % 4 + 1);
      }
      case Grain::kYear:
        return Year(year + n, fiscal);
      default:
        return *this;
    }
  }

  // "2024", "FY2024", "2024-H1", "2024-Q3", "2024-05", "2024-07-27",
  // "2024-01-01/2024-07-27". (Formatted by hand: snprintf costs more than
  // the rest of the recognizer per expression.)
  std::string Value() const {
    char buf[24];
    char* p = buf;
    auto num = [&p](int v, int width) {
      for (int k = width - 1; k >= 0; --k, v /= 10) p[k] = static_cast<char>('0' + v % 10);
      p += width;
    };
    auto date = [&](const CivilDate& d) {
      num(d.year, 4);
      *p++ = '-';
      num(d.month, 2);
      *p++ = '-';
      num(d.day, 2);
    };
    switch (grain) {
      case Grain::kYear:
        if (fiscal) {
          *p++ = 'F';
          *p++ = 'Y';
        }
        num(year, 4);
        break;
      case Grain::kHalf:
      case Grain::kQuarter:
        num(year, 4);
        *p++ = '-';
        *p++ = grain == Grain::kHalf ? 'H' : 'Q';
        num(part, 1);
        break;
      case Grain::kMonth:
        num(year, 4);
        *p++ = '-';
        num(part, 2);
        break;
      case Grain::kDay:
        date(first);
        break;
      case Grain::kSpan:
        date(first);
        *p++ = '/';
        date(last);
        break;
    }
    return std::string(buf, static_cast<size_t>(p - buf));
  }
};

// ---------------------------------------------------------------------------
// Rules

enum class RowKind : uint8_t {
  kPrep,
  kArticle,
  kEdge,
  kLink,
  kYearNoun,
  kQuarter,
  kHalf,
  kWeekday,
  kYearRel,
  kHalfRel,
  kQuarterRel,
  kMonthRel,
  kWeekRel,
  kWeekendRel,
  kFiscalRel,
  kDayRel,
  kYearRef,
  kHalfRef,
  kQuarterRef,
  kMonthRef,
  kEarlier,
  kDecade,
  kRange,
  kConj,
  kTense,
  kFuture,
  kPastCue,
  kPastBlocker,
  kFiscalAfter,
  kFiscalTo,
  kSlot,
  kSeason,
  kSeasonRel,
  kSeasonWord,
  kYearTo,
  kSameRef,
  kBaseBefore,
  kQuarterNoun,
  kNotTime,
};

enum RowFlag : uint8_t {
  kRowCase = 1,       // compare raw text
  kRowGlued = 2,      // tokens touch
  kRowNeedsPrep = 4,  // only after a preposition (or before a year)
  kRowNoPrep = 8,     // a preposition before it stays out of the span
  kRowPast = 16,      // always the most recent one
  kRowShort = 32,     // a two-digit year may be glued to it
  kRowNoYear = 64,    // preposition: does not make a bare number a year
  kRowYearAtEnd = 128,  // noyear preposition: but a year ending its clause is one ("from 2027.")
};

enum PrepSense : int { kAt = 0, kSince = 1, kUntil = 2, kOnward = 3 };
enum DecadeSide : int { kDecadeBefore = 0, kDecadeAfter = 1, kDecadeArticle = 2 };
enum SlotUnit : int { kUnitYear, kUnitQuarter, kUnitMonth, kUnitWeek, kUnitDay };

struct TimeRow {
  RowKind kind = RowKind::kPrep;
  uint8_t flags = 0;
  int value =
      0;  // offset, number, PrepSense, DecadeSide, fiscal (1/0), tense (-1/+1), slot direction
  int unit = 0;   // slot: SlotUnit
  int count = 0;  // slot: fixed count when the phrase has no '#'
};

// A phrase with a number in it: prefix (matched by a PhraseTable), '#', then
// `suffix` token hashes.
struct SlotRow {
  std::vector<uint64_t> suffix;
  int row = -1;  // into TimeRules::rows
};

struct TimeRules {
  std::vector<TimeRow> rows;
  // One table per role; ids index `rows`.
  PhraseTable preps, articles, edges, links, year_nouns, cores, decades_before, decades_after,
      ranges, conjs, tenses, futures, pasts, past_blockers, fiscal_afters, fiscal_tos, slot_prefixes;
  // "la saison 2025-2026", "la campagne 2024-2025": a season from its first
  // month to the month before it, a year later; "la saison dernière".
  PhraseTable seasons, season_rels;
  // "opéra", "theatre": an article that names one reads its seasons from
  // another month (September: a cultural season).
  PhraseTable season_words;
  // "in the year to March 31": the twelve months that end on that date.
  PhraseTable years_to;
  // "sur la même période", "over the same period": the period named last.
  PhraseTable same_refs;
  // "the April-June quarter": after a pair of months that spans a calendar
  // quarter, the noun that makes the pair that quarter.
  PhraseTable quarter_nouns;
  // "à l'année" (year-round): words that would read as a time and are none.
  PhraseTable not_times;
  // "contre", "up from": before a figure whose date is a comparison's base,
  // which no later "l'année", "the year" refers to.
  PhraseTable bases_before;
  std::vector<PhraseTable> closers;            // by range row: the closing words
  std::vector<int> closer_of;                  // by row: index into `closers`, or -1
  std::vector<std::vector<SlotRow>> slots;     // by slot prefix id
  std::vector<std::string> future_suffixes;    // ASCII, lower case
  std::array<bool, 256> future_suffix_ends{};  // last bytes of future_suffixes
  std::vector<uint64_t> count_nouns;           // sorted folded-word hashes (count_nouns.tsv)
  std::vector<uint64_t> month_abbreviations;   // sorted: "janv", "sept" need a number next to them
  bool months_capitalized = false;
  bool weekdays_capitalized = false;
  bool month_first = false;  // numeric dates are month/day/year
  bool month_day = false;    // "March 14": the day may follow the month
  bool short_pair_fiscal = false;  // a bare "2026-27" is the financial year that ends in 2027
  int fiscal_start = 1;            // the month a financial year starts in ("this financial year"): 4 in the UK
  // Rows skipped as malformed: "fr/times.tsv:12: unknown kind 'foo'".
  std::vector<std::string> skipped;

  // Which tokens may start the core of an expression, tested before any
  // phrase lookup (16384-bit Bloom filters). Prepositions,
  // articles and range openers are found afterwards, looking back from the
  // core, so the frequent function words they are ("en", "de", "in") cost
  // nothing. Phrases are keyed by their word and number tokens, punctuation
  // left out ("l'an" -> l, an):
  //   pairs:     the first two keys of core phrases that have two or more;
  //   complete:  one-key core phrases that are whole expressions ("hier"),
  //              and month names;
  //   leads:     one-key phrases that need more after them ("fin", "FY");
  //   slot_suffixes: first keys after the number of slot phrases
  //              ("prochains" in "au cours des # prochains mois");
  //   firsts:    the first keys of all of them: the one test most words fail;
  //   core_starters: first tokens of cores, edges, year nouns and decades.
  using Bloom = std::array<uint64_t, 256>;
  Bloom firsts{}, pairs{}, complete{}, leads{}, slot_suffixes{}, core_starters{};
  // Two bits per key, from one multiplication: with a hundred keys, about
  // one word in 20,000 passes by accident (and costs a lookup).
  static uint64_t PairHash(uint64_t a, uint64_t b) {
    return a * 0xC2B2AE3D27D4EB4FULL ^ (b + (b >> 17));
  }
  static bool Test(const Bloom& b, uint64_t h) {
    uint64_t x = h * 0x9E3779B97F4A7C15ULL;
    size_t b1 = static_cast<size_t>(x >> 50), b2 = static_cast<size_t>(x >> 34) & 16383;
    return ((b[b1 >> 6] >> (b1 & 63)) & (b[b2 >> 6] >> (b2 & 63)) & 1) != 0;
  }
  // One bit: the first filter, run on every token.
  static bool Test1(const Bloom& b, uint64_t h) {
    size_t b1 = static_cast<size_t>((h * 0x9E3779B97F4A7C15ULL) >> 50);
    return (b[b1 >> 6] >> (b1 & 63)) & 1;
  }
  static void Set(Bloom* b, uint64_t h) {
    uint64_t x = h * 0x9E3779B97F4A7C15ULL;
    size_t b1 = static_cast<size_t>(x >> 50), b2 = static_cast<size_t>(x >> 34) & 16383;
    (*b)[b1 >> 6] |= 1ULL << (b1 & 63);
    (*b)[b2 >> 6] |= 1ULL << (b2 & 63);
  }
  bool MayStartCore(uint64_t h) const { return Test(core_starters, h); }
  // Registers a phrase that may open an expression (`whole`: it can be one
  // on its own).
  void AddStarter(std::string_view phrase, bool whole) {
    TokenList toks;
    Tokenize(phrase, nullptr, &toks);
    uint64_t keys[2];
    size_t n = 0;
    for (const Token& t : toks) {
      if (t.kind != TokenKind::kPunct && n < 2) keys[n++] = t.hash;
    }
    if (n == 0) return;
    Set(&firsts, keys[0]);
    if (n == 2)
      Set(&pairs, PairHash(keys[0], keys[1]));
    else
      Set(whole ? &complete : &leads, keys[0]);
  }
};

namespace time_rules_detail {

inline std::vector<std::string_view> Split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (start <= s.size()) {
    size_t p = s.find(sep, start);
    if (p == std::string_view::npos) p = s.size();
    std::string_view item = s.substr(start, p - start);
    while (!item.empty() && item.front() == ' ') item.remove_prefix(1);
    while (!item.empty() && item.back() == ' ') item.remove_suffix(1);
    if (!item.empty()) out.push_back(item);
    start = p + 1;
  }
  return out;
}

inline bool ParseInt(std::string_view s, int* out) {
  if (s.empty() || s.size() > 6) return false;
  bool neg = s[0] == '-';
  if (s[0] == '-' || s[0] == '+') s.remove_prefix(1);
  if (s.empty()) return false;
  int v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
    v = v * 10 + (c - '0');
  }
  *out = neg ? -v : v;
  return true;
}

inline std::vector<uint64_t> Hashes(std::string_view text) {
  TokenList toks;
  Tokenize(text, nullptr, &toks);
  std::vector<uint64_t> out;
  for (const Token& t : toks) out.push_back(t.hash);
  return out;
}

}  // namespace time_rules_detail

inline void CompileTimeTable(const std::string& file, std::string_view content, TimeRules* r);

// Compiles `lang`'s times.tsv, months.tsv and count_nouns.tsv.
inline void LoadTimeRules(std::string_view lang, TimeRules* r) {
  using namespace time_rules_detail;
  const std::string dir = std::string(lang) + "/";

  // Months: a form is an abbreviation when a longer form of the same month
  // starts with it ("janv" / "janvier", "sept" / "september").
  if (auto m = data::Find(dir + "months.tsv")) {
    data::TsvTable t = data::ParseTsv(*m);
    std::vector<std::pair<std::string, int>> forms;
    for (const auto& row : t.rows) {
      int month = 0;
      if (row.size() < 2 || !ParseInt(row[1], &month)) continue;
      forms.emplace_back(Fold(row[0]), month);
    }
    for (const auto& [a, ma] : forms) {
      TimeRules::Set(&r->firsts, FoldedWordHash(a));
      TimeRules::Set(&r->complete, FoldedWordHash(a));
      for (const auto& [b, mb] : forms) {
        if (ma == mb && b.size() > a.size() && b.compare(0, a.size(), a) == 0) {
          r->month_abbreviations.push_back(FoldedWordHash(a));
          break;
        }
      }
    }
    std::sort(r->month_abbreviations.begin(), r->month_abbreviations.end());
  }

  // Counted nouns: "en 2000 exemplaires" is an amount, not a year.
  if (auto cn = data::Find(dir + "count_nouns.tsv")) {
    data::TsvTable t = data::ParseTsv(*cn);
    int cf = t.Column("forms");
    for (const auto& row : t.rows) {
      if (cf < 0) break;
      for (std::string_view f : Split(row[static_cast<size_t>(cf)], ',')) {
        std::vector<uint64_t> h = Hashes(f);
        if (!h.empty()) r->count_nouns.push_back(h.front());
      }
    }
    std::sort(r->count_nouns.begin(), r->count_nouns.end());
  }

  if (auto content = data::Find(dir + "times.tsv"))
    CompileTimeTable(dir + "times.tsv", *content, r);
}

// Adds the rows of a times.tsv (`content`; `file` names it in notes).
// Malformed rows are skipped and noted in r->skipped.
inline void CompileTimeTable(const std::string& file, std::string_view content, TimeRules* r) {
  using namespace time_rules_detail;
  data::TsvTable t = data::ParseTsv(content);
  int cp = t.Column("phrase"), ck = t.Column("kind"), cv = t.Column("value"),
      cf = t.Column("flags");
  if (cp < 0 || ck < 0) {
    r->skipped.push_back(file + ": header needs phrase and kind");
    return;
  }
  struct KindName {
    std::string_view name;
    RowKind kind;
  };
  static constexpr KindName kKinds[] = {
      {"prep", RowKind::kPrep},
      {"article", RowKind::kArticle},
      {"edge", RowKind::kEdge},
      {"link", RowKind::kLink},
      {"year_noun", RowKind::kYearNoun},
      {"quarter", RowKind::kQuarter},
      {"half", RowKind::kHalf},
      {"weekday", RowKind::kWeekday},
      {"year_rel", RowKind::kYearRel},
      {"half_rel", RowKind::kHalfRel},
      {"quarter_rel", RowKind::kQuarterRel},
      {"month_rel", RowKind::kMonthRel},
      {"week_rel", RowKind::kWeekRel},
      {"weekend_rel", RowKind::kWeekendRel},
      {"fiscal_rel", RowKind::kFiscalRel},
      {"day_rel", RowKind::kDayRel},
      {"year_ref", RowKind::kYearRef},
      {"half_ref", RowKind::kHalfRef},
      {"quarter_ref", RowKind::kQuarterRef},
      {"month_ref", RowKind::kMonthRef},
      {"earlier", RowKind::kEarlier},
      {"decade", RowKind::kDecade},
      {"range", RowKind::kRange},
      {"conj", RowKind::kConj},
      {"tense", RowKind::kTense},
      {"future", RowKind::kFuture},
      {"past", RowKind::kPastCue},
      {"past_blocker", RowKind::kPastBlocker},
      {"fiscal_after", RowKind::kFiscalAfter},
      {"fiscal_to", RowKind::kFiscalTo},
      {"slot", RowKind::kSlot},
      {"season", RowKind::kSeason},
      {"season_rel", RowKind::kSeasonRel},
      {"season_word", RowKind::kSeasonWord},
      {"year_to", RowKind::kYearTo},
      {"same_ref", RowKind::kSameRef},
      {"quarter_noun", RowKind::kQuarterNoun},
      {"not_time", RowKind::kNotTime},
      {"base_before", RowKind::kBaseBefore},
  };
  auto unit_of = [](std::string_view u, int* out) {
    static constexpr std::pair<std::string_view, int> kUnits[] = {{"year", kUnitYear},
                                                                  {"quarter", kUnitQuarter},
                                                                  {"month", kUnitMonth},
                                                                  {"week", kUnitWeek},
                                                                  {"day", kUnitDay}};
    for (const auto& [name, unit] : kUnits) {
      if (u == name) {
        *out = unit;
        return true;
      }
    }
    return false;
  };

  for (size_t i = 0; i < t.rows.size(); ++i) {
    const auto& cells = t.rows[i];
    const std::string& phrase = cells[static_cast<size_t>(cp)];
    const std::string& kind_name = cells[static_cast<size_t>(ck)];
    std::string_view value =
        cv >= 0 ? std::string_view(cells[static_cast<size_t>(cv)]) : std::string_view();
    std::string_view flags =
        cf >= 0 ? std::string_view(cells[static_cast<size_t>(cf)]) : std::string_view();
    auto skip = [&](std::string_view why) {
      r->skipped.push_back(file + ":" + std::to_string(t.line_numbers[i]) + ": " +
                           std::string(why));
    };
    if (phrase.empty()) {
      skip("empty phrase");
      continue;
    }

    if (kind_name == "setting") {
      auto items = Split(value, ',');
      if (phrase == "capitalized") {
        for (std::string_view it : items) {
          if (it == "month")
            r->months_capitalized = true;
          else if (it == "weekday")
            r->weekdays_capitalized = true;
          else
            skip("unknown capitalized word class");
        }
      } else if (phrase == "month_day") {
        if (value == "yes")
          r->month_day = true;
        else if (value != "no")
          skip("month_day must be yes or no");
      } else if (phrase == "fiscal_start") {
        int m = 0;
        if (ParseInt(value, &m) && m >= 1 && m <= 12)
          r->fiscal_start = m;
        else
          skip("fiscal_start must be a month number");
      } else if (phrase == "short_pair") {
        if (value == "fiscal")
          r->short_pair_fiscal = true;
        else if (value != "span")
          skip("short_pair must be fiscal or span");
      } else if (phrase == "numeric_date") {
        if (value == "mdy")
          r->month_first = true;
        else if (value != "dmy")
          skip("numeric_date must be dmy or mdy");
      } else {
        skip("unknown setting");
      }
      continue;
    }

    TimeRow row;
    bool known = false;
    for (const KindName& k : kKinds) {
      if (k.name == kind_name) {
        row.kind = k.kind;
        known = true;
      }
    }
    if (!known) {
      skip("unknown kind '" + kind_name + "'");
      continue;
    }
    bool flags_ok = true;
    for (std::string_view f : Split(flags, ',')) {
      if (f == "case")
        row.flags |= kRowCase;
      else if (f == "glued")
        row.flags |= kRowGlued;
      else if (f == "prep")
        row.flags |= kRowNeedsPrep;
      else if (f == "noprep")
        row.flags |= kRowNoPrep;
      else if (f == "past")
        row.flags |= kRowPast;
      else if (f == "short")
        row.flags |= kRowShort;
      else if (f == "noyear")
        row.flags |= kRowNoYear;
      else if (f == "yearatend")
        row.flags |= kRowYearAtEnd;
      else
        flags_ok = false;
    }
    if (!flags_ok) {
      skip("unknown flag");
      continue;
    }

    // Value, by kind.
    bool value_ok = true;
    switch (row.kind) {
      case RowKind::kPrep:
        if (value == "at")
          row.value = kAt;
        else if (value == "since")
          row.value = kSince;
        else if (value == "until")
          row.value = kUntil;
        else if (value == "onward")
          row.value = kOnward;
        else
          value_ok = false;
        break;
      case RowKind::kYearNoun:
        if (value == "calendar")
          row.value = 0;
        else if (value == "fiscal")
          row.value = 1;
        else
          value_ok = false;
        break;
      case RowKind::kQuarter:
        value_ok = ParseInt(value, &row.value) && row.value >= 1 && row.value <= 4;
        break;
      case RowKind::kHalf:
        value_ok = ParseInt(value, &row.value) && row.value >= 1 && row.value <= 2;
        break;
      case RowKind::kWeekday:
        value_ok = ParseInt(value, &row.value) && row.value >= 1 && row.value <= 7;
        break;
      case RowKind::kYearRel:
      case RowKind::kHalfRel:
      case RowKind::kQuarterRel:
      case RowKind::kMonthRel:
      case RowKind::kWeekRel:
      case RowKind::kWeekendRel:
      case RowKind::kFiscalRel:
      case RowKind::kDayRel:
      case RowKind::kYearRef:
      case RowKind::kHalfRef:
      case RowKind::kQuarterRef:
      case RowKind::kMonthRef:
        value_ok = ParseInt(value, &row.value) && row.value >= -100 && row.value <= 100;
        break;
      case RowKind::kEarlier:
        value_ok = ParseInt(value, &row.value) && row.value >= 1 && row.value <= 100;
        break;
      case RowKind::kYearTo:  // the months that end on the date after
        value_ok = ParseInt(value, &row.value) && row.value >= 1 && row.value <= 36;
        break;
      case RowKind::kSeason:  // the month a season starts in; 0: a fiscal year, named by the year it ends
        value_ok = ParseInt(value, &row.value) && row.value >= 0 && row.value <= 12;
        break;
      case RowKind::kSeasonWord:  // the month its seasons start in
        value_ok = ParseInt(value, &row.value) && row.value >= 1 && row.value <= 12;
        break;
      case RowKind::kSeasonRel: {  // "<offset> <first month>"
        auto parts = Split(value, ' ');
        value_ok = parts.size() == 2 && ParseInt(parts[0], &row.value) && row.value >= -10 && row.value <= 10 &&
                   ParseInt(parts[1], &row.count) && row.count >= 1 && row.count <= 12;
        break;
      }
      case RowKind::kDecade:
        if (value == "before")
          row.value = kDecadeBefore;
        else if (value == "after")
          row.value = kDecadeAfter;
        else if (value == "article")
          row.value = kDecadeArticle;
        else
          value_ok = false;
        break;
      case RowKind::kTense:
        if (value == "past")
          row.value = -1;
        else if (value == "future")
          row.value = 1;
        else
          value_ok = false;
        break;
      case RowKind::kRange:
        value_ok = !Split(value, '|').empty();
        break;
      case RowKind::kSlot: {
        auto parts = Split(value, ' ');
        value_ok = parts.size() >= 2 && parts.size() <= 3;
        if (!value_ok) break;
        if (parts[0] == "next")
          row.value = 1;
        else if (parts[0] == "past")
          row.value = -1;
        else if (parts[0] == "first")
          row.value = 0;
        else if (parts[0] == "to")
          row.value = 2;
        else
          value_ok = false;
        if (parts.size() == 3)
          value_ok = value_ok && ParseInt(parts[1], &row.count) && row.count >= 1;
        value_ok = value_ok && unit_of(parts.back(), &row.unit);
        break;
      }
      case RowKind::kFiscalTo:  // "running": the fiscal year under way, closing at the month's next end
        if (value == "running")
          row.value = 1;
        else
          value_ok = value.empty();
        break;
      default:
        break;
    }
    if (!value_ok) {
      skip("bad value '" + std::string(value) + "' for " + kind_name);
      continue;
    }

    const int id = static_cast<int>(r->rows.size());
    const bool case_sensitive = row.flags & kRowCase;
    std::string_view text = phrase;
    PhraseTable* table = nullptr;
    bool starts = false;  // may open an expression
    bool starts_core = false;
    switch (row.kind) {
      case RowKind::kPrep:
        table = &r->preps;
        break;
      case RowKind::kArticle:
        table = &r->articles;
        break;
      case RowKind::kEdge:
        table = &r->edges;
        starts = starts_core = true;
        break;
      case RowKind::kLink:
        table = &r->links;
        break;
      case RowKind::kYearNoun:
        table = &r->year_nouns;
        starts = starts_core = true;
        break;
      case RowKind::kDecade:
        table = row.value == kDecadeAfter ? &r->decades_after : &r->decades_before;
        starts = starts_core = row.value != kDecadeAfter;
        break;
      case RowKind::kRange:
        table = &r->ranges;
        break;
      case RowKind::kConj:
        table = &r->conjs;
        break;
      case RowKind::kTense:
        table = &r->tenses;
        break;
      case RowKind::kPastCue:
        table = &r->pasts;
        break;
      case RowKind::kPastBlocker:
        table = &r->past_blockers;
        break;
      case RowKind::kFiscalAfter:
        table = &r->fiscal_afters;
        break;
      case RowKind::kFiscalTo:
        table = &r->fiscal_tos;
        break;
      case RowKind::kSeason:
        table = &r->seasons;
        break;
      case RowKind::kSeasonRel:
        table = &r->season_rels;
        break;
      case RowKind::kSeasonWord:
        table = &r->season_words;
        break;
      case RowKind::kYearTo:
        table = &r->years_to;
        break;
      case RowKind::kSameRef:
        table = &r->same_refs;
        break;
      case RowKind::kQuarterNoun:
        table = &r->quarter_nouns;
        break;
      case RowKind::kNotTime:
        table = &r->not_times;
        break;
      case RowKind::kBaseBefore:
        table = &r->bases_before;
        break;
      case RowKind::kFuture:
        if (phrase.size() > 1 && phrase[0] == '-') {
          std::string suffix = phrase.substr(1);
          bool ascii = true;
          for (char& c : suffix) {
            if (static_cast<unsigned char>(c) >= 0x80) ascii = false;
            if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
          }
          if (!ascii) {
            skip("future suffix must be ASCII");
            continue;
          }
          r->rows.push_back(row);
          r->future_suffixes.push_back(suffix);
          r->future_suffix_ends[static_cast<unsigned char>(suffix.back())] = true;
          continue;
        }
        table = &r->futures;
        break;
      case RowKind::kSlot: {
        size_t hash = phrase.find('#');
        if (hash == std::string::npos) {
          if (row.count == 0) {
            skip("slot without '#' needs a count");
            continue;
          }
          table = &r->cores;
          starts = starts_core = true;
          break;
        }
        if (row.count != 0) {
          skip("slot with '#' takes no count");
          continue;
        }
        std::string_view prefix = text.substr(0, hash);
        std::vector<uint64_t> suffix = Hashes(text.substr(hash + 1));
        if (Hashes(prefix).empty() || suffix.empty()) {
          skip("slot needs words before and after '#'");
          continue;
        }
        r->rows.push_back(row);
        // Rows sharing a prefix share its phrase-table entry.
        std::string prefix_text(prefix);
        TokenList probe;
        Tokenize(prefix_text, nullptr, &probe);
        int prefix_id = -1;
        if (auto m = r->slot_prefixes.Match(probe, 0, prefix_text);
            m && m->end_token == probe.size()) {
          prefix_id = m->id;
        } else {
          prefix_id = static_cast<int>(r->slots.size());
          r->slots.emplace_back();
          r->slot_prefixes.Add(prefix, prefix_id, false);
        }
        r->slots[static_cast<size_t>(prefix_id)].push_back({suffix, id});
        TimeRules::Set(&r->slot_suffixes, suffix.front());
        TimeRules::Set(&r->firsts, suffix.front());
        continue;
      }
      default:
        table = &r->cores;
        starts = starts_core = true;
        break;
    }
    r->rows.push_back(row);
    table->Add(text, id, case_sensitive);
    std::vector<uint64_t> h = Hashes(text);
    if (starts) r->AddStarter(text, table == &r->cores);
    if (starts_core && !h.empty()) TimeRules::Set(&r->core_starters, h.front());
    if (row.kind == RowKind::kRange) {
      r->closer_of.resize(r->rows.size(), -1);
      r->closer_of[static_cast<size_t>(id)] = static_cast<int>(r->closers.size());
      r->closers.emplace_back();
      for (std::string_view c : Split(value, '|')) r->closers.back().Add(c, 0, false);
    }
  }
  r->closer_of.resize(r->rows.size(), -1);
}

}  // namespace factmine::internal

#endif  // FACTMINE_EXTRACT_INTERNAL_TIME_RULES_H_
