#include <charconv>
#include <cmath>

#include "output/output.h"

namespace factmine {

void AppendJsonString(std::string* out, std::string_view s) {
  static const char kHex[] = "0123456789abcdef";
  out->push_back('"');
  size_t run = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    out->append(s.data() + run, i - run);
    run = i + 1;
    switch (c) {
      case '"': out->append("\\\""); break;
      case '\\': out->append("\\\\"); break;
      case '\n': out->append("\\n"); break;
      case '\r': out->append("\\r"); break;
      case '\t': out->append("\\t"); break;
      default:
        out->append("\\u00");
        out->push_back(kHex[c >> 4]);
        out->push_back(kHex[c & 15]);
    }
  }
  out->append(s.data() + run, s.size() - run);
  out->push_back('"');
}

void AppendJsonNumber(std::string* out, const Value& v) {
  if (v.is_exact()) {
    out->append(v.exact().ToString());
    return;
  }
  double d = v.ToDouble();
  if (!std::isfinite(d)) {
    out->append("null");
    return;
  }
  char buf[32];
  auto r = std::to_chars(buf, buf + sizeof buf, d);
  out->append(buf, static_cast<size_t>(r.ptr - buf));
}

namespace {

void AppendOptNumber(std::string* out, const std::optional<Value>& v) {
  if (v) AppendJsonNumber(out, *v);
  else out->append("null");
}

void AppendOptString(std::string* out, std::string_view s) {
  if (s.empty()) out->append("null");
  else AppendJsonString(out, s);
}

}  // namespace

void AppendQuantityJson(std::string* out, std::string_view text, const Quantity& q) {
  out->append("{\"start\":");
  out->append(std::to_string(q.span.begin));
  out->append(",\"end\":");
  out->append(std::to_string(q.span.end));
  out->append(",\"text\":");
  AppendJsonString(out, q.span.Of(text));
  out->append(",\"dimension\":");
  AppendJsonString(out, q.dimension);
  out->append(",\"value\":");
  AppendOptNumber(out, q.value);
  out->append(",\"low\":");
  AppendOptNumber(out, q.low);
  out->append(",\"high\":");
  AppendOptNumber(out, q.high);
  out->append(",\"unit\":");
  AppendOptString(out, q.unit);
  out->append(",\"qualifier\":");
  AppendJsonString(out, QualifierName(q.qualifier));
  out->append(",\"per\":");
  AppendOptString(out, q.per);
  out->append(",\"sentence\":");
  out->append(std::to_string(q.sentence));
  out->append(",\"depends_on\":");
  if (q.depends_on >= 0) out->append(std::to_string(q.depends_on));
  else out->append("null");
  out->append(",\"unit_inherited\":");
  out->append(q.unit_inherited ? "true" : "false");
  out->push_back('}');
}

void AppendExtractionJson(std::string* out, const Document& doc, const Extraction& ex) {
  out->append("{\"doc\":{\"id\":");
  AppendJsonString(out, doc.id);
  out->append(",\"lang\":");
  AppendJsonString(out, doc.lang);
  out->append(",\"date\":");
  AppendOptString(out, doc.date);
  out->append(",\"date_source\":");
  AppendOptString(out, doc.date_source);
  out->append(",\"source\":");
  AppendJsonString(out, doc.source);
  out->append(",\"url\":");
  AppendOptString(out, doc.url);
  out->append(",\"title\":");
  AppendOptString(out, doc.title);
  out->append(",\"sha256\":");
  AppendJsonString(out, doc.sha256);
  out->append(",\"bytes\":");
  out->append(std::to_string(doc.text.size()));
  if (doc.replaced_bytes > 0) {
    out->append(",\"replaced_invalid_utf8\":");
    out->append(std::to_string(doc.replaced_bytes));
  }
  out->append("},\"entities\":[],\"quantities\":[");
  for (size_t i = 0; i < ex.quantities.size(); ++i) {
    if (i) out->push_back(',');
    AppendQuantityJson(out, doc.text, ex.quantities[i]);
  }
  out->append("],\"times\":[],\"facts\":[]}");
}

}  // namespace factmine
