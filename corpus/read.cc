// ArticleReader: files, folders, JSONL, HTML and stdin, one article at a time.
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>

#include "corpus/corpus.h"

namespace factmine {
namespace fs = std::filesystem;

StatusOr<InputFormat> ParseInputFormat(std::string_view name) {
  if (name == "auto" || name.empty()) return InputFormat::kAuto;
  if (name == "text" || name == "txt") return InputFormat::kText;
  if (name == "jsonl") return InputFormat::kJsonl;
  if (name == "html") return InputFormat::kHtml;
  return InvalidArgumentError("unknown input format '" + std::string(name) + "' (expected text, jsonl, html or auto)");
}

namespace {

bool HasExtension(const std::string& path, std::initializer_list<const char*> exts) {
  std::string ext = fs::path(path).extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  for (const char* e : exts) {
    if (ext == e) return true;
  }
  return false;
}

InputFormat FormatOf(const std::string& path, InputFormat forced) {
  if (forced != InputFormat::kAuto) return forced;
  if (HasExtension(path, {".jsonl", ".ndjson"})) return InputFormat::kJsonl;
  if (HasExtension(path, {".html", ".htm", ".xhtml"})) return InputFormat::kHtml;
  return InputFormat::kText;
}

std::string ErrnoText(int err) { return std::strerror(err); }

std::string JsonString(const nlohmann::json& obj, const char* key) {
  auto it = obj.find(key);
  if (it == obj.end() || it->is_null()) return "";
  if (it->is_string()) return it->get<std::string>();
  if (it->is_number_integer()) return std::to_string(it->get<long long>());
  return it->dump();
}

}  // namespace

Status ParseJsonlLine(std::string_view line, const std::string& where, RawArticle* out) {
  if (line.find_first_not_of(" \t\r") == std::string_view::npos) return NotFoundError("blank line");
  auto obj = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
  if (obj.is_discarded()) return InvalidInputError("malformed JSON");
  if (!obj.is_object()) return InvalidInputError("expected a JSON object with a \"text\" field");
  auto text = obj.find("text");
  if (text == obj.end() || !text->is_string()) return InvalidInputError("no \"text\" string field");
  RawArticle a;
  a.input = where;
  a.id = JsonString(obj, "id");
  if (a.id.empty()) a.id = where;
  a.bytes = std::move(text->get_ref<std::string&>());
  a.date = JsonString(obj, "date");
  if (!a.date.empty()) a.date_source = "input";
  a.lang = JsonString(obj, "lang");
  a.url = JsonString(obj, "url");
  a.title = JsonString(obj, "title");
  *out = std::move(a);
  return Status::Ok();
}

// One open input.
struct ArticleReader::Source {
  std::string name;     // as the user named it ("-" for stdin)
  FILE* file = nullptr;
  bool owns = false;
  InputFormat format = InputFormat::kText;
  bool done = false;
  uint64_t line = 0;    // JSONL: current line number
  std::string buffer;   // JSONL: bytes read but not yet consumed
  size_t buffer_pos = 0;
  bool eof = false;

  ~Source() {
    if (owns && file != nullptr) std::fclose(file);
  }

  // Reads everything, up to `limit` + 1 bytes. False on a read error.
  bool ReadAll(size_t limit, std::string* out, uint64_t* counter) {
    out->clear();
    char chunk[1 << 16];
    while (true) {
      size_t got = std::fread(chunk, 1, sizeof chunk, file);
      *counter += got;
      if (out->size() <= limit) out->append(chunk, got);
      if (got < sizeof chunk) break;
    }
    return !std::ferror(file);
  }

  // Next line of a JSONL input, without its '\n'. *too_long when the line
  // exceeds `limit` (its bytes are skipped, not kept). False at the end.
  bool NextLine(size_t limit, std::string* out, bool* too_long, uint64_t* counter, bool* read_error) {
    out->clear();
    *too_long = false;
    while (true) {
      size_t nl = buffer.find('\n', buffer_pos);
      if (nl != std::string::npos) {
        if (!*too_long) out->append(buffer, buffer_pos, nl - buffer_pos);
        buffer_pos = nl + 1;
        ++line;
        if (out->size() > limit) {
          *too_long = true;
          out->clear();
        }
        return true;
      }
      if (!*too_long) out->append(buffer, buffer_pos, std::string::npos);
      if (out->size() > limit) {
        *too_long = true;
        out->clear();
      }
      buffer.clear();
      buffer_pos = 0;
      if (eof) {
        if (out->empty() && !*too_long) return false;
        ++line;
        return true;
      }
      buffer.resize(1 << 16);
      size_t got = std::fread(buffer.data(), 1, buffer.size(), file);
      *counter += got;
      buffer.resize(got);
      if (got == 0) {
        eof = true;
        if (std::ferror(file)) *read_error = true;
      }
    }
  }
};

ArticleReader::ArticleReader(std::vector<std::string> inputs, ReaderOptions options) : options_(options) {
  if (inputs.empty()) inputs.push_back("-");
  // Expand folders now (sorted, recursive) so progress knows the total.
  for (const std::string& in : inputs) {
    std::error_code ec;
    if (in != "-" && fs::is_directory(in, ec)) {
      std::vector<std::string> files;
      fs::recursive_directory_iterator it(in, fs::directory_options::skip_permission_denied, ec), end;
      for (; !ec && it != end; it.increment(ec)) {
        const fs::path& p = it->path();
        std::string fname = p.filename().string();
        if (!fname.empty() && fname[0] == '.') {
          if (it->is_directory(ec)) it.disable_recursion_pending();
          continue;
        }
        if (!it->is_regular_file(ec)) continue;
        if (!HasExtension(p.string(), {".txt", ".text", ".jsonl", ".ndjson", ".html", ".htm", ".xhtml"})) continue;
        files.push_back(p.string());
      }
      std::sort(files.begin(), files.end());
      for (auto& f : files) {
        bytes_total_ += fs::file_size(f, ec);
        pending_.push_back(std::move(f));
      }
      if (files.empty()) pending_.push_back(in + "/");  // reported as "no articles" below
    } else {
      if (in != "-") {
        uint64_t sz = fs::file_size(in, ec);
        if (!ec) bytes_total_ += sz;
      }
      pending_.push_back(in);
    }
  }
  std::reverse(pending_.begin(), pending_.end());  // pop from the back
}

ArticleReader::~ArticleReader() = default;

// Opens the next pending input. False when none is left; *failed when the
// input popped could not be opened (then *rejected says why).
bool ArticleReader::OpenNext(Rejection* rejected, bool* failed) {
  current_.reset();
  *failed = false;
  if (pending_.empty()) return false;
  std::string name = std::move(pending_.back());
  pending_.pop_back();
  if (name.size() > 1 && name.back() == '/') {
    *rejected = {name.substr(0, name.size() - 1), "folder holds no .txt, .jsonl or .html article"};
    *failed = true;
    return true;
  }
  auto src = std::make_unique<Source>();
  src->name = name;
  if (name == "-") {
    src->file = stdin;
    src->owns = false;
    src->format = options_.format == InputFormat::kAuto ? InputFormat::kText : options_.format;
    if (options_.format == InputFormat::kAuto) {
      // Sniff: a first non-space '{' means JSONL.
      int ch;
      std::string head;
      while ((ch = std::fgetc(stdin)) != EOF) {
        head.push_back(static_cast<char>(ch));
        if (!std::isspace(ch)) break;
      }
      if (!head.empty() && head.back() == '{') src->format = InputFormat::kJsonl;
      src->buffer = head;
      bytes_read_ += head.size();
      if (ch == EOF) src->eof = true;
    }
  } else {
    std::error_code ec;
    if (fs::is_directory(name, ec)) {
      *rejected = {name, "is a folder with no readable articles"};
      *failed = true;
      return true;
    }
    errno = 0;
    src->file = std::fopen(name.c_str(), "rb");
    if (src->file == nullptr) {
      *rejected = {name, "cannot open: " + ErrnoText(errno)};
      *failed = true;
      return true;
    }
    src->owns = true;
    src->format = FormatOf(name, options_.format);
  }
  current_ = std::move(src);
  return true;
}

ArticleReader::Result ArticleReader::Next(RawArticle* out, Rejection* rejected) {
  while (true) {
    if (!current_ || current_->done) {
      bool failed;
      if (!OpenNext(rejected, &failed)) return Result::kEnd;
      if (failed) return Result::kRejected;
    }
    Source& s = *current_;
    if (s.format == InputFormat::kJsonl) {
      std::string line;
      bool too_long = false, read_error = false;
      if (!s.NextLine(options_.max_document_bytes, &line, &too_long, &bytes_read_, &read_error)) {
        s.done = true;
        if (read_error) {
          *rejected = {s.name, "read error: " + ErrnoText(errno)};
          return Result::kRejected;
        }
        continue;
      }
      std::string where = s.name + ":" + std::to_string(s.line);
      if (too_long) {
        *rejected = {where, "line longer than " + std::to_string(options_.max_document_bytes) +
                                " bytes (--max-doc-bytes)"};
        return Result::kRejected;
      }
      RawArticle a;
      if (options_.defer_parsing) {
        if (line.find_first_not_of(" \t\r") == std::string::npos) continue;  // blank line
        a.input = std::move(where);
        a.bytes = std::move(line);
        a.pending = RawArticle::Pending::kJsonlLine;
        *out = std::move(a);
        return Result::kArticle;
      }
      Status st = ParseJsonlLine(line, where, &a);
      if (st.code() == StatusCode::kNotFound) continue;  // blank line
      if (!st.ok()) {
        *rejected = {where, st.message()};
        return Result::kRejected;
      }
      *out = std::move(a);
      return Result::kArticle;
    }
    // A whole file is one article.
    std::string bytes = std::move(s.buffer);  // sniffed stdin bytes, if any
    std::string rest;
    bool ok = s.ReadAll(options_.max_document_bytes, &rest, &bytes_read_);
    bytes += rest;
    s.done = true;
    if (!ok) {
      *rejected = {s.name, "read error: " + ErrnoText(errno)};
      return Result::kRejected;
    }
    if (bytes.size() > options_.max_document_bytes) {
      *rejected = {s.name, "larger than " + std::to_string(options_.max_document_bytes) +
                               " bytes (--max-doc-bytes)"};
      return Result::kRejected;
    }
    if (s.format == InputFormat::kHtml && options_.defer_parsing) {
      RawArticle a;
      a.input = s.name;
      a.bytes = std::move(bytes);
      a.pending = RawArticle::Pending::kHtmlPage;
      *out = std::move(a);
    } else if (s.format == InputFormat::kHtml) {
      *out = ExtractHtml(bytes, s.name);
    } else {
      RawArticle a;
      a.input = s.name;
      a.id = s.name;
      a.bytes = std::move(bytes);
      *out = std::move(a);
    }
    return Result::kArticle;
  }
}

Status CompleteArticle(RawArticle* a) {
  switch (a->pending) {
    case RawArticle::Pending::kNone:
      return Status::Ok();
    case RawArticle::Pending::kJsonlLine: {
      RawArticle parsed;
      Status st = ParseJsonlLine(a->bytes, a->input, &parsed);
      if (!st.ok()) return st;
      *a = std::move(parsed);
      return Status::Ok();
    }
    case RawArticle::Pending::kHtmlPage:
      *a = ExtractHtml(a->bytes, a->input);
      return Status::Ok();
  }
  return Status::Ok();
}

}  // namespace factmine
