// The SQLite backend of the SQL interface: WAL, foreign keys, a busy
// timeout, an optional size cap (max_page_count), and WAL checkpoints run
// by a background thread so that the writer never waits on them.
#include <sqlite3.h>

#include <condition_variable>
#include <filesystem>
#include <mutex>
#include <thread>

#include "output/internal/sql.h"

namespace factmine::internal {
namespace {

Status SqliteError(sqlite3* db, int rc, std::string_view what) {
  std::string msg = std::string(what) + ": " + (db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
  switch (rc & 0xFF) {
    case SQLITE_FULL: return ResourceExhaustedError(msg);
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT: return DataLossError(msg);
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
    case SQLITE_READONLY:
    case SQLITE_IOERR: return IoError(msg);
    case SQLITE_BUSY:
    case SQLITE_LOCKED: return FailedPreconditionError(msg + " (another process is writing the database)");
    default: return InternalError(msg);
  }
}

class SqliteStatement : public SqlStatement {
 public:
  SqliteStatement(sqlite3* db, sqlite3_stmt* s) : db_(db), s_(s) {}
  ~SqliteStatement() override { sqlite3_finalize(s_); }
  void BindInt(int i, int64_t v) override { sqlite3_bind_int64(s_, i, v); }
  void BindDouble(int i, double v) override { sqlite3_bind_double(s_, i, v); }
  void BindText(int i, std::string_view v) override {
    sqlite3_bind_text(s_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
  }
  void BindBlob(int i, std::string_view v) override {
    sqlite3_bind_blob(s_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
  }
  void BindNull(int i) override { sqlite3_bind_null(s_, i); }
  StatusOr<bool> Step() override {
    int rc = sqlite3_step(s_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    return SqliteError(db_, rc, "sqlite");
  }
  int ColumnCount() override { return sqlite3_column_count(s_); }
  std::string ColumnName(int c) override { return sqlite3_column_name(s_, c); }
  Type ColumnType(int c) override {
    switch (sqlite3_column_type(s_, c)) {
      case SQLITE_INTEGER: return Type::kInt;
      case SQLITE_FLOAT: return Type::kDouble;
      case SQLITE_TEXT: return Type::kText;
      case SQLITE_BLOB: return Type::kBlob;
      default: return Type::kNull;
    }
  }
  bool IsNull(int c) override { return sqlite3_column_type(s_, c) == SQLITE_NULL; }
  int64_t Int(int c) override { return sqlite3_column_int64(s_, c); }
  double Double(int c) override { return sqlite3_column_double(s_, c); }
  std::string Text(int c) override {
    const unsigned char* t = sqlite3_column_text(s_, c);
    return t ? std::string(reinterpret_cast<const char*>(t), static_cast<size_t>(sqlite3_column_bytes(s_, c))) : "";
  }
  std::string Blob(int c) override {
    const void* b = sqlite3_column_blob(s_, c);
    return b ? std::string(static_cast<const char*>(b), static_cast<size_t>(sqlite3_column_bytes(s_, c))) : "";
  }
  void Reset() override {
    sqlite3_reset(s_);
    sqlite3_clear_bindings(s_);
  }

 private:
  sqlite3* db_;
  sqlite3_stmt* s_;
};

// Copies the write-ahead log into the database file on its own connection
// and thread. SQLite's automatic checkpoint runs inside the COMMIT that
// crosses the threshold, so the writer would stop for the copy and its
// fsyncs (about a fifth of an ingest's wall time). Here the writer's
// commit hook only wakes this thread; a PASSIVE checkpoint copies what no
// reader still needs and never blocks the writer. If the log still grows
// past kHardPages (the checkpointer cannot keep up, or a reader pins old
// pages), the writer checkpoints itself, as SQLite would.
class Checkpointer {
 public:
  static constexpr int kSoftPages = 4096;   // 64 MiB of 16 KiB pages: wake the thread
  static constexpr int kHardPages = 16384;  // 256 MiB: the writer checkpoints inline

  explicit Checkpointer(std::string path) : path_(std::move(path)) {}
  ~Checkpointer() {
    {
      std::lock_guard<std::mutex> lock(mu_);
      stop_ = true;
    }
    cv_.notify_one();
    if (thread_.joinable()) thread_.join();
  }

  // Installed with sqlite3_wal_hook on the writing connection.
  static int Hook(void* self, sqlite3* db, const char* schema, int pages) {
    auto* c = static_cast<Checkpointer*>(self);
    if (pages >= kHardPages) {
      sqlite3_wal_checkpoint_v2(db, schema, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
    } else if (pages >= kSoftPages) {
      c->Wake();
    }
    return SQLITE_OK;
  }

 private:
  void Wake() {
    {
      std::lock_guard<std::mutex> lock(mu_);
      requested_ = true;
      if (!thread_.joinable()) thread_ = std::thread([this] { Run(); });
    }
    cv_.notify_one();
  }
  void Run() {
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(path_.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
      sqlite3_close_v2(db);
      return;  // the writer's hard limit still bounds the log
    }
    sqlite3_busy_timeout(db, 1000);
    // A connection finds the file in WAL mode on its first read; until then
    // a checkpoint does nothing.
    sqlite3_exec(db, "SELECT count(*) FROM sqlite_schema", nullptr, nullptr, nullptr);
    std::unique_lock<std::mutex> lock(mu_);
    while (true) {
      cv_.wait(lock, [&] { return stop_ || requested_; });
      if (stop_) break;
      requested_ = false;
      lock.unlock();
      // Errors (a busy database, a full disk) are left to the writer, which
      // meets them on its own writes; the next commit asks again.
      sqlite3_wal_checkpoint_v2(db, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
      lock.lock();
    }
    lock.unlock();
    sqlite3_close_v2(db);
  }

  std::string path_;
  std::mutex mu_;
  std::condition_variable cv_;
  bool requested_ = false, stop_ = false;
  std::thread thread_;
};

class SqliteConnection : public SqlConnection {
 public:
  explicit SqliteConnection(sqlite3* db) : db_(db) {}
  ~SqliteConnection() override {
    // The checkpointer's connection closes first, so that closing the
    // writer's (the last one) checkpoints the rest and removes the log.
    checkpointer_.reset();
    sqlite3_close_v2(db_);
  }
  // Moves checkpoints off the writer (see Checkpointer).
  void CheckpointInBackground(const std::string& path) {
    checkpointer_ = std::make_unique<Checkpointer>(path);
    sqlite3_wal_hook(db_, &Checkpointer::Hook, checkpointer_.get());
  }
  std::string_view dialect() const override { return "sqlite"; }
  // Back to enforced foreign keys once a bulk transaction has ended (the
  // pragma is a no-op inside a transaction).
  void EnforceKeysAgain() {
    if (bulk_ && sqlite3_get_autocommit(db_) && Exec("PRAGMA foreign_keys = ON").ok()) bulk_ = false;
  }
  Status Exec(std::string_view sql) override {
    char* err = nullptr;
    std::string s(sql);
    int rc = sqlite3_exec(db_, s.c_str(), nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
      std::string msg = err ? err : sqlite3_errstr(rc);
      sqlite3_free(err);
      Status st = SqliteError(nullptr, rc, "sqlite");
      return Status(st.code(), msg);
    }
    return Status::Ok();
  }
  StatusOr<std::unique_ptr<SqlStatement>> Prepare(std::string_view sql) override {
    sqlite3_stmt* s = nullptr;
    int rc = sqlite3_prepare_v2(db_, sql.data(), static_cast<int>(sql.size()), &s, nullptr);
    if (rc != SQLITE_OK) return SqliteError(db_, rc, "sqlite prepare");
    return std::unique_ptr<SqlStatement>(new SqliteStatement(db_, s));
  }
  Status Begin() override { return Exec("BEGIN IMMEDIATE"); }
  // Foreign keys stay declared but are not enforced inside a bulk
  // transaction: the checks cost a sixth of the ingest writer's time (two to
  // four index probes per row), and the tests run PRAGMA foreign_key_check
  // after ingests to hold the store to its guarantee.
  Status BeginBulk() override {
    if (Status st = Exec("PRAGMA foreign_keys = OFF"); !st.ok()) return st;
    bulk_ = true;
    Status st = Begin();
    if (!st.ok()) EnforceKeysAgain();
    return st;
  }
  Status Commit() override {
    Status st = Exec("COMMIT");
    EnforceKeysAgain();
    return st;
  }
  Status Rollback() override {
    // Nothing open: SQLite may have rolled back itself.
    Status st = sqlite3_get_autocommit(db_) ? Status::Ok() : Exec("ROLLBACK");
    EnforceKeysAgain();
    return st;
  }
  Status Check() override {
    auto st = Prepare("PRAGMA quick_check");
    if (!st.ok()) return st.status();
    auto row = (*st)->Step();
    if (!row.ok()) return row.status();
    std::string r = (*st)->Text(0);
    if (r != "ok") return DataLossError("the database is damaged: " + r);
    return Status::Ok();
  }
  StatusOr<int64_t> SizeBytes() override {
    int64_t size = 1;
    for (const char* pragma : {"PRAGMA page_count", "PRAGMA page_size"}) {
      auto st = Prepare(pragma);
      if (!st.ok()) return st.status();
      auto row = (*st)->Step();
      if (!row.ok()) return row.status();
      size *= (*st)->Int(0);
    }
    return size;
  }

 private:
  sqlite3* db_;
  bool bulk_ = false;  // in a bulk transaction: foreign keys not enforced
  std::unique_ptr<Checkpointer> checkpointer_;
};

}  // namespace

StatusOr<std::unique_ptr<SqlConnection>> OpenSqlite(const std::string& path, const SqliteOptions& options) {
  // No memory statistics: with them on, every SQLite allocation and free
  // takes a global mutex (3% of an ingest's cycles in perf). Must precede
  // the first open, which initializes SQLite; a later call is refused
  // harmlessly.
  static const int configured = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
  (void)configured;
  sqlite3* db = nullptr;
  int flags = options.read_only ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  flags |= SQLITE_OPEN_NOMUTEX;
  int rc = sqlite3_open_v2(path.c_str(), &db, flags, nullptr);
  if (rc != SQLITE_OK) {
    Status st = SqliteError(db, rc, "cannot open database " + path);
    sqlite3_close_v2(db);
    return st;
  }
  auto conn = std::make_unique<SqliteConnection>(db);
  sqlite3_busy_timeout(db, 10000);
  // A file that is not a database fails here, on the first read.
  Status st = conn->Exec("PRAGMA foreign_keys = ON");
  // 16 KiB pages (effective for a new file only): article texts of a few KB
  // fit in a page instead of spilling onto overflow pages.
  if (st.ok() && !options.read_only) st = conn->Exec("PRAGMA page_size = 16384");
  if (st.ok() && !options.read_only) st = conn->Exec("PRAGMA journal_mode = WAL");
  if (st.ok()) st = conn->Exec("PRAGMA synchronous = NORMAL");
  // A 32 MiB page cache (the default is 2 MiB) keeps the indexes that every
  // insert touches in memory.
  if (st.ok()) st = conn->Exec("PRAGMA cache_size = -32768");
  if (st.ok() && !options.read_only) {
    st = conn->Exec("PRAGMA wal_autocheckpoint = 0");
    // A file that is not a database was refused by the statements above.
    if (st.ok()) conn->CheckpointInBackground(path);
  }
  if (!st.ok()) {
    if (st.message().find("not a database") != std::string::npos || st.code() == StatusCode::kDataLoss) {
      return DataLossError(path + " is not a factmine database (not an SQLite file, or damaged)");
    }
    return Status(st.code(), path + ": " + st.message());
  }
  if (options.max_bytes > 0) {
    int64_t page = 4096;
    if (auto p = conn->Prepare("PRAGMA page_size"); p.ok() && (*p)->Step().ok()) page = (*p)->Int(0);
    int64_t pages = std::max<int64_t>(options.max_bytes / page, 8);
    st = conn->Exec("PRAGMA max_page_count = " + std::to_string(pages));
    if (!st.ok()) return st;
  }
  return std::unique_ptr<SqlConnection>(std::move(conn));
}

}  // namespace factmine::internal
