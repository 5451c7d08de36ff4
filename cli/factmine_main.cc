// factmine: the command line. It only wires the stages together; all the
// work is in corpus/, normalize/, extract/ and output/.
#include <CLI/CLI.hpp>

#include <atomic>
#include <map>
#include <algorithm>
#include <vector>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <set>
#include <thread>

#include "check/check.h"
#include "cli/pipeline.h"
#include "cli/progress.h"
#include "base/date.h"
#include "data/data.h"
#include "output/output.h"

namespace factmine::cli {
namespace {

struct CommonArgs {
  std::vector<std::string> inputs;
  std::string lang = "auto";
  std::string date;
  std::string input_format = "auto";
  std::string invalid_utf8 = "reject";
  std::string register_ = "press";
  size_t max_doc_bytes = 64u << 20;
  int threads = 0;
  bool quiet = false;
  std::string format = "jsonl";
  std::vector<std::string> catalogs;
};

void AddCommon(CLI::App* cmd, CommonArgs* a) {
  cmd->add_option("--lang", a->lang, "Language of the articles: fr, en or auto (detected per article)")
      ->check(CLI::IsMember({"auto", "fr", "en"}));
  cmd->add_option("--date", a->date,
                  "Publication date YYYY-MM-DD used to resolve 'cette année'; wins over dates found in the input");
  cmd->add_option("--input-format", a->input_format, "text, jsonl, html or auto (by file extension; stdin: sniffed)")
      ->check(CLI::IsMember({"auto", "text", "jsonl", "html"}));
  cmd->add_option("--invalid-utf8", a->invalid_utf8,
                  "What to do with bytes that are not UTF-8: reject the document (default) or replace them by U+FFFD")
      ->check(CLI::IsMember({"reject", "replace"}));
  cmd->add_option("--register", a->register_,
                  "press (default) or informal: conversational text where '3 balles' or '42 bucks' are money")
      ->check(CLI::IsMember({"press", "informal"}));
  cmd->add_option("--max-doc-bytes", a->max_doc_bytes, "Reject articles (or JSONL lines) larger than this");
  cmd->add_option("--threads", a->threads, "Extraction threads (default: all cores; ingest: all but one, for the writer)")->check(CLI::Range(0, 1024));
  cmd->add_flag("-q,--quiet", a->quiet, "No progress and no summary on stderr (rejections are still reported)");
  cmd->add_option("--catalog", a->catalogs,
                  "An entity catalog (JSON lines, as data/entities/catalog.jsonl) to add to the built-in one; "
                  "repeatable")
      ->allow_extra_args(false)
      ->check(CLI::ExistingFile);
}

// Checks the options that the command line parser cannot (a date, the
// catalog files) and fills *o. Returns 0, or the exit status after saying why.
int MakePipelineOptions(const CommonArgs& a, PipelineOptions* out) {
  if (!a.date.empty() && !CivilDate::Parse(a.date)) {
    std::fprintf(stderr, "factmine: --date '%s' is not a YYYY-MM-DD date\n", a.date.c_str());
    return 2;
  }
  PipelineOptions& o = *out;
  if (!a.catalogs.empty()) {
    auto catalog = EntityCatalog::Load(a.catalogs);
    if (!catalog.ok()) {
      std::fprintf(stderr, "factmine: --catalog: %s\n", catalog.status().message().c_str());
      return 2;
    }
    o.extract.catalog = *catalog;
  }
  o.threads = a.threads > 0 ? a.threads : std::max(1u, std::thread::hardware_concurrency());
  o.prepare.lang = a.lang;
  o.prepare.date = a.date;
  o.prepare.utf8 = a.invalid_utf8 == "replace" ? Utf8Policy::kReplace : Utf8Policy::kReject;
  o.extract.quantities.register_ = a.register_ == "informal" ? Register::kInformal : Register::kPress;
  return 0;
}

ReaderOptions MakeReaderOptions(const CommonArgs& a) {
  ReaderOptions r;
  r.format = *ParseInputFormat(a.input_format);
  r.max_document_bytes = a.max_doc_bytes;
  r.defer_parsing = true;  // the pipeline's workers parse JSONL lines and HTML pages
  return r;
}

std::string Count(uint64_t n, const char* noun, const char* plural = nullptr) {
  if (n == 1) return "1 " + std::string(noun);
  return std::to_string(n) + " " + (plural ? std::string(plural) : std::string(noun) + "s");
}

void ReportRejection(const Rejection& r) { std::fprintf(stderr, "factmine: %s: %s\n", r.input.c_str(), r.reason.c_str()); }

// Rejections by kind of reason, for the summary: "2 malformed JSON, 1 empty
// document". The kind is the reason up to its first detail (a byte offset,
// a colon, a parenthesis or a number).
class RejectionTally {
 public:
  void Add(const std::string& reason) {
    size_t end = reason.size();
    for (const char* stop : {" at byte", ":", " (", " larger than", " longer than"}) {
      end = std::min(end, reason.find(stop));
    }
    ++kinds_[reason.substr(0, end)];
  }
  std::string Summary() const {
    std::vector<std::pair<uint64_t, std::string>> v;
    for (const auto& [kind, n] : kinds_) v.emplace_back(n, kind);
    std::stable_sort(v.begin(), v.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    std::string out;
    for (const auto& [n, kind] : v) out += (out.empty() ? "" : ", ") + std::to_string(n) + " " + kind;
    return out;
  }

 private:
  std::map<std::string, uint64_t> kinds_;
};

int RunExtract(const CommonArgs& args) {
  PipelineOptions options;
  if (int rc = MakePipelineOptions(args, &options); rc != 0) return rc;
  ArticleReader reader(args.inputs, MakeReaderOptions(args));
  Progress progress("extract", reader.bytes_total(), args.quiet);
  std::string out;
  bool write_failed = false;
  auto flush = [&] {
    if (out.empty() || write_failed) return;
    if (std::fwrite(out.data(), 1, out.size(), stdout) != out.size() || std::fflush(stdout) != 0) {
      write_failed = true;
    }
    out.clear();
  };
  PipelineStats stats;
  RejectionTally tally;
  Status run = RunPipeline(
      reader, options,
      [&](const Document& doc, const Extraction& ex, int64_t) {
        if (args.format == "text") {
          AppendExtractionText(&out, doc, ex);
        } else {
          AppendExtractionJson(&out, doc, ex);
          out.push_back('\n');
        }
      },
      [&](const Rejection& r) {
        progress.Finish();
        ReportRejection(r);
        tally.Add(r.reason);
      },
      [&] {
        flush();
        return Status::Ok();
      },
      [&](const PipelineStats& s) { progress.Update(s.documents + s.rejected, reader.bytes_read()); }, &stats);
  (void)run;
  flush();
  progress.Finish();
  if (write_failed) {
    std::fprintf(stderr, "factmine: cannot write the output: %s\n", std::strerror(errno));
    return 1;
  }
  if (!args.quiet) {
    std::fprintf(stderr, "extract: %s (%.1f MB), %s rejected%s%s\n", Count(stats.documents, "document").c_str(),
                 stats.bytes / 1e6, Count(stats.rejected, "input").c_str(), stats.rejected ? ": " : "",
                 tally.Summary().c_str());
  }
  return stats.rejected > 0 ? 1 : 0;
}

struct IngestArgs {
  CommonArgs common;
  std::string db = "facts.db";
  bool force = false;
  int64_t db_max_bytes = 0;
};

int RunIngest(const IngestArgs& args) {
  if (args.common.inputs.empty()) {
    // No inputs: create the database, or bring its schema up to date.
    if (!std::filesystem::exists(args.db) && args.db.find("://") == std::string::npos) {
      std::fprintf(stderr, "factmine ingest: name the files or folders to ingest (or - for stdin)\n");
      return 2;
    }
    auto store = Store::Open(args.db, StoreOptions{});
    if (!store.ok()) {
      std::fprintf(stderr, "factmine: %s\n", store.status().message().c_str());
      return 1;
    }
    if (!args.common.quiet) std::fprintf(stderr, "factmine ingest: %s: schema up to date, nothing to ingest\n", args.db.c_str());
    return 0;
  }
  PipelineOptions options;
  if (int rc = MakePipelineOptions(args.common, &options); rc != 0) return rc;
  // By default one extraction thread per core beside the writer (on 2
  // cores, 2 extraction threads store 3-6% more per second than 1 since the
  // writer needs under 5 s of CPU for the bulk corpus's 81 MB).
  const int cores = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  if (args.common.threads <= 0) options.threads = cores;
  StoreOptions so;
  so.max_bytes = args.db_max_bytes;
  auto store = Store::Open(args.db, so);
  if (!store.ok()) {
    std::fprintf(stderr, "factmine: %s\n", store.status().message().c_str());
    return 1;
  }
  Store& db = **store;
  auto run = db.BeginRun("ingest", args.common.inputs);
  if (!run.ok()) {
    std::fprintf(stderr, "factmine: %s: %s\n", args.db.c_str(), run.status().message().c_str());
    return 1;
  }
  ArticleReader reader(args.common.inputs, MakeReaderOptions(args.common));
  // A run that adds about a quarter of the database's size or more (a new
  // database, a corpus loaded at once) builds the query indexes at its end
  // instead of row by row; small daily runs keep them up to date.
  bool deferred = false;
  if (auto size = db.SizeBytes(); size.ok() && reader.bytes_total() > 0 &&
                                  4 * static_cast<int64_t>(reader.bytes_total()) >= *size) {
    if (Status d = db.DeferIndexes(); d.ok()) deferred = true;
  }
  options.extract.signature = true;
  RunCounts counts;
  // Lookups of stored documents run in the extraction threads, each with
  // its own read-only connection (the writer keeps the main one).
  std::vector<std::unique_ptr<Store>> lookups;
  for (int t = 0; t < options.threads; ++t) {
    StoreOptions ro;
    ro.read_only = true;
    auto l = Store::Open(args.db, ro);
    if (!l.ok()) {
      std::fprintf(stderr, "factmine: %s: %s\n", args.db.c_str(), l.status().message().c_str());
      return 1;
    }
    lookups.push_back(std::move(*l));
  }
  std::atomic<uint64_t> stored_before{0}, outdated{0};
  const std::string version = kExtractorVersion;
  const std::string& fingerprint = data::Fingerprint();
  options.want = [&](Document& doc, int worker, int64_t* tag) -> StatusOr<bool> {
    doc.content_key = ContentKey(doc.text);
    auto found = lookups[static_cast<size_t>(worker)]->FindByContentKey(doc.content_key);
    if (!found.ok()) return found.status();
    if (!found->has_value()) return true;
    const StoredDocument& d = **found;
    if (d.factmine_version == version && d.data_fingerprint == fingerprint) {
      ++stored_before;
      return false;
    }
    if (!args.force) {
      ++outdated;
      ++stored_before;
      return false;
    }
    *tag = d.id;  // re-extract this stored document
    return true;
  };
  std::vector<DocumentRecord> batch;
  std::vector<Rejection> rejected;
  RejectionTally tally;
  std::set<int64_t> reextracted;  // --force: a stored document is re-extracted once per run
  Progress progress("ingest", reader.bytes_total(), args.common.quiet);
  PipelineStats stats;
  double write_seconds = 0;  // in the writer, storing batches
  auto run_start = std::chrono::steady_clock::now();
  Status st = RunPipeline(
      reader, options,
      [&](const Document& doc, const Extraction& ex, int64_t tag) {
        if (tag > 0 && !reextracted.insert(tag).second) {
          ++counts.duplicates;
          return;
        }
        DocumentRecord r;
        r.doc = &doc;
        r.extraction = &ex;
        r.content_key = doc.content_key;
        r.replace_id = tag;
        batch.push_back(r);
      },
      [&](const Rejection& r) {
        progress.Finish();
        ReportRejection(r);
        tally.Add(r.reason);
        rejected.push_back(r);
      },
      [&]() -> Status {
        RunCounts b;
        auto t0 = std::chrono::steady_clock::now();
        Status w = db.WriteBatch(*run, batch, rejected, &b);
        write_seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        if (w.ok()) {
          counts.ingested += b.ingested;
          counts.duplicates += b.duplicates;
          counts.reextracted += b.reextracted;
          counts.rejected += b.rejected;
        }
        batch.clear();
        rejected.clear();
        return w;
      },
      [&](const PipelineStats& s) { progress.Update(s.documents + s.rejected + s.skipped, reader.bytes_read()); },
      &stats);
  progress.Finish();
  const double run_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - run_start).count();
  counts.duplicates += stored_before;
  counts.outdated += outdated;
  double index_seconds = 0;
  if (deferred) {
    // Also after a failed batch: what was stored stays queryable.
    auto t0 = std::chrono::steady_clock::now();
    Status built = db.BuildIndexes();
    index_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    if (st.ok()) st = built;
  }
  // Stories: the new documents (and any an interrupted run left) join story
  // clusters and copy groups.
  StoryUpdate stories;
  auto stories_start = std::chrono::steady_clock::now();
  if (st.ok()) {
    auto up = db.UpdateStories(std::max(options.threads, cores));  // extraction is over: every core
    if (up.ok()) stories = *up;
    else st = up.status();
  }
  (void)db.EndRun(*run, counts, st.ok() ? "done" : "failed");
  if (!st.ok()) {
    std::fprintf(stderr, "factmine: %s: %s; the last batch was not stored (%s stored before it)\n", args.db.c_str(),
                 st.message().c_str(), Count(counts.ingested, "document").c_str());
    return 1;
  }
  if (!args.common.quiet) {
    std::fprintf(stderr, "ingest: %s stored, %s already stored, %s re-extracted, %s rejected -> %s\n",
                 Count(counts.ingested, "document").c_str(), Count(counts.duplicates, "document").c_str(),
                 Count(counts.reextracted, "document").c_str(), Count(counts.rejected, "input").c_str(),
                 args.db.c_str());
    if (counts.rejected > 0) std::fprintf(stderr, "ingest: rejected: %s\n", tally.Summary().c_str());
    if (stories.documents > 0) {
      double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - stories_start).count();
      std::fprintf(stderr, "ingest: stories: %s grouped into %s (%s new) in %.1f s\n",
                   Count(stories.documents, "document").c_str(), Count(stories.stories, "story", "stories").c_str(),
                   Count(stories.stories_created, "story", "stories").c_str(), secs);
    }
    std::fprintf(stderr, "ingest: %.1f s reading, extracting and storing; the database writer was busy %.1f s of it\n",
                 run_seconds, write_seconds);
    if (deferred) std::fprintf(stderr, "ingest: query indexes built in %.1f s\n", index_seconds);
    if (counts.outdated > 0) {
      std::fprintf(stderr, "ingest: %s were extracted by another factmine version or data; --force re-extracts them\n",
                   Count(counts.outdated, "stored document").c_str());
    }
  }
  return counts.rejected > 0 ? 1 : 0;
}

struct ExportArgs {
  std::string db = "facts.db";
  std::string format = "jsonl";
  std::string what = "quantities";
  std::string output;
  bool with_text = false;
};

int RunExport(const ExportArgs& args) {
  StoreOptions so;
  so.read_only = true;
  if (!std::filesystem::exists(args.db)) {
    std::fprintf(stderr, "factmine: %s: no such database\n", args.db.c_str());
    return 1;
  }
  auto store = Store::Open(args.db, so);
  if (!store.ok()) {
    std::fprintf(stderr, "factmine: %s\n", store.status().message().c_str());
    return 1;
  }
  FILE* out = stdout;
  if (!args.output.empty()) {
    out = std::fopen(args.output.c_str(), "wb");
    if (out == nullptr) {
      std::fprintf(stderr, "factmine: cannot write %s: %s\n", args.output.c_str(), std::strerror(errno));
      return 1;
    }
  }
  std::string what = args.what == "documents" && args.with_text ? "documents_text" : args.what;
  Status st = (*store)->Export(what, args.format, out);
  if (out != stdout) std::fclose(out);
  if (!st.ok()) {
    std::fprintf(stderr, "factmine: %s\n", st.message().c_str());
    return st.code() == StatusCode::kInvalidArgument ? 2 : 1;
  }
  return 0;
}

struct CheckArgs {
  CommonArgs common;  // for FILE... (read into a temporary database)
  std::string db;
  std::string format = "text";
  std::string output;
  double min_confidence = 0.15;
  bool all = false;
  std::string subject, predicate, verdict;
};

int RunCheck(CheckArgs& args) {
  // Files given: ingest them into a temporary database first.
  std::string temp_dir;
  std::string db = args.db;
  bool some_rejected = false;  // files given and some could not be read: exit status 1 after the report
  if (!args.common.inputs.empty()) {
    if (!db.empty()) {
      std::fprintf(stderr, "factmine check: give either --db or files, not both\n");
      return 2;
    }
    char tmpl[] = "/tmp/factmine-check-XXXXXX";
    if (mkdtemp(tmpl) == nullptr) {
      std::fprintf(stderr, "factmine: cannot create a temporary folder: %s\n", std::strerror(errno));
      return 1;
    }
    temp_dir = tmpl;
    db = temp_dir + "/facts.db";
    IngestArgs ingest;
    ingest.common = args.common;
    ingest.common.quiet = true;
    ingest.db = db;
    int rc = RunIngest(ingest);
    if (rc != 0 && rc != 1) {
      std::filesystem::remove_all(temp_dir);
      return rc;
    }
    some_rejected = rc == 1;
  } else if (db.empty()) {
    db = "facts.db";
  }
  auto cleanup = [&] {
    if (!temp_dir.empty()) std::filesystem::remove_all(temp_dir);
  };
  if (!std::filesystem::exists(db)) {
    std::fprintf(stderr, "factmine: %s: no such database (ingest articles first, or give files to check)\n", db.c_str());
    cleanup();
    return 1;
  }
  StoreOptions so;
  so.read_only = temp_dir.empty();
  auto store = Store::Open(db, so);
  if (!store.ok()) {
    std::fprintf(stderr, "factmine: %s\n", store.status().message().c_str());
    cleanup();
    return 1;
  }
  CheckOptions co;
  co.min_confidence = args.min_confidence;
  co.subject = args.subject;
  co.predicate = args.predicate;
  co.verdict = args.verdict;
  auto report = CheckFacts(**store, co);
  if (!report.ok()) {
    std::fprintf(stderr, "factmine: %s: %s\n", db.c_str(), report.status().message().c_str());
    cleanup();
    return 1;
  }
  std::string out;
  // (About 1 kB of JSON per fact: reserved once rather than regrown.)
  out.reserve(report->facts * (args.format == "json" ? 1024 : 256));
  if (args.format == "json") WriteJsonReport(*report, &out);
  else if (args.format == "html") WriteHtmlReport(*report, args.all, &out);
  else WriteTextReport(*report, args.all, &out);
  FILE* f = args.output.empty() ? stdout : std::fopen(args.output.c_str(), "wb");
  if (f == nullptr) {
    std::fprintf(stderr, "factmine: cannot write %s: %s\n", args.output.c_str(), std::strerror(errno));
    cleanup();
    return 1;
  }
  bool ok = std::fwrite(out.data(), 1, out.size(), f) == out.size();
  if (f != stdout) ok = std::fclose(f) == 0 && ok;
  cleanup();
  if (!ok) {
    std::fprintf(stderr, "factmine: cannot write the report: %s\n", std::strerror(errno));
    return 1;
  }
  if (!args.common.quiet && args.format != "text") {
    std::fprintf(stderr, "check: %zu claims from %zu facts in %.2f s%s%s\n", report->claims.size(), report->facts,
                 report->seconds, args.output.empty() ? "" : " -> ", args.output.c_str());
  }
  return some_rejected ? 1 : 0;
}

}  // namespace
}  // namespace factmine::cli

int main(int argc, char** argv) {
  using namespace factmine::cli;
  CLI::App app{"factmine: numeric facts from news articles, checked across sources"};
  app.require_subcommand(1);
  app.set_version_flag("--version", std::string("factmine ") + factmine::kExtractorVersion + " (data " +
                                        factmine::data::Fingerprint().substr(0, 12) + ")");

  CommonArgs extract_args;
  CLI::App* extract = app.add_subcommand(
      "extract", "Read articles, write one JSON line per article (quantities, entities, times, facts) on stdout");
  AddCommon(extract, &extract_args);
  extract->add_option("inputs", extract_args.inputs, "Files, folders or - (stdin); default: stdin");
  extract->add_option("--format", extract_args.format, "jsonl (default: one JSON object per article) or text (for reading)")
      ->check(CLI::IsMember({"jsonl", "text"}));

  IngestArgs ingest_args;
  CLI::App* ingest = app.add_subcommand(
      "ingest", "Read articles, skip those already stored, extract, and store them in the fact database");
  AddCommon(ingest, &ingest_args.common);
  ingest->add_option("--db", ingest_args.db, "Database: an SQLite file (created if absent)")->capture_default_str();
  ingest->add_flag("--force", ingest_args.force,
                   "Re-extract stored documents that an older factmine (or older data) extracted");
  ingest->add_option("--db-max-size", ingest_args.db_max_bytes,
                     "Refuse to grow the SQLite file past this many bytes (the batch that would is not stored)");
  ingest->add_option("inputs", ingest_args.common.inputs, "Files, folders or - (stdin)");

  ExportArgs export_args;
  CLI::App* exp = app.add_subcommand("export", "Write a table of the fact database as JSON lines or CSV");
  exp->add_option("--db", export_args.db, "Database")->capture_default_str();
  exp->add_option("--format", export_args.format, "jsonl or csv")->check(CLI::IsMember({"jsonl", "csv"}));
  exp->add_option("--what", export_args.what,
                  "facts, quantities, entities, mentions, times, documents, stories, runs or rejected")
      ->check(CLI::IsMember({"facts", "quantities", "entities", "mentions", "times", "documents", "stories", "runs",
                             "rejected"}));
  exp->add_flag("--with-text", export_args.with_text, "documents: include the stored text");
  exp->add_option("-o,--output", export_args.output, "Write to this file instead of stdout");

  CheckArgs check_args;
  CLI::App* check = app.add_subcommand(
      "check", "Check claims across sources: agreement, rounding, conflicts, scale and currency slips, sums");
  AddCommon(check, &check_args.common);
  check->add_option("--db", check_args.db, "Database to check (default facts.db; not with FILEs)");
  check->add_option("--format", check_args.format, "text (default), json or html")
      ->check(CLI::IsMember({"text", "json", "html"}));
  check->add_option("-o,--output", check_args.output, "Write the report to this file instead of stdout");
  check->add_option("--min-confidence", check_args.min_confidence,
                    "Leave out facts the linker is less sure of (0..1, default 0.15)")
      ->check(CLI::Range(0.0, 1.0));
  check->add_flag("--all", check_args.all, "Text and HTML reports: list single-source claims too");
  check->add_option("--subject", check_args.subject, "Only claims whose subject id or name contains this (e.g. openai)");
  check->add_option("--predicate", check_args.predicate, "Only claims of this predicate (e.g. loss)");
  check->add_option("--verdict", check_args.verdict, "Only claims with this verdict")
      ->check(CLI::IsMember({"consistent", "compatible", "conflict", "single_source"}));
  check->add_option("inputs", check_args.common.inputs,
                    "Files or folders to check without a database (read into a temporary one)");

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return 2;
  }
  if (extract->parsed()) return RunExtract(extract_args);
  if (ingest->parsed()) return RunIngest(ingest_args);
  if (exp->parsed()) return RunExport(export_args);
  if (check->parsed()) return RunCheck(check_args);
  return 2;
}
