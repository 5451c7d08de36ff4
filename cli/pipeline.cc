#include "cli/pipeline.h"

#include <atomic>
#include <thread>
#include <variant>

namespace factmine::cli {
namespace {

struct Item {
  // Exactly one of: a prepared document, a rejection, a skip.
  std::optional<Document> doc;
  std::optional<Rejection> rejection;
  Extraction extraction;
  Status status;
};

}  // namespace

void RunPipeline(ArticleReader& reader, const PipelineOptions& options,
                 const std::function<void(const Document&, const Extraction&)>& on_document,
                 const std::function<void(const Rejection&)>& on_rejected,
                 const std::function<void()>& on_batch_end,
                 const std::function<void(const PipelineStats&)>& progress, PipelineStats* stats) {
  const int threads = std::max(1, options.threads);
  std::vector<std::unique_ptr<Extractor>> extractors;
  for (int t = 0; t < threads; ++t) extractors.push_back(std::make_unique<Extractor>(options.extract));

  std::vector<Item> batch;
  bool end = false;
  while (!end) {
    // 1. Read and prepare a batch (sequential: reading is cheap and ordered).
    batch.clear();
    size_t bytes = 0;
    while (batch.size() < options.batch_docs && bytes < options.batch_bytes) {
      RawArticle raw;
      Rejection rej;
      auto r = reader.Next(&raw, &rej);
      if (r == ArticleReader::Result::kEnd) {
        end = true;
        break;
      }
      Item item;
      if (r == ArticleReader::Result::kRejected) {
        item.rejection = std::move(rej);
      } else {
        std::string input = raw.input;
        auto doc = PrepareDocument(std::move(raw), options.prepare);
        if (!doc.ok()) {
          item.rejection = Rejection{input, doc.status().message()};
        } else if (options.want && !options.want(*doc)) {
          ++stats->skipped;
          continue;
        } else {
          bytes += doc->text.size();
          item.doc = std::move(*doc);
        }
      }
      batch.push_back(std::move(item));
    }
    // 2. Extract in parallel.
    std::atomic<size_t> next{0};
    auto work = [&](int t) {
      while (true) {
        size_t i = next.fetch_add(1);
        if (i >= batch.size()) break;
        Item& it = batch[i];
        if (it.doc) it.status = extractors[static_cast<size_t>(t)]->Extract(*it.doc, &it.extraction);
      }
    };
    if (threads == 1 || batch.size() < 2) {
      work(0);
    } else {
      std::vector<std::thread> pool;
      for (int t = 0; t < threads; ++t) pool.emplace_back(work, t);
      for (auto& th : pool) th.join();
    }
    // 3. Deliver in order.
    for (Item& it : batch) {
      if (it.rejection) {
        ++stats->rejected;
        on_rejected(*it.rejection);
      } else if (!it.status.ok()) {
        ++stats->rejected;
        on_rejected(Rejection{it.doc->source, it.status.message()});
      } else {
        ++stats->documents;
        stats->bytes += it.doc->text.size();
        on_document(*it.doc, it.extraction);
      }
    }
    if (on_batch_end) on_batch_end();
    if (progress) progress(*stats);
  }
}

}  // namespace factmine::cli
