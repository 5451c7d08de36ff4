// `factmine export`: a table of the fact database as JSON lines or CSV.
#include <charconv>
#include <cstring>

#include "output/internal/sql.h"
#include "output/output.h"

namespace factmine {
namespace {

using internal::SqlStatement;

// What each exported table is, in the database's own words.
struct Table {
  const char* name;
  const char* sql;
};

const Table kTables[] = {
    {"documents",
     "SELECT d.id, d.doc_id, d.source, d.url, d.title, d.lang, d.date, d.date_source, d.bytes, d.sha256, "
     "d.story_id, d.copy_of, d.factmine_version, d.ingested_at FROM documents d ORDER BY d.id"},
    {"documents_text",
     "SELECT d.id, d.doc_id, d.source, d.url, d.title, d.lang, d.date, d.date_source, d.bytes, d.sha256, "
     "d.story_id, d.copy_of, d.factmine_version, d.ingested_at, t.text FROM documents d JOIN texts t ON t.document = d.id ORDER BY d.id"},
    {"quantities",
     "SELECT q.document, d.doc_id AS doc, q.idx, q.start_byte, q.end_byte, q.text, q.dimension, q.value_text AS value, "
     "q.low_text AS low, q.high_text AS high, q.unit, q.qualifier, q.per, q.sentence, q.depends_on, "
     "q.unit_inherited FROM quantities q JOIN documents d ON d.id = q.document ORDER BY q.document, q.idx"},
    {"stories",
     "SELECT s.id, s.label, s.first_date, s.last_date, s.documents, s.sources, s.first_document "
     "FROM stories s ORDER BY s.id"},
    {"facts",
     "SELECT f.id, d.doc_id AS doc, d.date AS doc_date, f.idx, s.key AS subject_id, s.name AS subject, f.predicate, "
     "f.measure, f.scope, "
     "f.value_text AS value, f.low_text AS low, f.high_text AS high, f.unit, f.qualifier, f.per, f.period, "
     "f.period_grain, f.period_start, f.period_end, f.period_stated, o.name AS object, a.name AS attributed_to, "
     "f.part_of, f.sentence, f.start_byte, f.end_byte, f.text, f.sentence_text, f.trigger, f.confidence, "
     "d.story_id AS story "
     "FROM facts f JOIN documents d ON d.id = f.document LEFT JOIN entities s ON s.id = f.subject "
     "LEFT JOIN entities o ON o.id = f.object LEFT JOIN entities a ON a.id = f.attributed_to "
     "ORDER BY f.document, f.idx"},
    {"entities",
     "SELECT e.id, e.key, e.name, e.type, e.known, e.parent, "
     "(SELECT count(*) FROM entity_mentions m WHERE m.entity = e.id) AS mentions, "
     "(SELECT count(DISTINCT m.document) FROM entity_mentions m WHERE m.entity = e.id) AS documents "
     "FROM entities e ORDER BY e.id"},
    {"mentions",
     "SELECT d.doc_id AS doc, m.idx, e.key AS entity, e.name, m.start_byte, m.end_byte, m.text, m.sentence "
     "FROM entity_mentions m JOIN documents d ON d.id = m.document JOIN entities e ON e.id = m.entity "
     "ORDER BY m.document, m.idx"},
    {"times",
     "SELECT d.doc_id AS doc, t.idx, t.start_byte, t.end_byte, t.text, t.value, t.grain, t.first_day, t.last_day, "
     "t.sentence, t.fiscal FROM times t JOIN documents d ON d.id = t.document ORDER BY t.document, t.idx"},
    {"runs",
     "SELECT id, started_at, finished_at, command, status, ingested, duplicates, reextracted, rejected, "
     "factmine_version, inputs FROM runs ORDER BY id"},
    {"rejected", "SELECT r.id, r.run_id, r.input, r.reason, r.at FROM rejected r ORDER BY r.id"},
};

void CsvField(std::string* out, std::string_view s) {
  bool quote = s.find_first_of(",\"\n\r") != std::string_view::npos;
  if (!quote) {
    out->append(s);
    return;
  }
  out->push_back('"');
  for (char c : s) {
    if (c == '"') out->push_back('"');
    out->push_back(c);
  }
  out->push_back('"');
}

// Exact decimals are stored as text beside a REAL; export the text as a number.
bool IsDecimalColumn(std::string_view name) { return name == "value" || name == "low" || name == "high"; }

}  // namespace

Status Store::Export(std::string_view what, std::string_view format, FILE* out) {
  const Table* table = nullptr;
  for (const Table& t : kTables) {
    if (what == t.name) table = &t;
  }
  if (table == nullptr) {
    return InvalidArgumentError("nothing to export called '" + std::string(what) +
                                "' (facts, quantities, entities, mentions, times, documents, stories, runs, rejected)");
  }
  if (format != "jsonl" && format != "csv") return InvalidArgumentError("export format is jsonl or csv");
  auto st = conn_->Prepare(table->sql);
  if (!st.ok()) return st.status();
  SqlStatement& s = **st;
  std::string buf;
  bool header = false;
  auto flush = [&]() -> Status {
    if (buf.empty()) return Status::Ok();
    if (std::fwrite(buf.data(), 1, buf.size(), out) != buf.size()) return IoError("cannot write the export");
    buf.clear();
    return Status::Ok();
  };
  while (true) {
    auto row = s.Step();
    if (!row.ok()) return row.status();
    if (!*row) break;
    int n = s.ColumnCount();
    if (format == "csv" && !header) {
      for (int c = 0; c < n; ++c) {
        if (c) buf.push_back(',');
        CsvField(&buf, s.ColumnName(c));
      }
      buf.append("\r\n");
      header = true;
    }
    if (format == "jsonl") buf.push_back('{');
    for (int c = 0; c < n; ++c) {
      std::string name = s.ColumnName(c);
      auto type = s.ColumnType(c);
      if (format == "jsonl") {
        if (c) buf.push_back(',');
        AppendJsonString(&buf, name);
        buf.push_back(':');
        switch (type) {
          case SqlStatement::Type::kNull: buf.append("null"); break;
          case SqlStatement::Type::kInt: buf.append(std::to_string(s.Int(c))); break;
          case SqlStatement::Type::kDouble: {
            char tmp[32];
            auto r = std::to_chars(tmp, tmp + sizeof tmp, s.Double(c));
            buf.append(tmp, static_cast<size_t>(r.ptr - tmp));
            break;
          }
          default:
            if (IsDecimalColumn(name)) buf.append(s.Text(c));
            else AppendJsonString(&buf, s.Text(c));
        }
      } else {
        if (c) buf.push_back(',');
        if (type == SqlStatement::Type::kNull) continue;
        if (type == SqlStatement::Type::kInt) buf.append(std::to_string(s.Int(c)));
        else if (type == SqlStatement::Type::kDouble) buf.append(std::to_string(s.Double(c)));
        else CsvField(&buf, s.Text(c));
      }
    }
    buf.append(format == "jsonl" ? "}\n" : "\r\n");
    if (buf.size() > (1 << 16)) FACTMINE_RETURN_IF_ERROR(flush());
  }
  FACTMINE_RETURN_IF_ERROR(flush());
  return std::fflush(out) == 0 ? Status::Ok() : IoError("cannot write the export");
}

}  // namespace factmine
