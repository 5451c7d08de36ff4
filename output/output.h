// output: what factmine writes. JSONL for `extract` (and, in later stages,
// the fact database and its exports).
//
// Writers append to a caller-owned std::string so a whole batch is written
// with one system call. Thread-safe (pure functions over their arguments).
#ifndef FACTMINE_OUTPUT_OUTPUT_H_
#define FACTMINE_OUTPUT_OUTPUT_H_

#include <cstdio>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/document.h"
#include "base/status.h"
#include "corpus/corpus.h"
#include "extract/extract.h"

namespace factmine {

// Appends `s` as a JSON string literal (quotes included). REQUIRES: valid UTF-8.
void AppendJsonString(std::string* out, std::string_view s);

// Appends a Value as a JSON number: the exact decimal digits when the value is
// exact ("8500000000", "0.125"), else the shortest round-trip double.
void AppendJsonNumber(std::string* out, const Value& v);

// Appends one quantity object of the interface (start, end, text, dimension,
// value, low, high, unit, qualifier, per, sentence, ...).
void AppendQuantityJson(std::string* out, std::string_view text, const Quantity& q);

// Appends the entities of an extraction, each with its mentions (no brackets).
void AppendEntitiesJson(std::string* out, std::string_view text, const Extraction& ex);
// Appends one time object: start, end, text, value, grain, interval, sentence.
void AppendTimeJson(std::string* out, std::string_view text, const TimeExpr& t);
// The quantity of a fact as the fact states it (negated for a fall).
Quantity FactQuantity(const Extraction& ex, const Fact& f);
// Appends one fact object: subject, predicate, quantity, period, object,
// attributed_to, part_of, sentence, evidence (the sentence's byte span),
// trigger, confidence.
void AppendFactJson(std::string* out, std::string_view text, const Extraction& ex, const Fact& f);

// Appends the extract line of a document (no trailing newline).
void AppendExtractionJson(std::string* out, const Document& doc, const Extraction& ex);

// Appends a human-readable summary of a document's extraction: a header
// line, then one line per quantity (sentence, text, dimension, value or
// interval, unit, qualifier, rate).
void AppendExtractionText(std::string* out, const Document& doc, const Extraction& ex);

// The unit of the last digit a value was stated with, one trailing zero
// counted as rounding: "8,5 milliards" -> 1e8, "100 millions" -> 1e7,
// "103,2 millions" -> 1e5. Inexact values: a millionth of the value.
double StatedPrecision(const Value& v);

// "8.5e9" -> "8 500 000 000", "0.125" -> "0.125": digits grouped for reading.
std::string FormatNumber(const Value& v);

// ---------------------------------------------------------------------------
// The fact database

namespace internal {
class SqlConnection;
class SqlStatement;
}  // namespace internal

struct StoreOptions {
  int64_t max_bytes = 0;   // SQLite: refuse to grow past this size (0: no limit)
  bool read_only = false;  // open an existing database for reading only
};

// What the store knows of a document already stored.
struct StoredDocument {
  int64_t id = 0;
  std::string factmine_version;
  std::string data_fingerprint;
};

// One document to store with its extraction.
struct DocumentRecord {
  const Document* doc = nullptr;
  const Extraction* extraction = nullptr;
  std::string content_key;     // ContentKey(doc->text)
  int64_t replace_id = 0;      // re-extraction: the stored document to replace
};

// What Store::UpdateStories did.
struct StoryUpdate {
  size_t documents = 0;          // documents re-clustered (the new ones and their neighbourhood)
  size_t documents_changed = 0;  // documents whose story or copy group changed
  size_t stories = 0;            // stories among them
  size_t stories_created = 0;
  size_t pairs_compared = 0;
};

struct RunCounts {
  uint64_t ingested = 0;       // new documents stored
  uint64_t duplicates = 0;     // already stored (same content), skipped
  uint64_t reextracted = 0;    // stored again with the current extractor (--force)
  uint64_t outdated = 0;       // stored by another factmine version, left as is
  uint64_t rejected = 0;
};

// A stored fact with what a reader of it needs: its document, entities,
// figures and evidence (as Store::ForEachFact gives them).
struct FactRow {
  int64_t id = 0, document = 0;
  int64_t copy_group = 0;  // the id of the first document of its copy group
  int64_t story = 0;       // 0: not yet grouped
  std::string doc, doc_date, doc_title, doc_url, doc_source, lang;
  int idx = 0, part_of = -1;
  int quantity = 0;        // index of its quantity in the document
  std::string subject, subject_name, subject_type, predicate, period, object, object_name, attributed_to;
  std::string measure;  // growth, stock_change: of what ("revenue"), or empty
  std::string scope, scope_name;  // the place the figure holds for ("france", "world"), or empty
  bool period_stated = false;
  std::string dimension, unit, qualifier, per;
  std::optional<double> value, low, high;
  std::string value_text, low_text, high_text;
  double value_precision = 0, low_precision = 0, high_precision = 0;
  std::string text, sentence_text, trigger;
  int64_t highlight_begin = 0, highlight_end = 0;  // the figure's bytes in sentence_text
  double confidence = 0;
};

// An amount and one of its parts ("8,5 milliards, dont 4 milliards"), as
// Store::ForEachBreakdown gives them.
struct BreakdownRow {
  int64_t document = 0, copy_group = 0;
  std::string doc, doc_date, doc_title, doc_url, doc_source, lang;
  struct Amount {
    int idx = 0;
    std::string text, dimension, unit, qualifier;
    std::optional<double> value, low, high;
    std::string value_text, low_text, high_text;
    double value_precision = 0, low_precision = 0, high_precision = 0;
  } whole, part;
};

// The fact database: documents, sentences, quantities (and entity
// mentions, times, facts), story clusters, ingest runs and rejected inputs.
// One interface whatever the backend: a path is an SQLite file (the
// default), a "postgresql://" URL a PostgreSQL server. The schema is
// versioned; older databases are migrated on open, newer ones refused.
// Not thread-safe: one Store per thread (the ingest pipeline has one writer).
class Store {
 public:
  // Opens (creating when absent, unless read-only) the database. Errors:
  // DataLoss for a file that is not a factmine database or is damaged;
  // FailedPrecondition for a schema newer than this factmine; IoError when
  // the file cannot be opened.
  static StatusOr<std::unique_ptr<Store>> Open(const std::string& location, const StoreOptions& options);
  ~Store();

  int schema_version() const { return schema_version_; }
  std::string_view backend() const;

  // The stored document with this content key, if any.
  StatusOr<std::optional<StoredDocument>> FindByContentKey(const std::string& key);

  // Starts an ingest run (recorded, committed at once). Runs left
  // "running" by a killed process are marked "interrupted".
  StatusOr<int64_t> BeginRun(std::string_view command, const std::vector<std::string>& inputs);
  // Stores documents and rejections in one transaction: all or nothing.
  // On error nothing of the batch is stored. New documents have no story
  // until UpdateStories.
  // A document whose content is already stored (earlier in the same run)
  // is skipped and counted as a duplicate. *counts (may be null) gets what
  // the committed batch stored.
  Status WriteBatch(int64_t run, const std::vector<DocumentRecord>& documents,
                    const std::vector<Rejection>& rejected, RunCounts* counts = nullptr);
  Status EndRun(int64_t run, const RunCounts& counts, std::string_view status);
  // Groups the documents not yet in a story, with the stored documents of
  // the days around them, into story clusters and copy groups
  // (ClusterStories), in one transaction. Story ids of existing stories are
  // kept where their documents stay together. Documents left without a
  // story by an interrupted run are clustered by the next call.
  StatusOr<StoryUpdate> UpdateStories(int threads = 1);

  // Writes a table as JSON lines or CSV: what = documents, quantities,
  // entities, facts, stories, runs, rejected.
  Status Export(std::string_view what, std::string_view format, FILE* out);

  // Calls `f` for every fact that has a subject, in document order. Stops
  // at and returns the first error.
  // The callee may move from the row: it is refilled for the next one.
  Status ForEachFact(const std::function<void(FactRow&)>& f);

  // Calls `f` for every part of an amount (quantities.depends_on), grouped
  // by document and total. Stops at and returns the first error.
  Status ForEachBreakdown(const std::function<void(const BreakdownRow&)>& f);

  // Integrity of the database file (SQLite quick_check).
  Status Check();

  // The indexes only users' queries read are dropped until BuildIndexes
  // (a large ingest: building them once at its end is cheaper than keeping
  // them up to date row by row). Every open for writing builds any that
  // are missing.
  Status DeferIndexes();
  Status BuildIndexes();
  // How many bytes the database takes.
  StatusOr<int64_t> SizeBytes();

  // The connection, for other stages' queries (check reads facts).
  internal::SqlConnection& connection() { return *conn_; }

 private:
  struct Cache;
  struct StoryPass;
  Store() = default;
  Status Migrate(bool read_only);
  Status InsertSignatureAndExtraction(int64_t doc_id, const Document& doc, const Extraction& ex);
  Status InsertLinks(int64_t doc_id, const Document& doc, const Extraction& ex);
  // The row id of an entity (by its catalog id or slug), inserted if new.
  StatusOr<int64_t> EntityId(const Entity& e);
  StatusOr<internal::SqlStatement*> Statement(std::string_view sql);

  std::unique_ptr<internal::SqlConnection> conn_;
  std::unique_ptr<Cache> cache_;
  int schema_version_ = 0;
};

// The current schema version (the number of migrations).
int StoreSchemaVersion();

}  // namespace factmine

#endif  // FACTMINE_OUTPUT_OUTPUT_H_
