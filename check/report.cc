// The text and JSON consistency reports.
#include <charconv>
#include <cmath>
#include <map>

#include "check/check.h"
#include "check/internal/format.h"

namespace factmine {
namespace internal {

std::string Figure(double v) {
  if (!std::isfinite(v)) return v > 0 ? "+inf" : "-inf";
  char buf[64];
  double a = std::fabs(v);
  if (a >= 1e12) std::snprintf(buf, sizeof buf, "%.4g trillion", v / 1e12);
  else if (a >= 1e9) std::snprintf(buf, sizeof buf, "%.4g billion", v / 1e9);
  else if (a >= 1e6) std::snprintf(buf, sizeof buf, "%.4g million", v / 1e6);
  else std::snprintf(buf, sizeof buf, "%.6g", v);
  return buf;
}

std::string StatedFigure(const Statement& s) {
  std::string unit = s.unit.empty() ? "" : " " + s.unit;
  const std::string& q = s.qualifier;
  if (q == "range") return Figure(s.low) + " to " + Figure(s.high) + unit;
  if (q == "more_than") return "more than " + Figure(s.low) + unit;
  if (q == "at_least") return "at least " + Figure(s.low) + unit;
  if (q == "less_than") return "less than " + Figure(s.high) + unit;
  if (q == "at_most") return "at most " + Figure(s.high) + unit;
  if (q == "approx") return "about " + Figure(s.value) + unit;
  return Figure(s.value) + unit;
}

std::string Excerpt(const Statement& s, size_t width, std::string_view open, std::string_view close) {
  std::string_view t = s.sentence_text;
  if (t.empty()) return std::string(open) + s.text + std::string(close);
  size_t b = s.highlight_begin, e = s.highlight_end;
  if (e <= b || e > t.size()) b = e = 0;
  // Keep the figure in view: cut the sentence around it at UTF-8 boundaries.
  size_t from = 0, to = t.size();
  if (t.size() > width) {
    size_t half = width / 2;
    from = b > half ? b - half : 0;
    to = std::min(t.size(), from + width);
    while (from > 0 && (static_cast<unsigned char>(t[from]) & 0xC0) == 0x80) --from;
    while (to < t.size() && (static_cast<unsigned char>(t[to]) & 0xC0) == 0x80) ++to;
  }
  std::string out;
  if (from > 0) out += "…";
  if (e > b && b >= from && e <= to) {
    out.append(t.substr(from, b - from));
    out.append(open);
    out.append(t.substr(b, e - b));
    out.append(close);
    out.append(t.substr(e, to - e));
  } else {
    out.append(t.substr(from, to - from));
  }
  if (to < t.size()) out += "…";
  for (char& c : out) {
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  }
  return out;
}

std::string ClaimTitle(const Claim& c) {
  std::string t = c.key.subject_name + " · " + c.key.predicate;
  if (!c.key.measure.empty()) t += " of " + c.key.measure;
  if (!c.key.object_name.empty()) t += " → " + c.key.object_name;
  if (!c.key.scope_name.empty()) t += " · in " + c.key.scope_name;
  if (!c.key.period.empty()) t += " · " + c.key.period;
  if (!c.key.unit.empty()) t += " · " + c.key.unit;
  return t;
}

}  // namespace internal

using internal::ClaimTitle;
using internal::Excerpt;
using internal::StatedFigure;

void WriteTextReport(const Report& r, bool all, std::string* out) {
  std::map<Verdict, int> count;
  int flagged = 0;
  for (const Claim& c : r.claims) {
    ++count[c.verdict];
    flagged += std::any_of(c.flags.begin(), c.flags.end(), [](const std::string& f) {
      return f.rfind("scale_slip", 0) == 0 || f.rfind("currency_slip", 0) == 0;
    });
  }
  int holds = 0, fails = 0, partial = 0;
  for (const SumCheck& s : r.sums) {
    holds += s.verdict == "holds";
    fails += s.verdict == "fails";
    partial += s.verdict == "partial";
  }
  char head[512];
  std::snprintf(head, sizeof head,
                "factmine check: %zu facts from %zu documents, %zu claims: %d conflict, %d compatible, "
                "%d consistent, %d single source; %d flagged as probable slips; sums: %d hold, %d fail, %d partial\n",
                r.facts, r.documents, r.claims.size(), count[Verdict::kConflict], count[Verdict::kCompatible],
                count[Verdict::kConsistent], count[Verdict::kSingleSource], flagged, holds, fails, partial);
  out->append(head);
  for (const Claim& c : r.claims) {
    if (c.verdict == Verdict::kSingleSource) continue;
    std::string verdict(VerdictName(c.verdict));
    for (char& ch : verdict) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
    out->append("\n" + verdict + "  " + ClaimTitle(c) + "   (" + std::to_string(c.sources) + " independent source" +
                (c.sources == 1 ? "" : "s") + ", " + std::to_string(c.documents) + " article" +
                (c.documents == 1 ? "" : "s") + ")\n");
    for (const std::string& f : c.flags) out->append("  !! " + f + "\n");
    if (c.verdict_without_suspects) {
      out->append("  without the statements marked ?: " + std::string(VerdictName(*c.verdict_without_suspects)) + "\n");
    }
    if (!c.tolerance.empty()) out->append("  " + c.tolerance + "\n");
    for (size_t i = 0; i < c.statements.size(); ++i) {
      const Statement& s = c.statements[i];
      bool suspect = std::find(c.suspect.begin(), c.suspect.end(), static_cast<int>(i)) != c.suspect.end();
      bool subtotal = std::any_of(c.subtotals.begin(), c.subtotals.end(),
                                  [&](const Claim::Subtotal& x) { return x.statement == static_cast<int>(i); });
      out->append(suspect ? "  ? " : subtotal ? "  + " : "  - ");
      out->append(StatedFigure(s));
      out->append("  [" + s.doc + (s.doc_date.empty() ? "" : ", " + s.doc_date) + "]");
      if (!s.attributed_to.empty()) out->append(" according to " + s.attributed_to);
      out->append("\n      " + Excerpt(s, 180, "[", "]") + "\n");
    }
  }
  if (!r.sums.empty()) out->append("\nSUMS\n");
  for (const SumCheck& s : r.sums) {
    std::string parts;
    for (const Statement& p : s.parts) parts += (parts.empty() ? "" : " + ") + internal::Figure(p.point);
    out->append("  " + s.verdict + "  " + s.doc + ": " + StatedFigure(s.whole) + " = " + parts + " (parts sum to " +
                internal::Figure(s.parts_lo) + ".." + internal::Figure(s.parts_hi) + ")\n");
  }
  if (all) {
    out->append("\nSINGLE SOURCE\n");
    for (const Claim& c : r.claims) {
      if (c.verdict != Verdict::kSingleSource) continue;
      out->append("  " + ClaimTitle(c) + ": " + StatedFigure(c.statements.front()) + "  [" +
                  c.statements.front().doc + "]\n");
    }
  } else if (count[Verdict::kSingleSource] > 0) {
    out->append("\n(" + std::to_string(count[Verdict::kSingleSource]) +
                " single-source claims not listed: --all lists them, --format json or html shows them all)\n");
  }
}

namespace {

void Json(std::string* out, std::string_view s) { AppendJsonString(out, s); }

void JsonNumberOrNull(std::string* out, bool has, const std::string& exact, double v) {
  if (!has) {
    out->append("null");
  } else if (!exact.empty()) {
    out->append(exact);  // the decimal digits as stored, exact
  } else {
    out->append(internal::JsonDouble(v));
  }
}

void StatementJson(std::string* out, const Statement& s) {
  out->append("{\"doc\":");
  Json(out, s.doc);
  out->append(",\"date\":");
  Json(out, s.doc_date);
  out->append(",\"title\":");
  Json(out, s.doc_title);
  out->append(",\"url\":");
  Json(out, s.doc_url);
  out->append(",\"source\":");
  Json(out, s.doc_source);
  out->append(",\"lang\":");
  Json(out, s.lang);
  out->append(",\"copy_group\":" + std::to_string(s.copy_group) + ",\"story\":" + std::to_string(s.story));
  out->append(",\"quantity\":{\"text\":");
  Json(out, s.text);
  out->append(",\"dimension\":");
  Json(out, s.dimension);
  out->append(",\"value\":");
  JsonNumberOrNull(out, s.has_value, s.value_text, s.value);
  out->append(",\"low\":");
  JsonNumberOrNull(out, s.has_low, s.low_text, s.low);
  out->append(",\"high\":");
  JsonNumberOrNull(out, s.has_high, s.high_text, s.high);
  out->append(",\"unit\":");
  Json(out, s.unit);
  out->append(",\"qualifier\":");
  Json(out, s.qualifier);
  out->append(",\"per\":");
  if (s.per.empty()) out->append("null");
  else Json(out, s.per);
  out->append(",\"interval\":[" + internal::JsonDouble(s.lo) + "," + internal::JsonDouble(s.hi) + "]}");
  out->append(",\"sentence_text\":");
  Json(out, s.sentence_text);
  out->append(",\"highlight\":[" + std::to_string(s.highlight_begin) + "," + std::to_string(s.highlight_end) + "]");
  out->append(",\"attributed_to\":");
  if (s.attributed_to.empty()) out->append("null");
  else Json(out, s.attributed_to);
  out->append(",\"period_stated\":");
  out->append(s.period_stated ? "true" : "false");
  out->append(",\"confidence\":" + internal::JsonDouble(s.confidence) + "}");
}

}  // namespace

void WriteJsonReport(const Report& r, std::string* out) {
  out->append("{\"claims\":[");
  for (size_t i = 0; i < r.claims.size(); ++i) {
    const Claim& c = r.claims[i];
    if (i) out->push_back(',');
    out->append("{\"key\":{\"subject\":");
    Json(out, c.key.subject);
    out->append(",\"subject_name\":");
    Json(out, c.key.subject_name);
    out->append(",\"predicate\":");
    Json(out, c.key.predicate);
    if (!c.key.measure.empty()) {
      out->append(",\"measure\":");
      Json(out, c.key.measure);
    }
    out->append(",\"period\":");
    if (c.key.period.empty()) out->append("null");
    else Json(out, c.key.period);
    out->append(",\"unit\":");
    Json(out, c.key.unit);
    out->append(",\"object\":");
    if (c.key.object.empty()) out->append("null");
    else Json(out, c.key.object);
    out->append(",\"scope\":");
    if (c.key.scope.empty()) out->append("null");
    else Json(out, c.key.scope);
    out->append("},\"verdict\":");
    Json(out, VerdictName(c.verdict));
    out->append(",\"statements\":[");
    for (size_t k = 0; k < c.statements.size(); ++k) {
      if (k) out->push_back(',');
      StatementJson(out, c.statements[k]);
    }
    out->append("],\"spread\":" + internal::JsonDouble(c.spread));
    out->append(",\"sources\":" + std::to_string(c.sources) + ",\"documents\":" + std::to_string(c.documents));
    out->append(",\"tolerance\":");
    Json(out, c.tolerance);
    out->append(",\"flags\":[");
    for (size_t k = 0; k < c.flags.size(); ++k) {
      if (k) out->push_back(',');
      Json(out, c.flags[k]);
    }
    out->append("],\"suspect_statements\":[");
    for (size_t k = 0; k < c.suspect.size(); ++k) {
      if (k) out->push_back(',');
      out->append(std::to_string(c.suspect[k]));
    }
    out->append("],\"subtotals\":[");
    for (size_t k = 0; k < c.subtotals.size(); ++k) {
      const Claim::Subtotal& sub = c.subtotals[k];
      if (k) out->push_back(',');
      out->append("{\"statement\":" + std::to_string(sub.statement) + ",\"of_total\":" + internal::JsonDouble(sub.whole) +
                  ",\"in\":");
      Json(out, sub.doc);
      out->append(",\"parts\":[");
      for (size_t p = 0; p < sub.parts.size(); ++p) {
        if (p) out->push_back(',');
        out->append(internal::JsonDouble(sub.parts[p]));
      }
      out->append("]}");
    }
    out->append("],\"verdict_without_suspects\":");
    if (c.verdict_without_suspects) Json(out, VerdictName(*c.verdict_without_suspects));
    else out->append("null");
    out->append(",\"values\":[");
    for (size_t k = 0; k < c.values.size(); ++k) {
      if (k) out->push_back(',');
      out->append("{\"value\":");
      Json(out, c.values[k].text);
      out->append(",\"sources\":" + std::to_string(c.values[k].sources) +
                  ",\"documents\":" + std::to_string(c.values[k].documents) + "}");
    }
    out->append("]}");
  }
  out->append("],\"sums\":[");
  for (size_t i = 0; i < r.sums.size(); ++i) {
    const SumCheck& s = r.sums[i];
    if (i) out->push_back(',');
    out->append("{\"doc\":");
    Json(out, s.doc);
    out->append(",\"claim\":" + (s.claim >= 0 ? std::to_string(s.claim) : std::string("null")));
    out->append(",\"whole\":");
    StatementJson(out, s.whole);
    out->append(",\"parts\":[");
    for (size_t k = 0; k < s.parts.size(); ++k) {
      if (k) out->push_back(',');
      StatementJson(out, s.parts[k]);
    }
    out->append("],\"parts_interval\":[" + internal::JsonDouble(s.parts_lo) + "," + internal::JsonDouble(s.parts_hi) +
                "],\"verdict\":");
    Json(out, s.verdict);
    out->push_back('}');
  }
  out->append("],\"facts\":" + std::to_string(r.facts) + ",\"documents\":" + std::to_string(r.documents) + "}\n");
}

namespace internal {

std::string JsonDouble(double v) {
  if (!std::isfinite(v)) return "null";
  // Shortest form that reads back the same.
  char buf[32];
  auto r = std::to_chars(buf, buf + sizeof buf, v);
  return std::string(buf, r.ptr);
}

}  // namespace internal
}  // namespace factmine
