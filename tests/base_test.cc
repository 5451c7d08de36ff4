// Decimal arithmetic, UTF-8 validation and dates.
#include <gtest/gtest.h>

#include "base/date.h"
#include "base/decimal.h"
#include "base/hash.h"
#include "base/utf8.h"

namespace factmine {
namespace {

TEST(DecimalTest, ParseAndPrint) {
  struct Row {
    const char* in;
    const char* out;
    int exponent;
  };
  const Row rows[] = {
      {"8.5", "8.5", -1}, {"100", "100", 0}, {"-0.125", "-0.125", -3}, {".5", "0.5", -1},
      {"1e9", "1000000000", 9}, {"8.5e9", "8500000000", 8}, {"0", "0", 0}, {"007", "7", 0},
  };
  for (const auto& r : rows) {
    SCOPED_TRACE(r.in);
    auto d = Decimal::Parse(r.in);
    ASSERT_TRUE(d.has_value());
    EXPECT_EQ(d->ToString(), r.out);
    EXPECT_EQ(d->exponent(), r.exponent);
  }
  EXPECT_FALSE(Decimal::Parse("abc").has_value());
  EXPECT_FALSE(Decimal::Parse("1.2.3").has_value());
  EXPECT_FALSE(Decimal::Parse("").has_value());
}

TEST(DecimalTest, ExactArithmetic) {
  Decimal a = *Decimal::Parse("8.5"), b = *Decimal::Parse("1e9");
  EXPECT_EQ(a.Mul(b)->ToString(), "8500000000");
  EXPECT_EQ(a.Mul(b)->exponent(), 8);  // the stated precision survives
  EXPECT_EQ(Decimal::Parse("0.1")->Add(*Decimal::Parse("0.2"))->ToString(), "0.3");
  EXPECT_TRUE(*Decimal::Parse("8500e6") == *Decimal::Parse("8.5e9"));
  EXPECT_DOUBLE_EQ(Decimal::Parse("0.3")->ToDouble(), 0.3);
  EXPECT_DOUBLE_EQ(Decimal::Parse("123456789012345678901234567")->ToDouble(), 1.23456789012345678901234567e26);
  // 36 digits times 36 digits overflows: reported, never wrong.
  Decimal big = *Decimal::Parse("999999999999999999999999999999999999");
  EXPECT_FALSE(big.Mul(big).has_value());
}

TEST(Utf8Test, FindInvalid) {
  struct Row {
    std::string bytes;
    size_t bad;
  };
  const size_t ok = std::string_view::npos;
  const Row rows[] = {
      {"plain ascii", ok},
      {"caf\xC3\xA9", ok},                 // é
      {"\xE2\x80\xAF", ok},                // U+202F
      {"\xF0\x9F\x98\x80", ok},            // emoji
      {"ab\xC3", 2},                       // truncated
      {"ab\xC0\xAF", 2},                   // overlong
      {"\xED\xA0\x80", 0},                 // surrogate
      {"\xF4\x90\x80\x80", 0},             // above U+10FFFF
      {"x\xFFy", 1},
      {std::string("a\0b", 3), ok},        // NUL is valid UTF-8 (rejected elsewhere as binary)
  };
  for (const auto& r : rows) {
    SCOPED_TRACE(r.bytes);
    EXPECT_EQ(utf8::FindInvalid(r.bytes), r.bad);
  }
}

TEST(Utf8Test, ReplaceInvalid) {
  std::string out;
  EXPECT_EQ(utf8::ReplaceInvalid("a\xFF" "b\xC3", &out), 2u);
  EXPECT_EQ(out, "a\xEF\xBF\xBD" "b\xEF\xBF\xBD");
  EXPECT_EQ(utf8::FindInvalid(out), std::string_view::npos);
}

TEST(DateTest, ParseAndArithmetic) {
  auto d = CivilDate::Parse("2024-07-27");
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->Quarter(), 3);
  EXPECT_EQ(d->AddMonths(12).ToString(), "2025-07-27");
  EXPECT_EQ(CivilDate::Parse("2024-01-31")->AddMonths(1).ToString(), "2024-02-29");
  EXPECT_EQ(d->AddDays(10).ToString(), "2024-08-06");
  EXPECT_EQ(CivilDate::Parse("2024-07-27T08:00:00+02:00")->ToString(), "2024-07-27");
  EXPECT_EQ(d->Weekday(), 5);  // a Saturday
  EXPECT_FALSE(CivilDate::Parse("2024-02-30").has_value());
  EXPECT_FALSE(CivilDate::Parse("27/07/2024").has_value());
}

TEST(HashTest, Sha256) {
  EXPECT_EQ(Sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

}  // namespace
}  // namespace factmine
