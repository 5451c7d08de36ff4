// UTF-8 helpers shared by every stage: validation, decoding, classification.
//
// All functions take UTF-8 byte strings and return byte offsets; none
// allocate except where a std::string is returned. Thread-safe (pure).
#ifndef FACTMINE_BASE_UTF8_H_
#define FACTMINE_BASE_UTF8_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace factmine::utf8 {

// Byte offset of the first byte that is not part of well-formed UTF-8
// (overlongs, surrogates and code points above U+10FFFF are ill-formed), or
// std::string_view::npos when the whole string is valid.
size_t FindInvalid(std::string_view s);

// Decodes the code point starting at s[i]; sets *len to its byte length.
// REQUIRES: s is valid UTF-8 and i < s.size() is at a code point boundary.
inline char32_t Decode(std::string_view s, size_t i, int* len) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) {
    *len = 1;
    return c;
  }
  if (c < 0xE0) {
    *len = 2;
    return ((c & 0x1F) << 6) | (static_cast<unsigned char>(s[i + 1]) & 0x3F);
  }
  if (c < 0xF0) {
    *len = 3;
    return ((c & 0x0F) << 12) | ((static_cast<unsigned char>(s[i + 1]) & 0x3F) << 6) |
           (static_cast<unsigned char>(s[i + 2]) & 0x3F);
  }
  *len = 4;
  return ((c & 0x07) << 18) | ((static_cast<unsigned char>(s[i + 1]) & 0x3F) << 12) |
         ((static_cast<unsigned char>(s[i + 2]) & 0x3F) << 6) |
         (static_cast<unsigned char>(s[i + 3]) & 0x3F);
}

// Start of the code point that ends just before byte i (i > 0).
inline size_t PrevBoundary(std::string_view s, size_t i) {
  do {
    --i;
  } while (i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80);
  return i;
}

void Append(std::string* out, char32_t cp);

// Replaces every ill-formed sequence by U+FFFD (one per maximal ill-formed
// subpart, as the Unicode standard recommends). Returns the number replaced.
size_t ReplaceInvalid(std::string_view in, std::string* out);

// Horizontal spaces a French or English writer uses between words and as a
// thousands separator: U+0020, U+00A0, U+2007, U+2009, U+202F (and tab).
inline bool IsHorizontalSpace(char32_t cp) {
  return cp == ' ' || cp == '\t' || cp == 0xA0 || cp == 0x2007 || cp == 0x2009 ||
         cp == 0x202F || cp == 0x2002 || cp == 0x2003 || cp == 0x2008 || cp == 0x200A;
}
inline bool IsNewline(char32_t cp) {
  return cp == '\n' || cp == '\r' || cp == 0x2028 || cp == 0x2029 || cp == 0x0B || cp == 0x0C ||
         cp == 0x85;
}
// Apostrophes folded to ' for matching: U+0027, U+2019, U+02BC, U+2018, U+00B4, U+0060.
inline bool IsApostrophe(char32_t cp) {
  return cp == '\'' || cp == 0x2019 || cp == 0x02BC || cp == 0x2018 || cp == 0xB4 || cp == 0x60;
}
// Dashes that join or separate words: - U+2010..U+2015, U+2212 minus.
inline bool IsDash(char32_t cp) {
  return cp == '-' || (cp >= 0x2010 && cp <= 0x2015) || cp == 0x2212 || cp == 0xFE63 ||
         cp == 0xFF0D;
}

}  // namespace factmine::utf8

#endif  // FACTMINE_BASE_UTF8_H_
