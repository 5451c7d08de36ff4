// The HTML consistency report: one self-contained page (inline CSS, inline
// SVG charts, a few lines of inline JavaScript for the filters; nothing
// fetched from the network). Everything is rendered here, so the page reads
// the same with JavaScript off; the script only hides rows.
#include <algorithm>
#include <cmath>
#include <map>

#include "check/check.h"
#include "check/internal/format.h"

namespace factmine {
namespace {

using internal::ClaimTitle;
using internal::StatedFigure;

void Escape(std::string* out, std::string_view s) {
  for (char c : s) {
    switch (c) {
      case '&': out->append("&amp;"); break;
      case '<': out->append("&lt;"); break;
      case '>': out->append("&gt;"); break;
      case '"': out->append("&quot;"); break;
      case '\'': out->append("&#39;"); break;
      default: out->push_back(c);
    }
  }
}

std::string Esc(std::string_view s) {
  std::string out;
  Escape(&out, s);
  return out;
}

// The evidence sentence with the figure in <mark>.
std::string Sentence(const Statement& s) {
  const std::string& t = s.sentence_text;
  if (t.empty()) return "<mark>" + Esc(s.text) + "</mark>";
  size_t b = s.highlight_begin, e = s.highlight_end;
  if (e <= b || e > t.size()) return Esc(t);
  return Esc(std::string_view(t).substr(0, b)) + "<mark>" + Esc(std::string_view(t).substr(b, e - b)) + "</mark>" +
         Esc(std::string_view(t).substr(e));
}

std::string Num(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", v);
  return buf;
}

// A small chart: one row per statement, its interval as a bar and its
// stated value as a dot, on a shared axis (logarithmic when the values
// span more than two orders of magnitude, as scale slips do).
std::string Chart(const Claim& c) {
  double lo = INFINITY, hi = -INFINITY;
  for (const Statement& s : c.statements) {
    for (double v : {s.lo, s.hi, s.point}) {
      if (std::isfinite(v)) {
        lo = std::min(lo, v);
        hi = std::max(hi, v);
      }
    }
  }
  if (!std::isfinite(lo) || !std::isfinite(hi)) return "";
  bool log = lo > 0 && hi / lo > 100;
  auto scale = [&](double v) { return log ? std::log10(v) : v; };
  double a = scale(lo), b = scale(hi);
  if (b - a < 1e-12 * std::max(1.0, std::fabs(a))) {
    double pad = std::max(std::fabs(a) * 0.05, 1e-9);
    a -= pad;
    b += pad;
  } else {
    double pad = (b - a) * 0.08;
    a -= pad;
    b += pad;
  }
  const double width = 360, left = 10, row = 16;
  auto x = [&](double v) {
    if (!std::isfinite(v)) return v > 0 ? left + width : left;
    if (log && v <= 0) return left;
    return left + (scale(v) - a) / (b - a) * width;
  };
  double height = static_cast<double>(c.statements.size()) * row + 22;
  std::string svg = "<svg class=\"chart\" width=\"380\" height=\"" + Num(height) + "\" viewBox=\"0 0 380 " + Num(height) +
                    "\" role=\"img\" aria-label=\"values and intervals per source\">";
  for (size_t i = 0; i < c.statements.size(); ++i) {
    const Statement& s = c.statements[i];
    double y = 8 + static_cast<double>(i) * row;
    bool suspect = std::find(c.suspect.begin(), c.suspect.end(), static_cast<int>(i)) != c.suspect.end();
    std::string color = suspect ? "#c0392b" : "#2c7fb8";
    svg += "<line x1=\"" + Num(x(s.lo)) + "\" x2=\"" + Num(x(s.hi)) + "\" y1=\"" + Num(y) + "\" y2=\"" + Num(y) +
           "\" stroke=\"" + color + "\" stroke-width=\"5\" stroke-opacity=\"0.45\"/>";
    if (std::isfinite(s.point)) {
      svg += "<circle cx=\"" + Num(x(s.point)) + "\" cy=\"" + Num(y) + "\" r=\"3.5\" fill=\"" + color + "\"><title>" +
             Esc(s.doc + ": " + StatedFigure(s)) + "</title></circle>";
    }
  }
  double axis = height - 12;
  svg += "<line x1=\"" + Num(left) + "\" x2=\"" + Num(left + width) + "\" y1=\"" + Num(axis) + "\" y2=\"" + Num(axis) +
         "\" stroke=\"#999\"/>";
  svg += "<text x=\"" + Num(left) + "\" y=\"" + Num(height - 1) + "\" font-size=\"10\">" + Esc(internal::Figure(lo)) +
         "</text>";
  svg += "<text x=\"" + Num(left + width) + "\" y=\"" + Num(height - 1) + "\" font-size=\"10\" text-anchor=\"end\">" +
         Esc(internal::Figure(hi)) + (log ? " (log)" : "") + "</text>";
  svg += "</svg>";
  return svg;
}

const char kStyle[] = R"css(
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#222;background:#fafafa}
header{background:#1d3557;color:#fff;padding:14px 24px}
header h1{margin:0;font-size:20px}
header p{margin:4px 0 0;opacity:.85}
main{padding:16px 24px}
.filters{display:flex;gap:12px;flex-wrap:wrap;margin-bottom:12px;align-items:center}
.filters input,.filters select{padding:4px 6px;font:inherit}
table.claims{border-collapse:collapse;width:100%;background:#fff}
table.claims>tbody>tr>td,table.claims>thead>tr>th{border-bottom:1px solid #e3e3e3;padding:6px 8px;text-align:left;vertical-align:top}
.verdict{display:inline-block;padding:1px 8px;border-radius:10px;font-size:12px;font-weight:600;color:#fff}
.v-conflict{background:#c0392b}.v-compatible{background:#e67e22}.v-consistent{background:#27ae60}.v-single_source{background:#7f8c8d}
.flag{color:#c0392b;font-weight:600}
details summary{cursor:pointer}
.statements{border-collapse:collapse;margin:8px 0;width:100%}
.statements td{border-top:1px solid #eee;padding:4px 6px;vertical-align:top;font-size:13px}
.statements tr.suspect td{background:#fdecea}
mark{background:#ffe58a;padding:0 2px}
.muted{color:#777;font-size:12px}
.sum-fails{color:#c0392b;font-weight:600}.sum-holds{color:#27ae60;font-weight:600}.sum-partial{color:#e67e22;font-weight:600}
)css";

const char kScript[] = R"js(
(function(){
  var v=document.getElementById('f-verdict'),s=document.getElementById('f-subject'),p=document.getElementById('f-predicate');
  // Filters live in the address too (#verdict=conflict&subject=openai), so a
  // filtered view can be bookmarked or sent.
  var h=new URLSearchParams(location.hash.slice(1));
  v.value=h.get('verdict')||''; s.value=h.get('subject')||''; p.value=h.get('predicate')||'';
  // #open=all or #open=3: claims shown with their statements unfolded.
  var o=h.get('open');
  if(o) document.querySelectorAll(o==='all'?'tr.claim details':'#claim-'+o+' details').forEach(function(d){d.open=true;});
  function apply(){
    var vv=v.value,sv=s.value.toLowerCase(),pv=p.value.toLowerCase(),shown=0;
    document.querySelectorAll('tr.claim').forEach(function(tr){
      var ok=(!vv||tr.dataset.verdict===vv)&&(!sv||tr.dataset.subject.indexOf(sv)>=0)&&(!pv||tr.dataset.predicate.indexOf(pv)>=0);
      tr.style.display=ok?'':'none'; if(ok) shown++;
    });
    document.getElementById('shown').textContent=shown;
    var q=new URLSearchParams();
    if(vv) q.set('verdict',vv); if(sv) q.set('subject',sv); if(pv) q.set('predicate',pv); if(o) q.set('open',o);
    var hash=q.toString();
    if(hash!==location.hash.slice(1)) history.replaceState(null,'',hash?'#'+hash:location.pathname+location.search);
  }
  [v,s,p].forEach(function(e){e.addEventListener('input',apply);e.addEventListener('change',apply);});
  apply();
})();
)js";

}  // namespace

void WriteHtmlReport(const Report& r, bool all, std::string* out) {
  std::map<Verdict, int> count;
  for (const Claim& c : r.claims) ++count[c.verdict];
  // Single-source claims are most of a large corpus: listed with --all.
  const size_t listed = all ? r.claims.size() : r.claims.size() - static_cast<size_t>(count[Verdict::kSingleSource]);
  out->append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
              "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">"
              "<title>factmine check: claim consistency</title><style>");
  out->append(kStyle);
  out->append("</style></head><body><header><h1>Claim consistency across sources</h1><p>");
  out->append(std::to_string(r.facts) + " facts from " + std::to_string(r.documents) + " articles &middot; " +
              std::to_string(r.claims.size()) + " claims: " + std::to_string(count[Verdict::kConflict]) +
              " conflict, " + std::to_string(count[Verdict::kCompatible]) + " compatible, " +
              std::to_string(count[Verdict::kConsistent]) + " consistent, " +
              std::to_string(count[Verdict::kSingleSource]) + " single source");
  if (listed < r.claims.size()) out->append(" (not listed here: <code>factmine check --all</code> lists them)");
  out->append("</p></header><main>");
  out->append(
      "<div class=\"filters\"><label>Verdict <select id=\"f-verdict\"><option value=\"\">all</option>"
      "<option value=\"conflict\">conflict</option><option value=\"compatible\">compatible</option>"
      "<option value=\"consistent\">consistent</option><option value=\"single_source\">single source</option>"
      "</select></label><label>Subject <input id=\"f-subject\" type=\"search\" placeholder=\"e.g. OpenAI\"></label>"
      "<label>Predicate <input id=\"f-predicate\" type=\"search\" placeholder=\"e.g. loss\"></label>"
      "<span class=\"muted\"><span id=\"shown\">" +
      std::to_string(listed) + "</span> shown</span></div>");
  out->append("<table class=\"claims\"><thead><tr><th>Verdict</th><th>Claim</th><th>Values (independent sources)</th>"
              "<th>Sources</th></tr></thead><tbody>");
  for (size_t i = 0; i < r.claims.size(); ++i) {
    const Claim& c = r.claims[i];
    if (!all && c.verdict == Verdict::kSingleSource) continue;
    std::string verdict(VerdictName(c.verdict));
    std::string subject = c.key.subject_name, predicate = c.key.predicate;
    std::transform(subject.begin(), subject.end(), subject.begin(), [](unsigned char ch) { return std::tolower(ch); });
    out->append("<tr class=\"claim\" id=\"claim-" + std::to_string(i) + "\" data-verdict=\"" + verdict +
                "\" data-subject=\"" + Esc(subject) + "\" data-predicate=\"" + Esc(predicate) + "\">");
    out->append("<td><span class=\"verdict v-" + verdict + "\">" + verdict + "</span>");
    for (const std::string& f : c.flags) {
      out->append("<div class=\"flag\">&#9888; " + Esc(f.substr(0, f.find(' '))) + "</div>");
    }
    out->append("</td><td><details><summary>");
    Escape(out, ClaimTitle(c));
    out->append("</summary>");
    for (const std::string& f : c.flags) out->append("<div class=\"flag\">&#9888; " + Esc(f) + "</div>");
    if (c.verdict_without_suspects) {
      out->append("<div class=\"muted\">without the statements marked in red: " +
                  std::string(VerdictName(*c.verdict_without_suspects)) + "</div>");
    }
    if (!c.tolerance.empty()) out->append("<div class=\"muted\">" + Esc(c.tolerance) + "</div>");
    out->append(Chart(c));
    out->append("<table class=\"statements\">");
    for (size_t k = 0; k < c.statements.size(); ++k) {
      const Statement& s = c.statements[k];
      bool suspect = std::find(c.suspect.begin(), c.suspect.end(), static_cast<int>(k)) != c.suspect.end();
      out->append(suspect ? "<tr class=\"suspect\">" : "<tr>");
      out->append("<td><b>" + Esc(StatedFigure(s)) + "</b><br><span class=\"muted\">" + Esc(s.qualifier) +
                  " &middot; [" + Esc(internal::Figure(s.lo)) + ", " + Esc(internal::Figure(s.hi)) + "]</span></td>");
      out->append("<td>" + Sentence(s) + "</td><td class=\"muted\">");
      if (!s.doc_url.empty()) out->append("<a href=\"" + Esc(s.doc_url) + "\">" + Esc(s.doc) + "</a>");
      else Escape(out, s.doc);
      out->append("<br>" + Esc(s.doc_date) + " &middot; " + Esc(s.lang));
      if (!s.attributed_to.empty()) out->append("<br>according to " + Esc(s.attributed_to));
      out->append("<br>copy group " + std::to_string(s.copy_group) + "</td></tr>");
    }
    out->append("</table></details></td><td>");
    for (const Claim::Value& v : c.values) {
      out->append("<div title=\"" + Esc(v.text) + "\">" + Esc(StatedFigure(c.statements[v.statement])) + " <span class=\"muted\">(" + std::to_string(v.sources) + ")</span></div>");
    }
    out->append("</td><td>" + std::to_string(c.sources) + " <span class=\"muted\">/ " + std::to_string(c.documents) +
                " articles</span></td></tr>");
  }
  out->append("</tbody></table>");
  if (!r.sums.empty()) {
    out->append("<h2>Totals and their parts</h2><table class=\"claims\"><thead><tr><th>Verdict</th><th>Article</th>"
                "<th>Total</th><th>Parts</th></tr></thead><tbody>");
    for (const SumCheck& s : r.sums) {
      out->append("<tr class=\"sum\"><td class=\"sum-" + s.verdict + "\">" + s.verdict + "</td><td>" + Esc(s.doc) +
                  "</td><td>" + Esc(StatedFigure(s.whole)) + "</td><td>");
      for (size_t k = 0; k < s.parts.size(); ++k) {
        if (k) out->append(" + ");
        Escape(out, StatedFigure(s.parts[k]));
      }
      out->append(" <span class=\"muted\">= " + Esc(internal::Figure(s.parts_lo)) + ".." +
                  Esc(internal::Figure(s.parts_hi)) + "</span></td></tr>");
    }
    out->append("</tbody></table>");
  }
  out->append("<p class=\"muted\">Intervals come from each figure's qualifier and the precision it was stated with. "
              "Copies of one dispatch count as one source. Made by factmine.</p></main><script>");
  out->append(kScript);
  out->append("</script></body></html>\n");
}

}  // namespace factmine
