// Private to normalize/: the precomputed folding and letter table.
#ifndef FACTMINE_NORMALIZE_INTERNAL_FOLD_TABLE_H_
#define FACTMINE_NORMALIZE_INTERNAL_FOLD_TABLE_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace factmine::internal {

class FoldTable {
 public:
  static constexpr char32_t kTableSize = 0x3100;  // Latin, Greek, Cyrillic, punctuation, CJK symbols
  static constexpr uint8_t kLongFold = 0xFF;

  // Built once, on first use; immutable afterwards. Thread-safe.
  static const FoldTable& Get();

  // Appends the folded form of cp to *out.
  void Append(char32_t cp, std::string* out) const;
  // Folded bytes of cp when cp < kTableSize and short; else nullptr.
  const char* Fast(char32_t cp, uint8_t* len) const {
    if (cp >= kTableSize || entries_[cp].len == kLongFold) return nullptr;
    *len = entries_[cp].len;
    return entries_[cp].bytes;
  }
  bool IsLetter(char32_t cp) const { return cp < kTableSize ? entries_[cp].letter : IsLetterSlow(cp); }
  bool IsUpper(char32_t cp) const { return cp < kTableSize ? entries_[cp].upper : IsUpperSlow(cp); }

 private:
  struct Entry {
    char bytes[6];
    uint8_t len = 0;
    bool letter = false;
    bool upper = false;
  };
  static bool IsLetterSlow(char32_t cp);
  static bool IsUpperSlow(char32_t cp);
  Entry entries_[kTableSize];
};

uint64_t HashFolded(std::string_view folded);

}  // namespace factmine::internal

#endif  // FACTMINE_NORMALIZE_INTERNAL_FOLD_TABLE_H_
