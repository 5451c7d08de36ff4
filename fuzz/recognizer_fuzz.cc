// Fuzz target: tokenizer, number grammar and quantity recognizer on any
// bytes (made valid UTF-8 the way ingestion does), French and English, prose
// and number-list modes. Checks the output invariants.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "base/utf8.h"
#include "corpus/corpus.h"
#include "extract/extract.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > 64 * 1024) return 0;
  std::string text;
  factmine::utf8::ReplaceInvalid(std::string_view(reinterpret_cast<const char*>(data), size), &text);
  struct Lang {
    const factmine::Lexicon* lex;
    factmine::QuantityRecognizer rec;
    factmine::SentenceSplitter splitter;
    explicit Lang(const char* l) : lex(*factmine::Lexicon::Get(l)), rec(*lex), splitter(l) {}
  };
  static Lang* langs[] = {new Lang("fr"), new Lang("en")};
  static factmine::TokenList toks;
  for (Lang* l : langs) {
    const factmine::Lexicon* lex = l->lex;
    factmine::Tokenize(text, lex, &toks);
    factmine::QuantityRecognizer& rec = l->rec;
    factmine::SentenceSplitter& splitter = l->splitter;
    for (auto mode : {factmine::NumberMode::kQuantities, factmine::NumberMode::kNumbers}) {
      factmine::QuantityOptions opt;
      opt.mode = mode;
      std::vector<factmine::Quantity> out;
      rec.Recognize(text, toks, splitter.Lazy(text), opt, &out);
      uint32_t last_end = 0;
      for (const auto& q : out) {
        if (q.span.end > text.size() || q.span.begin >= q.span.end || q.span.begin < last_end) std::abort();
        if (factmine::utf8::FindInvalid(q.span.Of(text)) != std::string_view::npos) std::abort();
        last_end = q.span.end;
      }
    }
  }
  return 0;
}
