// The noun triggers of a language's predicates (data/<lang>/predicates.tsv,
// pos "noun"), for the recognizers that must know a measure's name when
// they see one: "60 milliards de chiffre d'affaires" (an amount, not a
// count), "Total sales" (a measure, not TotalEnergies).
#ifndef FACTMINE_EXTRACT_INTERNAL_PREDICATE_NOUNS_H_
#define FACTMINE_EXTRACT_INTERNAL_PREDICATE_NOUNS_H_

#include <string>

#include "data/data.h"

namespace factmine::internal {

// Calls fn(trigger) for every noun trigger, as the file writes it.
template <typename Fn>
void ForEachPredicateNoun(const std::string& lang, Fn fn) {
  auto pr = data::Find(lang + "/predicates.tsv");
  if (!pr) return;
  data::TsvTable t = data::ParseTsv(*pr);
  int ct = t.Column("trigger"), cp = t.Column("pos");
  if (ct < 0 || cp < 0) return;
  for (const auto& row : t.rows) {
    if (row[static_cast<size_t>(cp)] == "noun") fn(row[static_cast<size_t>(ct)]);
  }
}

}  // namespace factmine::internal

#endif  // FACTMINE_EXTRACT_INTERNAL_PREDICATE_NOUNS_H_
