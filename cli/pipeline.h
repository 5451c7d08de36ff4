// The read -> prepare -> extract -> deliver pipeline shared by `extract` and
// `ingest`: the calling thread reads batches of articles, N worker threads
// prepare and extract them, and the results of each batch are delivered in
// input order on the calling thread while the workers already process the
// next batch (so writing the store overlaps extraction). At most two
// batches are in memory.
#ifndef FACTMINE_CLI_PIPELINE_H_
#define FACTMINE_CLI_PIPELINE_H_

#include <functional>
#include <string>

#include "corpus/corpus.h"
#include "extract/extract.h"

namespace factmine::cli {

struct PipelineOptions {
  int threads = 1;
  size_t batch_docs = 1024;           // articles per batch (memory stays bounded)
  size_t batch_bytes = 16u << 20;    // or this many bytes, whichever comes first
  PrepareOptions prepare;
  ExtractOptions extract;
  // Called before extraction from worker thread `worker` (0..threads-1),
  // concurrently: return false to skip a document (already stored). It may
  // fill the document's content_key and set a tag handed back to
  // on_document. A non-OK status rejects nothing and stops the run. May be
  // empty.
  std::function<StatusOr<bool>(Document&, int worker, int64_t* tag)> want;
};

struct PipelineStats {
  uint64_t documents = 0;   // extracted
  uint64_t skipped = 0;     // `want` said no
  uint64_t rejected = 0;
  uint64_t bytes = 0;       // of extracted document text
};

// Runs the pipeline. `on_document` and `on_rejected` are called from the
// calling thread, in input order; the documents of a batch stay alive until
// `on_batch_end` returns (the store commits there). A non-OK status from
// `on_batch_end` stops the run and is returned. `progress` is called after
// each batch.
Status RunPipeline(ArticleReader& reader, const PipelineOptions& options,
                   const std::function<void(const Document&, const Extraction&, int64_t tag)>& on_document,
                   const std::function<void(const Rejection&)>& on_rejected,
                   const std::function<Status()>& on_batch_end,
                   const std::function<void(const PipelineStats&)>& progress, PipelineStats* stats);

}  // namespace factmine::cli

#endif  // FACTMINE_CLI_PIPELINE_H_
