// Decimal: an exactly stated decimal number, value = coefficient * 10^exponent.
//
// The digits are kept as stated: "8,5 milliards" is 85e8 and "100 millions" is
// 100e6, so the precision the writer used survives (Precision() = 10^exponent)
// and the consistency check can tell "8,5 milliards" (+/- 0,05 milliard) from
// "8,50 milliards". Arithmetic is exact or reports overflow; it never rounds.
//
// Thread-safety: a value type; no shared state.
#ifndef FACTMINE_BASE_DECIMAL_H_
#define FACTMINE_BASE_DECIMAL_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace factmine {

// 128-bit integer (a GCC/Clang extension; spelled once, here).
__extension__ typedef __int128 Int128;

class Decimal {
 public:
  Decimal() = default;
  Decimal(Int128 coefficient, int exponent) : coef_(coefficient), exp_(exponent) {}
  static Decimal FromInt(int64_t v) { return Decimal(v, 0); }

  // Parses ASCII "123", "-8.5", "0.125", ".5", "1e9" (a plain decimal with '.' as
  // the point and an optional e-exponent). Returns nullopt on any other input
  // or when the coefficient would exceed 36 digits.
  static std::optional<Decimal> Parse(std::string_view s);

  // Exact arithmetic; nullopt on overflow of the 36-digit coefficient.
  std::optional<Decimal> Add(const Decimal& other) const;
  std::optional<Decimal> Mul(const Decimal& other) const;
  std::optional<Decimal> MulPow10(int k) const;  // exact: only moves the exponent
  Decimal Negated() const { return Decimal(-coef_, exp_); }

  // Removes trailing zeros of the coefficient (8500e6 -> 85e8). Equal values
  // compare equal after Normalized().
  Decimal Normalized() const;

  double ToDouble() const;
  // Plain positional notation, no exponent: "8500000000", "-0.125", "0".
  std::string ToString() const;

  Int128 coefficient() const { return coef_; }
  int exponent() const { return exp_; }
  bool is_zero() const { return coef_ == 0; }
  bool is_negative() const { return coef_ < 0; }
  bool is_integer() const;
  // Unit of the last stated digit, 10^exponent.
  double Precision() const;

  friend bool operator==(const Decimal& a, const Decimal& b) {
    Decimal x = a.Normalized(), y = b.Normalized();
    return x.coef_ == y.coef_ && (x.coef_ == 0 || x.exp_ == y.exp_);
  }

 private:
  Int128 coef_ = 0;
  int exp_ = 0;
};

}  // namespace factmine

#endif  // FACTMINE_BASE_DECIMAL_H_
