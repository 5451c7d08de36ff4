#include <algorithm>
#include <map>
#include <mutex>

#include "corpus/corpus.h"
#include "extract/extract.h"

namespace factmine {
namespace {

// Recognizers are immutable: one per language for the whole process.
struct Shared {
  std::unique_ptr<QuantityRecognizer> quantities;
  std::unique_ptr<TimeRecognizer> times;
  std::unique_ptr<FactLinker> facts;
};

StatusOr<const Shared*> SharedRecognizers(const std::string& lang) {
  static std::mutex mu;
  static std::map<std::string, std::unique_ptr<Shared>> cache;
  std::lock_guard<std::mutex> lock(mu);
  auto it = cache.find(lang);
  if (it != cache.end()) return static_cast<const Shared*>(it->second.get());
  auto lex = Lexicon::Get(lang);
  if (!lex.ok()) return lex.status();
  auto r = std::make_unique<Shared>();
  r->quantities = std::make_unique<QuantityRecognizer>(**lex);
  r->times = std::make_unique<TimeRecognizer>(**lex);
  r->facts = std::make_unique<FactLinker>(**lex);
  const Shared* p = r.get();
  cache.emplace(lang, std::move(r));
  return p;
}

}  // namespace

struct Extractor::Lang {
  std::string name;
  const Lexicon* lexicon = nullptr;
  const QuantityRecognizer* quantities = nullptr;
  const TimeRecognizer* times = nullptr;
  const FactLinker* facts = nullptr;
  std::unique_ptr<EntityRecognizer> entities;  // per extractor: it depends on the catalog
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
  auto rec = SharedRecognizers(lang);
  if (!rec.ok()) return rec.status();
  auto l = std::make_unique<Lang>();
  l->name = lang;
  l->lexicon = *lex;
  l->quantities = (*rec)->quantities.get();
  l->times = (*rec)->times.get();
  l->facts = (*rec)->facts.get();
  l->entities = std::make_unique<EntityRecognizer>(**lex, options_.catalog ? options_.catalog : EntityCatalog::Builtin());
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
  std::optional<CivilDate> publication = CivilDate::Parse(doc.date);
  TokenSentences(tokens_, sentences, &token_sentence_);
  l.entities->Recognize(doc.text, tokens_, token_sentence_, out->quantities, &out->entities, &out->mentions);
  l.times->Recognize(doc.text, tokens_, sentences, publication, &out->times);
  // A date alone on its line is the article's dateline, not a period of
  // anything it says.
  std::erase_if(out->times, [&](const TimeExpr& t) {
    auto first = std::lower_bound(tokens_.begin(), tokens_.end(), t.span.begin,
                                  [](const Token& k, uint32_t b) { return k.begin < b; });
    auto after = std::lower_bound(first, tokens_.end(), t.span.end, [](const Token& k, uint32_t e) { return k.begin < e; });
    bool line_start = first == tokens_.begin() || (first != tokens_.end() && (first->flags & kTokNewline));
    bool line_end = after == tokens_.end() || (after->flags & kTokNewline);
    return line_start && line_end;
  });
  // The country the press means when it names none: an entity without
  // mentions, kept only when a fact is about it.
  int implied_country = -1;
  if (auto c = l.entities->DefaultCountry()) {
    bool named = false;
    for (const Entity& e : out->entities) named |= e.id == c->id;
    if (!named) {
      implied_country = static_cast<int>(out->entities.size());
      out->entities.push_back(std::move(*c));
    }
  }
  LinkInput link{doc.text,         tokens_,        token_sentence_, out->quantities,
                 out->entities,    out->mentions,  out->times,      publication, std::nullopt};
  if (!doc.title.empty()) {
    // The headline as the text holds it (within its first lines).
    size_t at = std::string_view(doc.text).substr(0, 4096).find(doc.title);
    if (at != std::string_view::npos) link.title = Span{static_cast<uint32_t>(at), static_cast<uint32_t>(at + doc.title.size())};
  }
  l.facts->Link(link, &out->facts);
  for (Entity& e : out->entities) {
    if (e.body_of_place) e.type = "GOV";
  }
  if (implied_country >= 0) {
    bool used = false;
    for (const Fact& f : out->facts) {
      used |= f.subject == implied_country || f.object == implied_country || f.attributed_to == implied_country;
    }
    if (!used) out->entities.pop_back();
  }
  out->sentences = sentences.Spans();
  out->signature = StorySignature();
  if (options_.signature) ComputeSignature(l, out);
  return Status::Ok();
}

void Extractor::ComputeSignature(const Lang& l, Extraction* out) {
  // Story signature: words in order; content words are 4+ letters and not
  // function words of the language.
  // Names: capitalized words that do not start a sentence or a line.
  words_.clear();
  bool sentence_start = true;
  for (const Token& t : tokens_) {
    if (t.flags & kTokNewline) sentence_start = true;
    if (t.kind == TokenKind::kPunct) {
      if (t.cp == '.' || t.cp == '!' || t.cp == '?' || t.cp == ':' || t.cp == 0xAB || t.cp == '"') {
        sentence_start = true;
      }
      continue;
    }
    if (t.kind != TokenKind::kWord) {
      sentence_start = false;
      continue;
    }
    bool stop = t.lex >= 0 && (l.lexicon->word(t.lex).bits & kWordStop);
    bool name = (t.flags & kTokCapitalized) && !sentence_start;
    words_.push_back({t.hash, !stop && t.length >= 4, name});
    sentence_start = false;
  }
  // Figures, language-independent: "money 1480000000 EUR".
  figures_.clear();
  for (const Quantity& q : out->quantities) {
    if (q.dimension == "number" || q.dimension == "ordinal") continue;
    const std::optional<Value>& v = q.value ? q.value : q.low ? q.low : q.high;
    if (!v) continue;
    std::string key = q.dimension + " " + (v->is_exact() ? v->exact().Normalized().ToString() : std::to_string(v->ToDouble())) +
                      " " + q.unit;
    figures_.push_back(FoldedWordHash(key));
  }
  out->signature = SignatureOf(words_, figures_);
}

void TokenSentences(const TokenList& toks, SentenceIndex& sentences, std::vector<uint32_t>* out) {
  out->resize(toks.size());
  uint32_t current = 0;
  uint32_t current_end = 0;  // byte offset where the current sentence ends
  for (size_t i = 0; i < toks.size(); ++i) {
    if (i == 0 || toks[i].begin >= current_end) {
      current = sentences.IndexOf(toks[i].begin);
      const std::vector<Span>& spans = sentences.Spans();
      current_end = current < spans.size() ? std::max(spans[current].end, toks[i].begin + 1) : UINT32_MAX;
    }
    (*out)[i] = current;
  }
}

}  // namespace factmine
