#include <charconv>
#include <cstdio>
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

// Opens an object with the span fields every mention has:
// {"start": .., "end": .., "text": "..."
void AppendSpanFields(std::string* out, std::string_view text, Span span) {
  out->append("{\"start\":");
  out->append(std::to_string(span.begin));
  out->append(",\"end\":");
  out->append(std::to_string(span.end));
  out->append(",\"text\":");
  AppendJsonString(out, span.Of(text));
}

// The fields of a period, times' and facts' alike:
// "value": "2024", "grain": "year", "interval": ["2024-01-01", "2024-12-31"]
void AppendPeriodFields(std::string* out, std::string_view value, std::string_view grain, const CivilDate& first,
                        const CivilDate& last) {
  out->append("\"value\":");
  AppendJsonString(out, value);
  out->append(",\"grain\":");
  AppendJsonString(out, grain);
  out->append(",\"interval\":[\"");
  out->append(first.ToString());
  out->append("\",\"");
  out->append(last.ToString());
  out->append("\"]");
}

}  // namespace

void AppendQuantityJson(std::string* out, std::string_view text, const Quantity& q) {
  AppendSpanFields(out, text, q.span);
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
  out->append("},\"entities\":[");
  AppendEntitiesJson(out, doc.text, ex);
  out->append("],\"quantities\":[");
  for (size_t i = 0; i < ex.quantities.size(); ++i) {
    if (i) out->push_back(',');
    AppendQuantityJson(out, doc.text, ex.quantities[i]);
  }
  out->append("],\"times\":[");
  for (size_t i = 0; i < ex.times.size(); ++i) {
    if (i) out->push_back(',');
    AppendTimeJson(out, doc.text, ex.times[i]);
  }
  out->append("],\"facts\":[");
  for (size_t i = 0; i < ex.facts.size(); ++i) {
    if (i) out->push_back(',');
    AppendFactJson(out, doc.text, ex, ex.facts[i]);
  }
  out->append("]}");
}

void AppendEntitiesJson(std::string* out, std::string_view text, const Extraction& ex) {
  // Mentions grouped by entity, in text order within each.
  std::vector<std::vector<const EntityMention*>> by_entity(ex.entities.size());
  for (const EntityMention& m : ex.mentions) {
    if (m.entity >= 0 && static_cast<size_t>(m.entity) < by_entity.size()) by_entity[static_cast<size_t>(m.entity)].push_back(&m);
  }
  for (size_t e = 0; e < ex.entities.size(); ++e) {
    const Entity& en = ex.entities[e];
    if (e) out->push_back(',');
    out->append("{\"id\":");
    AppendJsonString(out, en.id);
    out->append(",\"name\":");
    AppendJsonString(out, en.name);
    out->append(",\"type\":");
    AppendJsonString(out, en.type);
    out->append(",\"known\":");
    out->append(en.known ? "true" : "false");
    if (!en.parent.empty()) {
      out->append(",\"parent\":");
      AppendJsonString(out, en.parent);
    }
    out->append(",\"mentions\":[");
    for (size_t k = 0; k < by_entity[e].size(); ++k) {
      const EntityMention& m = *by_entity[e][k];
      if (k) out->push_back(',');
      AppendSpanFields(out, text, m.span);
      out->append(",\"sentence\":");
      out->append(std::to_string(m.sentence));
      out->push_back('}');
    }
    out->append("]}");
  }
}

void AppendTimeJson(std::string* out, std::string_view text, const TimeExpr& t) {
  AppendSpanFields(out, text, t.span);
  out->push_back(',');
  AppendPeriodFields(out, t.value, t.grain, t.first, t.last);
  out->append(",\"sentence\":");
  out->append(std::to_string(t.sentence));
  if (t.fiscal) out->append(",\"fiscal\":true");
  out->push_back('}');
}

namespace {

void AppendEntityRef(std::string* out, const Extraction& ex, int e) {
  if (e < 0) {
    out->append("null");
    return;
  }
  const Entity& en = ex.entities[static_cast<size_t>(e)];
  out->append("{\"id\":");
  AppendJsonString(out, en.id);
  out->append(",\"name\":");
  AppendJsonString(out, en.name);
  out->append(",\"type\":");
  AppendJsonString(out, en.type);
  out->push_back('}');
}

}  // namespace

Quantity FactQuantity(const Extraction& ex, const Fact& f) {
  Quantity q = ex.quantities[static_cast<size_t>(f.quantity)];
  if (f.percentage_point) {
    q.dimension = "percentage_point";
    q.unit = "pp";
  }
  if (!f.unit.empty()) {
    q.unit = f.unit;
    if (q.dimension == "number") q.dimension = "count";  // the fact knows what is counted
  }
  if (f.sign < 0) {
    // A fall: "down 8%" is -8, "de 3 à 5 % de baisse" is -5..-3.
    if (q.value) q.value = q.value->Negated();
    std::optional<Value> low = q.high ? std::optional<Value>(q.high->Negated()) : std::nullopt;
    std::optional<Value> high = q.low ? std::optional<Value>(q.low->Negated()) : std::nullopt;
    q.low = low;
    q.high = high;
  }
  return q;
}

void AppendFactJson(std::string* out, std::string_view text, const Extraction& ex, const Fact& f) {
  out->append("{\"subject\":");
  AppendEntityRef(out, ex, f.subject);
  out->append(",\"predicate\":");
  AppendJsonString(out, f.predicate);
  if (!f.measure.empty()) {
    out->append(",\"measure\":");
    AppendJsonString(out, f.measure);
  }
  out->append(",\"quantity\":");
  AppendQuantityJson(out, text, FactQuantity(ex, f));
  if (!f.scope.empty()) {
    out->append(",\"scope\":{\"id\":");
    AppendJsonString(out, f.scope);
    out->append(",\"name\":");
    AppendJsonString(out, f.scope_name);
    out->push_back('}');
  }
  out->append(",\"period\":");
  if (f.period_value.empty()) {
    out->append("null");
  } else {
    out->push_back('{');
    AppendPeriodFields(out, f.period_value, f.period_grain, f.period_first, f.period_last);
    out->append(",\"stated\":");
    out->append(f.time >= 0 ? "true" : "false");
    out->push_back('}');
  }
  out->append(",\"object\":");
  AppendEntityRef(out, ex, f.object);
  out->append(",\"attributed_to\":");
  AppendEntityRef(out, ex, f.attributed_to);
  out->append(",\"part_of\":");
  if (f.part_of >= 0) out->append(std::to_string(f.part_of));
  else out->append("null");
  out->append(",\"sentence\":");
  out->append(std::to_string(f.sentence));
  if (f.sentence < ex.sentences.size()) {
    const Span& s = ex.sentences[f.sentence];
    out->append(",\"evidence\":{\"start\":");
    out->append(std::to_string(s.begin));
    out->append(",\"end\":");
    out->append(std::to_string(s.end));
    out->push_back('}');
  }
  if (f.trigger.end > f.trigger.begin) {
    out->append(",\"trigger\":");
    AppendJsonString(out, f.trigger.Of(text));
  }
  out->append(",\"confidence\":");
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.2f", f.confidence);
  out->append(buf);
  out->push_back('}');
}

}  // namespace factmine

namespace factmine {

std::string FormatNumber(const Value& v) {
  std::string s;
  if (v.is_exact()) {
    s = v.exact().ToString();
  } else {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.6g", v.ToDouble());
    return buf;
  }
  size_t start = s[0] == '-' ? 1 : 0;
  size_t dot = s.find('.');
  size_t int_end = dot == std::string::npos ? s.size() : dot;
  std::string out = s.substr(0, start);
  for (size_t i = start; i < int_end; ++i) {
    out.push_back(s[i]);
    size_t left = int_end - i - 1;
    if (left > 0 && left % 3 == 0) out.push_back(' ');
  }
  out += s.substr(int_end);
  return out;
}

void AppendExtractionText(std::string* out, const Document& doc, const Extraction& ex) {
  out->append("== ");
  out->append(doc.id);
  out->append("  (");
  out->append(doc.lang);
  if (!doc.date.empty()) {
    out->append(", ");
    out->append(doc.date);
  }
  out->append(")");
  if (!doc.title.empty()) {
    out->append("  ");
    out->append(doc.title);
  }
  out->push_back('\n');
  for (const Quantity& q : ex.quantities) {
    char head[32];
    std::snprintf(head, sizeof head, "  [%3u] ", q.sentence);
    out->append(head);
    std::string text(q.span.Of(doc.text));
    for (char& c : text) {
      if (c == '\n') c = ' ';
    }
    out->append(text);
    size_t width = 0;
    for (unsigned char c : text) width += (c & 0xC0) != 0x80;
    out->append(width < 42 ? 42 - width : 1, ' ');
    out->append(q.dimension);
    out->append(q.dimension.size() < 17 ? 17 - q.dimension.size() : 1, ' ');
    if (q.value) {
      out->append(FormatNumber(*q.value));
    } else {
      out->append(q.low ? FormatNumber(*q.low) : "..");
      out->append(" .. ");
      out->append(q.high ? FormatNumber(*q.high) : "");
    }
    if (!q.unit.empty()) {
      out->push_back(' ');
      out->append(q.unit);
    }
    if (q.qualifier != Qualifier::kExact) {
      out->append(" (");
      out->append(QualifierName(q.qualifier));
      out->push_back(')');
    }
    if (!q.per.empty()) {
      out->append(" per ");
      out->append(q.per);
    }
    if (q.depends_on >= 0) {
      out->append(" part of #");
      out->append(std::to_string(q.depends_on));
    }
    out->push_back('\n');
  }
  if (!ex.facts.empty()) out->append("  facts:\n");
  for (size_t i = 0; i < ex.facts.size(); ++i) {
    const Fact& f = ex.facts[i];
    Quantity q = FactQuantity(ex, f);
    std::string line = "    #" + std::to_string(i) + " ";
    line += f.subject >= 0 ? ex.entities[static_cast<size_t>(f.subject)].name : "?";
    line += " | " + f.predicate + (f.measure.empty() ? "" : " of " + f.measure) + " | ";
    if (q.value) {
      line += FormatNumber(*q.value);
    } else {
      line += (q.low ? FormatNumber(*q.low) : "..") + " .. " + (q.high ? FormatNumber(*q.high) : "");
    }
    if (!q.unit.empty()) line += " " + q.unit;
    if (q.qualifier != Qualifier::kExact) line += " (" + std::string(QualifierName(q.qualifier)) + ")";
    if (!f.scope.empty()) line += " in " + f.scope_name;
    line += " | " + (f.period_value.empty() ? std::string("?") : f.period_value);
    if (f.object >= 0) line += " | object " + ex.entities[static_cast<size_t>(f.object)].name;
    if (f.attributed_to >= 0) line += " | according to " + ex.entities[static_cast<size_t>(f.attributed_to)].name;
    if (f.part_of >= 0) line += " | part of #" + std::to_string(f.part_of);
    char conf[16];
    std::snprintf(conf, sizeof conf, " | %.2f", f.confidence);
    line += conf;
    out->append(line);
    out->push_back('\n');
  }
}

}  // namespace factmine
