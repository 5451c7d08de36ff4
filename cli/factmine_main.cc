// factmine: the command line. It only wires the stages together; all the
// work is in corpus/, normalize/, extract/ and output/.
#include <CLI/CLI.hpp>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <thread>

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
  cmd->add_option("--threads", a->threads, "Extraction threads (default: all cores)")->check(CLI::Range(0, 1024));
  cmd->add_flag("-q,--quiet", a->quiet, "No progress and no summary on stderr (rejections are still reported)");
}

PipelineOptions MakePipelineOptions(const CommonArgs& a) {
  PipelineOptions o;
  o.threads = a.threads > 0 ? a.threads : std::max(1u, std::thread::hardware_concurrency());
  o.prepare.lang = a.lang;
  o.prepare.date = a.date;
  o.prepare.utf8 = a.invalid_utf8 == "replace" ? Utf8Policy::kReplace : Utf8Policy::kReject;
  o.extract.quantities.register_ = a.register_ == "informal" ? Register::kInformal : Register::kPress;
  return o;
}

ReaderOptions MakeReaderOptions(const CommonArgs& a) {
  ReaderOptions r;
  r.format = *ParseInputFormat(a.input_format);
  r.max_document_bytes = a.max_doc_bytes;
  return r;
}

void ReportRejection(const Rejection& r) { std::fprintf(stderr, "factmine: %s: %s\n", r.input.c_str(), r.reason.c_str()); }

int RunExtract(const CommonArgs& args) {
  if (!args.date.empty() && !CivilDate::Parse(args.date)) {
    std::fprintf(stderr, "factmine: --date '%s' is not a YYYY-MM-DD date\n", args.date.c_str());
    return 2;
  }
  ArticleReader reader(args.inputs, MakeReaderOptions(args));
  PipelineOptions options = MakePipelineOptions(args);
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
  RunPipeline(
      reader, options,
      [&](const Document& doc, const Extraction& ex) {
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
      },
      flush, [&](const PipelineStats& s) { progress.Update(s.documents + s.rejected, reader.bytes_read()); }, &stats);
  flush();
  progress.Finish();
  if (write_failed) {
    std::fprintf(stderr, "factmine: cannot write the output: %s\n", std::strerror(errno));
    return 1;
  }
  if (!args.quiet) {
    std::fprintf(stderr, "extract: %llu documents (%.1f MB), %llu rejected\n",
                 static_cast<unsigned long long>(stats.documents), stats.bytes / 1e6,
                 static_cast<unsigned long long>(stats.rejected));
  }
  return stats.rejected > 0 ? 1 : 0;
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
  return 2;
}
