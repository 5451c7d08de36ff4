#include "base/decimal.h"

#include <algorithm>
#include <cmath>

namespace factmine {
namespace {

constexpr Int128 kMaxCoef = static_cast<Int128>(1000000000000000000LL) * 1000000000000000000LL;  // 1e36

bool MulOverflows(Int128 a, Int128 b) {
  if (a == 0 || b == 0) return false;
  Int128 ua = a < 0 ? -a : a, ub = b < 0 ? -b : b;
  return ua > kMaxCoef / ub;
}

std::optional<Int128> ScaleUp(Int128 c, int k) {
  for (int i = 0; i < k; ++i) {
    if (MulOverflows(c, 10)) return std::nullopt;
    c *= 10;
  }
  return c;
}

}  // namespace

std::optional<Decimal> Decimal::Parse(std::string_view s) {
  if (s.empty()) return std::nullopt;
  size_t i = 0;
  bool neg = false;
  if (s[i] == '-' || s[i] == '+') {
    neg = s[i] == '-';
    ++i;
  }
  Int128 coef = 0;
  int exp = 0, digits = 0;
  bool seen_point = false;
  for (; i < s.size(); ++i) {
    char c = s[i];
    if (c >= '0' && c <= '9') {
      if (coef != 0 || c != '0') ++digits;
      if (digits > 36) return std::nullopt;
      coef = coef * 10 + (c - '0');
      if (seen_point) --exp;
    } else if (c == '.' && !seen_point) {
      seen_point = true;
    } else {
      break;
    }
  }
  if (i < s.size()) {
    if (s[i] != 'e' && s[i] != 'E') return std::nullopt;
    ++i;
    bool eneg = false;
    if (i < s.size() && (s[i] == '-' || s[i] == '+')) eneg = s[i++] == '-';
    if (i >= s.size()) return std::nullopt;
    int e = 0;
    for (; i < s.size(); ++i) {
      if (s[i] < '0' || s[i] > '9' || e > 10000) return std::nullopt;
      e = e * 10 + (s[i] - '0');
    }
    exp += eneg ? -e : e;
  }
  return Decimal(neg ? -coef : coef, exp);
}

std::optional<Decimal> Decimal::Add(const Decimal& o) const {
  // Zero states no precision: x + 0 keeps x's digits as stated.
  if (o.coef_ == 0) return *this;
  if (coef_ == 0) return o;
  int e = std::min(exp_, o.exp_);
  auto a = ScaleUp(coef_, exp_ - e);
  auto b = ScaleUp(o.coef_, o.exp_ - e);
  if (!a || !b) return std::nullopt;
  Int128 sum = *a + *b;
  if (sum > kMaxCoef || sum < -kMaxCoef) return std::nullopt;
  return Decimal(sum, e);
}

std::optional<Decimal> Decimal::Mul(const Decimal& o) const {
  if (MulOverflows(coef_, o.coef_)) return std::nullopt;
  return Decimal(coef_ * o.coef_, exp_ + o.exp_);
}

std::optional<Decimal> Decimal::MulPow10(int k) const {
  if (k > 4000 || k < -4000) return std::nullopt;
  return Decimal(coef_, exp_ + k);
}

Decimal Decimal::Normalized() const {
  if (coef_ == 0) return Decimal(0, 0);
  Int128 c = coef_;
  int e = exp_;
  while (c % 10 == 0) {
    c /= 10;
    ++e;
  }
  return Decimal(c, e);
}

bool Decimal::is_integer() const {
  Decimal n = Normalized();
  return n.exp_ >= 0;
}

double Decimal::ToDouble() const {
  // Exact fast path: a coefficient below 2^53 times an exactly representable
  // power of ten (10^0..10^22) is one correctly rounded operation.
  static const double kPow10[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                                  1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
  Int128 mag = coef_ < 0 ? -coef_ : coef_;
  if (mag < (static_cast<Int128>(1) << 53) && exp_ >= -22 && exp_ <= 22) {
    double c = static_cast<double>(static_cast<int64_t>(coef_));
    return exp_ >= 0 ? c * kPow10[exp_] : c / kPow10[-exp_];
  }
  // Otherwise through the string form: strtod rounds correctly.
  std::string s = ToString();
  return std::strtod(s.c_str(), nullptr);
}

double Decimal::Precision() const { return std::pow(10.0, exp_); }

std::string Decimal::ToString() const {
  Int128 c = coef_ < 0 ? -coef_ : coef_;
  std::string digits;
  do {
    digits.push_back(static_cast<char>('0' + static_cast<int>(c % 10)));
    c /= 10;
  } while (c != 0);
  std::reverse(digits.begin(), digits.end());
  std::string out;
  if (coef_ < 0) out.push_back('-');
  if (exp_ >= 0) {
    if (digits == "0") return "0";
    out += digits;
    out.append(static_cast<size_t>(exp_), '0');
    return out;
  }
  size_t frac = static_cast<size_t>(-exp_);
  if (digits.size() <= frac) {
    out += "0.";
    out.append(frac - digits.size(), '0');
    out += digits;
  } else {
    out += digits.substr(0, digits.size() - frac);
    out.push_back('.');
    out += digits.substr(digits.size() - frac);
  }
  // Trim trailing fractional zeros for display; the coefficient keeps them.
  while (!out.empty() && out.back() == '0') out.pop_back();
  if (!out.empty() && out.back() == '.') out.pop_back();
  if (out == "-0" || out.empty()) return "0";
  return out;
}

}  // namespace factmine
