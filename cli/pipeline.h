// The read -> prepare -> extract pipeline shared by `extract` and `ingest`:
// one reader, N extraction threads, results delivered in input order.
#ifndef FACTMINE_CLI_PIPELINE_H_
#define FACTMINE_CLI_PIPELINE_H_

#include <functional>
#include <string>

#include "corpus/corpus.h"
#include "extract/extract.h"

namespace factmine::cli {

struct PipelineOptions {
  int threads = 1;
  size_t batch_docs = 512;           // articles per batch (memory stays bounded)
  size_t batch_bytes = 16u << 20;    // or this many bytes, whichever comes first
  PrepareOptions prepare;
  ExtractOptions extract;
  // Called before extraction, in input order, from the reading thread: return
  // false to skip a document (already stored). May be empty.
  std::function<bool(const Document&)> want;
};

struct PipelineStats {
  uint64_t documents = 0;   // extracted
  uint64_t skipped = 0;     // `want` said no
  uint64_t rejected = 0;
  uint64_t bytes = 0;       // of extracted document text
};

// Runs the pipeline. `on_document` and `on_rejected` are called from the
// calling thread, in input order. `on_batch_end` after each batch (the store
// commits there). `progress` is called after each batch with bytes read so far.
void RunPipeline(ArticleReader& reader, const PipelineOptions& options,
                 const std::function<void(const Document&, const Extraction&)>& on_document,
                 const std::function<void(const Rejection&)>& on_rejected,
                 const std::function<void()>& on_batch_end,
                 const std::function<void(const PipelineStats&)>& progress, PipelineStats* stats);

}  // namespace factmine::cli

#endif  // FACTMINE_CLI_PIPELINE_H_
