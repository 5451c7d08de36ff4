#include "base/utf8.h"

namespace factmine::utf8 {
namespace {

// Length of the well-formed sequence at s[i], or 0 when ill-formed. On
// ill-formed input *bad is the length of the maximal ill-formed subpart.
int WellFormedLength(std::string_view s, size_t i, int* bad) {
  auto at = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char c = at(i);
  size_t n = s.size();
  *bad = 1;
  if (c < 0x80) return 1;
  if (c < 0xC2) return 0;
  if (c < 0xE0) {
    if (i + 1 < n && (at(i + 1) & 0xC0) == 0x80) return 2;
    return 0;
  }
  unsigned char lo = 0x80, hi = 0xBF;
  int len;
  if (c < 0xF0) {
    len = 3;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;  // no surrogates
  } else if (c < 0xF5) {
    len = 4;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;  // <= U+10FFFF
  } else {
    return 0;
  }
  if (i + 1 >= n || at(i + 1) < lo || at(i + 1) > hi) return 0;
  for (int k = 2; k < len; ++k) {
    if (i + k >= n || (at(i + k) & 0xC0) != 0x80) {
      *bad = k;
      return 0;
    }
  }
  return len;
}

}  // namespace

size_t FindInvalid(std::string_view s) {
  size_t i = 0, n = s.size();
  while (i < n) {
    // Fast path: 8 ASCII bytes at a time.
    while (i + 8 <= n) {
      uint64_t w;
      __builtin_memcpy(&w, s.data() + i, 8);
      if (w & 0x8080808080808080ULL) break;
      i += 8;
    }
    if (i >= n) break;
    int bad;
    int len = WellFormedLength(s, i, &bad);
    if (len == 0) return i;
    i += static_cast<size_t>(len);
  }
  return std::string_view::npos;
}

void Append(std::string* out, char32_t cp) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

size_t ReplaceInvalid(std::string_view in, std::string* out) {
  out->clear();
  out->reserve(in.size());
  size_t replaced = 0, i = 0;
  while (i < in.size()) {
    int bad;
    int len = WellFormedLength(in, i, &bad);
    if (len == 0) {
      Append(out, 0xFFFD);
      ++replaced;
      i += static_cast<size_t>(bad);
    } else {
      out->append(in.substr(i, static_cast<size_t>(len)));
      i += static_cast<size_t>(len);
    }
  }
  return replaced;
}

}  // namespace factmine::utf8
