// corpus: reading articles and turning raw bytes into Documents.
//
//   - ArticleReader walks the inputs a user names (files, folders, JSONL,
//     HTML pages, stdin) and yields raw articles one at a time, so memory
//     stays flat however many articles there are;
//   - PrepareDocument validates UTF-8 once (policy: reject or replace),
//     normalizes to NFC (utf8proc), and fills metadata: the date from the
//     option, the input, the HTML meta tags or the article header; the
//     language by stop-word counts when not given; sha256 of the text;
//   - SentenceSplitter cuts a document into sentences with ICU (locale
//     `<lang>@ss=standard`) plus the language's abbreviation list, so that
//     "M." or "env." do not end a sentence.
//
// Nothing here prints or exits. Errors name the input and the reason.
#ifndef FACTMINE_CORPUS_CORPUS_H_
#define FACTMINE_CORPUS_CORPUS_H_

#include <cstdint>
#include <cstdio>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/document.h"
#include "base/status.h"

namespace factmine {

enum class InputFormat { kAuto, kText, kJsonl, kHtml };
StatusOr<InputFormat> ParseInputFormat(std::string_view name);

// What to do with bytes that are not UTF-8.
enum class Utf8Policy {
  kReject,   // the document is rejected, naming the byte offset (default)
  kReplace,  // each ill-formed sequence becomes U+FFFD, and the count is kept
};

struct ReaderOptions {
  InputFormat format = InputFormat::kAuto;
  // Documents (or JSONL lines) larger than this are rejected, not read.
  size_t max_document_bytes = 64u << 20;
};

// An article as read, before validation: bytes and what the input said of it.
struct RawArticle {
  std::string input;   // the input that holds it: path, "path:line", "-"
  std::string id;      // the JSONL id, or the path as given, or "-"
  std::string bytes;   // the text (for HTML: the extracted article text)
  std::string date, lang, url, title;  // from JSONL fields or HTML meta, may be empty
  std::string date_source;             // "input" (JSONL) or "html" when date is set
};

// A rejected input: where, why, and (when it helps) at which byte.
struct Rejection {
  std::string input;
  std::string reason;
};

// Walks inputs in order: files as given, folders recursively in sorted
// order (hidden files skipped), "-" for stdin. Not thread-safe: one reader,
// one thread (the pipeline parallelizes after reading).
class ArticleReader {
 public:
  ArticleReader(std::vector<std::string> inputs, ReaderOptions options);
  ~ArticleReader();

  enum class Result { kArticle, kRejected, kEnd };
  // kArticle: *article holds the next article. kRejected: an input (a file,
  // a JSONL line) could not be read and *rejected says which and why; the
  // reader has moved past it. kEnd: nothing left.
  Result Next(RawArticle* article, Rejection* rejected);

  // Bytes read so far and total bytes of regular files to read (for progress).
  uint64_t bytes_read() const { return bytes_read_; }
  uint64_t bytes_total() const { return bytes_total_; }

 private:
  struct Source;
  bool OpenNext(Rejection* rejected, bool* failed);

  std::vector<std::string> pending_;  // files still to open, in order
  ReaderOptions options_;
  std::unique_ptr<Source> current_;
  uint64_t bytes_read_ = 0;
  uint64_t bytes_total_ = 0;
};

// Parses one JSONL input line ({"id", "text", "date", "lang", "url",
// "title"}; only "text" is required) into *article. `where` names the line
// ("file:12") in errors and is the id when the line has none. Blank lines:
// NotFound. Malformed JSON or a missing "text": InvalidInput saying why.
Status ParseJsonlLine(std::string_view line, const std::string& where, RawArticle* article);

// Extracts the article of an HTML page: text of the main content (the
// <article>, else <main>, else the body without navigation, scripts, forms,
// headers and footers), title, publication date and canonical URL from the
// usual meta tags. Uses gumbo (HTML5 parsing). Never fails: a page with no
// text yields empty `bytes`.
RawArticle ExtractHtml(std::string_view html, std::string input);

struct PrepareOptions {
  Utf8Policy utf8 = Utf8Policy::kReject;
  std::string lang;  // "fr", "en"; empty or "auto" = detect
  std::string date;  // --date: wins over every other source when set
};

// Validates, normalizes and describes a raw article. InvalidInput (with the
// byte offset) for ill-formed UTF-8 under kReject, NUL bytes or other binary
// content, an empty text. On success the Document owns its NFC text.
StatusOr<Document> PrepareDocument(RawArticle raw, const PrepareOptions& options);

// NFC of valid UTF-8 (utf8proc), with a fast path for text that is already
// NFC (almost all news text): returns false and leaves *out untouched then.
bool NormalizeNfc(std::string_view text, std::string* out);

// Language of a text among those with data ("fr", "en"), by counting each
// language's function words in the first few kilobytes; `fallback` if none.
std::string DetectLanguage(std::string_view text, std::string_view fallback = "fr");

// Publication date found in an article header: a line "YYYY-MM-DD" among the
// first lines (the layout of many news exports). nullopt if none.
std::optional<std::string> HeaderDate(std::string_view text);

// Which sentence holds a byte offset. Implementations may compute sentence
// boundaries lazily, only as far as the offsets asked for.
class SentenceIndex {
 public:
  virtual ~SentenceIndex() = default;
  // 0-based index of the sentence that holds byte `offset` (the last
  // sentence that starts at or before it).
  virtual uint32_t IndexOf(uint32_t offset) = 0;
  // The sentence spans computed so far, in order.
  virtual const std::vector<Span>& Spans() const = 0;
};

// A SentenceIndex over spans computed beforehand.
class FixedSentenceIndex : public SentenceIndex {
 public:
  explicit FixedSentenceIndex(std::vector<Span> spans) : spans_(std::move(spans)) {}
  uint32_t IndexOf(uint32_t offset) override;
  const std::vector<Span>& Spans() const override { return spans_; }

 private:
  std::vector<Span> spans_;
};

// Sentence spans of a text. One splitter per thread (ICU break iterators are
// not thread-safe); construction clones a cached prototype per language.
class SentenceSplitter {
 public:
  explicit SentenceSplitter(std::string_view lang);
  ~SentenceSplitter();
  SentenceSplitter(const SentenceSplitter&) = delete;
  SentenceSplitter& operator=(const SentenceSplitter&) = delete;

  // Appends sentence spans covering `text` (cleared first). Leading and
  // trailing spaces of each sentence are trimmed; empty sentences dropped.
  void Split(std::string_view text, std::vector<Span>* out);

  // A lazy index over `text`: ICU runs only as far as the offsets asked for
  // (most documents need no sentence after their last figure). Valid until
  // the next call to Split() or Lazy(); `text` must outlive it.
  SentenceIndex& Lazy(std::string_view text);

 private:
  struct Impl;
  class LazyIndex;
  std::unique_ptr<Impl> impl_;
};

}  // namespace factmine

#endif  // FACTMINE_CORPUS_CORPUS_H_
