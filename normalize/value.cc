#include <cmath>

#include "normalize/normalize.h"

namespace factmine {

Value Value::Add(const Value& o) const {
  if (is_exact_ && o.is_exact_) {
    if (auto d = exact_.Add(o.exact_)) return Value(*d);
  }
  return Inexact(approx_ + o.approx_);
}

Value Value::Mul(const Value& o) const {
  if (is_exact_ && o.is_exact_) {
    if (auto d = exact_.Mul(o.exact_)) return Value(*d);
  }
  return Inexact(approx_ * o.approx_);
}

Value Value::Div(const Value& o) const {
  // Exact when the quotient is a finite decimal: the divisor's coefficient
  // has no prime factor other than 2 and 5 (1/4, 3/8, 1/5, 1/1000).
  if (is_exact_ && o.is_exact_ && !o.exact_.is_zero()) {
    Decimal b = o.exact_.Normalized();
    Int128 bc = b.coefficient() < 0 ? -b.coefficient() : b.coefficient();
    Int128 r = bc;
    int twos = 0, fives = 0;
    while (r % 2 == 0) { r /= 2; ++twos; }
    while (r % 5 == 0) { r /= 5; ++fives; }
    if (r == 1) {
      int k = twos > fives ? twos : fives;
      Int128 pow10 = 1;
      for (int i = 0; i < k; ++i) pow10 *= 10;
      Int128 m = pow10 / bc;
      if (b.coefficient() < 0) m = -m;
      if (auto q = exact_.Mul(Decimal(m, -b.exponent() - k))) return Value(*q);
    }
  }
  return Inexact(approx_ / o.approx_);
}

Value Value::Negated() const {
  if (is_exact_) return Value(exact_.Negated());
  return Inexact(-approx_);
}

Value Value::MulPow10(int k) const {
  if (is_exact_) {
    if (auto d = exact_.MulPow10(k)) return Value(*d);
  }
  return Inexact(approx_ * std::pow(10.0, k));
}

std::optional<Value> ParseFactor(std::string_view s) {
  if (auto d = Decimal::Parse(s)) return Value(*d);
  return std::nullopt;
}

}  // namespace factmine
