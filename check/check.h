// check: claim consistency across sources, over the facts of a database.
//
// Facts are grouped into claims by (subject, predicate, period, unit,
// object): the same figure in a French and an English article is one claim.
// Each statement of a claim becomes an interval, from its qualifier ("plus
// de", "environ", "jusqu'à", a range) and from the precision it was stated
// with ("8,5 milliards" is 8,45..8,55 milliards). A claim is
//   consistent     the statements state the same value (same qualifier, no
//                  "environ");
//   compatible     their intervals overlap;
//   conflict       they cannot all be true;
//   single_source  one independent source only: copies of one dispatch
//                  (documents.copy_of) count as one source.
// Conflicts whose values differ by a factor of 10^3 or 10^6 are flagged as
// probable scale slips ("1 billion" read as 10^9 vs 10^12); the same figure
// in two currencies for one subject, predicate and period as a probable
// currency slip. Totals and their parts ("8,5 milliards, dont 4 ... 3 ...
// 1,5") are checked with interval arithmetic.
//
// Pure computation over rows read from the store; thread-compatible.
#ifndef FACTMINE_CHECK_CHECK_H_
#define FACTMINE_CHECK_CHECK_H_

#include <cstdio>
#include <optional>
#include <string>
#include <vector>

#include "base/status.h"
#include "output/output.h"

namespace factmine {

// One fact as a statement of a claim, with where it comes from.
struct Statement {
  int64_t fact_id = 0;
  int64_t document = 0;
  int64_t copy_group = 0;   // the id of the first document of its copy group
  int64_t story = 0;
  std::string doc, doc_date, doc_title, doc_url, doc_source, lang;
  int fact_idx = 0;         // index of the fact in its document
  int part_of = -1;         // index of the total's fact in the same document
  std::string dimension, unit, qualifier, per;
  bool has_value = false, has_low = false, has_high = false;
  double value = 0, low = 0, high = 0;
  std::string value_text, low_text, high_text;  // exact decimals as stored
  double value_precision = 0, low_precision = 0, high_precision = 0;
  std::string text;            // the figure as written
  std::string sentence_text;   // the evidence sentence
  uint32_t highlight_begin = 0, highlight_end = 0;  // the figure's bytes within sentence_text
  std::string trigger;
  std::string attributed_to;
  double confidence = 0;
  bool period_stated = false;
  // The interval the statement allows.
  double lo = 0, hi = 0;
  double point = 0;            // value, or the middle of its bounds
};

struct SumCheck;

struct ClaimKey {
  std::string subject, subject_name, subject_type, predicate, period, unit, object, object_name;
  std::string measure;  // growth, stock_change: of what ("revenue"), or empty
  // The place the figure holds for ("france"), empty for the subject as a
  // whole ("dans le monde" included): "4 600 en France" and "15 000 dans le
  // monde" are two claims, not a conflict.
  std::string scope, scope_name;
};

enum class Verdict { kConsistent, kCompatible, kConflict, kSingleSource };
std::string_view VerdictName(Verdict v);

struct Claim {
  ClaimKey key;
  Verdict verdict = Verdict::kSingleSource;
  std::vector<Statement> statements;
  int sources = 0;             // independent sources (copy groups)
  int documents = 0;
  double spread = 0;           // (max - min) / |median| of the statements' points
  std::string tolerance;       // what made them agree, or by how much they do not
  // Probable errors: "scale_slip" (factor 1000 or 10^6), "currency_slip".
  std::vector<std::string> flags;
  std::vector<int> suspect;    // statements on the minority side of a slip
  // Statements that add up some parts of another source's total ("7
  // milliards" for 4 + 3 of "8,5 milliards, dont 4 ... 3 ... 1,5"): no
  // contradiction of the total.
  struct Subtotal {
    int statement = -1;
    std::string doc;            // the document whose breakdown it adds up
    double whole = 0;
    std::vector<double> parts;  // the parts it is the sum of
  };
  std::vector<Subtotal> subtotals;
  // With suspects: the verdict on the other statements ("the others agree").
  std::optional<Verdict> verdict_without_suspects;
  // Distinct values and how many independent sources back each.
  struct Value {
    std::string text;          // as stated, normalized ("8500000000", ">= 1e9", "3e9..1.1e10")
    double point = 0;
    int sources = 0, documents = 0;
    int statement = 0;         // the first statement that states it
  };
  std::vector<Value> values;
};

struct SumCheck {
  std::string doc;
  int claim = -1;              // index of the total's claim in Report::claims, or -1
  Statement whole;
  std::vector<Statement> parts;
  double parts_lo = 0, parts_hi = 0;
  std::string verdict;         // holds, fails, partial (parts below the total, others unnamed)
};

struct Report {
  std::vector<Claim> claims;   // conflicts first, then compatible, consistent, single source
  std::vector<SumCheck> sums;
  size_t facts = 0, documents = 0;
  double seconds = 0;
};

struct CheckOptions {
  double min_confidence = 0.15;  // facts below are left out
  // Keep only the claims (and their sums) whose subject id or name contains
  // `subject` (case-insensitive), whose predicate is `predicate`, whose
  // verdict is `verdict`; empty: all.
  std::string subject, predicate, verdict;
};

// Reads the facts of the store and checks them. Errors from the store.
StatusOr<Report> CheckFacts(Store& store, const CheckOptions& options);

// Writers. Text: for a terminal, conflicts first. JSON: the interface's
// report (claims, sums) plus the fields above. HTML: one self-contained page
// (no network needed), claims filterable by verdict, subject and predicate.
// `all`: the text report also lists single-source claims one per line, the
// HTML report lists them too (without: only claims with two sources or more).
void WriteTextReport(const Report& r, bool all, std::string* out);
void WriteJsonReport(const Report& r, std::string* out);
void WriteHtmlReport(const Report& r, bool all, std::string* out);

}  // namespace factmine

#endif  // FACTMINE_CHECK_CHECK_H_
