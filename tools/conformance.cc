// factmine_conformance: runs factmine's recognizer over the test suites of
// two peer systems (Duckling, Microsoft Recognizers-Text) and text2num, as
// converted to JSONL in shared/conformance/, and reports the pass rate of each
// suite. Only the cases the peer's reference implementation passes itself are
// counted (Recognizers-Text: entries not marked NotSupported for dotnet;
// Duckling: its whole corpus).
//
//   factmine_conformance --shared ../shared [--floors tools/conformance_floors.tsv]
//                        [--failures SUITE] [--verbose]
//
// Exit status 1 when a suite falls below its recorded floor.
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdio>
#include <fstream>
#include <map>

#include "corpus/corpus.h"
#include "extract/extract.h"

using json = nlohmann::json;
using namespace factmine;

namespace {

struct Case {
  std::string id, input;
  bool passed = false;
  std::string detail;  // why it failed
};

struct Suite {
  std::string name;  // e.g. "duckling/fr/Numeral"
  std::vector<Case> cases;
  int passed() const {
    int p = 0;
    for (const auto& c : cases) p += c.passed;
    return p;
  }
};

bool Near(double a, double b) {
  if (a == b) return true;
  double scale = std::max(std::fabs(a), std::fabs(b));
  return std::fabs(a - b) <= 1e-6 * scale + 1e-9;
}

std::string Lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
  return s;
}

std::vector<json> ReadJsonl(const std::string& path) {
  std::vector<json> out;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    auto j = json::parse(line, nullptr, false);
    if (!j.is_discarded()) out.push_back(std::move(j));
  }
  return out;
}

// One recognizer per language and option set.
struct Runner {
  std::string lang;
  const Lexicon* lex;
  std::unique_ptr<QuantityRecognizer> rec;
  std::unique_ptr<SentenceSplitter> splitter;

  explicit Runner(const std::string& l) : lang(l) {
    lex = *Lexicon::Get(l);
    rec = std::make_unique<QuantityRecognizer>(*lex);
    splitter = std::make_unique<SentenceSplitter>(l);
  }

  std::vector<Quantity> Run(const std::string& text, bool ranges) {
    TokenList toks;
    Tokenize(text, lex, &toks);
    SentenceIndex& sentences = splitter->Lazy(text);
    QuantityOptions o;
    o.mode = NumberMode::kNumbers;
    o.register_ = Register::kInformal;
    o.ranges = ranges;
    std::vector<Quantity> out;
    rec->Recognize(text, toks, sentences, o, &out);
    return out;
  }
};

std::string Trimmed(const std::string& s) {
  size_t a = s.find_first_not_of(" \t\n");
  if (a == std::string::npos) return "";
  size_t b = s.find_last_not_of(" \t\n");
  return s.substr(a, b - a + 1);
}

std::string Describe(const std::string& text, const std::vector<Quantity>& qs) {
  std::string d;
  for (const auto& q : qs) {
    char buf[256];
    std::snprintf(buf, sizeof buf, "[%s %s v=%s lo=%s hi=%s %s] ", std::string(q.span.Of(text)).c_str(),
                  q.dimension.c_str(), q.value ? std::to_string(q.value->ToDouble()).c_str() : "-",
                  q.low ? std::to_string(q.low->ToDouble()).c_str() : "-",
                  q.high ? std::to_string(q.high->ToDouble()).c_str() : "-", q.unit.c_str());
    d += buf;
  }
  return d.empty() ? "(nothing)" : d;
}

// ---------------------------------------------------------------------------
// Duckling: one token spanning the whole input, with the expected value.

bool DucklingUnitMatches(const std::string& expected, const Quantity& q) {
  if (expected == "unknown") return q.dimension == "money";
  if (expected == "$") return q.unit == "USD" && !q.minor_unit;
  if (expected == "£") return q.unit == "GBP" && !q.minor_unit;
  if (expected == "cent") return q.minor_unit;
  return q.unit == expected;
}

Suite RunDuckling(const std::string& file, const std::string& lang, const std::string& dimension, Runner& r) {
  Suite s;
  s.name = "duckling/" + lang + "/" + dimension;
  std::string ours = dimension == "Numeral" ? "number" : dimension == "AmountOfMoney" ? "money"
                     : dimension == "Ordinal" ? "ordinal" : "duration";
  for (const json& j : ReadJsonl(file)) {
    Case c;
    c.id = j["id"];
    c.input = j["input"];
    std::string text = c.input;
    auto qs = r.Run(text, true);
    if (j["negative"].get<bool>()) {
      c.passed = std::none_of(qs.begin(), qs.end(), [&](const Quantity& q) {
        return q.dimension == ours && (q.value || q.low || q.high);
      });
      if (!c.passed) c.detail = "expected nothing, got " + Describe(text, qs);
      s.cases.push_back(c);
      continue;
    }
    const json& e = j["expected"];
    std::string whole = Trimmed(text);
    size_t lead = text.find(whole);
    std::vector<const Quantity*> hits;
    for (const auto& q : qs) {
      // Duckling reads amounts: a currency named without a number is none.
      if (q.dimension == ours && (q.value || q.low || q.high)) hits.push_back(&q);
    }
    if (hits.size() != 1 || hits[0]->span.begin != lead || hits[0]->span.end != lead + whole.size()) {
      c.detail = "want one " + ours + " over the whole input, got " + Describe(text, qs);
      s.cases.push_back(c);
      continue;
    }
    const Quantity& q = *hits[0];
    bool ok = true;
    double mult = q.minor_unit ? 100 : 1;
    if (e["type"] == "interval") {
      auto want = [&](const char* k, const std::optional<Value>& got) {
        if (e[k].is_null()) return !got.has_value();
        return got.has_value() && Near(got->ToDouble() * mult, e[k].get<double>());
      };
      ok = !q.value && want("min", q.low) && want("max", q.high);
    } else {
      ok = q.value && Near(q.value->ToDouble() * mult, e["value"].get<double>());
    }
    if (ok && dimension == "AmountOfMoney") ok = DucklingUnitMatches(e["unit"].get<std::string>(), q);
    if (ok && dimension == "Duration") ok = q.unit == e["grain"].get<std::string>();
    c.passed = ok;
    if (!ok) c.detail = "wrong value: " + Describe(text, qs) + " want " + e.dump();
    s.cases.push_back(c);
  }
  return s;
}

// ---------------------------------------------------------------------------
// Recognizers-Text model specs: same number of results, pairwise in order,
// same text (case-insensitive) and value.

bool DotnetSupported(const json& j) {
  if (!j.contains("notsupported") || j["notsupported"].is_null()) return true;
  for (const char* k : {"NotSupported", "NotSupportedByDesign"}) {
    if (j["notsupported"].contains(k) && j["notsupported"][k].get<std::string>().find("dotnet") != std::string::npos) {
      return false;
    }
  }
  return true;
}

std::optional<double> RtValue(const json& v) {
  if (!v.is_string()) return std::nullopt;
  std::string s = v.get<std::string>();
  if (!s.empty() && s.back() == '%') s.pop_back();
  std::replace(s.begin(), s.end(), ',', '.');
  char* end = nullptr;
  double d = std::strtod(s.c_str(), &end);
  if (end == s.c_str()) return std::nullopt;
  return d;
}

// Recognizers-Text unit names, French and English, as ISO codes.
std::string RtCurrency(const json& item) {
  if (item.contains("resolution") && item["resolution"].is_object() && item["resolution"].contains("isoCurrency")) {
    return item["resolution"]["isoCurrency"].get<std::string>();
  }
  static const std::map<std::string, std::string> kUnits = {
      {"dollar", "USD"}, {"dollar états-unis", "USD"}, {"united states dollar", "USD"},
      {"dollar canadien", "CAD"}, {"canadian dollar", "CAD"}, {"dollar australien", "AUD"},
      {"australian dollar", "AUD"}, {"dollar de hong kong", "HKD"}, {"hong kong dollar", "HKD"},
      {"dollar néo-zélandais", "NZD"}, {"euro", "EUR"}, {"livre", "GBP"}, {"pound", "GBP"},
      {"british pound", "GBP"}, {"yen japonais", "JPY"}, {"japanese yen", "JPY"}, {"yuan chinois", "CNY"},
      {"chinese yuan", "CNY"}, {"franc", "FRF"}, {"franc suisse", "CHF"}, {"swiss franc", "CHF"},
      {"mark finlandais", "FIM"}, {"finnish markka", "FIM"}, {"florins néerlandais", "NLG"},
      {"netherlands guilder", "NLG"}, {"peseta", "ESP"}, {"roupie", "INR"}, {"roupie indienne", "INR"},
      {"mexican peso", "MXN"}, {"dollar néo-zélandais", "NZD"}, {"cent", "minor"}, {"centimes", "minor"},
      {"pence", "minor"}, {"penny", "minor"}, {"pesewa", "minor"}, {"sen", "minor"}, {"bitcoin", "BTC"},
      {"rupee", "INR"}, {"indian rupee", "INR"}, {"sri lankan rupee", "LKR"}};
  std::string unit = item["unit"].is_string() ? Fold(item["unit"].get<std::string>()) : "";
  std::map<std::string, std::string> folded;
  for (const auto& [k, v] : kUnits) folded[Fold(k)] = v;
  auto it = folded.find(unit);
  if (it == folded.end()) return unit;
  return it->second;
}

struct Item {
  std::string text;
  double value;
  bool has_value = true;
  std::string unit;
  bool minor = false;
};

Suite RunRecognizersText(const std::string& file, const std::string& name, const std::string& model, Runner& r) {
  Suite s;
  s.name = name;
  for (const json& j : ReadJsonl(file)) {
    if (!DotnetSupported(j)) continue;
    Case c;
    c.id = j["id"];
    c.input = j["input"];
    const std::string& text = c.input;
    auto qs = r.Run(text, false);
    std::vector<Item> got;
    for (const auto& q : qs) {
      if (model == "number") {
        if (q.dimension == "ordinal") continue;
        got.push_back({std::string(q.number_span.Of(text)), q.number_value.ToDouble(), true, "", false});
      } else if (model == "percent") {
        if (q.dimension != "percent") continue;
        auto v = q.value ? q.value : q.low ? q.low : q.high;
        got.push_back({std::string(q.core_span.Of(text)), v ? v->ToDouble() : 0, v.has_value(), "", false});
      } else if (model == "currency") {
        if (q.dimension != "money") continue;
        // The peers report the stated figure whatever the qualifier.
        auto v = q.value ? q.value : q.low ? q.low : q.high;
        Item it{std::string(q.core_span.Of(text)), v ? v->ToDouble() : 0, v.has_value(), q.unit, q.minor_unit};
        if (it.minor) it.value *= 100;
        got.push_back(it);
      }
    }
    const json& exp = j["expected"];
    bool ok = got.size() == exp.size();
    for (size_t k = 0; ok && k < exp.size(); ++k) {
      const json& e = exp[k];
      if (Lower(e["text"].get<std::string>()) != Lower(got[k].text)) ok = false;
      auto v = RtValue(e["value"]);
      if (ok && v && (!got[k].has_value || !Near(*v, got[k].value))) ok = false;
      if (ok && !v && got[k].has_value) ok = false;
      if (ok && model == "currency") {
        std::string want = RtCurrency(e);
        if (want == "minor") ok = got[k].minor;
        else ok = want == got[k].unit && !got[k].minor;
      }
    }
    c.passed = ok;
    if (!ok) {
      c.detail = "got";
      for (auto& g : got) c.detail += " [" + g.text + "=" + std::to_string(g.value) + " " + g.unit + "]";
      c.detail += " want";
      for (auto& e : exp) c.detail += " [" + e["text"].get<std::string>() + "=" + e["value"].dump() + " " + e["unit"].dump() + "]";
    }
    s.cases.push_back(c);
  }
  return s;
}

// ---------------------------------------------------------------------------
// text2num: whole inputs that are one number written in words.

Suite RunText2Num(const std::string& file, Runner& r) {
  Suite s;
  s.name = "text2num/fr/text2num";
  NumberGrammar g(*r.lex);
  for (const json& j : ReadJsonl(file)) {
    std::string func = j["func"];
    if (func != "text2num") continue;
    Case c;
    c.id = j["id"];
    c.input = j["input"];
    auto m = g.ParseWhole(c.input, NumberMode::kNumbers);
    if (j.contains("expected_error") && !j["expected_error"].is_null()) {
      c.passed = !m.has_value() || m->fraction;
      if (!c.passed) c.detail = "expected an error, got " + std::to_string(m->value.ToDouble());
    } else {
      double want = j["expected_value"].get<double>();
      c.passed = m && Near(m->value.ToDouble(), want);
      if (!c.passed) c.detail = m ? "got " + std::to_string(m->value.ToDouble()) : "no number";
    }
    s.cases.push_back(c);
  }
  return s;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"factmine conformance runner"};
  std::string shared = "../shared";
  std::string floors_file;
  std::string failures;
  app.add_option("--shared", shared, "Path of the shared/ folder");
  app.add_option("--floors", floors_file, "TSV of suite<TAB>floor percent; exit 1 below a floor");
  app.add_option("--failures", failures, "Print the failing cases of suites whose name contains this");
  CLI11_PARSE(app, argc, argv);

  std::string conf = shared + "/conformance";
  Runner fr("fr"), en("en");
  std::vector<Suite> suites;
  for (const char* d : {"Numeral", "AmountOfMoney", "Ordinal", "Duration"}) {
    suites.push_back(RunDuckling(conf + "/duckling/" + d + ".jsonl", "fr", d, fr));
  }
  for (const char* d : {"Numeral", "AmountOfMoney", "Ordinal"}) {
    suites.push_back(RunDuckling(conf + "/duckling-en/" + d + ".jsonl", "en", d, en));
  }
  suites.push_back(RunRecognizersText(conf + "/recognizers-text/Number-NumberModel.jsonl", "recognizers-text/fr/Number", "number", fr));
  suites.push_back(RunRecognizersText(conf + "/recognizers-text/Number-PercentModel.jsonl", "recognizers-text/fr/Percent", "percent", fr));
  suites.push_back(RunRecognizersText(conf + "/recognizers-text/NumberWithUnit-CurrencyModel.jsonl", "recognizers-text/fr/Currency", "currency", fr));
  suites.push_back(RunRecognizersText(conf + "/recognizers-text-en/Number-NumberModel.jsonl", "recognizers-text/en/Number", "number", en));
  suites.push_back(RunRecognizersText(conf + "/recognizers-text-en/Number-PercentModel.jsonl", "recognizers-text/en/Percent", "percent", en));
  suites.push_back(RunRecognizersText(conf + "/recognizers-text-en/NumberWithUnit-CurrencyModel.jsonl", "recognizers-text/en/Currency", "currency", en));
  suites.push_back(RunText2Num(conf + "/text2num/fr.jsonl", fr));

  std::map<std::string, double> floors;
  if (!floors_file.empty()) {
    std::ifstream in(floors_file);
    std::string line;
    while (std::getline(in, line)) {
      if (line.empty() || line[0] == '#') continue;
      size_t tab = line.find('\t');
      if (tab == std::string::npos) continue;
      floors[line.substr(0, tab)] = std::atof(line.c_str() + tab + 1);
    }
  }
  int below = 0;
  std::printf("%-34s %8s %8s %8s\n", "suite", "passed", "cases", "rate");
  for (const Suite& s : suites) {
    if (s.cases.empty()) {
      std::printf("%-34s   (no cases found under %s)\n", s.name.c_str(), conf.c_str());
      ++below;
      continue;
    }
    double rate = 100.0 * s.passed() / s.cases.size();
    auto f = floors.find(s.name);
    bool low = f != floors.end() && rate + 1e-9 < f->second;
    below += low;
    std::printf("%-34s %8d %8zu %7.1f%%%s\n", s.name.c_str(), s.passed(), s.cases.size(), rate,
                low ? "  BELOW FLOOR" : (f != floors.end() ? "" : "  (no floor)"));
    if (!failures.empty() && s.name.find(failures) != std::string::npos) {
      for (const Case& c : s.cases) {
        if (!c.passed) std::printf("    FAIL %s %s\n         %s\n", c.id.c_str(), json(c.input).dump().c_str(), c.detail.c_str());
      }
    }
  }
  return below > 0 ? 1 : 0;
}
