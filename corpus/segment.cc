// Sentence segmentation: ICU's rule-based sentence break iterator, then the
// language's own abbreviation list, matched on whole words. (Not ICU's CLDR
// suppressions, `fr@ss=standard`: ICU 72 matches them on word endings, so
// that its "aux." kept "travaux.", "taux." and "municipaux." from ending a
// sentence; the useful entries of that list are in ours.) ICU runs over UTF-16 (its native form: 1.5x faster than
// a UTF-8 UText here, conversion included); boundaries are mapped back to
// UTF-8 byte offsets in one forward walk.
#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <map>
#include <mutex>
#include <set>

#include "corpus/corpus.h"
#include "data/data.h"

namespace factmine {
namespace {

struct Prototype {
  std::unique_ptr<icu::BreakIterator> iterator;
  std::set<std::string, std::less<>> abbreviations;
};

const Prototype& GetPrototype(std::string_view lang) {
  static std::mutex mu;
  static std::map<std::string, std::unique_ptr<Prototype>, std::less<>> cache;
  std::lock_guard<std::mutex> lock(mu);
  auto it = cache.find(lang);
  if (it != cache.end()) return *it->second;
  auto p = std::make_unique<Prototype>();
  UErrorCode status = U_ZERO_ERROR;
  p->iterator.reset(icu::BreakIterator::createSentenceInstance(icu::Locale(std::string(lang).c_str()), status));
  if (U_FAILURE(status) || !p->iterator) {
    status = U_ZERO_ERROR;
    p->iterator.reset(icu::BreakIterator::createSentenceInstance(icu::Locale::getRoot(), status));
  }
  if (auto content = data::Find(std::string(lang) + "/abbreviations.txt")) {
    size_t pos = 0;
    while (pos < content->size()) {
      size_t nl = content->find('\n', pos);
      if (nl == std::string_view::npos) nl = content->size();
      std::string_view line = content->substr(pos, nl - pos);
      pos = nl + 1;
      if (!line.empty() && line[0] != '#') p->abbreviations.emplace(line);
    }
  }
  const Prototype& ref = *p;
  cache.emplace(std::string(lang), std::move(p));
  return ref;
}

bool IsSpaceByte(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }

}  // namespace

uint32_t FixedSentenceIndex::IndexOf(uint32_t offset) {
  if (spans_.empty()) return 0;
  auto it = std::upper_bound(spans_.begin(), spans_.end(), offset,
                             [](uint32_t off, const Span& sp) { return off < sp.begin; });
  if (it == spans_.begin()) return 0;
  return static_cast<uint32_t>(it - spans_.begin() - 1);
}

// Walks ICU's boundaries forward on demand.
class SentenceSplitter::LazyIndex : public SentenceIndex {
 public:
  explicit LazyIndex(SentenceSplitter::Impl* impl) : impl_(impl) {}
  void Reset(std::string_view text);
  uint32_t IndexOf(uint32_t offset) override;
  const std::vector<Span>& Spans() const override { return spans_; }
  // Advances by one ICU boundary; false at the end of the text.
  bool Advance();

 private:
  SentenceSplitter::Impl* impl_;
  std::string_view text_;
  std::vector<Span> spans_;
  size_t start_ = 0;   // start of the sentence being built
  size_t byte_ = 0;    // UTF-8 offset matching unit_
  int32_t unit_ = 0;   // UTF-16 offset
  bool started_ = false, done_ = false;
};

struct SentenceSplitter::Impl {
  std::unique_ptr<icu::BreakIterator> iterator;
  const std::set<std::string, std::less<>>* abbreviations = nullptr;
  icu::UnicodeString utf16;
  std::unique_ptr<LazyIndex> lazy;
};

namespace {

bool EndsWithAbbreviation(std::string_view text, size_t start, size_t e,
                          const std::set<std::string, std::less<>>& abbreviations) {
  if (e <= start || text[e - 1] != '.') return false;
  size_t w = e - 1;
  while (w > start && !IsSpaceByte(text[w - 1]) && text[w - 1] != '(' && text[w - 1] != '"') --w;
  std::string_view word = text.substr(w, e - w);
  bool initial = word.size() == 2 && word[0] >= 'A' && word[0] <= 'Z';
  return initial || abbreviations.count(word) > 0;
}

// "486,2 millions d'euros. C'est le chiffre d'affaires du groupe": a figure
// standing alone, whose next sentence says what it measures (a "key
// figures" list), does not end a sentence: it opens the next one.
bool FigureHeading(std::string_view text, size_t start, size_t e) {
  while (start < e && IsSpaceByte(text[start])) ++start;
  if (start >= e || text[e - 1] != '.' || text[start] < '0' || text[start] > '9') return false;
  int words = 0;
  size_t run = 0;
  for (size_t k = start; k <= e; ++k) {
    const unsigned char c = k < e ? static_cast<unsigned char>(text[k]) : ' ';
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80) {
      ++run;
    } else {
      if (run >= 2) ++words;
      run = 0;
    }
  }
  return words <= 3 && e - start <= 40;
}

void Emit(std::string_view text, size_t begin, size_t end, std::vector<Span>* out) {
  while (begin < end && IsSpaceByte(text[begin])) ++begin;
  while (end > begin && IsSpaceByte(text[end - 1])) --end;
  if (end > begin) out->push_back(Span{static_cast<uint32_t>(begin), static_cast<uint32_t>(end)});
}

}  // namespace

void SentenceSplitter::LazyIndex::Reset(std::string_view text) {
  text_ = text;
  spans_.clear();
  start_ = byte_ = 0;
  unit_ = 0;
  started_ = false;
  done_ = text.empty();
}

bool SentenceSplitter::LazyIndex::Advance() {
  if (done_) return false;
  if (!impl_->iterator) {
    Emit(text_, 0, text_.size(), &spans_);
    done_ = true;
    return false;
  }
  if (!started_) {
    impl_->utf16 = icu::UnicodeString::fromUTF8(icu::StringPiece(text_.data(), static_cast<int32_t>(text_.size())));
    impl_->iterator->setText(impl_->utf16);
    impl_->iterator->first();
    started_ = true;
  }
  while (true) {
    int32_t b = impl_->iterator->next();
    if (b == icu::BreakIterator::DONE) {
      if (start_ < text_.size()) Emit(text_, start_, text_.size(), &spans_);
      done_ = true;
      return false;
    }
    // UTF-16 boundary -> UTF-8 offset (boundaries only grow).
    while (unit_ < b && byte_ < text_.size()) {
      unsigned char c = static_cast<unsigned char>(text_[byte_]);
      int len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
      byte_ += static_cast<size_t>(len);
      unit_ += len == 4 ? 2 : 1;
    }
    size_t end = byte_;
    // An abbreviation or an initial does not end the sentence ("M. Dupont",
    // "env. 30 %", "J. Smith"); a line break always does.
    size_t e = end;
    while (e > start_ && IsSpaceByte(text_[e - 1])) --e;
    bool hard = false;
    for (size_t k = e; k < end; ++k) hard |= text_[k] == '\n';
    if (!hard && end < text_.size() && EndsWithAbbreviation(text_, start_, e, *impl_->abbreviations)) continue;
    if (!hard && end < text_.size() && FigureHeading(text_, start_, e)) continue;
    size_t before = spans_.size();
    Emit(text_, start_, end, &spans_);
    start_ = end;
    if (spans_.size() > before) return true;
  }
}

uint32_t SentenceSplitter::LazyIndex::IndexOf(uint32_t offset) {
  while (!done_ && (spans_.empty() || start_ <= offset)) {
    if (!Advance()) break;
  }
  if (spans_.empty()) return 0;
  auto it = std::upper_bound(spans_.begin(), spans_.end(), offset,
                             [](uint32_t off, const Span& sp) { return off < sp.begin; });
  if (it == spans_.begin()) return 0;
  return static_cast<uint32_t>(it - spans_.begin() - 1);
}

SentenceSplitter::SentenceSplitter(std::string_view lang) : impl_(std::make_unique<Impl>()) {
  const Prototype& p = GetPrototype(lang);
  static std::mutex clone_mu;  // clone() reads shared state
  std::lock_guard<std::mutex> lock(clone_mu);
  impl_->iterator.reset(p.iterator ? p.iterator->clone() : nullptr);
  impl_->abbreviations = &p.abbreviations;
  impl_->lazy = std::make_unique<LazyIndex>(impl_.get());
}

SentenceSplitter::~SentenceSplitter() = default;

SentenceIndex& SentenceSplitter::Lazy(std::string_view text) {
  impl_->lazy->Reset(text);
  return *impl_->lazy;
}

void SentenceSplitter::Split(std::string_view text, std::vector<Span>* out) {
  LazyIndex& lazy = *impl_->lazy;
  lazy.Reset(text);
  while (lazy.Advance()) {
  }
  *out = lazy.Spans();
}

}  // namespace factmine
