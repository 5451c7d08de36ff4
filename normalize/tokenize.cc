// The tokenizer: one pass over the text, no allocation per token.
//
// Words are folded and hashed as they are read (FNV-1a over the folded
// bytes); the lexicon lookup is one probe of an open-addressing table.
#include <algorithm>
#include <array>
#include <cstring>

#include "base/utf8.h"
#include "normalize/internal/fold_table.h"
#include "normalize/normalize.h"

namespace factmine {
namespace {

enum AsciiClass : uint8_t { kLetter, kDigit, kHSpace, kNewline, kPunct };

constexpr auto kAscii = [] {
  std::array<uint8_t, 128> t{};
  for (int c = 0; c < 128; ++c) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) t[c] = kLetter;
    else if (c >= '0' && c <= '9') t[c] = kDigit;
    else if (c == ' ' || c == '\t') t[c] = kHSpace;
    else if (c == '\n' || c == '\r' || c == '\v' || c == '\f') t[c] = kNewline;
    else t[c] = kPunct;
  }
  return t;
}();


// End of an URL or e-mail starting anywhere before `from`: the next space.
size_t UrlEnd(std::string_view text, size_t from) {
  size_t j = from;
  while (j < text.size()) {
    unsigned char c = static_cast<unsigned char>(text[j]);
    if (c < 0x80) {
      if (c <= ' ' || c == '"' || c == '<' || c == '>') break;
      ++j;
      continue;
    }
    int len;
    char32_t cp = utf8::Decode(text, j, &len);
    if (utf8::IsHorizontalSpace(cp) || utf8::IsNewline(cp) || cp == 0xAB || cp == 0xBB ||
        cp == 0x201C || cp == 0x201D) {
      break;
    }
    j += static_cast<size_t>(len);
  }
  // Sentence punctuation after an URL is not part of it.
  while (j > from) {
    char c = text[j - 1];
    if (c == '.' || c == ',' || c == ';' || c == ':' || c == ')' || c == '!' || c == '?' || c == '\'') {
      --j;
    } else {
      break;
    }
  }
  return j;
}

}  // namespace

namespace {

// Folds the word starting at text[i] into `buf` (ASCII lower-cased, other
// letters through the fold table). Returns the end of the word; *len is the
// folded length, *letters and *uppers count letters. Words whose folded form
// exceeds the buffer are hashed on their first kFoldBuf bytes.
constexpr size_t kFoldBuf = 128;
size_t FoldWord(std::string_view text, size_t i, const internal::FoldTable& fold, char* buf, size_t* len,
                int* letters, int* uppers, bool* first_upper) {
  const size_t n = text.size();
  size_t j = i, f = 0;
  *letters = *uppers = 0;
  *first_upper = false;
  std::string slow;
  while (j < n) {
    unsigned char d = static_cast<unsigned char>(text[j]);
    bool up;
    if (d < 0x80) {
      if (kAscii[d] != kLetter) break;
      if (f < kFoldBuf) buf[f++] = static_cast<char>(d | 0x20);
      up = d <= 'Z';
      ++j;
    } else {
      int l;
      char32_t q = utf8::Decode(text, j, &l);
      if (!fold.IsLetter(q)) break;
      uint8_t fl;
      const char* fb = fold.Fast(q, &fl);
      if (fb == nullptr) {
        slow.clear();
        fold.Append(q, &slow);
        fb = slow.data();
        fl = static_cast<uint8_t>(std::min<size_t>(slow.size(), 255));
      }
      for (uint8_t b = 0; b < fl && f < kFoldBuf; ++b) buf[f++] = fb[b];
      up = fold.IsUpper(q);
      j += static_cast<size_t>(l);
    }
    if (*letters == 0) *first_upper = up;
    *uppers += up;
    ++*letters;
  }
  *len = f;
  return j;
}

}  // namespace

void WordHashes(std::string_view text, size_t max_bytes, std::vector<uint64_t>* out) {
  const auto& fold = internal::FoldTable::Get();
  out->clear();
  const size_t end = std::min(text.size(), max_bytes);
  char buf[kFoldBuf];
  size_t i = 0;
  while (i < end) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      if (kAscii[c] != kLetter) {
        ++i;
        continue;
      }
      size_t j = i;
      while (j < text.size() && static_cast<unsigned char>(text[j]) < 0x80 &&
             kAscii[static_cast<unsigned char>(text[j])] == kLetter) {
        ++j;
      }
      if (j >= text.size() || static_cast<unsigned char>(text[j]) < 0x80) {
        out->push_back(internal::HashAsciiWordLower(text.data() + i, j - i, text.size() - i));
        i = j;
        continue;
      }
    } else {
      int l;
      char32_t cp = utf8::Decode(text, i, &l);
      if (!fold.IsLetter(cp)) {
        i += static_cast<size_t>(l);
        continue;
      }
    }
    size_t len;
    int letters, uppers;
    bool first_upper;
    size_t j = FoldWord(text, i, fold, buf, &len, &letters, &uppers, &first_upper);
    out->push_back(internal::HashFolded(std::string_view(buf, len)));
    i = j;
  }
}

void TokenList::Grow(size_t min_capacity) {
  size_t cap = capacity_ < 64 ? 64 : capacity_ * 2;
  while (cap < min_capacity) cap *= 2;
  std::unique_ptr<Token[]> fresh(new Token[cap]);
  for (size_t i = 0; i < size_; ++i) fresh[i] = data_[i];
  data_ = std::move(fresh);
  capacity_ = cap;
}

void Tokenize(std::string_view text, const Lexicon* lexicon, TokenList* out) {
  const auto& fold = internal::FoldTable::Get();
  out->clear();
  out->reserve(text.size() / 3 + 8);
  const size_t n = text.size();
  size_t i = 0;
  uint8_t pending = 0;    // whitespace flags for the next token
  char folded[kFoldBuf];  // the folded form of a word with non-ASCII letters
  // Tokens are written in place (no copy of a half-written stack object).
  auto emit = [&](TokenKind kind, size_t begin) -> Token& {
    Token& t = out->emplace_back();
    t.begin = static_cast<uint32_t>(begin);
    t.kind = kind;
    t.flags = pending;
    pending = 0;
    return t;
  };

  while (i < n) {
    unsigned char c = static_cast<unsigned char>(text[i]);

    // --- numbers
    if (c >= '0' && c <= '9') {
      size_t j = i + 1;
      while (j < n && text[j] >= '0' && text[j] <= '9') ++j;
      Token& t = emit(TokenKind::kNumber, i);
      t.flags |= kTokCandidate;
      t.end = static_cast<uint32_t>(j);
      t.hash = internal::HashFolded(text.substr(i, j - i));
      t.length = static_cast<uint16_t>(j - i > 0xFFFF ? 0xFFFF : j - i);
      i = j;
      continue;
    }

    // --- whitespace: recorded on the next token. First the commonest: one
    // ASCII space between two words.
    if (c == ' ' && i + 1 < n && static_cast<unsigned char>(text[i + 1]) > ' ' &&
        static_cast<unsigned char>(text[i + 1]) < 0x80) {
      pending = kTokSpaceBefore | kTokSingleSpace;
      ++i;
      continue;
    }

    int len = 1;
    char32_t cp = c < 0x80 ? c : utf8::Decode(text, i, &len);
    uint8_t cls;
    if (c < 0x80) {
      cls = kAscii[c];
    } else if (utf8::IsHorizontalSpace(cp)) {
      cls = kHSpace;
    } else if (utf8::IsNewline(cp)) {
      cls = kNewline;
    } else if (fold.IsLetter(cp)) {
      cls = kLetter;
    } else {
      cls = kPunct;
    }

    if (cls == kHSpace || cls == kNewline) {
      size_t j = i;
      int newlines = 0, count = 0;
      bool only_space = true;
      while (j < n) {
        unsigned char d = static_cast<unsigned char>(text[j]);
        int l = 1;
        char32_t q = d < 0x80 ? d : utf8::Decode(text, j, &l);
        if (q == '\n') {
          ++newlines;
          only_space = false;
        } else if (utf8::IsNewline(q)) {
          if (q != '\r') ++newlines;
          only_space = false;
        } else if (!utf8::IsHorizontalSpace(q)) {
          break;
        }
        ++count;
        j += static_cast<size_t>(l);
      }
      pending = kTokSpaceBefore;
      if (newlines > 0) pending |= kTokNewline;
      if (newlines > 1) pending |= kTokParagraph;
      if (count == 1 && only_space) pending |= kTokSingleSpace;
      i = j;
      continue;
    }

    // --- words. ASCII words (most of them) are scanned, then hashed 8 bytes
    // at a time from the text; a word with other letters is folded into a
    // small buffer first.
    if (cls == kLetter) {
      size_t j = i;
      int letters = 0, uppers = 0;
      bool first_upper = c < 0x80 && c <= 'Z';
      bool any_lower = false;
      // Eight bytes at a time while eight can be read.
      while (j + 8 <= n) {
        uint64_t v = internal::LoadChunk(text.data() + j, 8);
        uint64_t letter = internal::AsciiLetterBytes(v);
        uint64_t lower = letter & (v << 2);  // bit 5 set: small letter
        if (letter == 0x8080808080808080ULL) {
          any_lower |= lower != 0;
          j += 8;
          continue;
        }
        int k = __builtin_ctzll(~letter & 0x8080808080808080ULL) / 8;
        uint64_t within = k == 0 ? 0 : (~0ULL >> (8 * (8 - k)));
        any_lower |= (lower & within) != 0;
        j += static_cast<size_t>(k);
        goto scanned;
      }
      while (j < n) {
        unsigned char d = static_cast<unsigned char>(text[j]);
        if (d >= 0x80 || kAscii[d] != kLetter) break;
        any_lower |= d > 'Z';
        ++j;
      }
    scanned:
      letters = static_cast<int>(j - i);
      uppers = any_lower ? 0 : letters;
      uint64_t hash;
      bool ascii = j >= n || static_cast<unsigned char>(text[j]) < 0x80;
      if (ascii) {
        hash = internal::HashAsciiWordLower(text.data() + i, j - i, n - i);
      } else {
        size_t flen;
        j = FoldWord(text, i, fold, folded, &flen, &letters, &uppers, &first_upper);
        hash = internal::HashFolded(std::string_view(folded, flen));
      }
      // URLs: "http://...", "www.example.org/...".
      if (j < n && (text[j] == ':' || text[j] == '.') && letters <= 5) {
        static const uint64_t kHttp = internal::HashFolded("http"), kHttps = internal::HashFolded("https"),
                              kFtp = internal::HashFolded("ftp"), kWww = internal::HashFolded("www");
        bool scheme = (hash == kHttp || hash == kHttps || hash == kFtp) && text[j] == ':' && j + 2 < n &&
                      text[j + 1] == '/' && text[j + 2] == '/';
        if (scheme || (hash == kWww && text[j] == '.')) {
          Token& t = emit(TokenKind::kUrl, i);
          t.end = static_cast<uint32_t>(UrlEnd(text, j));
          i = t.end;
          continue;
        }
      }
      Token& t = emit(TokenKind::kWord, i);
      t.end = static_cast<uint32_t>(j);
      t.hash = hash;
      t.length = static_cast<uint16_t>(letters > 0xFFFF ? 0xFFFF : letters);
      if (first_upper) t.flags |= kTokCapitalized;
      if (letters >= 2 && uppers == letters) t.flags |= kTokAllCaps;
      if (lexicon != nullptr) {
        t.lex = lexicon->Find(hash);
        if (t.lex >= 0 && (lexicon->word(t.lex).bits & (kWordNumber | kWordPhraseStart | kWordMinus | kWordPoint))) {
          t.flags |= kTokCandidate;
        }
      }
      i = j;
      continue;
    }

    // --- punctuation and symbols
    if (cp == '@' && !out->empty() && out->back().end == i && i + 1 < n &&
        (kAscii[static_cast<unsigned char>(text[i + 1]) & 0x7F] == kLetter ||
         kAscii[static_cast<unsigned char>(text[i + 1]) & 0x7F] == kDigit)) {
      // An e-mail address: fold the glued tokens before '@' into one token.
      size_t start = i;
      uint8_t flags = pending;
      while (!out->empty() && out->back().end == start) {
        start = out->back().begin;
        flags = out->back().flags;
        out->pop_back();
      }
      pending = flags;
      Token& t = emit(TokenKind::kUrl, start);
      t.end = static_cast<uint32_t>(UrlEnd(text, i + 1));
      i = t.end;
      continue;
    }
    char32_t f = cp;
    if (utf8::IsApostrophe(cp)) f = '\'';
    else if (utf8::IsDash(cp)) f = '-';
    Token& t = emit(TokenKind::kPunct, i);
    // Signs and decimal marks may start a number; so may ½ and other
    // numeric symbols (any non-ASCII symbol is left to the grammar).
    if (f == '-' || f == '+' || f == 0x2212 || f == ',' || f == '.' || cp >= 0x80) t.flags |= kTokCandidate;
    t.cp = f;
    t.hash = PunctHash(f);
    t.end = static_cast<uint32_t>(i + static_cast<size_t>(len));
    t.length = 1;
    i = t.end;
  }
}

}  // namespace factmine
