// Private to output/: a minimal SQL connection interface, so that the store
// (schema, migrations, writes, queries) is written once in portable SQL and
// each backend (SQLite, PostgreSQL) only implements these two classes.
//
// Placeholders are written '?' everywhere; a backend that numbers them
// ($1, $2...) rewrites the statement. Not thread-safe: one connection, one
// thread.
#ifndef FACTMINE_OUTPUT_INTERNAL_SQL_H_
#define FACTMINE_OUTPUT_INTERNAL_SQL_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "base/status.h"

namespace factmine::internal {

class SqlStatement {
 public:
  virtual ~SqlStatement() = default;
  // Parameters are 1-based, as in SQL.
  virtual void BindInt(int i, int64_t v) = 0;
  virtual void BindDouble(int i, double v) = 0;
  virtual void BindText(int i, std::string_view v) = 0;
  virtual void BindBlob(int i, std::string_view bytes) = 0;
  virtual void BindNull(int i) = 0;
  // Runs or advances the statement: true when a row is available.
  virtual StatusOr<bool> Step() = 0;
  // Columns are 0-based.
  enum class Type { kNull, kInt, kDouble, kText, kBlob };
  virtual int ColumnCount() = 0;
  virtual std::string ColumnName(int col) = 0;
  virtual Type ColumnType(int col) = 0;  // of the current row's value
  virtual bool IsNull(int col) = 0;
  virtual int64_t Int(int col) = 0;
  virtual double Double(int col) = 0;
  virtual std::string Text(int col) = 0;
  virtual std::string Blob(int col) = 0;
  // Ready to bind and run again.
  virtual void Reset() = 0;
};

class SqlConnection {
 public:
  virtual ~SqlConnection() = default;
  virtual std::string_view dialect() const = 0;  // "sqlite" or "postgresql"
  virtual Status Exec(std::string_view sql) = 0;  // one or more statements, no results
  virtual StatusOr<std::unique_ptr<SqlStatement>> Prepare(std::string_view sql) = 0;
  virtual Status Begin() = 0;
  // A transaction of writes whose references the caller guarantees (the
  // store's ingest and story batches: every id they write was just read or
  // inserted): a backend may skip the checks this makes redundant. Ends
  // with Commit or Rollback like any other.
  virtual Status BeginBulk() { return Begin(); }
  virtual Status Commit() = 0;
  virtual Status Rollback() = 0;
  // Checks the file or server is healthy (integrity check where there is one).
  virtual Status Check() = 0;
  // How many bytes the database takes (SQLite: pages in use and free).
  virtual StatusOr<int64_t> SizeBytes() = 0;
};

struct SqliteOptions {
  int64_t max_bytes = 0;  // 0: no limit; else SQLITE_FULL past this size
  bool read_only = false;
};
StatusOr<std::unique_ptr<SqlConnection>> OpenSqlite(const std::string& path, const SqliteOptions& options);
StatusOr<std::unique_ptr<SqlConnection>> OpenPostgres(const std::string& url);

}  // namespace factmine::internal

#endif  // FACTMINE_OUTPUT_INTERNAL_SQL_H_
