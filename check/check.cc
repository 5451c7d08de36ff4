// Claim consistency: grouping, intervals, verdicts, slips and sums. See check.h.
#include "check/check.h"

#include <algorithm>
#include <bit>
#include <chrono>
#include <cmath>
#include <limits>
#include <map>
#include <set>
#include <unordered_map>

#include "check/internal/format.h"
#include "data/data.h"
#include "normalize/normalize.h"


namespace factmine {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
// "environ", "près de", "about": twice the figure's rounding either way,
// and at least 5% ("près de 4 600" is 4 370..4 830, "environ 15 000" is
// 14 000..16 000).
constexpr double kApprox = 0.05;
// Relative tolerance under which two stated values are the same value.
constexpr double kSame = 1e-9;

bool Same(double a, double b) { return std::fabs(a - b) <= kSame * std::max(std::fabs(a), std::fabs(b)); }

// The interval a statement allows, from its qualifier and stated precision.
// The figure of a stored fact or quantity (FactRow, BreakdownRow::Amount:
// same field names) into a statement.
// (An rvalue row gives its strings away.)
template <typename Row>
void CopyFigures(Row&& r, Statement* s) {
  s->dimension = std::forward<Row>(r).dimension;
  s->unit = std::forward<Row>(r).unit;
  s->qualifier = std::forward<Row>(r).qualifier;
  s->has_value = r.value.has_value();
  s->has_low = r.low.has_value();
  s->has_high = r.high.has_value();
  s->value = r.value.value_or(0);
  s->low = r.low.value_or(0);
  s->high = r.high.value_or(0);
  s->value_text = std::forward<Row>(r).value_text;
  s->low_text = std::forward<Row>(r).low_text;
  s->high_text = std::forward<Row>(r).high_text;
  s->value_precision = r.value_precision;
  s->low_precision = r.low_precision;
  s->high_precision = r.high_precision;
}

// Where a stored fact or breakdown comes from (FactRow, BreakdownRow: same
// field names) into a statement.
template <typename Row>
void CopyDocument(Row&& r, Statement* s) {
  s->document = r.document;
  s->copy_group = r.copy_group;
  s->doc = std::forward<Row>(r).doc;
  s->doc_date = std::forward<Row>(r).doc_date;
  s->doc_title = std::forward<Row>(r).doc_title;
  s->doc_url = std::forward<Row>(r).doc_url;
  s->doc_source = std::forward<Row>(r).doc_source;
  s->lang = std::forward<Row>(r).lang;
}

// Half the rounding of a stated figure: half a unit of its last digit, a
// quarter when the figure has a single significant digit ("8 milliards" is
// said for 7,75..8,25 milliards; 8,46 milliards would be "8,5 milliards").
double HalfRounding(double value, double precision) {
  return std::fabs(value) < 10 * precision ? precision / 4 : precision / 2;
}

void Interval(Statement* s) {
  const double hv = HalfRounding(s->value, s->value_precision), hl = HalfRounding(s->low, s->low_precision),
               hh = HalfRounding(s->high, s->high_precision);
  const std::string& q = s->qualifier;
  if (q == "range") {
    s->lo = s->has_low ? s->low - hl : -kInf;
    s->hi = s->has_high ? s->high + hh : kInf;
  } else if (q == "more_than" || q == "at_least") {
    s->lo = s->has_low ? s->low - hl : -kInf;
    s->hi = kInf;
  } else if (q == "less_than" || q == "at_most") {
    s->lo = -kInf;
    s->hi = s->has_high ? s->high + hh : kInf;
  } else if (s->has_value) {
    double h = hv;
    if (q == "approx") h = std::max(2 * h, kApprox * std::fabs(s->value));
    s->lo = s->value - h;
    s->hi = s->value + h;
  } else {
    s->lo = -kInf;
    s->hi = kInf;
  }
  if (s->has_value) s->point = s->value;
  else if (s->has_low && s->has_high) s->point = (s->low + s->high) / 2;
  else if (s->has_low) s->point = s->low;
  else if (s->has_high) s->point = s->high;
}

// Two statements say the same thing: same qualifier and same figures.
bool SameStatement(const Statement& a, const Statement& b) {
  if (a.qualifier != b.qualifier || a.has_value != b.has_value || a.has_low != b.has_low || a.has_high != b.has_high) {
    return false;
  }
  return (!a.has_value || Same(a.value, b.value)) && (!a.has_low || Same(a.low, b.low)) &&
         (!a.has_high || Same(a.high, b.high));
}

std::string Short(double v) { return internal::Figure(v); }

// How a statement is written in a claim's list of values.
std::string ValueText(const Statement& s) {
  const std::string& q = s.qualifier;
  if (q == "range") return (s.has_low ? s.low_text : "") + ".." + (s.has_high ? s.high_text : "");
  if (q == "more_than") return "> " + s.low_text;
  if (q == "at_least") return ">= " + s.low_text;
  if (q == "less_than") return "< " + s.high_text;
  if (q == "at_most") return "<= " + s.high_text;
  if (q == "approx") return "~" + s.value_text;
  return s.value_text;
}

// Is a / b a power of ten of 3 or 6 (a scale word misread), within the
// statements' precision?
int ScaleSlip(const Statement& a, const Statement& b) {
  if (!(a.point > 0 && b.point > 0)) return 0;
  double big = std::max(a.point, b.point), small = std::min(a.point, b.point);
  for (int k : {3, 6}) {
    double f = std::pow(10.0, k);
    if (std::fabs(big / small / f - 1) < 0.02) return k;
  }
  return 0;
}

bool Overlap(const Statement& a, const Statement& b) { return a.lo <= b.hi && b.lo <= a.hi; }

// The verdict on a set of statements from `sources` independent sources,
// and the tolerance that decided it.
Verdict Decide(const std::vector<const Statement*>& statements, int sources, std::string* tolerance) {
  double lo = -kInf, hi = kInf;
  bool same = true, approx = false;
  for (const Statement* s : statements) {
    lo = std::max(lo, s->lo);
    hi = std::min(hi, s->hi);
    same &= SameStatement(*s, *statements.front());
    approx |= s->qualifier == "approx";
  }
  if (sources <= 1) {
    tolerance->clear();
    return Verdict::kSingleSource;
  }
  if (same && !approx) {
    *tolerance = "same value";
    return Verdict::kConsistent;
  }
  if (lo < hi - kSame * std::max(std::fabs(lo), std::fabs(hi))) {
    // (Strictly: rounding intervals are half-open, "8,5" does not round
    // into "8".) What the agreement rests on:
    std::set<std::string> reasons;
    for (const Statement* s : statements) {
      if (s->qualifier == "approx") reasons.insert("approximate (twice the rounding, at least " + Short(kApprox * 100) + "%)");
      else if (s->qualifier != "exact") reasons.insert("bound (" + s->qualifier + ")");
      else if (s->has_value) reasons.insert("rounding to " + Short(s->value_precision));
    }
    std::string t;
    for (const std::string& r : reasons) t += (t.empty() ? "" : ", ") + r;
    *tolerance = "intervals overlap on [" + Short(lo) + ", " + Short(hi) + "]: " + t;
    return Verdict::kCompatible;
  }
  *tolerance = "no common value: " + Short(hi) + " < " + Short(lo);
  return Verdict::kConflict;
}

int Sources(const std::vector<const Statement*>& statements) {
  std::set<int64_t> groups;
  for (const Statement* s : statements) groups.insert(s->copy_group);
  return static_cast<int>(groups.size());
}

// What the claim's verdict would be without its suspect statements: "the
// others agree" is what tells a slip from a plain conflict.
void RejudgeWithoutSuspects(Claim* c) {
  std::vector<const Statement*> rest;
  for (size_t i = 0; i < c->statements.size(); ++i) {
    if (std::find(c->suspect.begin(), c->suspect.end(), static_cast<int>(i)) == c->suspect.end()) {
      rest.push_back(&c->statements[i]);
    }
  }
  if (rest.empty() || rest.size() == c->statements.size()) return;
  std::string tolerance;
  c->verdict_without_suspects = Decide(rest, Sources(rest), &tolerance);
}

// A statement that adds up some of the parts of another source's total:
// "7 milliards" for 4 + 3 of "8,5 milliards, dont 4 ... 3 ... 1,5". Fills
// *sub and returns true when one is found (the fewest parts first).
bool FindSubtotal(const Statement& s, const std::vector<const SumCheck*>& breakdowns, Claim::Subtotal* sub) {
  if (!s.has_value) return false;
  for (const SumCheck* b : breakdowns) {
    // (A total given as a bound, "at most 8.5 billion", overlaps its parts'
    // sums by nature: only a stated total rules a subtotal out.)
    if ((b->whole.has_value && Overlap(s, b->whole)) || b->doc == s.doc || b->parts.size() > 12) continue;
    const size_t n = b->parts.size();
    int best = 0;
    for (uint32_t mask = 1; mask < (1u << n) - 1; ++mask) {
      double lo = 0, hi = 0;
      for (size_t i = 0; i < n; ++i) {
        if (mask & (1u << i)) {
          lo += b->parts[i].lo;
          hi += b->parts[i].hi;
        }
      }
      if (!(s.lo <= hi && lo <= s.hi)) continue;
      if (best == 0 || std::popcount(mask) < std::popcount(static_cast<uint32_t>(best))) best = static_cast<int>(mask);
    }
    if (best == 0) continue;
    sub->doc = b->doc;
    sub->whole = b->whole.point;
    sub->parts.clear();
    for (size_t i = 0; i < n; ++i) {
      if (best & (1 << i)) sub->parts.push_back(b->parts[i].point);
    }
    return true;
  }
  return false;
}

void Judge(Claim* c, const std::vector<const SumCheck*>& breakdowns) {
  std::set<int64_t> groups, docs;
  for (const Statement& s : c->statements) {
    groups.insert(s.copy_group);
    docs.insert(s.document);
  }
  c->sources = static_cast<int>(groups.size());
  c->documents = static_cast<int>(docs.size());
  // Distinct values, with their independent support.
  for (size_t i = 0; i < c->statements.size(); ++i) {
    std::string t = ValueText(c->statements[i]);
    auto it = std::find_if(c->values.begin(), c->values.end(), [&](const Claim::Value& v) { return v.text == t; });
    if (it == c->values.end()) c->values.push_back({t, c->statements[i].point, 0, 0, static_cast<int>(i)});
  }
  for (Claim::Value& v : c->values) {
    std::set<int64_t> g, d;
    for (const Statement& s : c->statements) {
      if (ValueText(s) == v.text) {
        g.insert(s.copy_group);
        d.insert(s.document);
      }
    }
    v.sources = static_cast<int>(g.size());
    v.documents = static_cast<int>(d.size());
  }
  std::stable_sort(c->values.begin(), c->values.end(),
                   [](const Claim::Value& a, const Claim::Value& b) { return a.sources > b.sources; });
  // Spread of the points.
  std::vector<double> points;
  for (const Statement& s : c->statements) points.push_back(s.point);
  std::sort(points.begin(), points.end());
  double median = points[points.size() / 2];
  c->spread = median != 0 ? (points.back() - points.front()) / std::fabs(median) : 0;

  std::vector<const Statement*> all;
  for (const Statement& s : c->statements) all.push_back(&s);
  c->verdict = Decide(all, c->sources, &c->tolerance);
  // Subtotals of another source's breakdown are no contradiction of its
  // total, and a better explanation than a bound ("at most 8.5 billion"
  // holds 7 billion, which is 4 + 3 of that total).
  if ((c->verdict == Verdict::kConflict || c->verdict == Verdict::kCompatible) && !breakdowns.empty()) {
    std::vector<const Statement*> rest;
    for (size_t i = 0; i < c->statements.size(); ++i) {
      Claim::Subtotal sub;
      if (FindSubtotal(c->statements[i], breakdowns, &sub)) {
        sub.statement = static_cast<int>(i);
        c->subtotals.push_back(std::move(sub));
      } else {
        rest.push_back(&c->statements[i]);
      }
    }
    std::string tolerance;
    if (!c->subtotals.empty() && !rest.empty()) {
      Verdict v = Decide(rest, Sources(rest), &tolerance);
      if (v != Verdict::kConflict) {
        c->verdict = v == Verdict::kSingleSource ? Verdict::kCompatible : v;
        if (tolerance.empty()) tolerance = "the total is stated by one source";
        for (const Claim::Subtotal& sub : c->subtotals) {
          std::string parts;
          for (double p : sub.parts) parts += (parts.empty() ? "" : " + ") + Short(p);
          tolerance += "; " + Short(c->statements[static_cast<size_t>(sub.statement)].point) + " is " + parts +
                       ", parts of the " + Short(sub.whole) + " total in " + sub.doc;
        }
        c->tolerance = tolerance;
      } else {
        c->subtotals.clear();
      }
    } else {
      c->subtotals.clear();
    }
  }
  // A conflict inside one source (an article giving 15 000 and 5 100 for
  // one key) is rarely a contradiction: the figures are about different
  // things the key does not tell apart (a country, a division, a step).
  if (c->verdict == Verdict::kConflict) {
    bool within = false;
    for (size_t i = 0; i < c->statements.size() && !within; ++i) {
      for (size_t j = i + 1; j < c->statements.size() && !within; ++j) {
        const Statement& a = c->statements[i];
        const Statement& b = c->statements[j];
        within = a.copy_group == b.copy_group && !Overlap(a, b);
      }
    }
    if (within) c->flags.push_back("several_values_in_one_source (different scopes or figures?)");
  }
  // Scale slips: in a conflict, statements a power of 1000 apart.
  if (c->verdict == Verdict::kConflict) {
    bool slip = false;
    for (size_t i = 0; i < c->statements.size(); ++i) {
      for (size_t j = i + 1; j < c->statements.size(); ++j) {
        if (int k = ScaleSlip(c->statements[i], c->statements[j])) {
          std::string flag = "scale_slip (factor 10^" + std::to_string(k) + ")";
          if (std::find(c->flags.begin(), c->flags.end(), flag) == c->flags.end()) c->flags.push_back(flag);
          slip = true;
        }
      }
    }
    if (slip) {
      // The suspects: statements outside the best-supported value's interval.
      const Statement* best = nullptr;
      for (const Statement& s : c->statements) {
        if (ValueText(s) == c->values.front().text) best = &s;
      }
      for (size_t i = 0; i < c->statements.size(); ++i) {
        if (best && !Overlap(c->statements[i], *best)) c->suspect.push_back(static_cast<int>(i));
      }
      RejudgeWithoutSuspects(c);
    }
  }
}

int Rank(Verdict v) {
  switch (v) {
    case Verdict::kConflict: return 0;
    case Verdict::kCompatible: return 1;
    case Verdict::kConsistent: return 2;
    case Verdict::kSingleSource: return 3;
  }
  return 4;
}

std::string KeyString(const ClaimKey& k) {
  return k.subject + "\x1f" + k.predicate + "\x1f" + k.measure + "\x1f" + k.period + "\x1f" + k.unit + "\x1f" + k.object +
         "\x1f" + k.scope;
}

// The unit counts are compared in (data/count_units.tsv): "emploi",
// "poste" and "job" count the same thing.
const std::string& CountUnit(const std::string& lemma) {
  static const auto* units = [] {
    auto* m = new std::unordered_map<std::string, std::string>;
    if (auto f = data::Find("count_units.tsv")) {
      data::TsvTable t = data::ParseTsv(*f);
      int lc = t.Column("lemma"), uc = t.Column("unit");
      for (const auto& row : t.rows) {
        if (lc >= 0 && uc >= 0 && row.size() >= t.header.size()) {
          (*m)[row[static_cast<size_t>(lc)]] = row[static_cast<size_t>(uc)];
        }
      }
    }
    return m;
  }();
  auto it = units->find(lemma);
  return it == units->end() ? lemma : it->second;
}

bool IsCurrency(const std::string& unit) {
  return unit.size() == 3 && std::all_of(unit.begin(), unit.end(), [](char ch) { return ch >= 'A' && ch <= 'Z'; });
}

}  // namespace

std::string_view VerdictName(Verdict v) {
  switch (v) {
    case Verdict::kConsistent: return "consistent";
    case Verdict::kCompatible: return "compatible";
    case Verdict::kConflict: return "conflict";
    case Verdict::kSingleSource: return "single_source";
  }
  return "single_source";
}

StatusOr<Report> CheckFacts(Store& store, const CheckOptions& options) {
  auto start = std::chrono::steady_clock::now();
  Report report;
  std::unordered_map<std::string, size_t> claim_of;  // key -> index in claims
  std::vector<Claim> claims;
  // Totals and their parts ("dont ..."), read first: the facts among them
  // are kept by (document, quantity idx) for the sums, whatever their
  // confidence.
  std::vector<BreakdownRow> breakdown_rows;
  std::set<std::pair<int64_t, int>> in_breakdown;
  Status bs = store.ForEachBreakdown([&](const BreakdownRow& row) {
    breakdown_rows.push_back(row);
    in_breakdown.insert({row.document, row.whole.idx});
    in_breakdown.insert({row.document, row.part.idx});
  });
  if (!bs.ok()) return bs;
  std::map<std::pair<int64_t, int>, Statement> by_quantity;
  std::set<int64_t> documents;
  Status st = store.ForEachFact([&](FactRow& f) {
    // A span that runs from the article's date ("d'ici 2028" in an article
    // of 20 March) is the same period whatever day it was written: "..2028-12-31".
    std::string period = f.period;
    if (size_t slash = period.find('/'); slash != std::string::npos && period.substr(0, slash) == f.doc_date) {
      period = ".." + period.substr(slash + 1);
    }
    // ... and "d'ici la fin de l'année" is this year.
    if (period.size() == 12 && period.rfind("..", 0) == 0 && period.substr(6) == "-12-31" &&
        f.doc_date.substr(0, 4) == period.substr(2, 4)) {
      period = period.substr(2, 4);
    }
    Statement s;
    s.fact_id = f.id;
    s.story = f.story;
    s.fact_idx = f.idx;
    s.part_of = f.part_of;
    CopyFigures(f, &s);  // (the unit is read again for the key)
    CopyDocument(std::move(f), &s);
    s.per = f.per;
    s.text = std::move(f.text);
    s.sentence_text = std::move(f.sentence_text);
    if (f.highlight_begin >= 0 && f.highlight_end >= f.highlight_begin &&
        static_cast<size_t>(f.highlight_end) <= s.sentence_text.size()) {
      s.highlight_begin = static_cast<uint32_t>(f.highlight_begin);
      s.highlight_end = static_cast<uint32_t>(f.highlight_end);
    }
    s.trigger = std::move(f.trigger);
    s.attributed_to = std::move(f.attributed_to);
    s.confidence = f.confidence;
    s.period_stated = f.period_stated;
    Interval(&s);
    ClaimKey key{f.subject, f.subject_name, f.subject_type, f.predicate, period,
                 s.dimension == "count" ? CountUnit(s.unit) : s.unit, f.object, f.object_name, f.measure, "", ""};
    // A rate ("60 milliards par an") is not a one-off amount.
    if (!s.per.empty()) key.unit += "/" + s.per;
    if (f.scope != "world") {
      key.scope = f.scope;
      key.scope_name = f.scope_name;
    }
    documents.insert(s.document);
    ++report.facts;
    std::string k = KeyString(key);
    if (in_breakdown.contains({s.document, f.quantity})) by_quantity[{s.document, f.quantity}] = s;
    if (s.confidence < options.min_confidence) return;
    // A part of a total ("dont 4 milliards pour l'inférence") is checked
    // with its total (sums), not as a claim of its own; unless it says
    // where it holds ("dont 1 150 en France"): then it is a claim about
    // that place.
    if (s.part_of >= 0 && key.scope.empty()) return;
    auto [it, added] = claim_of.emplace(k, claims.size());
    if (added) {
      claims.emplace_back();
      claims.back().key = key;
    }
    claims[it->second].statements.push_back(std::move(s));
  });
  if (!st.ok()) return st;
  report.documents = documents.size();
  // Statements that leave a part of the key unsaid (no period: an undated
  // article; no object: "Felsine paie 750 millions" without naming what it
  // buys) join the one claim that says it, when there is exactly one.
  // The claims grouped by their key with one part left out.
  auto group_without = [&](std::string& (*part)(ClaimKey&)) {
    std::unordered_map<std::string, std::vector<size_t>> by_rest;
    for (size_t i = 0; i < claims.size(); ++i) {
      ClaimKey k = claims[i].key;
      part(k).clear();
      by_rest[KeyString(k)].push_back(i);
    }
    return by_rest;
  };
  for (auto blank : {+[](ClaimKey& k) -> std::string& { return k.period; },
                     +[](ClaimKey& k) -> std::string& { return k.object; }}) {
    for (const auto& [rest, list] : group_without(blank)) {
      size_t open = SIZE_MAX, said = SIZE_MAX;
      int said_count = 0;
      for (size_t i : list) {
        if (blank(claims[i].key).empty()) {
          open = i;
        } else {
          said = i;
          ++said_count;
        }
      }
      if (open == SIZE_MAX || said_count != 1) continue;
      for (Statement& s : claims[open].statements) claims[said].statements.push_back(std::move(s));
      claims[open].statements.clear();
    }
    std::erase_if(claims, [](const Claim& c) { return c.statements.empty(); });
  }
  // A statement that does not say where its figure holds ("1 150
  // suppressions de postes dans ses usines") joins the claim of a place
  // when it states that claim's figure and no other place's: the same
  // figure with the place left unsaid. A different figure stays apart: it
  // may be about the whole, and is no contradiction of a part.
  {
    for (const auto& [rest, list] : group_without(+[](ClaimKey& k) -> std::string& { return k.scope; })) {
      size_t open = SIZE_MAX;
      for (size_t i : list) {
        if (claims[i].key.scope.empty()) open = i;
      }
      if (open == SIZE_MAX || list.size() < 2) continue;
      std::vector<Statement>& unsaid = claims[open].statements;
      for (size_t s = 0; s < unsaid.size();) {
        size_t home = SIZE_MAX;
        int homes = 0;
        for (size_t i : list) {
          if (i == open) continue;
          // (Bounded figures only: "plus de 3 500" takes in any figure above.)
          bool fits = std::all_of(claims[i].statements.begin(), claims[i].statements.end(), [&](const Statement& x) {
            return SameStatement(x, unsaid[s]) || (std::isfinite(x.lo) && std::isfinite(x.hi) &&
                                                   std::isfinite(unsaid[s].lo) && std::isfinite(unsaid[s].hi) &&
                                                   Overlap(x, unsaid[s]));
          });
          if (fits) {
            home = i;
            ++homes;
          }
        }
        if (homes == 1) {
          claims[home].statements.push_back(std::move(unsaid[s]));
          unsaid.erase(unsaid.begin() + static_cast<std::ptrdiff_t>(s));
        } else {
          ++s;
        }
      }
    }
    std::erase_if(claims, [](const Claim& c) { return c.statements.empty(); });
  }
  // Sums: each amount with its parts ("dont ..."), document by document,
  // whether or not the linker made facts of them.
  std::map<std::pair<int64_t, int>, SumCheck> sums;
  auto as_statement = [](const BreakdownRow& row, const BreakdownRow::Amount& a) {
    Statement s;
    CopyDocument(row, &s);
    s.text = a.text;
    CopyFigures(a, &s);
    Interval(&s);
    return s;
  };
  for (const BreakdownRow& row : breakdown_rows) {
    SumCheck& sc = sums[{row.document, row.whole.idx}];
    if (sc.parts.empty()) {
      sc.doc = row.doc;
      // The total's fact, when there is one, brings its sentence and claim.
      auto fact = by_quantity.find({row.document, row.whole.idx});
      sc.whole = fact != by_quantity.end() ? fact->second : as_statement(row, row.whole);
    }
    auto part_fact = by_quantity.find({row.document, row.part.idx});
    sc.parts.push_back(part_fact != by_quantity.end() ? part_fact->second : as_statement(row, row.part));
  }
  for (auto& [where, sc] : sums) {
    // The parts as stated add up to their points; they make up the total
    // when that sum is within the rounding of the total (or of the parts,
    // whichever is coarser): 1,1 + 0,9 + 0,4 = 2,4 holds; 4 + 3 + 2 = 9 is
    // not "8 milliards".
    double sum = 0, coarsest = 0;
    for (const Statement& p : sc.parts) {
      sum += p.point;
      coarsest = std::max({coarsest, p.value_precision, p.low_precision, p.high_precision});
    }
    double whole_precision = std::max({sc.whole.value_precision, sc.whole.low_precision, sc.whole.high_precision});
    double tolerance = std::max(whole_precision, coarsest) / 2 + 1e-9 * std::fabs(sc.whole.point);
    // ("plus de 3 500 postes, dont 2 398 ..., 980 ... et plus de 200": a
    // total stated as a bound keeps its open side.)
    double lo = sc.whole.lo, hi = sc.whole.hi;
    if (!std::isfinite(lo) && !std::isfinite(hi)) {
      lo = sc.whole.point - tolerance;
      hi = sc.whole.point + tolerance;
    }
    sc.parts_lo = sum - tolerance;
    sc.parts_hi = sum + tolerance;
    if (sum - sc.whole.point > tolerance && sum > hi) {
      sc.verdict = "fails";  // the parts exceed the total
    } else if (std::fabs(sum - sc.whole.point) <= tolerance || (sum >= lo && sum <= hi)) {
      sc.verdict = "holds";
    } else {
      // Below the total: some parts are not named ("dont 4 milliards pour
      // l'inférence" alone is not a breakdown).
      sc.verdict = "partial";
    }
  }

  // The breakdowns of each claim's totals, for subtotals stated elsewhere.
  std::map<int64_t, size_t> claim_of_fact;
  for (size_t i = 0; i < claims.size(); ++i) {
    for (const Statement& st : claims[i].statements) claim_of_fact[st.fact_id] = i;
  }
  std::vector<std::vector<const SumCheck*>> breakdowns(claims.size());
  for (const auto& [where, sc] : sums) {
    auto it = sc.whole.fact_id ? claim_of_fact.find(sc.whole.fact_id) : claim_of_fact.end();
    if (it != claim_of_fact.end() && sc.verdict == "holds" && sc.parts.size() >= 2) {
      breakdowns[it->second].push_back(&sc);
    }
  }
  for (size_t i = 0; i < claims.size(); ++i) Judge(&claims[i], breakdowns[i]);

  // Currency slips: one subject, predicate, period and object, the same
  // figure in two currencies.
  std::map<std::string, std::vector<size_t>> by_measure;
  for (size_t i = 0; i < claims.size(); ++i) {
    const ClaimKey& k = claims[i].key;
    if (!IsCurrency(k.unit)) continue;
    by_measure[k.subject + "\x1f" + k.predicate + "\x1f" + k.period + "\x1f" + k.object + "\x1f" + k.scope].push_back(i);
  }
  for (const auto& [measure, list] : by_measure) {
    for (size_t x = 0; x < list.size(); ++x) {
      for (size_t y = x + 1; y < list.size(); ++y) {
        Claim& a = claims[list[x]];
        Claim& b = claims[list[y]];
        bool same_figure = false;
        for (const Statement& sa : a.statements) {
          for (const Statement& sb : b.statements) same_figure |= sa.has_value && sb.has_value && Overlap(sa, sb);
        }
        if (!same_figure) continue;
        // The currency fewer sources give is the suspect.
        Claim& minority = a.sources < b.sources ? a : b;
        Claim& majority = a.sources < b.sources ? b : a;
        std::string flag = "currency_slip (" + minority.key.unit + " where " + std::to_string(majority.sources) +
                           " source(s) say " + majority.key.unit + ")";
        minority.flags.push_back(flag);
        for (size_t i = 0; i < minority.statements.size(); ++i) minority.suspect.push_back(static_cast<int>(i));
        majority.flags.push_back("currency_slip (" + std::to_string(minority.sources) + " source(s) say " +
                                 minority.key.unit + ")");
      }
    }
  }

  // Order: problems first.
  std::vector<size_t> order(claims.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    const Claim& x = claims[a];
    const Claim& y = claims[b];
    bool fx = !x.flags.empty(), fy = !y.flags.empty();
    if (Rank(x.verdict) != Rank(y.verdict)) return Rank(x.verdict) < Rank(y.verdict);
    if (fx != fy) return fx;
    if (x.sources != y.sources) return x.sources > y.sources;
    return x.key.subject_name < y.key.subject_name;
  });
  std::map<int64_t, int> index_of_fact;
  for (size_t i = 0; i < order.size(); ++i) {
    Claim& c = claims[order[i]];
    for (const Statement& st : c.statements) index_of_fact[st.fact_id] = static_cast<int>(i);
    report.claims.push_back(std::move(c));
  }
  for (auto& [where, sc] : sums) {
    auto it = sc.whole.fact_id ? index_of_fact.find(sc.whole.fact_id) : index_of_fact.end();
    sc.claim = it == index_of_fact.end() ? -1 : it->second;
    report.sums.push_back(std::move(sc));
  }

  // Filters: the claims asked for, and the sums of their totals.
  if (!options.subject.empty() || !options.predicate.empty() || !options.verdict.empty()) {
    // (Case and accents do not matter: "MARÉVAL" finds "mareval".)
    const std::string want = Fold(options.subject);
    std::vector<int> new_index(report.claims.size(), -1);
    std::vector<Claim> kept;
    for (size_t i = 0; i < report.claims.size(); ++i) {
      Claim& c = report.claims[i];
      bool ok = (want.empty() || Fold(c.key.subject).find(want) != std::string::npos ||
                 Fold(c.key.subject_name).find(want) != std::string::npos) &&
                (options.predicate.empty() || c.key.predicate == options.predicate) &&
                (options.verdict.empty() || VerdictName(c.verdict) == options.verdict);
      if (!ok) continue;
      new_index[i] = static_cast<int>(kept.size());
      kept.push_back(std::move(c));
    }
    report.claims = std::move(kept);
    std::vector<SumCheck> sums_kept;
    for (SumCheck& s : report.sums) {
      if (s.claim < 0 || new_index[static_cast<size_t>(s.claim)] < 0) continue;
      s.claim = new_index[static_cast<size_t>(s.claim)];
      sums_kept.push_back(std::move(s));
    }
    report.sums = std::move(sums_kept);
  }
  report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return report;
}

}  // namespace factmine
