// Micro-benchmarks of each extraction stage over real French news text.
//
//   factmine_bench [--corpus ../shared/corpus-bulk/orangesum-2019-h1.txt]
//                  [--mb 8] [google benchmark flags]
//
// The corpus is split into articles on its "@@ " header lines. Each
// benchmark reports bytes/second (SetBytesProcessed) for one thread.
#include <benchmark/benchmark.h>

#include <cstring>
#include <fstream>
#include <sstream>

#include "corpus/corpus.h"
#include "extract/extract.h"
#include "output/output.h"

namespace {

std::string g_corpus = "../shared/corpus-bulk/orangesum-2019-h1.txt";
double g_mb = 8;

const std::vector<std::string>& Articles() {
  static const std::vector<std::string> articles = [] {
    std::vector<std::string> out;
    std::ifstream in(g_corpus);
    std::string line, cur;
    size_t total = 0;
    while (std::getline(in, line)) {
      if (line.rfind("@@ ", 0) == 0) {
        if (!cur.empty()) {
          total += cur.size();
          out.push_back(std::move(cur));
          if (total > g_mb * 1e6) break;
        }
        cur.clear();
        continue;
      }
      cur += line;
      cur += '\n';
    }
    if (!cur.empty() && total <= g_mb * 1e6) out.push_back(cur);
    if (out.empty()) std::fprintf(stderr, "factmine_bench: no articles read from %s\n", g_corpus.c_str());
    return out;
  }();
  return articles;
}

size_t TotalBytes() {
  size_t n = 0;
  for (const auto& a : Articles()) n += a.size();
  return n;
}

const factmine::Lexicon& Fr() { return **factmine::Lexicon::Get("fr"); }

void BM_Prepare(benchmark::State& state) {
  factmine::PrepareOptions opt;
  for (auto _ : state) {
    for (const auto& a : Articles()) {
      factmine::RawArticle raw;
      raw.bytes = a;
      auto doc = factmine::PrepareDocument(std::move(raw), opt);
      benchmark::DoNotOptimize(doc);
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * TotalBytes()));
}
BENCHMARK(BM_Prepare)->Unit(benchmark::kMillisecond);

void BM_Tokenize(benchmark::State& state) {
  factmine::TokenList toks;
  for (auto _ : state) {
    for (const auto& a : Articles()) {
      factmine::Tokenize(a, &Fr(), &toks);
      benchmark::DoNotOptimize(toks.size());
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * TotalBytes()));
}
BENCHMARK(BM_Tokenize)->Unit(benchmark::kMillisecond);

void BM_SplitSentences(benchmark::State& state) {
  factmine::SentenceSplitter splitter("fr");
  std::vector<factmine::Span> spans;
  for (auto _ : state) {
    for (const auto& a : Articles()) {
      splitter.Split(a, &spans);
      benchmark::DoNotOptimize(spans.size());
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * TotalBytes()));
}
BENCHMARK(BM_SplitSentences)->Unit(benchmark::kMillisecond);

// The quantity recognizer alone, on tokens prepared outside the loop.
void BM_RecognizeQuantities(benchmark::State& state) {
  factmine::QuantityRecognizer rec(Fr());
  std::vector<factmine::TokenList> toks(Articles().size());
  std::vector<std::vector<factmine::Span>> sentences(Articles().size());
  factmine::SentenceSplitter splitter("fr");
  for (size_t i = 0; i < Articles().size(); ++i) {
    factmine::Tokenize(Articles()[i], &Fr(), &toks[i]);
    splitter.Split(Articles()[i], &sentences[i]);
  }
  std::vector<factmine::Quantity> out;
  factmine::QuantityOptions opt;
  size_t found = 0;
  for (auto _ : state) {
    for (size_t i = 0; i < Articles().size(); ++i) {
      factmine::FixedSentenceIndex index(sentences[i]);
      rec.Recognize(Articles()[i], toks[i], index, opt, &out);
      found += out.size();
    }
  }
  state.counters["quantities"] = static_cast<double>(found) / static_cast<double>(state.iterations());
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * TotalBytes()));
}
BENCHMARK(BM_RecognizeQuantities)->Unit(benchmark::kMillisecond);

// Tokens, sentences and quantities of every article, prepared once for the
// entity, time and linking benchmarks.
struct Prepared {
  std::vector<factmine::TokenList> toks;
  std::vector<std::vector<factmine::Span>> sentences;
  std::vector<std::vector<uint32_t>> token_sentence;
  std::vector<std::vector<factmine::Quantity>> quantities;
  std::vector<std::vector<factmine::Entity>> entities;
  std::vector<std::vector<factmine::EntityMention>> mentions;
  std::vector<std::vector<factmine::TimeExpr>> times;
};

const Prepared& Prep() {
  static const Prepared p = [] {
    Prepared p;
    const auto& arts = Articles();
    size_t n = arts.size();
    p.toks.resize(n);
    p.sentences.resize(n);
    p.token_sentence.resize(n);
    p.quantities.resize(n);
    p.entities.resize(n);
    p.mentions.resize(n);
    p.times.resize(n);
    factmine::SentenceSplitter splitter("fr");
    factmine::QuantityRecognizer qr(Fr());
    factmine::EntityRecognizer er(Fr(), factmine::EntityCatalog::Builtin());
    factmine::TimeRecognizer tr(Fr());
    for (size_t i = 0; i < n; ++i) {
      factmine::Tokenize(arts[i], &Fr(), &p.toks[i]);
      splitter.Split(arts[i], &p.sentences[i]);
      factmine::FixedSentenceIndex index(p.sentences[i]);
      factmine::TokenSentences(p.toks[i], index, &p.token_sentence[i]);
      qr.Recognize(arts[i], p.toks[i], index, {}, &p.quantities[i]);
      er.Recognize(arts[i], p.toks[i], p.token_sentence[i], p.quantities[i], &p.entities[i], &p.mentions[i]);
      tr.Recognize(arts[i], p.toks[i], index, factmine::CivilDate{2020, 6, 15}, &p.times[i]);
    }
    return p;
  }();
  return p;
}

void BM_RecognizeEntities(benchmark::State& state) {
  const Prepared& p = Prep();
  factmine::EntityRecognizer er(Fr(), factmine::EntityCatalog::Builtin());
  std::vector<factmine::Entity> entities;
  std::vector<factmine::EntityMention> mentions;
  size_t found = 0;
  for (auto _ : state) {
    for (size_t i = 0; i < Articles().size(); ++i) {
      er.Recognize(Articles()[i], p.toks[i], p.token_sentence[i], p.quantities[i], &entities, &mentions);
      found += mentions.size();
    }
  }
  state.counters["mentions"] = static_cast<double>(found) / static_cast<double>(state.iterations());
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * TotalBytes()));
}
BENCHMARK(BM_RecognizeEntities)->Unit(benchmark::kMillisecond);

void BM_RecognizeTimes(benchmark::State& state) {
  const Prepared& p = Prep();
  factmine::TimeRecognizer tr(Fr());
  std::vector<factmine::TimeExpr> times;
  size_t found = 0;
  for (auto _ : state) {
    for (size_t i = 0; i < Articles().size(); ++i) {
      factmine::FixedSentenceIndex index(p.sentences[i]);
      tr.Recognize(Articles()[i], p.toks[i], index, factmine::CivilDate{2020, 6, 15}, &times);
      found += times.size();
    }
  }
  state.counters["times"] = static_cast<double>(found) / static_cast<double>(state.iterations());
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * TotalBytes()));
}
BENCHMARK(BM_RecognizeTimes)->Unit(benchmark::kMillisecond);

void BM_LinkFacts(benchmark::State& state) {
  const Prepared& p = Prep();
  factmine::FactLinker linker(Fr());
  std::vector<factmine::Fact> facts;
  size_t found = 0;
  for (auto _ : state) {
    for (size_t i = 0; i < Articles().size(); ++i) {
      factmine::LinkInput in{Articles()[i], p.toks[i],     p.token_sentence[i], p.quantities[i],
                             p.entities[i], p.mentions[i], p.times[i],          factmine::CivilDate{2020, 6, 15}, std::nullopt};
      linker.Link(in, &facts);
      found += facts.size();
    }
  }
  state.counters["facts"] = static_cast<double>(found) / static_cast<double>(state.iterations());
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * TotalBytes()));
}
BENCHMARK(BM_LinkFacts)->Unit(benchmark::kMillisecond);

// Everything `extract` does per article after reading: prepare, tokenize,
// split, recognize, write JSON.
void BM_ExtractPipeline(benchmark::State& state) {
  factmine::Extractor extractor({});
  factmine::PrepareOptions opt;
  factmine::Extraction ex;
  std::string json;
  for (auto _ : state) {
    for (const auto& a : Articles()) {
      factmine::RawArticle raw;
      raw.bytes = a;
      auto doc = factmine::PrepareDocument(std::move(raw), opt);
      if (!doc.ok()) continue;
      (void)extractor.Extract(*doc, &ex);
      json.clear();
      factmine::AppendExtractionJson(&json, *doc, ex);
      benchmark::DoNotOptimize(json.size());
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * TotalBytes()));
}
BENCHMARK(BM_ExtractPipeline)->Unit(benchmark::kMillisecond);

// Story clustering of the articles' signatures, 20 articles a day (about
// the rate of the bulk corpus), one thread: the pair sweep and the linkage.
void BM_ClusterStories(benchmark::State& state) {
  factmine::ExtractOptions options;
  options.signature = true;
  factmine::Extractor extractor(options);
  factmine::PrepareOptions opt;
  factmine::Extraction ex;
  std::vector<factmine::StorySignature> sigs;
  for (const auto& a : Articles()) {
    factmine::RawArticle raw;
    raw.bytes = a;
    auto doc = factmine::PrepareDocument(std::move(raw), opt);
    if (!doc.ok() || !extractor.Extract(*doc, &ex).ok()) continue;
    sigs.push_back(ex.signature);
  }
  std::vector<factmine::StoryDoc> docs(sigs.size());
  for (size_t i = 0; i < sigs.size(); ++i) {
    docs[i].id = static_cast<int64_t>(i + 1);
    docs[i].day = static_cast<long>(i / 20);
    docs[i].sig = &sigs[i];
  }
  size_t pairs = 0;
  for (auto _ : state) {
    factmine::StoryClusters c = factmine::ClusterStories(docs);
    pairs = c.pairs_compared;
    benchmark::DoNotOptimize(c.clusters);
  }
  state.counters["pairs"] = static_cast<double>(pairs);
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * pairs));
}
BENCHMARK(BM_ClusterStories)->Unit(benchmark::kMillisecond);

}  // namespace

int main(int argc, char** argv) {
  std::vector<char*> rest;
  for (int i = 0; i < argc; ++i) {
    if (std::strcmp(argv[i], "--corpus") == 0 && i + 1 < argc) {
      g_corpus = argv[++i];
    } else if (std::strcmp(argv[i], "--mb") == 0 && i + 1 < argc) {
      g_mb = std::atof(argv[++i]);
    } else {
      rest.push_back(argv[i]);
    }
  }
  int n = static_cast<int>(rest.size());
  benchmark::Initialize(&n, rest.data());
  if (Articles().empty()) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
