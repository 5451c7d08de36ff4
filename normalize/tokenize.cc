// The tokenizer: one pass over the text, no allocation per token.
//
// Words are folded into a small stack buffer as they are read and hashed
// with XXH3; the lexicon lookup is one probe of an open-addressing table.
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

constexpr size_t kMaxFoldedWord = 96;

bool IsUrlScheme(std::string_view folded) {
  return folded == "http" || folded == "https" || folded == "www" || folded == "ftp";
}

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

void Tokenize(std::string_view text, const Lexicon* lexicon, std::vector<Token>* out) {
  const auto& fold = internal::FoldTable::Get();
  out->clear();
  out->reserve(text.size() / 3 + 8);
  const size_t n = text.size();
  size_t i = 0;
  char folded[kMaxFoldedWord];
  std::string slow;  // folds longer than the table holds (rare)

  while (i < n) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    Token t;
    t.begin = static_cast<uint32_t>(i);

    // --- numbers
    if (c >= '0' && c <= '9') {
      size_t j = i + 1;
      while (j < n && text[j] >= '0' && text[j] <= '9') ++j;
      t.kind = TokenKind::kNumber;
      t.end = static_cast<uint32_t>(j);
      t.hash = internal::HashFolded(text.substr(i, j - i));
      t.length = static_cast<uint16_t>(j - i > 0xFFFF ? 0xFFFF : j - i);
      out->push_back(t);
      i = j;
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

    // --- spaces
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
      t.kind = TokenKind::kSpace;
      t.end = static_cast<uint32_t>(j);
      t.length = static_cast<uint16_t>(count > 0xFFFF ? 0xFFFF : count);
      if (newlines > 0) t.flags |= kTokNewline;
      if (newlines > 1) t.flags |= kTokParagraph;
      if (count == 1 && only_space) t.flags |= kTokSingleSpace;
      out->push_back(t);
      i = j;
      continue;
    }

    // --- words
    if (cls == kLetter) {
      size_t j = i, flen = 0;
      int letters = 0, uppers = 0;
      bool first_upper = false, overflow = false;
      while (j < n) {
        unsigned char d = static_cast<unsigned char>(text[j]);
        int l = 1;
        char32_t q;
        if (d < 0x80) {
          if (kAscii[d] != kLetter) break;
          q = d;
          if (flen < kMaxFoldedWord) {
            folded[flen++] = static_cast<char>(d >= 'A' && d <= 'Z' ? d + 32 : d);
          } else {
            overflow = true;
          }
          bool up = d >= 'A' && d <= 'Z';
          if (letters == 0) first_upper = up;
          uppers += up;
        } else {
          q = utf8::Decode(text, j, &l);
          if (!fold.IsLetter(q)) break;
          uint8_t fl;
          const char* fb = fold.Fast(q, &fl);
          if (fb == nullptr) {
            slow.clear();
            fold.Append(q, &slow);
            fb = slow.data();
            fl = static_cast<uint8_t>(slow.size() > 255 ? 255 : slow.size());
          }
          if (flen + fl <= kMaxFoldedWord) {
            std::memcpy(folded + flen, fb, fl);
            flen += fl;
          } else {
            overflow = true;
          }
          bool up = fold.IsUpper(q);
          if (letters == 0) first_upper = up;
          uppers += up;
        }
        (void)q;
        ++letters;
        j += static_cast<size_t>(l);
      }
      std::string_view fw(folded, flen);
      // URLs: "http://...", "www.example.org/...".
      if (!overflow && IsUrlScheme(fw) && j < n &&
          ((text[j] == ':' && j + 2 < n && text[j + 1] == '/' && text[j + 2] == '/') ||
           (fw == "www" && text[j] == '.'))) {
        t.kind = TokenKind::kUrl;
        t.end = static_cast<uint32_t>(UrlEnd(text, j));
        out->push_back(t);
        i = t.end;
        continue;
      }
      t.kind = TokenKind::kWord;
      t.end = static_cast<uint32_t>(j);
      t.length = static_cast<uint16_t>(letters > 0xFFFF ? 0xFFFF : letters);
      t.hash = internal::HashFolded(fw);
      if (first_upper) t.flags |= kTokCapitalized;
      if (letters >= 2 && uppers == letters) t.flags |= kTokAllCaps;
      if (lexicon != nullptr && !overflow) t.lex = lexicon->Find(t.hash);
      out->push_back(t);
      i = j;
      continue;
    }

    // --- punctuation and symbols
    if (cp == '@' && !out->empty() && out->back().end == i && i + 1 < n &&
        (kAscii[static_cast<unsigned char>(text[i + 1]) & 0x7F] == kLetter ||
         kAscii[static_cast<unsigned char>(text[i + 1]) & 0x7F] == kDigit)) {
      // An e-mail address: fold the glued tokens before '@' into one token.
      size_t start = i;
      while (!out->empty() && out->back().end == start && out->back().kind != TokenKind::kSpace) {
        start = out->back().begin;
        out->pop_back();
      }
      t.begin = static_cast<uint32_t>(start);
      t.kind = TokenKind::kUrl;
      t.end = static_cast<uint32_t>(UrlEnd(text, i + 1));
      out->push_back(t);
      i = t.end;
      continue;
    }
    char32_t f = cp;
    if (utf8::IsApostrophe(cp)) f = '\'';
    else if (utf8::IsDash(cp)) f = '-';
    t.kind = TokenKind::kPunct;
    t.cp = f;
    t.hash = PunctHash(f);
    t.end = static_cast<uint32_t>(i + static_cast<size_t>(len));
    t.length = 1;
    out->push_back(t);
    i = t.end;
  }
}

}  // namespace factmine
