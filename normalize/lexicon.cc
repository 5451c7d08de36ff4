// Compiles data/<lang>/*.tsv into a Lexicon: one open-addressing table from
// folded-word hash to WordInfo, and phrase tables for everything that spans
// several tokens (currencies, units, qualifiers, rates, ranges).
#include <algorithm>
#include <cmath>
#include <map>
#include <memory>
#include <mutex>

#include "data/data.h"
#include "normalize/internal/fold_table.h"
#include "normalize/normalize.h"

namespace factmine {
namespace {

std::vector<std::string> SplitList(std::string_view s, char sep) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= s.size()) {
    size_t p = s.find(sep, start);
    if (p == std::string_view::npos) p = s.size();
    std::string item(s.substr(start, p - start));
    if (!item.empty()) out.push_back(item);
    start = p + 1;
  }
  return out;
}

bool HasFlag(std::string_view flags, std::string_view f) {
  for (const auto& x : SplitList(flags, ',')) {
    if (x == f) return true;
  }
  return false;
}

// Splits a phrase into token hashes, as Tokenize() would see it.
std::vector<uint64_t> PhraseHashes(std::string_view text, std::string* raw) {
  TokenList toks;
  Tokenize(text, nullptr, &toks);
  std::vector<uint64_t> hashes;
  for (const Token& t : toks) {
    hashes.push_back(t.hash);
    raw->append(text.substr(t.begin, t.end - t.begin));
  }
  return hashes;
}

Status DataError(std::string_view file, int line, std::string_view what) {
  return InvalidInputError("data/" + std::string(file) + ":" + std::to_string(line) + ": " +
                           std::string(what));
}

}  // namespace

std::string_view QualifierName(Qualifier q) {
  switch (q) {
    case Qualifier::kExact: return "exact";
    case Qualifier::kApprox: return "approx";
    case Qualifier::kMoreThan: return "more_than";
    case Qualifier::kAtLeast: return "at_least";
    case Qualifier::kLessThan: return "less_than";
    case Qualifier::kAtMost: return "at_most";
    case Qualifier::kRange: return "range";
  }
  return "exact";
}

// --------------------------------------------------------------------------
// PhraseTable

uint32_t PhraseTable::Trie::AddChild(uint32_t node, uint64_t h) {
  if (int32_t c = Child(node, h); c >= 0) return static_cast<uint32_t>(c);
  if ((edges + 1) * 2 > edge_child.size()) {  // grow: keep the table at most half full
    std::vector<uint64_t> hashes = std::move(edge_hash);
    std::vector<uint32_t> parents = std::move(edge_parent);
    std::vector<int32_t> children = std::move(edge_child);
    const size_t cap = std::max<size_t>(64, children.size() * 2);
    edge_hash.assign(cap, 0);
    edge_parent.assign(cap, 0);
    edge_child.assign(cap, -1);
    for (size_t k = 0; k < children.size(); ++k) {
      if (children[k] < 0) continue;
      size_t i = Slot(parents[k], hashes[k], cap - 1);
      while (edge_child[i] >= 0) i = (i + 1) & (cap - 1);
      edge_hash[i] = hashes[k];
      edge_parent[i] = parents[k];
      edge_child[i] = children[k];
    }
  }
  const size_t mask = edge_child.size() - 1;
  size_t i = Slot(node, h, mask);
  while (edge_child[i] >= 0) i = (i + 1) & mask;
  const auto child = static_cast<uint32_t>(ends.size());
  ends.emplace_back();
  edge_hash[i] = h;
  edge_parent[i] = node;
  edge_child[i] = static_cast<int32_t>(child);
  ++edges;
  return child;
}

void PhraseTable::Trie::Add(const std::vector<uint64_t>& hashes, bool reversed, int phrase) {
  uint32_t node = 0;
  for (size_t k = 0; k < hashes.size(); ++k) node = AddChild(node, hashes[reversed ? hashes.size() - 1 - k : k]);
  ends[node].push_back(phrase);
}

void PhraseTable::Add(std::string_view text, int id, bool case_sensitive) {
  Phrase p;
  p.hashes = PhraseHashes(text, &p.raw);
  if (p.hashes.empty()) return;
  p.id = id;
  p.case_sensitive = case_sensitive;
  const int index = static_cast<int>(phrases_.size());
  phrases_.push_back(std::move(p));
  const Phrase& added = phrases_.back();
  forward_.Add(added.hashes, /*reversed=*/false, index);
  backward_.Add(added.hashes, /*reversed=*/true, index);
  // Grow the filters to keep at least 16 bits per phrase.
  size_t bits = first_bloom_.mask + 1;
  if (phrases_.size() * 16 > bits && bits < 65536) {
    while (phrases_.size() * 16 > bits && bits < 65536) bits *= 2;
    for (Bloom* b : {&first_bloom_, &last_bloom_}) {
      b->words.assign(bits / 64, 0);
      b->mask = bits - 1;
    }
    for (const Phrase& ph : phrases_) {
      Insert(&first_bloom_, ph.hashes.front());
      Insert(&last_bloom_, ph.hashes.back());
    }
  } else {
    Insert(&first_bloom_, added.hashes.front());
    Insert(&last_bloom_, added.hashes.back());
  }
}

namespace {

bool RawEquals(const TokenList& toks, size_t from, size_t to, std::string_view doc, std::string_view raw) {
  std::string s;
  for (size_t k = from; k < to; ++k) s.append(toks[k].Text(doc));
  return s == raw;
}

// Phrases are short: the nodes with phrases ending there along one walk.
constexpr size_t kMaxStops = 32;

}  // namespace

// Walks the forward trie from token i; the longest phrase wins, then the
// first added (a case-sensitive phrase also compares the raw text).
std::optional<PhraseMatch> PhraseTable::MatchSlow(const TokenList& toks, size_t i, std::string_view doc) const {
  uint32_t stop_node[kMaxStops];
  size_t stop_end[kMaxStops];
  size_t stops = 0;
  uint32_t node = 0;
  for (size_t j = i; j < toks.size(); ++j) {
    if (j > i && (toks[j].flags & kTokNewline)) break;  // never across a line break
    const int32_t child = forward_.Child(node, toks[j].hash);
    if (child < 0) break;
    node = static_cast<uint32_t>(child);
    if (!forward_.ends[node].empty() && stops < kMaxStops) {
      stop_node[stops] = node;
      stop_end[stops++] = j + 1;
    }
  }
  while (stops-- > 0) {
    for (int index : forward_.ends[stop_node[stops]]) {
      const Phrase& p = phrases_[static_cast<size_t>(index)];
      if (p.case_sensitive && !RawEquals(toks, i, stop_end[stops], doc, p.raw)) continue;
      return PhraseMatch{p.id, stop_end[stops]};
    }
  }
  return std::nullopt;
}

std::optional<PhraseMatch> PhraseTable::MatchEndingAtSlow(const TokenList& toks, size_t end, std::string_view doc,
                                                          size_t* begin_token, size_t min_begin) const {
  uint32_t stop_node[kMaxStops];
  size_t stop_begin[kMaxStops];
  size_t stops = 0;
  uint32_t node = 0;
  for (size_t j = end; j > min_begin; --j) {  // token j - 1 joins the phrase
    if (j < end && (toks[j].flags & kTokNewline)) break;
    const int32_t child = backward_.Child(node, toks[j - 1].hash);
    if (child < 0) break;
    node = static_cast<uint32_t>(child);
    if (!backward_.ends[node].empty() && stops < kMaxStops) {
      stop_node[stops] = node;
      stop_begin[stops++] = j - 1;
    }
  }
  while (stops-- > 0) {
    for (int index : backward_.ends[stop_node[stops]]) {
      const Phrase& p = phrases_[static_cast<size_t>(index)];
      if (p.case_sensitive && !RawEquals(toks, stop_begin[stops], end, doc, p.raw)) continue;
      *begin_token = stop_begin[stops];
      return PhraseMatch{p.id, end};
    }
  }
  return std::nullopt;
}

// --------------------------------------------------------------------------
// Lexicon

StatusOr<const Lexicon*> Lexicon::Get(std::string_view lang) {
  static std::mutex mu;
  static std::map<std::string, std::unique_ptr<Lexicon>, std::less<>> cache;
  std::lock_guard<std::mutex> lock(mu);
  auto it = cache.find(lang);
  if (it != cache.end()) return static_cast<const Lexicon*>(it->second.get());
  std::unique_ptr<Lexicon> lex(new Lexicon());
  Status st = lex->Load(lang);
  if (!st.ok()) return st;
  const Lexicon* p = lex.get();
  cache.emplace(std::string(lang), std::move(lex));
  return p;
}

void Lexicon::Rehash() {
  size_t cap = 64;
  while (cap < words_.size() * 3) cap <<= 1;
  std::vector<uint64_t> old_hash;
  std::vector<int32_t> old_id;
  old_hash.swap(slot_hash_);
  old_id.swap(slot_id_);
  slot_hash_.assign(cap, 0);
  slot_id_.assign(cap, -1);
  slot_mask_ = cap - 1;
  for (size_t k = 0; k < old_id.size(); ++k) {
    if (old_id[k] < 0) continue;
    uint64_t h = old_hash[k];
    uint64_t i = (h ^ (h >> 29)) & slot_mask_;
    while (slot_id_[i] >= 0) i = (i + 1) & slot_mask_;
    slot_hash_[i] = h;
    slot_id_[i] = old_id[k];
  }
}

int32_t Lexicon::AddWord(std::string_view text) {
  uint64_t h = internal::HashFolded(Fold(text));
  int32_t id = Find(h);
  if (id >= 0) return id;
  id = static_cast<int32_t>(words_.size());
  words_.emplace_back();
  if (slot_id_.empty() || words_.size() * 3 > slot_id_.size()) Rehash();
  uint64_t i = (h ^ (h >> 29)) & slot_mask_;
  while (slot_id_[i] >= 0) i = (i + 1) & slot_mask_;
  slot_hash_[i] = h;
  slot_id_[i] = id;
  return id;
}

bool Lexicon::IsOrdinalSuffix(std::string_view folded) const {
  return std::find(ordinal_suffixes_.begin(), ordinal_suffixes_.end(), folded) !=
         ordinal_suffixes_.end();
}

std::string Lexicon::Lemma(std::string_view word) const {
  std::string w(word);
  bool upper = !w.empty();
  for (char c : w) {
    if (c >= 'a' && c <= 'z') upper = false;
  }
  if (upper) return w;  // acronyms: GPU, PME
  // An acronym's plural: "GPUs", "ATMs" (capitals then a lower-case s).
  if (w.size() >= 3 && w.back() == 's') {
    bool acronym = true;
    for (size_t i = 0; i + 1 < w.size(); ++i) acronym &= w[i] >= 'A' && w[i] <= 'Z';
    if (acronym) return w.substr(0, w.size() - 1);
  }
  // Lower-case the word for lookup but keep its accents.
  std::string lower;
  for (size_t i = 0; i < w.size(); ++i) {
    char c = w[i];
    lower.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c);
  }
  auto it = lemma_exceptions_.find(lower);
  if (it != lemma_exceptions_.end()) return it->second;
  for (const auto& r : lemma_rules_) {
    if (lower.size() > r.min_length && lower.size() >= r.suffix.size() &&
        lower.compare(lower.size() - r.suffix.size(), r.suffix.size(), r.suffix) == 0) {
      return lower.substr(0, lower.size() - r.suffix.size()) + r.replacement;
    }
  }
  return lower;
}

Status Lexicon::Load(std::string_view lang) {
  lang_ = std::string(lang);
  const std::string dir = lang_ + "/";
  auto file = [&](std::string_view name) -> std::optional<std::string_view> {
    return data::Find(dir + std::string(name));
  };

  // Single-word number words, kept for joined compounds ("twentyfifth").
  struct Simple {
    std::string word;
    NumClass cls;
    double value;
    uint16_t flags;
  };
  std::vector<Simple> simple;

  // numbers.tsv (required)
  auto numbers = file("numbers.tsv");
  if (!numbers) return NotFoundError("no number data for language '" + lang_ + "' (data/" + dir + "numbers.tsv)");
  {
    data::TsvTable t = data::ParseTsv(*numbers);
    int cw = t.Column("word"), cv = t.Column("value"), cc = t.Column("class"), cf = t.Column("flags");
    if (cw < 0 || cv < 0 || cc < 0) return DataError(dir + "numbers.tsv", 1, "header needs word, value, class");
    for (size_t r = 0; r < t.rows.size(); ++r) {
      const auto& row = t.rows[r];
      static const std::map<std::string, NumClass, std::less<>> kClasses = {
          {"unit", NumClass::kUnit},         {"teen", NumClass::kTeen},
          {"tens", NumClass::kTens},         {"hundred", NumClass::kHundred},
          {"thousand", NumClass::kThousand}, {"scale", NumClass::kScale},
          {"ordinal", NumClass::kOrdinal},   {"denominator", NumClass::kDenominator},
          {"collective", NumClass::kCollective}};
      auto cls = kClasses.find(row[static_cast<size_t>(cc)]);
      if (cls == kClasses.end()) return DataError(dir + "numbers.tsv", t.line_numbers[r], "unknown class '" + row[static_cast<size_t>(cc)] + "'");
      char* endp = nullptr;
      double value = std::strtod(row[static_cast<size_t>(cv)].c_str(), &endp);
      if (endp == row[static_cast<size_t>(cv)].c_str()) return DataError(dir + "numbers.tsv", t.line_numbers[r], "bad value");
      std::string_view flags = cf >= 0 ? std::string_view(row[static_cast<size_t>(cf)]) : std::string_view();
      uint16_t nf = 0;
      if (HasFlag(flags, "article")) nf |= kNumArticle;
      if (HasFlag(flags, "takes_teen")) nf |= kNumTakesTeen;
      if (HasFlag(flags, "plural")) nf |= kNumPlural;
      if (HasFlag(flags, "approx")) nf |= kNumApprox;
      if (HasFlag(flags, "weak")) nf |= kNumWeak;
      const std::string& word = row[static_cast<size_t>(cw)];
      std::string raw;
      if (PhraseHashes(word, &raw).size() > 1) {
        int id = static_cast<int>(number_phrase_rows_.size());
        number_phrase_rows_.push_back({cls->second, nf, value});
        number_phrases_.Add(word, id, false);
        TokenList toks;
        Tokenize(word, nullptr, &toks);
        words_[static_cast<size_t>(AddWord(word.substr(0, toks[0].end)))].bits |= kWordPhraseStart;
        continue;
      }
      WordInfo& wi = words_[static_cast<size_t>(AddWord(word))];
      wi.bits |= kWordNumber;
      wi.num_class = cls->second;
      wi.num_value = value;
      wi.num_flags = nf;
      simple.push_back({word, cls->second, value, nf});
    }
  }

  // grammar.tsv
  if (auto g = file("grammar.tsv")) {
    data::TsvTable t = data::ParseTsv(*g);
    std::map<std::string, int> opener_index;
    // Keys whose value is a comma-separated list of phrases for one table.
    static const std::pair<std::string_view, PhraseTable Lexicon::*> kPhraseLists[] = {
        {"pronoun_one_after", &Lexicon::pronoun_one_phrases_},
        {"of", &Lexicon::of_phrases_},
        {"first_ordinal", &Lexicon::first_ordinal_phrases_},
        {"rate_time_after", &Lexicon::rate_time_after_phrases_},
        {"transition_before", &Lexicon::transition_before_phrases_},
        {"transition_opener", &Lexicon::transition_opener_phrases_},
        {"not_counted", &Lexicon::not_counted_phrases_},
        {"rate_noun_after", &Lexicon::rate_noun_after_phrases_},
        {"reference_before", &Lexicon::reference_before_phrases_},
        {"founding_before", &Lexicon::founding_before_phrases_},
        {"reference_after", &Lexicon::reference_after_phrases_},
        {"breakdown", &Lexicon::breakdown_phrases_},
        {"model_suffix", &Lexicon::model_suffix_phrases_},
        {"comparison_before", &Lexicon::comparison_phrases_},
        {"respectively", &Lexicon::respectively_phrases_},
        {"hour_mark", &Lexicon::hour_phrases_},
        {"qualifier_gap", &Lexicon::qualifier_gap_phrases_},
        {"negation", &Lexicon::negation_phrases_},
        {"count_clitic", &Lexicon::count_clitic_phrases_},
        {"count_clitic_det", &Lexicon::count_clitic_det_phrases_},
        {"agent_word", &Lexicon::agent_phrases_},
        {"count_question", &Lexicon::count_question_phrases_},
        {"count_number_of", &Lexicon::count_number_of_phrases_},
        {"count_subject_verb", &Lexicon::count_subject_verb_phrases_},
        {"count_subject_det", &Lexicon::count_subject_det_phrases_},
        {"negated_only", &Lexicon::negated_only_phrases_},
        {"range_bare", &Lexicon::range_bare_phrases_},
        {"count_level_before", &Lexicon::count_level_before_phrases_},
        {"count_more_after", &Lexicon::count_more_after_phrases_},
        {"count_partitive_after", &Lexicon::count_partitive_after_phrases_},
        {"count_partitive_noun", &Lexicon::count_partitive_noun_phrases_},
        {"workforce_noun", &Lexicon::workforce_noun_phrases_},
        {"count_label", &Lexicon::count_label_phrases_},
    };
    for (size_t r = 0; r < t.rows.size(); ++r) {
      const std::string& key = t.rows[r][0];
      const std::string& value = t.rows[r].size() > 1 ? t.rows[r][1] : std::string();
      auto set_bits = [&](uint32_t bit) {
        for (const auto& w : SplitList(value, ',')) words_[static_cast<size_t>(AddWord(w))].bits |= bit;
      };
      bool listed = false;
      for (const auto& [list_key, table] : kPhraseLists) {
        if (key != list_key) continue;
        for (const auto& w : SplitList(value, ',')) (this->*table).Add(w, 0, false);
        listed = true;
      }
      if (listed) continue;
      if (key == "decimal_mark") {
        decimal_mark_ = value;
      } else if (key == "workforce_unit") {
        workforce_unit_ = value;
      } else if (key == "thousands") {
        for (const auto& s : SplitList(value, ',')) {
          if (s == "space") thousands_space_ = true;
          else if (s == "dot") thousands_dot_ = true;
          else if (s == "comma") thousands_comma_ = true;
          else return DataError(dir + "grammar.tsv", t.line_numbers[r], "unknown thousands separator " + s);
        }
      } else if (key == "and") {
        set_bits(kWordAnd);
      } else if (key == "point") {
        set_bits(kWordPoint);
      } else if (key == "minus") {
        set_bits(kWordMinus);
      } else if (key == "half") {
        set_bits(kWordHalf);
      } else if (key == "minor_join") {
        set_bits(kWordMinorJoin);
      } else if (key == "over") {
        for (const auto& w : SplitList(value, ',')) over_phrases_.Add(w, 0, false);
      } else if (key == "proportion") {
        for (const auto& w : SplitList(value, ',')) over_phrases_.Add(w, 1, false);
      } else if (key == "joined_compounds" && value == "yes") {
        // "twentyfive", "twentyfifth": tens and unit written as one word.
        for (const Simple& tens : simple) {
          if (tens.cls != NumClass::kTens || tens.value < 20 || (tens.flags & kNumPlural)) continue;
          for (const Simple& unit : simple) {
            bool ordinal = unit.cls == NumClass::kOrdinal;
            if (!(unit.cls == NumClass::kUnit || ordinal) || unit.value < 1 || unit.value > 9 ||
                (unit.flags & (kNumArticle | kNumWeak | kNumPlural))) {
              continue;
            }
            WordInfo& wi = words_[static_cast<size_t>(AddWord(tens.word + unit.word))];
            if (wi.bits & kWordNumber) continue;
            wi.bits |= kWordNumber;
            wi.num_class = ordinal ? NumClass::kOrdinal : NumClass::kTeen;
            wi.num_value = tens.value + unit.value;
          }
        }
      } else if (key == "compound_hundreds") {
        compound_hundreds_ = value == "yes";
      } else if (key == "singular_fraction") {
        singular_fraction_ = value == "yes";
      } else if (key == "ordinal_suffix") {
        for (const auto& w : SplitList(value, ',')) ordinal_suffixes_.push_back(Fold(w));
      } else if (key == "and_after_multiplier") {
        and_after_multiplier_ = value == "yes";
      } else if (key == "denominator_compound") {
        denominator_tens_compound_ = value == "tens";
      } else if (key == "range") {
        auto parts = SplitList(value, '|');
        if (parts.size() != 2) return DataError(dir + "grammar.tsv", t.line_numbers[r], "range needs open|close");
        auto [it, fresh] = opener_index.emplace(parts[0], static_cast<int>(range_close_phrases_.size()));
        if (fresh) {
          range_open_phrases_.Add(parts[0], it->second, false);
          range_close_phrases_.emplace_back();
        }
        range_close_phrases_[static_cast<size_t>(it->second)].Add(parts[1], 0, false);
      } else if (key == "ratio") {
        // "un emploi sur dix": one|sur
        auto parts = SplitList(value, '|');
        if (parts.size() != 2) return DataError(dir + "grammar.tsv", t.line_numbers[r], "ratio needs one|over");
        for (const auto& w : SplitList(parts[0], ',')) ratio_one_phrases_.Add(w, 0, false);
        for (const auto& w : SplitList(parts[1], ',')) ratio_over_phrases_.Add(w, 0, false);
      } else if (key == "currency_family") {
        for (const auto& w : SplitList(value, ',')) currency_families_.push_back(FoldedWordHash(w));
        std::sort(currency_families_.begin(), currency_families_.end());
      } else if (key == "cent_word") {
        for (const auto& w : SplitList(value, ',')) cent_words_.push_back(FoldedWordHash(w));
        std::sort(cent_words_.begin(), cent_words_.end());
      } else if (key == "cent_currency") {
        cent_currencies_ = SplitList(value, ',');
      } else if (key == "breakdown_or_restatement") {
        for (const auto& w : SplitList(value, ',')) breakdown_phrases_.Add(w, kBreakdownOrRestatement, false);
      } else if (key == "scale_noun_needs_of") {
        scale_noun_needs_of_ = value == "yes";
      } else if (key == "noun_head_last") {
        noun_head_last_ = value == "yes";
      } else if (key == "adverb_ending") {
        for (const auto& w : SplitList(value, ',')) adverb_endings_.push_back(std::string(w));
      } else if (key == "participle_ending") {
        for (const auto& w : SplitList(value, ',')) participle_endings_.push_back(std::string(w));
      } else if (key == "superlative_ending") {
        for (const auto& w : SplitList(value, ',')) superlative_endings_.push_back(std::string(w));
      } else if (key == "noun_ending") {
        for (const auto& w : SplitList(value, ',')) noun_endings_.push_back(std::string(w));
      } else if (key == "plural_verb_ending") {
        for (const auto& w : SplitList(value, ',')) plural_verb_endings_.push_back(std::string(w));
      } else if (key == "verb_rewrite") {
        for (const auto& w : SplitList(value, ',')) {
          std::string_view x = w;
          size_t gt = x.find('>');
          if (gt != std::string_view::npos) verb_rewrites_.emplace_back(x.substr(0, gt), x.substr(gt + 1));
        }
      }
    }
  }

  // currencies.tsv
  if (auto c = file("currencies.tsv")) {
    data::TsvTable t = data::ParseTsv(*c);
    int cs = t.Column("surface"), cc = t.Column("code"), ck = t.Column("kind"), cp = t.Column("position"),
        cf = t.Column("flags"), cm = t.Column("multiplier");
    if (cs < 0 || cc < 0 || ck < 0 || cp < 0) return DataError(dir + "currencies.tsv", 1, "bad header");
    std::map<std::string, int> currency_by_surface;
    for (size_t r = 0; r < t.rows.size(); ++r) {
      const auto& row = t.rows[r];
      CurrencyRow cr;
      cr.code = row[static_cast<size_t>(cc)];
      const std::string& kind = row[static_cast<size_t>(ck)];
      if (kind == "symbol") cr.kind = CurrencyRow::kSymbol;
      else if (kind == "code") cr.kind = CurrencyRow::kCode;
      else if (kind == "name") cr.kind = CurrencyRow::kName;
      else if (kind == "minor") cr.kind = CurrencyRow::kMinor;
      else return DataError(dir + "currencies.tsv", t.line_numbers[r], "unknown kind " + kind);
      const std::string& pos = row[static_cast<size_t>(cp)];
      cr.before = pos == "before" || pos == "both";
      cr.after = pos == "after" || pos == "both";
      if (cf >= 0) {
        cr.needs_scale = HasFlag(row[static_cast<size_t>(cf)], "needs_scale");
        cr.generic = HasFlag(row[static_cast<size_t>(cf)], "generic");
        cr.informal = HasFlag(row[static_cast<size_t>(cf)], "informal");
        cr.lower_ok = HasFlag(row[static_cast<size_t>(cf)], "lower");
        cr.lower_only = HasFlag(row[static_cast<size_t>(cf)], "lower_only");
      }
      if (cm >= 0 && !row[static_cast<size_t>(cm)].empty()) cr.multiplier = std::strtod(row[static_cast<size_t>(cm)].c_str(), nullptr);
      // The same surface for the same currency on several rows ("Rs 20",
      // "20Rs") is one phrase allowed in both positions.
      std::string key = Fold(row[static_cast<size_t>(cs)]);
      auto seen = currency_by_surface.find(key);
      if (seen != currency_by_surface.end() && currency_rows_[static_cast<size_t>(seen->second)].code == cr.code) {
        CurrencyRow& prev = currency_rows_[static_cast<size_t>(seen->second)];
        prev.before |= cr.before;
        prev.after |= cr.after;
        if (cr.kind == CurrencyRow::kCode) prev.kind = CurrencyRow::kCode;
        continue;
      }
      int id = static_cast<int>(currency_rows_.size());
      currency_rows_.push_back(cr);
      currency_by_surface.emplace(key, id);
      currency_phrases_.Add(row[static_cast<size_t>(cs)], id, false);
    }
  }

  // units.tsv
  if (auto u = file("units.tsv")) {
    data::TsvTable t = data::ParseTsv(*u);
    int cs = t.Column("surface"), cd = t.Column("dimension"), cu = t.Column("unit"), cf = t.Column("factor"),
        cc = t.Column("case");
    if (cs < 0 || cd < 0 || cu < 0) return DataError(dir + "units.tsv", 1, "bad header");
    for (size_t r = 0; r < t.rows.size(); ++r) {
      const auto& row = t.rows[r];
      UnitRow ur;
      ur.dimension = row[static_cast<size_t>(cd)];
      ur.unit = row[static_cast<size_t>(cu)];
      auto f = cf >= 0 && !row[static_cast<size_t>(cf)].empty() ? Decimal::Parse(row[static_cast<size_t>(cf)]) : Decimal::Parse("1");
      if (!f) return DataError(dir + "units.tsv", t.line_numbers[r], "bad factor");
      ur.factor = *f;
      std::string kase = cc >= 0 ? row[static_cast<size_t>(cc)] : "any";
      ur.glued_unquoted = kase == "glued_unquoted";
      int id = static_cast<int>(unit_rows_.size());
      unit_rows_.push_back(ur);
      unit_phrases_.Add(row[static_cast<size_t>(cs)], id, kase == "exact");
    }
  }

  // scales.tsv
  if (auto sc = file("scales.tsv")) {
    data::TsvTable t = data::ParseTsv(*sc);
    int cs = t.Column("surface"), cv = t.Column("value"), cc = t.Column("case"), ca = t.Column("attach"),
        cn = t.Column("needs");
    if (cs < 0 || cv < 0) return DataError(dir + "scales.tsv", 1, "bad header");
    for (size_t r = 0; r < t.rows.size(); ++r) {
      const auto& row = t.rows[r];
      ScaleRow sr;
      sr.value = std::strtod(row[static_cast<size_t>(cv)].c_str(), nullptr);
      std::string attach = ca >= 0 ? row[static_cast<size_t>(ca)] : "both";
      sr.glued = attach == "glued" || attach == "both";
      sr.spaced = attach == "spaced" || attach == "both";
      sr.needs_currency = cn >= 0 && row[static_cast<size_t>(cn)] == "currency";
      sr.needs_currency_in_prose = cn >= 0 && row[static_cast<size_t>(cn)] == "currency_in_prose";
      int id = static_cast<int>(scale_rows_.size());
      scale_rows_.push_back(sr);
      scale_phrases_.Add(row[static_cast<size_t>(cs)], id, cc >= 0 && row[static_cast<size_t>(cc)] == "exact");
    }
  }

  // qualifiers.tsv
  if (auto q = file("qualifiers.tsv")) {
    data::TsvTable t = data::ParseTsv(*q);
    int cp = t.Column("phrase"), cq = t.Column("qualifier"), cpos = t.Column("position");
    if (cp < 0 || cq < 0) return DataError(dir + "qualifiers.tsv", 1, "bad header");
    static const std::map<std::string, Qualifier, std::less<>> kQ = {
        {"exact", Qualifier::kExact},       {"approx", Qualifier::kApprox},
        {"more_than", Qualifier::kMoreThan}, {"at_least", Qualifier::kAtLeast},
        {"less_than", Qualifier::kLessThan}, {"at_most", Qualifier::kAtMost}};
    for (size_t r = 0; r < t.rows.size(); ++r) {
      const auto& row = t.rows[r];
      auto it = kQ.find(row[static_cast<size_t>(cq)]);
      if (it == kQ.end()) return DataError(dir + "qualifiers.tsv", t.line_numbers[r], "unknown qualifier");
      QualifierRow qr;
      qr.qualifier = it->second;
      std::string pos = cpos >= 0 ? row[static_cast<size_t>(cpos)] : "before";
      qr.before = pos == "before" || pos == "both";
      qr.after = pos == "after" || pos == "both";
      int id = static_cast<int>(qualifier_rows_.size());
      qualifier_rows_.push_back(qr);
      qualifier_phrases_.Add(row[static_cast<size_t>(cp)], id, false);
    }
  }

  // rates.tsv
  if (auto rt = file("rates.tsv")) {
    data::TsvTable t = data::ParseTsv(*rt);
    int cp = t.Column("phrase"), cper = t.Column("per");
    if (cp < 0 || cper < 0) return DataError(dir + "rates.tsv", 1, "bad header");
    for (size_t r = 0; r < t.rows.size(); ++r) {
      int id = static_cast<int>(rate_rows_.size());
      rate_rows_.push_back(t.rows[r][static_cast<size_t>(cper)]);
      rate_phrases_.Add(t.rows[r][static_cast<size_t>(cp)], id, false);
    }
  }

  // months.tsv, stopwords.txt, prenominal.txt
  if (auto m = file("months.tsv")) {
    data::TsvTable t = data::ParseTsv(*m);
    for (const auto& row : t.rows) {
      WordInfo& wi = words_[static_cast<size_t>(AddWord(row[0]))];
      wi.bits |= kWordMonth;
      wi.month = static_cast<int8_t>(std::atoi(row[1].c_str()));
    }
  }
  auto word_list = [&](std::string_view name, uint32_t bit) {
    auto content = file(name);
    if (!content) return;
    size_t pos = 0;
    while (pos < content->size()) {
      size_t nl = content->find('\n', pos);
      if (nl == std::string_view::npos) nl = content->size();
      std::string_view line = content->substr(pos, nl - pos);
      pos = nl + 1;
      if (line.empty() || line[0] == '#') continue;
      words_[static_cast<size_t>(AddWord(line))].bits |= bit;
    }
  };
  word_list("stopwords.txt", kWordStop);
  word_list("prenominal.txt", kWordPrenominal);

  // lemmas.tsv
  if (auto l = file("lemmas.tsv")) {
    data::TsvTable t = data::ParseTsv(*l);
    for (const auto& row : t.rows) {
      if (row[0].size() > 1 && row[0][0] == '*') {
        lemma_rules_.push_back({row[0].substr(1), row[1] == "-" ? "" : row[1],
                                static_cast<size_t>(std::atoi(row[2].c_str()))});
      } else {
        lemma_exceptions_[row[0]] = row[1];
      }
    }
  }
  return Status::Ok();
}

}  // namespace factmine
