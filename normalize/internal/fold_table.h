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

// The hash of folded words: 8 bytes at a time (little-endian, the last chunk
// zero-padded), each chunk mixed with a multiply-xorshift, the length last.
// The tokenizer hashes ASCII words straight from the text (lower-casing the
// chunk with one OR) and folded non-ASCII words from a small buffer; both
// give HashFolded() of the folded bytes.
inline uint64_t HashMix(uint64_t h, uint64_t chunk) {
  h ^= chunk;
  h *= 0x9E3779B97F4A7C15ULL;
  h ^= h >> 29;
  return h;
}
inline uint64_t HashFinish(uint64_t h, size_t len) {
  h ^= len * 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ULL;
  h ^= h >> 33;
  return h;
}
inline uint64_t LoadChunk(const char* p, size_t n) {  // n <= 8
  uint64_t v = 0;
  __builtin_memcpy(&v, p, n);
  return v;
}
inline uint64_t HashFolded(std::string_view folded) {
  uint64_t h = 0x243F6A8885A308D3ULL;
  size_t i = 0;
  for (; i + 8 <= folded.size(); i += 8) h = HashMix(h, LoadChunk(folded.data() + i, 8));
  if (i < folded.size()) h = HashMix(h, LoadChunk(folded.data() + i, folded.size() - i));
  return HashFinish(h, folded.size());
}
// ASCII letters only: lower-cases by setting bit 5 of every byte.
// REQUIRES: p[0, readable) may be read; readable >= n.
inline uint64_t HashAsciiWordLower(const char* p, size_t n, size_t readable) {
  constexpr uint64_t kLower = 0x2020202020202020ULL;
  uint64_t h = 0x243F6A8885A308D3ULL;
  size_t i = 0;
  for (; i + 8 <= n; i += 8) h = HashMix(h, LoadChunk(p + i, 8) | kLower);
  if (i < n) {
    size_t r = n - i;
    uint64_t keep = ~0ULL >> (8 * (8 - r));
    uint64_t v = i + 8 <= readable ? LoadChunk(p + i, 8) & keep : LoadChunk(p + i, r);
    h = HashMix(h, v | (kLower & keep));
  }
  return HashFinish(h, n);
}

// Bit 7 of each byte of the result is set where `v` holds an ASCII letter.
inline uint64_t AsciiLetterBytes(uint64_t v) {
  constexpr uint64_t kHigh = 0x8080808080808080ULL;
  uint64_t x = (v & 0x7F7F7F7F7F7F7F7FULL) | 0x2020202020202020ULL;  // lower case, no carries
  uint64_t ge_a = x + 0x1F1F1F1F1F1F1F1FULL;   // bit 7 set where x >= 'a'
  uint64_t gt_z = x + 0x0505050505050505ULL;   // bit 7 set where x > 'z'
  return ge_a & ~gt_z & ~v & kHigh;
}

}  // namespace factmine::internal

#endif  // FACTMINE_NORMALIZE_INTERNAL_FOLD_TABLE_H_
