// Sentence segmentation: ICU's rule-based sentence break iterator with the
// CLDR suppressions of the locale (`fr@ss=standard`), over UTF-8 directly so
// boundaries are byte offsets, then the language's own abbreviation list.
#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/utext.h>

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
  std::string locale = std::string(lang) + "@ss=standard";
  p->iterator.reset(icu::BreakIterator::createSentenceInstance(icu::Locale(locale.c_str()), status));
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

struct SentenceSplitter::Impl {
  std::unique_ptr<icu::BreakIterator> iterator;
  const std::set<std::string, std::less<>>* abbreviations = nullptr;
  UText* text = nullptr;
  ~Impl() {
    if (text) utext_close(text);
  }
};

SentenceSplitter::SentenceSplitter(std::string_view lang) : impl_(std::make_unique<Impl>()) {
  const Prototype& p = GetPrototype(lang);
  static std::mutex clone_mu;  // clone() reads shared state
  std::lock_guard<std::mutex> lock(clone_mu);
  impl_->iterator.reset(p.iterator ? p.iterator->clone() : nullptr);
  impl_->abbreviations = &p.abbreviations;
}

SentenceSplitter::~SentenceSplitter() = default;

void SentenceSplitter::Split(std::string_view text, std::vector<Span>* out) {
  out->clear();
  if (text.empty()) return;
  auto emit = [&](size_t begin, size_t end) {
    while (begin < end && IsSpaceByte(text[begin])) ++begin;
    while (end > begin && IsSpaceByte(text[end - 1])) --end;
    // Also trim the no-break spaces ICU leaves at the ends.
    if (end > begin) out->push_back(Span{static_cast<uint32_t>(begin), static_cast<uint32_t>(end)});
  };
  if (!impl_->iterator) {
    emit(0, text.size());
    return;
  }
  UErrorCode status = U_ZERO_ERROR;
  impl_->text = utext_openUTF8(impl_->text, text.data(), static_cast<int64_t>(text.size()), &status);
  if (U_FAILURE(status)) {
    emit(0, text.size());
    return;
  }
  impl_->iterator->setText(impl_->text, status);
  if (U_FAILURE(status)) {
    emit(0, text.size());
    return;
  }
  size_t start = 0;
  int32_t b = impl_->iterator->first();
  for (b = impl_->iterator->next(); b != icu::BreakIterator::DONE; b = impl_->iterator->next()) {
    size_t end = static_cast<size_t>(b);
    // Look at the word before the break: an abbreviation or an initial does
    // not end the sentence ("M. Dupont", "env. 30 %", "J. Smith").
    size_t e = end;
    while (e > start && IsSpaceByte(text[e - 1])) --e;
    bool hard = false;
    for (size_t k = e; k < end; ++k) hard |= text[k] == '\n';
    if (!hard && end < text.size() && e > start && text[e - 1] == '.') {
      size_t w = e - 1;
      while (w > start && !IsSpaceByte(text[w - 1]) && text[w - 1] != '(' && text[w - 1] != '"') --w;
      std::string_view word = text.substr(w, e - w);
      bool initial = word.size() == 2 && word[0] >= 'A' && word[0] <= 'Z';
      if (initial || impl_->abbreviations->count(word) > 0) continue;
    }
    emit(start, end);
    start = end;
  }
  if (start < text.size()) emit(start, text.size());
}

}  // namespace factmine
