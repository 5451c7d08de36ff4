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

#include <array>
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
  // Return JSONL lines and HTML pages unparsed (RawArticle::pending), for
  // the caller to finish with CompleteArticle on another thread.
  bool defer_parsing = false;
};

// An article as read, before validation: bytes and what the input said of it.
struct RawArticle {
  std::string input;   // the input that holds it: path, "path:line", "-"
  std::string id;      // the JSONL id, or the path as given, or "-"
  std::string bytes;   // the text (for HTML: the extracted article text)
  std::string date, lang, url, title;  // from JSONL fields or HTML meta, may be empty
  std::string date_source;             // "input" (JSONL) or "html" when date is set
  // With ReaderOptions::defer_parsing: `bytes` still holds a JSONL line or
  // an HTML page.
  enum class Pending { kNone, kJsonlLine, kHtmlPage } pending = Pending::kNone;
};

// Parses what the reader deferred (a no-op for a complete article). Errors
// name the reason (malformed JSON, missing text); the caller rejects the
// article with it.
Status CompleteArticle(RawArticle* article);

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

// ---------------------------------------------------------------------------
// Duplicates and stories

// The identity of an article's content: SHA-256 of its text with whitespace
// runs collapsed to one space and trimmed, so that re-wrapping or re-spacing
// an article does not make it new. Two articles with the same key are the
// same article (stored once).
std::string ContentKey(std::string_view text);

// Signatures are one-permutation MinHash sketches (kMinHashSize bins): the
// share of non-empty bins where two sketches agree estimates the Jaccard
// similarity of the two sets.
// Each bin keeps a 16-bit fingerprint of its minimum (0xFFFF: empty), which
// halves storage and comparison time; fingerprint collisions (1 in 65535)
// barely move the estimates.
inline constexpr int kMinHashSize = 64;
inline constexpr uint16_t kEmptyBin16 = 0xFFFF;


// What the store compares to group articles:
//  - `copy`: MinHash of word 5-shingles. Similar (>= ~0.4) only for the same
//    text: an agency dispatch and its reprints or light rewrites, which
//    count as one source.
//  - `topic`: MinHash of the content words (4+ letters, not function words;
//    capitalized words, mostly names, count twice). Similar for articles on
//    the same story from different outlets.
//  - `names`: MinHash of the capitalized words and of the figures (value +
//    unit) of the article: the same in a translation.
inline constexpr int kTopicHashes = 96;
inline constexpr int kNameHashes = 64;
struct StorySignature {
  std::array<uint16_t, kMinHashSize> copy{};
  std::array<uint16_t, kTopicHashes> topic{};
  std::array<uint16_t, kNameHashes> names{};
  bool empty = true;
};
// Builds the signature from per-word folded hashes, in text order, with
// whether each word is a content word and whether it is capitalized.
struct SignatureWord {
  uint64_t hash;
  bool content;
  bool capitalized;
};
// `figures`: hashes of the article's figures ("money 1480000000 EUR").
StorySignature SignatureOf(const std::vector<SignatureWord>& words, const std::vector<uint64_t>& figures);
double TopicSimilarity(const StorySignature& a, const StorySignature& b);
double NameSimilarity(const StorySignature& a, const StorySignature& b);
double CopySimilarity(const StorySignature& a, const StorySignature& b);
// How strongly two articles look like the same story, in units of the
// threshold: max(topic / kStoryTopic, names / kStoryNames). Thresholds tuned
// on the evaluation articles by pairwise F1 of the grouping (see README).
inline constexpr double kStoryTopic = 0.08;
inline constexpr double kStoryNames = 0.12;
double StoryScore(const StorySignature& a, const StorySignature& b, double topic = kStoryTopic,
                  double names = kStoryNames);
// Copy similarity from which an article counts as a copy (same source).
inline constexpr double kCopyThreshold = 0.40;

// Story clustering. Documents are compared with those of the previous and
// next kStoryDays days (undated ones with the kUndatedNeighbours undated
// documents stored before and after them) and merged by average linkage:
// two groups join while the mean StoryScore over all their cross pairs is
// at least 1 (pairs scoring under kStoryScoreFloor count as 0, which keeps
// the pair graph sparse; so do pairs outside both documents' best
// kStoryNeighbours). Copies (CopySimilarity >= kCopyThreshold) form
// copy groups by transitivity. The result depends only on the set of
// documents, not on the order they were ingested in. (The store clusters
// very large sets in chunks of kStoryChunk documents, each chunk seeing the
// settled groups of the previous kStoryDays days: memory stays bounded.)
inline constexpr int kStoryDays = 30;
inline constexpr int kUndatedNeighbours = 1000;
inline constexpr double kStoryScoreFloor = 1.0;
inline constexpr int kStoryNeighbours = 16;
inline constexpr size_t kStoryChunk = 20000;
struct StoryDoc {
  int64_t id = 0;                 // stable document id (ties, copy targets)
  std::optional<long> day;        // days since 1970-01-01
  const StorySignature* sig = nullptr;
  // Documents already settled (by an earlier chunk of a long run): those
  // with the same fixed_group start as one group, new documents may join
  // it, two fixed groups never merge, and their copy group stays.
  int fixed_group = -1;
  int64_t copy_root = 0;          // settled: id of the first of its copy group, 0 if itself
};
struct StoryClusters {
  std::vector<int> cluster;       // per document: cluster number, 0..clusters-1
  std::vector<int64_t> copy_of;   // per document: id of its copy group's first document, or 0
  int clusters = 0;
  size_t pairs_compared = 0;
  size_t pairs_kept = 0;
};
// The thresholds, adjustable for tuning and tests.
struct StoryParams {
  double topic = kStoryTopic;
  double names = kStoryNames;
  double copy = kCopyThreshold;
  double floor = kStoryScoreFloor;
  int days = kStoryDays;
  int threads = 1;  // for the pair sweep; the result does not depend on it
  // The pair sweep's instruction set (tests compare them): the best the CPU
  // has, or a given one, falling back to portable code where the CPU lacks it.
  enum class Kernel { kBest, kPortable, kAvx2, kAvx512 } kernel = Kernel::kBest;
};
StoryClusters ClusterStories(const std::vector<StoryDoc>& docs, const StoryParams& params = {});
// Serialization for the database (little-endian uint32 arrays).
std::string EncodeSignature(const StorySignature& s);
bool DecodeSignature(std::string_view bytes, StorySignature* s);

}  // namespace factmine

#endif  // FACTMINE_CORPUS_CORPUS_H_
