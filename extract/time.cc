// Time expressions: see TimeRecognizer in extract.h. The words come from
// data/<lang>/times.tsv (compiled by internal/time_rules.h) and months.tsv;
// cores are read by internal/time_reader.h.
//
// One left-to-right pass over the tokens. A token can start the core of an
// expression only if it is digits, a month name or the first word of a
// core phrase ("l'an dernier", "T1", "jeudi"): one Bloom-filter test on
// every token, a second on the next word for the few that pass. Only there
// does any work happen, in this order:
//   - a slot phrase around a number: "au cours des 12 prochains mois";
//   - the core, with an edge word before it ("fin 2025"): a date ("30
//     novembre 2022", "March 14, 2025", "2024-07-27"), a month ("juillet
//     2024", "mai"), a year ("2023", "exercice 2024", "FY25", "années 1990",
//     "2025-2030"), a quarter or half ("T1 2024", "first half of 2026"), a
//     weekday, a phrase relative to the publication date P ("l'an
//     dernier") or to a period named before ("au cours du trimestre", "un
//     an plus tôt");
//   - looking back from the core: a range word ("entre 2020 et 2024") or a
//     preposition, possibly with an article ("au cours de l'année", "in the
//     first half"). Prepositions are thus never looked up on their own,
//     although they are among the most frequent words.
// Bare numbers are years only after a time preposition or an edge word
// ("en 2023", "fin 2025"), and never when an amount's unit follows them.
// Periods without a year resolve to the most recent one begun on or before
// P, or to the next one when the clause speaks of the future.
#include <algorithm>

#include "extract/extract.h"
#include "extract/internal/time_reader.h"
#include "extract/internal/time_rules.h"

namespace factmine {
namespace {

using internal::Grain;
using internal::Period;
using internal::TimeRow;
using internal::TimeRules;
using Core = internal::TimeCore;

// One call of Recognize(): reads cores (TimeReader), finds their
// prepositions looking back, resolves them and appends to *out.
class Matcher : private internal::TimeReader {
 public:
  Matcher(const TimeRules& rules, const Lexicon& lex, const NumberGrammar& grammar,
          std::string_view text, const TokenList& toks, SentenceIndex& sentences,
          const std::optional<CivilDate>& pub, std::vector<TimeExpr>* out)
      : TimeReader(rules, lex, text, toks),
        grammar_(grammar),
        sentences_(sentences),
        pub_(pub),
        out_(out) {}

  void Run() {
    for (size_t i = 0; i < n_;) {
      // One test, without branching on the token's kind: numbers and the
      // first words of expressions go on (a few percent of tokens).
      const Token& t = toks_[i];
      if (!((t.kind == TokenKind::kNumber) | TimeRules::Test1(r_.firsts, t.hash)) || !MayStart(i)) {
        ++i;
        continue;
      }
      // "in the three months to January 31": the count a word or two on
      // opens a slot, which wins over "the three months" alone.
      size_t end = 0;
      for (size_t j = i + 1; j <= i + 2 && j < n_ && !end; ++j) {
        if (toks_[j].kind == TokenKind::kNumber || TimeRules::Test(r_.slot_suffixes, toks_[j].hash) ||
            grammar_.CanStart(toks_, j, text_)) {
          const size_t slot_end = TrySlot(j);
          if (slot_end > j) {
            end = Finish(slot_end);
            // "the three months ended March 31" is the first quarter, "the
            // six months to June 30" the first half.
            QuarterOrHalf(&out_->back());
          }
        }
      }
      if (!end) {
        const size_t before = out_->size();
        end = TryAt(i);
        // ("à l'année", year-round: a time's words that make none.)
        if (out_->size() > before && !r_.not_times.empty()) {
          size_t nb = 0;
          if (r_.not_times.MatchEndingAt(toks_, end, text_, &nb) && nb <= toks_.IndexAt(out_->back().span.begin)) {
            out_->pop_back();
          }
        }
      }
      i = end > i ? end : i + 1;
    }
    if (!r_.seasons.empty() || !r_.season_rels.empty()) Seasons();
    if (!r_.years_to.empty()) YearsTo();
    if (!r_.same_refs.empty()) SameRefs();
    if (!year_refs_.empty()) YearRefsToSpans();
  }

 private:
  // The phrase of `table` that ends just before token k and starts at or
  // after the end of the last expression; *begin is its first token.
  std::optional<PhraseMatch> PhraseBefore(const PhraseTable& table, size_t k, size_t* begin) const {
    if (k == kNpos || k <= last_end_ || k >= n_ || (toks_[k].flags & kTokNewline))
      return std::nullopt;
    return table.MatchEndingAt(toks_, k, text_, begin, last_end_);
  }

  // ---- resolution

  // The period an earlier expression denotes.
  static std::optional<Period> FromExpr(const TimeExpr& e) {
    const CivilDate& f = e.first;
    if (e.grain == "year") return Period::Year(f.year, e.fiscal);
    if (e.grain == "half") return Period::Half(f.year, f.month <= 6 ? 1 : 2);
    if (e.grain == "quarter") return Period::Quarter(f.year, f.Quarter());
    if (e.grain == "month") return Period::Month(f.year, f.month);
    return std::nullopt;
  }

  // The last period of `grain` named before, or nullopt.
  // (Not a comparison base: "au cours du semestre" after "un an plus
  // tôt" is the semester the article reports on.)
  // (With `past`, one that has ended by P when there is one: "For the
  // fourth quarter it expects [...] The charge was booked in the quarter"
  // is the quarter reported on, not the one forecast.)
  std::optional<Period> Antecedent(Grain grain, bool past = false) const {
    std::optional<Period> open;
    for (size_t k = out_->size(); k-- > 0;) {
      const TimeExpr& e = (*out_)[k];
      if (e.grain != internal::GrainName(grain) || e.earlier) continue;
      if (past && pub_ && *pub_ < e.last) {
        if (!open) open = FromExpr(e);
        continue;
      }
      return FromExpr(e);
    }
    return open;
  }

  // Whether the clause around tokens [begin, end) speaks of the future.
  // Clauses end at sentence punctuation and commas ("..., the company said
  // on Thursday"), not at the marks inside numbers ("431,200", "6,5").
  // The tense of the clause around [begin, end): +1 when a future cue is
  // nearer than a past one ("will rise ... from November"), -1 the other
  // way ("a présenté jeudi ... qui se traduira"), 0 without either.
  int ClauseTense(size_t begin, size_t end) const {
    constexpr size_t kWindow = 15;  // tokens each way: the verb is near
    auto boundary = [&](size_t k) {
      const Token& t = toks_[k];
      if (t.kind != TokenKind::kPunct) return false;
      if (t.cp == '!' || t.cp == '?' || t.cp == ';' || t.cp == ':') return true;
      return (t.cp == '.' || t.cp == ',') && (k + 1 >= n_ || !Glued(k, k + 1));
    };
    size_t future = SIZE_MAX, past = SIZE_MAX;  // distance of the nearest cue
    // A past form after "will be", "be", "sera" is a participle, not a past.
    auto is_past = [&](size_t k) {
      size_t b = 0;
      return r_.pasts.Match(toks_, k, text_) && !(k > 0 && r_.past_blockers.MatchEndingAt(toks_, k, text_, &b));
    };
    // Does the expression open its sentence, after at most a preposition
    // and an article ("In the second quarter, sales fell")?
    constexpr size_t kFrontWords = 3;
    bool fronted = false;
    for (size_t k = begin, steps = 0; steps < kWindow; --k, ++steps) {
      // (Not the mark inside a number: "£1.2 billion".)
      if (k == 0 || (toks_[k].flags & kTokNewline) ||
          (toks_[k - 1].kind == TokenKind::kPunct &&
           ((toks_[k - 1].cp == '.' && !Glued(k - 1, k)) || toks_[k - 1].cp == '!' || toks_[k - 1].cp == '?'))) {
        fronted = steps <= kFrontWords;
        break;
      }
      if (boundary(k - 1)) break;
      if (future == SIZE_MAX && IsFutureWord(k - 1)) future = steps;
      if (past == SIZE_MAX && is_past(k - 1)) past = steps;
    }
    for (size_t k = end, steps = 0, commas = 0; k < n_ && steps < kWindow; ++k, ++steps) {
      if (toks_[k].flags & kTokNewline) break;
      if (boundary(k)) {
        // A fronted adverbial reads the verb after its comma.
        if (!(fronted && commas == 0 && toks_[k].cp == ',')) break;
        ++commas;
        continue;
      }
      if (future == SIZE_MAX && IsFutureWord(k)) future = steps;
      if (past == SIZE_MAX && is_past(k)) past = steps;
    }
    if (future == SIZE_MAX && past == SIZE_MAX) return 0;
    return future < past ? 1 : -1;
  }

  bool IsFutureWord(size_t k) const {
    const Token& t = toks_[k];
    if (t.kind != TokenKind::kWord) return false;
    if (r_.futures.Match(toks_, k, text_)) return true;
    if ((t.flags & (kTokCapitalized | kTokAllCaps)) || t.length < 4) return false;
    std::string_view w = t.Text(text_);
    char last = w.back();
    if (last >= 'A' && last <= 'Z') last = static_cast<char>(last + 32);
    if (!r_.future_suffix_ends[static_cast<unsigned char>(last)]) return false;
    for (const std::string& s : r_.future_suffixes) {
      if (w.size() <= s.size()) continue;
      bool eq = true;
      for (size_t j = 0; j < s.size() && eq; ++j) {
        char c = w[w.size() - s.size() + j];
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
        eq = c == s[j];
      }
      if (eq) return true;
    }
    return false;
  }

  // A year written with its number ("en 2025", "Pour 2026"), not "this
  // year" or "l'an dernier".
  bool NumberedYear(const TimeExpr& e) const {
    return e.grain == "year" && e.span.Of(text_).find(std::to_string(e.first.year)) != std::string_view::npos;
  }

  // A year a founding, a birth or a launch is dated by ("founded in 2014").
  // (Past a place: "fondée à Lille en 2021", "founded in Leeds in 1998".)
  bool FoundingYear(const TimeExpr& e) const {
    size_t b = 0, at = toks_.IndexAt(e.span.begin);
    if (e.grain != "year" || at == 0) return false;
    if (lex_.founding_before().MatchEndingAt(toks_, at, text_, &b)) return true;
    // (A lower-case preposition, then capitalized words up to the date.)
    for (size_t from = at >= 2 ? at - 2 : 0; from + 4 >= at && from > 0; --from) {
      const Token& prep = toks_[from];
      if (prep.kind != TokenKind::kWord || (prep.flags & (kTokCapitalized | kTokAllCaps)) || prep.length > 3) continue;
      bool place = true;
      for (size_t i = from + 1; i < at && place; ++i) {
        place = toks_[i].kind == TokenKind::kWord && (toks_[i].flags & kTokCapitalized) && !(toks_[i].flags & kTokNewline);
      }
      if (place && lex_.founding_before().MatchEndingAt(toks_, from, text_, &b)) return true;
    }
    return false;
  }

  // Resolves a core; *relative is set when P or an earlier expression was
  // used. `sense` is the preposition's (since and until read the past and
  // the future).
  std::optional<Period> Resolve(const Core& c, int sense, uint32_t sentence, bool* relative) const {
    *relative = c.type != Core::kAbsolute;
    if (c.type == Core::kAbsolute) return c.period;
    // "d'ici la fin de l'année", "before the end of the year": a deadline
    // runs from today, so the year is the current one; so does a span that
    // runs to today ("depuis le début de l'année").
    if (c.type == Core::kRef && (sense == internal::kUntil || sense == internal::kSince) && pub_) {
      return Period::Relative(*pub_, c.grain, c.offset);
    }
    if (c.type == Core::kRef) {
      // "in the fourth quarter [...] For the full year": the year of the
      // last period named, whatever its grain (in an article that names a
      // fiscal year, its quarters are fiscal: the year named stays).
      bool fiscal_named = false;
      for (const TimeExpr& e : *out_) fiscal_named |= e.fiscal;
      // (Not a year a company was founded in: "founded in 2014 [...] It
      // paid £11.4m during the year"; "that year" may still be that one.)
      bool founding = false;
      std::optional<int> founding_year;  // the latest founding year passed over
      bool base = false;  // a comparison's base was passed over
      for (size_t k = out_->size(); c.grain == Grain::kYear && !fiscal_named && k-- > 0;) {
        const TimeExpr& e = (*out_)[k];
        if (e.earlier || (e.grain != "year" && e.grain != "half" && e.grain != "quarter" && e.grain != "month")) continue;
        if (ComparisonBase(e)) {
          base = true;
          continue;
        }
        if (FoundingYear(e)) {
          // ("that year" may be the founding year when no other came
          // before it; "la même année" after "fondée en 1961" in an
          // apposition is the year of the figure before: "a réalisé un
          // chiffre d'affaires de 186 millions en 2024. Ribère, fondée en
          // 1961 à Villefranche, a réalisé la même année 39 millions".)
          if (!c.needs_prep && !founding_year) founding_year = e.first.year;
          founding = true;
          continue;
        }
        return Period::Year(e.first.year).Shift(c.offset);
      }
      if (founding_year) return Period::Year(*founding_year).Shift(c.offset);
      // ("sur le mois", "during the month": the month the article reports
      // on, the first one it names, not a comparison's named since.)
      for (size_t k = 0; c.grain == Grain::kMonth && k < out_->size(); ++k) {
        const TimeExpr& e = (*out_)[k];
        if (e.grain == "month" && !e.earlier) return FromExpr(e)->Shift(c.offset);
      }
      if (auto a = founding || base ? std::nullopt : Antecedent(c.grain, ClauseTense(c.begin, c.end) < 0)) {
        return a->Shift(c.offset);
      }
    }
    if (c.type == Core::kEarlier) {
      for (size_t k = out_->size(); k-- > 0;) {
        const TimeExpr& e = (*out_)[k];
        if (e.sentence + 1 < sentence) break;
        // (Not a founding year: "fondée à Lille en 2021, [...] contre 265.000
        // un an plus tôt" is a year before today's figure.)
        if (FoundingYear(e)) continue;
        if (e.grain == "year" || e.grain == "half" || e.grain == "quarter" || e.grain == "month")
          return FromExpr(e)->ShiftYears(-c.offset);
        // "in the nine months to September 30 ... the £29 million it lost a
        // year earlier": a span of a year or less, a year back.
        if (e.grain == "span" && e.last.ToDays() - e.first.ToDays() < 370) {
          return Period::Span(e.first.AddMonths(-12 * c.offset), e.last.AddDays(1).AddMonths(-12 * c.offset).AddDays(-1));
        }
        // (Past a closing date: "exercice 2025, clos le 31 janvier, contre
        // ... un an plus tôt".)
        if (e.grain == "day") continue;
        break;
      }
      // Else the reporting period the article set before: "un chiffre
      // d'affaires pour le premier semestre. [...] 512 M€, contre 468 M€ un
      // an plus tôt" is the first half of the year before.
      for (size_t k = out_->size(); k-- > 0;) {
        const TimeExpr& e = (*out_)[k];
        if (e.earlier) continue;
        if (e.grain == "half" || e.grain == "quarter" || (e.grain == "year" && e.fiscal))
          return FromExpr(e)->ShiftYears(-c.offset);
      }
      // Else the last year the article named by its number, if recent: "Elle
      // a réalisé 1,6 million d'euros en 2025. [...] le vin chaud se vendait
      // 4,50 euros, contre 4 euros un an plus tôt" is 2024, whenever it is
      // published.
      for (size_t k = out_->size(); pub_ && k-- > 0;) {
        const TimeExpr& e = (*out_)[k];
        if (e.earlier || !NumberedYear(e) || FoundingYear(e) || ComparisonBase(e)) continue;
        if (e.first.year >= pub_->year - 1 && e.first.year <= pub_->year) return Period::Year(e.first.year - c.offset);
        break;
      }
    }
    if (!pub_) return std::nullopt;
    const CivilDate p = *pub_;
    switch (c.type) {
      case Core::kRel:
      case Core::kRef:
        // "ce week-end": the one to come from Wednesday on, the one just
        // past on a Monday or a Tuesday.
        // "this financial year": the one running at P, named by the year
        // it ends in (from the setting fiscal_start).
        if (c.fiscal && c.type == Core::kRel) {
          const int start = r_.fiscal_start;
          const int ends = start == 1 ? p.year : (p.month >= start ? p.year + 1 : p.year);
          return Period::Year(ends + c.offset, /*fiscal=*/true);
        }
        if (c.weekend) {
          const int back = p.Weekday() <= 1 ? -1 : 0;
          const Period week = Period::Relative(p, Grain::kSpan, c.offset + back);
          return Period::Span(week.first.AddDays(5), week.first.AddDays(6));
        }
        return Period::Relative(p, c.grain, c.offset);
      case Core::kEarlier:
        return Period::Year(p.year - c.offset);
      case Core::kSlot: {
        auto add = [&](int n) {
          switch (c.unit) {
            case internal::kUnitYear:
              return p.AddMonths(12 * n);
            case internal::kUnitQuarter:
              return p.AddMonths(3 * n);
            case internal::kUnitMonth:
              return p.AddMonths(n);
            case internal::kUnitWeek:
              return p.AddDays(7L * n);
            default:
              return p.AddDays(n);
          }
        };
        if (c.offset == 0) {
          // "les neuf premiers mois de l'année": from January to the end of
          // the count-th month (or quarter) of the year; the year before
          // when that month has not ended yet.
          int months = c.unit == internal::kUnitQuarter ? 3 * c.count : c.count;
          if (c.unit != internal::kUnitMonth && c.unit != internal::kUnitQuarter) return std::nullopt;
          if (months < 1 || months > 12) return std::nullopt;
          int y = p.year;
          if (CivilDate{y, months, CivilDate::DaysInMonth(y, months)}.ToDays() > p.ToDays()) --y;
          if (months == 3) return Period::Quarter(y, 1);
          if (months == 6) return Period::Half(y, 1);
          if (months == 12) return Period::Year(y);
          return Period::Span(CivilDate{y, 1, 1}, CivilDate{y, months, CivilDate::DaysInMonth(y, months)});
        }
        return c.offset > 0 ? Period::Span(p, add(c.count)) : Period::Span(add(-c.count), p);
      }
      default:
        break;
    }
    if (c.type == Core::kNoYear && c.year_from != Core::kYearFromP) {
      int y = p.year + c.year_offset;
      if (c.year_from == Core::kYearFromRef) {
        if (auto a = Antecedent(Grain::kYear)) y = a->year + c.year_offset;
      }
      return Period::InYear(c.grain, c.part, c.day, y);
    }
    // "Pour 2026, la direction vise ... un retour à l'équilibre au second
    // semestre": a half or a quarter without a year in a sentence that
    // named a calendar year by its number before it is in that year.
    if (c.type == Core::kNoYear && (c.grain == Grain::kHalf || c.grain == Grain::kQuarter)) {
      for (size_t k = out_->size(); k-- > 0;) {
        const TimeExpr& e = (*out_)[k];
        if (e.sentence != sentence) break;
        // (Written with its number: not "this year", which a past quarter
        // after it may precede.)
        const bool calendar_year = NumberedYear(e) && e.first.month == 1 && e.first.day == 1 &&
                                   e.last.year == e.first.year && e.last.month == 12 && e.last.day == 31;
        if (!calendar_year || e.earlier || e.fiscal || ComparisonBase(e) || FoundingYear(e)) continue;
        // (Opening the sentence, a preposition at most before it: "Pour
        // 2026,", "In 2025,"; not "lancé par la FDJ en 2024".)
        size_t at = toks_.IndexAt(e.span.begin), before = 0;
        while (at > 0 && before <= 2 && !(toks_[at].flags & kTokNewline)) {
          const Token& t = toks_[at - 1];
          if (t.kind == TokenKind::kPunct && (t.cp == '.' || t.cp == '!' || t.cp == '?' || t.cp == '-')) break;
          --at;
          ++before;
        }
        if (before > 1) break;
        return Period::InYear(c.grain, c.part, c.day, e.first.year);
      }
    }
    // The last one on or before P, or the next one: read the tense only
    // when they differ.
    std::optional<Period> past, next;
    if (c.type == Core::kWeekday) {
      int pw = p.Weekday() + 1;
      past = Period::Day(p.AddDays(-((pw - c.weekday + 7) % 7)));
      next = Period::Day(p.AddDays((c.weekday - pw + 7) % 7));
    } else {
      past = Period::Around(c.grain, c.part, c.day, -1, p);
      next = Period::Around(c.grain, c.part, c.day, 1, p);
    }
    if (!past || !next || past->first == next->first) return past ? past : next;
    int tense = 0;
    if (c.past_only)
      tense = -1;
    else if (c.tense != 0)
      tense = c.tense;
    else if (sense == internal::kSince)  // a span that runs from the date to today
      tense = -1;
    else if (sense == internal::kUntil || sense == internal::kOnward)  // a deadline: "by the end of March", whatever
      tense = 1;  // the verb; a start: "à partir de janvier" (a past start takes its year or "depuis")
    else if (int t = ClauseTense(c.begin, c.end); t != 0)
      tense = t;  // "will rise to $18.99 from November", "said in January"
    // A quarter that ended in the last month is the one a
    // forecast speaks of, its figures not yet out ("it expects losses of
    // $1.6 billion in the third quarter", in mid-October).
    if (tense > 0 && c.grain == Grain::kQuarter && p > past->last &&
        p.ToDays() - past->last.ToDays() <= 31) {
      tense = -1;
    }
    // A day of month without year is rarely most of a year old: "le 9
    // octobre" written a fortnight before is the coming one, and so is a
    // price change "le 1er février" announced in mid-December.
    constexpr long kSoonDays = 75;
    if (tense == 0 && c.grain == Grain::kDay && c.type == Core::kNoYear &&
        next->first.ToDays() - p.ToDays() <= kSoonDays) {
      tense = 1;
    }
    // Otherwise the nearer one, the past counting triple (news mostly
    // reports what happened): "en juin" in March is the coming June, "au
    // quatrième trimestre" in February the one just ended.
    if (tense == 0 && c.grain != Grain::kDay && p > past->last) {
      long since = p.ToDays() - past->last.ToDays(), until = next->first.ToDays() - p.ToDays();
      if (3 * until < since) tense = 1;
    }
    return tense > 0 ? next : past;
  }

  // ---- emission

  // Gives expression e the period x.
  static void SetPeriod(TimeExpr* e, const Period& x) {
    e->value = x.Value();
    e->grain = internal::GrainName(x.grain);
    e->first = x.first;
    e->last = x.last;
    e->fiscal = x.fiscal;
  }

  void Emit(size_t begin, size_t end, const Period& x, bool relative, uint32_t sentence) {
    TimeExpr e;
    e.span = {toks_[begin].begin, toks_[end - 1].end};
    SetPeriod(&e, x);
    e.sentence = sentence;
    e.relative = relative;
    out_->push_back(std::move(e));
  }

  // The passes after the first (seasons, "the year to", "the same period")
  // add expressions in text order.
  TimeExpr* InsertInOrder(TimeExpr t) {
    auto at = std::upper_bound(out_->begin(), out_->end(), t.span.begin,
                               [](uint32_t off, const TimeExpr& x) { return off < x.span.begin; });
    return &*out_->insert(at, std::move(t));
  }

  // "au cours des 12 prochains mois", "over the next two years": token i is
  // the number, or the first word after it.
  size_t TrySlot(size_t i) {
    std::optional<NumberMatch> num;
    size_t k = i;
    if (grammar_.CanStart(toks_, i, text_)) {
      num = grammar_.Parse(toks_, i, text_, NumberMode::kNumbers);
      // ("premiers" in "les neuf premiers mois" is the suffix, not the number.)
      if (num && num->ordinal) num.reset();
    }
    if (!num && toks_[i].kind == TokenKind::kWord) {
      // The number ends at i: it starts one to three tokens before.
      for (size_t back = 1; back <= 3 && back <= i && !num; ++back) {
        k = i - back;
        if (k < last_end_) break;
        if (!grammar_.CanStart(toks_, k, text_)) continue;
        num = grammar_.Parse(toks_, k, text_, NumberMode::kNumbers);
        if (num && num->end != i) num.reset();
      }
    }
    if (!num || num->negative || num->ordinal || num->fraction || !num->value.is_exact()) return 0;
    double v = num->value.ToDouble();
    if (v < 1 || v > 100 || v != static_cast<int>(v)) return 0;
    size_t b = 0;
    if (k <= last_end_ || (toks_[k].flags & kTokNewline)) return 0;
    auto prefix = r_.slot_prefixes.MatchEndingAt(toks_, k, text_, &b, last_end_);
    if (!prefix) return 0;
    for (const internal::SlotRow& s : r_.slots[static_cast<size_t>(prefix->id)]) {
      size_t j = num->end;
      bool ok = true;
      for (uint64_t h : s.suffix) {
        if (Next(j) == kNpos || toks_[j].hash != h) {
          ok = false;
          break;
        }
        ++j;
      }
      if (!ok) continue;
      const TimeRow& row = r_.rows[static_cast<size_t>(s.row)];
      if (row.value == 2) {
        // "in the nine weeks ended December 30", "sur les quatre semaines
        // closes le 2 juin": the span that ends on the date that follows.
        if (j >= n_) continue;
        std::optional<Core> end_core = CoreAt(j);
        if (!end_core) continue;
        uint32_t sentence = sentences_.IndexOf(toks_[b].begin);
        bool relative = false;
        // (A date without a year is the last one: a span that has ended.)
        auto last = Resolve(*end_core, internal::kAt, sentence, &relative);
        // ("the six months to June": to the end of that month.)
        if (!last || (last->grain != Grain::kDay && last->grain != Grain::kMonth)) continue;
        CivilDate to = last->last;
        if (pub_ && to > *pub_ && end_core->type != Core::kAbsolute) to = to.AddMonths(-12);
        int days = row.unit == internal::kUnitWeek ? 7 * static_cast<int>(v)
                   : row.unit == internal::kUnitDay ? static_cast<int>(v)
                                                   : 0;
        // (Months back from the day after: the nine months to September 30
        // start on January 1, not on December 31.)
        CivilDate from = days > 0 ? to.AddDays(1L - days) : to.AddDays(1).AddMonths(-static_cast<int>(v));
        Emit(b, end_core->end, Period::Span(from, to), true, sentence);
        return end_core->end;
      }
      Core c;
      c.type = Core::kSlot;
      c.offset = row.value;
      c.unit = row.unit;
      c.count = static_cast<int>(v);
      uint32_t sentence = sentences_.IndexOf(toks_[b].begin);
      bool relative = false;
      auto x = Resolve(c, internal::kAt, sentence, &relative);
      if (!x) return 0;
      // "the first six months of 2024", "les six premiers mois de 2024":
      // the year named after it.
      if (row.value == 0 && j < n_) {
        if (auto link = Phrase(r_.links, j)) {
          if (int y = YearAt(link->end_token, 1900, 2100); y > 0) {
            x = x->MoveYears(y - x->year);
            relative = false;
            j = link->end_token + 1;
          }
        }
      }
      Emit(b, j, *x, relative, sentence);
      return j;
    }
    return 0;
  }

  static bool EndpointOk(const std::optional<Core>& c) {
    return c && (c->type == Core::kAbsolute || c->type == Core::kNoYear) &&
           c->year_from == Core::kYearFromP &&
           !(c->type == Core::kAbsolute && c->period.grain == Grain::kSpan);
  }

  // "entre 2020 et 2024", "between January 2021 and March 2023": `a` is the
  // first end, opened by a range word before it.
  // The end that closes a range whose first end spans tokens [begin, end)
  // ("entre ... et", "du ... au"), with where its opener starts; nullopt
  // without an opener, a closer or a core after it.
  std::optional<Core> RangeEnd(size_t begin, size_t end, size_t* open_begin) const {
    // ("entre le 16 septembre et le 24 janvier": an article after each word.)
    size_t article_begin = 0;
    const bool article = PhraseBefore(r_.articles, begin, &article_begin).has_value();
    auto open = PhraseBefore(r_.ranges, article ? article_begin : begin, open_begin);
    if (!open) return std::nullopt;
    size_t k = Next(end);
    if (k == kNpos) return std::nullopt;
    const PhraseTable& closers =
        r_.closers[static_cast<size_t>(r_.closer_of[static_cast<size_t>(open->id)])];
    auto close = closers.Match(toks_, k, text_);
    if (!close) return std::nullopt;
    size_t b = Next(close->end_token);
    if (article) {
      auto a = b == kNpos ? std::nullopt : r_.articles.Match(toks_, b, text_);
      if (!a) return std::nullopt;
      b = Next(a->end_token);
    }
    return CoreAt(b);
  }

  size_t TryRange(const Core& a) {
    size_t open_begin = 0;
    std::optional<Core> b = RangeEnd(a.begin, a.end, &open_begin);
    return JoinEnds(a, b, open_begin);
  }

  // "en janvier et février", "in June and July 2024": two months joined
  // after a preposition are one span, from `begin` (the preposition).
  size_t TryMonthPair(const Core& a, size_t begin) {
    auto grain = [](const Core& c) { return c.type == Core::kAbsolute ? c.period.grain : c.grain; };
    if (grain(a) != Grain::kMonth) return 0;
    const size_t k = Next(a.end);
    auto cj = k == kNpos ? std::nullopt : Phrase(r_.conjs, k);
    if (!cj) return 0;
    const size_t b_at = Next(cj->end_token);
    std::optional<Core> b = b_at == kNpos ? std::nullopt : CoreAt(b_at);
    if (!EndpointOk(b) || grain(*b) != Grain::kMonth) return 0;
    return JoinEnds(a, b, begin);
  }

  // The span from core `a` to core `b`, opened at `open_begin`; a core
  // without a year takes the other's.
  size_t JoinEnds(const Core& a, const std::optional<Core>& b, size_t open_begin) {
    if (!EndpointOk(b)) return 0;
    uint32_t sentence = sentences_.IndexOf(toks_[open_begin].begin);
    bool rel_a = false, rel_b = false;
    std::optional<Period> pa, pb;
    if (b->type == Core::kAbsolute) {
      pb = b->period;
    } else if (a.type == Core::kAbsolute) {
      pb = Period::InYear(b->grain, b->part, b->day, a.period.year);
      if (pb && pb->last < a.period.first)
        pb = Period::InYear(b->grain, b->part, b->day, a.period.year + 1);
      rel_b = true;
    } else {
      pb = Resolve(*b, internal::kAt, sentence, &rel_b);
    }
    if (!pb) return 0;
    if (a.type == Core::kAbsolute) {
      pa = a.period;
    } else {
      pa = Period::InYear(a.grain, a.part, a.day, pb->year);
      if (pa && pa->first > pb->last) pa = Period::InYear(a.grain, a.part, a.day, pb->year - 1);
      rel_a = b->type != Core::kAbsolute;
    }
    if (!pa || pa->first > pb->last) return 0;
    Emit(open_begin, b->end, Period::Span(pa->first, pb->last), rel_a || rel_b, sentence);
    // ("entre avril et juin": the second quarter.)
    if (pa->grain == Grain::kMonth && pb->grain == Grain::kMonth) QuarterOrHalf(&out_->back());
    return b->end;
  }

  // "du 24 au 27 juillet", "from 24 to 27 July": a bare day opened by a
  // range word, whose month (and year) come from the day that closes it.
  size_t TryDayRange(size_t i) {
    if (toks_[i].kind != TokenKind::kNumber) return 0;
    const int day = Digits(i, 1, 2);
    if (day < 1 || day > 31) return 0;
    size_t open_begin = 0;
    std::optional<Core> b = RangeEnd(i, i + 1, &open_begin);
    if (!b || !EndpointOk(b) || (b->type == Core::kAbsolute ? b->period.grain : b->grain) != Grain::kDay) return 0;
    uint32_t sentence = sentences_.IndexOf(toks_[open_begin].begin);
    bool relative = false;
    std::optional<Period> pb = b->type == Core::kAbsolute ? std::optional<Period>(b->period)
                                                          : Resolve(*b, internal::kAt, sentence, &relative);
    if (!pb || day > pb->first.day) return 0;
    const CivilDate first{pb->first.year, pb->first.month, day};
    Emit(open_begin, b->end, Period::Span(first, pb->last), relative, sentence);
    return b->end;
  }

  // A span that is exactly a calendar quarter or half takes that grain.
  void QuarterOrHalf(TimeExpr* e) {
    if (e->grain != "span" || e->first.day != 1) return;
    if ((e->first.month - 1) % 3 == 0 && e->last == e->first.AddMonths(3).AddDays(-1)) {
      SetPeriod(e, Period::Quarter(e->first.year, (e->first.month - 1) / 3 + 1));
    } else if ((e->first.month - 1) % 6 == 0 && e->last == e->first.AddMonths(6).AddDays(-1)) {
      SetPeriod(e, Period::Half(e->first.year, (e->first.month - 1) / 6 + 1));
    }
  }

  // An expression whose core starts at token i: [range] or [prep] [article]
  // found looking back, then the core and what follows it.
  size_t TryAt(size_t i) {
    const bool slot =
        toks_[i].kind == TokenKind::kNumber
            ? NextKey(i) != kNpos && TimeRules::Test(r_.slot_suffixes, toks_[NextKey(i)].hash)
            : TimeRules::Test(r_.slot_suffixes, toks_[i].hash);
    if (slot) {
      if (size_t end = TrySlot(i)) return Finish(end);
    }
    if (size_t end = TryDayRange(i)) return Finish(end);
    std::optional<Core> c = CoreAt(i);
    if (!c) return 0;
    if (EndpointOk(c)) {
      if (size_t end = TryRange(*c)) return Finish(end);
    }
    // [prep] [article] before the core.
    const TimeRow* prep = nullptr;
    size_t article_begin = 0, prep_begin = 0;
    std::optional<PhraseMatch> m;
    if (PhraseBefore(r_.articles, i, &article_begin))
      m = PhraseBefore(r_.preps, article_begin, &prep_begin);
    if (!m) m = PhraseBefore(r_.preps, i, &prep_begin);
    if (m) prep = &Row(*m);
    if (prep != nullptr && prep->value == internal::kAt && EndpointOk(c)) {
      if (size_t end = TryMonthPair(*c, prep_begin)) return Finish(end);
    }
    bool prep_makes_year = prep != nullptr && !(prep->flags & internal::kRowNoYear);
    // "about £46 million a year from 2027.": a year that ends its clause.
    const int year = c->period.first.year;
    if (prep != nullptr && (prep->flags & internal::kRowYearAtEnd) && c->bare_year && year == c->period.last.year &&
        year >= 1900 && year <= 2100) {
      const Token* next = c->end < n_ ? &toks_[c->end] : nullptr;
      const bool clause_ends = next == nullptr || (next->kind == TokenKind::kPunct && (next->cp == '.' || next->cp == ',' ||
                                                                                         next->cp == ';' || next->cp == ':'));
      // (Not after a figure: "climbed to 2100 from 2050".)
      const bool after_number = prep_begin > 0 && toks_[prep_begin - 1].kind == TokenKind::kNumber;
      prep_makes_year = clause_ends && !after_number;
    }
    // ("How did 2025 go?": an interviewer's short question names a year bare.)
    if (c->bare_year && !c->edge && !prep_makes_year) {
      const int y = c->period.first.year;
      bool question = false;
      for (size_t k = c->end; k < n_ && k < c->end + 6 && !(toks_[k].flags & kTokNewline); ++k) {
        if (toks_[k].kind != TokenKind::kPunct) continue;
        question = toks_[k].cp == '?';
        break;
      }
      const bool after_number = c->begin > 0 && toks_[c->begin - 1].kind == TokenKind::kNumber;
      if (!question || after_number || y < 1900 || y > 2100 || y != c->period.last.year) return 0;
    }
    if (c->standalone_month && !c->edge && prep == nullptr) return 0;
    if (c->needs_prep && prep == nullptr) return 0;
    size_t begin = prep != nullptr ? prep_begin : c->begin;
    int sense = prep != nullptr ? prep->value : internal::kAt;
    if (c->no_prep || (c->day_date && (sense == internal::kAt || sense == internal::kOnward))) {
      begin = c->begin;
      if (c->no_prep) sense = internal::kAt;
    }
    if (begin == c->begin && c->number_led) {
      size_t b = 0;
      if (lex_.reference_before().MatchEndingAt(toks_, c->begin, text_, &b))
        return 0;  // "loi n° 2024-2030"
    }
    uint32_t sentence = sentences_.IndexOf(toks_[begin].begin);
    bool relative = false;
    std::optional<Period> x = Resolve(*c, sense, sentence, &relative);
    if (!x) return 0;
    if (sense == internal::kSince || sense == internal::kUntil) {
      if (!pub_) return 0;
      const CivilDate d = *pub_;
      if (sense == internal::kSince && x->first <= d) {
        *x = Period::Span(x->first, d);
        relative = true;
      } else if (sense == internal::kUntil && x->last >= d) {
        *x = Period::Span(d, x->last);
        relative = true;
      }
    }
    Emit(begin, c->end, *x, relative, sentence);
    // ("L'année précédente", like "un an plus tôt", is a comparison base.)
    out_->back().earlier = c->type == Core::kEarlier || (c->type == Core::kRef && c->offset < 0);
    if (((c->type == Core::kRef && c->offset == 0 && c->grain == Grain::kYear && sense == internal::kAt) ||
         c->type == Core::kEarlier) &&
        out_->back().grain == "year" && !out_->back().fiscal) {
      year_refs_.push_back({out_->back().span.begin, c->type == Core::kEarlier ? c->offset : 0});
    }
    size_t end = c->end;
    // "sur son exercice 2025, clos le 31 janvier": a year said to close is a
    // fiscal year.
    if (TimeExpr& e = out_->back(); e.grain == "year" && !e.fiscal && e.value.size() == 4 && end < n_) {
      if (Phrase(r_.fiscal_afters, end)) {
        e.fiscal = true;
        e.value = "FY" + e.value;
      }
    }
    // "in the fiscal year ended in March", "the financial year to June": the
    // fiscal year that closes with that month.
    if (TimeExpr& e = out_->back(); e.grain == "month" || e.grain == "day") {
      size_t b = 0;
      auto to = PhraseBefore(r_.fiscal_tos, begin, &b);
      if (!to) {  // the phrase is the expression's preposition ("the fiscal year to June")
        to = Phrase(r_.fiscal_tos, begin);
        if (to && to->end_token > c->begin) to.reset();
        b = begin;
      }
      if (to) {
        int y = e.first.year;
        // "the financial year ending in June", said in November: the one
        // under way, which closes next June.
        if (r_.rows[static_cast<size_t>(to->id)].value == 1 && relative && pub_ && e.last < *pub_) ++y;
        e.value = "FY" + std::to_string(y);
        e.grain = "year";
        e.fiscal = true;
        e.first = CivilDate{y, 1, 1};
        e.last = CivilDate{y, 12, 31};
        e.span.begin = toks_[b].begin;
      }
    }
    // "en 2023 et 2024": a year joined to a year.
    if (x->grain == Grain::kYear && c->type == Core::kAbsolute) {
      if (auto cj = Phrase(r_.conjs, Next(end))) {
        size_t k = Next(cj->end_token);
        if (int y = YearAt(k, 1900, 2100); y > 0) {
          Emit(k, k + 1, Period::Year(y, x->fiscal), false, sentences_.IndexOf(toks_[k].begin));
          end = k + 1;
        }
      }
    }
    return Finish(end);
  }

  // Seasons, after the other expressions: "la saison 2025-2026" and "the
  // 2024-25 season" run from the season's first month (July) to the month
  // before it a year later; once an article has named one, its other
  // "2023-2024" are seasons too. "La saison dernière", "this season":
  // from the publication date.
  void Seasons() {
    auto season = [](int first_year, int month) {
      CivilDate a{first_year, month, 1};
      CivilDate b = CivilDate{first_year + 1, month, 1}.AddDays(-1);
      return Period::Span(a, b);
    };
    // "2024-2025", "2024/25" at k: the first year and one past the last token.
    auto pair_at = [&](size_t k, size_t* end) {
      if (k == kNpos || k + 2 >= n_) return -1;
      int y = Digits(k, 4, 4);
      if (y < 1900 || y > 2100 || toks_[k + 1].kind != TokenKind::kPunct || (toks_[k + 1].cp != '-' && toks_[k + 1].cp != '/') ||
          toks_[k + 2].kind != TokenKind::kNumber || !Glued(k, k + 1) || !Glued(k + 1, k + 2)) {
        return -1;
      }
      int second = Digits(k + 2, 2, 4);
      if (second != y + 1 && second != (y + 1) % 100) return -1;
      *end = k + 3;
      return y;
    };
    auto replace = [&](size_t begin, size_t end, const Period& p, bool relative) {
      uint32_t sentence = sentences_.IndexOf(toks_[begin].begin);
      const uint32_t b = toks_[begin].begin, e = toks_[end - 1].end;
      // An expression over the same words gives way (its span kept when
      // longer); any other one over them goes ("sur l'année" and
      // "2024-2025" in "sur l'année scolaire 2024-2025").
      for (size_t k = 0; k < out_->size(); ++k) {
        TimeExpr& x = (*out_)[k];
        if (x.span.end <= b || x.span.begin >= e) continue;
        SetPeriod(&x, p);
        x.span = Span{std::min(x.span.begin, b), std::max(x.span.end, e)};
        for (size_t j = out_->size(); j-- > k + 1;) {
          const TimeExpr& y = (*out_)[j];
          if (y.span.end > x.span.begin && y.span.begin < x.span.end) {
            x.span = Span{std::min(x.span.begin, y.span.begin), std::max(x.span.end, y.span.end)};
            out_->erase(out_->begin() + static_cast<std::ptrdiff_t>(j));
          }
        }
        return;
      }
      TimeExpr t;
      t.span = {b, e};
      SetPeriod(&t, p);
      t.sentence = sentence;
      t.relative = relative;
      InsertInOrder(std::move(t));
    };
    // (Month 0: "the 2025-26 financial year" is the fiscal year that ends
    // in 2026.)
    auto pair_period = [&](int first_year, int month) {
      return month == 0 ? Period::Year(first_year + 1, /*fiscal=*/true) : season(first_year, month);
    };
    // The month the article's seasons start in, when a word of its setting
    // says ("the opera's 2024-25 season": September); else each row's.
    // (Looked for once, when a season is first read.)
    std::optional<int> setting_month;
    auto first_month_of = [&](int m) {
      if (!setting_month) {
        setting_month = 0;
        for (size_t i = 0; i < n_ && *setting_month == 0; ++i) {
          if (auto w = r_.season_words.Match(toks_, i, text_)) setting_month = Row(*w).value;
        }
      }
      return m != 0 && *setting_month != 0 ? *setting_month : m;
    };
    int month = -1;  // of the season named last
    for (size_t i = 0; i < n_; ++i) {
      if (auto m = r_.seasons.Match(toks_, i, text_)) {
        const int first_month = first_month_of(Row(*m).value);
        size_t end = 0;
        if (int y = pair_at(Next(m->end_token), &end); y > 0) {  // "la saison 2025-2026"
          replace(i, end, pair_period(y, first_month), false);
          month = first_month;
          i = end - 1;
          continue;
        }
        if (i >= 3 && pair_at(i - 3, &end) > 0 && end == i) {  // "the 2024-25 season"
          replace(i - 3, m->end_token, pair_period(pair_at(i - 3, &end), first_month), false);
          month = first_month;
          i = m->end_token - 1;
          continue;
        }
      }
      // (Not before its years: "l'année scolaire 2024-2025" is that one.)
      if (auto m = r_.season_rels.Match(toks_, i, text_); m && pub_ && [&] {
            size_t end = 0;
            return pair_at(Next(m->end_token), &end) < 0;
          }()) {
        const TimeRow& row = Row(*m);
        const int first = first_month_of(row.count);
        int start = pub_->month >= first ? pub_->year : pub_->year - 1;
        replace(i, m->end_token, season(start + row.value, first), true);
        i = m->end_token - 1;
        continue;
      }
      if (month >= 0) {  // "contre 10,1 millions en 2023-2024"
        size_t end = 0;
        if (int y = pair_at(i, &end); y > 0) {
          replace(i, end, pair_period(y, month), false);
          i = end - 1;
        }
      } else if (r_.short_pair_fiscal) {
        // "in 2026-27", with no season named before: where the setting says
        // so, a pair whose second year has two digits is a financial year.
        // (Not a few words after a season's noun: "for four seasons from
        // 2026-27".)
        size_t end = 0;
        if (int y = pair_at(i, &end); y > 0 && toks_[i + 2].length == 2) {
          int near_season = -1;
          for (size_t k = i >= 4 ? i - 4 : 0; k < i && near_season < 0; ++k) {
            if (auto m = r_.seasons.Match(toks_, k, text_)) near_season = first_month_of(Row(*m).value);
          }
          replace(i, end, pair_period(y, near_season >= 0 ? near_season : 0), false);
          i = end - 1;
        }
      }
    }
  }

  // "in the year to March 31", "les douze mois clos fin juin": the months
  // (the row's value) that end with the date after the phrase. The date's
  // expression becomes the span; what was read inside the phrase ("the
  // year") goes.
  void YearsTo() {
    for (size_t i = 0; i < n_; ++i) {
      auto m = r_.years_to.Match(toks_, i, text_);
      if (!m) continue;
      const uint32_t phrase_begin = toks_[i].begin;
      const uint32_t date_at = m->end_token < n_ ? toks_[m->end_token].begin : 0;
      TimeExpr* date = nullptr;
      for (TimeExpr& x : *out_) {
        if (x.span.begin <= date_at && x.span.end > date_at && (x.grain == "month" || x.grain == "day")) date = &x;
      }
      if (!date && pub_ && m->end_token < n_) {
        // "in the year to November": a month alone, the last one ended.
        size_t month_end = 0;
        bool abbreviation = false;
        if (int month = MonthAt(m->end_token, &month_end, &abbreviation); month > 0 && !abbreviation) {
          const int year = month <= pub_->month ? pub_->year : pub_->year - 1;
          TimeExpr t;
          t.span = Span{toks_[m->end_token].begin, toks_[month_end - 1].end};
          SetPeriod(&t, Period::Month(year, month));
          t.sentence = sentences_.IndexOf(toks_[i].begin);
          t.relative = true;
          date = InsertInOrder(std::move(t));
        }
      }
      if (!date) continue;
      CivilDate last = date->grain == "month" ? date->first.AddMonths(1).AddDays(-1) : date->first;
      const CivilDate first = last.AddDays(1).AddMonths(-Row(*m).value);
      // ("the year ended 31 December 2025" is 2025; months that make a
      // calendar quarter or half take that grain.)
      if (first.month == 1 && first.day == 1 && last == CivilDate{first.year, 12, 31}) {
        SetPeriod(date, Period::Year(first.year));
      } else {
        SetPeriod(date, Period::Span(first, last));
        QuarterOrHalf(date);
      }
      date->span.begin = std::min(date->span.begin, phrase_begin);
      // Expressions read inside the phrase ("in the year") give way.
      const Span kept = date->span;
      std::erase_if(*out_, [&](const TimeExpr& x) {
        return x.span.begin < date_at && x.span.end > phrase_begin && !(x.span == kept);
      });
      i = m->end_token;
    }
  }

  // "for the year to June 30 ... It paid £11.4m during the year", "a
  // year earlier": a year read from what came before is the twelve-month
  // span the later pass made of the expression right before it, or (in
  // its sentence or the one before) that span a year back.
  void YearRefsToSpans() {
    for (const YearRef& ref : year_refs_) {
      size_t at = 0;
      while (at < out_->size() && (*out_)[at].span.begin != ref.begin) ++at;
      if (at == out_->size()) continue;
      TimeExpr& x = (*out_)[at];
      for (size_t k = at; k-- > 0;) {
        const TimeExpr& e = (*out_)[k];
        // (Past days, bases, founding years and spans that run from today:
        // "would spend about £4m over the next two years".)
        if (e.grain == "day" || (e.earlier && ref.years_back == 0) || (ref.years_back == 0 && FoundingYear(e)) ||
            (e.grain == "span" && pub_ && e.first == *pub_)) {
          continue;
        }
        if (e.grain == "span" && !e.earlier && (ref.years_back == 0 || e.sentence + 1 >= x.sentence) &&
            e.first.AddMonths(12) == e.last.AddDays(1)) {
          SetPeriod(&x, Period::Span(e.first, e.last).MoveYears(-ref.years_back));
        }
        break;
      }
    }
  }

  // The date of a comparison's base: "contre 1.700 l'an dernier", "up from
  // 39,000 tonnes in 2023" (a base cue, then a figure, a few words before).
  bool ComparisonBase(const TimeExpr& e) const {
    if (r_.bases_before.empty()) return false;
    const size_t b = toks_.IndexAt(e.span.begin);
    bool figure = false;
    for (size_t k = b; k-- > 0 && k + 8 > b;) {
      const Token& t = toks_[k];
      if (t.kind == TokenKind::kPunct && (t.cp == '.' || t.cp == ';' || t.cp == '!' || t.cp == '?') &&
          !(k > 0 && k + 1 < n_ && toks_[k - 1].kind == TokenKind::kNumber && toks_[k + 1].kind == TokenKind::kNumber)) {
        break;
      }
      figure |= t.kind == TokenKind::kNumber;
      size_t mb = 0;
      if (figure && r_.bases_before.MatchEndingAt(toks_, k + 1, text_, &mb)) return true;
    }
    return false;
  }

  // "sur la même période", "over the same period": the period named last
  // (not a comparison base), when no expression was read there already
  // ("la même période de l'an dernier" is one).
  void SameRefs() {
    for (size_t i = 0; i < n_; ++i) {
      auto m = r_.same_refs.Match(toks_, i, text_);
      if (!m) continue;
      // ("la même période de l'an dernier", "the same period of 2024": the
      // period named last, in the year named after it; the year alone was
      // read as a time of its own, or is a bare number.)
      int year = 0;
      uint32_t e = toks_[m->end_token - 1].end;
      size_t year_expr = SIZE_MAX;  // the time read for that year, if any
      if (m->end_token < n_) {
        if (auto link = Phrase(r_.links, m->end_token)) {
          const size_t y = link->end_token;
          for (size_t k = 0; k < out_->size() && y < n_; ++k) {
            const TimeExpr& x = (*out_)[k];
            if (x.grain == "year" && !x.fiscal && x.span.begin == toks_[y].begin) {
              year = x.first.year;
              year_expr = k;
              e = x.span.end;
            }
          }
          if (const int v = year || y >= n_ ? -1 : YearAt(y, 1900, 2100); v > 0) {
            year = v;
            e = toks_[y].end;
          }
          if (!year) continue;
        }
      }
      // ("à la même période", flag prep: only with the year after it.)
      if (!year && (r_.rows[static_cast<size_t>(m->id)].flags & internal::kRowNeedsPrep)) continue;
      const uint32_t b = toks_[i].begin;
      const TimeExpr* last = nullptr;
      bool taken = false;
      for (size_t k = 0; k < out_->size(); ++k) {
        const TimeExpr& x = (*out_)[k];
        if (x.span.end > b && x.span.begin < e && k != year_expr) taken = true;
        // (A reporting period: not the day a statement was made, nor a
        // "since" running to today, nor a bare year, a founding date as often.)
        if (x.span.end <= b && !x.earlier && x.grain != "day" && !(x.grain == "year" && !x.fiscal) &&
            !(pub_ && x.grain == "span" && x.last == *pub_)) {
          last = &x;
        }
      }
      if (taken || !last) continue;
      TimeExpr t = *last;
      if (year) {
        const auto p = last->grain == "span" ? Period::Span(last->first, last->last) : FromExpr(*last);
        if (!p) continue;
        SetPeriod(&t, p->MoveYears(year - last->first.year));
        t.earlier = year < last->first.year;
        if (year_expr != SIZE_MAX) out_->erase(out_->begin() + static_cast<long>(year_expr));
      }
      t.span = Span{b, e};
      t.sentence = sentences_.IndexOf(b);
      t.relative = true;
      InsertInOrder(std::move(t));
      i = m->end_token - 1;
    }
  }

  size_t Finish(size_t end) {
    last_end_ = end;
    return end;
  }

  const NumberGrammar& grammar_;
  SentenceIndex& sentences_;
  const std::optional<CivilDate>& pub_;
  std::vector<TimeExpr>* out_;
  size_t last_end_ = 0;  // one past the last token of the last expression
  // Years read from what was named before them ("during the year", "a year
  // earlier"): the start of each, and the years it shifts (0 for a
  // reference, n for "n years earlier").
  struct YearRef {
    uint32_t begin;
    int years_back;
  };
  std::vector<YearRef> year_refs_;
};

}  // namespace

struct TimeRecognizer::Rules : internal::TimeRules {
  explicit Rules(const Lexicon& lexicon) : grammar(lexicon) {
    internal::LoadTimeRules(lexicon.lang(), this);
  }
  NumberGrammar grammar;
};

TimeRecognizer::TimeRecognizer(const Lexicon& lexicon)
    : lex_(lexicon), rules_(std::make_unique<Rules>(lexicon)) {}
TimeRecognizer::~TimeRecognizer() = default;

void TimeRecognizer::Recognize(std::string_view text, const TokenList& toks,
                               SentenceIndex& sentences,
                               const std::optional<CivilDate>& publication,
                               std::vector<TimeExpr>* out) const {
  out->clear();
  Matcher(*rules_, lex_, rules_->grammar, text, toks, sentences, publication, out).Run();
}

}  // namespace factmine
