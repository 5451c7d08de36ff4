// From raw bytes to a Document: UTF-8 policy, NFC, metadata, language.
#include <utf8proc.h>

#include <cstdlib>
#include <mutex>
#include <vector>

#include "base/date.h"
#include "base/hash.h"
#include "base/utf8.h"
#include "corpus/corpus.h"
#include "data/data.h"
#include "normalize/normalize.h"

namespace factmine {
namespace {

// Whether a code point may change under NFC, conservatively: combining marks
// (reordering, composition), composition exclusions, singleton decompositions,
// Hangul jamo. Precomposed letters such as é are stable and say false.
bool MayChangeUnderNfc(char32_t cp) {
  if (cp >= 0x1100 && cp <= 0x11FF) return true;  // Hangul jamo
  const utf8proc_property_t* p = utf8proc_get_property(static_cast<utf8proc_int32_t>(cp));
  if (p->combining_class != 0 || p->comp_exclusion) return true;
  // Marks, including the spacing ones that compose as a second character
  // with combining class 0 (Indic vowel signs).
  if (p->category == UTF8PROC_CATEGORY_MN || p->category == UTF8PROC_CATEGORY_MC ||
      p->category == UTF8PROC_CATEGORY_ME) {
    return true;
  }
  if (p->decomp_seqindex != UINT16_MAX && p->decomp_type == 0) {
    utf8proc_int32_t buf[4];
    int last = 0;
    utf8proc_ssize_t n = utf8proc_decompose_char(static_cast<utf8proc_int32_t>(cp), buf, 4, UTF8PROC_DECOMPOSE, &last);
    if (n == 1) return true;  // singleton: Å (U+212B) -> Å
  }
  return false;
}

struct NfcTable {
  std::vector<bool> may_change;  // BMP
  NfcTable() : may_change(0x10000) {
    for (char32_t cp = 0x80; cp < 0x10000; ++cp) {
      if (cp >= 0xD800 && cp <= 0xDFFF) continue;
      may_change[cp] = MayChangeUnderNfc(cp);
    }
  }
};

const NfcTable& Nfc() {
  static const NfcTable* t = new NfcTable();
  return *t;
}

std::string_view TrimView(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

std::string Excerpt(std::string_view text, size_t offset) {
  size_t from = offset > 16 ? offset - 16 : 0;
  std::string out;
  for (size_t i = from; i < std::min(text.size(), offset + 16); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c >= 0x20 && c < 0x7F) {
      out.push_back(static_cast<char>(c));
    } else {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02X", c);
      out += buf;
    }
  }
  return out;
}

// One pass over the bytes: the first ill-formed UTF-8 sequence, NUL bytes and
// other control characters (binary data), and whether any code point may
// change under NFC. ASCII runs go eight bytes at a time.
struct TextScan {
  size_t invalid_at = std::string_view::npos;
  size_t nul_at = std::string_view::npos;
  size_t controls = 0;            // in the first 8 KiB
  size_t first_control = 0;
  bool maybe_not_nfc = false;
};

TextScan ScanText(std::string_view s) {
  const NfcTable& nfc = Nfc();
  TextScan r;
  const size_t n = s.size();
  size_t i = 0;
  auto control = [&](unsigned char c, size_t at) {
    if (c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') return;
    if (c == 0 && r.nul_at == std::string_view::npos) r.nul_at = at;
    if (at < 8192) {
      if (r.controls++ == 0) r.first_control = at;
    }
  };
  while (i < n) {
    if (i + 8 <= n) {
      uint64_t v;
      __builtin_memcpy(&v, s.data() + i, 8);
      // No high bit and no byte below 0x20: plain printable ASCII.
      uint64_t low = (v - 0x2020202020202020ULL) & ~v & 0x8080808080808080ULL;
      if (((v & 0x8080808080808080ULL) | low) == 0) {
        i += 8;
        continue;
      }
    }
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      if (c < 0x20) control(c, i);
      ++i;
      continue;
    }
    // Two-byte sequences C2..DF (Latin-1 and Latin Extended: é, à, ç...).
    if (c >= 0xC2 && c <= 0xDF && i + 1 < n && (static_cast<unsigned char>(s[i + 1]) & 0xC0) == 0x80) {
      // U+0300 and up (lead byte 0xCC) may be combining marks.
      if (c >= 0xCC && !r.maybe_not_nfc) {
        int len;
        char32_t cp = utf8::Decode(s, i, &len);
        r.maybe_not_nfc = nfc.may_change[cp];
      }
      i += 2;
      continue;
    }
    size_t bad = utf8::FindInvalid(s.substr(i, std::min<size_t>(4, n - i)));
    if (bad == 0) {
      r.invalid_at = i;
      // Keep looking for NUL and control bytes in the first 8 KiB: random
      // binary data is better named "binary" than "invalid UTF-8".
      for (size_t k = i; k < std::min<size_t>(n, 8192); ++k) {
        unsigned char b = static_cast<unsigned char>(s[k]);
        if (b < 0x20) control(b, k);
      }
      return r;
    }
    int len;
    char32_t cp = utf8::Decode(s, i, &len);
    if (!r.maybe_not_nfc) r.maybe_not_nfc = cp < 0x10000 ? nfc.may_change[cp] : MayChangeUnderNfc(cp);
    i += static_cast<size_t>(len);
  }
  return r;
}

}  // namespace

bool NormalizeNfc(std::string_view text, std::string* out) {
  const NfcTable& t = Nfc();
  bool needed = false;
  for (size_t i = 0; i < text.size();) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      ++i;
      continue;
    }
    int len;
    char32_t cp = utf8::Decode(text, i, &len);
    i += static_cast<size_t>(len);
    if (cp < 0x10000 ? t.may_change[cp] : MayChangeUnderNfc(cp)) {
      needed = true;
      break;
    }
  }
  if (!needed) return false;
  utf8proc_uint8_t* result = nullptr;
  utf8proc_ssize_t n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
                                    static_cast<utf8proc_ssize_t>(text.size()), &result,
                                    static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE));
  if (n < 0) {
    std::free(result);
    return false;
  }
  std::string normalized(reinterpret_cast<const char*>(result), static_cast<size_t>(n));
  std::free(result);
  if (normalized == text) return false;
  *out = std::move(normalized);
  return true;
}

std::optional<std::string> HeaderDate(std::string_view text) {
  size_t pos = 0;
  for (int line = 0; line < 12 && pos < text.size() && pos < 4096; ++line) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view l = TrimView(text.substr(pos, nl - pos));
    pos = nl + 1;
    if (l.size() == 10) {
      if (auto d = CivilDate::Parse(l)) return d->ToString();
    }
  }
  return std::nullopt;
}

std::string DetectLanguage(std::string_view text, std::string_view fallback) {
  struct Lang {
    std::string name;
    const Lexicon* lex;
  };
  static const std::vector<Lang>* langs = [] {
    auto* v = new std::vector<Lang>();
    for (const std::string& l : data::Languages()) {
      auto lex = Lexicon::Get(l);
      if (lex.ok()) v->push_back({l, *lex});
    }
    return v;
  }();
  // 512 bytes of prose hold ~30 function words: enough to tell fr from en
  // even under a headline in the other language.
  thread_local std::vector<uint64_t> words;
  WordHashes(text, 512, &words);
  std::string best(fallback);
  int best_hits = 0;
  for (const Lang& l : *langs) {
    int hits = 0;
    for (uint64_t w : words) {
      int32_t id = l.lex->Find(w);
      if (id >= 0 && (l.lex->word(id).bits & kWordStop)) ++hits;
    }
    if (hits > best_hits) {
      best_hits = hits;
      best = l.name;
    }
  }
  return best;
}

StatusOr<Document> PrepareDocument(RawArticle raw, const PrepareOptions& options) {
  Document doc;
  doc.id = raw.id;
  doc.source = raw.input;
  std::string& bytes = raw.bytes;
  if (TrimView(bytes).find_first_not_of("\n") == std::string_view::npos) {
    return InvalidInputError("empty document");
  }
  TextScan scan = ScanText(bytes);
  if (scan.nul_at != std::string::npos) {
    return InvalidInputError("binary data, not text (NUL byte at " + std::to_string(scan.nul_at) + ": \"" +
                             Excerpt(bytes, scan.nul_at) + "\")");
  }
  // More than 1 % control characters in the first 8 KiB: not prose.
  if (scan.controls > 0 && scan.controls * 100 > std::min<size_t>(bytes.size(), 8192)) {
    return InvalidInputError("binary data, not text (control byte at " + std::to_string(scan.first_control) +
                             ": \"" + Excerpt(bytes, scan.first_control) + "\")");
  }
  bool maybe_not_nfc = scan.maybe_not_nfc;
  if (scan.invalid_at != std::string::npos) {
    size_t bad = scan.invalid_at;
    if (options.utf8 == Utf8Policy::kReject) {
      return InvalidInputError("invalid UTF-8 at byte " + std::to_string(bad) + " (\"" + Excerpt(bytes, bad) +
                               "\"); use --invalid-utf8=replace to keep such documents");
    }
    std::string fixed;
    doc.replaced_bytes = utf8::ReplaceInvalid(bytes, &fixed);
    bytes = std::move(fixed);
    maybe_not_nfc = true;  // rescan below
  }
  // A byte-order mark is not text.
  if (bytes.size() >= 3 && bytes.compare(0, 3, "\xEF\xBB\xBF") == 0) bytes.erase(0, 3);
  std::string nfc;
  if (maybe_not_nfc && NormalizeNfc(bytes, &nfc)) bytes = std::move(nfc);
  doc.text = std::move(bytes);

  // Date: --date, then the input's own field (JSONL, HTML meta), then the header.
  if (!options.date.empty()) {
    auto d = CivilDate::Parse(options.date);
    if (!d) return InvalidArgumentError("--date '" + options.date + "' is not a YYYY-MM-DD date");
    doc.date = d->ToString();
    doc.date_source = "option";
  } else if (!raw.date.empty()) {
    auto d = CivilDate::Parse(raw.date);
    if (!d) return InvalidInputError("date '" + raw.date + "' is not a YYYY-MM-DD date");
    doc.date = d->ToString();
    doc.date_source = raw.date_source.empty() ? "input" : raw.date_source;
  } else if (auto h = HeaderDate(doc.text)) {
    doc.date = *h;
    doc.date_source = "header";
  }

  // Language: --lang, then the input's field, then detection.
  std::string lang = options.lang == "auto" ? "" : options.lang;
  if (lang.empty()) lang = raw.lang;
  if (lang.empty()) lang = DetectLanguage(doc.text);
  if (!Lexicon::Get(lang).ok()) {
    return InvalidInputError("unsupported language '" + lang + "' (languages with data: fr, en)");
  }
  doc.lang = lang;

  // URL and title: the input's, else an article header (URL line, headline).
  doc.url = raw.url;
  doc.title = raw.title;
  if (doc.url.empty() || doc.title.empty()) {
    size_t pos = 0;
    bool header = false;
    for (int line = 0; line < 8 && pos < doc.text.size(); ++line) {
      size_t nl = doc.text.find('\n', pos);
      if (nl == std::string::npos) nl = doc.text.size();
      std::string_view l = TrimView(std::string_view(doc.text).substr(pos, nl - pos));
      pos = nl + 1;
      if (l.empty()) continue;
      if (line == 0 && (l.rfind("http://", 0) == 0 || l.rfind("https://", 0) == 0) &&
          l.find(' ') == std::string_view::npos) {
        if (doc.url.empty()) doc.url = std::string(l);
        header = true;
        continue;
      }
      if (l.size() == 10 && CivilDate::Parse(l)) {
        header = true;
        continue;
      }
      if (header && doc.title.empty() && l.size() < 300) doc.title = std::string(l);
      break;
    }
  }
  doc.sha256 = Sha256Hex(doc.text);
  return doc;
}

}  // namespace factmine
