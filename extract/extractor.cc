#include <map>
#include <mutex>

#include "corpus/corpus.h"
#include "extract/extract.h"

namespace factmine {
namespace {

// Recognizers are immutable: one per language for the whole process.
StatusOr<const QuantityRecognizer*> SharedRecognizer(const std::string& lang) {
  static std::mutex mu;
  static std::map<std::string, std::unique_ptr<QuantityRecognizer>> cache;
  std::lock_guard<std::mutex> lock(mu);
  auto it = cache.find(lang);
  if (it != cache.end()) return static_cast<const QuantityRecognizer*>(it->second.get());
  auto lex = Lexicon::Get(lang);
  if (!lex.ok()) return lex.status();
  auto r = std::make_unique<QuantityRecognizer>(**lex);
  const QuantityRecognizer* p = r.get();
  cache.emplace(lang, std::move(r));
  return p;
}

}  // namespace

struct Extractor::Lang {
  std::string name;
  const Lexicon* lexicon = nullptr;
  const QuantityRecognizer* quantities = nullptr;
  std::unique_ptr<SentenceSplitter> splitter;
};

Extractor::Extractor(ExtractOptions options) : options_(std::move(options)) {}
Extractor::~Extractor() = default;

StatusOr<Extractor::Lang*> Extractor::ForLanguage(const std::string& lang) {
  for (auto& l : langs_) {
    if (l->name == lang) return l.get();
  }
  auto lex = Lexicon::Get(lang);
  if (!lex.ok()) return lex.status();
  auto rec = SharedRecognizer(lang);
  if (!rec.ok()) return rec.status();
  auto l = std::make_unique<Lang>();
  l->name = lang;
  l->lexicon = *lex;
  l->quantities = *rec;
  l->splitter = std::make_unique<SentenceSplitter>(lang);
  langs_.push_back(std::move(l));
  return langs_.back().get();
}

Status Extractor::Extract(const Document& doc, Extraction* out) {
  out->sentences.clear();
  out->quantities.clear();
  auto lang = ForLanguage(doc.lang);
  if (!lang.ok()) return lang.status();
  Lang& l = **lang;
  Tokenize(doc.text, l.lexicon, &tokens_);
  SentenceIndex& sentences = l.splitter->Lazy(doc.text);
  l.quantities->Recognize(doc.text, tokens_, sentences, options_.quantities, &out->quantities);
  out->sentences = sentences.Spans();
  return Status::Ok();
}

}  // namespace factmine
