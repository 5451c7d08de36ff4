// Quantity recognition: a number (normalize::NumberGrammar) plus what the
// text says around it: currency, unit or counted noun, qualifier, range,
// rate, and the elided currency of a breakdown ("dont 4 milliards").
//
// One left-to-right pass over the tokens. Only tokens that can start a
// number (digits, number words, signs) trigger any work; for them the
// context is read from the neighbouring tokens, never by rescanning text.
#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <cmath>

#include "base/utf8.h"
#include "data/data.h"
#include "extract/extract.h"
#include "extract/internal/predicate_nouns.h"

namespace factmine {
namespace {

using Toks = TokenList;
constexpr size_t kNpos = static_cast<size_t>(-1);

bool Glued(const Toks& t, size_t a, size_t b) { return b < t.size() && t[a].end == t[b].begin; }

// Token k when it is on the same line as the token before it, or kNpos.
size_t Next(const Toks& t, size_t k) {
  if (k >= t.size() || (t[k].flags & kTokNewline)) return kNpos;
  return k;
}

// The token before k when it is on the same line, or kNpos.
size_t Prev(const Toks& t, size_t k) {
  if (k == 0 || k > t.size() || (k < t.size() && (t[k].flags & kTokNewline))) return kNpos;
  return k - 1;
}

// An English plural: "jets", "cases" (not "glass", nor a short word).
bool PluralS(std::string_view x) { return x.size() >= 4 && x.back() == 's' && x[x.size() - 2] != 's'; }
// The token after an elided article's apostrophe at k ("combien d'agences",
// "le nombre d'entreprises"), else k.
size_t PastElision(const Toks& t, size_t k) {
  return k < t.size() && t[k].kind == TokenKind::kPunct && (t[k].cp == '\'' || t[k].cp == U'\u2019') ? k + 1 : k;
}
// Or in -x ("chevreaux", "bureaux").
bool PluralSX(std::string_view x) {
  return x.size() >= 4 && (x.back() == 's' || x.back() == 'x') && x[x.size() - 2] != 's';
}

// A lower-case word on the line that is no function word or number word:
// a counted noun or one of its modifiers.
bool PlainWord(const Lexicon& lex, const Toks& t, size_t k) {
  return k < t.size() && t[k].kind == TokenKind::kWord && !(t[k].flags & (kTokCapitalized | kTokNewline)) &&
         !(t[k].lex >= 0 && (lex.word(t[k].lex).bits & (kWordStop | kWordNumber)));
}

bool IsSentencePunct(const Token& t) {
  return t.kind == TokenKind::kPunct && (t.cp == '.' || t.cp == '!' || t.cp == '?' || t.cp == ';' || t.cp == ':');
}

bool YearLike(const NumberMatch& m, std::string_view text) {
  if (!m.digits || m.words || m.separators || m.negative || m.ordinal || m.fraction || m.has_scale ||
      m.int_digits != 4) {
    return false;
  }
  double v = m.value.ToDouble();
  return v >= 1800 && v <= 2100;
}

bool PlainInteger(const NumberMatch& m) {
  return m.digits && !m.words && !m.separators && !m.negative && !m.ordinal && !m.fraction && !m.has_scale &&
         !m.exponent;
}

}  // namespace

struct QuantityRecognizer::Ctx {
  std::string_view text;
  const Toks& toks;
  SentenceIndex& sentences;
  const QuantityOptions& opt;
  std::vector<Quantity>* out;
  bool lowercase_doc;  // an all-lower-case input: codes are written "usd"
  size_t owned_until = 0;  // tokens before this belong to earlier quantities
  bool prose() const { return opt.mode == NumberMode::kQuantities; }
  bool informal() const { return opt.register_ == Register::kInformal; }
};

// What follows (or precedes) a number: its currency, unit or counted noun.
struct QuantityRecognizer::Unit {
  std::string dimension;
  std::string unit;
  Value factor = Value::Int(1);
  size_t begin_tok = kNpos;  // first token of a currency written before the number
  size_t end_tok = 0;        // one past the last token of number + unit
  bool money = false;
  int currency_kind = -1;   // CurrencyRow::Kind of the currency matched
  bool minor = false;
  bool glued_unit = false;   // a non-money unit glued to the digits ("180ml")
  bool counted_noun = false;
  bool via_of = false;       // "millions de dollars"
  bool amount_noun = false;  // "60 milliards de chiffre d'affaires": money with its currency left out
};

QuantityRecognizer::QuantityRecognizer(const Lexicon& lexicon) : lex_(lexicon), grammar_(lexicon) {
  RE2::Options o;
  o.set_encoding(RE2::Options::EncodingUTF8);
  o.set_log_errors(false);
  // Spaces a French text puts inside numbers: U+0020, U+00A0, U+202F.
  const std::string sp = "[ \\x{00A0}\\x{202F}]";
  phone_ = std::make_unique<RE2>(
      "(?:(?:\\+|00)\\d{1,3}" + sp + "?(?:\\(0\\)" + sp + "?)?\\d(?:[ .\\-\\x{00A0}\\x{202F}]?\\d{2}){4}"
      "|0\\d(?:[ .\\-\\x{00A0}\\x{202F}]\\d{2}){4}|0\\d(?:\\d{2}){4}"
      "|\\+\\d{1,3}[\\-. ]\\d{2,4}[\\-. /]\\d{3,4}(?:[\\-. /]\\d{2,4})+"
      "|\\(\\d{3}\\) ?\\d{3}-\\d{4}|\\d{3}-\\d{3}-\\d{4})",
      o);
  clock_ = std::make_unique<RE2>("\\d{1,2}(?::\\d{2}(?::\\d{2})?\\b|" + sp + "?[hH]" + sp + "?\\d{2}\\b)", o);
  // Amount nouns: predicate nouns minus counted nouns.
  std::vector<uint64_t> counted;
  if (auto cn = data::Find(lexicon.lang() + "/count_nouns.tsv")) {
    data::TsvTable t = data::ParseTsv(*cn);
    int cf = t.Column("forms");
    int lc = t.Column("lemma");
    int uc = t.Column("unit");
    for (const auto& row : t.rows) {
      if (cf < 0 || lc < 0) break;
      size_t start = 0;
      const std::string& forms = row[static_cast<size_t>(cf)];
      const std::string& lemma = row[static_cast<size_t>(lc)];
      // A noun of several words that is its own count unit ("pompe à
      // chaleur"; not "utilisateur actif", counted in "utilisateur").
      const bool compound = uc >= 0 && row[static_cast<size_t>(uc)] == "compound";
      if (compound) compound_lemmas_.push_back(lemma);
      while (start <= forms.size()) {
        size_t comma = forms.find(',', start);
        if (comma == std::string::npos) comma = forms.size();
        std::string_view form = std::string_view(forms).substr(start, comma - start);
        counted.push_back(FoldedWordHash(form));
        if (compound) compound_counts_.Add(form, static_cast<int>(compound_lemmas_.size() - 1), false);
        else if (form.find(' ') != std::string_view::npos) phrase_counts_.Add(form, 0, false);
        start = comma + 1;
      }
    }
  }
  std::sort(counted.begin(), counted.end());
  counted_nouns_ = counted;
  internal::ForEachPredicateNoun(lexicon.lang(), [&](const std::string& trig) {
    if (trig.find(' ') != std::string::npos || trig.find('\'') != std::string::npos) {
      TokenList words;
      Tokenize(trig, nullptr, &words);
      std::vector<uint64_t> w;
      for (const Token& x : words) {
        if (x.kind == TokenKind::kWord) w.push_back(x.hash);
      }
      if (w.size() >= 2 && !std::binary_search(counted.begin(), counted.end(), w[0])) {
        amount_noun_starts_.emplace_back(w[0], w[1]);
      }
      return;
    }
    uint64_t h = FoldedWordHash(trig);
    if (!std::binary_search(counted.begin(), counted.end(), h)) amount_nouns_.push_back(h);
  });
  std::sort(amount_noun_starts_.begin(), amount_noun_starts_.end());
  std::sort(amount_nouns_.begin(), amount_nouns_.end());
  amount_nouns_.erase(std::unique(amount_nouns_.begin(), amount_nouns_.end()), amount_nouns_.end());
  numeric_date_ = std::make_unique<RE2>(
      "(?:\\d{1,2}[/.\\-]\\d{1,2}[/.\\-](?:\\d{4}|\\d{2})\\b|\\d{4}-\\d{2}-\\d{2}\\b|\\d{4}/\\d{2}/\\d{2}\\b)", o);
}

QuantityRecognizer::~QuantityRecognizer() = default;

bool QuantityRecognizer::IsAmountNoun(uint64_t hash) const {
  return std::binary_search(amount_nouns_.begin(), amount_nouns_.end(), hash);
}

bool QuantityRecognizer::StartsAmountNoun(const TokenList& toks, size_t q) const {
  if (IsAmountNoun(toks[q].hash)) return true;
  size_t r = q + 1;
  while (r < toks.size() && toks[r].kind == TokenKind::kPunct && (IsPunct(toks[r], '\'') || IsPunct(toks[r], 0x2019))) ++r;
  if (r >= toks.size() || toks[r].kind != TokenKind::kWord) return false;
  return std::binary_search(amount_noun_starts_.begin(), amount_noun_starts_.end(),
                            std::make_pair(toks[q].hash, toks[r].hash));
}

// Patterns that make the digits at token i something other than an amount:
// phone numbers, clock times, numeric dates.
bool QuantityRecognizer::Excluded(const Ctx& c, size_t i, size_t* skip_to) const {
  const Token& t = c.toks[i];
  if (t.kind != TokenKind::kNumber) return false;
  // A digit glued after '+' starts an international phone number.
  size_t start = t.begin;
  bool plus = i > 0 && IsPunct(c.toks[i - 1], '+') && Glued(c.toks, i - 1, i);
  if (plus) start = c.toks[i - 1].begin;
  // Cheap prefilter, so that the patterns run on few digit tokens: a phone
  // number starts with 0 or '+', a clock time or a numeric date has one or
  // two (four) digits followed by ':', 'h', '/', '.' or '-'.
  auto at = [&](size_t k) -> char { return k < c.text.size() ? c.text[k] : '\0'; };
  char first = at(t.begin);
  char next = at(t.end);
  bool may_phone = plus || (first == '0' && (t.length <= 4 || t.length >= 9)) || (t.length == 3 && next == ')') ||
                   (t.length == 3 && next == '-');
  bool may_clock = t.length <= 2 && (next == ':' || next == 'h' || next == 'H' ||
                                     (next == ' ' && (at(t.end + 1) == 'h' || at(t.end + 1) == 'H')) ||
                                     (static_cast<unsigned char>(next) == 0xC2 || static_cast<unsigned char>(next) == 0xE2));
  bool may_date = t.length <= 4 && (next == '/' || next == '.' || next == '-');
  if (!may_phone && !may_clock && !may_date) return false;
  std::string_view rest = c.text.substr(start, std::min<size_t>(48, c.text.size() - start));
  for (const RE2* re : {phone_.get(), clock_.get(), numeric_date_.get()}) {
    re2::StringPiece match;
    if (re->Match(rest, 0, rest.size(), RE2::ANCHOR_START, &match, 1)) {
      if (re == clock_.get()) {
        // "14h30", "14:30"; a lone "30:..." with minutes over 59 is not a time.
        int hours = std::atoi(std::string(t.Text(c.text)).c_str());
        if (hours > 24) continue;
      }
      uint32_t end = static_cast<uint32_t>(start + match.size());
      size_t k = i;
      while (k < c.toks.size() && c.toks[k].begin < end) ++k;
      *skip_to = k;
      return true;
    }
  }
  return false;
}

QuantityRecognizer::Unit QuantityRecognizer::AttachUnit(const Ctx& c, const NumberMatch& m) const {
  const Toks& toks = c.toks;
  const size_t n = toks.size();
  Unit u;
  u.end_tok = m.end;

  auto code_ok = [&](size_t from, size_t to, const CurrencyRow& row) { return CodeOk(c, from, to, row); };
  // "174,50": a price written to the cent, no count of things.
  const std::string_view digits = m.span.Of(c.text);
  const bool cents = digits.size() >= 4 && (digits[digits.size() - 3] == ',' || digits[digits.size() - 3] == '.') &&
                     std::isdigit(static_cast<unsigned char>(digits[digits.size() - 2])) &&
                     std::isdigit(static_cast<unsigned char>(digits.back()));
  // Tokens [from, to) hold the currency's surface.
  auto row_allowed = [&](const CurrencyRow& row, bool has_scale, size_t from, size_t to) {
    if (row.informal && !c.informal()) return false;
    // ("20c" is cents, "20C" degrees.)
    if (row.lower_only) {
      for (size_t k = from; k < to; ++k) {
        if (toks[k].flags & (kTokCapitalized | kTokAllCaps)) return false;
      }
    }
    if (row.needs_scale && !has_scale && !cents && !c.informal()) return false;
    return true;
  };

  // 1. A currency written before the number: "$75", "EUR 20", "US$ 4,7 milliards".
  size_t prefix_min = 0;
  for (size_t p = Prev(toks, m.first); p != kNpos && prefix_min <= p;) {
    size_t begin = 0;
    auto cm = lex_.currencies().MatchEndingAt(toks, p + 1, c.text, &begin, prefix_min);
    if (!cm) break;
    prefix_min = begin + 1;  // if this one is refused, try a shorter one ("a $" -> "$")
    {
      const CurrencyRow& row = lex_.currency(cm->id);
      bool glued_word_before = begin > 0 && Glued(toks, begin - 1, begin) &&
                               (toks[begin - 1].kind == TokenKind::kWord || toks[begin - 1].kind == TokenKind::kNumber);
      // "A$ 5" is Australian dollars, "a $5 bill" is not; "music's $5" neither.
      bool letter_ok = true;
      if (row.kind == CurrencyRow::kSymbol && toks[begin].kind == TokenKind::kWord) {
        std::string_view w = toks[begin].Text(c.text);
        const WordInfo* wi = lex_.Info(toks[begin]);
        bool possessive = begin >= 2 && IsPunct(toks[Prev(toks, begin) == kNpos ? 0 : Prev(toks, begin)], '\'');
        bool capital = !w.empty() && w[0] >= 'A' && w[0] <= 'Z';
        // ("give us $8.50": in mixed-case text a pronoun, a function word, is
        // no symbol's letters; an all-lower-case text writes "us $ 150".)
        const uint32_t refused = c.lowercase_doc ? kWordNumber : (kWordStop | kWordNumber);
        letter_ok = capital || (!(wi && (wi->bits & refused)) && !possessive);
      }
      if (row.before && row.kind != CurrencyRow::kMinor && !glued_word_before && begin >= c.owned_until &&
          letter_ok && code_ok(begin, p + 1, row) && row_allowed(row, m.has_scale, begin, p + 1)) {
        u.money = true;
        u.dimension = "money";
        u.unit = row.code;
        u.currency_kind = row.kind;
        u.factor = Value(*Decimal::Parse(std::to_string(static_cast<long long>(row.multiplier))));
        u.begin_tok = begin;
        break;
      }
    }
  }

  // 2. After the number, optionally through "de"/"of" after a scale word.
  auto try_after = [&](size_t k, bool via_of) -> bool {
    if (k == kNpos || k >= n) return false;
    if (auto cm = lex_.currencies().Match(toks, k, c.text)) {
      const CurrencyRow& row = lex_.currency(cm->id);
      size_t e = cm->end_token;
      bool boundary = e >= n || !Glued(toks, e - 1, e) ||
                      (toks[e].kind != TokenKind::kWord && toks[e].kind != TokenKind::kNumber);
      bool next_is_number = false;
      if (size_t after = Next(toks, e); after != kNpos) next_is_number = grammar_.CanStart(toks, after, c.text);
      bool refines = u.money && (row.kind == CurrencyRow::kCode || row.kind == CurrencyRow::kSymbol) && !next_is_number;
      if (row.after && boundary && code_ok(k, e, row) && row_allowed(row, m.has_scale || via_of, k, e) &&
          (!u.money || refines)) {
        // After a prefix ("$ 10 CAD") the later, more specific code wins.
        u.money = true;
        u.dimension = "money";
        u.unit = row.code;
        u.currency_kind = row.kind;
        if (row.kind == CurrencyRow::kMinor) {
          u.minor = true;
          u.factor = Value(*Decimal::Parse("0.01"));
        } else if (row.multiplier != 1) {
          u.factor = Value(*Decimal::Parse(std::to_string(static_cast<long long>(row.multiplier))));
        }
        u.end_tok = e;
        u.via_of = via_of;
        // "75 USD million": a scale word after the code.
        if (!m.has_scale && row.kind == CurrencyRow::kCode) {
          if (size_t sw = Next(toks, e); sw != kNpos && toks[sw].lex >= 0) {
            const WordInfo& wi = lex_.word(toks[sw].lex);
            if (wi.num_class == NumClass::kScale) {
              u.factor = u.factor.Mul(Value(*Decimal::Parse(std::to_string(static_cast<long long>(wi.num_value)))));
              u.end_tok = sw + 1;
            }
          }
        }
        return true;
      }
    }
    if (u.money) return false;
    if (auto um = lex_.units().Match(toks, k, c.text)) {
      const UnitRow& row = lex_.unit(um->id);
      size_t e = um->end_token;
      bool boundary = e >= n || !Glued(toks, e - 1, e) ||
                      (toks[e].kind != TokenKind::kWord && toks[e].kind != TokenKind::kNumber);
      // A counted noun of several words that opens with the unit is no
      // unit: "612.000 journées-skieurs".
      if (auto cc = compound_counts_.Match(toks, k, c.text); cc && cc->end_token > e) boundary = false;
      if (row.dimension == "percent" && e < n && Glued(toks, e - 1, e) && toks[e].kind == TokenKind::kNumber) {
        boundary = false;  // "%2D" inside an URL-encoded string
      }
      // An elided article is no unit: "1,62 milliard l'an dernier".
      if (e == k + 1 && toks[k].length == 1 && e < n && Glued(toks, k, e) &&
          (IsPunct(toks[e], '\'') || IsPunct(toks[e], 0x2019))) {
        boundary = false;
      }
      bool glued = Glued(toks, m.end - 1, k);
      if (row.glued_unquoted) {
        // 2' and 1" are durations only glued to the number and not closing a quotation.
        bool open_quote = false;
        for (size_t q = m.first; q-- > 0;) {
          if (toks[q + 1].flags & kTokNewline) break;
          if (IsPunct(toks[q], toks[k].cp)) {
            open_quote = !open_quote;
          }
        }
        if (!glued || open_quote) boundary = false;
      }
      // After "millions de", only a percentage or a physical quantity
      // ("26,3 millions de tonnes", "1,6 milliard de litres"), not a
      // duration ("2 millions d'heures" counts hours).
      const bool physical = row.dimension == "mass" || row.dimension == "volume" || row.dimension == "energy" ||
                            row.dimension == "power" || row.dimension == "area" || row.dimension == "length" ||
                            row.dimension == "count";  // "23,6 millions d'équivalents vingt pieds"
      if (boundary && !(via_of && row.dimension != "percent" && !physical)) {
        u.dimension = row.dimension;
        u.unit = row.unit;
        u.factor = Value(row.factor);
        u.end_tok = e;
        u.glued_unit = glued;
        u.via_of = via_of;
        return true;
      }
    }
    return false;
  };

  size_t k = Next(toks, m.end);
  if (m.ordinal) return u;  // "21e siècle": an ordinal takes no unit
  bool glued_next = k != kNpos && Glued(toks, m.end - 1, k);
  bool found = try_after(k, false);
  // "a 12-cent dividend", "a one-yen bid", "a 10-year bond".
  if (!found && !u.money && glued_next && k != kNpos && IsPunct(toks[k], '-') && k + 1 < n &&
      Glued(toks, k, k + 1) && toks[k + 1].kind == TokenKind::kWord) {
    found = try_after(k + 1, false);
  }
  if (!found && !u.money && (m.has_scale || m.approx) && k != kNpos) {
    if (auto of = lex_.of_words().Match(toks, k, c.text)) {
      found = try_after(Next(toks, of->end_token), true);
    }
  }
  // "a quarter of a percentage point", "un quart de point", "un quart
  // d'heure": a fraction of a unit, an article between.
  if (!found && m.fraction && k != kNpos) {
    if (auto of = lex_.of_words().Match(toks, k, c.text)) {
      size_t j = Next(toks, of->end_token);
      if (j != kNpos && j < n && toks[j].kind == TokenKind::kWord && toks[j].length <= 3 && toks[j].lex >= 0 &&
          (lex_.word(toks[j].lex).bits & kWordStop)) {
        j = Next(toks, j + 1);
      }
      if (j != kNpos && j < n && toks[j].kind == TokenKind::kWord) {
        const std::string w = Fold(toks[j].Text(c.text));
        if (auto um = lex_.units().Match(toks, j, c.text)) {
          const UnitRow& row = lex_.unit(um->id);
          if (row.dimension == "percentage_point" || row.dimension == "duration") {
            u.dimension = row.dimension;
            u.unit = row.unit;
            u.factor = Value(row.factor);
            u.end_tok = um->end_token;
            found = true;
          }
        } else if (w == "point" || w == "points") {
          u.dimension = "count";  // read as percentage points by the linker, like "0,8 point"
          u.unit = "point";
          u.end_tok = j + 1;
          found = true;
        }
      }
    }
  }

  // 3. A counted noun: "30 000 GPU", "300 millions d'emplois", "sept tours".
  if (u.dimension.empty() && c.prose() && !m.ordinal && !m.fraction) {
    size_t q = k;
    bool via_of = false;
    if (q != kNpos && (m.has_scale || m.approx)) {
      if (auto of = lex_.of_words().Match(toks, q, c.text)) {
        q = Next(toks, of->end_token);
        via_of = true;
      }
    }
    // After "millions" a noun needs "de" ("300 millions d'emplois"; "5
    // milliards investis" counts nothing); after "mille" or "300k" it follows.
    if (q != kNpos && ((m.ends_with_scale_word && lex_.scale_noun_needs_of()) || m.approx) && !via_of) q = kNpos;
    const size_t q0 = q;  // the first word after the number
    // "410 million dozen eggs", "2 millions de douzaines d'huîtres": a
    // collective noun after the number is what it counts.
    if (q0 != kNpos && q0 < n && toks[q0].kind == TokenKind::kWord && toks[q0].lex >= 0 &&
        lex_.word(toks[q0].lex).num_class == NumClass::kCollective && !m.approx) {
      u.dimension = "count";
      u.unit = lex_.Lemma(toks[q0].Text(c.text));
      u.counted_noun = true;
      u.end_tok = q0 + 1;
      u.via_of = via_of;
      return u;
    }
    // Skip adjectives between the number and its noun: "12 prochains mois",
    // and, where modifiers come first, any lower-case word or two before a
    // noun that is counted ("148 commercial aircraft", "300 million paid
    // memberships"; not "812 pharmacies adhérentes").
    auto counted_ahead = [&](size_t from) {
      size_t k = from;
      for (int w = 0; w < 3 && k != kNpos && k < n; ++w) {
        const Token& x = toks[k];
        if (x.kind != TokenKind::kWord || (x.flags & (kTokCapitalized | kTokNewline)) ||
            (x.lex >= 0 && (lex_.word(x.lex).bits & (kWordStop | kWordNumber)))) {
          return false;
        }
        if (w > 0 && std::binary_search(counted_nouns_.begin(), counted_nouns_.end(), x.hash)) return true;
        k = Next(toks, k + 1);
      }
      return false;
    };
    for (int hop = 0; hop < 2 && q != kNpos && q < n && toks[q].kind == TokenKind::kWord &&
                      ((toks[q].lex >= 0 && (lex_.word(toks[q].lex).bits & kWordPrenominal)) ||
                       (lex_.noun_head_last() && counted_ahead(q)));
         ++hop) {
      size_t r = Next(toks, q + 1);
      if (r == kNpos) break;
      // "les 12 prochains mois": the noun after an adjective may be a unit.
      if (auto um = lex_.units().Match(toks, r, c.text)) {
        const UnitRow& row = lex_.unit(um->id);
        // (Not a singular noun after a plural number: "open between 20 and
        // 25 next year" counts openings, the year dates them.)
        if (row.dimension == "duration" && m.value.ToDouble() > 1 && !PluralS(toks[um->end_token - 1].Text(c.text))) {
          return u;
        }
        if (row.dimension == "duration") {
          u.dimension = row.dimension;
          u.unit = row.unit;
          u.factor = Value(row.factor);
          u.end_tok = um->end_token;
          return u;
        }
      }
      q = r;
    }
    // "350,000 Blackwell GPUs": a model name before an acronym counts the acronym.
    if (q != kNpos && q < n && toks[q].kind == TokenKind::kWord && (toks[q].flags & kTokCapitalized) &&
        !(toks[q].flags & kTokAllCaps)) {
      if (size_t r = Next(toks, q + 1); r != kNpos && toks[r].kind == TokenKind::kWord) {
        std::string_view nx = toks[r].Text(c.text);
        bool caps = nx.size() >= 2;
        for (size_t k = 0; k < nx.size(); ++k) caps &= (nx[k] >= 'A' && nx[k] <= 'Z') || (k + 1 == nx.size() && nx[k] == 's');
        if (caps) q = r;
      }
    }
    // "61 lithography systems", "12 methanol-capable ships": where the head
    // noun comes last, a plural after a word that is none is what is
    // counted; so is one after a dash compound ("65 battery-electric trains").
    // "40 Boeing 737 MAX 10 jets", "12 Airbus A320neo aircraft": where the
    // head noun comes last, a model's name (capitalised words, codes and
    // numbers) may stand between the number and the counted noun.
    if (lex_.noun_head_last() && q != kNpos && q < n && toks[q].kind == TokenKind::kWord &&
        (toks[q].flags & kTokCapitalized) && !lex_.units().Match(toks, q, c.text) &&
        !lex_.currencies().Match(toks, q, c.text) && !lex_.not_counted().Match(toks, q, c.text)) {
      size_t r = q;
      int words = 0;
      while (r != kNpos && r < n && words < 6 &&
             ((toks[r].kind == TokenKind::kWord && (toks[r].flags & (kTokCapitalized | kTokAllCaps))) ||
              (toks[r].kind == TokenKind::kNumber && words > 0) || (words > 0 && Glued(toks, r - 1, r)) ||
              (IsPunct(toks[r], '-') && words > 0 && r + 1 < n && Glued(toks, r - 1, r) && Glued(toks, r, r + 1)))) {
        r = Next(toks, r + 1);
        ++words;
      }
      if (words >= 1 && r != kNpos && PlainWord(lex_, toks, r)) {
        if (PluralS(toks[r].Text(c.text)) ||
            std::binary_search(counted_nouns_.begin(), counted_nouns_.end(), toks[r].hash)) {
          q = r;
        }
      }
    }
    // ("4.1 million nine-litre cases", "1,200 20-foot containers": a
    // measure made an adjective by a dash stands before the counted noun.)
    if (lex_.noun_head_last() && q != kNpos && q + 3 < n &&
        (toks[q].kind == TokenKind::kNumber ||
         (toks[q].kind == TokenKind::kWord && toks[q].lex >= 0 && (lex_.word(toks[q].lex).bits & kWordNumber))) &&
        IsPunct(toks[q + 1], '-') && Glued(toks, q, q + 1) && Glued(toks, q + 1, q + 2) &&
        toks[q + 2].kind == TokenKind::kWord && !(toks[q + 2].flags & (kTokCapitalized | kTokAllCaps))) {
      if (size_t r = Next(toks, q + 3); r != kNpos && PlainWord(lex_, toks, r) && PluralS(toks[r].Text(c.text))) q = r;
    }
    if (lex_.noun_head_last() && q != kNpos && q < n && toks[q].kind == TokenKind::kWord &&
        !(toks[q].flags & (kTokCapitalized | kTokAllCaps)) &&
        !(toks[q].lex >= 0 && (lex_.word(toks[q].lex).bits & (kWordStop | kWordNumber)))) {
      auto plural = [&](size_t k) { return PluralS(toks[k].Text(c.text)); };
      size_t r = Next(toks, q + 1);
      const bool compound = r != kNpos && r + 1 < n && IsPunct(toks[r], '-') && Glued(toks, q, r) &&
                            Glued(toks, r, r + 1) && toks[r + 1].kind == TokenKind::kWord;
      if (compound) r = Next(toks, r + 2);
      // ("620 front-of-house workers": a compound of several dashes.)
      while (compound && r != kNpos && r + 1 < n && IsPunct(toks[r], '-') && Glued(toks, r - 1, r) &&
             Glued(toks, r, r + 1) && toks[r + 1].kind == TokenKind::kWord) {
        r = Next(toks, r + 2);
      }
      // (A counted noun in the singular before a plural modifies it too: "14
      // branch libraries", "300 delivery vans".)
      // (Not one that a listed phrase counts: "300 job cuts" are jobs.)
      const bool modifier =
          compound || (!plural(q) && (!std::binary_search(counted_nouns_.begin(), counted_nouns_.end(), toks[q].hash) ||
                                      (r != kNpos && PlainWord(lex_, toks, r) && plural(r) &&
                                       !phrase_counts_.Match(toks, q, c.text))));
      auto plain_word = [&](size_t k) { return PlainWord(lex_, toks, k); };
      // ("9,400 warehouse and delivery workers": two modifiers joined.)
      const bool joined = !compound && !plural(q) && r != kNpos && r < n && toks[r].kind == TokenKind::kWord &&
                          toks[r].lex >= 0 && (lex_.word(toks[r].lex).bits & kWordAnd);
      const size_t r2 = joined ? Next(toks, r + 1) : kNpos;
      const size_t r3 = r2 != kNpos ? Next(toks, r2 + 1) : kNpos;
      if (joined && plain_word(r2) && !plural(r2) && plain_word(r3) && plural(r3)) {
        q = r3;
      } else if (modifier && plain_word(r) && plural(r)) {
        q = r;
      } else if (modifier && !compound && plain_word(r) && !plural(r)) {
        // ("381,600 sponsored study visas": an adjective, then a noun that
        // modifies the plural after it.)
        if (const size_t r5 = Next(toks, r + 1); r5 != kNpos && plain_word(r5) && plural(r5)) q = r5;
      } else if (compound && plain_word(r) && !plural(r)) {
        // ("three gas-fired power stations": a dash compound, then a noun
        // that modifies the plural after it.)
        if (const size_t r4 = Next(toks, r + 1); r4 != kNpos && plain_word(r4) && plural(r4)) q = r4;
      }
    }
    // "182 000 pompes à chaleur", "7,850 public charge points": a counted
    // noun of several words, starting at most two words before the head
    // found above and reaching past it.
    if (q0 != kNpos && q != kNpos && !compound_counts_.empty() && (q0 > m.end || !Glued(toks, m.end - 1, q0))) {
      size_t p = q0;
      for (int w = 0; w < 3 && p != kNpos && p < n && toks[p].kind == TokenKind::kWord &&
                      !(toks[p].flags & (kTokCapitalized | kTokNewline));
           ++w, p = Next(toks, p + 1)) {
        if (auto cm = compound_counts_.Match(toks, p, c.text); cm && cm->end_token > q) {
          u.dimension = "count";
          u.unit = compound_lemmas_[static_cast<size_t>(cm->id)];
          u.counted_noun = true;
          u.end_tok = cm->end_token;
          u.via_of = via_of;
          return u;
        }
      }
    }
    if (q != kNpos && q < n && toks[q].kind == TokenKind::kWord && (q > m.end || !Glued(toks, m.end - 1, q))) {
      const Token& w = toks[q];
      const WordInfo* wi = lex_.Info(w);
      uint32_t bits = wi ? wi->bits : 0;
      std::string_view word = w.Text(c.text);
      bool acronym = (w.flags & kTokAllCaps) != 0;
      // "GPUs", "CPUs": an acronym's plural.
      if (!acronym && word.size() >= 3 && word.back() == 's') {
        acronym = true;
        for (size_t k = 0; k + 1 < word.size(); ++k) acronym &= word[k] >= 'A' && word[k] <= 'Z';
      }
      bool lower = !(w.flags & kTokCapitalized);
      bool blocked = (bits & (kWordStop | kWordNumber | kWordMonth | kWordAnd | kWordPrenominal | kWordPoint |
                              kWordMinus | kWordOver | kWordPhraseStart)) != 0;
      bool next_is_apostrophe = q + 1 < n && IsPunct(toks[q + 1], '\'') && Glued(toks, q, q + 1);
      // "4 milliards de prêts": an amount of money named by its purpose.
      bool amount_noun = via_of && m.has_scale && m.last_scale >= 1e6 && StartsAmountNoun(toks, q);
      // "quatre estiment que": a verb, not a noun.
      bool verb_follows = false;
      if (size_t r = Next(toks, q + 1); r != kNpos && toks[r].kind == TokenKind::kWord) {
        std::string f = Fold(toks[r].Text(c.text));
        verb_follows = f == "que" || f == "qu" || f == "that";
        // ("dont 300.000 apportés par la Région": a participle before its
        // agent.)
        if (auto agent = lex_.agent_words().Match(toks, r, c.text);
            agent && lex_.ParticipleEnding(word) && !std::binary_search(counted_nouns_.begin(), counted_nouns_.end(), w.hash)) {
          const size_t a = agent->end_token;
          verb_follows |= a < n && toks[a].kind == TokenKind::kWord &&
                          ((toks[a].flags & kTokCapitalized) || (toks[a].lex >= 0 && (lex_.word(toks[a].lex).bits & kWordStop)));
        }
      }
      u.amount_noun = amount_noun;
      if (!blocked && !amount_noun && !verb_follows && (lower || acronym) && w.length >= 2 && !next_is_apostrophe &&
          !lex_.qualifiers().Match(toks, q, c.text) && !lex_.rates().Match(toks, q, c.text) &&
          !lex_.reference_after().Match(toks, q, c.text) && !lex_.hour_marks().Match(toks, q, c.text) &&
          !lex_.not_counted().Match(toks, q, c.text) && !lex_.AdverbEnding(word) &&
          !(lex_.PluralVerbEnding(word) && !std::binary_search(counted_nouns_.begin(), counted_nouns_.end(), w.hash))) {
        u.dimension = "count";
        u.unit = lex_.Lemma(word);
        u.counted_noun = true;
        u.end_tok = q + 1;
        u.via_of = via_of;
        // "146 micro-crèches", "30 éco-quartiers": where the head noun comes
        // first, a dash compound is counted whole.
        if (!lex_.noun_head_last() && q + 2 < n && IsPunct(toks[q + 1], '-') && Glued(toks, q, q + 1) &&
            Glued(toks, q + 1, q + 2) && toks[q + 2].kind == TokenKind::kWord &&
            !(toks[q + 2].flags & (kTokCapitalized | kTokAllCaps)) &&
            !(q + 3 < n && IsPunct(toks[q + 3], '-') && Glued(toks, q + 2, q + 3))) {
          u.unit += '-';
          u.unit += lex_.Lemma(toks[q + 2].Text(c.text));
          u.end_tok = q + 3;
        }
      }
    }
  }
  return u;
}

// A currency code is written in capitals ("USD", "Rs"); in lower case only
// codes that are no ordinary word ("usd", not "ils", "mad", "try"), or in a
// text that is all lower case.
bool QuantityRecognizer::CodeOk(const Ctx& c, size_t from, size_t to, const CurrencyRow& row) const {
  if (row.kind != CurrencyRow::kCode) return true;
  bool has_upper = false;
  for (size_t k = from; k < to; ++k) {
    if (c.toks[k].kind != TokenKind::kWord) continue;
    for (char ch : c.toks[k].Text(c.text)) has_upper |= (ch >= 'A' && ch <= 'Z');
  }
  if (has_upper) return true;
  if (row.lower_ok) return true;
  if (!c.lowercase_doc) return false;
  const WordInfo* wi = lex_.Info(c.toks[from]);
  return !(wi && (wi->bits & kWordStop));
}

bool QuantityRecognizer::ExcludedAfterParse(const Ctx& c, const NumberMatch& m, const Unit& u) const {
  const Toks& toks = c.toks;
  const size_t n = toks.size();
  // "a dollar", "un euro": an article before a currency name is one ("a $5
  // bill" is not).
  const bool article_money = m.bare_article && u.money && u.begin_tok == kNpos &&
                             (u.currency_kind == CurrencyRow::kName || u.currency_kind == CurrencyRow::kMinor);
  if (m.weak && m.bare_article && !article_money) return true;  // "a", "an" alone
  // "a 100g bag", "a 500ml bottle": a measure between an article and a
  // noun sizes the noun; it is no amount.
  if (!m.has_scale && (u.dimension == "mass" || u.dimension == "volume" || u.dimension == "length" ||
                       u.dimension == "area" || u.dimension == "energy" || u.dimension == "power")) {
    const size_t p = Prev(toks, m.first), e = u.end_tok;
    if (p != kNpos && toks[p].kind == TokenKind::kWord && toks[p].length <= 3 && toks[p].lex >= 0 &&
        (lex_.word(toks[p].lex).bits & kWordNumber) && lex_.word(toks[p].lex).num_value == 1 && e < n &&
        toks[e].kind == TokenKind::kWord && !(toks[e].flags & (kTokCapitalized | kTokNewline)) &&
        !(toks[e].lex >= 0 && (lex_.word(toks[e].lex).bits & (kWordStop | kWordNumber | kWordOf)))) {
      return true;
    }
  }
  // "le Domaine des Trois Chênes", "the Seven Sisters": a number word
  // capitalized inside a sentence, then a capitalized word, is part of a
  // name.
  if (toks[m.first].kind == TokenKind::kWord && (toks[m.first].flags & kTokCapitalized) &&
      !(toks[m.first].flags & kTokNewline) && u.begin_tok == kNpos && !u.money) {
    const size_t p = Prev(toks, m.first), q = Next(toks, m.end);
    if (p != kNpos && !IsSentencePunct(toks[p]) && !IsPunct(toks[p], ':') && !IsPunct(toks[p], '-') && q != kNpos &&
        q == m.end && toks[q].kind == TokenKind::kWord && (toks[q].flags & kTokCapitalized) &&
        !(toks[q].flags & kTokNewline)) {
      return true;
    }
  }
  // "ses premiers 33-tours", "a 4-star hotel": a bare number glued by a
  // dash to a word that is no unit qualifies the word.
  if (PlainInteger(m) && u.dimension.empty() && u.begin_tok == kNpos && m.end + 1 < n && IsPunct(toks[m.end], '-') &&
      Glued(toks, m.end - 1, m.end) && Glued(toks, m.end, m.end + 1) && toks[m.end + 1].kind == TokenKind::kWord &&
      !(toks[m.end + 1].flags & (kTokCapitalized | kTokAllCaps))) {
    return true;
  }
  // "USD1,23", "RM42": letters before the digits are the currency.
  const bool alpha_is_currency = u.money && u.begin_tok != kNpos;
  if (m.scale_needs_currency && !u.money) return true;
  // "l'un des", "the one you mentioned": a pronoun.
  if (m.bare_article && !article_money) {
    if (size_t p = Prev(toks, m.first); p != kNpos) {
      size_t b;
      if (lex_.pronoun_one_after().MatchEndingAt(toks, p + 1, c.text, &b)) return true;
    }
  }
  if (!c.prose()) {
    // Number lists: a number glued to letters that are not a known unit or
    // suffix is a code ("180ml" is a dimension, not a number).
    if (m.alpha_after && !u.money) return true;
    if (m.alpha_before && !alpha_is_currency) return true;
    return false;
  }
  if ((m.bare_article || m.weak) && !article_money) return true;
  if (m.ordinal && m.words) return true;  // "premier", "deuxième": not figures
  if (m.alpha_before && !alpha_is_currency) return true;
  if (m.alpha_after && u.dimension.empty()) return true;
  if (m.scale_needs_currency_in_prose && !u.money) return true;
  const size_t first = u.begin_tok != kNpos ? u.begin_tok : m.first;
  // "GPT-4", "COVID-19", "SARS-CoV-2": digits glued after a hyphen glued to
  // a word; "12/2024", "1.2.3": digits glued after '/', '.', '_' glued to
  // anything. ("3-4 milliards" is a range: a hyphen after digits is not a code.)
  if (m.first >= 2 && toks[m.first].kind == TokenKind::kNumber && toks[m.first - 1].kind == TokenKind::kPunct &&
      Glued(toks, m.first - 1, m.first) && Glued(toks, m.first - 2, m.first - 1)) {
    char32_t sep = toks[m.first - 1].cp;
    TokenKind before = toks[m.first - 2].kind;
    if ((sep == '-' && before == TokenKind::kWord) ||
        ((sep == '/' || sep == '_' || sep == '.') && (before == TokenKind::kWord || before == TokenKind::kNumber))) {
      return true;
    }
  }
  // References: "article 49.3", "page 12", "12 rue de Rivoli".
  if (size_t p = Prev(toks, first); p != kNpos) {
    size_t b;
    if (lex_.reference_before().MatchEndingAt(toks, p + 1, c.text, &b) && (u.dimension.empty() || u.counted_noun)) {
      return true;
    }
  }
  if (u.dimension.empty() || u.counted_noun) {
    if (size_t q = Next(toks, m.end); q != kNpos && lex_.reference_after().Match(toks, q, c.text)) return true;
  }
  // The "ten" of a ratio: "un emploi sur dix", "one job in ten", "un jeune
  // actif sur trois" (whatever word follows: "un joueur sur trois revient").
  if (u.dimension.empty() || u.counted_noun) {
    size_t over = Prev(toks, first);
    if (over != kNpos && lex_.ratio_over().Match(toks, over, c.text)) {
      size_t one = Prev(toks, over);
      // (Past the noun, only lower-case adjectives.)
      for (int words = 0; words < 3 && one != kNpos && toks[one].kind == TokenKind::kWord; ++words) {
        one = Prev(toks, one);
        if (one != kNpos && (words == 0 || !(toks[one + 1].flags & kTokCapitalized)) &&
            lex_.ratio_one().Match(toks, one, c.text)) {
          return true;
        }
      }
    }
  }
  if (PlainInteger(m) || m.ordinal) {
    double v = m.value.ToDouble();
    size_t q = Next(toks, m.end);
    // Clock times "8 h", "3 pm".
    if (!m.ordinal && v <= 24 && q != kNpos && u.dimension.empty()) {
      if (auto h = lex_.hour_marks().Match(toks, q, c.text)) {
        size_t e = h->end_token;
        if (e >= n || !Glued(toks, e - 1, e) || toks[e].kind != TokenKind::kWord) return true;
      }
    }
    // Dates: "27 juillet", "1er août".
    if (v >= 1 && v <= 31 && q != kNpos && toks[q].kind == TokenKind::kWord && toks[q].lex >= 0 &&
        (lex_.word(toks[q].lex).bits & kWordMonth)) {
      return true;
    }
    // "July 27": a day after a month name.
    if (size_t p = Prev(toks, m.first); p != kNpos && v >= 1 && v <= 31 && toks[p].kind == TokenKind::kWord &&
                                        toks[p].lex >= 0 && (lex_.word(toks[p].lex).bits & kWordMonth) &&
                                        u.dimension.empty()) {
      return true;
    }
  }
  // Years: "en 2023", "2017 toutefois"; a year does not count things.
  if (YearLike(m, c.text) && (u.dimension.empty() || u.dimension == "count")) return true;
  // ... and "737 MAX", "15 Pro": a capitalized model suffix after the number.
  if (PlainInteger(m) && (u.dimension.empty() || u.counted_noun) && u.begin_tok == kNpos) {
    if (size_t q = Next(toks, m.end); q != kNpos && (toks[q].flags & (kTokCapitalized | kTokAllCaps)) &&
                                      lex_.model_suffixes().Match(toks, q, c.text)) {
      return true;
    }
  }
  // ... and "737 MAX 8-200": the variant after the suffix (and its dashed
  // parts), whatever follows.
  {
    size_t start = m.first;  // back over glued "8-" before the number
    while (start >= 2 && IsPunct(toks[start - 1], '-') && Glued(toks, start - 1, start) &&
           toks[start - 2].kind == TokenKind::kNumber && Glued(toks, start - 2, start - 1)) {
      start -= 2;
    }
    size_t p = Prev(toks, start);
    if (p != kNpos && p + 1 == start && (toks[p].flags & (kTokCapitalized | kTokAllCaps)) &&
        lex_.model_suffixes().Match(toks, p, c.text)) {
      if (size_t pp = Prev(toks, p); pp != kNpos && toks[pp].kind == TokenKind::kNumber) return true;
    }
  }
  // Model and product names: "iPhone 15", "Windows 11", "CAC 40", "Boeing 737"
  // (and "la Renault 5 reste": a singular word after a number above one
  // counts nothing).
  bool singular_after = false;
  if (u.counted_noun && u.end_tok > 0 && u.end_tok <= n && m.value.ToDouble() >= 2) {
    std::string_view w = toks[u.end_tok - 1].Text(c.text);
    singular_after = !w.empty() && w.back() != 's' && w.back() != 'x' && w.back() != 'S';
  }
  if (PlainInteger(m) && m.int_digits <= 4 && (u.dimension.empty() || singular_after) && u.begin_tok == kNpos) {
    size_t p = Prev(toks, m.first);
    if (p != kNpos && p + 1 == m.first && !Glued(toks, p, m.first) && toks[p].kind == TokenKind::kWord) {
      const Token& w = toks[p];
      std::string_view word = w.Text(c.text);
      bool has_upper = false;
      for (char ch : word) has_upper |= (ch >= 'A' && ch <= 'Z');
      const WordInfo* wi = lex_.Info(w);
      bool function_word = wi && (wi->bits & (kWordStop | kWordMonth | kWordNumber | kWordMinus));
      size_t b;
      bool qualifier = lex_.qualifiers().MatchEndingAt(toks, p + 1, c.text, &b).has_value() ||
                       lex_.range_openers().MatchEndingAt(toks, p + 1, c.text, &b).has_value();
      bool sentence_start = true;
      if (size_t pp = Prev(toks, p); pp != kNpos) sentence_start = IsSentencePunct(toks[pp]);
      if (has_upper && !function_word && !qualifier && !(sentence_start && !(w.flags & kTokAllCaps) && word.size() > 0 &&
                                                          (word[0] >= 'A' && word[0] <= 'Z') && wi != nullptr)) {
        return true;
      }
    }
  }
  return false;
}

void QuantityRecognizer::ApplyQualifiers(const Ctx& c, size_t before_tok, size_t* after_tok, Quantity* q) const {
  const Toks& toks = c.toks;
  Qualifier qual = Qualifier::kExact;
  if (size_t p = Prev(toks, before_tok); p != kNpos) {
    size_t b;
    // "dépasse désormais 3 200 milliards": skip one adverb.
    if (size_t g; lex_.qualifier_gap().MatchEndingAt(toks, p + 1, c.text, &g) && g > 0 &&
                  lex_.qualifiers().MatchEndingAt(toks, g, c.text, &b)) {
      p = g - 1;
    }
    if (auto qm = lex_.qualifiers().MatchEndingAt(toks, p + 1, c.text, &b)) {
      const QualifierRow& row = lex_.qualifier(qm->id);
      // ("n'employait plus que 11 ouvriers": after a negation, only 11.)
      bool only = false;
      if (auto om = lex_.negated_only().Match(toks, b, c.text); om && om->end_token == p + 1) {
        for (size_t k = b, steps = 0; k-- > 0 && steps < 4 && !only; ++steps) {
          only = lex_.negation().Match(toks, k, c.text).has_value();
        }
      }
      if (row.before && !only) {
        qual = row.qualifier;
        q->span.begin = toks[b].begin;
      }
    }
  }
  if (size_t k = Next(toks, *after_tok); k != kNpos) {
    if (auto qm = lex_.qualifiers().Match(toks, k, c.text)) {
      const QualifierRow& row = lex_.qualifier(qm->id);
      if (row.after && (qual == Qualifier::kExact || qual == row.qualifier)) {
        qual = row.qualifier;
        *after_tok = qm->end_token;
        q->span.end = toks[qm->end_token - 1].end;
      }
    }
  }
  q->qualifier = qual;
  if (!q->value) return;
  Value v = *q->value;
  switch (qual) {
    case Qualifier::kMoreThan:
    case Qualifier::kAtLeast:
      q->low = v;
      q->value.reset();
      break;
    case Qualifier::kLessThan:
    case Qualifier::kAtMost:
      q->high = v;
      q->value.reset();
      break;
    default:
      break;
  }
}

size_t QuantityRecognizer::CentsAfter(const Ctx& c, size_t end_tok, Value* cents_value) const {
  const Toks& toks = c.toks;
  size_t k = Next(toks, end_tok);
  bool joined = false;  // "US$3 and fourteen"
  if (k != kNpos && toks[k].kind == TokenKind::kWord && toks[k].lex >= 0 &&
      (lex_.word(toks[k].lex).bits & kWordMinorJoin)) {
    k = Next(toks, k + 1);
    joined = true;
  }
  if (k == kNpos || Glued(toks, k - 1, k)) return kNpos;
  auto cents = grammar_.Parse(toks, k, c.text, NumberMode::kNumbers);
  if (!cents || cents->fraction || cents->has_scale || cents->negative || cents->ordinal ||
      (cents->digits && !PlainInteger(*cents)) || cents->value.ToDouble() >= 100 ||
      !(cents->words || cents->int_digits <= 2)) {
    return kNpos;
  }
  size_t after = Next(toks, cents->end);
  size_t end = cents->end;
  bool minor_word = false;
  if (after != kNpos) {
    if (auto cm = lex_.currencies().Match(toks, after, c.text)) {
      if (lex_.currency(cm->id).kind == CurrencyRow::kMinor) {
        minor_word = true;
        end = cm->end_token;
      }
    }
  }
  if (cents->alpha_after && !minor_word) return kNpos;  // "10 turkish lira 11a"
  // ("NZ$7,900 a pair": no cents opened by an article without "and" or
  // "cents".)
  if (cents->words && !minor_word && !joined && toks[k].lex >= 0 && (lex_.word(toks[k].lex).bits & kWordStop)) {
    return kNpos;
  }
  // Without "cents" the number must end the phrase ("15 dollars 50.", "15
  // USD 50 more") and not count something ("15 dollars 50 personnes").
  bool ends = minor_word || after == kNpos ||
              (toks[after].kind == TokenKind::kPunct && (IsSentencePunct(toks[after]) || IsPunct(toks[after], ','))) ||
              (toks[after].kind == TokenKind::kWord && toks[after].lex >= 0 &&
               (lex_.word(toks[after].lex).bits & (kWordStop | kWordAnd)) &&
               !lex_.currencies().Match(toks, after, c.text) && !lex_.units().Match(toks, after, c.text));
  if (!ends) return kNpos;
  *cents_value = cents->value;
  return end;
}

std::optional<Quantity> QuantityRecognizer::UnitMention(const Ctx& c, size_t i, size_t* end_tok) const {
  const Toks& toks = c.toks;
  // "pourcentage de vingt", "percent of 10": the unit before the number.
  if (auto um = lex_.units().Match(toks, i, c.text); um && lex_.unit(um->id).dimension == "percent") {
    if (size_t k = Next(toks, um->end_token); k != kNpos) {
      if (auto of = lex_.of_words().Match(toks, k, c.text)) {
        if (size_t q = Next(toks, of->end_token); q != kNpos && grammar_.CanStart(toks, q, c.text)) {
          if (auto m = grammar_.Parse(toks, q, c.text, c.opt.mode); m && !m->ordinal) {
            Quantity qt;
            qt.dimension = "percent";
            qt.unit = std::string(1, '%');
            qt.value = m->value;
            qt.number_value = m->value;
            qt.number_span = m->span;
            qt.span = qt.core_span = Span{toks[i].begin, m->span.end};
            *end_tok = m->end;
            return qt;
          }
        }
      }
    }
  }
  // A currency or percent named without a number: "a multibillion-dollar
  // deal", "the % of increase" (number lists only).
  std::optional<Quantity> qt;
  size_t e = 0;
  if (auto cm = lex_.currencies().Match(toks, i, c.text)) {
    const CurrencyRow& row = lex_.currency(cm->id);
    // A code alone must look like one: capitals, or a code that is no word.
    bool code_alone_ok = row.kind != CurrencyRow::kCode || row.lower_ok || CodeOk(c, i, cm->end_token, row);
    bool has_upper = false;
    for (char ch : toks[i].Text(c.text)) has_upper |= (ch >= 'A' && ch <= 'Z');
    if (row.kind == CurrencyRow::kCode && !row.lower_ok && !has_upper) code_alone_ok = false;
    if ((row.kind == CurrencyRow::kName || row.kind == CurrencyRow::kCode) && !row.needs_scale && !row.informal &&
        code_alone_ok) {
      qt.emplace();
      qt->dimension = "money";
      qt->unit = row.code;
      e = cm->end_token;
    }
  } else if (auto um = lex_.units().Match(toks, i, c.text); um && lex_.unit(um->id).dimension == "percent") {
    qt.emplace();
    qt->dimension = "percent";
    qt->unit = std::string(1, '%');
    e = um->end_token;
  }
  if (!qt) return std::nullopt;
  if (size_t k = Next(toks, e); k != kNpos && grammar_.CanStart(toks, k, c.text)) return std::nullopt;
  if (size_t p = Prev(toks, i); p != kNpos && p >= c.owned_until && toks[p].kind == TokenKind::kNumber) return std::nullopt;
  qt->span = qt->core_span = qt->number_span = Span{toks[i].begin, toks[e - 1].end};
  *end_tok = e;
  return qt;
}

std::string QuantityRecognizer::RateNear(const Ctx& c, size_t before_tok, size_t after_tok) const {
  const Toks& toks = c.toks;
  // Forward, within the clause: "60 milliards de dollars par an",
  // "20 milliards de dollars de revenus annuels".
  int words = 0;
  for (size_t k = after_tok; k < toks.size() && words < 8; ++k) {
    const Token& t = toks[k];
    if (t.flags & kTokNewline) break;
    if (t.kind == TokenKind::kNumber || IsSentencePunct(t) || IsPunct(t, ',') || IsPunct(t, '(')) break;
    if (auto r = lex_.rates().Match(toks, k, c.text)) {
      size_t b;
      bool noun = r->end_token == k + 1 && lex_.rate_noun_after().MatchEndingAt(toks, k, c.text, &b).has_value();
      // "$25.5 billion a year earlier": a comparison, not a rate.
      bool when = r->end_token < toks.size() && lex_.rate_time_after().Match(toks, r->end_token, c.text).has_value();
      if (!noun && !when) return lex_.rate(r->id);
    }
    if (t.kind == TokenKind::kWord) {
      ++words;
      if (t.lex >= 0 && (lex_.word(t.lex).bits & kWordAnd)) break;
    }
  }
  // Backward, an adjective on the noun: "un budget annuel de 5 milliards".
  words = 0;
  for (size_t k = before_tok; k-- > 0 && words < 3;) {
    const Token& t = toks[k];
    if (toks[k + 1].flags & kTokNewline) break;
    if (t.kind == TokenKind::kNumber || IsSentencePunct(t) || IsPunct(t, ',')) break;
    if (t.kind == TokenKind::kWord) {
      ++words;
      size_t b;
      if (auto r = lex_.rates().MatchEndingAt(toks, k + 1, c.text, &b)) {
        std::string_view w = toks[b].Text(c.text);
        // Only the one-word adjectives (annuel, quarterly): "par an" before
        // the amount belongs to the previous clause.
        if (b == k && !w.empty()) return lex_.rate(r->id);
      }
    }
  }
  return "";
}

// A verb of change before the opener of "de 8 à 25", in the same clause:
// next to it ("est passé de 8 à 25") or a few words before it, over what
// changed ("relever le prix d'un cycle de 8 kilos de 4,90 à 5,40", "fera
// passer ses frais de tenue de compte de 24 à 30 euros"); punctuation
// (but an apostrophe, a hyphen or a decimal comma) ends the clause.
bool QuantityRecognizer::TransitionBefore(const TokenList& toks, size_t opener_tok, std::string_view text) const {
  // (Far enough for a long noun phrase: "will raise the price of a night in
  // the huts of the Tarn Ridge Track from NZ$78 to NZ$95".)
  constexpr size_t kMaxTokens = 16;
  size_t b;
  // (Only "from", "de": "raise between $15 million and $20 million" is a range.)
  if (!lex_.transition_opener().Match(toks, opener_tok, text)) return false;
  if (lex_.transition_before().MatchEndingAt(toks, opener_tok, text, &b)) return true;
  size_t end = opener_tok;
  for (size_t n = 0; n < kMaxTokens && end > 1; ++n) {
    const Token& t = toks[end - 1];
    if (toks[end].flags & kTokNewline) return false;
    const bool decimal_comma = t.cp == ',' && Glued(toks, end - 2, end - 1) && Glued(toks, end - 1, end);
    // A comma just before the opener only sets the move apart ("raised the
    // charge by 5% in April, from £26.10 to £27.40").
    const bool comma_before_opener = t.cp == ',' && end == opener_tok;
    // Signs of an amount are words here ("by 5% in April").
    const bool sign = t.cp == '%' || t.cp == '$' || t.cp == U'\u00A3' || t.cp == U'\u20AC';
    if (t.kind == TokenKind::kPunct && t.cp != '\'' && t.cp != '-' && !decimal_comma && !comma_before_opener && !sign)
      return false;
    --end;
    if (lex_.transition_before().MatchEndingAt(toks, end, text, &b)) return true;
  }
  return false;
}

std::optional<Quantity> QuantityRecognizer::TryRange(const Ctx& c, size_t opener_begin, const NumberMatch& first,
                                                     const Unit& first_unit, size_t* end_tok, size_t* second_tok) const {
  const Toks& toks = c.toks;
  size_t k = Next(toks, first_unit.end_tok);
  if (k == kNpos) return std::nullopt;
  std::optional<PhraseMatch> closer;
  if (opener_begin != kNpos) {
    // The opener's own closers: "entre ... et", "de ... à", "between ... and".
    size_t b;
    auto om = lex_.range_openers().MatchEndingAt(toks, opener_begin + 1, c.text, &b);
    if (om) closer = lex_.range_closers(om->id).Match(toks, k, c.text);
  }
  if (!closer) {
    closer = lex_.range_bare().Match(toks, k, c.text);
    if (closer && IsPunct(toks[k], '-')) {
      // "10-20", "10 - 20", "10- 20", but not "10 -20" (a sign).
      bool glued_left = Glued(toks, k - 1, k);
      size_t after = closer->end_token;
      bool glued_right = after < toks.size() && Glued(toks, k, after);
      if (!glued_left && glued_right) return std::nullopt;
    }
  }
  if (!closer) return std::nullopt;
  size_t s = Next(toks, closer->end_token);
  if (s == kNpos || !grammar_.CanStart(toks, s, c.text)) {
    // "$10-$20": a currency prefix before the second number.
    if (s == kNpos) return std::nullopt;
  }
  // The second number may carry its own currency prefix.
  size_t num_at = s;
  if (auto cm = lex_.currencies().Match(toks, s, c.text)) {
    if (lex_.currency(cm->id).before) {
      size_t after = Next(toks, cm->end_token);
      if (after != kNpos) num_at = after;
    }
  }
  auto second = grammar_.Parse(toks, num_at, c.text, c.opt.mode);
  if (!second || second->negative || second->ordinal || second->bare_article || second->weak) return std::nullopt;
  if (first.negative || first.ordinal || first.bare_article) return std::nullopt;
  // "fell by two thirds to $2.9 billion": a share of what changed, then the level reached.
  if (first.fraction != second->fraction) return std::nullopt;
  if (YearLike(first, c.text) && YearLike(*second, c.text)) return std::nullopt;
  Unit su = AttachUnit(c, *second);
  if (ExcludedAfterParse(c, *second, su)) return std::nullopt;
  Unit fu = first_unit;
  if (fu.dimension.empty() && su.dimension.empty()) {
    // Two bare numbers joined by "à"/"-": only a range after an explicit opener.
    if (opener_begin == kNpos) return std::nullopt;
  }
  if (!fu.dimension.empty() && !su.dimension.empty() && (fu.dimension != su.dimension || fu.unit != su.unit)) {
    return std::nullopt;
  }
  // "rose 6% to 142 million", "rose 12% to 486,000": a percentage, then a
  // number of something (a bound of a range of percentages stays under
  // 1,000: "de 3 % à 5").
  if (su.dimension.empty() && (fu.dimension == "percent" || fu.dimension == "percentage_point") &&
      (second->has_scale || second->value.ToDouble() >= 1000)) {
    return std::nullopt;
  }
  if (fu.dimension.empty()) fu = su;
  if (su.dimension.empty()) su = fu;
  // Scale shared: "de 3 à 11 milliards" = 3e9 .. 11e9.
  Value lowv = first.value;
  if (!first.has_scale && second->has_scale && first.value.ToDouble() < 1000 &&
      first.value.ToDouble() < second->value.ToDouble() / second->last_scale * 10) {
    lowv = lowv.Mul(Value(*Decimal::Parse(std::to_string(static_cast<long long>(second->last_scale)))));
  }
  Value lo = lowv.Mul(fu.factor), hi = second->value.Mul(su.factor);
  if (lo.ToDouble() > hi.ToDouble()) return std::nullopt;  // "de 15 % à 10 %": a change, not a range
  Quantity q;
  q.dimension = fu.dimension.empty() ? "number" : fu.dimension;
  q.unit = fu.unit;
  q.low = lo;
  q.high = hi;
  q.qualifier = Qualifier::kRange;
  q.minor_unit = fu.minor;
  q.number_value = first.value;
  q.words = first.words || second->words;
  q.unit_inherited = first_unit.dimension.empty();
  size_t end = std::max(su.end_tok, second->end);
  q.span = Span{toks[opener_begin != kNpos ? opener_begin : (first_unit.begin_tok != kNpos ? first_unit.begin_tok : first.first)].begin,
                toks[end - 1].end};
  q.core_span = q.span;
  q.number_span = first.span;
  *end_tok = end;
  if (second_tok) *second_tok = s;
  return q;
}

// "148 000 hectolitres, contre 171 000 l'an dernier": a bare number measured
// like the amount before it takes its unit, and the factor that unit's word
// applied (hectolitres are stored in litres).
void QuantityRecognizer::InheritUnit(const Quantity& from, Quantity* q) {
  q->dimension = from.dimension;
  q->unit = from.unit;
  q->unit_inherited = true;
  if (from.dimension == "money" || !from.value || from.number_value.ToDouble() == 0) return;
  const Value factor = from.value->Div(from.number_value);
  if (factor.ToDouble() == 1) return;
  for (std::optional<Value>* v : {&q->value, &q->low, &q->high}) {
    if (*v) **v = (*v)->Mul(factor);
  }
}

// The counted noun at toks[k], after a partitive ("of its", "de ses"): a
// noun of several words that is its own unit, a listed counted noun or a
// plural, past up to two modifiers where the head comes last ("of its
// high-street betting shops"); "" if none.
std::string QuantityRecognizer::PartitiveNoun(std::string_view text, const Toks& toks, size_t k) const {
  auto plain = [&](size_t j) { return PlainWord(lex_, toks, j); };
  for (int w = 0; w < 3 && plain(k); ++w) {
    if (auto cm = compound_counts_.Match(toks, k, text)) return compound_lemmas_[static_cast<size_t>(cm->id)];
    std::string_view word = toks[k].Text(text);
    const bool counted = std::binary_search(counted_nouns_.begin(), counted_nouns_.end(), toks[k].hash);
    const bool plural = PluralSX(word);
    const bool last = !plain(k + 1);
    if ((counted || plural) && (last || !lex_.noun_head_last())) return lex_.Lemma(word);
    if (!lex_.noun_head_last()) break;
    // Dash compounds are modifiers here: skip "high-street".
    ++k;
    while (k + 1 < toks.size() && IsPunct(toks[k], '-') && Glued(toks, k - 1, k) && plain(k + 1)) k += 2;
  }
  return "";
}

// A bare number whose counted noun was left out: "sept de ses vingt-deux
// magasins", "143 magasins ... en ouvrir douze de plus", "96,400 vehicles
// ... bringing its total to 331,000", "its workforce to about 3,100".
void QuantityRecognizer::CountElidedNouns(std::string_view text, const Toks& toks, std::vector<Quantity>* out) const {
  for (size_t i = 0; i < out->size(); ++i) {
    Quantity& q = (*out)[i];
    if (q.dimension != "number" || !q.unit.empty() || !q.per.empty()) continue;
    const std::optional<Value>& v = q.value ? q.value : q.low ? q.low : q.high;
    if (!v || !v->is_exact() || !v->exact().is_integer() || v->ToDouble() < 2) continue;
    const double x = v->ToDouble();
    if (x >= 1900 && x <= 2100 && !q.low) continue;  // a year, most likely
    const size_t b = toks.IndexAt(q.span.begin), e = toks.IndexAt(q.span.end);
    // Counts `unit`, a noun named elsewhere.
    auto count_as = [&](std::string unit) {
      q.dimension = "count";
      q.unit = std::move(unit);
      q.unit_inherited = true;
    };
    auto take = [&](const Quantity& from) { count_as(from.unit); };
    // "sept de ses vingt-deux magasins": the count right after.
    if (auto m = lex_.count_partitive_after().Match(toks, e, text);
        m && i + 1 < out->size() && (*out)[i + 1].dimension == "count" && !(*out)[i + 1].unit.empty() &&
        toks.IndexAt((*out)[i + 1].span.begin) == m->end_token) {
      take((*out)[i + 1]);
      continue;
    }
    // "140 of its pharmacies", "45 de ses agences": the noun right after.
    if (auto m = lex_.count_partitive_noun().Match(toks, e, text)) {
      if (std::string unit = PartitiveNoun(text, toks, m->end_token); !unit.empty()) {
        q.dimension = "count";
        q.unit = std::move(unit);
        continue;
      }
    }
    // "les effectifs de 95", "its workforce to about 3,100".
    if (!lex_.workforce_unit().empty()) {
      bool staff = false;
      for (size_t k = b; k-- > 0 && k + 5 > b && !staff;) {
        if (toks[k].kind == TokenKind::kPunct) break;
        size_t wb = 0;
        staff = lex_.workforce_nouns().MatchEndingAt(toks, k + 1, text, &wb).has_value();
      }
      // ("1 020. L'effectif salarié à fin décembre": a figure standing alone,
      // then the noun that names it.)
      if (!staff && e + 2 < toks.size() && IsPunct(toks[e], '.')) {
        for (size_t k = e + 1; k < std::min(e + 4, toks.size()) && !staff; ++k) {
          staff = lex_.workforce_nouns().Match(toks, k, text).has_value();
        }
      }
      if (staff) {
        q.dimension = "count";
        q.unit = lex_.workforce_unit();
        continue;
      }
    }
    // "une entreprise de 23 salariés ; elle en compte aujourd'hui 41",
    // "Combien de laveries compte le réseau ? Nous en avons 312": a pronoun
    // for a counted noun, then a verb or two, before the number: the count
    // named last before it, or the noun a question asked about.
    if (size_t k = b; !lex_.count_clitic().empty()) {
      bool clitic = false;
      bool after_and = false;  // "et" right before the number
      for (int words = 0; words < 4 && k > 0 && !clitic; ++words) {
        --k;
        // ("elle en compte aujourd'hui 41": an elision inside a word.)
        if (toks[k].kind == TokenKind::kPunct && (toks[k].cp == '\'' || toks[k].cp == U'\u2019') && k > 0 &&
            Glued(toks, k - 1, k) && Glued(toks, k, k + 1)) {
          --k;
        }
        if (toks[k].kind != TokenKind::kWord || (toks[k].flags & kTokNewline && k + 1 != b)) break;
        // (Not "en" a preposition: "en France a atteint 578 400", "en
        // moyenne et près de six".)
        if (toks[k].lex >= 0 && (lex_.word(toks[k].lex).bits & kWordAnd)) {
          after_and = words == 0;
          break;
        }
        if (toks[k].flags & kTokCapitalized) break;
        clitic = words > 0 && lex_.count_clitic().Match(toks, k, text).has_value();
      }
      // ("2.400 techniciens en Bretagne, 1.350 en Normandie et 820 en
      // Vendée": an item of a list, after a comma or "et", counts what the
      // item before it counts, a few words of its own between them.)
      if (i > 0 && b > 0 && (after_and || IsPunct(toks[b - 1], ','))) {
        const Quantity& p = (*out)[i - 1];
        const size_t pe = toks.IndexAt(p.span.end);
        bool words_only = p.sentence == q.sentence && p.dimension == "count" && !p.unit.empty() && pe < b && pe + 6 >= b;
        for (size_t j = pe; words_only && j + 1 < b; ++j) {
          words_only = toks[j].kind == TokenKind::kWord ||
                       (toks[j].kind == TokenKind::kPunct && (toks[j].cp == '\'' || toks[j].cp == U'\u2019' || toks[j].cp == '-'));
        }
        if (words_only) {
          take(p);
          continue;
        }
      }
      // (Nor "en financent respectivement 900 000 et 450 000 euros": an
      // amount whose unit comes after.)
      if (clitic && i + 1 < out->size() && (*out)[i + 1].sentence == q.sentence &&
          toks.IndexAt((*out)[i + 1].span.begin) == e + 1 && toks[e].lex >= 0 && (lex_.word(toks[e].lex).bits & kWordAnd) &&
          (*out)[i + 1].dimension != "number" &&
          (*out)[i + 1].dimension != "count") {
        clitic = false;
      }
      if (clitic) {
        bool found = false;
        // The count named last, in this sentence or up to `back` before.
        auto last_count = [&](uint32_t back) {
          for (size_t j = i; j-- > 0 && !found;) {
            const Quantity& p = (*out)[j];
            if (p.sentence + back < q.sentence) break;
            if (p.dimension == "count" && !p.unit.empty()) {
              take(p);
              found = true;
            }
          }
        };
        // A plural noun, no currency or unit: "les chevreaux", "ses
        // propres établissements".
        auto plural_noun = [&](size_t j) {
          if (!PlainWord(lex_, toks, j)) return false;
          const std::string_view w = toks[j].Text(text);
          if (!PluralS(w) && !(w.size() >= 5 && (w.ends_with("aux") || w.ends_with("eux")))) return false;
          return !lex_.currencies().Match(toks, j, text) && !lex_.units().Match(toks, j, text);
        };
        auto name_unit = [&](size_t j) {
          count_as(lex_.Lemma(toks[j].Text(text)));
          found = true;
        };
        last_count(0);
        // ("premier réseau de distributeurs du pays, en a fermé 540": the
        // plural noun last before the pronoun in its sentence.)
        // (Past a colon: "ce sont les chevreaux : nous en avons vendu 600".)
        for (size_t j = k; j-- > 1 && !found && (!IsSentencePunct(toks[j]) || IsPunct(toks[j], ':'));) {
          if (!plural_noun(j) || (toks[j].flags & kTokNewline)) continue;
          // (After a plural determiner or "de": not "du pays".)
          size_t db = 0;
          if (lex_.count_subject_det().MatchEndingAt(toks, j, text, &db) || lex_.of_words().MatchEndingAt(toks, j, text, &db)) {
            name_unit(j);
          }
        }
        last_count(1);
        // ("... installe des automates dans des mairies. Elle en exploite
        // 610": the first plural noun the sentence before names after a
        // determiner, past the adjectives before it.)
        if (!found) {
          size_t sb = k;
          while (sb > 0 && !IsSentencePunct(toks[sb - 1])) --sb;
          size_t pb = sb >= 1 ? sb - 1 : 0;
          while (pb > 0 && !IsSentencePunct(toks[pb - 1]) && !(toks[pb].flags & kTokParagraph)) --pb;
          for (size_t j = pb; j + 1 < sb && !found; ++j) {
            auto det = lex_.count_clitic_det().Match(toks, j, text);
            if (!det) continue;
            size_t noun = det->end_token;
            while (noun < sb && toks[noun].lex >= 0 && (lex_.word(toks[noun].lex).bits & kWordPrenominal)) ++noun;
            if (noun < sb && plural_noun(noun)) name_unit(noun);
          }
        }
        last_count(2);
        for (size_t j = k; j-- > 0 && !found && j + 80 > k;) {
          if (auto m = lex_.count_question().Match(toks, j, text)) {
            if (std::string unit = PartitiveNoun(text, toks, PastElision(toks, m->end_token)); !unit.empty()) {
              count_as(std::move(unit));
            }
            found = true;
          }
        }
        if (found) continue;
      }
    }
    // "How many students did you teach between June and August? About
    // 2,300": a bare number that opens the answer to a question about a
    // number counts the noun the question asked about.
    if (!lex_.count_question().empty() && b > 0 && (toks[b].flags & (kTokParagraph | kTokNewline)) &&
        IsPunct(toks[b - 1], '?')) {
      bool taken = false;
      for (size_t j = b - 1; j-- > 0 && j + 40 > b && !IsSentencePunct(toks[j]) && !taken;) {
        auto m = lex_.count_question().Match(toks, j, text);
        if (!m) continue;
        if (std::string unit = PartitiveNoun(text, toks, m->end_token); !unit.empty()) {
          count_as(std::move(unit));
          taken = true;
        }
        break;
      }
      if (taken) continue;
    }
    // "Le nombre d'entreprises créées en France a atteint 578 400", "the
    // number of passengers rose to 4.1 million": the noun after "the number
    // of", earlier in the sentence, with no amount between.
    if (!lex_.count_number_of().empty()) {
      // What "the number of" at token j counts, if anything.
      auto number_of = [&](size_t j) -> std::string {
        auto m = lex_.count_number_of().Match(toks, j, text);
        if (!m) return "";
        size_t noun = PastElision(toks, m->end_token);
        // ("le nombre de ses variétés", "the number of its stores".)
        if (auto det = lex_.count_subject_det().Match(toks, noun, text)) noun = det->end_token;
        std::string unit = PartitiveNoun(text, toks, noun);
        // ("the number of passengers rose": a plural noun right before the
        // verb, where the head of a noun phrase would come last.)
        if (unit.empty() && PlainWord(lex_, toks, noun)) {
          const std::string_view word = toks[noun].Text(text);
          if (std::binary_search(counted_nouns_.begin(), counted_nouns_.end(), toks[noun].hash) || PluralS(word)) {
            unit = lex_.Lemma(word);
          }
        }
        return unit;
      };
      // (Back to the amount before in the sentence, if any.)
      const size_t from = i > 0 && (*out)[i - 1].sentence == q.sentence ? toks.IndexAt((*out)[i - 1].span.end) : 0;
      std::string unit;
      for (size_t j = b; j-- > from && j + 16 > b;) {
        if (IsSentencePunct(toks[j])) break;
        if (lex_.count_number_of().Match(toks, j, text)) {
          unit = number_of(j);
          break;
        }
      }
      // ("11 400 : le nombre de tracteurs livrés": a key figure, then what
      // it counts.)
      if (unit.empty() && e + 1 < toks.size() && IsPunct(toks[e], ':')) unit = number_of(e + 1);
      if (!unit.empty()) {
        count_as(std::move(unit));
        continue;
      }
    }
    // "les passagers de la ligne ont atteint 70 000", "its stores reached
    // 212": a bare number right after a verb of level (up to two words
    // between: "ont atteint environ") counts the listed plural noun its
    // clause opens with, up to six words before the verb (where the head
    // comes last, the word right before the verb).
    if (!lex_.count_subject_verb().empty() && b > 0) {
      size_t vb = kNpos;
      for (size_t end = b, words = 0; words <= 2 && end > 0 && vb == kNpos; ++words, --end) {
        if (size_t mb = 0; lex_.count_subject_verb().MatchEndingAt(toks, end, text, &mb)) vb = mb;
        if (toks[end - 1].kind != TokenKind::kWord) break;
      }
      std::string unit;
      // (Capitalized as a sentence's first word: "Visits fell to 1.12 million".)
      auto counted = [&](size_t k) {
        const bool opens = k < toks.size() && toks[k].kind == TokenKind::kWord && !(toks[k].flags & kTokAllCaps) &&
                           (k == 0 || (toks[k].flags & kTokNewline) || IsSentencePunct(toks[k - 1])) &&
                           !(toks[k].lex >= 0 && (lex_.word(toks[k].lex).bits & (kWordStop | kWordNumber)));
        return (PlainWord(lex_, toks, k) || opens) &&
               std::binary_search(counted_nouns_.begin(), counted_nouns_.end(), toks[k].hash) && PluralS(toks[k].Text(text));
      };
      if (vb != kNpos && vb > 0 && lex_.noun_head_last()) {
        if (counted(vb - 1)) unit = lex_.Lemma(toks[vb - 1].Text(text));
      } else if (vb != kNpos) {
        for (size_t k = vb; k-- > 0 && k + 7 > vb;) {
          if (toks[k].kind == TokenKind::kPunct && toks[k].cp != '\'' && toks[k].cp != U'\u2019') break;
          if (k + 1 < vb && lex_.count_subject_det().Match(toks, k, text) && counted(k + 1)) {
            unit = lex_.Lemma(toks[k + 1].Text(text));
            break;
          }
        }
      }
      if (!unit.empty()) {
        count_as(std::move(unit));
        continue;
      }
    }
    // "passer à 200", "douze de plus": the count before in the sentence, past
    // percentages only.
    size_t lb = 0;
    const bool level = b > 0 && lex_.count_level_before().MatchEndingAt(toks, b, text, &lb).has_value();
    const bool more = lex_.count_more_after().Match(toks, e, text).has_value();
    if (!level && !more) continue;
    for (size_t j = i; j-- > 0;) {
      const Quantity& p = (*out)[j];
      if (p.sentence != q.sentence) break;
      if (p.dimension == "percent" || p.dimension == "percentage_point") continue;
      if (p.dimension == "count" && !p.unit.empty()) take(p);
      break;
    }
  }
}

// "respectivement 148 et 97 millions d'euros", "6,200 and 9,800 season
// tickets respectively": a bare number joined by "et" to the amount after
// it, in a list the text calls respective, is measured like that amount,
// scale included.
void QuantityRecognizer::RespectiveAmounts(std::string_view text, const TokenList& toks, std::vector<Quantity>* out) const {
  for (size_t i = 0; i + 1 < out->size(); ++i) {
    Quantity& a = (*out)[i];
    const Quantity& b = (*out)[i + 1];
    if (a.dimension != "number" || b.dimension == "number" || a.sentence != b.sentence || !a.value || !b.value ||
        b.qualifier == Qualifier::kRange) {
      continue;
    }
    const size_t a_begin = toks.IndexAt(a.span.begin), a_end = toks.IndexAt(a.span.end), b_begin = toks.IndexAt(b.span.begin),
                 b_end = toks.IndexAt(b.span.end);
    if (b_begin != a_end + 1 || a_end >= toks.size() || toks[a_end].lex < 0 ||
        !(lex_.word(toks[a_end].lex).bits & kWordAnd)) {
      continue;
    }
    size_t rb = 0;
    const bool respective = lex_.respectively_words().MatchEndingAt(toks, a_begin, text, &rb).has_value() ||
                            (b_end < toks.size() && lex_.respectively_words().Match(toks, b_end, text).has_value());
    if (!respective) continue;
    if (b.dimension != "money") {
      InheritUnit(b, &a);
      continue;
    }
    // The scale the second amount's numeral carries ("97 millions"): its
    // value over its leading digits, when that is a power of a thousand.
    double scale = 1;
    const size_t nb = toks.IndexAt(b.number_span.begin);
    if (nb < toks.size() && toks[nb].kind == TokenKind::kNumber) {
      std::string digits(toks[nb].Text(text));
      // (Groups of thousands are no scale: "450 000", "450.000", "450,000".)
      const size_t ne = toks.IndexAt(b.number_span.end);
      size_t g = nb;
      while (true) {
        if (g + 1 < ne && toks[g + 1].kind == TokenKind::kNumber && toks[g + 1].length == 3 && !Glued(toks, g, g + 1)) {
          g += 1;
        } else if (g + 2 < ne && (IsPunct(toks[g + 1], ',') || IsPunct(toks[g + 1], '.')) && Glued(toks, g, g + 1) &&
                   Glued(toks, g + 1, g + 2) && toks[g + 2].kind == TokenKind::kNumber && toks[g + 2].length == 3) {
          g += 2;
        } else {
          break;
        }
        digits += toks[g].Text(text);
      }
      if (g + 2 < toks.size() && (IsPunct(toks[g + 1], ',') || IsPunct(toks[g + 1], '.')) && Glued(toks, g, g + 1) &&
          Glued(toks, g + 1, g + 2) && toks[g + 2].kind == TokenKind::kNumber && toks[g + 2].length <= 2) {
        digits += "." + std::string(toks[g + 2].Text(text));
      }
      const double lead = std::atof(digits.c_str());
      const double ratio = lead > 0 ? b.value->ToDouble() / lead : 0;
      for (double s : {1e3, 1e6, 1e9, 1e12}) {
        if (std::abs(ratio / s - 1) < 1e-9) scale = s;
      }
    }
    a.dimension = b.dimension;
    a.unit = b.unit;
    a.unit_inherited = true;
    if (scale > 1) {
      const Value factor(*Decimal::Parse(std::to_string(static_cast<long long>(scale))));
      for (std::optional<Value>* v : {&a.value, &a.low, &a.high}) {
        if (*v) **v = (*v)->Mul(factor);
      }
    }
  }
}

void QuantityRecognizer::Recognize(std::string_view text, const Toks& toks, SentenceIndex& sentences,
                                   const QuantityOptions& options, std::vector<Quantity>* out) const {
  out->clear();
  bool lower_doc = true;
  for (char ch : text) {
    if (ch >= 'A' && ch <= 'Z') {
      lower_doc = false;
      break;
    }
  }
  Ctx c{text, toks, sentences, options, out, lower_doc};
  const size_t n = toks.size();
  std::vector<size_t> restating;  // parts after "soit": a restatement unless another part follows
  size_t i = 0;
  while (i < n) {
    const Token& t = toks[i];
    if (!c.prose() && (t.kind == TokenKind::kWord || IsPunct(t, '%')) && !grammar_.CanStart(toks, i, text)) {
      size_t e;
      if (auto qt = UnitMention(c, i, &e)) {
        qt->sentence = sentences.IndexOf(qt->span.begin);
        out->push_back(std::move(*qt));
        i = c.owned_until = e;
        continue;
      }
    }
    if (!(t.flags & kTokCandidate) || !grammar_.CanStart(toks, i, text)) {
      ++i;
      continue;
    }
    size_t skip_to;
    if (c.prose() && Excluded(c, i, &skip_to)) {
      i = skip_to;
      continue;
    }
    auto m = grammar_.Parse(toks, i, text, options.mode);
    if (!m) {
      ++i;
      continue;
    }
    // Fast path for the commonest number words in prose, the articles "un",
    // "une", "a": only a currency name right after makes them an amount.
    if (c.prose() && m->bare_article) {
      size_t k = Next(toks, m->end);
      if (k == kNpos || toks[k].kind != TokenKind::kWord || !lex_.currencies().Match(toks, k, text)) {
        i = std::max(m->end, i + 1);
        continue;
      }
      // ("US$2.10 a pound": the weight a price is for, right after it.)
      if (!out->empty() && out->back().dimension == "money" && m->first > 0 &&
          toks[m->first - 1].end == out->back().span.end) {
        i = std::max(m->end, i + 1);
        continue;
      }
    }
    // "9,80 euros la douzaine", "$2.73 a dozen": the quantity a price is
    // for, not a number of its own.
    if (c.prose() && !out->empty() && out->back().dimension == "money" && m->end > m->first &&
        toks[m->end - 1].lex >= 0 && lex_.word(toks[m->end - 1].lex).num_class == NumClass::kCollective &&
        m->end - m->first <= 2) {
      size_t p = Prev(toks, m->end - 1);
      if (p != kNpos && p >= m->first) p = Prev(toks, p);  // "a dozen": the article is in the match
      else if (p != kNpos && toks[p].kind == TokenKind::kWord && toks[p].lex >= 0 &&
               (lex_.word(toks[p].lex).bits & kWordStop)) {
        p = Prev(toks, p);  // "la douzaine"
      }
      if (p != kNpos && toks[p].end == out->back().span.end) {
        i = std::max(m->end, i + 1);
        continue;
      }
    }
    Unit u = AttachUnit(c, *m);
    if (ExcludedAfterParse(c, *m, u)) {
      // Skip the whole number, and a year's or product's unit-less tail.
      i = std::max(m->end, i + 1);
      continue;
    }
    Quantity q;
    size_t end_tok = std::max(u.end_tok, m->end);
    size_t start_tok = u.begin_tok != kNpos ? u.begin_tok : m->first;
    // A range: "entre 30 000 et 40 000 dollars", "de 3 à 11 milliards", "10-20 $".
    size_t opener_tok = kNpos;
    if (size_t p = Prev(toks, start_tok); p != kNpos) {
      size_t b;
      if (lex_.range_openers().MatchEndingAt(toks, p + 1, text, &b)) opener_tok = p;
    }
    size_t range_end = 0;
    std::optional<Quantity> range;
    size_t second_tok = kNpos;  // where a range's second bound starts
    if (!m->ordinal && options.ranges) {
      range = TryRange(c, opener_tok, *m, u, &range_end, &second_tok);
      if (!range && opener_tok != kNpos) range = TryRange(c, kNpos, *m, u, &range_end, &second_tok);
    }
    // "est passé de 8 à 25 millions d'euros": from one level to another,
    // two amounts (the scale and unit of the second serve the first).
    if (range && opener_tok != kNpos && range->span.begin == toks[opener_tok].begin) {
      if (TransitionBefore(toks, opener_tok, text)) {
        if (second_tok != kNpos && second_tok > opener_tok + 1) {
          Quantity from;
          from.dimension = range->dimension;
          from.unit = range->unit;
          from.minor_unit = range->minor_unit;
          from.value = range->low;
          from.number_value = range->number_value;
          from.number_span = range->number_span;
          from.words = range->words;
          from.unit_inherited = true;
          size_t closer = Prev(toks, second_tok);
          from.span = Span{toks[start_tok].begin, toks[closer != kNpos && closer > m->first ? closer - 1 : m->first].end};
          from.core_span = from.span;
          from.sentence = sentences.IndexOf(from.span.begin);
          Quantity to = *range;
          to.qualifier = Qualifier::kExact;
          to.value = range->high;
          to.low.reset();
          to.high.reset();
          to.unit_inherited = false;
          to.span = Span{toks[second_tok].begin, to.span.end};
          to.core_span = to.span;
          out->push_back(std::move(from));
          range = to;
          start_tok = second_tok;
          opener_tok = kNpos;
        }
      }
    }
    if (range) {
      q = *range;
      if (opener_tok != kNpos && q.span.begin == toks[opener_tok].begin) start_tok = opener_tok;
      end_tok = range_end;
      if (opener_tok == kNpos || q.span.begin != toks[opener_tok].begin) {
        size_t b;
        if (size_t p = Prev(toks, start_tok); p != kNpos) {
          if (auto qm = lex_.qualifiers().MatchEndingAt(toks, p + 1, text, &b)) {
            q.span.begin = toks[b].begin;  // "around 10-20 dollars": absorbed, still a range
          }
        }
      }
    } else {
      q.number_span = m->span;
      q.number_value = m->value;
      q.words = m->words;
      q.value = m->value.Mul(u.factor);
      q.unit = u.unit;
      q.minor_unit = u.minor;
      q.dimension = u.dimension;
      if (q.dimension.empty()) q.dimension = m->ordinal ? "ordinal" : "number";
      // Cents after the amount: "15 dollars et 15 cents", "$20 43".
      if (u.money && !u.minor && q.value->is_exact() && q.value->exact().is_integer()) {
        Value cents;
        if (size_t e = CentsAfter(c, end_tok, &cents); e != kNpos) {
          q.value = q.value->Add(cents.Mul(Value(*Decimal::Parse("0.01"))));
          end_tok = e;
        }
      }
      q.span = Span{toks[start_tok].begin, toks[end_tok - 1].end};
      q.core_span = q.span;
      ApplyQualifiers(c, start_tok, &end_tok, &q);
      if (m->approx && q.qualifier == Qualifier::kExact) q.qualifier = Qualifier::kApprox;
    }
    q.sentence = sentences.IndexOf(q.span.begin);
    if (c.prose()) {
      q.per = RateNear(c, start_tok, end_tok);
      // Elided currency: "8,5 milliards de dollars, dont 4 milliards pour
      // l'inférence" -- a bare amount with a scale word, in the same sentence
      // as a money amount, is money in that currency.
      bool bare = q.dimension == "number" && (m->has_scale || (range && q.high && q.high->ToDouble() >= 1e6));
      // "près de 60 milliards de chiffre d'affaires" names money: its
      // currency is the article's last one, however far back.
      const bool names_money = bare && u.amount_noun;
      bool after_breakdown = false, maybe_restates = false;
      size_t total = kNpos;
      // (Past a change told in passing: "186 millions d'euros, en hausse de
      // 2,4 %, dont 41 millions aux États-Unis".)
      auto rate = [](const Quantity& x) { return x.dimension == "percent" || x.dimension == "percentage_point"; };
      for (size_t back = out->size(); back-- > 0;) {
        const Quantity& prev = (*out)[back];
        if (prev.sentence != q.sentence) break;
        if (prev.depends_on < 0 && total == kNpos && !(rate(prev) && !rate(q))) total = back;
      }
      // Is there a breakdown word ("dont") between the total and this amount?
      if (total != kNpos) {
        for (size_t k = start_tok; k-- > 0 && toks[k].begin >= (*out)[total].span.end;) {
          if (toks[k].kind != TokenKind::kWord) continue;
          if (auto m = lex_.breakdown_words().Match(toks, k, text)) {
            after_breakdown = true;
            maybe_restates = m->id == Lexicon::kBreakdownOrRestatement;
            break;
          }
        }
      }
      // "clients : 1,9 million", "agences : 312" (a list of key figures): a
      // counted noun and a colon right before a bare amount name what it
      // counts.
      if (q.dimension == "number" && !YearLike(*m, text)) {
        size_t at = start_tok;  // the first token of the amount, its qualifier included
        while (at > 0 && toks[at - 1].begin >= q.span.begin) --at;
        if (at >= 2 && IsPunct(toks[at - 1], ':') && toks[at - 2].kind == TokenKind::kWord &&
            std::binary_search(counted_nouns_.begin(), counted_nouns_.end(), toks[at - 2].hash)) {
          q.dimension = "count";
          q.unit = lex_.Lemma(toks[at - 2].Text(text));
          bare = false;
        }
      }
      if (bare) {
        // The same sentence first, then the one before ("... 5 milliards de
        // dollars. Entre les coûts de 7 milliards ...").
        // "7,5 millions de tonnes, contre 10,1 millions en 2023": right
        // after a count or a physical quantity of the same sentence, a bare
        // amount counts the same thing.
        // (Of a like size: "une ligne de plaquettes de 300 millimètres,
        // dont 900 millions apportés par l'État" measures no length.)
        auto like_size = [&](const Quantity& prev) {
          const std::optional<Value>& a = q.value ? q.value : q.high;
          const std::optional<Value>& b = prev.value ? prev.value : prev.high;
          if (!a || !b) return true;
          const double x = std::abs(a->ToDouble()), y = std::abs(b->ToDouble());
          return x <= 1000 * y && y <= 1000 * x;
        };
        if (!out->empty() && !names_money) {
          const Quantity& prev = out->back();
          if (prev.sentence == q.sentence && like_size(prev) && prev.dimension != "money" && prev.dimension != "number" &&
              prev.dimension != "percent" && prev.dimension != "percentage_point" && prev.dimension != "duration" &&
              prev.depends_on < 0) {
            InheritUnit(prev, &q);
            bare = false;
          }
        }
        // (Not past a counted noun: "Revenue climbed to €11.2 billion, while
        // passenger numbers rose 6% to 142 million".)
        // (Named with its numbers, not any counted noun: "pour les modèles et
        // 1,5 milliard pour les salaires" is money.)
        // (Nor past "the number of": "188 millions d'euros, alors que le
        // nombre d'examens progressait, à 14,2 millions".)
        auto counted_between = [&](const Quantity& prev) {
          for (size_t k = start_tok; k-- > 0 && toks[k].begin >= prev.span.end;) {
            if (lex_.count_number_of().Match(toks, k, text)) return true;
            if (toks[k].kind == TokenKind::kWord &&
                std::binary_search(counted_nouns_.begin(), counted_nouns_.end(), toks[k].hash) &&
                k + 1 < start_tok && lex_.count_label().Match(toks, k + 1, text)) {
              return true;
            }
          }
          return false;
        };
        // (Nor, from the sentence before, after a plural counted noun and a
        // verb of level in its own sentence: "Revenue rose to £41m. Visits
        // rose to 1.92 million".)
        auto counted_opening = [&] {
          for (size_t k = start_tok, w = 0; k-- > 0 && w < 6; ++w) {
            const Token& x = toks[k];
            if (x.kind == TokenKind::kPunct && (x.cp == '.' || x.cp == '!' || x.cp == '?' || x.cp == ':')) break;
            if (auto v = lex_.count_subject_verb().Match(toks, k + 1, text);
                v && v->end_token <= start_tok && v->end_token + 2 >= start_tok && x.kind == TokenKind::kWord &&
                PluralS(x.Text(text)) && std::binary_search(counted_nouns_.begin(), counted_nouns_.end(), x.hash)) {
              return true;
            }
            if (x.flags & kTokNewline) break;
          }
          return false;
        };
        for (size_t back = out->size(); bare && back-- > 0;) {
          const Quantity& prev = (*out)[back];
          if (prev.sentence + 1 < q.sentence && !names_money) break;
          if (prev.dimension == "money" && !names_money && !after_breakdown && prev.sentence == q.sentence &&
              counted_between(prev)) {
            break;
          }
          if (prev.dimension == "money" && !names_money && !after_breakdown && prev.sentence != q.sentence &&
              counted_opening()) {
            break;
          }
          if (prev.dimension == "money") {
            q.dimension = "money";
            q.unit = prev.unit;
            q.unit_inherited = true;
            break;
          }
        }
      }
      // "7 350 transactions, contre près de 9 100 un an plus tôt": a bare
      // number after a comparison word, right after an amount, is measured
      // like it (not a year: "contre 2019").
      if (q.dimension == "number" && !out->empty() && !YearLike(*m, text)) {
        const Quantity& prev = out->back();
        size_t cb = 0;
        size_t at = start_tok;  // the first token of the amount, its qualifier included
        while (at > 0 && toks[at - 1].begin >= q.span.begin) --at;
        auto words_between = [&](size_t k) {  // tokens from the end of `prev` to token k
          size_t w = 0;
          while (k > 0 && toks[k - 1].begin >= prev.span.end && w <= 16) --k, ++w;
          return w;
        };
        if (prev.sentence == q.sentence && prev.dimension != "percent" && prev.dimension != "percentage_point" &&
            prev.dimension != "number" && prev.dimension != "duration" &&
            lex_.comparison_words().MatchEndingAt(toks, at, text, &cb).has_value() && toks[cb].begin >= prev.span.end &&
            words_between(cb) <= 12) {
          InheritUnit(prev, &q);
        }
      }
      // ("2,8 milliards d'euros dans une ligne de plaquettes de 300
      // millimètres, dont 900 millions": the total is the last amount
      // measured like the part.)
      if (total != kNpos && after_breakdown && (*out)[total].dimension != q.dimension) {
        for (size_t back = total; back-- > 0;) {
          const Quantity& prev = (*out)[back];
          if (prev.sentence != q.sentence) break;
          if (prev.depends_on < 0 && prev.dimension == q.dimension) {
            total = back;
            break;
          }
        }
      }
      if (total != kNpos) {
        // A part continues the breakdown that an earlier part started.
        bool continues = false;
        for (size_t back = out->size(); back-- > total + 1;) {
          if ((*out)[back].depends_on == static_cast<int>(total)) {
            continues = true;
            break;
          }
        }
        const Quantity& tq = (*out)[total];
        // "1 200 postes, dont 850 en France": the part counts what the total counts.
        if (after_breakdown && q.dimension == "number" && tq.dimension == "count") {
          q.dimension = tq.dimension;
          q.unit = tq.unit;
          q.unit_inherited = true;
        }
        // "une amende de 150 000 euros, dont 50 000 avec sursis": so does a
        // part of a sum with no scale word, when smaller than the sum.
        // (Written in digits: not "un cinquième", "Trois".)
        if (after_breakdown && q.dimension == "number" && tq.dimension == "money" && !YearLike(*m, text) && q.value &&
            tq.value && !q.words && !m->fraction && q.value->ToDouble() >= 1 &&
            q.value->ToDouble() * 1000 >= tq.value->ToDouble() && q.value->ToDouble() < tq.value->ToDouble()) {
          q.dimension = "money";
          q.unit = tq.unit;
          q.unit_inherited = true;
        }
        // ("1 840 véhicules, dont 1 120 électriques": a word after the part
        // that is no counted noun qualifies the total's; not one with a
        // noun's ending: "132 salariés, dont 87 traducteurs".)
        // (Where the head comes last, a plural after the part is its own
        // noun: "184,000 visitors, including 12,600 schoolchildren".)
        const std::string_view part_word =
            q.dimension == "count" && q.span.end > q.span.begin ? toks[toks.IndexAt(q.span.end) - 1].Text(text) : "";
        const bool own_plural = lex_.noun_head_last() && !part_word.empty() && (PluralS(part_word) || part_word != q.unit);
        if (after_breakdown && q.dimension == "count" && tq.dimension == "count" && !q.unit.empty() &&
            q.unit != tq.unit && !std::binary_search(counted_nouns_.begin(), counted_nouns_.end(), FoldedWordHash(q.unit)) &&
            !lex_.NounEnding(q.unit) && !own_plural) {
          q.unit = tq.unit;
          q.unit_inherited = true;
        }
        // ("un chiffre d'affaires de 14,2 millions d'euros, dont 6,1
        // millions de sponsoring": a part of a sum of money, told with a
        // scale word and a noun that counts nothing, is money of the total's
        // currency; the noun says where it comes from.)
        if (after_breakdown && q.dimension == "count" && tq.dimension == "money" && m->has_scale && q.value &&
            tq.value && q.value->ToDouble() < tq.value->ToDouble() &&
            !std::binary_search(counted_nouns_.begin(), counted_nouns_.end(), FoldedWordHash(q.unit))) {
          q.dimension = "money";
          q.unit = tq.unit;
          q.unit_inherited = true;
        }
        if ((after_breakdown || continues) && tq.dimension == q.dimension && tq.unit == q.unit) {
          q.depends_on = static_cast<int>(total);
          if (after_breakdown && maybe_restates) restating.push_back(out->size());
        }
      }
    }
    out->push_back(std::move(q));
    i = std::max(end_tok, i + 1);
    c.owned_until = i;
  }
  // "1.34 billion Swiss francs ... 1,180 francs a night": a currency's
  // bare family name ("francs", "dollars") means the kind of it the
  // article named last ("Swiss francs", "dollars canadiens").
  if (!lex_.currency_families().empty()) {
    // The word tokens of an amount's text, found by offset (tokens are in
    // text order).
    auto words_in = [&](const Quantity& q, auto&& visit) {
      const Token* k = std::lower_bound(toks.begin(), toks.end(), q.span.begin,
                                        [](const Token& t, uint32_t off) { return t.begin < off; });
      for (; k != toks.end() && k->end <= q.span.end; ++k) {
        if (k->kind == TokenKind::kWord) visit(k->hash);
      }
    };
    const std::vector<uint64_t>& families = lex_.currency_families();
    int last_money = -1;  // the nearest earlier money amount
    std::vector<char> by_family(out->size(), 0);
    std::vector<std::string> unit_before(out->size());  // of those by family: the unit the amount was read with
    for (size_t i = 0; i < out->size(); ++i) {
      Quantity& q = (*out)[i];
      if (q.dimension != "money") continue;
      const int before = last_money;
      last_money = static_cast<int>(i);
      uint64_t family = 0;  // the last family name in the amount
      bool named = false;
      words_in(q, [&](uint64_t h) {
        if (std::binary_search(families.begin(), families.end(), h)) {
          family = h;
          named = true;
        }
      });
      // "212 million francs, compared with 176 million": an amount that
      // took its currency from one named by family takes what that became.
      if (!named && q.unit_inherited && before >= 0 && by_family[static_cast<size_t>(before)] &&
          q.unit == unit_before[static_cast<size_t>(before)]) {
        unit_before[i] = q.unit;
        q.unit = (*out)[static_cast<size_t>(before)].unit;
        by_family[i] = 1;
      }
      if (!named) continue;
      by_family[i] = 1;
      unit_before[i] = q.unit;
      for (size_t j = i; j-- > 0;) {
        const Quantity& p = (*out)[j];
        if (p.dimension != "money") continue;
        bool same_family = false;
        words_in(p, [&](uint64_t h) { same_family |= h == family; });
        if (!same_family) continue;
        // The nearest earlier amount in that family decides (itself
        // resolved the same way, down to the one that named the kind).
        q.unit = p.unit;
        break;
      }
    }
  }
  // "A$412 million ... a dividend of 46 cents": bare cents are the coin of
  // the article's nearest earlier amount, when that currency counts in them.
  if (!lex_.cent_words().empty()) {
    const std::string* last_unit = nullptr;  // of the nearest earlier amount not in cents
    for (Quantity& q : *out) {
      if (q.dimension != "money") continue;
      if (!q.minor_unit) {
        last_unit = &q.unit;
        continue;
      }
      if (last_unit == nullptr || *last_unit == q.unit) continue;
      const Token* k = std::lower_bound(toks.begin(), toks.end(), q.span.end,
                                        [](const Token& t, uint32_t off) { return t.end < off; });
      if (k == toks.end() || k == toks.begin() || k->end != q.span.end || k->kind != TokenKind::kWord ||
          !std::binary_search(lex_.cent_words().begin(), lex_.cent_words().end(), k->hash) ||
          (k - 1)->kind == TokenKind::kWord) {  // (not "63.4 US cents")
        continue;
      }
      const auto& coins = lex_.cent_currencies();
      if (std::find(coins.begin(), coins.end(), *last_unit) != coins.end()) q.unit = *last_unit;
    }
  }
  if (c.prose()) CountElidedNouns(text, toks, out);
  RespectiveAmounts(text, toks, out);
  // "soit" with a single amount after it restates the total: no part.
  for (size_t p : restating) {
    int whole = (*out)[p].depends_on;
    size_t parts = 0;
    for (const Quantity& x : *out) parts += x.depends_on == whole;
    if (parts == 1) (*out)[p].depends_on = -1;
  }
}

}  // namespace factmine
