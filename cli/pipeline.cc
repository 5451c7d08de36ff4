#include "cli/pipeline.h"

#include <atomic>
#include <mutex>
#include <thread>
#include <variant>

namespace factmine::cli {
namespace {

struct Item {
  RawArticle raw;                      // read, not yet prepared
  std::optional<Document> doc;         // prepared
  std::optional<Rejection> rejection;  // or rejected
  bool skipped = false;                // `want` said no
  Extraction extraction;
  Status status;
  int64_t tag = 0;
};

// Reads up to a batch of articles; false at the end of the input.
bool ReadBatch(ArticleReader& reader, const PipelineOptions& options, std::vector<Item>* batch) {
  batch->clear();
  size_t bytes = 0;
  while (batch->size() < options.batch_docs && bytes < options.batch_bytes) {
    Item item;
    Rejection rej;
    auto r = reader.Next(&item.raw, &rej);
    if (r == ArticleReader::Result::kEnd) return false;
    if (r == ArticleReader::Result::kRejected) item.rejection = std::move(rej);
    bytes += item.raw.bytes.size();
    batch->push_back(std::move(item));
  }
  return true;
}

// Prepares, filters and extracts a batch with `threads` threads; returns the
// first error of `want`, if any.
class Workers {
 public:
  Workers(const PipelineOptions& options, std::vector<std::unique_ptr<Extractor>>* extractors)
      : options_(options), extractors_(extractors) {}
  ~Workers() { (void)Join(); }

  void Start(std::vector<Item>* batch) {
    batch_ = batch;
    next_.store(0);
    error_ = Status::Ok();
    const int threads = std::max(1, options_.threads);
    for (int t = 0; t < threads; ++t) pool_.emplace_back([this, t] { Work(t); });
  }
  Status Join() {
    for (auto& th : pool_) th.join();
    pool_.clear();
    return error_;
  }

 private:
  void Work(int t) {
    while (true) {
      size_t i = next_.fetch_add(1);
      if (i >= batch_->size()) break;
      Item& it = (*batch_)[i];
      if (it.rejection) continue;
      std::string input = it.raw.input;
      if (Status st = CompleteArticle(&it.raw); !st.ok()) {
        it.rejection = Rejection{input, st.message()};
        continue;
      }
      auto doc = PrepareDocument(std::move(it.raw), options_.prepare);
      if (!doc.ok()) {
        it.rejection = Rejection{input, doc.status().message()};
        continue;
      }
      if (options_.want) {
        auto want = options_.want(*doc, t, &it.tag);
        if (!want.ok()) {
          std::lock_guard<std::mutex> lock(mu_);
          if (error_.ok()) error_ = want.status();
          continue;
        }
        if (!*want) {
          it.skipped = true;
          continue;
        }
      }
      it.doc = std::move(*doc);
      it.status = (*extractors_)[static_cast<size_t>(t)]->Extract(*it.doc, &it.extraction);
    }
  }

  const PipelineOptions& options_;
  std::vector<std::unique_ptr<Extractor>>* extractors_;
  std::vector<Item>* batch_ = nullptr;
  std::atomic<size_t> next_{0};
  std::vector<std::thread> pool_;
  std::mutex mu_;
  Status error_;
};

}  // namespace

Status RunPipeline(ArticleReader& reader, const PipelineOptions& options,
                   const std::function<void(const Document&, const Extraction&, int64_t tag)>& on_document,
                   const std::function<void(const Rejection&)>& on_rejected,
                   const std::function<Status()>& on_batch_end,
                   const std::function<void(const PipelineStats&)>& progress, PipelineStats* stats) {
  const int threads = std::max(1, options.threads);
  std::vector<std::unique_ptr<Extractor>> extractors;
  for (int t = 0; t < threads; ++t) extractors.push_back(std::make_unique<Extractor>(options.extract));

  // Delivers a processed batch in input order, then ends it.
  auto deliver = [&](std::vector<Item>& batch) -> Status {
    for (Item& it : batch) {
      if (it.skipped) {
        ++stats->skipped;
      } else if (it.rejection) {
        ++stats->rejected;
        on_rejected(*it.rejection);
      } else if (!it.status.ok()) {
        ++stats->rejected;
        on_rejected(Rejection{it.doc->source, it.status.message()});
      } else {
        ++stats->documents;
        stats->bytes += it.doc->text.size();
        on_document(*it.doc, it.extraction, it.tag);
      }
    }
    if (on_batch_end) FACTMINE_RETURN_IF_ERROR(on_batch_end());
    if (progress) progress(*stats);
    return Status::Ok();
  };

  // Three batches: the workers process `current` while the calling thread
  // delivers `previous` and reads `next`.
  std::vector<Item> current, previous, next;
  bool have_previous = false;
  Workers workers(options, &extractors);
  bool more = ReadBatch(reader, options, &current);
  while (!current.empty()) {
    workers.Start(&current);
    Status delivered = have_previous ? deliver(previous) : Status::Ok();
    next.clear();
    if (delivered.ok() && more) more = ReadBatch(reader, options, &next);
    Status worked = workers.Join();
    if (!delivered.ok()) return delivered;
    if (!worked.ok()) return worked;
    std::swap(previous, current);
    have_previous = true;
    std::swap(current, next);
  }
  if (have_previous) FACTMINE_RETURN_IF_ERROR(deliver(previous));
  return Status::Ok();
}

}  // namespace factmine::cli
