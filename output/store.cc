// The fact database, written once in portable SQL over internal::SqlConnection.
//
// Dialect differences are confined to the DDL templates below ({pk}, {int},
// {real}, {blob}, {strict}) and to the backends. Every batch of documents is
// one transaction: a crash or kill -9 leaves either the whole batch or none
// of it, and a rerun stores exactly what is missing (documents are keyed by
// the content of their text).
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstring>
#include <ctime>
#include <map>
#include <numeric>
#include <set>
#include <unordered_map>

#include "base/date.h"
#include "data/data.h"
#include "output/internal/sql.h"
#include "output/output.h"

namespace factmine {
namespace {

using internal::SqlConnection;
using internal::SqlStatement;

// Each migration takes the schema from version i to i + 1.
const char* const kMigrations[] = {
    // 1: documents, extraction results, stories, runs, rejected inputs.
    R"sql(
CREATE TABLE schema_info (key TEXT PRIMARY KEY, value TEXT NOT NULL){strict};
CREATE TABLE runs (
  id {pk},
  started_at TEXT NOT NULL,
  finished_at TEXT,
  command TEXT NOT NULL,
  inputs TEXT NOT NULL,
  factmine_version TEXT NOT NULL,
  data_fingerprint TEXT NOT NULL,
  status TEXT NOT NULL,
  ingested {int} NOT NULL DEFAULT 0,
  duplicates {int} NOT NULL DEFAULT 0,
  reextracted {int} NOT NULL DEFAULT 0,
  rejected {int} NOT NULL DEFAULT 0
){strict};
CREATE TABLE stories (
  id {pk},
  label TEXT,
  first_document {int},
  first_date TEXT,
  last_date TEXT,
  documents {int} NOT NULL DEFAULT 0,
  sources {int} NOT NULL DEFAULT 0
){strict};
CREATE TABLE documents (
  id {pk},
  doc_id TEXT NOT NULL,
  content_key TEXT NOT NULL UNIQUE,
  sha256 TEXT NOT NULL,
  source TEXT NOT NULL,
  url TEXT,
  title TEXT,
  lang TEXT NOT NULL,
  date TEXT,
  date_source TEXT,
  bytes {int} NOT NULL,
  factmine_version TEXT NOT NULL,
  data_fingerprint TEXT NOT NULL,
  run_id {int} NOT NULL REFERENCES runs(id),
  story_id {int} REFERENCES stories(id),
  copy_of {int} REFERENCES documents(id),
  ingested_at TEXT NOT NULL
){strict};
CREATE TABLE texts (
  document {int} PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
  text TEXT NOT NULL
){strict};
CREATE TABLE pending_stories (
  document {int} PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE
){strict};
CREATE TABLE signatures (
  document {int} PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
  signature {blob} NOT NULL
){strict};
CREATE INDEX documents_date ON documents(date);
CREATE INDEX documents_source ON documents(source);
CREATE INDEX documents_doc_id ON documents(doc_id);
CREATE INDEX documents_story ON documents(story_id);
CREATE TABLE sentences (
  document {int} NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  idx {int} NOT NULL,
  start_byte {int} NOT NULL,
  end_byte {int} NOT NULL,
  PRIMARY KEY (document, idx)
){strict_keyed};
CREATE TABLE quantities (
  document {int} NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  idx {int} NOT NULL,
  start_byte {int} NOT NULL,
  end_byte {int} NOT NULL,
  text TEXT NOT NULL,
  dimension TEXT NOT NULL,
  value_text TEXT,
  value {real},
  low_text TEXT,
  low {real},
  high_text TEXT,
  high {real},
  unit TEXT,
  qualifier TEXT NOT NULL,
  per TEXT,
  sentence {int} NOT NULL,
  depends_on {int},
  unit_inherited {int} NOT NULL,
  PRIMARY KEY (document, idx)
){strict_keyed};
CREATE TABLE rejected (
  id {pk},
  run_id {int} NOT NULL REFERENCES runs(id),
  input TEXT NOT NULL,
  reason TEXT NOT NULL,
  at TEXT NOT NULL
){strict};
)sql",
    // 2: entities, their mentions, time expressions and facts.
    R"sql(
CREATE TABLE entities (
  id {pk},
  key TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  type TEXT NOT NULL,
  known {int} NOT NULL,
  parent TEXT
){strict};
CREATE INDEX entities_name ON entities(name);
CREATE TABLE entity_mentions (
  document {int} NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  idx {int} NOT NULL,
  entity {int} NOT NULL REFERENCES entities(id),
  start_byte {int} NOT NULL,
  end_byte {int} NOT NULL,
  text TEXT NOT NULL,
  sentence {int} NOT NULL,
  PRIMARY KEY (document, idx)
){strict_keyed};
CREATE INDEX entity_mentions_entity ON entity_mentions(entity);
CREATE TABLE times (
  document {int} NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  idx {int} NOT NULL,
  start_byte {int} NOT NULL,
  end_byte {int} NOT NULL,
  text TEXT NOT NULL,
  value TEXT NOT NULL,
  grain TEXT NOT NULL,
  first_day TEXT NOT NULL,
  last_day TEXT NOT NULL,
  sentence {int} NOT NULL,
  fiscal {int} NOT NULL,
  PRIMARY KEY (document, idx)
){strict_keyed};
CREATE TABLE facts (
  id {pk},
  document {int} NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  idx {int} NOT NULL,
  subject {int} REFERENCES entities(id),
  predicate TEXT NOT NULL,
  quantity {int} NOT NULL,
  dimension TEXT NOT NULL,
  value_text TEXT,
  value {real},
  low_text TEXT,
  low {real},
  high_text TEXT,
  high {real},
  unit TEXT,
  qualifier TEXT NOT NULL,
  per TEXT,
  period TEXT,
  period_grain TEXT,
  period_start TEXT,
  period_end TEXT,
  period_stated {int} NOT NULL,
  object {int} REFERENCES entities(id),
  attributed_to {int} REFERENCES entities(id),
  part_of {int},
  sentence {int} NOT NULL,
  start_byte {int} NOT NULL,
  end_byte {int} NOT NULL,
  text TEXT NOT NULL,
  trigger TEXT,
  confidence {real} NOT NULL,
  UNIQUE (document, idx)
){strict};
CREATE INDEX facts_subject ON facts(subject, predicate, period);
CREATE INDEX facts_predicate ON facts(predicate, period);
CREATE INDEX facts_period ON facts(period);
)sql",
    // 3: what the consistency check reads without touching the texts: the
    // evidence sentence and the precision each figure was stated with.
    R"sql(
ALTER TABLE facts ADD COLUMN sentence_text TEXT;
ALTER TABLE facts ADD COLUMN value_precision {real};
ALTER TABLE facts ADD COLUMN low_precision {real};
ALTER TABLE facts ADD COLUMN high_precision {real};
ALTER TABLE facts ADD COLUMN measure TEXT;
ALTER TABLE quantities ADD COLUMN value_precision {real};
ALTER TABLE quantities ADD COLUMN low_precision {real};
ALTER TABLE quantities ADD COLUMN high_precision {real};
CREATE INDEX quantities_depends_on ON quantities(document, depends_on);
)sql",
    // 4: the place a figure holds for ("5 000 postes en France"): a catalog
    // id or "world", and its name.
    R"sql(
ALTER TABLE facts ADD COLUMN scope TEXT;
ALTER TABLE facts ADD COLUMN scope_name TEXT;
)sql",
};

constexpr int kSchemaVersion = sizeof(kMigrations) / sizeof(kMigrations[0]);

// The indexes that only users' queries read (the writer and the story
// pass never do), which a large ingest drops and builds again at its end:
// one sort per index instead of a B-tree descent per row (entity mentions
// alone took a third of the writer's time). Their definitions are the
// migrations'; every open for writing builds any that are missing, so a run
// killed in between leaves them to the next one.
constexpr std::pair<const char*, const char*> kDeferrableIndexes[] = {
    {"documents_source", "documents(source)"},
    {"documents_doc_id", "documents(doc_id)"},
    {"entities_name", "entities(name)"},
    {"entity_mentions_entity", "entity_mentions(entity)"},
    {"facts_subject", "facts(subject, predicate, period)"},
    {"facts_predicate", "facts(predicate, period)"},
    {"facts_period", "facts(period)"},
    {"quantities_depends_on", "quantities(document, depends_on)"},
};

std::string Dialect(std::string sql, std::string_view dialect) {
  const bool pg = dialect == "postgresql";
  const std::pair<const char*, const char*> subs[] = {
      {"{pk}", pg ? "BIGSERIAL PRIMARY KEY" : "INTEGER PRIMARY KEY"},
      {"{int}", pg ? "BIGINT" : "INTEGER"},
      {"{real}", pg ? "DOUBLE PRECISION" : "REAL"},
      {"{blob}", pg ? "BYTEA" : "BLOB"},
      {"{strict}", pg ? "" : " STRICT"},
      // Tables keyed by their primary key alone (no rowid B-tree beside it).
      {"{strict_keyed}", pg ? "" : " STRICT, WITHOUT ROWID"},
  };
  for (const auto& [from, to] : subs) {
    size_t pos;
    while ((pos = sql.find(from)) != std::string::npos) sql.replace(pos, std::strlen(from), to);
  }
  return sql;
}

std::string Now() {
  std::time_t t = std::time(nullptr);
  std::tm tm;
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

void BindOptText(SqlStatement* s, int i, std::string_view v) {
  if (v.empty()) s->BindNull(i);
  else s->BindText(i, v);
}

void BindValue(SqlStatement* s, int text_col, int real_col, const std::optional<Value>& v) {
  if (!v) {
    s->BindNull(text_col);
    s->BindNull(real_col);
    return;
  }
  if (v->is_exact()) s->BindText(text_col, v->exact().ToString());
  else s->BindNull(text_col);
  s->BindDouble(real_col, v->ToDouble());
}

}  // namespace

int StoreSchemaVersion() { return kSchemaVersion; }

// Prepared statements, and the ids of the entities stored, kept for the
// life of the store.
struct Store::Cache {
  std::map<std::string, std::unique_ptr<SqlStatement>, std::less<>> statements;
  std::unordered_map<std::string, int64_t> entity_ids;                // committed
  std::unordered_map<std::string, int64_t> pending_entities;          // this transaction's
};

Store::~Store() = default;

std::string_view Store::backend() const { return conn_->dialect(); }

StatusOr<std::unique_ptr<Store>> Store::Open(const std::string& location, const StoreOptions& options) {
  std::unique_ptr<Store> store(new Store());
  if (location.rfind("postgresql://", 0) == 0 || location.rfind("postgres://", 0) == 0) {
    auto conn = internal::OpenPostgres(location);
    if (!conn.ok()) return conn.status();
    store->conn_ = std::move(*conn);
  } else {
    internal::SqliteOptions so;
    so.max_bytes = options.max_bytes;
    so.read_only = options.read_only;
    auto conn = internal::OpenSqlite(location, so);
    if (!conn.ok()) return conn.status();
    store->conn_ = std::move(*conn);
  }
  store->cache_ = std::make_unique<Cache>();
  Status st = store->Migrate(options.read_only);
  if (st.ok() && !options.read_only) st = store->BuildIndexes();
  if (!st.ok()) {
    if (st.code() == StatusCode::kDataLoss || st.code() == StatusCode::kFailedPrecondition) return st;
    return Status(st.code(), location + ": " + st.message());
  }
  return store;
}

Status Store::DeferIndexes() {
  FACTMINE_RETURN_IF_ERROR(conn_->Begin());
  for (const auto& [name, on] : kDeferrableIndexes) {
    if (Status st = conn_->Exec(std::string("DROP INDEX IF EXISTS ") + name); !st.ok()) {
      (void)conn_->Rollback();
      return st;
    }
  }
  return conn_->Commit();
}

Status Store::BuildIndexes() {
  for (const auto& [name, on] : kDeferrableIndexes) {
    FACTMINE_RETURN_IF_ERROR(conn_->Exec(std::string("CREATE INDEX IF NOT EXISTS ") + name + " ON " + on));
  }
  return Status::Ok();
}

StatusOr<int64_t> Store::SizeBytes() { return conn_->SizeBytes(); }

StatusOr<SqlStatement*> Store::Statement(std::string_view sql) {
  auto it = cache_->statements.find(sql);
  if (it != cache_->statements.end()) {
    it->second->Reset();
    return it->second.get();
  }
  auto st = conn_->Prepare(sql);
  if (!st.ok()) return st.status();
  SqlStatement* p = st->get();
  cache_->statements.emplace(std::string(sql), std::move(*st));
  return p;
}

Status Store::Migrate(bool read_only) {
  // Which version is this database at? No schema_info table: a new file (no
  // tables at all) or someone else's database.
  int version = 0;
  {
    auto q = conn_->Prepare("SELECT value FROM schema_info WHERE key = 'version'");
    if (q.ok()) {
      auto row = (*q)->Step();
      if (!row.ok()) return row.status();
      if (*row) version = std::atoi((*q)->Text(0).c_str());
    } else {
      // No schema_info: only acceptable when the database is empty.
      const char* probe = conn_->dialect() == "sqlite"
                              ? "SELECT count(*) FROM sqlite_master WHERE type = 'table'"
                              : "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()";
      auto p = conn_->Prepare(probe);
      if (!p.ok()) {
        if (p.status().code() == StatusCode::kDataLoss) {
          return DataLossError("not a factmine database (not an SQLite file, or damaged)");
        }
        return p.status();
      }
      auto row = (*p)->Step();
      if (!row.ok()) {
        return row.status().code() == StatusCode::kDataLoss
                   ? DataLossError("not a factmine database (not an SQLite file, or damaged)")
                   : row.status();
      }
      if ((*p)->Int(0) > 0) return DataLossError("not a factmine database: it has tables but no factmine schema");
    }
  }
  if (version > kSchemaVersion) {
    return FailedPreconditionError("the database has schema version " + std::to_string(version) +
                                   ", newer than this factmine supports (" + std::to_string(kSchemaVersion) +
                                   "): upgrade factmine to use it");
  }
  if (read_only && version > 0 && version < kSchemaVersion) {
    return FailedPreconditionError("the database has schema version " + std::to_string(version) +
                                   ", older than this factmine's (" + std::to_string(kSchemaVersion) +
                                   "): upgrade it once with `factmine ingest --db FILE` (no inputs needed); "
                                   "facts stored before get the new fields with --force");
  }
  for (int v = version; v < kSchemaVersion; ++v) {
    FACTMINE_RETURN_IF_ERROR(conn_->Begin());
    Status st = conn_->Exec(Dialect(kMigrations[v], conn_->dialect()));
    if (st.ok()) {
      auto up = conn_->Prepare(v == 0 ? "INSERT INTO schema_info (key, value) VALUES ('version', ?)"
                                      : "UPDATE schema_info SET value = ? WHERE key = 'version'");
      if (!up.ok()) {
        st = up.status();
      } else {
        (*up)->BindText(1, std::to_string(v + 1));
        auto r = (*up)->Step();
        if (!r.ok()) st = r.status();
      }
    }
    if (!st.ok()) {
      (void)conn_->Rollback();
      return Status(st.code(), "migrating the schema to version " + std::to_string(v + 1) + ": " + st.message());
    }
    FACTMINE_RETURN_IF_ERROR(conn_->Commit());
  }
  schema_version_ = kSchemaVersion;
  return Status::Ok();
}

StatusOr<std::optional<StoredDocument>> Store::FindByContentKey(const std::string& key) {
  auto s = Statement("SELECT id, factmine_version, data_fingerprint FROM documents WHERE content_key = ?");
  if (!s.ok()) return s.status();
  (*s)->BindText(1, key);
  auto row = (*s)->Step();
  if (!row.ok()) return row.status();
  if (!*row) return std::optional<StoredDocument>();
  StoredDocument d;
  d.id = (*s)->Int(0);
  d.factmine_version = (*s)->Text(1);
  d.data_fingerprint = (*s)->Text(2);
  return std::optional<StoredDocument>(d);
}

StatusOr<int64_t> Store::BeginRun(std::string_view command, const std::vector<std::string>& inputs) {
  std::string joined;
  for (const auto& in : inputs) {
    if (!joined.empty()) joined.push_back('\n');
    joined += in;
  }
  FACTMINE_RETURN_IF_ERROR(conn_->Begin());
  Status st = conn_->Exec("UPDATE runs SET status = 'interrupted' WHERE status = 'running'");
  int64_t id = 0;
  if (st.ok()) {
    auto s = Statement(
        "INSERT INTO runs (started_at, command, inputs, factmine_version, data_fingerprint, status) "
        "VALUES (?, ?, ?, ?, ?, 'running') RETURNING id");
    if (!s.ok()) {
      st = s.status();
    } else {
      (*s)->BindText(1, Now());
      (*s)->BindText(2, command);
      (*s)->BindText(3, joined);
      (*s)->BindText(4, kExtractorVersion);
      (*s)->BindText(5, data::Fingerprint());
      auto row = (*s)->Step();
      if (!row.ok()) st = row.status();
      else id = (*s)->Int(0);
      (*s)->Reset();
    }
  }
  if (!st.ok()) {
    (void)conn_->Rollback();
    return st;
  }
  FACTMINE_RETURN_IF_ERROR(conn_->Commit());
  return id;
}

Status Store::EndRun(int64_t run, const RunCounts& c, std::string_view status) {
  auto s = Statement(
      "UPDATE runs SET finished_at = ?, status = ?, ingested = ?, duplicates = ?, reextracted = ?, rejected = ? "
      "WHERE id = ?");
  if (!s.ok()) return s.status();
  (*s)->BindText(1, Now());
  (*s)->BindText(2, status);
  (*s)->BindInt(3, static_cast<int64_t>(c.ingested));
  (*s)->BindInt(4, static_cast<int64_t>(c.duplicates));
  (*s)->BindInt(5, static_cast<int64_t>(c.reextracted));
  (*s)->BindInt(6, static_cast<int64_t>(c.rejected));
  (*s)->BindInt(7, run);
  auto r = (*s)->Step();
  return r.ok() ? Status::Ok() : r.status();
}

namespace {

// The first columns of a row for something found in a document: document,
// idx, start_byte, end_byte, text (quantities, times). Resets `s` first.
void BindMention(SqlStatement* s, int64_t doc_id, size_t idx, Span span, std::string_view text) {
  s->Reset();
  s->BindInt(1, doc_id);
  s->BindInt(2, static_cast<int64_t>(idx));
  s->BindInt(3, span.begin);
  s->BindInt(4, span.end);
  s->BindText(5, span.Of(text));
}

}  // namespace

Status Store::InsertSignatureAndExtraction(int64_t doc_id, const Document& doc, const Extraction& ex) {
  // The story of the document is (re)considered by the next UpdateStories.
  auto pending = Statement("INSERT INTO pending_stories (document) VALUES (?) ON CONFLICT (document) DO NOTHING");
  if (!pending.ok()) return pending.status();
  (*pending)->BindInt(1, doc_id);
  if (auto x = (*pending)->Step(); !x.ok()) return x.status();
  if (!ex.signature.empty) {
    auto sig = Statement("INSERT INTO signatures (document, signature) VALUES (?, ?)");
    if (!sig.ok()) return sig.status();
    (*sig)->BindInt(1, doc_id);
    (*sig)->BindBlob(2, EncodeSignature(ex.signature));
    if (auto x = (*sig)->Step(); !x.ok()) return x.status();
  }
  // Sentences are stored when something extracted points into them (the
  // evidence users read), not all of them.
  auto sent = Statement("INSERT INTO sentences (document, idx, start_byte, end_byte) VALUES (?, ?, ?, ?)");
  if (!sent.ok()) return sent.status();
  int64_t last = -1;
  for (const Quantity& q : ex.quantities) {
    if (static_cast<int64_t>(q.sentence) <= last || q.sentence >= ex.sentences.size()) continue;
    last = q.sentence;
    (*sent)->Reset();
    (*sent)->BindInt(1, doc_id);
    (*sent)->BindInt(2, q.sentence);
    (*sent)->BindInt(3, ex.sentences[static_cast<size_t>(q.sentence)].begin);
    (*sent)->BindInt(4, ex.sentences[static_cast<size_t>(q.sentence)].end);
    auto r = (*sent)->Step();
    if (!r.ok()) return r.status();
  }
  auto q = Statement(
      "INSERT INTO quantities (document, idx, start_byte, end_byte, text, dimension, value_text, value, low_text, "
      "low, high_text, high, unit, qualifier, per, sentence, depends_on, unit_inherited, value_precision, "
      "low_precision, high_precision) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  if (!q.ok()) return q.status();
  for (size_t i = 0; i < ex.quantities.size(); ++i) {
    const Quantity& x = ex.quantities[i];
    SqlStatement* s = *q;
    BindMention(s, doc_id, i, x.span, doc.text);
    s->BindText(6, x.dimension);
    BindValue(s, 7, 8, x.value);
    BindValue(s, 9, 10, x.low);
    BindValue(s, 11, 12, x.high);
    BindOptText(s, 13, x.unit);
    s->BindText(14, QualifierName(x.qualifier));
    BindOptText(s, 15, x.per);
    s->BindInt(16, x.sentence);
    if (x.depends_on >= 0) s->BindInt(17, x.depends_on);
    else s->BindNull(17);
    s->BindInt(18, x.unit_inherited ? 1 : 0);
    int col = 19;
    for (const std::optional<Value>& v : {x.value, x.low, x.high}) {
      if (v) s->BindDouble(col, StatedPrecision(*v));
      else s->BindNull(col);
      ++col;
    }
    auto r = s->Step();
    if (!r.ok()) return r.status();
  }
  return InsertLinks(doc_id, doc, ex);
}

double StatedPrecision(const Value& v) {
  if (!v.is_exact()) return std::abs(v.ToDouble()) * 1e-6;
  const Decimal& d = v.exact();
  // A round figure is rounded: "100 millions" is good to ten million, not
  // to one ("8,5 milliards" to a hundred million, "1 480 000 000" to ten).
  int exponent = d.exponent();
  Int128 c = d.coefficient();
  if (c != 0 && c % 10 == 0) ++exponent;
  return std::pow(10.0, exponent);
}

StatusOr<int64_t> Store::EntityId(const Entity& e) {
  auto it = cache_->entity_ids.find(e.id);
  if (it != cache_->entity_ids.end()) return it->second;
  it = cache_->pending_entities.find(e.id);
  if (it != cache_->pending_entities.end()) return it->second;
  auto ins = Statement("INSERT INTO entities (key, name, type, known, parent) VALUES (?, ?, ?, ?, ?) "
                       "ON CONFLICT (key) DO NOTHING");
  if (!ins.ok()) return ins.status();
  (*ins)->BindText(1, e.id);
  (*ins)->BindText(2, e.name);
  (*ins)->BindText(3, e.type);
  (*ins)->BindInt(4, e.known ? 1 : 0);
  BindOptText(*ins, 5, e.parent);
  if (auto r = (*ins)->Step(); !r.ok()) return r.status();
  auto sel = Statement("SELECT id FROM entities WHERE key = ?");
  if (!sel.ok()) return sel.status();
  (*sel)->BindText(1, e.id);
  auto row = (*sel)->Step();
  if (!row.ok()) return row.status();
  if (!*row) return InternalError("entity " + e.id + " vanished");
  int64_t id = (*sel)->Int(0);
  (*sel)->Reset();
  // Only committed ids may be cached: a rolled-back batch forgets them (see WriteBatch).
  cache_->pending_entities.emplace(e.id, id);
  return id;
}

Status Store::InsertLinks(int64_t doc_id, const Document& doc, const Extraction& ex) {
  std::vector<int64_t> entity_ids(ex.entities.size());
  for (size_t i = 0; i < ex.entities.size(); ++i) {
    auto id = EntityId(ex.entities[i]);
    if (!id.ok()) return id.status();
    entity_ids[i] = *id;
  }
  auto m = Statement("INSERT INTO entity_mentions (document, idx, entity, start_byte, end_byte, text, sentence) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?)");
  if (!m.ok()) return m.status();
  for (size_t i = 0; i < ex.mentions.size(); ++i) {
    const EntityMention& x = ex.mentions[i];
    SqlStatement* s = *m;
    s->Reset();
    s->BindInt(1, doc_id);
    s->BindInt(2, static_cast<int64_t>(i));
    s->BindInt(3, entity_ids[static_cast<size_t>(x.entity)]);
    s->BindInt(4, x.span.begin);
    s->BindInt(5, x.span.end);
    s->BindText(6, x.span.Of(doc.text));
    s->BindInt(7, x.sentence);
    if (auto r = s->Step(); !r.ok()) return r.status();
  }
  auto t = Statement("INSERT INTO times (document, idx, start_byte, end_byte, text, value, grain, first_day, last_day, "
                     "sentence, fiscal) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  if (!t.ok()) return t.status();
  for (size_t i = 0; i < ex.times.size(); ++i) {
    const TimeExpr& x = ex.times[i];
    SqlStatement* s = *t;
    BindMention(s, doc_id, i, x.span, doc.text);
    s->BindText(6, x.value);
    s->BindText(7, x.grain);
    s->BindText(8, x.first.ToString());
    s->BindText(9, x.last.ToString());
    s->BindInt(10, x.sentence);
    s->BindInt(11, x.fiscal ? 1 : 0);
    if (auto r = s->Step(); !r.ok()) return r.status();
  }
  auto f = Statement(
      "INSERT INTO facts (document, idx, subject, predicate, quantity, dimension, value_text, value, low_text, low, "
      "high_text, high, unit, qualifier, per, period, period_grain, period_start, period_end, period_stated, object, "
      "attributed_to, part_of, sentence, start_byte, end_byte, text, trigger, confidence, sentence_text, "
      "value_precision, low_precision, high_precision, measure, scope, scope_name) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  if (!f.ok()) return f.status();
  auto entity = [&](SqlStatement* s, int col, int e) {
    if (e >= 0) s->BindInt(col, entity_ids[static_cast<size_t>(e)]);
    else s->BindNull(col);
  };
  for (size_t i = 0; i < ex.facts.size(); ++i) {
    const Fact& x = ex.facts[i];
    Quantity q = FactQuantity(ex, x);
    SqlStatement* s = *f;
    s->Reset();
    s->BindInt(1, doc_id);
    s->BindInt(2, static_cast<int64_t>(i));
    entity(s, 3, x.subject);
    s->BindText(4, x.predicate);
    s->BindInt(5, x.quantity);
    s->BindText(6, q.dimension);
    BindValue(s, 7, 8, q.value);
    BindValue(s, 9, 10, q.low);
    BindValue(s, 11, 12, q.high);
    BindOptText(s, 13, q.unit);
    s->BindText(14, QualifierName(q.qualifier));
    BindOptText(s, 15, q.per);
    BindOptText(s, 16, x.period_value);
    BindOptText(s, 17, x.period_grain);
    if (x.period_value.empty()) {
      s->BindNull(18);
      s->BindNull(19);
    } else {
      s->BindText(18, x.period_first.ToString());
      s->BindText(19, x.period_last.ToString());
    }
    s->BindInt(20, x.time >= 0 ? 1 : 0);
    entity(s, 21, x.object);
    entity(s, 22, x.attributed_to);
    if (x.part_of >= 0) s->BindInt(23, x.part_of);
    else s->BindNull(23);
    s->BindInt(24, x.sentence);
    s->BindInt(25, q.span.begin);
    s->BindInt(26, q.span.end);
    s->BindText(27, q.span.Of(doc.text));
    if (x.trigger.end > x.trigger.begin) s->BindText(28, x.trigger.Of(doc.text));
    else s->BindNull(28);
    s->BindDouble(29, x.confidence);
    if (x.sentence < ex.sentences.size()) s->BindText(30, ex.sentences[x.sentence].Of(doc.text));
    else s->BindNull(30);
    int col = 31;
    for (const std::optional<Value>& v : {q.value, q.low, q.high}) {
      if (v) s->BindDouble(col, StatedPrecision(*v));
      else s->BindNull(col);
      ++col;
    }
    BindOptText(s, 34, x.measure);
    BindOptText(s, 35, x.scope);
    BindOptText(s, 36, x.scope_name);
    if (auto r = s->Step(); !r.ok()) return r.status();
  }
  return Status::Ok();
}

Status Store::WriteBatch(int64_t run, const std::vector<DocumentRecord>& docs, const std::vector<Rejection>& rejected,
                         RunCounts* batch_counts) {
  RunCounts local;
  RunCounts* counts = &local;
  if (docs.empty() && rejected.empty()) return Status::Ok();
  FACTMINE_RETURN_IF_ERROR(conn_->BeginBulk());
  int64_t next_id = 0;  // read inside the transaction: this writer holds the lock
  Status st = [&]() -> Status {
    for (const DocumentRecord& r : docs) {
      const Document& d = *r.doc;
      if (r.replace_id > 0) {
        // Re-extraction: the document stays, its extraction is replaced and
        // its story reconsidered.
        for (const char* table : {"facts", "times", "entity_mentions", "sentences", "quantities", "signatures"}) {
          auto del = Statement(std::string("DELETE FROM ") + table + " WHERE document = ?");
          if (!del.ok()) return del.status();
          (*del)->BindInt(1, r.replace_id);
          auto x = (*del)->Step();
          if (!x.ok()) return x.status();
        }
        auto up = Statement("UPDATE documents SET factmine_version = ?, data_fingerprint = ?, run_id = ? WHERE id = ?");
        if (!up.ok()) return up.status();
        (*up)->BindText(1, kExtractorVersion);
        (*up)->BindText(2, data::Fingerprint());
        (*up)->BindInt(3, run);
        (*up)->BindInt(4, r.replace_id);
        auto x = (*up)->Step();
        if (!x.ok()) return x.status();
        FACTMINE_RETURN_IF_ERROR(InsertSignatureAndExtraction(r.replace_id, d, *r.extraction));
        ++counts->reextracted;
        continue;
      }
      // Stored before (earlier in this run): the first occurrence stays.
      auto seen = FindByContentKey(r.content_key);
      if (!seen.ok()) return seen.status();
      if (seen->has_value()) {
        ++counts->duplicates;
        continue;
      }
      // A plain one-row insert with the id the writer picks: with ON
      // CONFLICT ... RETURNING, SQLite keeps a statement journal of every
      // page the insert touches (the table and its five indexes), which cost
      // the writer a copy of about 100 KB per document.
      if (next_id == 0) {
        auto max = Statement("SELECT COALESCE(MAX(id), 0) FROM documents");
        if (!max.ok()) return max.status();
        auto row = (*max)->Step();
        if (!row.ok()) return row.status();
        next_id = (*max)->Int(0) + 1;
        (*max)->Reset();
      }
      const int64_t id = next_id++;
      auto ins = Statement(
          "INSERT INTO documents (id, doc_id, content_key, sha256, source, url, title, lang, date, date_source, bytes, "
          "factmine_version, data_fingerprint, run_id, ingested_at) "
          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
      if (!ins.ok()) return ins.status();
      SqlStatement* s = *ins;
      s->BindInt(1, id);
      s->BindText(2, d.id);
      s->BindText(3, r.content_key);
      s->BindText(4, d.sha256);
      s->BindText(5, d.source);
      BindOptText(s, 6, d.url);
      BindOptText(s, 7, d.title);
      s->BindText(8, d.lang);
      BindOptText(s, 9, d.date);
      BindOptText(s, 10, d.date_source);
      s->BindInt(11, static_cast<int64_t>(d.text.size()));
      s->BindText(12, kExtractorVersion);
      s->BindText(13, data::Fingerprint());
      s->BindInt(14, run);
      s->BindText(15, Now());
      if (auto row = s->Step(); !row.ok()) return row.status();
      ++counts->ingested;
      auto text = Statement("INSERT INTO texts (document, text) VALUES (?, ?)");
      if (!text.ok()) return text.status();
      (*text)->BindInt(1, id);
      (*text)->BindText(2, d.text);
      if (auto x = (*text)->Step(); !x.ok()) return x.status();
      FACTMINE_RETURN_IF_ERROR(InsertSignatureAndExtraction(id, d, *r.extraction));
    }
    auto rej = Statement("INSERT INTO rejected (run_id, input, reason, at) VALUES (?, ?, ?, ?)");
    if (!rej.ok()) return rej.status();
    for (const Rejection& r : rejected) {
      (*rej)->Reset();
      (*rej)->BindInt(1, run);
      (*rej)->BindText(2, r.input);
      (*rej)->BindText(3, r.reason);
      (*rej)->BindText(4, Now());
      auto x = (*rej)->Step();
      if (!x.ok()) return x.status();
    }
    return Status::Ok();
  }();
  if (!st.ok()) {
    (void)conn_->Rollback();
    cache_->pending_entities.clear();
    return st;
  }
  Status c = conn_->Commit();
  if (!c.ok()) {
    (void)conn_->Rollback();
    cache_->pending_entities.clear();
    return c;
  }
  cache_->entity_ids.merge(cache_->pending_entities);
  cache_->pending_entities.clear();
  local.rejected = rejected.size();
  if (batch_counts) *batch_counts = local;
  return c;
}

namespace {

struct DayInterval {
  long first, last;
};

// Sorts and merges overlapping or adjacent intervals.
std::vector<DayInterval> Merge(std::vector<DayInterval> v) {
  std::sort(v.begin(), v.end(), [](const DayInterval& a, const DayInterval& b) { return a.first < b.first; });
  std::vector<DayInterval> out;
  for (const DayInterval& i : v) {
    if (!out.empty() && i.first <= out.back().last + 1) out.back().last = std::max(out.back().last, i.last);
    else out.push_back(i);
  }
  return out;
}

struct RegionDoc {
  int64_t id = 0;
  int64_t story = 0;    // 0: not yet clustered
  int64_t copy_of = 0;
  std::optional<long> day;
  StorySignature sig;
};

}  // namespace

// Clusters documents in chunks: `carry` (settled documents of the previous
// kStoryDays days, or the previous kUndatedNeighbours undated ones) and
// `page` (the next documents). Writes the new story and copy group of every
// page document that changed, and leaves in `carry` what the next chunk
// must see.
struct Store::StoryPass {
  Store* store;
  StoryUpdate* result;
  int threads;
  std::set<int64_t> touched;  // stories whose members changed (refresh or drop)
  std::set<int64_t> taken;    // stories already given to a cluster in this pass
  std::vector<RegionDoc> carry;

  Status Chunk(std::vector<RegionDoc>* page) {
    std::vector<RegionDoc> docs = std::move(carry);
    size_t first_new = docs.size();
    for (RegionDoc& d : *page) docs.push_back(std::move(d));
    page->clear();
    // Settled groups: one per story among the carried documents.
    std::map<int64_t, int> group_of_story;
    std::vector<StoryDoc> input;
    input.reserve(docs.size());
    for (size_t i = 0; i < docs.size(); ++i) {
      StoryDoc in{docs[i].id, docs[i].day, &docs[i].sig};
      if (i < first_new) {
        in.fixed_group = group_of_story.emplace(docs[i].story, static_cast<int>(group_of_story.size())).first->second;
        in.copy_root = docs[i].copy_of;
      }
      input.push_back(in);
    }
    StoryParams params;
    params.threads = threads;
    StoryClusters clusters = ClusterStories(input, params);
    result->pairs_compared += clusters.pairs_compared;
    result->documents += docs.size() - first_new;

    // Story of each cluster: the settled story it holds, else the stored
    // story most of its members already had (larger clusters choose first),
    // else a new one.
    const size_t k = static_cast<size_t>(clusters.clusters);
    std::vector<int64_t> story_of(k, 0);
    std::vector<std::map<int64_t, size_t>> votes(k);
    std::vector<size_t> size(k, 0);
    for (size_t i = 0; i < docs.size(); ++i) {
      size_t c = static_cast<size_t>(clusters.cluster[i]);
      ++size[c];
      if (i < first_new) story_of[c] = docs[i].story;
      else if (docs[i].story) ++votes[c][docs[i].story];
    }
    std::vector<size_t> by_size(k);
    std::iota(by_size.begin(), by_size.end(), 0);
    std::stable_sort(by_size.begin(), by_size.end(), [&](size_t a, size_t b) { return size[a] > size[b]; });
    for (size_t c : by_size) {
      if (story_of[c]) continue;
      size_t best_votes = 0;
      for (const auto& [id, v] : votes[c]) {
        if (!taken.count(id) && v > best_votes) {
          story_of[c] = id;
          best_votes = v;
        }
      }
      if (story_of[c]) taken.insert(story_of[c]);
    }
    auto create = store->Statement("INSERT INTO stories (documents) VALUES (0) RETURNING id");
    if (!create.ok()) return create.status();
    for (size_t c = 0; c < k; ++c) {
      if (story_of[c]) continue;
      (*create)->Reset();
      auto row = (*create)->Step();
      if (!row.ok()) return row.status();
      if (!*row) return InternalError("INSERT ... RETURNING gave no row");
      story_of[c] = (*create)->Int(0);
      taken.insert(story_of[c]);
      ++result->stories_created;
    }
    (*create)->Reset();
    auto up = store->Statement("UPDATE documents SET story_id = ?, copy_of = ? WHERE id = ?");
    if (!up.ok()) return up.status();
    for (size_t i = first_new; i < docs.size(); ++i) {
      int64_t story = story_of[static_cast<size_t>(clusters.cluster[i])];
      int64_t copy_of = clusters.copy_of[i];
      if (story == docs[i].story && copy_of == docs[i].copy_of) continue;
      if (docs[i].story) touched.insert(docs[i].story);
      touched.insert(story);
      (*up)->Reset();
      (*up)->BindInt(1, story);
      if (copy_of) (*up)->BindInt(2, copy_of);
      else (*up)->BindNull(2);
      (*up)->BindInt(3, docs[i].id);
      auto r = (*up)->Step();
      if (!r.ok()) return r.status();
      ++result->documents_changed;
      docs[i].story = story;
      docs[i].copy_of = copy_of;
    }
    // What the next chunk sees: the last kStoryDays days of this one (or
    // the last kUndatedNeighbours undated documents).
    if (docs.empty()) return Status::Ok();
    size_t keep_from = docs.size();
    if (docs.back().day) {
      long last = *docs.back().day;
      while (keep_from > 0 && docs[keep_from - 1].day && *docs[keep_from - 1].day >= last - kStoryDays) --keep_from;
    } else {
      size_t undated = 0;
      while (keep_from > 0 && !docs[keep_from - 1].day && undated < static_cast<size_t>(kUndatedNeighbours)) {
        --keep_from;
        ++undated;
      }
    }
    for (size_t i = keep_from; i < docs.size(); ++i) {
      if (!docs[i].story) continue;
      if (!docs[i].copy_of) docs[i].copy_of = docs[i].id;
      carry.push_back(std::move(docs[i]));
    }
    return Status::Ok();
  }
};

StatusOr<StoryUpdate> Store::UpdateStories(int threads) {
  StoryUpdate result;
  // 1. Where are the documents not yet clustered?
  std::vector<DayInterval> intervals;
  bool undated_dirty = false;
  {
    auto s = Statement("SELECT DISTINCT d.date FROM pending_stories p JOIN documents d ON d.id = p.document");
    if (!s.ok()) return s.status();
    while (true) {
      auto row = (*s)->Step();
      if (!row.ok()) return row.status();
      if (!*row) break;
      auto date = (*s)->IsNull(0) ? std::nullopt : CivilDate::Parse((*s)->Text(0));
      if (!date) {
        undated_dirty = true;
        continue;
      }
      long d = date->ToDays();
      intervals.push_back({d - 2 * kStoryDays, d + 2 * kStoryDays});
    }
  }
  if (intervals.empty() && !undated_dirty) return result;
  intervals = Merge(std::move(intervals));

  // 2. The region to re-cluster: the documents of those days, widened to
  // the whole span of the stories they already belong to.
  {
    std::vector<DayInterval> widened = intervals;
    auto span = Statement(
        "SELECT min(s.first_date), max(s.last_date) FROM stories s WHERE s.id IN "
        "(SELECT DISTINCT story_id FROM documents WHERE date >= ? AND date <= ? AND story_id IS NOT NULL)");
    if (!span.ok()) return span.status();
    for (const DayInterval& i : intervals) {
      (*span)->Reset();
      (*span)->BindText(1, CivilDate::FromDays(i.first).ToString());
      (*span)->BindText(2, CivilDate::FromDays(i.last).ToString());
      auto row = (*span)->Step();
      if (!row.ok()) return row.status();
      if (*row && !(*span)->IsNull(0) && !(*span)->IsNull(1)) {
        auto a = CivilDate::Parse((*span)->Text(0));
        auto b = CivilDate::Parse((*span)->Text(1));
        if (a && b) widened.push_back({a->ToDays(), b->ToDays()});
      }
    }
    (*span)->Reset();
    intervals = Merge(std::move(widened));
  }

  FACTMINE_RETURN_IF_ERROR(conn_->BeginBulk());
  StoryPass pass{this, &result, threads, {}, {}, {}};
  Status st = [&]() -> Status {
    // Reads one page of documents into *page; false at the end.
    auto read = [&](SqlStatement* s, std::vector<RegionDoc>* page) -> StatusOr<bool> {
      while (true) {
        auto row = s->Step();
        if (!row.ok()) return row.status();
        if (!*row) break;
        RegionDoc d;
        d.id = s->Int(0);
        d.story = s->IsNull(1) ? 0 : s->Int(1);
        d.copy_of = s->IsNull(2) ? 0 : s->Int(2);
        if (!s->IsNull(3)) {
          if (auto date = CivilDate::Parse(s->Text(3))) d.day = date->ToDays();
        }
        if (s->IsNull(4) || !DecodeSignature(s->Blob(4), &d.sig)) d.sig.empty = true;
        page->push_back(std::move(d));
      }
      s->Reset();
      return !page->empty();
    };
    const std::string limit = " LIMIT " + std::to_string(kStoryChunk);
    // 3. Dated documents, interval by interval, in (date, id) order.
    const std::string columns =
        "SELECT d.id, d.story_id, d.copy_of, d.date, s.signature FROM documents d "
        "LEFT JOIN signatures s ON s.document = d.id ";
    auto first = Statement(columns + "WHERE d.date >= ? AND d.date <= ? ORDER BY d.date, d.id" + limit);
    if (!first.ok()) return first.status();
    auto next = Statement(columns + "WHERE d.date <= ? AND (d.date > ? OR (d.date = ? AND d.id > ?)) "
                          "ORDER BY d.date, d.id" + limit);
    if (!next.ok()) return next.status();
    for (const DayInterval& i : intervals) {
      const std::string from = CivilDate::FromDays(i.first).ToString();
      const std::string to = CivilDate::FromDays(i.last).ToString();
      std::vector<RegionDoc> page;
      (*first)->BindText(1, from);
      (*first)->BindText(2, to);
      auto more = read(*first, &page);
      while (true) {
        if (!more.ok()) return more.status();
        if (!*more) break;
        std::string last_date = CivilDate::FromDays(page.back().day.value_or(0)).ToString();
        int64_t last_id = page.back().id;
        FACTMINE_RETURN_IF_ERROR(pass.Chunk(&page));
        (*next)->BindText(1, to);
        (*next)->BindText(2, last_date);
        (*next)->BindText(3, last_date);
        (*next)->BindInt(4, last_id);
        more = read(*next, &page);
      }
    }
    // 4. Undated documents, from the kUndatedNeighbours before the first
    // new one, in id order.
    if (undated_dirty) {
      pass.carry.clear();
      auto s = Statement(
          "SELECT min(d.id) FROM pending_stories p JOIN documents d ON d.id = p.document WHERE d.date IS NULL");
      if (!s.ok()) return s.status();
      auto row = (*s)->Step();
      if (!row.ok()) return row.status();
      int64_t first_dirty = *row && !(*s)->IsNull(0) ? (*s)->Int(0) : 0;
      (*s)->Reset();
      auto before = Statement("SELECT min(id) FROM (SELECT id FROM documents WHERE date IS NULL AND id < ? "
                              "ORDER BY id DESC LIMIT " + std::to_string(kUndatedNeighbours) + ") t");
      if (!before.ok()) return before.status();
      (*before)->BindInt(1, first_dirty);
      auto b = (*before)->Step();
      if (!b.ok()) return b.status();
      int64_t from = *b && !(*before)->IsNull(0) ? (*before)->Int(0) : first_dirty;
      (*before)->Reset();
      auto undated = Statement(columns + "WHERE d.date IS NULL AND d.id >= ? ORDER BY d.id" + limit);
      if (!undated.ok()) return undated.status();
      std::vector<RegionDoc> page;
      while (true) {
        (*undated)->BindInt(1, from);
        auto more = read(*undated, &page);
        if (!more.ok()) return more.status();
        if (!*more) break;
        from = page.back().id + 1;
        FACTMINE_RETURN_IF_ERROR(pass.Chunk(&page));
      }
    }
    // 5. Any document still without a story (a date that does not parse)
    // gets one of its own.
    FACTMINE_RETURN_IF_ERROR(conn_->Exec(
        "INSERT INTO stories (first_document, documents) SELECT id, -1 FROM documents WHERE story_id IS NULL"));
    FACTMINE_RETURN_IF_ERROR(conn_->Exec(
        "UPDATE documents SET story_id = (SELECT s.id FROM stories s WHERE s.first_document = documents.id "
        "AND s.documents = -1) WHERE story_id IS NULL"));
    {
      auto lone = Statement("SELECT id FROM stories WHERE documents = -1");
      if (!lone.ok()) return lone.status();
      while (true) {
        auto row = (*lone)->Step();
        if (!row.ok()) return row.status();
        if (!*row) break;
        pass.touched.insert((*lone)->Int(0));
      }
      (*lone)->Reset();
    }
    FACTMINE_RETURN_IF_ERROR(conn_->Exec("DELETE FROM pending_stories"));
    // 6. Story summaries; stories left empty are dropped.
    auto refresh = Statement(
        "UPDATE stories SET "
        "documents = (SELECT count(*) FROM documents d WHERE d.story_id = stories.id), "
        "sources = (SELECT count(DISTINCT COALESCE(d.copy_of, d.id)) FROM documents d WHERE d.story_id = stories.id), "
        "first_date = (SELECT min(d.date) FROM documents d WHERE d.story_id = stories.id), "
        "last_date = (SELECT max(d.date) FROM documents d WHERE d.story_id = stories.id), "
        "first_document = (SELECT d.id FROM documents d WHERE d.story_id = stories.id "
        "ORDER BY d.date IS NULL, d.date, d.id LIMIT 1), "
        "label = (SELECT d.title FROM documents d WHERE d.story_id = stories.id "
        "ORDER BY d.date IS NULL, d.date, d.id LIMIT 1) "
        "WHERE id = ?");
    if (!refresh.ok()) return refresh.status();
    auto drop = Statement("DELETE FROM stories WHERE id = ? AND documents = 0");
    if (!drop.ok()) return drop.status();
    for (int64_t id : pass.touched) {
      for (SqlStatement* q : {*refresh, *drop}) {
        q->Reset();
        q->BindInt(1, id);
        auto r = q->Step();
        if (!r.ok()) return r.status();
      }
    }
    return Status::Ok();
  }();
  if (!st.ok()) {
    (void)conn_->Rollback();
    return st;
  }
  FACTMINE_RETURN_IF_ERROR(conn_->Commit());
  result.stories = pass.taken.size();
  return result;
}

Status Store::ForEachFact(const std::function<void(FactRow&)>& f) {
  auto q = conn_->Prepare(
      "SELECT f.id, f.document, COALESCE(d.copy_of, d.id), COALESCE(d.story_id, 0), d.doc_id, d.date, d.title, "
      "d.url, d.source, d.lang, f.idx, f.part_of, f.dimension, f.unit, f.qualifier, f.per, f.value, f.low, f.high, "
      "f.value_text, f.low_text, f.high_text, f.value_precision, f.low_precision, f.high_precision, f.text, "
      "f.sentence_text, f.start_byte - COALESCE(st.start_byte, f.start_byte), "
      "f.end_byte - COALESCE(st.start_byte, f.start_byte), f.trigger, a.name, f.confidence, f.period_stated, "
      "s.key, s.name, s.type, f.predicate, f.period, o.key, o.name, f.measure, f.quantity, f.scope, f.scope_name "
      "FROM facts f JOIN documents d ON d.id = f.document "
      "JOIN entities s ON s.id = f.subject "
      "LEFT JOIN entities o ON o.id = f.object "
      "LEFT JOIN entities a ON a.id = f.attributed_to "
      "LEFT JOIN sentences st ON st.document = f.document AND st.idx = f.sentence "
      "ORDER BY f.document, f.idx");
  if (!q.ok()) return q.status();
  SqlStatement& r = **q;
  auto text = [&](int col) { return r.IsNull(col) ? std::string() : r.Text(col); };
  auto number = [&](int col) { return r.IsNull(col) ? std::optional<double>() : std::optional<double>(r.Double(col)); };
  FactRow row;
  while (true) {
    auto step = r.Step();
    if (!step.ok()) return step.status();
    if (!*step) break;
    row.id = r.Int(0);
    row.document = r.Int(1);
    row.copy_group = r.Int(2);
    row.story = r.Int(3);
    row.doc = text(4);
    row.doc_date = text(5);
    row.doc_title = text(6);
    row.doc_url = text(7);
    row.doc_source = text(8);
    row.lang = text(9);
    row.idx = static_cast<int>(r.Int(10));
    row.part_of = r.IsNull(11) ? -1 : static_cast<int>(r.Int(11));
    row.dimension = text(12);
    row.unit = text(13);
    row.qualifier = text(14);
    row.per = text(15);
    row.value = number(16);
    row.low = number(17);
    row.high = number(18);
    row.value_text = text(19);
    row.low_text = text(20);
    row.high_text = text(21);
    row.value_precision = number(22).value_or(0);
    row.low_precision = number(23).value_or(0);
    row.high_precision = number(24).value_or(0);
    row.text = text(25);
    row.sentence_text = text(26);
    row.highlight_begin = r.IsNull(27) ? 0 : r.Int(27);
    row.highlight_end = r.IsNull(28) ? 0 : r.Int(28);
    row.trigger = text(29);
    row.attributed_to = text(30);
    row.confidence = r.Double(31);
    row.period_stated = r.Int(32) != 0;
    row.subject = text(33);
    row.subject_name = text(34);
    row.subject_type = text(35);
    row.predicate = text(36);
    row.period = text(37);
    row.object = text(38);
    row.object_name = text(39);
    row.measure = text(40);
    row.quantity = static_cast<int>(r.Int(41));
    row.scope = text(42);
    row.scope_name = text(43);
    f(row);
  }
  return Status::Ok();
}

Status Store::ForEachBreakdown(const std::function<void(const BreakdownRow&)>& f) {
  auto q = conn_->Prepare(
      "SELECT w.document, d.doc_id, d.date, d.title, d.url, d.source, d.lang, COALESCE(d.copy_of, d.id), "
      "w.idx, w.text, w.dimension, w.unit, w.qualifier, w.value, w.low, w.high, w.value_text, w.low_text, "
      "w.high_text, w.value_precision, w.low_precision, w.high_precision, "
      "p.idx, p.text, p.dimension, p.unit, p.qualifier, p.value, p.low, p.high, p.value_text, p.low_text, "
      "p.high_text, p.value_precision, p.low_precision, p.high_precision "
      "FROM quantities p JOIN quantities w ON w.document = p.document AND w.idx = p.depends_on "
      "JOIN documents d ON d.id = p.document "
      "ORDER BY p.document, w.idx, p.idx");
  if (!q.ok()) return q.status();
  SqlStatement& r = **q;
  auto text = [&](int col) { return r.IsNull(col) ? std::string() : r.Text(col); };
  auto number = [&](int col) { return r.IsNull(col) ? std::optional<double>() : std::optional<double>(r.Double(col)); };
  auto amount = [&](int col, BreakdownRow::Amount* a) {
    a->idx = static_cast<int>(r.Int(col));
    a->text = text(col + 1);
    a->dimension = text(col + 2);
    a->unit = text(col + 3);
    a->qualifier = text(col + 4);
    a->value = number(col + 5);
    a->low = number(col + 6);
    a->high = number(col + 7);
    a->value_text = text(col + 8);
    a->low_text = text(col + 9);
    a->high_text = text(col + 10);
    a->value_precision = number(col + 11).value_or(0);
    a->low_precision = number(col + 12).value_or(0);
    a->high_precision = number(col + 13).value_or(0);
  };
  BreakdownRow row;
  while (true) {
    auto step = r.Step();
    if (!step.ok()) return step.status();
    if (!*step) break;
    row.document = r.Int(0);
    row.doc = text(1);
    row.doc_date = text(2);
    row.doc_title = text(3);
    row.doc_url = text(4);
    row.doc_source = text(5);
    row.lang = text(6);
    row.copy_group = r.Int(7);
    amount(8, &row.whole);
    amount(22, &row.part);
    f(row);
  }
  return Status::Ok();
}

Status Store::Check() { return conn_->Check(); }

}  // namespace factmine
