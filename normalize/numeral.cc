// The number grammar: digits in every convention, number words, and the
// constructions that combine them.
//
// Parsing a number is three steps:
//   1. Collect atoms: digit numbers ("8,5", "30 000", "1,2M", "3/4") and
//      number words ("vingt", "quatre-vingt", "millions", "cinquième",
//      "tiers"), with how each joins the previous one (space, hyphen, "et").
//   2. Evaluate the longest cardinal prefix with a classic accumulator
//      (total + group, scales multiply).
//   3. Read what ends the number: an ordinal or a fraction denominator
//      ("vingt et unième", "trois cinquièmes"), a fraction tail joined by
//      "et"/"and" ("un million et demi"), a decimal part ("virgule cinq"),
//      a scale after a fraction ("demi-million"), "sur"/"over".
// Language differences are data (data/<lang>/grammar.tsv), not branches on
// the language name.
#include <unicode/uchar.h>

#include <cmath>

#include "normalize/normalize.h"

namespace factmine {
namespace {

using Toks = TokenList;
constexpr size_t kNpos = static_cast<size_t>(-1);

bool Glued(const Toks& t, size_t a, size_t b) { return b < t.size() && t[a].end == t[b].begin; }

// Token k when it is on the same line as the token before it, or kNpos.
size_t SkipSpace(const Toks& t, size_t k) {
  if (k >= t.size() || (t[k].flags & kTokNewline)) return kNpos;
  return k;
}

Value FromDouble(double v) {
  // Powers of ten keep their zeros in the exponent, so that a number keeps
  // the precision it was stated with: "8,5 milliards" = 85e8, not 8500000000e0.
  if (v >= 10 && v <= 1e30) {
    double e = std::round(std::log10(v));
    if (std::pow(10.0, e) == v) return Value(Decimal(1, static_cast<int>(e)));
  }
  if (std::fabs(v) < 9e18 && v == std::floor(v)) return Value::Int(static_cast<int64_t>(v));
  if (auto d = Decimal::Parse(std::to_string(v))) return Value(*d);
  return Value::Inexact(v);
}

// Numeric value of a vulgar fraction or other numeric symbol (½, ¾, ⅙).
std::optional<double> SymbolValue(char32_t cp) {
  if (cp < 0x80) return std::nullopt;
  int8_t type = u_charType(static_cast<UChar32>(cp));
  if (type != U_OTHER_NUMBER) return std::nullopt;
  // Superscripts and circled digits are not amounts in prose: fractions only.
  double v = u_getNumericValue(static_cast<UChar32>(cp));
  if (v == U_NO_NUMERIC_VALUE || v >= 1 || v <= 0) return std::nullopt;
  return v;
}

// Cardinal class an ordinal word's value behaves as ("vingt et unième").
NumClass CardinalClassOf(double v) {
  if (v < 10) return NumClass::kUnit;
  if (v < 20) return v == 10 ? NumClass::kTens : NumClass::kTeen;
  if (v < 100) return std::fmod(v, 10) == 0 ? NumClass::kTens : NumClass::kTeen;
  if (v == 100) return NumClass::kHundred;
  if (v == 1000) return NumClass::kThousand;
  return NumClass::kScale;
}

}  // namespace

struct NumberGrammar::Digits {
  size_t first = 0, end = 0;
  Value value;
  int int_digits = 0;
  bool separators = false, exponent = false, ordinal = false, fraction = false;
  bool alpha_after = false, has_scale = false, scale_needs_currency = false;
  bool scale_needs_currency_in_prose = false;
  double last_scale = 1;
  bool plain = false;  // a single digit run: no separator, decimal, suffix
};

struct NumberGrammar::Atom {
  size_t first = 0, end = 0;
  NumClass cls = NumClass::kNone;
  uint16_t flags = 0;
  Value value;
  bool is_digits = false;
  Digits dig;
  enum Conn { kStart, kSpace, kHyphen, kAnd } conn = kStart;
};

namespace {

// The accumulator over cardinal atoms.
struct Acc {
  enum Last { kNone, kUnit, kTeen, kTens, kTensTeen, kHundred, kThousand, kScale, kDigits, kCollective };
  Value total = Value::Int(0), group = Value::Int(0), sub = Value::Int(0);
  Last last = kNone;
  double prev_scale = 0;
  bool thousand_in_segment = false;
  bool approx = false;
  int atoms = 0;  // atoms accepted so far
  bool last_via_and = false;  // the last atom was joined by "et"/"and"
  Value Current() const { return total.Add(group); }
};

bool IsZero(const Value& v) { return v.ToDouble() == 0; }

}  // namespace

// ---------------------------------------------------------------------------
// Digits

std::optional<NumberGrammar::Digits> NumberGrammar::ParseDigits(const Toks& toks, size_t i,
                                                                std::string_view doc,
                                                                NumberMode mode) const {
  const size_t n = toks.size();
  Digits d;
  d.first = i;
  std::string intpart, frac;
  size_t j;
  char32_t sep = 0;
  const char32_t dm = static_cast<char32_t>(lex_.decimal_mark().empty() ? '.' : lex_.decimal_mark()[0]);

  if (toks[i].kind == TokenKind::kPunct) {
    // A leading decimal mark: ",08", ".25".
    if (toks[i].cp != dm || i + 1 >= n || toks[i + 1].kind != TokenKind::kNumber || !Glued(toks, i, i + 1)) {
      return std::nullopt;
    }
    if (i > 0 && toks[i - 1].end == toks[i].begin &&
        (toks[i - 1].kind == TokenKind::kNumber || toks[i - 1].kind == TokenKind::kWord)) {
      return std::nullopt;
    }
    intpart = "0";
    frac = std::string(toks[i + 1].Text(doc));
    j = i + 2;
    d.separators = true;
  } else {
    if (toks[i].kind != TokenKind::kNumber || toks[i].length > 40) return std::nullopt;
    intpart = std::string(toks[i].Text(doc));
    j = i + 1;
    // Thousands separators: groups of exactly three digits after a first
    // group of one to three.
    if (toks[i].length <= 3) {
      while (j < n) {
        const Token& s = toks[j];
        char32_t this_sep = 0;
        size_t group = j;
        if (s.kind == TokenKind::kNumber && s.length == 3 && (s.flags & kTokSingleSpace) && lex_.thousands_space()) {
          this_sep = ' ';  // one space (U+0020, U+00A0, U+202F...) before a group of three
        } else if (s.kind == TokenKind::kPunct && j + 1 < n && toks[j + 1].kind == TokenKind::kNumber &&
                   toks[j + 1].length == 3 && Glued(toks, j - 1, j) && Glued(toks, j, j + 1) &&
                   ((s.cp == '.' && lex_.thousands_dot()) || (s.cp == ',' && lex_.thousands_comma()))) {
          this_sep = s.cp;
          group = j + 1;
        }
        if (this_sep == 0 || (sep != 0 && sep != this_sep)) break;
        sep = this_sep;
        intpart += std::string(toks[group].Text(doc));
        j = group + 1;
        if (intpart.size() > 40) return std::nullopt;
      }
    }
    // Inside a dotted or comma sequence ("192.168.1.2", "22,24,26") the mark
    // that joins the previous number cannot be a decimal point here.
    char32_t seq_mark = 0;
    if (i >= 2 && toks[i - 1].kind == TokenKind::kPunct && Glued(toks, i - 2, i - 1) && Glued(toks, i - 1, i) &&
        toks[i - 2].kind == TokenKind::kNumber) {
      seq_mark = toks[i - 1].cp;
    }
    // Decimal part.
    if (j + 1 < n && toks[j].kind == TokenKind::kPunct && Glued(toks, j - 1, j) && Glued(toks, j, j + 1) &&
        toks[j + 1].kind == TokenKind::kNumber && toks[j + 1].length <= 30) {
      char32_t c = toks[j].cp;
      bool ok = false;
      if (c == dm && sep != c) {
        ok = true;
      } else if ((c == '.' || c == ',') && c != dm && sep == 0 && toks[j + 1].length != 3) {
        // The other mark as a decimal point when it cannot be a thousands
        // separator: "2.5" in French text, "1,3" in English text.
        ok = true;
      }
      if (c == seq_mark) ok = false;
      // "192.168.1.2", "22,24,26": a list or an address, not a decimal.
      if (ok && j + 3 < n && IsPunct(toks[j + 2], c) && Glued(toks, j + 1, j + 2) && Glued(toks, j + 2, j + 3) &&
          toks[j + 3].kind == TokenKind::kNumber) {
        ok = false;
      }
      if (ok) {
        frac = std::string(toks[j + 1].Text(doc));
        j += 2;
      }
    }
    d.separators = sep != 0 || !frac.empty();
    d.plain = sep == 0 && frac.empty();
  }
  d.int_digits = static_cast<int>(intpart.size());
  std::string text = intpart;
  if (!frac.empty()) text += "." + frac;
  auto dec = Decimal::Parse(text);
  if (!dec) return std::nullopt;
  d.value = Value(*dec);

  // Scientific notation "1e10", "-12e-1", "12,32e+14".
  if (j + 1 < n && toks[j].kind == TokenKind::kWord && Glued(toks, j - 1, j) &&
      (toks[j].Text(doc) == "e" || toks[j].Text(doc) == "E")) {
    size_t k = j + 1;
    int sign = 1;
    if (k < n && toks[k].kind == TokenKind::kPunct && (toks[k].cp == '+' || toks[k].cp == '-') && Glued(toks, k - 1, k)) {
      sign = toks[k].cp == '-' ? -1 : 1;
      ++k;
    }
    if (k < n && toks[k].kind == TokenKind::kNumber && Glued(toks, k - 1, k) && toks[k].length <= 3) {
      int e = std::atoi(std::string(toks[k].Text(doc)).c_str());
      d.value = d.value.MulPow10(sign * e);
      d.exponent = true;
      d.plain = false;
      j = k + 1;
    }
  }
  // Powers "1,1^23", "2,5^-1", "-1,1^--23" and "1.3x10^6".
  if (!d.exponent && j + 2 < n && toks[j].kind == TokenKind::kWord && toks[j].Text(doc) == "x" &&
      Glued(toks, j - 1, j) && toks[j + 1].kind == TokenKind::kNumber && toks[j + 1].Text(doc) == "10" &&
      Glued(toks, j, j + 1) && IsPunct(toks[j + 2], '^') && Glued(toks, j + 1, j + 2)) {
    size_t k = j + 3;
    int sign = 1;
    while (k < n && toks[k].kind == TokenKind::kPunct && (toks[k].cp == '+' || toks[k].cp == '-') && Glued(toks, k - 1, k)) {
      if (toks[k].cp == '-') sign = -sign;
      ++k;
    }
    if (k < n && toks[k].kind == TokenKind::kNumber && Glued(toks, k - 1, k) && toks[k].length <= 3) {
      d.value = d.value.MulPow10(sign * std::atoi(std::string(toks[k].Text(doc)).c_str()));
      d.exponent = true;
      d.plain = false;
      j = k + 1;
    }
  }
  if (!d.exponent && j + 1 < n && IsPunct(toks[j], '^') && Glued(toks, j - 1, j)) {
    size_t k = j + 1;
    int sign = 1;
    while (k < n && toks[k].kind == TokenKind::kPunct && (toks[k].cp == '+' || toks[k].cp == '-') && Glued(toks, k - 1, k)) {
      if (toks[k].cp == '-') sign = -sign;
      ++k;
    }
    if (k < n && toks[k].kind == TokenKind::kNumber && Glued(toks, k - 1, k) && toks[k].length <= 3) {
      double e = sign * std::atof(std::string(toks[k].Text(doc)).c_str());
      d.value = Value::Inexact(std::pow(d.value.ToDouble(), e));
      d.exponent = true;
      d.plain = false;
      j = k + 1;
    }
  }
  // Fractions "3/4", "-4/5"; "27/07/2024" is a date, not a fraction.
  bool in_date = i >= 2 && IsPunct(toks[i - 1], '/') && Glued(toks, i - 2, i - 1) && Glued(toks, i - 1, i) &&
                 toks[i - 2].kind == TokenKind::kNumber;
  if (d.plain && !in_date && j + 1 < n && IsPunct(toks[j], '/') && Glued(toks, j - 1, j) &&
      toks[j + 1].kind == TokenKind::kNumber && Glued(toks, j, j + 1) && toks[j + 1].length <= 6) {
    bool date = j + 3 < n && (IsPunct(toks[j + 2], '/') || IsPunct(toks[j + 2], '.') || IsPunct(toks[j + 2], '-')) &&
                Glued(toks, j + 1, j + 2) && toks[j + 3].kind == TokenKind::kNumber;
    auto den = Decimal::Parse(toks[j + 1].Text(doc));
    if (!date && den && !den->is_zero()) {
      double a = d.value.ToDouble(), b = den->ToDouble();
      bool plausible = mode == NumberMode::kNumbers || (a <= b && b <= 100);
      if (plausible) {
        d.value = d.value.Div(Value(*den));
        d.fraction = true;
        d.plain = false;
        j += 2;
      }
    }
  }
  // Mixed numbers "2 1/4" (number lists only: in prose "2 1/4" is rare and ambiguous).
  if (mode == NumberMode::kNumbers && d.plain && j < n) {
    size_t k = SkipSpace(toks, j);
    if (k != kNpos && !Glued(toks, j - 1, k) && k + 2 < n && toks[k].kind == TokenKind::kNumber && IsPunct(toks[k + 1], '/') &&
        Glued(toks, k, k + 1) && toks[k + 2].kind == TokenKind::kNumber && Glued(toks, k + 1, k + 2)) {
      bool date = k + 4 < n && IsPunct(toks[k + 3], '/') && Glued(toks, k + 2, k + 3);
      auto a = Decimal::Parse(toks[k].Text(doc));
      auto b = Decimal::Parse(toks[k + 2].Text(doc));
      if (!date && a && b && !b->is_zero() && a->ToDouble() < b->ToDouble()) {
        d.value = d.value.Add(Value(*a).Div(Value(*b)));
        d.fraction = true;
        d.plain = false;
        j = k + 3;
      }
    }
  }
  // Scale abbreviations "10k", "3M", "5 Md", "2,33 k".
  if (!d.fraction && j < n) {
    auto try_scale = [&](size_t k, bool spaced) {
      auto m = lex_.scales().Match(toks, k, doc);
      if (!m) return false;
      const ScaleRow& r = lex_.scale(m->id);
      if (spaced ? !r.spaced : !r.glued) return false;
      size_t e = m->end_token;
      // "42 L.E" is Egyptian pounds, not 42 lakh: a longer currency wins.
      if (auto cur = lex_.currencies().Match(toks, k, doc); cur && cur->end_token > e) return false;
      if (e < n && Glued(toks, e - 1, e) &&
          (toks[e].kind == TokenKind::kWord || toks[e].kind == TokenKind::kNumber)) {
        return false;
      }
      d.value = d.value.Mul(FromDouble(r.value));
      d.has_scale = true;
      d.last_scale = r.value;
      d.scale_needs_currency = r.needs_currency;
      d.scale_needs_currency_in_prose = r.needs_currency_in_prose;
      d.plain = false;
      j = e;
      return true;
    };
    if (toks[j].kind == TokenKind::kWord) {
      if (Glued(toks, j - 1, j)) {
        try_scale(j, false);
      } else if (!(toks[j].flags & kTokNewline)) {
        try_scale(j, true);
      }
    }
  }
  // Ordinal suffixes "1er", "21e", "2nd"; anything else glued is a code
  // ("4o") or a unit ("180.25ml").
  if (!d.has_scale && !d.exponent && !d.fraction && j < n && toks[j].kind == TokenKind::kWord &&
      Glued(toks, j - 1, j)) {
    std::string folded = Fold(toks[j].Text(doc));
    bool boundary = j + 1 >= n || !Glued(toks, j, j + 1) ||
                    (toks[j + 1].kind != TokenKind::kWord && toks[j + 1].kind != TokenKind::kNumber);
    if (frac.empty() && lex_.IsOrdinalSuffix(folded) && boundary) {
      d.ordinal = true;
      d.plain = false;
      ++j;
    } else {
      d.alpha_after = true;
    }
  }
  d.end = j;
  return d;
}

// ---------------------------------------------------------------------------
// Words and the accumulator

namespace {

struct Evaluator {
  const Lexicon& lex;
  bool and_after_multiplier;

  // Applies one atom; false when the atom cannot continue the number.
  template <typename AtomT>
  bool Step(Acc& acc, const AtomT& a, NumClass cls) const {
    const bool via_and = a.conn == AtomT::kAnd;
    const Value& v = a.value;
    const double x = v.ToDouble();
    using L = Acc::Last;
    if (a.is_digits) {
      if (a.dig.ordinal || a.dig.fraction || a.dig.exponent) {
        if (acc.last != L::kNone) return false;
        acc.group = v;
        acc.last = L::kDigits;
        return true;
      }
      if (acc.last == L::kNone) {
        acc.group = v;
        acc.sub = v;
        acc.last = L::kDigits;
        return true;
      }
      if ((acc.last == L::kTens || acc.last == L::kTensTeen) && a.dig.plain && x >= 1 && x <= 9 && !via_and) {
        acc.group = acc.group.Add(v);
        acc.sub = acc.sub.Add(v);
        acc.last = L::kUnit;
        return true;
      }
      if ((acc.last == L::kThousand || acc.last == L::kScale || acc.last == L::kHundred) && a.dig.plain &&
          (via_and ? and_after_multiplier : acc.last != L::kHundred)) {
        double limit = acc.last == L::kHundred ? 100 : acc.last == L::kThousand ? 1000 : acc.prev_scale;
        if (x >= limit || x < 1) return false;
        if (acc.last == L::kHundred) {
          acc.group = acc.group.Add(v);
        } else {
          acc.group = v;
        }
        acc.sub = v;
        acc.last = L::kDigits;
        return true;
      }
      return false;
    }
    switch (cls) {
      case NumClass::kUnit: {
        if (acc.last == L::kNone) {
          acc.group = v;
          acc.sub = v;
          acc.last = L::kUnit;
          return true;
        }
        if (x == 0) return false;
        if (acc.last == L::kTens || acc.last == L::kTensTeen) {
          acc.group = acc.group.Add(v);
          acc.sub = acc.sub.Add(v);
          acc.last = L::kUnit;
          return true;
        }
        if (acc.last == L::kHundred || acc.last == L::kThousand || acc.last == L::kScale) {
          if (via_and && !and_after_multiplier) return false;
          if (acc.last == L::kHundred) acc.group = acc.group.Add(v);
          else acc.group = v;
          acc.sub = v;
          acc.last = L::kUnit;
          return true;
        }
        return false;
      }
      case NumClass::kTeen: {
        if (acc.last == L::kNone) {
          acc.group = v;
          acc.sub = v;
          acc.last = L::kTeen;
          return true;
        }
        if (acc.last == L::kTensTeen) {
          acc.group = acc.group.Add(v);
          acc.sub = acc.sub.Add(v);
          acc.last = L::kTeen;
          return true;
        }
        if (acc.last == L::kHundred || acc.last == L::kThousand || acc.last == L::kScale) {
          if (via_and && !and_after_multiplier) return false;
          if (acc.last == L::kHundred) acc.group = acc.group.Add(v);
          else acc.group = v;
          acc.sub = v;
          acc.last = L::kTeen;
          return true;
        }
        return false;
      }
      case NumClass::kTens: {
        bool takes_teen = (a.flags & kNumTakesTeen) != 0;
        if (x == 10 && acc.last == L::kTensTeen && !via_and) {
          acc.group = acc.group.Add(v);
          acc.sub = acc.sub.Add(v);
          acc.last = L::kTens;
          return true;
        }
        if (via_and && !(and_after_multiplier && (acc.last == L::kHundred || acc.last == L::kThousand || acc.last == L::kScale))) {
          return false;
        }
        if (acc.last == L::kNone) {
          acc.group = v;
          acc.sub = v;
        } else if (acc.last == L::kHundred) {
          acc.group = acc.group.Add(v);
          acc.sub = v;
        } else if (acc.last == L::kThousand || acc.last == L::kScale) {
          acc.group = v;
          acc.sub = v;
        } else {
          return false;
        }
        acc.last = takes_teen ? L::kTensTeen : L::kTens;
        return true;
      }
      case NumClass::kHundred: {
        if (via_and) return false;
        bool plural = (a.flags & kNumPlural) != 0;
        if (acc.last == L::kNone) {
          if (plural) return false;  // "hundreds of jobs" is no number
          acc.group = Value::Int(100);
        } else if (acc.last == L::kDigits) {
          if (plural) return false;  // "50 cents" is money, not 5000
          // "322 cent" as a first atom; "4 thousand 3 hundred" after a
          // multiplier; not "3 hundred and 2 hundred".
          bool first_atom = acc.atoms <= 2 && IsZero(acc.total);
          bool after_multiplier = !first_atom && !acc.last_via_and && acc.group.ToDouble() < 10;
          if (acc.group.ToDouble() >= 1e4 || !(first_atom || after_multiplier)) return false;
          acc.group = acc.group.Mul(Value::Int(100));
        } else if (acc.last == L::kUnit || acc.last == L::kTeen || acc.last == L::kTens || acc.last == L::kTensTeen) {
          if (acc.group.ToDouble() >= 100 || IsZero(acc.group)) return false;
          // "deux cents", but not "quarante-cinq cents" (45 cents of a currency);
          // "twenty-two hundred" only where the language says so.
          if ((acc.last == L::kUnit || acc.last == L::kTeen) && acc.group.ToDouble() >= 20 &&
              (plural || !lex.compound_hundreds())) {
            return false;
          }
          acc.group = acc.group.Mul(Value::Int(100));
        } else if (acc.last == L::kThousand || acc.last == L::kScale) {
          acc.group = Value::Int(100);
        } else {
          return false;
        }
        acc.sub = Value::Int(0);
        acc.last = L::kHundred;
        return true;
      }
      case NumClass::kThousand: {
        if (via_and || acc.thousand_in_segment) return false;
        if (acc.last == L::kNone && (a.flags & kNumPlural)) return false;  // "thousands of users"
        if (acc.last == L::kCollective) return false;
        Value seg = acc.last == L::kNone || acc.last == L::kScale ? Value::Int(1) : acc.group;
        if (acc.last == L::kScale && !IsZero(acc.group)) return false;
        if (IsZero(seg)) return false;
        if (acc.last == L::kDigits && seg.ToDouble() >= 1e6) return false;
        acc.total = acc.total.Add(seg.Mul(Value::Int(1000)));
        acc.group = Value::Int(0);
        acc.sub = Value::Int(0);
        acc.thousand_in_segment = true;
        acc.last = L::kThousand;
        return true;
      }
      case NumClass::kScale: {
        if (via_and || acc.last == L::kNone || acc.last == L::kCollective) return false;
        Value cur = acc.Current();
        if (cur.ToDouble() < x) {
          acc.total = cur.Mul(v);
        } else {
          if (acc.prev_scale != 0 && x >= acc.prev_scale) return false;
          if (IsZero(acc.group)) return false;
          acc.total = acc.total.Add(acc.group.Mul(v));
        }
        acc.group = Value::Int(0);
        acc.sub = Value::Int(0);
        acc.prev_scale = x;
        acc.thousand_in_segment = false;
        acc.last = L::kScale;
        return true;
      }
      case NumClass::kCollective: {
        if (via_and) return false;
        bool plural = (a.flags & kNumPlural) != 0;
        if (acc.last == L::kNone) {
          if (plural) return false;  // "des dizaines" is not a number
          acc.group = v;
        } else if (acc.last == L::kScale || acc.last == L::kThousand || acc.last == L::kCollective) {
          return false;
        } else if (!IsZero(acc.sub) && acc.last != L::kHundred) {
          acc.group = acc.group.Add(acc.sub.Negated()).Add(acc.sub.Mul(v));
        } else {
          acc.group = acc.group.Mul(v);
        }
        if (a.flags & kNumApprox) acc.approx = true;
        acc.last = L::kCollective;
        return true;
      }
      default:
        return false;
    }
  }
};

}  // namespace

std::optional<NumberMatch> NumberGrammar::ParseWords(const Toks& toks, size_t i, std::string_view doc,
                                                     NumberMode mode) const {
  const size_t n = toks.size();
  // Step 1: collect atoms.
  auto read_atom = [&](size_t k) -> std::optional<Atom> {
    if (k == kNpos || k >= n) return std::nullopt;
    const Token& t = toks[k];
    Atom a;
    a.first = k;
    if (t.kind == TokenKind::kNumber || (t.kind == TokenKind::kPunct && k + 1 < n && toks[k + 1].kind == TokenKind::kNumber)) {
      auto dg = ParseDigits(toks, k, doc, mode);
      if (!dg) return std::nullopt;
      a.is_digits = true;
      a.dig = *dg;
      a.value = dg->value;
      a.end = dg->end;
      return a;
    }
    if (t.kind == TokenKind::kPunct) {
      if (auto v = SymbolValue(t.cp)) {
        a.is_digits = true;
        a.dig.value = Value::Inexact(*v);
        a.dig.fraction = true;
        a.dig.first = k;
        a.dig.end = k + 1;
        a.value = a.dig.value;
        a.end = k + 1;
        return a;
      }
      return std::nullopt;
    }
    if (t.kind != TokenKind::kWord || t.lex < 0) return std::nullopt;
    const WordInfo& wi = lex_.word(t.lex);
    if (wi.bits & kWordPhraseStart) {
      if (auto m = lex_.number_phrases().Match(toks, k, doc)) {
        const NumberWordRow& r = lex_.number_phrase(m->id);
        a.cls = r.num_class;
        a.flags = r.num_flags;
        a.value = FromDouble(r.num_value);
        a.end = m->end_token;
        return a;
      }
    }
    if (!(wi.bits & kWordNumber)) return std::nullopt;
    a.cls = wi.num_class;
    a.flags = wi.num_flags;
    a.value = FromDouble(wi.num_value);
    a.end = k + 1;
    // A number word glued to digits or letters ("un2") is not a number word.
    if (a.end < n && Glued(toks, k, a.end) && toks[a.end].kind == TokenKind::kNumber) return std::nullopt;
    // Nor one glued to a dollar sign: "A$30 million" is Australian dollars.
    if (!a.is_digits && a.end < n && Glued(toks, a.end - 1, a.end) && toks[a.end].kind == TokenKind::kPunct &&
        toks[a.end].cp == '$') {
      return std::nullopt;
    }
    return a;
  };

  std::vector<Atom> atoms;
  auto first = read_atom(i);
  if (!first) return std::nullopt;
  atoms.push_back(*first);
  while (atoms.size() < 48) {
    const Atom& last = atoms.back();
    if (last.cls == NumClass::kOrdinal || last.cls == NumClass::kDenominator) break;
    if (last.is_digits && (last.dig.has_scale || last.dig.ordinal || last.dig.fraction || last.dig.exponent ||
                           last.dig.alpha_after)) {
      break;
    }
    size_t k = SkipSpace(toks, last.end);
    if (k == kNpos) break;
    Atom::Conn conn = Atom::kSpace;
    if (toks[k].kind == TokenKind::kPunct && (toks[k].cp == '-' || toks[k].cp == 0x2014)) {
      if (last.is_digits) break;
      size_t k2 = SkipSpace(toks, k + 1);
      if (k2 == kNpos || toks[k2].kind != TokenKind::kWord) break;
      conn = Atom::kHyphen;
      k = k2;
      // "vingt-et-un"
      if (toks[k].lex >= 0 && (lex_.word(toks[k].lex).bits & kWordAnd) && k + 2 < n && IsPunct(toks[k + 1], '-')) {
        conn = Atom::kAnd;
        k = k + 2;
      }
    } else if (toks[k].kind == TokenKind::kWord && toks[k].lex >= 0 && (lex_.word(toks[k].lex).bits & kWordAnd)) {
      size_t k2 = SkipSpace(toks, k + 1);
      if (k2 == kNpos) break;
      conn = Atom::kAnd;
      k = k2;
    } else if (Glued(toks, last.end - 1, k) && toks[k].kind != TokenKind::kWord) {
      break;
    }
    auto next = read_atom(k);
    if (!next) break;
    if (next->is_digits && (last.is_digits || conn == Atom::kHyphen)) break;
    // (Nor digits after "and" past a million or more, or before a scale of
    // their own: "between 31 million and 34 million euros", "30 thousand
    // and 40 thousand" are two numbers; "3 hundred and 21" is one.)
    if (next->is_digits && conn == Atom::kAnd) {
      if (last.cls == NumClass::kScale) break;
      const size_t after = SkipSpace(toks, next->end);
      const auto scale = after == kNpos ? std::nullopt : read_atom(after);
      if (scale && !scale->is_digits && (scale->cls == NumClass::kThousand || scale->cls == NumClass::kScale)) break;
    }
    // "four quarters" in prose are periods (a unit), "three quarters of" a
    // fraction: a denominator word that is also a unit needs "of" after it.
    if (next->cls == NumClass::kDenominator && mode == NumberMode::kQuantities &&
        lex_.units().Match(toks, next->first, doc)) {
      size_t after = SkipSpace(toks, next->end);
      if (after == kNpos || !lex_.of_words().Match(toks, after, doc)) break;
    }
    // "a", "an": a number only at the start ("a hundred") or in a tail
    // before a fraction ("and a half", "and a third"; "£61.3 million and a
    // profit" is no 61,300,001).
    if ((next->flags & kNumWeak) && (next->flags & kNumArticle)) {
      if (conn != Atom::kAnd) break;
      const size_t after = SkipSpace(toks, next->end);
      const auto fraction = after == kNpos ? std::nullopt : read_atom(after);
      if (!fraction || (fraction->cls != NumClass::kDenominator && fraction->cls != NumClass::kOrdinal)) break;
    }
    // "280 million first": an ordinal word does not follow a scale word.
    if (next->cls == NumClass::kOrdinal && last.cls == NumClass::kScale && next->value.ToDouble() < 1000) break;
    // "les neuf premiers mois": "premier" continues no number.
    if (next->cls == NumClass::kOrdinal && lex_.first_ordinals().Match(toks, next->first, doc)) break;
    next->conn = conn;
    atoms.push_back(*next);
  }

  // In prose a million or more is not followed by a bare small number:
  // "7,5 milliards deux ans auparavant" is 7,5 milliards, then "deux ans"
  // ("un million deux cent mille" goes on: a thousand or a scale follows).
  if (mode == NumberMode::kQuantities) {
    for (size_t s = 0; s + 1 < atoms.size(); ++s) {
      const Atom& a = atoms[s];
      const Atom& b = atoms[s + 1];
      if (a.cls != NumClass::kScale || a.value.ToDouble() < 1e6 || b.is_digits || b.conn == Atom::kAnd ||
          b.cls == NumClass::kThousand || b.cls == NumClass::kScale || b.cls == NumClass::kDenominator) {
        continue;
      }
      bool goes_on = false;
      for (size_t k = s + 2; k < atoms.size(); ++k) {
        goes_on |= atoms[k].cls == NumClass::kThousand || atoms[k].cls == NumClass::kScale;
      }
      if (!goes_on) atoms.resize(s + 1);
      break;
    }
  }

  Evaluator ev{lex_, lex_.and_after_multiplier()};
  // Evaluates atoms[from, to); returns the number of atoms accepted. The
  // last atom may be an ordinal, evaluated as its cardinal.
  auto eval = [&](size_t from, size_t to, Acc* acc) {
    size_t k = from;
    for (; k < to; ++k) {
      NumClass cls = atoms[k].cls;
      if (cls == NumClass::kOrdinal) cls = CardinalClassOf(atoms[k].value.ToDouble());
      if (cls == NumClass::kDenominator) break;
      Atom a = atoms[k];
      if (k == from) a.conn = Atom::kStart;
      // "3 hundred and 2 hundred" is two numbers: an "and" does not join a
      // second hundreds group.
      if (a.conn == Atom::kAnd && acc->last == Acc::kHundred && k + 1 < to &&
          atoms[k + 1].cls == NumClass::kHundred) {
        break;
      }
      ++acc->atoms;
      if (!ev.Step(*acc, a, cls)) break;
      acc->last_via_and = a.conn == Atom::kAnd;
    }
    return k - from;
  };

  NumberMatch m;
  m.first = i;
  const bool ends_special = atoms.back().cls == NumClass::kOrdinal || atoms.back().cls == NumClass::kDenominator;
  const size_t p = ends_special ? atoms.size() - 1 : atoms.size();
  Acc acc;
  size_t accepted = eval(0, p, &acc);
  if (accepted == 0 && p > 0) return std::nullopt;

  bool done = false;
  bool tail_fraction = false;
  if (ends_special) {
    const Atom& den = atoms[p];
    const bool is_denominator_word = den.cls == NumClass::kDenominator;
    std::optional<Value> tail, fraction, ordinal;
    // (a) A fraction tail after "et"/"and": "un million et demi", "cinq et un quart".
    size_t t = kNpos;
    for (size_t k = p + 1; k-- > 1;) {
      if (atoms[k].conn == Atom::kAnd) {
        t = k;
        break;
      }
    }
    if (t != kNpos) {
      Acc base;
      size_t nb = eval(0, t, &base);
      // In English "and" after hundred/thousand/million continues a cardinal
      // ("one hundred and thirty fifths" = 130/5); only a half or a quarter
      // is added as a tail there ("one hundred and three quarters").
      bool cardinal_and = lex_.and_after_multiplier() && !is_denominator_word &&
                          (base.last == Acc::kHundred || base.last == Acc::kThousand);
      if (nb == t && !cardinal_and) {
        std::optional<Value> numerator;
        if (t < p) {
          Acc num;
          if (eval(t, p, &num) == p - t) numerator = num.Current();
        } else if (is_denominator_word) {
          numerator = Value::Int(1);  // "et demi"
        }
        if (numerator && (is_denominator_word || den.value.ToDouble() >= 3)) {
          double mult = base.last == Acc::kScale ? base.prev_scale : 1;
          tail = base.Current().Add(numerator->Div(den.value).Mul(FromDouble(mult)));
          m.last_scale = base.prev_scale != 0 ? base.prev_scale : 1;
          m.has_scale = base.prev_scale != 0;
        }
      }
    }
    // (b) A fraction "trois cinquièmes", "un vingt-cinquième", "one hundred thirty fifths".
    if (!tail && p >= 1 && !atoms[0].is_digits) {
      const Atom& a0 = atoms[0];
      // "un vingt-cinquième" = 1/25: the numerator is one and the words after
      // it cannot continue it as a cardinal ("one hundred fifths" is 100/5).
      bool numerator_one = !a0.is_digits && a0.value.ToDouble() == 1 && p >= 2;
      if (numerator_one) {
        Acc probe;
        numerator_one = eval(0, 2, &probe) < 2;
      }
      std::optional<Value> num, dvalue;
      if (numerator_one) {
        Acc dacc;
        if (eval(1, p + 1, &dacc) == p) {
          num = Value::Int(1);
          dvalue = dacc.Current();
        }
      }
      if (!num && lex_.denominator_tens_compound() && p >= 2 && atoms[p - 1].cls == NumClass::kTens &&
          atoms[p - 1].conn != Atom::kAnd && den.value.ToDouble() < 10) {
        Acc nacc;
        if (eval(0, p - 1, &nacc) == p - 1) {
          num = nacc.Current();
          dvalue = atoms[p - 1].value.Add(den.value);
        }
      }
      if (!num && den.conn != Atom::kAnd) {
        Acc nacc;
        if (eval(0, p, &nacc) == p) {
          num = nacc.Current();
          dvalue = den.value;
        }
      }
      if (num && dvalue && (is_denominator_word || dvalue->ToDouble() >= 3)) fraction = num->Div(*dvalue);
    }
    // (c) An ordinal "vingt et unième", "trois cent vingt seconde".
    if (!is_denominator_word && !(p >= 1 && atoms[0].is_digits)) {
      Acc oacc;
      if (eval(0, p + 1, &oacc) == p + 1) ordinal = oacc.Current();
    }
    if (tail) {
      m.value = *tail;
      tail_fraction = true;
      m.end = den.end;
      done = true;
    } else if (fraction || ordinal) {
      // Which reading leads: a fraction when the text can only be one
      // ("trois quarts", "deux tiers", plural "cinquièmes", "un cinquième"),
      // in number mode whenever there is a numerator; else the ordinal.
      bool plural = (den.flags & kNumPlural) != 0;
      // "un cinquième des recettes" is a fraction, "une troisième usine" an ordinal.
      bool one_of = false;
      if (p == 1 && atoms[0].value.ToDouble() == 1) {
        size_t k = SkipSpace(toks, den.end);
        one_of = k != kNpos && lex_.of_words().Match(toks, k, doc).has_value();
      }
      // Number lists read "trois cinquième" as 3/5 where the language allows a
      // singular denominator after a numerator above one (French, not English).
      bool numerator_one = p >= 1 && !atoms[0].is_digits && atoms[0].value.ToDouble() == 1;
      bool list_fraction = mode == NumberMode::kNumbers && (lex_.singular_fraction() || numerator_one);
      bool prefer_fraction = fraction && (is_denominator_word || plural || list_fraction || one_of);
      if (prefer_fraction) {
        m.value = *fraction;
        m.fraction = true;
      } else {
        m.value = *ordinal;
        m.ordinal = true;
      }
      m.ordinal_value = ordinal;
      m.end = den.end;
      done = true;
    } else if (p == 0 && is_denominator_word) {
      // "half", "demi" alone: a number only with a multiplier after it
      // ("demi-million", "half a dozen"), or in a number list.
      m.value = Value::Int(1).Div(den.value);
      m.fraction = true;
      m.weak = true;
      m.end = den.end;
      done = true;
    } else if (accepted == 0) {
      return std::nullopt;
    }
  }
  if (!done) {
    if (accepted == 0) return std::nullopt;
    m.value = acc.Current();
    m.end = atoms[accepted - 1].end;
    m.ends_with_scale_word = atoms[accepted - 1].cls == NumClass::kScale;
    m.approx = acc.approx;
    m.has_scale = acc.prev_scale != 0;
    m.last_scale = acc.prev_scale != 0 ? acc.prev_scale : 1;
    if (accepted == 1 && atoms[0].is_digits) {
      const Digits& dg = atoms[0].dig;
      m.ordinal = dg.ordinal;
      m.fraction = dg.fraction;
      m.separators = dg.separators;
      m.alpha_after = dg.alpha_after;
      m.exponent = dg.exponent;
      m.has_scale = dg.has_scale;
      m.scale_needs_currency = dg.scale_needs_currency;
      m.scale_needs_currency_in_prose = dg.scale_needs_currency_in_prose;
      m.last_scale = dg.last_scale;
      m.int_digits = dg.int_digits;
    } else if (atoms[0].is_digits) {
      m.separators = atoms[0].dig.separators;
      m.int_digits = atoms[0].dig.int_digits;
    }
    if (accepted == 1 && !atoms[0].is_digits) {
      m.bare_article = (atoms[0].flags & kNumArticle) != 0;
      m.weak = (atoms[0].flags & kNumWeak) != 0;
    }
    // A decimal part in words: "huit virgule cinq", "two point zero three".
    if (!m.ordinal && !m.fraction && !m.has_scale) {
      size_t k = SkipSpace(toks, m.end);
      if (k != kNpos && toks[k].kind == TokenKind::kWord && toks[k].lex >= 0 &&
          (lex_.word(toks[k].lex).bits & kWordPoint)) {
        size_t q = SkipSpace(toks, k + 1);
        std::string digits;
        size_t last_end = 0;
        while (q != kNpos && q < n) {
          if (toks[q].kind == TokenKind::kNumber) {
            digits += std::string(toks[q].Text(doc));
            last_end = q + 1;
            break;
          }
          auto a = read_atom(q);
          if (!a || a->is_digits) break;
          if (a->cls == NumClass::kUnit && a->value.ToDouble() < 10) {
            digits += static_cast<char>('0' + static_cast<int>(a->value.ToDouble()));
            last_end = a->end;
            q = SkipSpace(toks, a->end);
            continue;
          }
          if (digits.empty() && (a->cls == NumClass::kTeen || a->cls == NumClass::kTens)) {
            // A two-digit group: "cinquante deux", "seventy-one", "eleven".
            Acc dacc;
            std::vector<Atom> saved;
            Atom first_atom = *a;
            first_atom.conn = Atom::kStart;
            ev.Step(dacc, first_atom, first_atom.cls);
            last_end = a->end;
            size_t r = SkipSpace(toks, a->end);
            if (r != kNpos && IsPunct(toks[r], '-')) r = SkipSpace(toks, r + 1);
            if (r != kNpos && a->cls == NumClass::kTens) {
              if (auto b = read_atom(r); b && !b->is_digits && b->cls == NumClass::kUnit) {
                b->conn = Atom::kSpace;
                if (ev.Step(dacc, *b, b->cls)) last_end = b->end;
              }
            }
            int64_t two = static_cast<int64_t>(dacc.Current().ToDouble());
            digits += std::to_string(two);
            break;
          }
          break;
        }
        if (!digits.empty()) {
          auto dec = Decimal::Parse("0." + digits);
          if (dec) {
            m.value = m.value.Add(Value(*dec));
            m.end = last_end;
            m.separators = true;
          }
        }
      }
    }
  }

  // A scale after a fraction or decimal words: "demi-million", "half a
  // million", "two thirds of a million", "five and a half million",
  // "un milliard et demi million", "two point two million".
  if (!m.ordinal) {
    size_t k = SkipSpace(toks, m.end);
    if (k != kNpos && IsPunct(toks[k], '-')) k = SkipSpace(toks, k + 1);
    // Optional "a" / "of a" / "d'un".
    size_t probe = k;
    for (int hop = 0; hop < 2 && probe != kNpos && probe < n; ++hop) {
      if (toks[probe].kind != TokenKind::kWord || toks[probe].lex < 0) break;
      const WordInfo& wi = lex_.word(toks[probe].lex);
      if (wi.num_class == NumClass::kScale || wi.num_class == NumClass::kCollective) break;
      bool article = (wi.bits & kWordNumber) && wi.num_value == 1 && (wi.num_flags & kNumArticle);
      auto of = lex_.of_words().Match(toks, probe, doc);
      if (!article && !of) break;
      probe = SkipSpace(toks, of ? of->end_token : probe + 1);
    }
    if (probe != kNpos && probe < n && toks[probe].kind == TokenKind::kWord && toks[probe].lex >= 0 &&
        (m.fraction || tail_fraction || (probe == k))) {
      const WordInfo& wi = lex_.word(toks[probe].lex);
      bool after_fraction = m.fraction || tail_fraction || m.value.ToDouble() != std::floor(m.value.ToDouble());
      if (wi.num_class == NumClass::kScale && after_fraction &&
          (m.fraction || !m.has_scale || wi.num_value < m.last_scale)) {
        Value scale = FromDouble(wi.num_value);
        if (m.has_scale && wi.num_value < m.last_scale) {
          // "un milliard et demi million": the fraction counts millions.
          double whole = std::floor(m.value.ToDouble() / m.last_scale) * m.last_scale;
          Value frac = m.value.Add(FromDouble(whole).Negated());
          m.value = FromDouble(whole).Add(frac.Mul(scale).Div(FromDouble(m.last_scale)));
        } else {
          m.value = m.value.Mul(scale);
        }
        m.has_scale = true;
        m.ends_with_scale_word = true;
        m.last_scale = wi.num_value;
        m.fraction = false;
        m.weak = false;
        m.end = probe + 1;
      } else if (wi.num_class == NumClass::kCollective && m.fraction && probe != k) {
        m.value = m.value.Mul(FromDouble(wi.num_value));  // "half a dozen"
        m.fraction = false;
        m.weak = false;
        m.end = probe + 1;
      }
    }
  }

  // "a couple of", "a dozen of" at the end of a number list.
  if (mode == NumberMode::kNumbers && m.end > 0 && !atoms.empty() && atoms.back().cls == NumClass::kCollective &&
      atoms.back().end == m.end) {
    size_t k = SkipSpace(toks, m.end);
    if (k != kNpos) {
      if (auto of = lex_.of_words().Match(toks, k, doc); of && SkipSpace(toks, of->end_token) == kNpos) m.end = of->end_token;
    }
  }

  // "un sur trois", "2000 over 3": only between whole numbers, and only when
  // nothing follows the divisor ("1000 sur 3 ans" is not a fraction).
  if (mode == NumberMode::kNumbers && !m.ordinal && !m.fraction && !m.has_scale) {
    size_t k = SkipSpace(toks, m.end);
    if (k != kNpos) {
      if (auto over = lex_.over_words().Match(toks, k, doc)) {
        size_t q = SkipSpace(toks, over->end_token);
        if (q != kNpos) {
          NumberGrammar inner(lex_);
          auto den = inner.ParseWords(toks, q, doc, mode);
          if (den && !den->ordinal && !den->fraction && den->value.ToDouble() != 0) {
            size_t after = SkipSpace(toks, den->end);
            bool followed_by_word = after != kNpos && toks[after].kind == TokenKind::kWord;
            // "out of" states a proportion (2 out of 500 tvs); "over"/"sur"
            // divides only when nothing follows ("1000 sur 3 ans" is two numbers).
            bool proportion = over->id == 1;
            double a = m.value.ToDouble(), b = den->value.ToDouble();
            bool ok = proportion ? a <= b : !followed_by_word;
            if (ok) {
              m.value = m.value.Div(den->value);
              m.fraction = true;
              m.end = den->end;
              m.bare_article = false;
            }
          }
        }
      }
    }
  }

  for (size_t k = 0; k < atoms.size() && atoms[k].first < m.end; ++k) {
    if (atoms[k].is_digits) m.digits = true;
    else m.words = true;
  }
  // "forty-five (45)", "45 (quarante-cinq)": a restatement in brackets.
  {
    size_t k = SkipSpace(toks, m.end);
    if (k != kNpos && IsPunct(toks[k], '(')) {
      size_t q = SkipSpace(toks, k + 1);
      if (q != kNpos) {
        NumberGrammar inner(lex_);
        auto again = inner.ParseWords(toks, q, doc, mode);
        if (again) {
          size_t close = SkipSpace(toks, again->end);
          if (close != kNpos && IsPunct(toks[close], ')') && again->value.ToDouble() == m.value.ToDouble() &&
              again->digits != m.digits) {
            m.end = close + 1;
          }
        }
      }
    }
  }

  if (m.words && m.digits) m.bare_article = m.weak = false;
  m.span = Span{toks[m.first].begin, toks[m.end - 1].end};
  return m;
}

// ---------------------------------------------------------------------------
// Entry points

bool NumberGrammar::CanStartPunct(const TokenList& toks, size_t i) const {
  const Token& t = toks[i];
  if (t.cp == '-' || t.cp == '+' || t.cp == 0x2212) return i + 1 < toks.size();
  char32_t dm = static_cast<char32_t>(lex_.decimal_mark().empty() ? '.' : lex_.decimal_mark()[0]);
  if (t.cp == dm) return i + 1 < toks.size() && toks[i + 1].kind == TokenKind::kNumber;
  return SymbolValue(t.cp).has_value();
}

std::optional<NumberMatch> NumberGrammar::Parse(const Toks& toks, size_t i, std::string_view doc,
                                                NumberMode mode) const {
  const size_t n = toks.size();
  if (i >= n) return std::nullopt;
  const Token& t = toks[i];
  // Signs: "-3,2", "+0,5", and in number lists "- 1.200.000".
  if (t.kind == TokenKind::kPunct && (t.cp == '-' || t.cp == '+' || t.cp == 0x2212)) {
    bool glued_before = i > 0 && toks[i - 1].end == t.begin &&
                        (toks[i - 1].kind == TokenKind::kWord || toks[i - 1].kind == TokenKind::kNumber);
    if (glued_before) return std::nullopt;  // "GPT-4", "2019-2020"
    size_t k = i + 1;
    if (k >= n) return std::nullopt;
    if (!Glued(toks, i, k)) {
      if (mode != NumberMode::kNumbers || (toks[k].flags & kTokNewline)) return std::nullopt;
    }
    if (toks[k].kind != TokenKind::kNumber &&
        !(toks[k].kind == TokenKind::kPunct && k + 1 < n && toks[k + 1].kind == TokenKind::kNumber)) {
      return std::nullopt;
    }
    auto m = ParseWords(toks, k, doc, mode);
    if (!m) return std::nullopt;
    if (t.cp != '+') {
      m->value = m->value.Negated();
      m->negative = true;
    }
    m->first = i;
    m->span.begin = t.begin;
    m->bare_article = m->weak = false;
    return m;
  }
  if (t.kind == TokenKind::kWord && t.lex >= 0) {
    uint32_t bits = lex_.word(t.lex).bits;
    // "moins 5", "minus five": a sign word directly before a number.
    if ((bits & kWordMinus) && !(bits & kWordNumber)) {
      size_t k = SkipSpace(toks, i + 1);
      if (k == kNpos || Glued(toks, i, k)) return std::nullopt;
      if (mode == NumberMode::kQuantities && toks[k].kind != TokenKind::kNumber) return std::nullopt;
      // "au moins 10": the sign word ends a qualifier there.
      size_t qb;
      if (lex_.qualifiers().MatchEndingAt(toks, i + 1, doc, &qb) && qb < i) return std::nullopt;
      auto m = ParseWords(toks, k, doc, mode);
      if (!m || m->weak) return std::nullopt;
      m->bare_article = false;
      m->value = m->value.Negated();
      m->negative = true;
      m->first = i;
      m->span.begin = t.begin;
      return m;
    }
    // "point 77": a number that starts with the decimal word.
    if ((bits & kWordPoint) && !(bits & kWordNumber)) {
      if (mode != NumberMode::kNumbers) return std::nullopt;
      size_t k = SkipSpace(toks, i + 1);
      if (k == kNpos || toks[k].kind != TokenKind::kNumber) return std::nullopt;
      auto dec = Decimal::Parse("0." + std::string(toks[k].Text(doc)));
      if (!dec) return std::nullopt;
      NumberMatch m;
      m.first = i;
      m.end = k + 1;
      m.value = Value(*dec);
      m.words = m.digits = true;
      m.span = Span{t.begin, toks[k].end};
      return m;
    }
  }
  auto m = ParseWords(toks, i, doc, mode);
  if (!m) return std::nullopt;
  // Glued to letters before: "A100", "B200", "GPT4".
  if (toks[m->first].kind == TokenKind::kNumber && m->first > 0 && toks[m->first - 1].end == toks[m->first].begin &&
      toks[m->first - 1].kind == TokenKind::kWord) {
    m->alpha_before = true;
  }
  return m;
}

std::optional<NumberMatch> NumberGrammar::ParseWhole(std::string_view text, NumberMode mode) const {
  TokenList toks;
  Tokenize(text, &lex_, &toks);
  if (toks.empty()) return std::nullopt;
  auto m = Parse(toks, 0, text, mode);
  if (!m || m->end != toks.size()) return std::nullopt;
  return m;
}

}  // namespace factmine
