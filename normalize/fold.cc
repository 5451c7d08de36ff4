// Case/accent folding and character classes.
//
// utf8proc is the source of truth for folding (NFKD + case fold + strip
// marks) and ICU for what a letter is. Both are consulted once per code point
// below kTableSize at start-up into a flat table, so the tokenizer's hot loop
// never calls either library for Latin, Greek or Cyrillic text.
#include <utf8proc.h>
#include <unicode/uchar.h>

#include <cstdlib>
#include <cstring>

#include "base/utf8.h"
#include "normalize/internal/fold_table.h"
#include "normalize/normalize.h"

namespace factmine {
namespace internal {
namespace {

// Spelled-out letters that case folding and mark stripping leave alone.
const char* SpecialFold(char32_t cp) {
  switch (cp) {
    case 0x0153: case 0x0152: return "oe";   // œ Œ
    case 0x00E6: case 0x00C6: return "ae";   // æ Æ
    case 0x00F8: case 0x00D8: return "o";    // ø Ø
    case 0x0111: case 0x0110: return "d";    // đ Đ
    case 0x0142: case 0x0141: return "l";    // ł Ł
    case 0x0131: return "i";                 // dotless i
    default: return nullptr;
  }
}

void FoldCodePoint(char32_t cp, std::string* out) {
  if (utf8::IsApostrophe(cp)) {
    out->push_back('\'');
    return;
  }
  if (utf8::IsDash(cp)) {
    out->push_back('-');
    return;
  }
  if (const char* s = SpecialFold(cp)) {
    out->append(s);
    return;
  }
  utf8proc_uint8_t* folded = nullptr;
  std::string tmp;
  utf8::Append(&tmp, cp);
  utf8proc_ssize_t n = utf8proc_map(
      reinterpret_cast<const utf8proc_uint8_t*>(tmp.data()), static_cast<utf8proc_ssize_t>(tmp.size()),
      &folded,
      static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPAT | UTF8PROC_CASEFOLD |
                                     UTF8PROC_STRIPMARK | UTF8PROC_DECOMPOSE));
  if (n > 0) {
    out->append(reinterpret_cast<const char*>(folded), static_cast<size_t>(n));
  } else if (n == 0) {
    // A mark alone folds to nothing.
  } else {
    out->append(tmp);
  }
  std::free(folded);
}

}  // namespace

const FoldTable& FoldTable::Get() {
  static const FoldTable* table = [] {
    auto* t = new FoldTable();
    std::string s;
    for (char32_t cp = 0; cp < kTableSize; ++cp) {
      Entry& e = t->entries_[cp];
      bool surrogate = cp >= 0xD800 && cp <= 0xDFFF;
      if (!surrogate) {
        UChar32 u = static_cast<UChar32>(cp);
        int8_t type = u_charType(u);
        bool mark = type == U_NON_SPACING_MARK || type == U_COMBINING_SPACING_MARK ||
                    type == U_ENCLOSING_MARK;
        e.letter = u_hasBinaryProperty(u, UCHAR_ALPHABETIC) || mark;
        e.upper = u_isUUppercase(u);
        s.clear();
        FoldCodePoint(cp, &s);
      } else {
        s.clear();
      }
      if (s.size() <= sizeof(e.bytes)) {
        e.len = static_cast<uint8_t>(s.size());
        std::memcpy(e.bytes, s.data(), s.size());
      } else {
        e.len = kLongFold;
      }
    }
    return t;
  }();
  return *table;
}

void FoldTable::Append(char32_t cp, std::string* out) const {
  if (cp < kTableSize && entries_[cp].len != kLongFold) {
    out->append(entries_[cp].bytes, entries_[cp].len);
    return;
  }
  FoldCodePoint(cp, out);
}

bool FoldTable::IsLetterSlow(char32_t cp) {
  UChar32 u = static_cast<UChar32>(cp);
  int8_t type = u_charType(u);
  return u_hasBinaryProperty(u, UCHAR_ALPHABETIC) || type == U_NON_SPACING_MARK ||
         type == U_COMBINING_SPACING_MARK;
}

bool FoldTable::IsUpperSlow(char32_t cp) { return u_isUUppercase(static_cast<UChar32>(cp)); }

}  // namespace internal

std::string Fold(std::string_view text) {
  const auto& table = internal::FoldTable::Get();
  std::string out;
  out.reserve(text.size());
  size_t i = 0;
  while (i < text.size()) {
    int len;
    char32_t cp = utf8::Decode(text, i, &len);
    table.Append(cp, &out);
    i += static_cast<size_t>(len);
  }
  return out;
}

uint64_t FoldedWordHash(std::string_view word) { return internal::HashFolded(Fold(word)); }

bool IsLetter(char32_t cp) { return internal::FoldTable::Get().IsLetter(cp); }
bool IsUpper(char32_t cp) { return internal::FoldTable::Get().IsUpper(cp); }

}  // namespace factmine
