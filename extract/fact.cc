// Facts: each amount linked to a predicate, a subject, a period, and where
// the text says so an object, a source and the total it is part of.
//
// For an amount, in its sentence:
//  1. Predicate. Every trigger of data/<lang>/predicates.tsv in the sentence
//     whose dimensions admit the amount is scored: its weight, times a decay
//     with the number of tokens between trigger and amount, lowered when
//     the trigger follows the amount or when another amount stands between
//     them. A counted noun (data/<lang>/count_nouns.tsv) is a trigger at
//     distance 0. A part ("dont 4 milliards") without a trigger of its own
//     takes the predicate of its total. Direction words (_up, _down) sign
//     changes: "down 8%" is growth -8.
//  2. Subject. Among the sentence's entities that are neither its source
//     ("selon X", "a déclaré X") nor the fact's object: the complement of
//     the trigger ("le chiffre d'affaires d'OpenAI", "Meta's revenue"),
//     else the nearest entity before the trigger or amount, else after.
//     Without one (a pronoun, "l'entreprise", "the company"), the subject
//     of the previous fact, else the last organisation named before.
//  3. Object: an entity after one of the trigger's object prepositions
//     ("investi ... dans Anthropic"), or right after an acquisition verb.
//  4. Period: the time expression of the sentence nearest the amount, else
//     the publication year.
#include <algorithm>
#include <array>
#include <cmath>
#include <set>
#include <unordered_map>

#include "data/data.h"
#include "extract/extract.h"

namespace factmine {
namespace {

enum DimBits : uint8_t { kDimMoney = 1, kDimPercent = 2, kDimPp = 4, kDimCount = 8, kDimNumber = 16 };

// A figure whose link is less sure than this is no fact.
constexpr double kMinConfidence = 0.12;

// A word written with a capital or in capitals.
bool IsCapitalizedWord(const Token& t) {
  return t.kind == TokenKind::kWord && (t.flags & (kTokCapitalized | kTokAllCaps));
}

// A name of several words that opens with a lower-case head: a facility
// named with it ("l'aéroport de Rodez-Aveyron", "les halles de Vernouillet").
bool LowerCaseHeaded(const std::string& name) {
  return name.find(' ') != std::string::npos && name[0] >= 'a' && name[0] <= 'z';
}

// A fact's period is a calendar year.
void SetYearPeriod(int year, Fact* f) {
  f->period_value = std::to_string(year);
  f->period_grain = "year";
  f->period_first = CivilDate{year, 1, 1};
  f->period_last = CivilDate{year, 12, 31};
}

// A fact's period is another fact's (a part's, a change's, a repeat's).
void TakePeriod(const Fact& from, Fact* f) {
  f->time = from.time;
  f->period_value = from.period_value;
  f->period_grain = from.period_grain;
  f->period_first = from.period_first;
  f->period_last = from.period_last;
}

// A comparison base's period: the figure's period one year back ("2024"
// -> "2023", "FY2025" -> "FY2024", "2024-H1" -> "2023-H1", a span's dates).
void TakePeriodYearBefore(const Fact& from, Fact* f) {
  f->period_first = from.period_first.AddMonths(-12);
  f->period_last = from.period_last.AddDays(1).AddMonths(-12).AddDays(-1);
  f->period_grain = from.period_grain;
  const std::string& v = from.period_value;
  if (from.period_grain == "year") {
    const bool fy = v.rfind("FY", 0) == 0;
    f->period_value = (fy ? "FY" : "") + std::to_string(fy ? f->period_last.year : f->period_first.year);
  } else if (from.period_grain == "half" || from.period_grain == "quarter" || from.period_grain == "month") {
    f->period_value = std::to_string(f->period_first.year) + v.substr(4);
  } else if (from.period_grain == "day") {
    f->period_value = f->period_first.ToString();
  } else {
    f->period_value = f->period_first.ToString() + "/" + f->period_last.ToString();
  }
}

// A day that is a month's last, for what is read at a date rather than
// added up over a period: that month dates it ("au 31 décembre 2025": 2025-12).
bool ReadAtMonthEnd(const std::string& p, const TimeExpr& t) {
  const bool level = p == "debt" || p == "users" || p == "count" || p == "headcount" || p == "loan" || p == "market_share";
  return level && t.grain == "day" && t.first.AddDays(1).day == 1;
}

// A fact's period is time expression `index`.
void TakePeriod(const TimeExpr& t, int index, Fact* f) {
  f->time = index;
  f->period_value = t.value;
  f->period_grain = t.grain;
  f->period_first = t.first;
  f->period_last = t.last;
}

// A place with public finances of its own: a known country, zone or region
// (a catalog entry that does not say what kind of place it is counts too),
// not a town named in passing. A national measure (a share of GDP,
// inflation, unemployment) takes a country or a zone.
bool Economy(const Entity& e, bool national) {
  if (e.type != "PLACE" || !e.known) return false;
  return e.place.empty() || e.place == "country" || e.place == "zone" || (!national && e.place == "region");
}

uint8_t DimBit(std::string_view dimension) {
  if (dimension == "money") return kDimMoney;
  if (dimension == "percent") return kDimPercent;
  if (dimension == "percentage_point") return kDimPp;
  if (dimension == "count") return kDimCount;
  return kDimNumber;
}

uint8_t ParseDims(std::string_view list) {
  uint8_t bits = 0;
  size_t start = 0;
  while (start <= list.size()) {
    size_t comma = list.find(',', start);
    std::string_view d = list.substr(start, comma == std::string_view::npos ? std::string_view::npos : comma - start);
    if (!d.empty()) bits |= DimBit(d);
    if (comma == std::string_view::npos) break;
    start = comma + 1;
  }
  return bits;
}

bool IsChange(std::string_view predicate) {
  return predicate == "growth" || predicate == "stock_change";
}

// A measure of something that happens once, dated when it happens (a round
// raised, a fine, a purchase), not over a period the article reports on.
bool OneOff(std::string_view p) {
  return p == "funding_raised" || p == "acquisition_price" || p == "fine" || p == "investment" || p == "subsidy" ||
         p == "loan" || p == "job_cuts" || p == "jobs_saved" || p == "valuation" || p == "settlement" ||
         p == "stock_change" || p == "market_cap" || p == "interest_rate";
}

// A one-off event a day dates: the figure takes that day's year.
bool DatedByDayYear(std::string_view p) {
  return p == "fine" || p == "settlement" || p == "funding_raised" || p == "acquisition_price" || p == "subsidy" ||
         p == "loan" || p == "job_cuts";
}

}  // namespace

struct FactLinker::Rules {
  struct Trigger {
    std::string predicate;
    uint8_t dims = 0;
    float weight = 0;
    bool verb = false;
    std::vector<std::vector<uint64_t>> object_preps;  // folded hashes of each prep
  };
  // A trigger phrase can stand for several predicates ("perdre": loss, _down).
  PhraseTable triggers;
  std::vector<std::vector<Trigger>> groups;
  std::unordered_map<uint64_t, std::vector<Trigger>> count_nouns;  // FoldedWordHash(lemma)
  PhraseTable attribution_before, attribution_verb, anaphor, pronoun, relative, relative_object, now, consensus,
      determiner, part_marker, preposition, not_period, comparison, clause_break,
      sale_word, object_after, cumulative, scope_before, scope_world, scope_abroad, economy, restatement, effective_from, effective_after, milestone_since, level_to, level_from, label_after, local_body, workforce_share, first_person, recipient_before, bill_noun, payroll_noun, extent_noun, forecast_for, project_before, possessive_det, portfolio_return, lender_verb, press_before, background_before, benchmark, capital_project, running_cost, price_for, receive_verb, target_anaphor, company_anaphor, reporter_verb, event_noun, other_party_before,
      verb_marker, head_link, change_again, price_verb, person_anaphor, market_noun, company_measure, at_company,
      change_by, stake_after, creation_before, unmeasured_noun, forecast_verb, deal_noun, buyer_before, seller_before, present_state, stake_before, accompany_before, total_before,
      coordination, results_joint, topic_shift, grant_after, full_year, cause_after, income_from, state_with, worth_flow, speaker_pronoun, payer_after,
      share_clitic, local_body_after, average_gap, pay_verb, fund_noun, funded_verb, rate_link, ordinal_first, ordinal_second, labour_area,
      trade_body_apposition, deal_won, deal_for, clause_opener;
  // "client", "customer": consumers (users) by the thousands, business
  // clients (count) by the dozen. Folded lemmas.
  std::vector<std::string> customer_nouns;
  // Words of the name of a local authority ("Métropole", "Département"),
  // which holds a budget, borrows and invests. Folded.
  std::vector<std::string> local_gov_words;
  // First words of the name of a body that speaks for a trade or watches
  // it ("Fédération", "Comité", "Observatoire"): a source after a verb of
  // saying, like a public body. Folded.
  std::vector<std::string> trade_body_words;
  // A nationality's word, folded, to its country's catalog id ("canadian"
  // -> "canada").
  std::unordered_map<std::string, std::string> demonym_country;
  // Nouns of members ("member"), and the words of the name of a body its
  // members own ("Building Society", "Union", "Pension Scheme"): they are
  // counted; the members of any other organisation use its services. Folded.
  std::vector<std::string> member_nouns, member_owned_words;
  // First words of the name of a legislature ("Sénat", "Parliament"): it
  // votes budgets and laws, it holds none of their figures. Folded.
  std::vector<std::string> legislature_words;
  // A word of a court's name ("Tribunal", "Court", "cour"): it rules on
  // figures and is the subject of none. Folded.
  std::vector<std::string> court_words;
  std::vector<std::string> market_words;
  std::vector<std::string> medium_names;
  // Nouns whose number is never a fact of its own ("39 voix", "133
  // points"), though any other counted plural may be. Folded.
  std::unordered_set<std::string> uncounted;
  // "By", "Par": a sentence that opens with one, then a person's name, is a
  // byline, not the article's opening sentence. Folded.
  std::unordered_set<std::string> bylines;
  // Verbs that, right after an amount, are a participle of another verb
  // ("an estimate of £4.7 billion made in 2021"), not its trigger. Folded.
  std::unordered_set<std::string> not_participle;
  // Nouns that name a company by its trade ("producer", "maker"): after
  // "the" and a place ("The Ohio producer", "the Iowa-based group") the
  // place only says where the company is. Folded.
  std::unordered_set<std::string> trade_heads;
  // Words a dash glues after a place to make it say where a company is
  // ("Amsterdam-based", "Ohio-headquartered"): no subject. Folded.
  std::unordered_set<std::string> place_suffixes;
  // Nouns that count people whoever they are ("personnes", "people"). Folded.
  std::unordered_set<std::string> people_nouns;
  // Words that put a clause in the past ("a", "avait", "was", "rose"), and
  // endings that do ("-aient", "-ed"). In lower case, accents kept.
  std::unordered_set<std::string> past_words;
  std::vector<std::string> past_endings;
  // Words with a past ending that are no verb in the past ("forfait"), and
  // the words after which such an ending makes an adjective ("an estimated").
  std::unordered_set<std::string> not_past, adjective_after;
  // Country id -> the id of its State (a GOV): "france" -> "etat-francais".
  std::vector<std::pair<std::string, std::string>> states;
  bool head_last = false;  // a name's last word is the noun the article calls it by ("School District")

  static const std::unordered_map<std::string, PhraseTable Rules::*>& CueTables();
  static const std::unordered_map<std::string, std::unordered_set<std::string> Rules::*>& WordSets();
};


// The word-list kinds of links.tsv read into a set of folded words each, by name.
const std::unordered_map<std::string, std::unordered_set<std::string> FactLinker::Rules::*>&
FactLinker::Rules::WordSets() {
  static const auto* sets = new std::unordered_map<std::string, std::unordered_set<std::string> Rules::*>{
      {"not_participle", &Rules::not_participle},
      {"byline", &Rules::bylines},
      {"uncounted", &Rules::uncounted},
      {"trade_head", &Rules::trade_heads},
      {"place_suffix", &Rules::place_suffixes},
      {"people_noun", &Rules::people_nouns},
      {"past_ending_not_after", &Rules::adjective_after},
  };
  return *sets;
}

// The cue kinds of links.tsv read into a phrase table each, by name.
const std::unordered_map<std::string, PhraseTable FactLinker::Rules::*>& FactLinker::Rules::CueTables() {
  static const auto* tables = new std::unordered_map<std::string, PhraseTable Rules::*>{
      {"attribution_before", &Rules::attribution_before},
      {"attribution_verb", &Rules::attribution_verb},
      {"anaphor", &Rules::anaphor},
      {"pronoun", &Rules::pronoun},
      {"relative", &Rules::relative},
      {"relative_object", &Rules::relative_object},
      {"part_marker", &Rules::part_marker},
      {"preposition", &Rules::preposition},
      {"not_period", &Rules::not_period},
      {"comparison", &Rules::comparison},
      {"clause_break", &Rules::clause_break},
      {"object_after", &Rules::object_after},
      {"sale_word", &Rules::sale_word},
      {"cumulative", &Rules::cumulative},
      {"scope_before", &Rules::scope_before},
      {"scope_world", &Rules::scope_world},
      {"scope_abroad", &Rules::scope_abroad},
      {"economy", &Rules::economy},
      {"now", &Rules::now},
      {"consensus", &Rules::consensus},
      {"determiner", &Rules::determiner},
      {"restatement", &Rules::restatement},
      {"effective_from", &Rules::effective_from},
      {"effective_after", &Rules::effective_after},
      {"milestone_since", &Rules::milestone_since},
      {"level_to", &Rules::level_to},
      {"level_from", &Rules::level_from},
      {"label_after", &Rules::label_after},
      {"local_body", &Rules::local_body},
      {"workforce_share", &Rules::workforce_share},
      {"first_person", &Rules::first_person},
      {"recipient_before", &Rules::recipient_before},
      {"bill_noun", &Rules::bill_noun},
      {"payroll_noun", &Rules::payroll_noun},
      {"extent_noun", &Rules::extent_noun},
      {"forecast_for", &Rules::forecast_for},
      {"project_before", &Rules::project_before},
      {"possessive_det", &Rules::possessive_det},
      {"portfolio_return", &Rules::portfolio_return},
      {"lender_verb", &Rules::lender_verb},
      {"press_before", &Rules::press_before},
      {"background_before", &Rules::background_before},
      {"capital_project", &Rules::capital_project},
      {"running_cost", &Rules::running_cost},
      {"price_for", &Rules::price_for},
      {"target_anaphor", &Rules::target_anaphor},
      {"company_anaphor", &Rules::company_anaphor},
      {"trade_body_apposition", &Rules::trade_body_apposition},
      {"deal_won", &Rules::deal_won},
      {"deal_for", &Rules::deal_for},
      {"clause_opener", &Rules::clause_opener},
      {"funded_verb", &Rules::funded_verb},
      {"rate_link", &Rules::rate_link},
      {"ordinal_first", &Rules::ordinal_first},
      {"ordinal_second", &Rules::ordinal_second},
      {"labour_area", &Rules::labour_area},
      {"reporter_verb", &Rules::reporter_verb},
      {"event_noun", &Rules::event_noun},
      {"receive_verb", &Rules::receive_verb},
      {"other_party_before", &Rules::other_party_before},
      {"verb_marker", &Rules::verb_marker},
      {"head_link", &Rules::head_link},
      {"change_again", &Rules::change_again},
      {"price_verb", &Rules::price_verb},
      {"person_anaphor", &Rules::person_anaphor},
      {"market_noun", &Rules::market_noun},
      {"company_measure", &Rules::company_measure},
      {"at_company", &Rules::at_company},
      {"change_by", &Rules::change_by},
      {"stake_after", &Rules::stake_after},
      {"creation_before", &Rules::creation_before},
      {"unmeasured_noun", &Rules::unmeasured_noun},
      {"forecast_verb", &Rules::forecast_verb},
      {"deal_noun", &Rules::deal_noun},
      {"buyer_before", &Rules::buyer_before},
      {"seller_before", &Rules::seller_before},
      {"present_state", &Rules::present_state},
      {"stake_before", &Rules::stake_before},
      {"accompany_before", &Rules::accompany_before},
      {"total_before", &Rules::total_before},
      {"coordination", &Rules::coordination},
      {"results_joint", &Rules::results_joint},
      {"topic_shift", &Rules::topic_shift},
      {"share_clitic", &Rules::share_clitic},
      {"local_body_after", &Rules::local_body_after},
      {"average_gap", &Rules::average_gap},
      {"pay_verb", &Rules::pay_verb},
      {"fund_noun", &Rules::fund_noun},
      {"grant_after", &Rules::grant_after},
      {"full_year", &Rules::full_year},
      {"cause_after", &Rules::cause_after},
      {"income_from", &Rules::income_from},
      {"state_with", &Rules::state_with},
      {"worth_flow", &Rules::worth_flow},
      {"speaker_pronoun", &Rules::speaker_pronoun},
      {"payer_after", &Rules::payer_after},
  };
  return *tables;
}

FactLinker::FactLinker(const Lexicon& lexicon) : lex_(lexicon), rules_(std::make_unique<Rules>()) {
  Rules& r = *rules_;
  if (auto f = data::Find(lexicon.lang() + "/predicates.tsv")) {
    data::TsvTable t = data::ParseTsv(*f);
    int pc = t.Column("predicate"), tc = t.Column("trigger"), pos = t.Column("pos"), dc = t.Column("dims"),
        oc = t.Column("object_preps"), wc = t.Column("weight");
    std::unordered_map<std::string, int> group_of;
    std::vector<std::pair<std::vector<std::string>, Rules::Trigger>> derived;
    if (pc >= 0 && tc >= 0 && dc >= 0 && wc >= 0) {
      for (const auto& row : t.rows) {
        if (row.size() < t.header.size()) continue;
        Rules::Trigger trig;
        trig.predicate = row[static_cast<size_t>(pc)];
        trig.dims = ParseDims(row[static_cast<size_t>(dc)]);
        trig.weight = std::strtof(row[static_cast<size_t>(wc)].c_str(), nullptr);
        trig.verb = pos >= 0 && row[static_cast<size_t>(pos)] == "verb";
        if (oc >= 0 && row[static_cast<size_t>(oc)] != "-") {
          std::string_view preps = row[static_cast<size_t>(oc)];
          size_t start = 0;
          while (start < preps.size()) {
            size_t comma = preps.find(',', start);
            std::string_view p = preps.substr(start, comma == std::string_view::npos ? std::string_view::npos : comma - start);
            TokenList pt;
            Tokenize(p, nullptr, &pt);
            std::vector<uint64_t> hashes;
            for (const Token& x : pt) hashes.push_back(x.hash);
            if (!hashes.empty()) trig.object_preps.push_back(std::move(hashes));
            if (comma == std::string_view::npos) break;
            start = comma + 1;
          }
        }
        const std::string& text = row[static_cast<size_t>(tc)];
        auto [it, added] = group_of.emplace(Fold(text), static_cast<int>(r.groups.size()));
        if (added) {
          r.groups.emplace_back();
          r.triggers.Add(text, it->second, /*case_sensitive=*/false);
        }
        if (trig.verb) derived.emplace_back(lexicon.DerivedVerbForms(text), trig);
        r.groups[static_cast<size_t>(it->second)].push_back(std::move(trig));
      }
      // The forms the language derives from the listed ones ("nous
      // investissons"), unless listed themselves.
      for (auto& [forms, trig] : derived) {
        for (const std::string& text : forms) {
          auto [it, added] = group_of.emplace(Fold(text), static_cast<int>(r.groups.size()));
          if (!added) continue;
          r.groups.emplace_back();
          r.triggers.Add(text, it->second, /*case_sensitive=*/false);
          r.groups[static_cast<size_t>(it->second)].push_back(trig);
        }
      }
    }
  }
  if (auto f = data::Find(lexicon.lang() + "/count_nouns.tsv")) {
    data::TsvTable t = data::ParseTsv(*f);
    int lc = t.Column("lemma"), pc = t.Column("predicate"), wc = t.Column("weight");
    if (lc >= 0 && pc >= 0 && wc >= 0) {
      for (const auto& row : t.rows) {
        if (row.size() < t.header.size()) continue;
        Rules::Trigger trig;
        trig.predicate = row[static_cast<size_t>(pc)];
        trig.dims = kDimCount | kDimNumber;
        trig.weight = std::strtof(row[static_cast<size_t>(wc)].c_str(), nullptr);
        r.count_nouns[FoldedWordHash(row[static_cast<size_t>(lc)])].push_back(trig);
      }
    }
  }
  if (auto f = data::Find(lexicon.lang() + "/links.tsv")) {
    data::TsvTable t = data::ParseTsv(*f);
    int kc = t.Column("kind"), pc = t.Column("phrase");
    if (kc >= 0 && pc >= 0) {
      for (const auto& row : t.rows) {
        if (row.size() < 2) continue;
        const std::string& k = row[static_cast<size_t>(kc)];
        const std::string& p = row[static_cast<size_t>(pc)];
        if (k == "benchmark") {
          // A comparison with the same period's expectation: linked like a
          // comparison, never dated a year back.
          r.comparison.Add(p, 0, false);
          r.benchmark.Add(p, 0, false);
        } else if (k == "customer_noun") {
          r.customer_nouns.push_back(Fold(p));
        } else if (k == "local_gov_word") {
          r.local_gov_words.push_back(Fold(p));
        } else if (k == "trade_body_word") {
          r.trade_body_words.push_back(Fold(p));
        } else if (k == "demonym_country") {
          if (size_t sp = p.rfind(' '); sp != std::string::npos) r.demonym_country.emplace(Fold(p.substr(0, sp)), p.substr(sp + 1));
        } else if (k == "member_noun") {
          r.member_nouns.push_back(Fold(p));
        } else if (k == "member_owned_word") {
          r.member_owned_words.push_back(Fold(p));
        } else if (k == "legislature_word") {
          r.legislature_words.push_back(Fold(p));
        } else if (k == "court_word") {
          r.court_words.push_back(Fold(p));
        } else if (k == "market_word") {
          r.market_words.push_back(Fold(p));
        } else if (k == "past_word") {
          r.past_words.insert(p);  // as written: "a" is no "à"
        } else if (k == "not_past") {
          r.not_past.insert(p);
        } else if (k == "past_ending") {
          r.past_endings.push_back(p);
        } else if (auto set = Rules::WordSets().find(k); set != Rules::WordSets().end()) {
          (r.*(set->second)).insert(Fold(p));
        } else if (k == "medium_name") {
          r.medium_names.push_back(Fold(p));
        } else if (auto table = Rules::CueTables().find(k); table != Rules::CueTables().end()) {
          (r.*(table->second)).Add(p, 0, false);
        } else if (k == "name_head") {
          r.head_last = p == "last";  // ("first" would name "Banque de France" by "la banque": not used)
        } else if (k == "state") {
          if (size_t sp = p.find(' '); sp != std::string::npos) r.states.emplace_back(p.substr(0, sp), p.substr(sp + 1));
        }
      }
    }
  }
}

FactLinker::~FactLinker() = default;

namespace {

struct TriggerHit {
  size_t begin, end;  // tokens
  int group;
};


}  // namespace

void FactLinker::Link(const LinkInput& in, std::vector<Fact>* out) const {
  out->clear();
  const Rules& r = *rules_;
  const TokenList& toks = in.tokens;
  std::string_view text = in.text;
  const size_t n = toks.size();
  if (in.quantities.empty()) return;
  // "de", "d'", "des", "of": the words that join a noun to its complement.
  auto is_of = [&](size_t k) { return lex_.of_words().Match(toks, k, text).has_value(); };
  auto is_comma = [&](size_t k) { return toks[k].kind == TokenKind::kPunct && toks[k].cp == ','; };
  // A comma among tokens [from, to) (with ';' too when `or_semicolon`).
  auto comma_between = [&](size_t from, size_t to, bool or_semicolon = false) {
    for (size_t k = from; k < to; ++k) {
      if (is_comma(k) || (or_semicolon && toks[k].kind == TokenKind::kPunct && toks[k].cp == ';')) return true;
    }
    return false;
  };
  // The token before k ends "de", "of" or an elided "d'" (whose apostrophe
  // is a token of its own); returns where that word starts, or SIZE_MAX.
  auto of_before = [&](size_t k) -> size_t {
    if (k >= 1 && is_of(k - 1)) return k - 1;
    if (k >= 2 && toks[k - 1].kind == TokenKind::kPunct && (toks[k - 1].cp == '\'' || toks[k - 1].cp == U'\u2019') &&
        is_of(k - 2)) {
      return k - 2;
    }
    return SIZE_MAX;
  };
  // The name at token k is a complement: "de", "of" or "d'" right before
  // it, or with an article between ("de la Région Bretagne").
  auto is_complement = [&](size_t k) {
    if (of_before(k) != SIZE_MAX) return true;
    if (k < 2) return false;
    const std::string article = Fold(toks[k - 1].Text(text));
    return (article == "la" || article == "le" || article == "les" || article == "the") && of_before(k - 1) != SIZE_MAX;
  };

  // Token of each sentence start; sentence of each token.
  const std::vector<uint32_t>& sentence_of = in.token_sentence;
  // "dans les colonnes du Figaro", "a assuré le Premier ministre au
  // Figaro": a medium a statement was made to, never what a figure is about.
  auto press_mention_uncached = [&](const EntityMention& m) {
    size_t pb = 0;
    if (m.first_token == 0) return false;
    if (r.press_before.MatchEndingAt(toks, m.first_token, text, &pb)) return true;
    // "Fondée en 2019 par deux anciens ingénieurs de Michelin, la société
    // a vendu ...", "né de la fusion de PSA et de Fiat Chrysler": a name in
    // the story of how a company came to be is background, not a subject.
    for (size_t k = m.first_token; k-- > 0 && m.first_token - k <= 8;) {
      if (toks[k].kind == TokenKind::kPunct && (toks[k].cp == '.' || toks[k].cp == ',' || toks[k].cp == ';')) break;
      if (r.background_before.Match(toks, k, text)) return true;
    }
    if (!r.recipient_before.MatchEndingAt(toks, m.first_token, text, &pb)) return false;
    for (size_t k = pb; k-- > 0 && pb - k <= 8;) {
      if (toks[k].kind == TokenKind::kPunct && (toks[k].cp == '.' || toks[k].cp == ',')) break;
      if (r.attribution_verb.Match(toks, k, text)) return true;
    }
    return false;
  };
  // (Asked for every name before every amount: read once per name.)
  std::vector<int8_t> press_of(in.mentions.size(), -1);
  auto press_mention = [&](const EntityMention& m) {
    const size_t k = static_cast<size_t>(&m - in.mentions.data());
    if (k >= press_of.size()) return press_mention_uncached(m);
    if (press_of[k] < 0) press_of[k] = press_mention_uncached(m) ? 1 : 0;
    return press_of[k] == 1;
  };
  // The agency or paper that reports, right after a verb of saying: "a
  // appris l'AFP", "rapporte Le Monde".
  auto reporter = [&](const EntityMention& m) {
    size_t k = m.first_token;
    if (k < 2) return false;
    if (toks[k - 1].kind == TokenKind::kPunct && (toks[k - 1].cp == '\'' || toks[k - 1].cp == U'\u2019')) {
      k -= 2;
    } else if (toks[k - 1].lex >= 0 && (lex_.word(toks[k - 1].lex).bits & kWordStop)) {
      k -= 1;
    }
    size_t vb = 0;
    return r.reporter_verb.MatchEndingAt(toks, k, text, &vb).has_value();
  };
  // Whether two tokens are in the same paragraph (no paragraph break between).
  auto same_paragraph = [&](size_t a, size_t b) {
    if (a > b) std::swap(a, b);
    for (size_t k = a + 1; k <= b && k < n; ++k) {
      if (toks[k].flags & kTokParagraph) return false;
    }
    return true;
  };
  auto sentence_range = [&](uint32_t s, size_t* b, size_t* e) {
    size_t lo = 0, hi = n;
    // first token with sentence >= s
    while (lo < hi) {
      size_t mid = (lo + hi) / 2;
      if (sentence_of[mid] < s) lo = mid + 1;
      else hi = mid;
    }
    *b = lo;
    size_t k = lo;
    while (k < n && sentence_of[k] == s) ++k;
    *e = k;
  };

  // What the names say of the bodies they name (each name folded once):
  // a local authority, any word of its name ("Nîmes Métropole", "Département
  // de la Sarthe"), has a budget, debt and investments of its own; a
  // legislature ("Sénat ...") and a trade body ("Fédération ...") are told
  // by the first word.
  // An organisation's name also tells a market or an index ("la Bourse de
  // Paris", "le CAC 40", by its first word), which holds no company's
  // figures, and a news medium ("franceinfo", by its whole name), which
  // reports figures and holds none: neither is an article's main
  // organisation.
  // A body its members own ("Halden Building Society") counts them, by
  // any word of its name.
  std::vector<uint8_t> local_gov(in.entities.size(), 0), legislature(in.entities.size(), 0),
      trade_body(in.entities.size(), 0), market(in.entities.size(), 0), medium(in.entities.size(), 0),
      member_owned(in.entities.size(), 0);
  auto listed = [](std::string_view word, const std::vector<std::string>& words) {
    return std::find(words.begin(), words.end(), word) != words.end();
  };
  auto first_word = [](const std::string& folded) {
    return std::string_view(folded.data(), std::min(folded.find(' '), folded.size()));
  };
  for (size_t e = 0; e < in.entities.size(); ++e) {
    const std::string& type = in.entities[e].type;
    if (type != "ORG" && type != "GOV") continue;
    const std::string name = Fold(in.entities[e].name);
    const std::string_view first = first_word(name);
    auto any_word = [&](const std::vector<std::string>& words) {
      for (size_t b = 0; b < name.size();) {
        size_t w = name.find_first_of(" -'", b);
        if (w == std::string::npos) w = name.size();
        if (listed(std::string_view(name.data() + b, w - b), words)) return true;
        b = w + 1;
      }
      return false;
    };
    // (A court, like a legislature, holds none of the figures it rules on:
    // "the Bristol Employment Tribunal found that ... £8.10 an hour".)
    const bool court = !r.court_words.empty() && any_word(r.court_words);
    if (type == "ORG") {
      legislature[e] = court;
      trade_body[e] = listed(first, r.trade_body_words);
      member_owned[e] = !r.member_owned_words.empty() && any_word(r.member_owned_words);
      market[e] = listed(first, r.market_words);
      medium[e] = listed(name, r.medium_names);
      continue;
    }
    legislature[e] = listed(first, r.legislature_words) || court;
    local_gov[e] = any_word(r.local_gov_words);
  }
  // ("RenewableUK, the industry body, estimates ...": an apposition that
  // calls an organisation a trade's body makes it one.)
  for (const EntityMention& m : in.mentions) {
    const size_t c = m.end_token;
    if (in.entities[static_cast<size_t>(m.entity)].type != "ORG" || c + 2 >= n || toks[c].kind != TokenKind::kPunct ||
        toks[c].cp != ',') {
      continue;
    }
    if (auto a = r.trade_body_apposition.Match(toks, c + 1, text);
        a && a->end_token < n && toks[a->end_token].kind == TokenKind::kPunct && toks[a->end_token].cp == ',') {
      trade_body[static_cast<size_t>(m.entity)] = true;
    }
  }
  // ("la Bourse de Milan", the catalog's Borsa Italiana: a market by the
  // name the article writes.)
  for (const EntityMention& m : in.mentions) {
    if (in.entities[static_cast<size_t>(m.entity)].type != "ORG" || market[static_cast<size_t>(m.entity)]) continue;
    const std::string written = Fold(m.span.Of(text));
    market[static_cast<size_t>(m.entity)] = listed(first_word(written), r.market_words);
  }

  // Token ranges of quantities and mentions.
  using Range = TokenRange;
  std::vector<Range> qr(in.quantities.size());
  // Tokens inside an amount ("19,50 euros": its comma closes no clause).
  std::vector<uint8_t> in_amount(n, 0);
  for (size_t k = 0; k < in.quantities.size(); ++k) {
    const Quantity& q = in.quantities[k];
    qr[k].begin = toks.IndexAt(q.span.begin);
    qr[k].end = toks.IndexAt(q.span.end);
    for (size_t t = qr[k].begin; t < qr[k].end && t < n; ++t) in_amount[t] = 1;
  }
  // Triggers of the sentences that hold an amount.
  std::vector<uint8_t> has_amount;
  // Per quantity: the figure is a sentence of its own, named by the next
  // one ("£12.6 million. Operating profit, the highest since 2019."), whose
  // triggers are then read too.
  std::vector<uint8_t> alone(in.quantities.size(), 0), answers(in.quantities.size(), 0);
  for (size_t k = 0; k < in.quantities.size(); ++k) {
    const Quantity& q = in.quantities[k];
    if (q.sentence + 1 >= has_amount.size()) has_amount.resize(q.sentence + 2, 0);
    has_amount[q.sentence] = 1;
    size_t b, e;
    sentence_range(q.sentence, &b, &e);
    const size_t end = qr[k].end;
    alone[k] = qr[k].begin == b && end + 1 == e && e < n && toks[end].kind == TokenKind::kPunct && toks[end].cp == '.';
    if (alone[k]) has_amount[q.sentence + 1] = 1;
    // (A bare count that opens the answer to a question: "How many lorries
    // have you sold? Forty-two since 2023." The question's triggers are
    // read too.)
    answers[k] = q.sentence > 0 && q.dimension == "count" && q.unit_inherited && qr[k].begin == b && b > 0 &&
                 (toks[b].flags & (kTokParagraph | kTokNewline)) && toks[b - 1].kind == TokenKind::kPunct &&
                 toks[b - 1].cp == '?';
    if (answers[k]) has_amount[q.sentence - 1] = 1;
  }
  std::vector<TriggerHit> hits;
  // Cues of the same sentences, found once: for each token, where a cue
  // that starts there ends (0: none).
  enum Cue {
    kAttributionBefore, kAttributionVerb, kAnaphor, kComparison, kClauseBreak, kObjectAfter, kCumulative, kEconomy, kNow,
    kConsensus, kFirstPerson, kLenderVerb, kCoordination, kCues
  };
  std::vector<std::array<uint32_t, kCues>> cue_end(n);
  const PhraseTable* cue_tables[kCues] = {&r.attribution_before, &r.attribution_verb, &r.anaphor, &r.comparison,
                                          &r.clause_break,       &r.object_after,     &r.cumulative,
                                          &r.economy,            &r.now,              &r.consensus,
                                          &r.first_person,       &r.lender_verb,      &r.coordination};
  // Tokens inside a name ("the Office for Budget Responsibility").
  std::vector<uint8_t> in_mention(n, 0);
  for (const EntityMention& m : in.mentions) {
    for (size_t k = m.first_token; k < m.end_token && k < n; ++k) in_mention[k] = 1;
  }
  size_t trigger_from = 0, shift_until = 0;
  for (size_t i = 0; i < n; ++i) {
    if (sentence_of[i] >= has_amount.size()) break;
    if (!has_amount[sentence_of[i]]) {
      // jump to the next sentence
      size_t b, e;
      uint32_t next = sentence_of[i] + 1;
      while (next < has_amount.size() && !has_amount[next]) ++next;
      if (next >= has_amount.size()) break;
      sentence_range(next, &b, &e);
      i = b - 1;
      continue;
    }
    if (toks[i].kind != TokenKind::kWord && toks[i].kind != TokenKind::kPunct) continue;
    // (No cue inside a phrase that turns to another name: the "son" of "De
    // son côté, le Crédit Agricole ..." stands for no one named before.)
    if (auto ts = r.topic_shift.Match(toks, i, text)) shift_until = ts->end_token;
    for (int c = 0; c < kCues && i >= shift_until; ++c) {
      if (auto m = cue_tables[c]->Match(toks, i, text)) cue_end[i][static_cast<size_t>(c)] = static_cast<uint32_t>(m->end_token);
    }
    if (i < trigger_from) continue;  // inside a longer trigger: no shorter one here (cues still count)
    if (auto m = r.triggers.Match(toks, i, text)) {
      // (Not the head of a compound: "un soutien-gorge" is no "soutien";
      // nor its tail: "le sous-investissement".)
      const size_t e = m->end_token;
      const bool compound =
          (e + 1 < n && toks[e].kind == TokenKind::kPunct && toks[e].cp == '-' && toks[e].begin == toks[e - 1].end &&
           toks[e + 1].begin == toks[e].end && toks[e + 1].kind == TokenKind::kWord) ||
          (i >= 2 && toks[i - 1].kind == TokenKind::kPunct && toks[i - 1].cp == '-' && toks[i - 1].end == toks[i].begin &&
           toks[i - 2].end == toks[i - 1].begin && toks[i - 2].kind == TokenKind::kWord);
      // (Nor a capitalized word of a name: "La Poste" is no "poste".)
      const bool named = in_mention[i] && (toks[i].flags & kTokCapitalized) && i > 0 && in_mention[i - 1];
      if (!compound && !named) {
        hits.push_back({i, e, m->id});
        trigger_from = e;
        // (A phrase of shares that opens with a function word leaves the
        // words after it the triggers of other kinds of amounts: "des
        // ventes" names a share of sales, "des ventes de 175 millions
        // d'euros" has "ventes" for money; a rate's "a share" keeps its
        // "share".)
        if (e > i + 1 && toks[i].kind == TokenKind::kWord && toks[i].lex >= 0 &&
            (lex_.word(toks[i].lex).bits & kWordStop)) {
          if (auto inner = r.triggers.Match(toks, i + 1, text); inner && inner->end_token <= e) {
            uint8_t outer_dims = 0, inner_dims = 0;
            for (const Rules::Trigger& t : r.groups[static_cast<size_t>(m->id)]) outer_dims |= t.dims;
            for (const Rules::Trigger& t : r.groups[static_cast<size_t>(inner->id)]) inner_dims |= t.dims;
            if (!(outer_dims & (inner_dims | kDimMoney))) hits.push_back({i + 1, inner->end_token, inner->id});
          }
        }
      }
    }
  }

  std::vector<Range> tr(in.times.size());
  for (size_t k = 0; k < in.times.size(); ++k) {
    tr[k].begin = toks.IndexAt(in.times[k].span.begin);
    tr[k].end = toks.IndexAt(in.times[k].span.end);
  }

  // The subject of the previous fact, and of the last organisation named.
  int last_subject = -1;      // of the previous fact
  int last_org_subject = -1;  // of the previous fact about an organisation, body or person
  int last_company = -1;      // of the previous fact about an organisation (ORG)
  // The organisation an anaphor or a pronoun was last found to stand for
  // over the article's main one, and in which sentence.
  int anaphor_kept = -1;
  uint32_t anaphor_kept_sentence = 0;
  // The organisation the article is about: the most mentioned one.
  // The headline's sentence, when the article has one.
  int title_sentence = -1;
  if (in.title) {
    for (size_t k = 0; k < in.tokens.size(); ++k) {
      if (in.tokens[k].begin >= in.title->begin) {
        if (in.tokens[k].begin < in.title->end) title_sentence = static_cast<int>(in.token_sentence[k]);
        break;
      }
    }
  }
  // A market report ("La Bourse de Paris finit en hausse", "FTSE 100 closes
  // higher"): a headline that names the market with a noun. A bare move of
  // a company's in its body is then its share price's.
  bool market_report = false;
  if (title_sentence >= 0) {
    size_t b, e;
    sentence_range(static_cast<uint32_t>(title_sentence), &b, &e);
    for (size_t i = b; i < e && !market_report; ++i) {
      auto m = r.triggers.Match(toks, i, text);
      if (!m) continue;
      for (const Rules::Trigger& t : r.groups[static_cast<size_t>(m->id)]) {
        if (t.predicate == "stock_change" && !t.verb && t.weight >= 0.5) market_report = true;
      }
    }
    // ("TSX slips as gold miners retreat": or names a market.)
    for (const EntityMention& m : in.mentions) {
      if (m.sentence == static_cast<uint32_t>(title_sentence) && market[static_cast<size_t>(m.entity)]) market_report = true;
    }
  }
  // An article about an event (a festival, a show, a season): the headline
  // or the lead names it with a noun.
  bool event_article = false;
  for (size_t i = 0; i < n && !event_article; ++i) {
    if (in.token_sentence[i] > static_cast<uint32_t>(std::max(title_sentence, 0)) + 2) break;
    event_article = r.event_noun.Match(toks, i, text).has_value();
  }
  // The noun that heads a name, which the article may call it by later
  // (SIZE_MAX: none): its last word where the head comes last ("the Maple
  // Hollow Unified School District ... the district"); its first word,
  // then a complement or a lower-case word, in a name of three tokens or
  // more where the head comes first ("le Syndicat d'assainissement des
  // Deux-Rives ... le syndicat", "la Régie de Prat-Gélat ... la régie").
  auto name_head = [&](const EntityMention& m) -> size_t {
    if (m.end_token < m.first_token + (r.head_last ? 2 : 3)) return SIZE_MAX;
    const size_t h = r.head_last ? m.end_token - 1 : m.first_token;
    if (!r.head_last) {
      const Token& next = toks[h + 1];
      if (!is_of(h + 1) && !(next.kind == TokenKind::kWord && !(next.flags & (kTokCapitalized | kTokAllCaps)))) {
        return SIZE_MAX;
      }
    }
    const Token& head = toks[h];
    const bool noun = head.kind == TokenKind::kWord && head.length >= 4 && (head.flags & kTokCapitalized) &&
                      !(head.lex >= 0 && (lex_.word(head.lex).bits & (kWordStop | kWordNumber | kWordMonth)));
    return noun ? h : SIZE_MAX;
  };
  int main_org = -1;
  bool main_org_opens = false;  // named in the headline or the opening sentence
  int local_topic = -1;         // a town whose local government, or a facility whose running, the article is about
  bool bylined = false;         // a byline opens the article: its author speaks in it throughout
  std::vector<int> count(in.entities.size(), 0);
  {
    // How much the article is about each entity: its mentions, and two
    // more for a mention in the headline or the opening sentence.
    std::vector<bool> opening(in.entities.size(), false);
    const uint32_t first = title_sentence >= 0 ? static_cast<uint32_t>(title_sentence)
                           : in.mentions.empty()  ? 0
                                                  : in.mentions.front().sentence;
    // The opening sentence: the one after the headline, or after a byline
    // ("By Martin Greaves", "Par Mathilde Serres, économiste").
    uint32_t lead = first + 1;
    uint32_t byline = UINT32_MAX;  // the byline's sentence, if any
    {
      size_t bb = 0, be = 0;
      sentence_range(lead, &bb, &be);
      if (bb < be && be - bb <= 24 && toks[bb].kind == TokenKind::kWord && r.bylines.count(Fold(toks[bb].Text(text)))) {
        for (const EntityMention& m : in.mentions) {
          if (m.sentence == lead && m.first_token == bb + 1 && in.entities[static_cast<size_t>(m.entity)].type == "PERSON") {
            byline = lead++;
            bylined = true;
            break;
          }
        }
      }
      // (A byline's body is what the article is about unless the opening
      // sentence after it names another, or a place: "Par ..., directrice
      // de l'Institut Loire Langues ... Dans notre école, ...".)
      bool lead_names = false;
      for (const EntityMention& m : in.mentions) {
        const std::string& type = in.entities[static_cast<size_t>(m.entity)].type;
        lead_names |= byline != UINT32_MAX && m.sentence == lead && type != "PERSON";
      }
      if (!lead_names) byline = UINT32_MAX;
    }
    for (const EntityMention& m : in.mentions) {
      // (Nor a medium or the agency that learned the news: "consultée par
      // l'AFP", "a appris l'AFP".)
      if (press_mention(m) || reporter(m)) continue;
      ++count[static_cast<size_t>(m.entity)];
      // (A source named in the opening, "selon France Assureurs", does not
      // make it what the article is about.)
      size_t ab = 0;
      if (m.first_token > 0 && r.attribution_before.MatchEndingAt(toks, m.first_token, text, &ab)) continue;
      // (Nor the body the author of a byline works for: "By Sandra
      // Holroyd, who runs Holroyd & Daughter, a hardware shop".)
      if (m.sentence >= first && m.sentence <= lead && m.sentence != byline) opening[static_cast<size_t>(m.entity)] = true;
    }
    // "le syndicat": the noun that opens an organisation's name of several
    // words, where the head comes first, names it again after a
    // determiner. (Not a public body's: a regulator named again and again
    // is still not what its decision is about.)
    if (!r.head_last) {
      std::unordered_map<std::string, int> head_of;  // folded head -> entity; -1: two bodies share it
      for (const EntityMention& m : in.mentions) {
        const size_t h = name_head(m);
        if (in.entities[static_cast<size_t>(m.entity)].type != "ORG" || h == SIZE_MAX) continue;
        auto [it, added] = head_of.emplace(Fold(toks[h].Text(text)), m.entity);
        if (!added && it->second != m.entity) it->second = -1;
      }
      for (size_t k = 1; k < n && !head_of.empty(); ++k) {
        const Token& t = toks[k];
        if (t.kind != TokenKind::kWord || (t.flags & (kTokCapitalized | kTokAllCaps)) || t.length < 4) continue;
        size_t d = k - 1;
        if (toks[d].kind == TokenKind::kPunct && (toks[d].cp == '\'' || toks[d].cp == U'\u2019') && d > 0) --d;
        if (toks[d].kind != TokenKind::kWord || toks[d].length > 3 || !r.determiner.Match(toks, d, text)) continue;
        auto it = head_of.find(Fold(t.Text(text)));
        if (it != head_of.end() && it->second >= 0) ++count[static_cast<size_t>(it->second)];
      }
    }
    for (size_t e = 0; e < in.entities.size(); ++e) count[e] += opening[e] ? 2 : 0;
    // (A tie goes to the one that opens the headline or the opening
    // sentence: "Orbitshade, a Denver-based operator, won a contract from
    // the National Reconnaissance Office".)
    std::vector<uint32_t> first_named(in.entities.size(), UINT32_MAX);
    for (const EntityMention& m : in.mentions) {
      const bool opens = (m.first_token == 0 || sentence_of[m.first_token - 1] != sentence_of[m.first_token]) &&
                         m.sentence >= first && m.sentence <= lead;
      if (opens) first_named[static_cast<size_t>(m.entity)] = std::min(first_named[static_cast<size_t>(m.entity)], m.first_token);
    }
    for (size_t e = 0; e < in.entities.size(); ++e) {
      if (in.entities[e].type != "ORG" || market[e] || medium[e]) continue;
      const size_t best = static_cast<size_t>(main_org);
      if (main_org < 0 || count[e] > count[best] || (count[e] == count[best] && first_named[e] < first_named[best])) {
        main_org = static_cast<int>(e);
      }
    }
    main_org_opens = main_org >= 0 && opening[static_cast<size_t>(main_org)];
    // (Or a company opens it but the headline names the body alone, and the
    // article names the body more: "Vente des vins des Hospices de X : ...",
    // the auction house named once in the lead.)
    bool headline_body = false;
    if (main_org_opens && title_sentence >= 0) {
      std::vector<bool> in_title(in.entities.size(), false);
      for (const EntityMention& m : in.mentions) {
        if (static_cast<int>(m.sentence) == title_sentence) in_title[static_cast<size_t>(m.entity)] = true;
      }
      for (size_t e = 0; e < in.entities.size() && !in_title[static_cast<size_t>(main_org)] && !headline_body; ++e) {
        headline_body = in.entities[e].type == "GOV" && !in.entities[e].known && in_title[e] &&
                        count[e] > count[static_cast<size_t>(main_org)];
      }
    }
    // An article about a public body ("Les Hospices civils de Lyon ont
    // bouclé l'exercice ..."): no company opens it, the body does.
    if (!main_org_opens || headline_body) {
      int body = -1;
      for (size_t e = 0; e < in.entities.size(); ++e) {
        // (A body with finances of its own, a hospital group or a
        // university the catalog does not hold; not a ministry or an
        // authority commenting the figures.)
        // (Named once more, when no company is named twice: "When Cardiff
        // Council introduced its charge ... the council ...".)
        const bool minor_org = main_org < 0 || count[static_cast<size_t>(main_org)] <= 1;
        // (Or a facility with finances of its own, an airport or a port
        // the article opens with: "L'aéroport de Rodez-Aveyron bat son
        // record".)
        // (Named with its lower-case head, "aéroport de", "port of"; not a
        // product such as "le tarif Bleu".)
        const bool facility = in.entities[e].type == "PRODUCT" && in.entities[e].parent.empty() &&
                              LowerCaseHeaded(in.entities[e].name);
        if ((in.entities[e].type == "GOV" || facility) && !in.entities[e].known && opening[e] &&
            (count[e] >= 4 || (count[e] >= 3 && minor_org)) &&
            (body < 0 || count[e] > count[static_cast<size_t>(body)])) {
          body = static_cast<int>(e);
        }
      }
      // (A facility is not what the article is about when the town's own
      // body, "la Ville", is named more: "à Niort, la Ville se trompe de
      // chantier", the cemetery it extends named less.)
      for (size_t e = 0; e < in.entities.size() && body >= 0; ++e) {
        if (in.entities[e].body_of_place && in.entities[static_cast<size_t>(body)].type == "PRODUCT" &&
            count[e] > count[static_cast<size_t>(body)]) {
          body = -1;
        }
      }
      if (body >= 0 && (main_org < 0 || count[static_cast<size_t>(body)] > count[static_cast<size_t>(main_org)])) {
        main_org = body;
        main_org_opens = true;
        local_topic = in.entities[static_cast<size_t>(body)].type == "PRODUCT" ? body : local_topic;
      }
    }
    // An article about a town's finances ("Le conseil municipal de
    // Clermont-Ferrand a adopté le budget"): the town, named so in the
    // headline or the opening sentence, is what the figures are about.
    if (!main_org_opens) {
      for (const EntityMention& m : in.mentions) {
        size_t lb = 0;
        const Entity& e = in.entities[static_cast<size_t>(m.entity)];
        // (A town outside the catalog too, the council's name saying it is
        // one, when no company is named at all.)
        if (e.type == "PLACE" && (e.known || main_org < 0) && opening[static_cast<size_t>(m.entity)] && m.first_token > 0 &&
            r.local_body.MatchEndingAt(toks, m.first_token, text, &lb)) {
          main_org = local_topic = m.entity;
          main_org_opens = true;
          break;
        }
        // (Or the local body right after it, past a comma: "À Valbrune
        // (Savoie), le conseil municipal a voté ...", a town of the catalog
        // or not.)
        if (e.type == "PLACE" && opening[static_cast<size_t>(m.entity)] && [&] {
              for (size_t k = m.end_token; k < m.end_token + 6 && k < toks.size(); ++k) {
                if (r.local_body_after.Match(toks, k, text)) return k > m.end_token && is_comma(k - 1);
                const Token& x = toks[k];
                if (x.flags & kTokNewline) return false;
                if (x.kind == TokenKind::kWord && !(x.flags & (kTokCapitalized | kTokAllCaps))) return false;
              }
              return false;
            }()) {
          main_org = local_topic = m.entity;
          main_org_opens = true;
          break;
        }
      }
    }
  }
  // An article about a place more than about any company ("à Nantes, les
  // prix de l'ancien reculent"; "UK house prices"): its places may be the
  // subject of prices, counts and changes.
  bool place_article = false;
  for (size_t e = 0; e < in.entities.size(); ++e) {
    if (in.entities[e].type == "PLACE" && in.entities[e].known && count[e] >= 3 &&
        (main_org < 0 || count[e] >= 2 * count[static_cast<size_t>(main_org)])) {
      place_article = true;
    }
  }
  // An interview: questions set off as paragraphs of their own ("Combien
  // de clients avez-vous gagnés ?"), each answered by the paragraph after.
  // The figures of the answers are the interviewee's word: the person the
  // article names most.
  int interviewee = -1;
  std::vector<uint8_t> answer_at;  // per token: inside an answer (interviews only)
  std::vector<int> asked_product;  // per token of an answer: the product its question names, or -1
  {
    std::vector<size_t> starts{0};
    for (size_t k = 1; k < n; ++k) {
      if (toks[k].flags & kTokParagraph) starts.push_back(k);
    }
    starts.push_back(n);
    auto question = [&](size_t p) {  // paragraph p ends with '?'
      size_t e = starts[p + 1];
      return e > starts[p] && toks[e - 1].kind == TokenKind::kPunct && toks[e - 1].cp == '?';
    };
    size_t questions = 0;
    for (size_t p = 0; p + 1 < starts.size(); ++p) questions += question(p) ? 1 : 0;
    if (questions >= 2) {
      answer_at.assign(n, 0);
      for (size_t e = 0; e < in.entities.size(); ++e) {
        if (in.entities[e].type == "PERSON" &&
            (interviewee < 0 || count[e] > count[static_cast<size_t>(interviewee)])) {
          interviewee = static_cast<int>(e);
        }
      }
      asked_product.assign(n, -1);
      for (size_t p = 1; p + 1 < starts.size(); ++p) {
        if (!question(p) && question(p - 1)) {
          // (The product the question names: "Combien de familles sont
          // abonnées à Comptinéo ?")
          int product = -1;
          for (const EntityMention& m : in.mentions) {
            if (m.first_token >= starts[p - 1] && m.end_token <= starts[p] && product < 0 &&
                in.entities[static_cast<size_t>(m.entity)].type == "PRODUCT") {
              product = m.entity;
            }
          }
          for (size_t k = starts[p]; k < starts[p + 1]; ++k) {
            answer_at[k] = 1;
            asked_product[k] = product;
          }
        }
      }
      // (An explainer's questions, "Le point en quatre questions", are
      // answered by the writer: no answer speaks in the first person.)
      bool spoken = false;
      for (size_t k = 0; k < n && !spoken; ++k) {
        spoken = answer_at[k] && toks[k].kind == TokenKind::kWord && r.first_person.Match(toks, k, text).has_value();
      }
      if (!spoken) {
        answer_at.clear();
        asked_product.clear();
        interviewee = -1;
      }
    }
  }
  // Briefs: three paragraphs or more that open with a lead word
  // ("Cyclisme.", "Justice :"; not an interview's "Q:"), each a story of
  // its own, about its own company.
  bool briefs = false;
  size_t first_lead = n;  // the first brief's first token
  {
    size_t leads = 0;
    for (size_t k = 0; k + 6 < n; ++k) {
      if ((k > 0 && !(toks[k].flags & kTokParagraph)) || toks[k].kind != TokenKind::kWord || toks[k].length < 4 ||
          !(toks[k].flags & (kTokCapitalized | kTokAllCaps)) || toks[k + 1].kind != TokenKind::kPunct ||
          (toks[k + 1].cp != '.' && toks[k + 1].cp != ':')) {
        continue;
      }
      bool long_enough = true;  // (not a one-line heading)
      for (size_t j = k + 1; j < k + 6 && long_enough; ++j) long_enough = !(toks[j].flags & kTokParagraph);
      leads += long_enough ? 1 : 0;
      if (long_enough) first_lead = std::min(first_lead, k);
    }
    briefs = leads >= 3;
  }
  // Whether entity e is named in the paragraph of token k, before it.
  auto named_in_paragraph = [&](int e, size_t k) {
    size_t pb = k;
    while (pb > 0 && !(toks[pb].flags & kTokParagraph)) --pb;
    for (const EntityMention& m : in.mentions) {
      if (m.entity == e && m.span.begin >= toks[pb].begin && m.span.begin < toks[k].begin) return true;
    }
    return false;
  };
  // Has the article named entity e before token k? (What the reader has
  // not met yet is no subject a figure falls back on.)
  auto named_before = [&](int e, size_t k) {
    for (const EntityMention& m : in.mentions) {
      if (m.entity == e && m.span.begin < toks[k].begin) return true;
    }
    return false;
  };
  std::vector<int> fact_of_quantity(in.quantities.size(), -1);
  std::vector<bool> comparison_base;  // per fact: the base of a comparison ("contre 58 M€ en 2023")
  std::unordered_set<int> sources_so_far;  // entities earlier facts were attributed to

  // What the article calls its entities: "la biotech américaine Nexolia",
  // "son concurrent grenoblois Ciséo" teach that "la biotech", "la société
  // grenobloise" later mean them (the last one so described). The words
  // are keyed without their feminine or plural ending.
  // (Each with where it was so described: a noun means the last entity
  // described by it before the noun, not one the article names later.)
  std::unordered_map<std::string, std::vector<std::pair<uint32_t, int>>> described;
  auto stem = [&](size_t k) {
    std::string w = Fold(toks[k].Text(text));
    // ("grenoblois", "grenobloise", "grenobloises" -> "grenobloi")
    auto drop = [&](std::string_view end) {
      if (w.size() > end.size() + 3 && w.compare(w.size() - end.size(), end.size(), end) == 0) {
        w.resize(w.size() - end.size());
        return true;
      }
      return false;
    };
    if (!drop("es")) drop("e");
    drop("s");
    return w;
  };
  auto determiner = [&](size_t k) {
    if (k >= n || toks[k].kind != TokenKind::kWord || toks[k].length > 3) return false;
    return r.determiner.Match(toks, k, text).has_value();
  };
  auto common_noun = [&](size_t k) {
    const Token& t = toks[k];
    return t.kind == TokenKind::kWord && !(t.flags & (kTokCapitalized | kTokAllCaps)) && t.length >= 3 &&
           !(t.lex >= 0 && (lex_.word(t.lex).bits & (kWordStop | kWordNumber | kWordMonth)));
  };
  // A body's name holds the noun the article later calls it by (see
  // name_head). (What the article says of a name below, "la biotech
  // Nexolia", overrides.)
  for (const EntityMention& m : in.mentions) {
    const Entity& e = in.entities[static_cast<size_t>(m.entity)];
    if (e.type != "ORG" && e.type != "GOV") continue;
    if (const size_t h = name_head(m); h != SIZE_MAX) described[stem(h)].emplace_back(m.span.begin, m.entity);
  }
  for (const EntityMention& m : in.mentions) {
    const Entity& e = in.entities[static_cast<size_t>(m.entity)];
    if (e.type != "ORG" && e.type != "GOV" && e.type != "PRODUCT") continue;
    // det noun [adj [adj]] Name, det noun d'noun Name
    // (The name may open with its own article: "la coopérative Les Parcs
    // de Lège".)
    size_t name_begin = m.first_token;
    if (name_begin >= 3 && (toks[name_begin - 1].flags & kTokCapitalized) && determiner(name_begin - 1) &&
        !(toks[name_begin - 1].flags & kTokNewline) && toks[name_begin - 2].kind == TokenKind::kWord) {
      --name_begin;
    }
    for (size_t back = 1; back <= 4 && name_begin >= back + 1; ++back) {
      size_t noun = name_begin - back;
      bool words_between = common_noun(noun);
      for (size_t k = noun + 1; k < name_begin; ++k) {
        bool link = is_of(k) || (toks[k].kind == TokenKind::kPunct && (toks[k].cp == '\'' || toks[k].cp == U'\u2019'));
        words_between &= common_noun(k) || link;
      }
      if (!words_between) break;
      size_t det = noun - 1;
      if (toks[det].kind == TokenKind::kPunct && (toks[det].cp == '\'' || toks[det].cp == U'\u2019') && det > 0) --det;
      if (determiner(det)) {
        for (size_t k = noun; k < name_begin; ++k) {
          if (common_noun(k)) described[stem(k)].emplace_back(m.span.begin, m.entity);
        }
        break;
      }
    }
    // ... and in apposition after it: "Skyvane, Europe's third-largest
    // low-cost airline, said", "Coralis, l'enseigne angevine de
    // supermarchés, a présenté": a determiner (or a possessive name) opens
    // it, a comma closes it within a few words.
    if (m.end_token + 2 < n && toks[m.end_token].kind == TokenKind::kPunct && toks[m.end_token].cp == ',') {
      size_t k = m.end_token + 1;
      bool opens = determiner(k) || (toks[k].kind == TokenKind::kWord && k + 2 < n &&
                                     toks[k + 1].kind == TokenKind::kPunct &&
                                     (toks[k + 1].cp == '\'' || toks[k + 1].cp == U'\u2019') &&
                                     Fold(toks[k + 2].Text(text)) == "s");
      size_t close = k;
      while (close < n && close < k + 9 && !(toks[close].kind == TokenKind::kPunct && toks[close].cp == ',') &&
             !(toks[close].flags & kTokNewline)) {
        ++close;
      }
      if (opens && close < n && close < k + 9 && toks[close].kind == TokenKind::kPunct && toks[close].cp == ',') {
        for (size_t w = k + 1; w < close; ++w) {
          if (common_noun(w)) described[stem(w)].emplace_back(m.span.begin, m.entity);
        }
      }
    }
  }

  // Whether sentence s names a year's results ("full-year revenue",
  // "résultats annuels"); whether the headline or the lead's first sentence
  // does, found once, when a figure first asks.
  auto names_full_year = [&](uint32_t s) {
    size_t b = 0, e = 0;
    sentence_range(s, &b, &e);
    for (size_t k = b; k < e; ++k) {
      if (r.full_year.Match(toks, k, text)) return true;
    }
    return false;
  };
  std::optional<bool> full_year_lead;

  // The end of the last noun trigger of `predicate` that starts in tokens
  // [from, to], or 0.
  auto noun_trigger_in = [&](size_t from, size_t to, std::string_view predicate) {
    size_t end = 0;
    for (const TriggerHit& h : hits) {
      if (h.begin < from || h.begin > to) continue;
      for (const Rules::Trigger& t : r.groups[static_cast<size_t>(h.group)]) {
        if (t.predicate == predicate && !t.verb) end = std::max(end, h.end);
      }
    }
    return end;
  };

  for (size_t qi = 0; qi < in.quantities.size(); ++qi) {
    const Quantity& q = in.quantities[qi];
    if (q.dimension == "ordinal" || q.dimension == "duration" || q.dimension == "multiplier") continue;
    // "a progressé de 0,8 point": a bare "point" after a rate is a
    // percentage point; the triggers decide ("le CAC 40 a gagné 80 points"
    // has none that takes percentage points).
    const bool bare_point = q.dimension == "count" && (q.unit == "point" || q.unit == "pt");
    // ("clôture à 8 214,6 points": an index's level, which is no fact.)
    if (bare_point && q.value && q.value->ToDouble() >= 1000) continue;
    size_t sb, se;
    sentence_range(q.sentence, &sb, &se);
    const size_t qb = qr[qi].begin, qe = qr[qi].end;
    // The amount's size: its value, else a range's or a bound's top.
    const double value_or_high = q.value ? q.value->ToDouble() : q.high ? q.high->ToDouble() : 0;
    // ... or its value, else a bound's or a range's bottom ("at least £6.8 billion").
    const double value_or_low = q.value ? q.value->ToDouble() : q.low ? q.low->ToDouble() : value_or_high;
    // "supprimer 8 % de ses effectifs", "cut 5% of its workforce": a share
    // of the staff counts people, for the triggers that count them.
    const bool staff_share = q.dimension == "percent" && r.workforce_share.Match(toks, qe, text).has_value();
    const uint8_t dim = bare_point    ? static_cast<uint8_t>(kDimPp)
                        : staff_share ? static_cast<uint8_t>(kDimPercent | kDimCount)
                                      : DimBit(q.dimension);

    // 1. Predicate.
    struct Choice {
      const Rules::Trigger* trig = nullptr;
      double score = 0;
      size_t tb = 0, te = 0;
    } best;
    int direction = 0;  // +1 up, -1 down: the nearest direction word before (or right after) the amount
    size_t direction_distance = SIZE_MAX;
    // Amounts between a trigger and this one that the trigger could measure
    // too: the trigger is probably theirs.
    // A comparison word ("contre", "up from") starting in [from, to); the
    // `width` tokens before `at`.
    auto comparison_between = [&](size_t from, size_t to) {
      for (size_t i = from; i < to; ++i) {
        if (cue_end[i][kComparison]) return true;
      }
      return false;
    };
    // A comparison word earlier in the sentence of time k, before it ("par
    // rapport au niveau de fin 2023").
    auto compared_time = [&](size_t k) {
      size_t hb = 0, he = 0;
      sentence_range(in.times[k].sentence, &hb, &he);
      return comparison_between(hb, tr[k].begin);
    };
    // Only lower-case words in [from, to): "au commissionnaire de transport".
    auto lower_words = [&](size_t from, size_t to) {
      for (size_t j = from; j < to; ++j) {
        if (toks[j].kind != TokenKind::kWord || (toks[j].flags & (kTokCapitalized | kTokAllCaps))) return false;
      }
      return true;
    };
    // The comma that closes an apposition after a name ending at token
    // `name_end` (", the public service union,"): lower-case words only, at
    // most `max_words` of them; SIZE_MAX if there is none.
    auto apposition_close = [&](size_t name_end, size_t max_words) -> size_t {
      if (name_end >= n || !is_comma(name_end)) return SIZE_MAX;
      for (size_t k = name_end + 1; k < n && k <= name_end + 1 + max_words; ++k) {
        if (is_comma(k)) return k;
        if (!lower_words(k, k + 1)) return SIZE_MAX;
      }
      return SIZE_MAX;
    };
    // Is the clause of a figure in the past? A past word or ending in its
    // sentence before it, back to a semicolon or a colon, or in the two
    // words after it ("9 200 hectolitres ont été vendus").
    auto past_clause = [&](size_t sb, size_t qb, size_t qe, size_t se) {
      size_t from = qb;
      while (from > sb && !(toks[from - 1].kind == TokenKind::kPunct && (toks[from - 1].cp == ';' || toks[from - 1].cp == ':'))) {
        --from;
      }
      auto past = [&](size_t k) {
        if (toks[k].kind != TokenKind::kWord || ((toks[k].flags & kTokCapitalized) && k != sb)) return false;
        std::string w(toks[k].Text(text));
        if (!w.empty() && w[0] >= 'A' && w[0] <= 'Z') w[0] = static_cast<char>(w[0] - 'A' + 'a');
        if (r.past_words.count(w)) return true;
        if (r.not_past.count(w)) return false;
        // (An ending after a determiner makes an adjective: "an estimated
        // 500 jobs", "the combined $3 billion".)
        if (k > 0 && r.adjective_after.count(Fold(toks[k - 1].Text(text)))) return false;
        for (const std::string& e : r.past_endings) {
          if (w.size() >= e.size() + 3 && w.compare(w.size() - e.size(), e.size(), e) == 0) return true;
        }
        return false;
      };
      for (size_t k = from; k < qb; ++k) {
        if (past(k)) return true;
      }
      for (size_t k = qe; k < se && k < qe + 2 && toks[k].kind != TokenKind::kPunct; ++k) {
        if (past(k)) return true;
      }
      return false;
    };
    auto comparison_before = [&](size_t at, size_t width) {
      return comparison_between(at >= width ? at - width : 0, at);
    };
    // A time that opens with a comparison word and lies before publication:
    // the base of a comparison ("from the first half", "than in 2023"), not
    // a span ("from January to June").
    auto past_base = [&](size_t k) {
      const TimeExpr& t = in.times[k];
      return cue_end[tr[k].begin][kComparison] != 0 && t.grain != "span" && in.publication && t.last < *in.publication;
    };
    auto quantities_between = [&](size_t from, size_t to, uint8_t dims) {
      int count = 0;
      for (size_t k = 0; k < in.quantities.size(); ++k) {
        if (k == qi || in.quantities[k].sentence != q.sentence) continue;
        if (!(DimBit(in.quantities[k].dimension) & dims)) continue;
        if (qr[k].begin >= from && qr[k].end <= to && in.quantities[k].dimension != "duration") {
          // A part of this amount, or the total this one is part of, is not in the way.
          if (in.quantities[k].depends_on == static_cast<int>(qi) || q.depends_on == static_cast<int>(k)) continue;
          // Nor a change chained to it: "fell 4.5 points to 14.6%".
          if (qr[k].end + 1 == qb || qe + 1 == qr[k].begin) continue;
          ++count;
        }
      }
      return count;
    };
    // "486,2 millions d'euros. C'est le chiffre d'affaires du groupe",
    // "1 020. L'effectif salarié": a figure standing alone, then the noun
    // that names it (a "key figures" list).
    size_t label_at = SIZE_MAX;
    // (Or the figure is a sentence of its own: "£214 million. Revenue,
    // including ..."; the label opens the next one.)
    if ((qe + 1 < se || alone[qi]) && toks[qe].kind == TokenKind::kPunct && (toks[qe].cp == '.' || toks[qe].cp == ':')) {
      size_t k = qe + 1;
      if (auto m = r.label_after.Match(toks, k, text)) k = m->end_token;
      const size_t label_end = alone[qi] ? n : se;
      if (k < label_end && toks[k].kind == TokenKind::kWord && toks[k].lex >= 0 && (lex_.word(toks[k].lex).bits & kWordStop)) {
        ++k;
        if (k < label_end && toks[k].kind == TokenKind::kPunct && (toks[k].cp == '\'' || toks[k].cp == U'\u2019')) ++k;
      }
      label_at = k;
    }
    // "11 400 : le nombre de tracteurs livrés", "350 : le nombre de postes
    // supprimés": the noun a key figure's label counts, or the word after
    // it, says what happened to them.
    size_t label_noun_at = SIZE_MAX;
    if (q.dimension == "count" && q.unit_inherited && qe + 1 < se && toks[qe].kind == TokenKind::kPunct &&
        toks[qe].cp == ':') {
      if (auto m = lex_.count_number_of().Match(toks, qe + 1, text)) {
        size_t noun = m->end_token;
        if (noun < se && toks[noun].kind == TokenKind::kPunct && (toks[noun].cp == '\'' || toks[noun].cp == U'\u2019')) {
          ++noun;
        }
        label_noun_at = noun;
      }
    }
    // The question a bare count answers, if any (see `answers`).
    size_t ask_b = 0, ask_e = 0;
    if (answers[qi]) sentence_range(q.sentence - 1, &ask_b, &ask_e);
    for (const TriggerHit& h : hits) {
      const bool asked = h.begin >= ask_b && h.end <= ask_e && ask_e > ask_b;
      if ((h.begin < sb || h.end > se) && !(alone[qi] && h.begin == label_at) && !asked) continue;
      // ("starts at £8,000": a verb that is also the amount's qualifier
      // opens the amount; it is the trigger right before it.)
      const bool opens_amount = h.begin == qb && h.end < qe && q.qualifier != Qualifier::kExact &&
                                toks[h.end].kind != TokenKind::kWord;
      // ("vendues à partir de 390 euros": a verb's phrase whose last word
      // opens the amount's qualifier is right before it.)
      const bool into_qualifier = h.begin < qb && h.end == qb + 1 && h.end < qe && q.qualifier != Qualifier::kExact &&
                                  toks[qb].kind == TokenKind::kWord;
      if (h.end > qb && h.begin < qe && !opens_amount && !into_qualifier) continue;  // inside the amount ("3 milliards d'euros")
      bool before = h.end <= qb || opens_amount || into_qualifier;
      size_t dist = opens_amount || into_qualifier ? 0 : before ? qb - h.end : h.begin - qe;
      if (asked) dist = 4;  // (as a verb a few words before)
      // A parenthesis between them does not put them further apart
      // ("les investissements (centres de données, ...) dépasseront ...").
      if (before) {
        int depth = 0;
        for (size_t k = h.end; k < qb; ++k) {
          const Token& x = toks[k];
          if (x.kind == TokenKind::kPunct && x.cp == '(') ++depth;
          if (depth > 0 && dist > 0) --dist;
          if (x.kind == TokenKind::kPunct && x.cp == ')' && depth > 0) --depth;
        }
      }
      // Nor does a relative clause set off by commas ("Sa marge
      // d'exploitation, qui ne dépassait pas 4 % à son arrivée, atteint
      // 11 %"), nor the amounts in it.
      // (Not the comma of a decimal: "4,5 %", "19,50 euros".)
      auto clause_comma = [&](size_t x) { return is_comma(x) && !in_amount[x]; };
      size_t rel_b = qb, rel_e = qb;
      if (before) {
        for (size_t k = h.end; k + 1 < qb; ++k) {
          if (!is_comma(k) || !r.relative.Match(toks, k + 1, text)) continue;
          size_t c = k + 1;
          while (c < qb && !clause_comma(c)) ++c;
          // (Closed by the comma before the main verb: not one that opens
          // another relative clause, "..., que celui-ci n'a compensées qu'à
          // hauteur de 5,1 millions".)
          if (c < qb && !r.relative.Match(toks, c + 1, text) && !r.relative_object.Match(toks, c + 1, text)) {
            rel_b = k;
            rel_e = c + 1;
            dist -= std::min(dist, rel_e - rel_b);
          }
          break;
        }
        // (Nor a short aside right after the noun, set off by commas, that
        // gives the figure it has now: "Le billet adulte, vendu 19,50
        // euros, passera à 21 euros".)
        for (size_t k = h.end; rel_b == qb && k + 1 < qb && k <= h.end + 2; ++k) {
          if (!is_comma(k)) {
            if (toks[k].kind != TokenKind::kWord || (toks[k].flags & (kTokCapitalized | kTokAllCaps))) break;
            continue;
          }
          size_t c = k + 1;
          while (c < qb && c <= k + 7 && !clause_comma(c)) ++c;
          // (A word of its own besides the figure: "vendu", "now at"; not
          // the bare value of the noun, "la plus lourde amende, 21,7
          // millions d'euros, devant X (11,2 millions)".)
          bool own_word = false;
          for (size_t j = k + 1; j < c && !own_word; ++j) {
            own_word = !in_amount[j] && toks[j].kind == TokenKind::kWord && !(toks[j].flags & (kTokCapitalized | kTokAllCaps)) &&
                       !(toks[j].lex >= 0 && (lex_.word(toks[j].lex).bits & kWordStop));
          }
          if (own_word && c + 1 < qb && clause_comma(c) && toks[c + 1].kind == TokenKind::kWord &&
              !(toks[c + 1].flags & (kTokCapitalized | kTokAllCaps)) && quantities_between(k, c, dim) > 0) {
            rel_b = k;
            rel_e = c + 1;
            dist -= std::min(dist, rel_e - rel_b);
          }
          break;
        }
      }
      // Only function words between a noun and the amount ("la suppression
      // de ses 410 emplois"): the amount is its complement.
      bool glue_only = before && dist > 0 && dist <= 3;
      for (size_t k = h.end; glue_only && k < qb; ++k) {
        const Token& x = toks[k];
        glue_only = (x.kind == TokenKind::kWord && x.lex >= 0 && (lex_.word(x.lex).bits & kWordStop)) ||
                    (x.kind == TokenKind::kPunct && (x.cp == '\'' || x.cp == U'\u2019'));
      }
      const bool label_word = label_noun_at != SIZE_MAX && (h.begin == label_noun_at || h.begin == label_noun_at + 1);
      for (const Rules::Trigger& t : r.groups[static_cast<size_t>(h.group)]) {
        // (A bare number a key-figures label names counts it: "1,480.
        // Employees at the end of December".)
        const bool label_count = h.begin == label_at && dim == kDimNumber && (t.dims & kDimCount);
        if (!(t.dims & dim) && !label_count) continue;
        // (Of the people-counting triggers, a share of the staff takes the cuts only.)
        if (staff_share && !(t.dims & kDimPercent) && t.predicate != "job_cuts") continue;
        if (t.predicate == "_up" || t.predicate == "_down") {
          // (One after the amount, in its clause: not "more than 1.4
          // million donors, but fewer than one in ten ...".)
          if (dist < direction_distance && (before || (dist <= 2 && !comma_between(qe, h.begin)))) {
            direction_distance = dist;
            direction = t.predicate == "_up" ? 1 : -1;
          }
          continue;
        }
        if (t.predicate == "_copula") continue;
        if (into_qualifier && !t.verb) continue;  // (a verb's phrase only)
        // After the amount, only a noun close by names it ("4,8 milliards de
        // pertes", "a $4.8 billion loss"); a verb there starts another clause.
        if (!before && ((t.verb && dist > 0) || dist > 4) && h.begin != label_at && !label_word) continue;
        if (!before && t.verb && h.end == h.begin + 1 && r.not_participle.count(Fold(toks[h.begin].Text(text)))) continue;
        // "812 pharmacies adhérentes": a noun right after the noun the
        // amount counts qualifies it (unlike a participle: "820 appareils
        // livrés").
        if (!before && dist == 0 && !t.verb && q.dimension == "count" && !q.unit.empty() && !q.unit_inherited &&
            qe > qb + 1 && toks[qe - 1].kind == TokenKind::kWord) {
          continue;
        }
        // "240 millions d'euros de subventions", "820 appareils livrés": the
        // noun (or participle) the amount qualifies.
        bool head_after = !before && (dist == 0 || h.begin == label_at || label_word || (dist <= 3 && [&] {
                                        for (size_t k = qe; k < h.begin; ++k) {
                                          const Token& x = toks[k];
                                          // ("£640 million in subsidies", "5 millions en primes")
                                          bool of = is_of(k) || r.head_link.Match(toks, k, text).has_value() ||
                                                    (x.kind == TokenKind::kPunct && x.cp == '\'');
                                          // (And one lower-case word before the noun, past such
                                          // a link: "A$612 million in lottery taxes".)
                                          // (Not an article: "£7.5m of the cost".)
                                          const bool modifier = k + 1 == h.begin && k > qe && x.kind == TokenKind::kWord &&
                                                                !(x.flags & (kTokCapitalized | kTokAllCaps)) &&
                                                                !(x.lex >= 0 && (lex_.word(x.lex).bits & kWordStop));
                                          if (!of && !modifier) return false;
                                        }
                                        return true;
                                      }()));
        double score = t.weight / (1.0 + (head_after || (glue_only && !t.verb) ? 0 : dist) / 4.0);
        // "customers will pay $17.99": after a modal, a word is the verb,
        // not the noun ("pay" the price, not "pay" the salary).
        // (Only a word that is a trigger as a verb too.)
        if (size_t vb = 0; !t.verb && h.begin > sb && r.verb_marker.MatchEndingAt(toks, h.begin, text, &vb, sb) &&
                           std::any_of(r.groups[static_cast<size_t>(h.group)].begin(),
                                       r.groups[static_cast<size_t>(h.group)].end(),
                                       [&](const Rules::Trigger& x) { return x.verb && (x.dims & dim); })) {
          score *= 0.5;
        }
        if (!before && !head_after) score *= 0.6;
        // A noun inside a prepositional phrase ("la surtaxe sur leurs
        // bénéfices", "impairment charges on bad loans") qualifies another
        // noun: after a preposition, a function word or an adjective.
        auto modifier = [&](size_t k) {
          const Token& x = toks[k];
          return x.kind == TokenKind::kWord && !(x.flags & (kTokCapitalized | kTokAllCaps));
        };
        if (size_t pb = 0; !t.verb && h.begin > sb &&
                           (r.preposition.MatchEndingAt(toks, h.begin, text, &pb, sb) ||
                            (h.begin > sb + 1 && modifier(h.begin - 1) &&
                             r.preposition.MatchEndingAt(toks, h.begin - 1, text, &pb, sb)))) {
          score *= 0.5;
        }
        int between = before ? quantities_between(h.end, rel_b, t.dims) + quantities_between(rel_e, qb, t.dims)
                             : quantities_between(qe, h.begin, t.dims);
        if (between > 0) score *= 0.25;
        if (score > best.score) best = {&t, score, h.begin, h.end};
      }
    }
    // A change verb ("a progressé de 0,8 point", "fell 4.5 points") measures
    // the noun before it when that noun admits the amount: "la marge ...
    // a progressé" is a margin, "Tesla shares jumped" a stock change.
    // (Not a name: "la Banque de France prévoit une croissance de 0,6 %" is
    // growth, not an interest rate.)
    // (Nor a noun of change that is the amount's own head: "une inflation
    // de 1,4 % et une croissance de 0,9 %".)
    bool own_head = false;
    if (best.trig && !best.trig->verb && best.te <= qb && qb - best.te <= 2) {
      own_head = true;
      for (size_t k = best.te; k < qb && own_head; ++k) own_head = is_of(k);
      own_head |= best.te == qb;
      // (A word the lexicon also knows as a verb is none: "a chuté de
      // 23,6 %" folds to the noun "chute".)
      for (const TriggerHit& h : hits) {
        if (h.begin != best.tb) continue;
        for (const Rules::Trigger& t : r.groups[static_cast<size_t>(h.group)]) own_head &= !t.verb;
      }
    }
    if (best.trig && best.trig->predicate == "growth" && !own_head) {
      for (const TriggerHit& h : hits) {
        if (h.begin < sb || h.end > best.tb) continue;
        bool in_name = false;
        auto m = std::lower_bound(in.mentions.begin(), in.mentions.end(), q.sentence,
                                  [](const EntityMention& x, uint32_t s) { return x.sentence < s; });
        for (; m != in.mentions.end() && m->sentence == q.sentence && !in_name; ++m) {
          in_name = m->first_token < h.end && h.begin < m->end_token;
        }
        if (in_name) continue;
        // (Nor a noun before another subject of the verb: "the central bank
        // expects the economy to grow about 2.1%".)
        bool economy_between = false;
        for (size_t k = h.end; k < best.tb && !economy_between; ++k) economy_between = cue_end[k][kEconomy] != 0;
        if (economy_between) continue;
        for (const Rules::Trigger& t : r.groups[static_cast<size_t>(h.group)]) {
          if (t.verb || !(t.dims & dim) || t.predicate[0] == '_' || t.predicate == "growth") continue;
          if (quantities_between(h.end, qb, t.dims) > 0 && !(dim & kDimPercent)) continue;
          best = {&t, std::max(best.score, static_cast<double>(t.weight) * 0.8), h.begin, h.end};
        }
      }
    }
    if ((q.dimension == "count" || q.dimension == "number") && !bare_point) {
      auto it = r.count_nouns.find(FoldedWordHash(q.unit));
      if (it != r.count_nouns.end()) {
        for (const Rules::Trigger& t : it->second) {
          // The counted noun is a good hint but a verb or noun trigger close
          // by says more ("cut 1,250 jobs" is job cuts, not headcount).
          double score = t.weight * 0.85;
          if (score > best.score) best = {&t, score, qe, qe};
        }
      }
    }
    std::string predicate = best.trig ? best.trig->predicate : "";
    double confidence = best.score;
    int part_of = -1;
    bool inherited = false;  // a part that measures what its total measures
    int grantor = -1;        // a public body that brings a part ("apportés par l'État")
    // The public body a part's grant cue names right after it, or -1.
    auto grantor_after = [&]() {
      if (auto g = r.grant_after.Match(toks, qe, text)) {
        for (const EntityMention& em : in.mentions) {
          if (em.first_token < g->end_token || em.first_token > g->end_token + 2) continue;
          bool glued = true;  // only an article between ("par l'État")
          for (size_t k = g->end_token; k < em.first_token && glued; ++k) {
            glued = toks[k].kind == TokenKind::kPunct ? (toks[k].cp == '\'' || toks[k].cp == U'\u2019')
                                                      : toks[k].end - toks[k].begin <= 3;
          }
          if (glued && in.entities[static_cast<size_t>(em.entity)].type == "GOV") return em.entity;
        }
      }
      return -1;
    };
    if (q.depends_on >= 0 && q.depends_on < static_cast<int>(qi) && fact_of_quantity[static_cast<size_t>(q.depends_on)] >= 0) {
      part_of = fact_of_quantity[static_cast<size_t>(q.depends_on)];
      const Fact& whole = (*out)[static_cast<size_t>(part_of)];
      // A part speaks of its total's measure unless a trigger of its own,
      // between the total and the part, says otherwise; so does aid right
      // after it past "de" ("dont 9 millions d'aide", "dont 1,1 million de
      // subvention" in a club's budget) or right after it ("including a
      // £450,000 grant"), but not in a public body's budget.
      // (After the breakdown word, if any: in "540 postes, soit 9 % de ses
      // effectifs, dont 310 à Dunkerque" the staff is the 9 %'s.)
      size_t from = qr[static_cast<size_t>(q.depends_on)].end;
      for (size_t k = qb; k-- > from;) {
        if (lex_.breakdown_words().Match(toks, k, text)) {
          from = k;
          break;
        }
      }
      // (Or a loan's or aid's participle right after it: "dont 8 millions
      // prêtés par Bpifrance".)
      bool own = best.trig && best.tb >= from &&
                 (best.tb < qe || (best.tb == qe && best.trig->verb &&
                                   (best.trig->predicate == "loan" || best.trig->predicate == "subsidy")));
      if (best.trig && best.tb >= qe && best.tb <= qe + 2 && best.trig->predicate == "subsidy" &&
          !(whole.predicate == "budget" && whole.subject >= 0 &&
            in.entities[static_cast<size_t>(whole.subject)].type == "GOV")) {
        own = true;
        for (size_t k = qe; k < best.tb && own; ++k) own = is_of(k) || toks[k].cp == '\'' || toks[k].cp == U'\u2019';
      }
      // "dont 900 millions apportés par l'État": a part a public body
      // brings is aid to the total's holder, the body its object (not in a
      // round of funding: "dont 15 millions apportés par Bpifrance").
      if (whole.predicate != "funding_raised") grantor = grantor_after();
      if (grantor >= 0) {
        predicate = "subsidy";
        confidence = std::max(confidence, whole.confidence * 0.9);
      } else if (!own) {
        predicate = whole.predicate;
        confidence = std::max(confidence, whole.confidence * 0.9);
        inherited = true;
      }
    } else if (q.depends_on >= 0 && q.dimension == "money" && (grantor = grantor_after()) >= 0) {
      // (A total with no fact of its own: "la construction d'une base de 46
      // millions d'euros, dont 9 millions apportés par la Région".)
      predicate = "subsidy";
      confidence = std::max(confidence, kMinConfidence);
    } else if (q.dimension == "money" && predicate != "loan" && predicate != "funding_raised" && [&] {
                 // "L'investissement est financé à hauteur de 6,5 millions
                 // d'euros par l'Ademe et de 1,2 million par la Région": a
                 // participle of funding before the amount, a public body
                 // after it (not a loan: "et par un prêt de 9 millions
                 // accordé par la Banque des Territoires").
                 for (size_t k = sb; k < qb; ++k) {
                   if (r.funded_verb.Match(toks, k, text)) return true;
                 }
                 return false;
               }() &&
               (grantor = grantor_after()) >= 0) {
      predicate = "subsidy";
      confidence = std::max(confidence, 0.5);
    }
    // "Son chiffre d'affaires a atteint 318 millions d'euros. Les serrures en
    // représentent 112 millions": what a verb of share says a part comes to,
    // past "en", with no measure of its own, is a part of the last amount in
    // its unit at most a sentence before, and larger than it.
    if (size_t clitic_b = 0; part_of < 0 && (predicate.empty() || confidence < kMinConfidence) && (dim & (kDimMoney | kDimCount)) &&
        q.value && r.share_clitic.MatchEndingAt(toks, qb, text, &clitic_b)) {
      for (size_t k = out->size(); k-- > 0;) {
        const Fact& whole = (*out)[k];
        if (whole.sentence + 1 < q.sentence) break;
        const Quantity& wq = in.quantities[static_cast<size_t>(whole.quantity)];
        if (IsChange(whole.predicate) || wq.dimension != q.dimension || wq.unit != q.unit || !wq.value ||
            wq.value->ToDouble() <= q.value->ToDouble()) {
          continue;
        }
        part_of = static_cast<int>(k);
        predicate = whole.predicate;
        inherited = true;
        confidence = std::max(confidence, whole.confidence * 0.8);
        break;
      }
    }
    // The last fact at most `back` sentences before that measures no change
    // and `fits`: the figure a label, a name in parentheses or a level
    // reached takes its measure from.
    auto last_level_before = [&](uint32_t back, auto fits) -> const Fact* {
      for (size_t k = out->size(); k-- > 0;) {
        const Fact& prev = (*out)[k];
        if (prev.sentence + back < q.sentence) break;
        if (!IsChange(prev.predicate) && fits(prev, in.quantities[static_cast<size_t>(prev.quantity)])) return &prev;
      }
      return nullptr;
    };
    // "Les chiffres clés du trimestre. Asie : 940 millions d'euros (-7 %).
    // Europe : 780 millions": an amount a name introduces as its label
    // (not "Oui : 12 millions"), with no measure named, is a part of the
    // last amount the article gave.
    if ((predicate.empty() || confidence < kMinConfidence) && (dim & kDimMoney) && qb >= 2 &&
        toks[qb - 1].kind == TokenKind::kPunct && toks[qb - 1].cp == ':' && in_mention[qb - 2]) {
      if (const Fact* prev = last_level_before(3, [&](const Fact&, const Quantity& pq) {
            return pq.dimension == "money" && pq.unit == q.unit;
          })) {
        predicate = prev->predicate;
        confidence = prev->confidence * 0.8;
      }
    }
    // "Médimobil écope de la plus lourde amende, 21,7 millions d'euros,
    // devant Rolliance (11,2 millions) et Orthalys (5,5 millions)": an amount
    // in parentheses right after a name, with no measure of its own, is the
    // measure of the amount before it in the sentence, and that name's.
    int paren_subject = -1;
    if ((predicate.empty() || confidence < kMinConfidence) && (dim & kDimMoney) && qb >= 2 &&
        toks[qb - 1].kind == TokenKind::kPunct && toks[qb - 1].cp == '(' && qe < n && toks[qe].kind == TokenKind::kPunct &&
        toks[qe].cp == ')') {
      for (const EntityMention& em : in.mentions) {
        if (em.end_token + 1 == qb && in.entities[static_cast<size_t>(em.entity)].type != "PLACE") paren_subject = em.entity;
      }
      const Fact* prev = paren_subject < 0 ? nullptr : last_level_before(0, [](const Fact&, const Quantity& pq) {
        return pq.dimension == "money";
      });
      if (prev) {
        predicate = prev->predicate;
        confidence = std::max(prev->confidence * 0.8, kMinConfidence);
      }
      if (predicate.empty()) paren_subject = -1;
    }
    // "Le déficit atteindra 23 Md€ en 2026. Il s'établissait à 15,8 Md€
    // en 2024": a pronoun opening the next sentence, with no measure named,
    // continues the figure before (the first figure of its sentence).
    if (predicate.empty() && !out->empty() && r.pronoun.Match(toks, sb, text)) {
      const Fact& prev = out->back();
      const Quantity& pq = in.quantities[static_cast<size_t>(prev.quantity)];
      bool first_of_sentence = true;
      for (size_t k = 0; k < qi; ++k) first_of_sentence &= in.quantities[k].sentence != q.sentence;
      // (Not a count of other things: "L'entreprise emploie 22 salariés.
      // Elle a signé avec 60 labels".)
      const bool other_things = pq.dimension == "count" && !q.unit.empty() && !q.unit_inherited && pq.unit != q.unit;
      if (prev.sentence + 1 == q.sentence && first_of_sentence && DimBit(pq.dimension) == dim &&
          !IsChange(prev.predicate) && !other_things) {
        predicate = prev.predicate;
        confidence = prev.confidence * 0.8;
      }
    }
    // "Votre chiffre d'affaires a-t-il tenu ? Il s'établit à 31 millions":
    // a pronoun opening an answer, with no measure named, speaks of the
    // measure the question named.
    if (predicate.empty() && q.sentence > 0 && r.pronoun.Match(toks, sb, text)) {
      size_t pb = 0, pe = 0;
      sentence_range(q.sentence - 1, &pb, &pe);
      if (pe > pb && toks[pe - 1].kind == TokenKind::kPunct && toks[pe - 1].cp == '?') {
        // (Triggers are read only in the sentences with amounts.)
        for (size_t k = pb; k < pe && predicate.empty(); ++k) {
          const auto m = r.triggers.Match(toks, k, text);
          if (!m) continue;
          for (const auto& t : r.groups[static_cast<size_t>(m->id)]) {
            if (t.verb || !(t.dims & dim) || t.predicate.empty() || t.predicate[0] == '_') continue;
            predicate = t.predicate;
            confidence = t.weight * 0.8;
            break;
          }
        }
      }
    }
    // "Chez les jeunes, le taux grimpe à 17,9 %": a bare "taux", "rate"
    // after a rate of another kind is that rate again.
    if (predicate == "interest_rate" && best.trig && best.te == best.tb + 1) {
      static const std::set<std::string_view> kRates = {"unemployment_rate", "inflation", "market_share", "margin"};
      std::string w = Fold(toks[best.tb].Text(text));
      for (size_t k = out->size(); (w == "taux" || w == "rate") && k-- > 0;) {
        const Fact& prev = (*out)[k];
        if (prev.sentence + 2 < q.sentence) break;
        // (A loan's rate: "empruntera 650 millions ... au taux de 6,25 %".)
        if (prev.sentence == q.sentence && (prev.predicate == "loan" || prev.predicate == "debt")) break;
        if (kRates.contains(prev.predicate)) {
          predicate = prev.predicate;
          break;
        }
      }
    }
    // "nous prête 700 000 euros à 3,2 %", "lent it £2m at 4.5%": a rate
    // right after a loan, past a link word (rate_link: "à", "at"), is the
    // loan's interest rate.
    if (q.dimension == "percent" && qi > 0 && in.quantities[qi - 1].sentence == q.sentence &&
        fact_of_quantity[qi - 1] >= 0 && (*out)[static_cast<size_t>(fact_of_quantity[qi - 1])].predicate == "loan") {
      if (auto link = r.rate_link.Match(toks, qr[qi - 1].end, text); link && link->end_token == qb) {
        predicate = "interest_rate";
        confidence = std::max(confidence, 0.5);
      }
    }
    // A percentage right after a direction word is a change, whatever weak
    // trigger stands further away ("fell to $1.17 billion, as revenue
    // dropped 12%").
    // "Growth slowed to 5.0%", "l'inflation est retombée à 1,2 %": after
    // the direction word, the level reached, not a change (no sign).
    size_t level_b = 0;
    const bool level_reached = direction != 0 && qb > 0 && direction_distance <= 3 &&
                               r.level_to.MatchEndingAt(toks, qb, text, &level_b).has_value();
    // "Sales in Asia fell 6% to 910 million. The Americas rose 11% to 780
    // million": a level reached with no measure named is the measure of
    // the level reached just before.
    // (Or only a trigger too far to count: "while the Americas grew 9% to
    // €540 million" after "Sales in Asia". A comma may come before the
    // level: "reculait de 7,9 %, à 121 millions".)
    int level_of_change = -1;  // the change whose level this is, when it names no measure
    auto reached_after = [&](size_t b, size_t prev_end) {
      size_t lb = 0;
      return b > 0 && r.level_to.MatchEndingAt(toks, b, text, &lb) &&
             (lb == prev_end || (lb == prev_end + 1 && is_comma(prev_end)));
    };
    if ((predicate.empty() || confidence < kMinConfidence) && (dim & (kDimMoney | kDimCount)) && qi > 0 &&
        in.quantities[qi - 1].sentence == q.sentence &&
        fact_of_quantity[qi - 1] >= 0 && IsChange((*out)[static_cast<size_t>(fact_of_quantity[qi - 1])].predicate) &&
        reached_after(qb, qr[qi - 1].end)) {
      level_of_change = fact_of_quantity[qi - 1];
      const Fact* prev = last_level_before(2, [&](const Fact& f, const Quantity& pq) {
        return DimBit(pq.dimension) == dim && f.part_of < 0;
      });
      size_t pb = 0;
      // (Not when the change names another measure: "passenger numbers
      // rose 6% to 142 million" after "Revenue climbed to €11.2 billion".)
      const std::string& changed = (*out)[static_cast<size_t>(level_of_change)].measure;
      // (Nor a share price a share move reached: "Shares fell 11% to 84p"
      // after "the final dividend to 0.8p a share".)
      if (prev && r.level_to.MatchEndingAt(toks, qr[static_cast<size_t>(prev->quantity)].begin, text, &pb) &&
          (changed.empty() || changed == prev->predicate) &&
          (*out)[static_cast<size_t>(level_of_change)].predicate != "stock_change") {
        predicate = prev->predicate;
        confidence = prev->confidence * 0.8;
      }
    }
    // "Son chiffre d'affaires est passé de 212 millions d'euros en 2022 à
    // 164 millions en 2024": the level a figure went to from a figure of its
    // kind, with at most a date between them, measures what that one does.
    if (size_t fb = 0, lb = 0; (predicate.empty() || confidence < kMinConfidence) && qi > 0 &&
                               fact_of_quantity[qi - 1] >= 0 && in.quantities[qi - 1].sentence == q.sentence &&
                               in.quantities[qi - 1].dimension == q.dimension && in.quantities[qi - 1].unit == q.unit &&
                               r.level_from.MatchEndingAt(toks, qr[qi - 1].begin, text, &fb) &&
                               r.level_to.MatchEndingAt(toks, qb, text, &lb) && lb >= qr[qi - 1].end) {
      bool dated_only = lb == qr[qi - 1].end;
      for (size_t k = 0; k < tr.size() && !dated_only; ++k) dated_only = tr[k].begin == qr[qi - 1].end && tr[k].end == lb;
      if (dated_only) {
        const Fact& from = (*out)[static_cast<size_t>(fact_of_quantity[qi - 1])];
        predicate = from.predicate;
        confidence = std::max(confidence, from.confidence * 0.9);
      }
    }
    // "net profit ... rose 23% to 84.6 billion yen, as sales of its cameras
    // held up": the level reached right after a change is the level of
    // what changed, whatever trigger follows it.
    if ((dim & kDimMoney) && qi > 0 && in.quantities[qi - 1].sentence == q.sentence && fact_of_quantity[qi - 1] >= 0 &&
        reached_after(qb, qr[qi - 1].end)) {
      const Fact& change = (*out)[static_cast<size_t>(fact_of_quantity[qi - 1])];
      if (IsChange(change.predicate) && !change.measure.empty() && change.measure != predicate) {
        predicate = change.measure;
        confidence = std::max(confidence, change.confidence * 0.9);
      }
    }
    // "goes up 5.2% from May 1, and by a further 3.5% in April 2027": a
    // second step of the change before, its verb left out.
    if (size_t again_b = 0; (predicate.empty() || confidence < 0.2) && direction_distance > 2 && (dim & kDimPercent) &&
                            r.change_again.MatchEndingAt(toks, qb, text, &again_b)) {
      for (size_t k = out->size(); k-- > 0;) {
        const Fact& prev = (*out)[k];
        if (prev.sentence != q.sentence) break;
        if (!IsChange(prev.predicate) || DimBit(in.quantities[static_cast<size_t>(prev.quantity)].dimension) != dim) continue;
        predicate = prev.predicate;
        confidence = prev.confidence * 0.8;
        direction = prev.sign;
        direction_distance = 0;
        break;
      }
    }
    // (In a market report, a verb of both, "a bondi de 6,8 %", moves a share price.)
    if (market_report && predicate == "growth" && q.dimension == "percent" && best.trig && best.trig->verb) {
      for (const TriggerHit& h : hits) {
        if (h.begin != best.tb) continue;
        for (const Rules::Trigger& t : r.groups[static_cast<size_t>(h.group)]) {
          if (t.predicate == "stock_change") predicate = "stock_change";
        }
      }
    }
    const bool weak = predicate.empty() || (confidence < 0.2 && direction_distance <= 2 && part_of < 0);
    if (weak && direction != 0 && !level_reached && (dim & (kDimPercent | kDimPp))) {
      // ("Shares in Meblova, listed in Warsaw since 2011, have lost 18%":
      // what moves is the share price the sentence opens with.)
      const bool shares = best.trig && best.trig->predicate == "stock_change" && !best.trig->verb && best.tb <= sb + 1 &&
                          (dim & kDimPercent);
      predicate = shares ? "stock_change" : "growth";
      confidence = 0.3;
    }
    // "un budget de 96,4 millions d'euros pour 2026, en hausse de 4,1 %": a
    // share a direction word opens, after a figure the same trigger named,
    // is that figure's change, not a second level.
    if (direction != 0 && direction_distance <= 2 && !level_reached && q.dimension == "percent" &&
        !IsChange(predicate) && best.trig && qi > 0 && in.quantities[qi - 1].sentence == q.sentence &&
        fact_of_quantity[qi - 1] >= 0 && best.tb < qr[qi - 1].begin) {
      const std::string& before_dim = in.quantities[qi - 1].dimension;
      if ((before_dim == "money" || before_dim == "count") &&
          (*out)[static_cast<size_t>(fact_of_quantity[qi - 1])].predicate == predicate) {
        predicate = "growth";
      }
    }
    // "had raised the price of a chocolate bar by 15% since 2023": a
    // verb of change, then "by" right before the percentage, says the
    // change, however far the verb.
    if ((predicate.empty() || predicate == "growth") && q.dimension == "percent" && direction != 0 && !level_reached &&
        qb > sb && toks[qb - 1].kind == TokenKind::kWord && r.change_by.Match(toks, qb - 1, text)) {
      predicate = "growth";
      confidence = std::max(confidence, 0.3);
    }
    // "will raise council tax by 9.99%", "augmentera la taxe foncière de
    // 5 %": a direction word, then the rate, then "by" or "de" right before
    // the percentage: the rate's change, not its level.
    if ((predicate == "tax" || predicate == "interest_rate") && (dim & kDimPercent) && direction != 0 && !level_reached &&
        qb > sb && toks[qb - 1].kind == TokenKind::kWord && r.change_by.Match(toks, qb - 1, text)) {
      predicate = "growth";
    }
    // "940 millions d'euros (-7 %)", "$940 million (+7%)": a signed
    // percentage in parentheses after a figure of its sentence is that
    // figure's change.
    int change_of = -1;
    if (q.dimension == "percent" && qi > 0 && qb > sb && qe < se && toks[qb - 1].kind == TokenKind::kPunct &&
        toks[qb - 1].cp == '(' && toks[qe].kind == TokenKind::kPunct && toks[qe].cp == ')' &&
        fact_of_quantity[qi - 1] >= 0 && in.quantities[qi - 1].sentence == q.sentence &&
        !IsChange((*out)[static_cast<size_t>(fact_of_quantity[qi - 1])].predicate)) {
      const std::string_view qt = q.span.Of(text);
      if (!qt.empty() && (qt[0] == '+' || qt[0] == '-' || qt.substr(0, 3) == "\xE2\x88\x92")) {
        change_of = fact_of_quantity[qi - 1];
        predicate = "growth";
        confidence = std::max(confidence, (*out)[static_cast<size_t>(change_of)].confidence * 0.9);
      }
    }
    // A figure given for comparison ("une perte de 12 M€, contre 58 M€ un an
    // plus tôt", "up from $2bn"): the same measure as the figure before it.
    int compared_with = -1;
    bool benchmark = false;  // "ahead of the $3.85 billion analysts expected": the same period
    // The base is the figure just before, or the last one of its kind
    // with the comparison word right before this one ("41 M€ l'an dernier,
    // contre 58 M€"; "1,84 milliard, en hausse de 6,3 %, contre 1,73
    // milliard").
    // (Further back when the comparison word is right before the figure: "412
    // bateaux, [...] au cours de l'exercice 2024-2025, clos le 31 août,
    // contre 448 un an plus tôt"; a bare number is a count's base: "412.000
    // visiteurs en dix jours, contre 355.000".)
    bool cue_right_before = false;
    for (size_t i = qb >= 2 ? qb - 2 : 0; i < qb && !cue_right_before; ++i) cue_right_before = cue_end[i][kComparison] == qb;
    const size_t base_reach = cue_right_before ? 32 : 16;
    std::string base_unit;  // what the base or the joined figure counts, for a bare number
    for (size_t k = qi; k-- > 0;) {
      const Quantity& p = in.quantities[k];
      if (p.sentence != q.sentence || qr[k].end > qb) break;
      // (Past a per-share figure restating the amount: "$2.3 billion, or
      // 91 cents a share, up from $2.05 billion".)
      if (fact_of_quantity[k] < 0 && p.dimension == "money" && !p.per.empty() && k > 0 && qb - qr[k].end <= 6) continue;
      const bool adjacent = qb - qr[k].end <= 4 || (k + 1 < qi && qb - qr[k + 1].end <= 6);
      // (Past a duration, which is no fact: "412.000 visiteurs en dix jours".)
      if (p.dimension == "duration") continue;
      const bool like = DimBit(p.dimension) == DimBit(q.dimension) ||
                        (cue_right_before && q.dimension == "number" && q.unit.empty() && p.dimension == "count");
      if (!like && qb - qr[k].end <= base_reach) continue;
      if (fact_of_quantity[k] < 0 || !like || qb - qr[k].end > base_reach) break;
      // (Or a comparison word that opens the words between them, a few more:
      // "at least £6.8 billion, against an original estimate of £4.7 billion".)
      const size_t gap = qr[k].end + (qr[k].end < qb && is_comma(qr[k].end) ? 1 : 0);
      const bool opens = qb - qr[k].end <= 8 && gap < qb && cue_end[gap][kComparison] != 0;
      const bool cue = adjacent || opens ? comparison_between(qr[k].end, qb)
                                         : comparison_between(std::max(qr[k].end, qb >= 3 ? qb - 3 : 0), qb);
      // (Or the base's own counted noun, or the one the figure takes from
      // its base and has no words of here: "52 300 entrées, contre 47 800".)
      // (A trigger further on belongs to the next clause when the cue is
      // right before the figure: "up from £29m, and made an operating
      // profit of £2.6m".)
      if (cue && (!best.trig || best.tb < qr[k].begin || best.te <= best.tb || best.te <= qr[k].end || confidence < 0.3 ||
                  (cue_right_before && best.tb >= qe && comma_between(qe, best.tb)))) {
        compared_with = fact_of_quantity[k];
        if (q.dimension == "number" && p.dimension == "count") base_unit = p.unit;
        for (size_t i = qr[k].end; i < qb && !benchmark; ++i) benchmark = r.benchmark.Match(toks, i, text).has_value();
        const Fact& base = (*out)[static_cast<size_t>(compared_with)];
        predicate = base.predicate;
        // (A figure kept is compared with a figure kept.)
        confidence = std::max(base.confidence * 0.9, kMinConfidence);
      }
      break;
    }
    // "Kordium emploie 310 saisonniers ... et 85 permanents", "a vendu
    // 61 000 robes en 2023, mais 40 000 en 2024", "Capgemini a cédé 3,1 % et
    // Sopra Steria 2,4 %": a figure a coordinating word joins to the figure
    // of its kind before it (past figures of other kinds: "£302 million, up
    // 6%, and Semivel £176 million"), with no measure of its own close by,
    // measures what that one does; its verb was left out.
    int coordinate_of = -1;
    size_t coordinate_at = 0;  // the coordinating word
    size_t coordinate_base_begin = 0, coordinate_base_end = 0;  // the figure it joins
    if (compared_with < 0) {
      for (size_t k = qi; k-- > 0;) {
        const Quantity& p = in.quantities[k];
        if (p.sentence != q.sentence || qr[k].end > qb) break;
        const bool like = DimBit(p.dimension) == DimBit(q.dimension) ||
                          (q.dimension == "number" && q.unit.empty() && p.dimension == "count");
        if (!like) continue;
        if (fact_of_quantity[k] < 0 || qb - qr[k].end > 16) break;
        size_t c = qr[k].end;
        while (c < qb && !cue_end[c][kCoordination]) ++c;
        const bool own = best.trig && best.tb >= qr[k].end && best.tb < qe + 4 && confidence >= kMinConfidence;
        // (A few words at most after the coordinating word, a name aside:
        // "and expects more than 6 million", "et la Région Occitanie 22
        // millions"; not a clause of its own, "and that the combined ratio
        // improved to 93.1%".)
        size_t words = 0;
        for (size_t j = c < qb ? cue_end[c][kCoordination] : qb; j < qb; ++j) words += !in_mention[j];
        if (c < qb && !own && words <= 3) {
          const Fact& base = (*out)[static_cast<size_t>(fact_of_quantity[k])];
          coordinate_of = fact_of_quantity[k];
          coordinate_at = c;
          coordinate_base_begin = qr[k].begin;
          coordinate_base_end = qr[k].end;
          if (q.dimension == "number" && p.dimension == "count") base_unit = p.unit;
          predicate = base.predicate;
          confidence = std::max(confidence, std::max(base.confidence * 0.85, kMinConfidence));
        }
        break;
      }
    }
    // (A part's coordinate is a part of the same total: "Les portes en
    // représentent 112 millions et les cadenas 40 millions".)
    if (coordinate_of >= 0 && part_of < 0 && q.value) {
      const Fact& base = (*out)[static_cast<size_t>(coordinate_of)];
      if (base.part_of >= 0 && base.predicate == predicate) {
        const Quantity& wq = in.quantities[static_cast<size_t>((*out)[static_cast<size_t>(base.part_of)].quantity)];
        if (wq.unit == q.unit && wq.value && wq.value->ToDouble() > q.value->ToDouble()) {
          part_of = base.part_of;
          inherited = true;
        }
      }
    }
    // "Le taux de chômage a atteint 7,7 %. Il progresse de 0,3 point": a
    // change in points of the rate the sentence before gave, told by a
    // pronoun, is a change of that rate.
    if (predicate == "growth" && (q.dimension == "percentage_point" || bare_point) && cue_end[sb][kAnaphor] && !out->empty()) {
      const Fact& prev = out->back();
      const Quantity& pq = in.quantities[static_cast<size_t>(prev.quantity)];
      if (prev.sentence + 1 == q.sentence && pq.dimension == "percent" && !IsChange(prev.predicate)) {
        predicate = prev.predicate;
      }
    }
    // "Bercy table sur un déficit de 4,8 % du PIB. Il s'était établi à
    // 5,9 % du PIB en 2024": a share in a sentence a pronoun opens, with
    // no measure of its own but the economy's, is the figure's before it.
    if (q.dimension == "percent" && (predicate.empty() || (predicate == "budget" && confidence < 0.35)) &&
        r.pronoun.Match(toks, sb, text) && !out->empty()) {
      const Fact& prev = out->back();
      const Quantity& pq = in.quantities[static_cast<size_t>(prev.quantity)];
      if (prev.sentence + 1 == q.sentence && pq.dimension == "percent" && !IsChange(prev.predicate) &&
          prev.predicate != predicate) {
        predicate = prev.predicate;
        confidence = std::max(confidence, prev.confidence * 0.8);
      }
    }
    // "le taux grimpe à 17,9 %, en hausse de 1,1 point": a change in points
    // right after a rate is a change of that rate.
    if (predicate == "growth" && (q.dimension == "percentage_point" || bare_point) && qi > 0) {
      const size_t k = qi - 1;
      const Quantity& pq = in.quantities[k];
      if (pq.sentence == q.sentence && pq.dimension == "percent" && fact_of_quantity[k] >= 0 && qr[k].end <= qb &&
          qb - qr[k].end <= 6) {
        const Fact& level = (*out)[static_cast<size_t>(fact_of_quantity[k])];
        if (!IsChange(level.predicate)) predicate = level.predicate;
      }
    }
    // "$2.3 billion, or 91 cents a share": earnings per share restating
    // the amount before are no fact of their own.
    const bool per_share_restatement = [&] {
      if (q.dimension != "money" || q.per.empty() || qi == 0) return false;
      const Quantity& pq = in.quantities[qi - 1];
      size_t rb = 0;
      return pq.sentence == q.sentence && pq.dimension == "money" && pq.per.empty() &&
             r.restatement.MatchEndingAt(toks, qb, text, &rb, qr[qi - 1].end).has_value() && rb - qr[qi - 1].end <= 1;
    }();
    if (per_share_restatement) continue;
    // "la suppression de 380 postes, soit 18 % de ses effectifs", "a
    // deficit of 5.4 billion, or 0.2% of GDP": a share restating the
    // amount just before measures what it measures.
    if ((dim & kDimPercent) && qi > 0 && qb > 0) {
      const size_t k = qi - 1;
      const Quantity& pq = in.quantities[k];
      size_t rb = 0;
      if (pq.sentence == q.sentence && fact_of_quantity[k] >= 0 && (pq.dimension == "money" || pq.dimension == "count") &&
          r.restatement.MatchEndingAt(toks, qb, text, &rb, qr[k].end) && rb >= qr[k].end && rb - qr[k].end <= 1) {
        const Fact& base = (*out)[static_cast<size_t>(fact_of_quantity[k])];
        // (Unless the share is of a market: "118 450 voitures, soit 28,6 %
        // du marché" is a market share.)
        if (!IsChange(base.predicate) && predicate != "market_share") {
          predicate = base.predicate;
          confidence = std::max(confidence, base.confidence * 0.9);
        }
      }
    }
    // "the order would be worth about $7.9 billion", "le contrat s'élève à
    // 740 millions d'euros": a contract's or an order's value is what the
    // buyer pays for it.
    bool deal = false;
    if (q.dimension == "money" &&
        (predicate.empty() || predicate == "valuation" || predicate == "price" || predicate == "acquisition_price")) {
      for (size_t k = qb > sb + 6 ? qb - 6 : sb; k < std::min(se, qe + 3) && !deal; ++k) {
        deal = r.deal_noun.Match(toks, k, text).has_value();
      }
      if (deal) {
        predicate = "acquisition_price";
        confidence = std::max(confidence, 0.3);
      }
    }
    // "le nettoyage d'une chemise passera de 4,90 euros à 5,40 euros", "A
    // shirt goes from £2.95 to £3.25": a small sum a verb takes from one
    // level to another, with no measure named, is what a thing sells for.
    if ((predicate.empty() || confidence < kMinConfidence) && q.dimension == "money" && value_or_high > 0 &&
        value_or_high < 1e3) {
      // (The other sum of the pair is the amount next to this one: amounts
      // come in text order.)
      size_t fb = 0, tb = 0;
      bool pair = false;
      if (r.level_from.MatchEndingAt(toks, qb, text, &fb, sb) && fb > sb) {
        const size_t next = qi + 1;
        pair = qe + 1 < se && r.level_to.Match(toks, qe, text) && next < in.quantities.size() &&
               qr[next].begin == qe + 1 && in.quantities[next].dimension == "money";
      } else if (r.level_to.MatchEndingAt(toks, qb, text, &tb, sb) && tb > sb + 1 && qi > 0) {
        const size_t prev = qi - 1;
        pair = qr[prev].end == tb && in.quantities[prev].dimension == "money" &&
               r.level_from.MatchEndingAt(toks, qr[prev].begin, text, &fb, sb) && fb > sb;
      }
      const Token& verb = toks[fb > sb ? fb - 1 : sb];
      if (pair && verb.kind == TokenKind::kWord && !(verb.flags & (kTokCapitalized | kTokAllCaps)) &&
          !(verb.lex >= 0 && (lex_.word(verb.lex).bits & kWordStop))) {
        predicate = "price";
        confidence = std::max(confidence, 0.3);
      }
    }
    // "won an order for 120 double-decker buses ... from operator Tynelink
    // Buses": what a contract the subject won is for is counted by its
    // buyer, as its price is (not "confirmed an order for 30 locomotives
    // from Stadler", which it placed).
    if (size_t fb = 0; q.dimension == "count" && qb >= sb + 2 && r.deal_for.MatchEndingAt(toks, qb, text, &fb, sb) &&
                       fb > sb && r.deal_noun.MatchEndingAt(toks, fb, text, &fb, sb)) {
      for (size_t k = sb; k + 2 < qb && !deal; ++k) deal = r.deal_won.Match(toks, k, text).has_value();
    }
    // "164 films", "31 fixtures": a number in digits of a plural noun the
    // lexicon does not know is a count of what the subject has or did, at
    // low confidence.
    // ("at 11 of its practices": the noun past "of" and a possessive.)
    size_t partitive_noun = SIZE_MAX;
    if (qe == qb + 1 && qe + 2 < se && is_of(qe)) {
      if (auto pd = r.possessive_det.Match(toks, qe + 1, text); pd && pd->end_token < se) partitive_noun = pd->end_token;
    }
    if (predicate.empty() && q.dimension == "count" && !q.unit.empty() && !q.unit_inherited &&
        (qe > qb + 1 || partitive_noun != SIZE_MAX) && value_or_low >= 2) {
      const Token& noun = toks[qe > qb + 1 ? qe - 1 : partitive_noun];
      const std::string_view w = noun.Text(text);
      bool digits = false;
      for (size_t k = qb; k < std::max(qb + 1, qe - 1); ++k) digits |= toks[k].kind == TokenKind::kNumber;
      if (digits && noun.kind == TokenKind::kWord && !(noun.flags & (kTokCapitalized | kTokAllCaps)) &&
          noun.length >= 4 && (w.back() == 's' || w.back() == 'x') && !r.uncounted.count(Fold(w)) &&
          !r.uncounted.count(Fold(q.unit))) {
        predicate = "count";
        confidence = 0.15;
      }
    }
    // ("Combien de laveries ? Nous en avons 312": a count whose noun a
    // pronoun stands for, and that noun says nothing more.)
    if (predicate.empty() && q.dimension == "count" && q.unit_inherited && !q.unit.empty() && value_or_low >= 2 &&
        !r.uncounted.count(Fold(q.unit))) {
      predicate = "count";
      confidence = 0.15;
    }
    // A mass no word names ("a record 318,000 tonnes", "Environ 1,15
    // million de tonnes"): what is produced, the commonest measure of one.
    // (A hundred tonnes or more, not a dose or a parcel; nor a rate per
    // unit, "500 kilos de CO2 par tonne de ciment"; nor what the fact model
    // does not measure, "ses émissions ... 5,4 millions de tonnes".)
    // (Is a noun of what the fact model does not measure between `from` and
    // a few words past the amount?)
    auto unmeasured_from = [&](size_t from) {
      for (size_t k = from; k < std::min(se, qe + 6); ++k) {
        if (r.unmeasured_noun.Match(toks, k, text)) return true;
      }
      return false;
    };
    const bool per_time = q.per.empty() || q.per == "day" || q.per == "week" || q.per == "month" || q.per == "year";
    if ((predicate.empty() || confidence < kMinConfidence) && q.dimension == "mass" && part_of < 0 && per_time &&
        value_or_high * (q.unit == "t" ? 1000 : 1) >= 1e5) {
      if (!unmeasured_from(sb)) {
        predicate = "production";
        confidence = kMinConfidence;
      }
    }
    if (predicate.empty() || confidence < kMinConfidence) continue;
    // "1 900 kilomètres", "2 450 hectares", "690 mégawatts": a physical
    // measure is no number of things or people; output and sales may be in
    // tonnes, litres or watt-hours, not in metres or hectares.
    {
      const std::string& d = q.dimension;
      const bool spatial = d == "length" || d == "area" || d == "speed" || d == "temperature";
      const bool physical = spatial || d == "volume" || d == "mass" || d == "energy" || d == "power" || d == "data";
      if (physical && (predicate == "count" || predicate == "headcount" || predicate == "users" || predicate == "job_cuts")) {
        continue;
      }
      // (But cloth and cable are made by the metre: "412,000 metres of
      // tweed", a length of a material named right after it.)
      // (Not a distance: "à une soixantaine de kilomètres de là".)
      const bool material = d == "length" && qe + 1 < se && is_of(qe) && toks[qe + 1].kind == TokenKind::kWord &&
                            !(toks[qe + 1].flags & (kTokCapitalized | kTokAllCaps)) && toks[qe + 1].length >= 3 &&
                            !(toks[qe + 1].lex >= 0 && (lex_.word(toks[qe + 1].lex).bits & kWordStop)) &&
                            !r.extent_noun.Match(toks, qe + 1, text);  // (nor "400 mètres de profondeur")
      if (spatial && !material && (predicate == "sales_volume" || predicate == "production")) continue;
      // ("un taux de remplissage de 92 %", "a combined ratio of 96.8%": a rate
      // above a quarter is an occupancy or a ratio, no interest rate.)
      if (predicate == "interest_rate" && d == "percent" && q.value && q.value->ToDouble() > 25) continue;
      // ("dont il détient 70 % du capital", "a 6.8% stake": a stake, no figure.)
      if (d == "percent" && (r.stake_after.Match(toks, qe, text) || (qe + 1 < n && r.stake_after.Match(toks, qe + 1, text)))) {
        continue;
      }
      // ("Voltéria, détenue à 35 % par Hanwol Chem": who owns a company.)
      if (size_t sb2 = 0; d == "percent" && qb > sb && r.stake_before.MatchEndingAt(toks, qb, text, &sb2)) continue;
      // ("creating 600 jobs", "doit créer 300 emplois", "prévoit d'embaucher
      // 200 personnes": jobs to come are no headcount.)
      // (Things to come after a weak verb of staff are counted still: "will
      // add 2,150 beds"; not people a verb of hiring takes: "recruter deux
      // joueurs".)
      auto staff = [&] {
        if (q.unit.empty() || q.unit_inherited || r.people_nouns.count(Fold(q.unit)) ||
            (best.trig && best.trig->weight >= 0.5f)) {
          return true;
        }
        auto it = r.count_nouns.find(FoldedWordHash(q.unit));
        return it != r.count_nouns.end() && std::any_of(it->second.begin(), it->second.end(), [](const Rules::Trigger& t) {
                 return t.predicate == "headcount" || t.predicate == "job_cuts";
               });
      };
      if (predicate == "headcount" && staff()) {
        size_t cb = 0;
        bool creation = false;
        for (size_t k = qb; k + 3 >= qb && k > sb && !creation; --k) {
          creation = r.creation_before.MatchEndingAt(toks, k, text, &cb).has_value();
        }
        if (creation) continue;
      }
      // ("ses émissions de CO2 ont reculé de 9 %", "réduira de 40 % la
      // consommation de gaz": a change of what the fact model does not
      // measure.)
      if (predicate == "growth" && d == "percent") {
        size_t from = qb;  // back to the start of the clause, 14 words at most
        while (from > sb && qb - from < 14 && !is_comma(from - 1)) --from;
        if (unmeasured_from(from)) continue;
      }
      // ("un tiers des livraisons", "un quart des salariés": a share, no number of things.)
      const double v = q.value ? q.value->ToDouble() : 1;
      if (v > 0 && v < 1 && (d == "number" || d == "count") &&
          (predicate == "count" || predicate == "headcount" || predicate == "users" || predicate == "sales_volume" ||
           predicate == "production" || predicate == "job_cuts")) {
        continue;
      }
    }
    // "les deux promus", "deux modèles économiques", "two dating apps": a
    // pair written in words, counted by its noun alone, is a way of
    // speaking, not a figure.
    if (q.dimension == "count" && best.trig && best.tb == qe && best.te == qe && q.value && q.value->ToDouble() <= 2) {
      bool in_words = true;
      for (size_t k = qb; k < qe && in_words; ++k) in_words = toks[k].kind != TokenKind::kNumber;
      // (Unless a verb or noun right before says what happens to them:
      // "ferme deux usines".)
      bool trigger_before = false;
      for (const TriggerHit& h : hits) {
        if (h.end > qb || h.end + 2 < qb || h.begin < sb) continue;
        for (const Rules::Trigger& t : r.groups[static_cast<size_t>(h.group)]) trigger_before |= t.predicate[0] != '_';
      }
      if (in_words && !trigger_before) continue;
    }
    // "une offre publique d'achat sur Ciséo, au prix de 41,50 euros par
    // action": the price of a takeover is its acquisition price.
    if (predicate == "price") {
      for (const TriggerHit& h : hits) {
        if (h.begin < sb || h.end > se || (h.end > qb && h.begin < qe)) continue;
        for (const Rules::Trigger& t : r.groups[static_cast<size_t>(h.group)]) {
          if (t.predicate == "acquisition_price" && !t.verb && t.weight >= 0.85) predicate = "acquisition_price";
        }
      }
    }
    // "paid €240 million for the Halberd Records catalogue": millions paid
    // for a named business or asset buy it.
    int bought = -1;
    if (predicate == "price" && best.trig && best.trig->verb && q.dimension == "money" && q.value &&
        q.value->ToDouble() >= 1e6) {
      for (size_t k = qe; k < std::min(se, qe + 2) && bought < 0; ++k) {
        if (!cue_end[k][kObjectAfter]) continue;
        for (const EntityMention& m : in.mentions) {
          if (m.first_token < cue_end[k][kObjectAfter] || m.first_token > cue_end[k][kObjectAfter] + 4) continue;
          const std::string& type = in.entities[static_cast<size_t>(m.entity)].type;
          if (type == "ORG" || type == "PRODUCT") bought = m.entity;
          break;
        }
      }
      if (bought >= 0) predicate = "acquisition_price";
    }
    // "la mesure coûterait 400 millions d'euros": what costs tens of
    // millions is a cost to someone, not the price of a thing sold.
    // ("will cost at least £6.8 billion", "a coûté 7,2 millions": with the
    // verb "cost" itself, a million or more, a bound's bottom included;
    // "costs £549" stays a price.)
    if (predicate == "price" && best.trig && q.dimension == "money") {
      const double v = value_or_high;
      // (Or a hundred thousand or more by the year, a running cost:
      // "l'exploitation coûte quelque 1,9 million d'euros par an".)
      if (best.trig->verb && best.te > best.tb &&
          ((q.per.empty() && std::abs(value_or_low) >= 1e6) || (q.per == "year" && std::abs(value_or_low) >= 1e5))) {
        const std::string w = Fold(toks[best.tb].Text(text));
        if (w.rfind("cost", 0) == 0 || w.rfind("cout", 0) == 0) predicate = "cost";
      }
      for (const TriggerHit& h : hits) {
        if (v < 1e7 || h.begin != best.tb || h.end != best.te) continue;
        for (const Rules::Trigger& t : r.groups[static_cast<size_t>(h.group)]) {
          if (t.predicate == "cost") predicate = "cost";
        }
      }
    }
    // "un rendement de 7,1 % sur ses placements", "returned 9.2% on its
    // portfolio": what a fund's investments earned, its growth (a bond's
    // yield stays an interest rate).
    if (q.dimension == "percent" && r.portfolio_return.Match(toks, qe, text)) predicate = "growth";
    // "la facture moyenne passera à 486 euros", "the average bill falls to
    // £1,689": a bill of a few thousand at most is what a household pays,
    // the price of the service.
    // ("It costs £14.99 a month": a small sum paid per month or per year is
    // a subscription's price.)
    // ("the average annual premium climbed to £412": a policy's premium is
    // its price; an insurer's premiums by the million are its revenue.)
    if ((predicate == "cost" || predicate == "revenue") && best.trig && q.dimension == "money") {
      const double v = value_or_high;
      if (v > 0 && v < 1e4 && r.bill_noun.Match(toks, best.tb, text)) predicate = "price";
      if (v > 0 && v < 1e3 && (q.per == "month" || q.per == "year")) predicate = "price";
      // ("A medium latte costs £3.95": a small sum right after the verb
      // is what a thing sells for.)
      // (Not what it costs someone: "Each return still costs us roughly £180".)
      // (Or past an average's words: "A punnet cost an average of £2.45".)
      size_t ab = 0;
      const bool gap_ok = best.te == qb || (best.te < qb && r.average_gap.MatchEndingAt(toks, qb, text, &ab) && ab == best.te);
      if (auto pv = r.price_verb.Match(toks, best.tb, text); v > 0 && v < 1e3 && gap_ok && pv && pv->end_token == best.te) {
        predicate = "price";
      }
    }
    // A sum of a million or more named by a noun of pay is no one person's:
    // "Wages, at about £1.4 million" is what a firm spends on them, a cost;
    // "a encaissé 382 millions d'euros de primes", what a verb of takings
    // collects, revenue (premiums).
    if (predicate == "compensation" && best.trig && !best.trig->verb && q.dimension == "money" &&
        std::abs(value_or_low) >= 1e6) {
      if (q.per.empty() && r.payroll_noun.Match(toks, best.tb, text)) {
        predicate = "cost";
      } else {
        for (const TriggerHit& h : hits) {
          if (h.begin < sb || h.end > qb) continue;
          for (const Rules::Trigger& t : r.groups[static_cast<size_t>(h.group)]) {
            if (t.verb && t.predicate == "revenue" && (t.dims & dim)) predicate = "revenue";
          }
        }
      }
    }
    // "a £640,000 grant towards a £1.9m spinning line": the sum of the
    // project aid or a loan goes towards is what the project costs.
    if (size_t pb = 0; q.dimension == "money" && best.trig && best.te <= qb &&
                       (predicate == "subsidy" || predicate == "loan" || predicate == "funding_raised") &&
                       r.project_before.MatchEndingAt(toks, qb, text, &pb) && pb >= best.te) {
      predicate = "cost";
    }
    // "The catch was worth £598 million": what a year's catch, harvest or
    // exports were worth is what they brought in, no company's valuation.
    if (predicate == "valuation" && q.dimension == "money" && best.trig && best.trig->verb && best.tb > sb) {
      for (size_t k = best.tb; k-- > sb && k + 3 >= best.tb;) {
        if (r.worth_flow.Match(toks, k, text)) {
          predicate = "revenue";
          break;
        }
      }
    }
    // "la coquille part à 4,60 euros le kilo", "versera 7,80 euros par
    // kilo": a sum by weight or volume is a price (what a tonne costs to
    // mine stays a cost); "sells its cheese at £21 a kilo" sells no firm.
    if (q.dimension == "money" && (q.per == "kg" || q.per == "t" || q.per == "l") &&
        (predicate == "revenue" || predicate == "settlement" || predicate == "compensation" || predicate == "profit" ||
         predicate == "acquisition_price")) {
      predicate = "price";
    }
    // "ordered to pay £46,000 towards prosecution costs", "à verser 8 000
    // euros au titre des frais de justice": what a court orders paid
    // towards costs, named right after the sum, is a cost, not the fine.
    if (predicate == "fine" && q.dimension == "money" && noun_trigger_in(qe, qe, "cost")) predicate = "cost";
    // "Insurers expect to pay out between £380 million and £430 million for
    // damage": what is paid out for something is a cost, not a dividend.
    if (predicate == "dividend" && q.dimension == "money" && best.trig && best.trig->verb && q.per.empty() &&
        r.price_for.Match(toks, qe, text)) {
      predicate = "cost";
    }
    // "it earned £37m from NHS work": what a verb of earning says came in
    // from a line of business is takings, not a profit.
    bool earned_from = false;
    if (predicate == "profit" && q.dimension == "money" && best.trig && best.trig->verb && best.te <= qb &&
        qb - best.te <= 2 && r.income_from.Match(toks, qe, text)) {
      for (const TriggerHit& h : hits) {
        if (h.begin != best.tb) continue;
        for (const Rules::Trigger& t : r.groups[static_cast<size_t>(h.group)]) earned_from |= t.predicate == "compensation";
      }
      if (earned_from) predicate = "revenue";
    }
    // "l'offre de reprise de Maubrac Habitat, qui déboursera 27 millions
    // d'euros": a sum paid in a sentence about a takeover is its price.
    if ((predicate == "spending" || predicate == "cost" || predicate == "investment") && q.dimension == "money" && best.trig &&
        best.trig->verb) {
      bool takeover = false;
      for (const TriggerHit& h : hits) {
        if (h.begin < sb || h.end > se) continue;
        for (const Rules::Trigger& t : r.groups[static_cast<size_t>(h.group)]) {
          takeover |= t.predicate == "acquisition_price" && !t.verb && t.weight >= 0.6;
        }
      }
      if (takeover) predicate = "acquisition_price";
    }
    // "We sell a 100g bag to retailers for about 90p": a small sum a thing
    // sells for is its price, not the price of a business.
    if (predicate == "acquisition_price" && q.dimension == "money" && qb > sb) {
      const double v = value_or_high;
      size_t fb = 0;
      if (v > 0 && v < 1e3 && r.price_for.MatchEndingAt(toks, qb, text, &fb)) predicate = "price";
    }
    // "Ironclad paid $8 million in October for a permanent league slot":
    // millions a buyer pays for something are what it bought it for.
    if (predicate == "price" && q.dimension == "money" && best.trig && best.trig->verb && best.te <= qb) {
      const double v = value_or_high;
      bool paid_for = false;
      for (size_t k = qe; k < se && k < qe + 6 && !paid_for; ++k) {
        if (toks[k].kind == TokenKind::kPunct) break;
        paid_for = r.price_for.Match(toks, k, text).has_value();
      }
      if (v >= 1e6 && paid_for) predicate = "acquisition_price";
    }
    // A verb in the present right before the amount, a "now" word between
    // allowed ("emploie 1 350 salariés", "compte désormais 1 400 vélos");
    // state_b is where the verb starts.
    size_t state_b = 0;
    bool stated_now = qb > sb && r.present_state.MatchEndingAt(toks, qb, text, &state_b).has_value();
    for (size_t k = qb >= sb + 2 ? qb - 2 : sb; k < qb && !stated_now; ++k) {
      stated_now = k > sb && cue_end[k][kNow] == qb && r.present_state.MatchEndingAt(toks, k, text, &state_b);
    }
    // (Or what a company has, a workforce or a network, said with "with":
    // "Avec 140 salariés, la société a réalisé en 2025 ...", "a chain with
    // 31 branches, was fined"; not what flows, "Avec 33.900
    // immatriculations".)
    if (!stated_now && (predicate == "headcount" || predicate == "count") && (dim & kDimCount) &&
        r.state_with.MatchEndingAt(toks, qb, text, &state_b)) {
      stated_now = true;
    }
    // "qui compte 46 cliniques", "1 400 vélos": a trigger of users before a
    // number of things that are no users counts them.
    if (predicate == "users" && q.dimension == "count" && !q.unit.empty() && best.trig && best.tb < qb) {
      // ("qui compte 43 000 habitants": a population is no fact.)
      if (r.uncounted.count(Fold(q.unit))) continue;
      bool users_noun = false;
      std::string noun_predicate = "count";
      if (auto it = r.count_nouns.find(FoldedWordHash(q.unit)); it != r.count_nouns.end()) {
        for (const Rules::Trigger& t : it->second) {
          users_noun |= t.predicate == "users";
          if (t.predicate != "users") noun_predicate = t.predicate;
        }
      }
      // ("compte désormais 1 400 vélos": things a company has, a verb of
      // having in the present before them, are a count of its fleet or
      // network, not a volume sold.)
      // (People a strong verb of service takes care of are users: "looked
      // after about 21,000 people"; weight 0.9 and above in predicates.tsv.)
      const bool cared_for = best.trig->verb && best.trig->weight >= 0.85f && r.people_nouns.count(Fold(q.unit));
      if (!users_noun && !cared_for) predicate = stated_now && noun_predicate == "sales_volume" ? "count" : noun_predicate;
    }
    // What the counted nouns say of the amount's noun (they list every word
    // for staff and jobs): whether it counts staff, and its predicate ("" for
    // a noun they do not list).
    bool staff_noun = false;
    std::string noun_predicate;
    if ((predicate == "job_cuts" || predicate == "headcount") && q.dimension == "count" && !q.unit.empty() &&
        !q.unit_inherited) {
      if (auto it = r.count_nouns.find(FoldedWordHash(q.unit)); it != r.count_nouns.end()) {
        for (const Rules::Trigger& t : it->second) {
          staff_noun |= t.predicate == "headcount" || t.predicate == "job_cuts";
          noun_predicate = t.predicate;
        }
      }
      // "va supprimer 120 lits": a cut of things that are no jobs counts
      // them; "emploie 7 800 personnes dans neuf pays": a staff trigger
      // before a number of things that are no staff counts them.
      if (predicate == "job_cuts" && !staff_noun) predicate = "count";
      // (People such a firm serves, employed by it, are its staff:
      // "employs 130 riders".)
      else if (predicate == "headcount" && !staff_noun && !noun_predicate.empty() &&
               !(noun_predicate == "users" && best.trig && best.trig->verb && best.te <= qb && qb - best.te <= 2)) {
        predicate = noun_predicate;
      }
      else if (predicate == "headcount" && !staff_noun && best.trig && best.trig->weight < 0.5f) predicate = "count";
      // ("where it retreaded 140,000 truck tyres", past a cut of jobs: a
      // noun no lexicon lists, with no ending of a trade, counts things.)
      else if (predicate == "headcount" && !staff_noun && noun_predicate.empty() && !lex_.NounEnding(q.unit) &&
               best.trig && best.te <= qb && qb - best.te > 3) {
        predicate = "count";
      }
    }
    // "3,1 millions de clients" are an operator's users; "plus de 85
    // clients" a software firm's business clients.
    if ((predicate == "count" || predicate == "users") && q.dimension == "count" &&
        std::find(r.customer_nouns.begin(), r.customer_nouns.end(), Fold(q.unit)) != r.customer_nouns.end()) {
      predicate = value_or_low >= 1e4 ? "users" : "count";
    }
    // "more than 5.3 million people" jumped at its parks: no employer has
    // that many staff (the largest about two million), so people by the
    // millions are the ones it serves.
    if (predicate == "headcount" && q.dimension == "count" && value_or_low >= 3e6 &&
        r.people_nouns.count(Fold(q.unit))) {
      predicate = "users";
    }
    // "valorisé 1 milliard de dollars en Bourse": a value on the stock
    // market is a market capitalisation.
    // Money spent on building or renewing an asset ("consacrera 1,2
    // milliard d'euros à la modernisation du réseau", "spend NZ$180 million
    // on a new mozzarella line") is an investment.
    // (Not a part of capital spending: "including about C$900 million for
    // the Birchwood 2 expansion" stays spending.)
    if (predicate == "spending" && part_of < 0) {
      for (size_t k = qe; k < std::min(qe + 12, se) && predicate == "spending"; ++k) {
        if (r.capital_project.Match(toks, k, text)) predicate = "investment";
      }
    }
    // Money a company spends on what it runs on ("We spent £6.2m on power",
    // "spending $160 million on player payroll") is a running cost, not
    // capital spending.
    if (predicate == "spending" && best.trig && part_of < 0) {
      for (size_t k = qe; k < std::min(qe + 6, se) && predicate == "spending"; ++k) {
        if (toks[k].kind == TokenKind::kPunct) break;
        if (r.running_cost.Match(toks, k, text)) predicate = "cost";
      }
    }
    // What a tax brings in is tax ("une taxe ... qui rapporterait 6,8
    // milliards d'euros par an", "tax receipts increased 6.8% to £62.9
    // billion"): a tax noun before the amount in its sentence.
    // (Not a revenue noun of its own further on: "its legal duties,
    // noting that its revenue rose to NZ$88m".)
    // (Or in the sentence before, for what a verb says it brings in: "Le
    // taux de la taxe foncière passe à 30,1 %. La mesure doit rapporter 14
    // millions d'euros".)
    if (predicate == "revenue") {
      size_t from = sb;
      if (best.trig && best.trig->verb && q.sentence > 0) {
        size_t pe = 0;
        sentence_range(q.sentence - 1, &from, &pe);
      }
      for (const TriggerHit& h : hits) {
        if (h.begin < from || h.end > qb) continue;
        if (best.trig && !best.trig->verb && best.tb > h.end + 2) continue;
        for (const Rules::Trigger& t : r.groups[static_cast<size_t>(h.group)]) {
          if (t.predicate == "tax" && !t.verb && (t.dims & kDimMoney)) predicate = "tax";
        }
      }
    }
    // So is a value after a share move of the same sentence ("shares rose
    // 6.8% in London, valuing the company at about £18.3 billion").
    if (predicate == "valuation") {
      for (const TriggerHit& h : hits) {
        if (h.begin < sb || h.end > se) continue;
        for (const Rules::Trigger& t : r.groups[static_cast<size_t>(h.group)]) {
          if (t.predicate == "market_cap") predicate = "market_cap";
        }
      }
      for (size_t k = out->size(); k-- > 0 && (*out)[k].sentence == q.sentence;) {
        if ((*out)[k].predicate == "stock_change") predicate = "market_cap";
      }
    }

    // What a change measures: "le produit net bancaire ... soit +0,5 %" is
    // growth of revenue, "a 4.1% fall in net profit" growth of profit.
    std::string measure;
    if (predicate == "growth") {
      size_t best_distance = SIZE_MAX;
      for (const TriggerHit& h : hits) {
        if (h.begin < sb || h.end > se || in_mention[h.begin]) continue;
        size_t d = h.end <= qb ? qb - h.end : h.begin >= qe ? h.begin - qe : 0;
        for (const Rules::Trigger& t : r.groups[static_cast<size_t>(h.group)]) {
          if (t.verb || !(t.dims & kDimMoney) || t.predicate[0] == '_' || IsChange(t.predicate)) continue;
          if (d < best_distance) {
            best_distance = d;
            measure = t.predicate;
          }
        }
      }
    }
    // In a market report, a company's move of so many percent that measures
    // nothing named ("Sarrival a bondi de 6,8 %") is its share price's.
    if (market_report && predicate == "growth" && measure.empty() && q.dimension == "percent") {
      predicate = "stock_change";
    }
    // A running total ("elle a levé au total 2,3 milliards"): not a figure of one year.
    bool cumulative = false;
    for (size_t i = sb; i < se && !cumulative; ++i) {
      if (cue_end[i][kCumulative] && (i + 8 >= qb && i <= qe + 4)) cumulative = true;
    }

    // 2. Source: "selon X", "d'après des documents consultés par X", "a déclaré X", "X a indiqué".
    int source = -1;
    int speaker_org = -1;  // the company in a source's role ("le PDG de Dorvane, X")
    size_t attribution_from = SIZE_MAX;  // "according to ..." runs from here to the end of the sentence
    std::vector<const EntityMention*> in_sentence;
    {
      // Mentions are in text order: those of this sentence are contiguous.
      auto it = std::lower_bound(in.mentions.begin(), in.mentions.end(), q.sentence,
                                 [](const EntityMention& m, uint32_t s) { return m.sentence < s; });
      for (; it != in.mentions.end() && it->sentence == q.sentence; ++it) in_sentence.push_back(&*it);
    }
    // A role in apposition before a name: "son cofondateur, Nathan Ebrard",
    // "la directrice générale, Sophie Marquenterre", "vendredi l'": lower-case
    // words, elisions and commas only, a few of them.
    // ("a averti le premier président de l'institution, Hervé Lanclos";
    // "son PDG, Patrick Pouyanné": a short acronym is a role too.)
    auto appositive = [&](size_t from, size_t to) {
      if (to < from || to - from > 9) return false;
      for (size_t k = from; k < to; ++k) {
        const Token& t = toks[k];
        bool word = t.kind == TokenKind::kWord &&
                    (!(t.flags & (kTokCapitalized | kTokAllCaps)) || ((t.flags & kTokAllCaps) && t.length <= 4));
        bool mark = t.kind == TokenKind::kPunct && (t.cp == ',' || t.cp == '\'' || t.cp == U'\u2019' || t.cp == '-');
        if (!word && !mark) return false;
      }
      return true;
    };
    for (size_t i = sb; i < se && source < 0; ++i) {
      // (A consensus after the figure is the nearest figure's only: "rose
      // to $4.1 billion, above the $3.85 billion expected by analysts
      // polled by LSEG".)
      size_t end = cue_end[i][kAttributionBefore];
      if (size_t c = cue_end[i][kConsensus]; c && !(i >= qe && quantities_between(qe, i, 0xFF) > 0)) end = c;
      if (end) {
        if (i > qb || end <= qb) attribution_from = std::min(attribution_from, i > qe ? i : SIZE_MAX);
        for (const EntityMention* em : in_sentence) {
          if (em->first_token >= end) {
            // The source runs to the next comma, unless a role stands before
            // the name ("selon son cofondateur, Nathan Ebrard").
            const bool comma = comma_between(end, em->first_token);
            bool person = in.entities[static_cast<size_t>(em->entity)].type == "PERSON";
            if (!comma || (person && appositive(end, em->first_token))) source = em->entity;
            break;
          }
        }
      }
      if (size_t end = cue_end[i][kAttributionVerb]) {
        // "a indiqué Sam Altman", "a précisé la directrice générale, Sophie
        // Marquenterre", "a annoncé vendredi l'Insee" (after), "Sam Altman a
        // indiqué" (before, adjacent). A company speaking of itself ("Nvidia
        // said") is the subject, not a source; a public body is a source.
        // ("a précisé le PDG de Dorvane, Éric Lambrecht": the company in
        // the role is the speaker's, and whose figure it is.)
        int org_in_role = -1;
        for (const EntityMention* em : in_sentence) {
          const std::string& type = in.entities[static_cast<size_t>(em->entity)].type;
          bool after = em->first_token >= end && appositive(end, em->first_token);
          if (!after && type == "PERSON" && em->first_token > end && org_in_role < 0) {
            for (const EntityMention* org : in_sentence) {
              if (org->first_token <= end || org->end_token >= em->first_token || org->first_token < end + 2) continue;
              const size_t of = of_before(org->first_token);
              if (of == SIZE_MAX || in.entities[static_cast<size_t>(org->entity)].type != "ORG") continue;
              if (appositive(end, of) && appositive(org->end_token, em->first_token)) {
                after = true;
                org_in_role = org->entity;
              }
            }
          }
          bool before = em->end_token == i || em->end_token + 1 == i;
          // (Past an apposition: "Unison, the public service union, says".)
          if (!before && em->end_token + 2 < i && (type == "GOV" || trade_body[em->entity]) &&
              apposition_close(em->end_token, 6) == i - 1) {
            before = true;
          }
          // (", the Labor Department said.": a reporting clause that ends
          // the sentence names a public body as the source too.)
          // (", Stats NZ said on Tuesday, ...": past the day it said so.)
          size_t said_end = end;
          for (size_t k = 0; k < in.times.size(); ++k) {
            if (tr[k].begin == end || (tr[k].begin == end + 1 && toks[end].kind == TokenKind::kWord &&
                                       toks[end].lex >= 0 && (lex_.word(toks[end].lex).bits & kWordStop))) {
              said_end = tr[k].end;
              break;
            }
          }
          bool tail = false;
          if (before && em->first_token >= 2 && said_end < n && toks[said_end].kind == TokenKind::kPunct &&
              (toks[said_end].cp == '.' || toks[said_end].cp == ',')) {
            size_t c = em->first_token - 1;
            if (toks[c].kind == TokenKind::kWord && c > 0 && toks[c].lex >= 0 &&
                (lex_.word(toks[c].lex).bits & kWordStop)) {
              --c;  // "the"
            }
            tail = is_comma(c);
          }
          // (Or a public body that says what others did: "The Office for
          // National Statistics said overseas residents made 9.6 million
          // visits"; not "the Bank said it would cut rates".)
          bool reports = false;
          // (A union too: "Unison, the public service union, says at least
          // 31 posts will go".)
          if (before && (type == "GOV" || trade_body[em->entity]) && em->first_token <= sb + 2 && end + 1 < se &&
              toks[end].kind == TokenKind::kWord) {
            // (Past "that": "said that it would".)
            reports = !r.pronoun.Match(toks, end, text) && !r.pronoun.Match(toks, end + 1, text) &&
                      !r.possessive_det.Match(toks, end, text);
          }
          if ((after || before) &&
              (type == "PERSON" || ((after || tail || reports) && (type == "GOV" || trade_body[em->entity])))) {
            source = em->entity;
            speaker_org = org_in_role;
            // "affirme Romain Lesueur, président d'Hélioz Énergie": the role
            // after the name names the company.
            if (type == "PERSON" && speaker_org < 0 && em->end_token < n && toks[em->end_token].kind == TokenKind::kPunct &&
                toks[em->end_token].cp == ',') {
              for (const EntityMention* org : in_sentence) {
                const size_t of = of_before(org->first_token);
                if (org->first_token <= em->end_token + 1 || of == SIZE_MAX ||
                    in.entities[static_cast<size_t>(org->entity)].type != "ORG") {
                  continue;
                }
                if (appositive(em->end_token, of)) speaker_org = org->entity;
                break;
              }
            }
            break;
          }
        }
      }
    }

    // The person named last before this sentence, in the two before it, or -1.
    auto person_named_before = [&]() -> int {
      for (auto m = in.mentions.rbegin(); m != in.mentions.rend(); ++m) {
        if (m->first_token >= sb) continue;
        if (m->sentence + 2 < q.sentence) break;
        if (in.entities[static_cast<size_t>(m->entity)].type == "PERSON") return m->entity;
      }
      return -1;
    };
    // "Council leader Judith Aske opens the debate. She says the change
    // would save £1.3m", "..., he says.": a pronoun that says, opening the
    // sentence or closing it, is the person named last, in the sentence
    // before or the one before that.
    for (size_t i = sb + 1; i < se && source < 0; ++i) {
      if (!cue_end[i][kAttributionVerb] || !r.speaker_pronoun.Match(toks, i - 1, text)) continue;
      if (!(i - 1 == sb || (i >= sb + 2 && is_comma(i - 2)))) continue;
      source = person_named_before();
      break;
    }

    // 3. Object: after an object preposition of the trigger, or the direct
    // object of an acquisition verb.
    int object = -1;
    if (best.trig && (!best.trig->object_preps.empty() || predicate == "acquisition_price")) {
      for (const EntityMention* em : in_sentence) {
        if (em->first_token < best.te || em->entity == source) continue;
        size_t from = std::max(best.te, qe <= em->first_token ? qe : best.te);
        bool ok = false;
        for (const auto& prep : best.trig->object_preps) {
          for (size_t k = from; k + prep.size() <= em->first_token && k < from + 8; ++k) {
            bool match = true;
            for (size_t p = 0; p < prep.size(); ++p) match &= toks[k + p].hash == prep[p];
            // The preposition is followed by the entity, an article or an elision.
            if (match && em->first_token - (k + prep.size()) <= 3) ok = true;
          }
        }
        if (!ok && predicate == "acquisition_price" && best.trig->verb && em->first_token - best.te <= 6) ok = true;
        // "1,2 milliard de dollars pour Tessaly Software", "$1.2 billion for Tessaly".
        if (!ok && predicate == "acquisition_price" && em->first_token >= qe && em->first_token <= qe + 4) {
          for (size_t k = qe; k < em->first_token && !ok; ++k) ok = cue_end[k][kObjectAfter] != 0;
        }
        const std::string& type = in.entities[static_cast<size_t>(em->entity)].type;
        if (type == "PLACE" && predicate != "investment") ok = false;  // "Tessaly Software (Austin, Texas)"
        // "$1.2 billion in direct funding from the Commerce Department":
        // funding a public body gives is aid (not capital raised from it:
        // "raised £5m from the British Business Bank").
        if (ok && predicate == "funding_raised" && !best.trig->verb && type == "GOV") predicate = "subsidy";
        // "les coûts d'OpenAI": for a measure of the company itself, a name
        // after "de" is whose it is (the subject), not an object.
        bool takes_object = predicate == "investment" || predicate == "acquisition_price" || predicate == "loan" ||
                            predicate == "subsidy" || predicate == "fine" || predicate == "settlement";
        if (!takes_object && type != "PRODUCT") ok = false;
        if (ok) {
          object = em->entity;
          break;
        }
      }
    }

    if (bought >= 0 && object < 0 && bought != source) object = bought;
    // A fine is about who pays it: "une amende ... à Amazon" makes Amazon
    // the subject, not an object.
    if (predicate == "fine" && object >= 0 && in.entities[static_cast<size_t>(object)].type != "GOV") object = -1;

    // 4. Subject.
    const size_t anchor = best.trig && best.tb < qb ? best.tb : qb;  // where the claim starts
    // (A town or a facility the article is about sets its own prices and
    // counts its own users: "À Valbrune, le conseil municipal a voté [...]
    // sera facturé 2 950 euros"; "au centre aquatique des Saulaies [...]
    // Dix leçons coûtent 95 euros".)
    auto corporate = [&](const std::string& p) {
      return (p != "users" && p != "price") || (local_topic >= 0 && main_org == local_topic);
    };
    // Measures of an economy: a country (PLACE) may be their subject.
    const bool macro = predicate == "deficit" || predicate == "debt" || predicate == "inflation" ||
                       predicate == "unemployment_rate" || predicate == "interest_rate" || predicate == "budget";
    // Measures of an economy, not of the body that publishes them (Insee,
    // a central bank): a place is their subject.
    // Growth "du PIB" too ("une croissance de 0,8 % du PIB de la zone euro").
    bool gdp = false;
    for (size_t i = sb; i < se && !gdp; ++i) gdp = cue_end[i][kEconomy] != 0;
    const bool economy = predicate == "inflation" || predicate == "unemployment_rate" || predicate == "deficit" ||
                         predicate == "debt" || (predicate == "growth" && gdp);
    const bool national = gdp || predicate == "inflation" || predicate == "unemployment_rate";
    // A product stands for its maker when the measure is the company's.
    auto as_subject = [&](int e) {
      const Entity& en = in.entities[static_cast<size_t>(e)];
      if (en.type == "PRODUCT" && corporate(predicate) && !en.parent.empty()) {
        for (size_t k = 0; k < in.entities.size(); ++k) {
          if (in.entities[k].id == en.parent) return static_cast<int>(k);
        }
      }
      // A product of unknown maker ("porté par « Brumes d'Argent »,
      // Nébulane Studios signe un exercice record"): the company the
      // article is about.
      // (Not a change: "le tarif Bleu augmentera de 4,2 %" is the tariff's.)
      // (A company the headline or the lead names: not a newspaper quoted
      // further down about a government programme.)
      // (Not a facility named with its lower-case head, "les halles de
      // Vernouillet", which runs its own accounts.)
      if (en.type == "PRODUCT" && corporate(predicate) && predicate != "growth" && en.parent.empty() && main_org_opens &&
          !LowerCaseHeaded(en.name)) {
        return main_org;
      }
      return e;
    };
    auto after_preposition = [&](const EntityMention* em) {
      size_t b = 0;
      size_t first = em->first_token;
      // skip an elided article ("à l'État") or an article ("chez la société X")
      if (first > sb + 1 && toks[first - 1].kind == TokenKind::kPunct && toks[first - 1].cp == '\'') first -= 2;
      else if (first > sb && toks[first - 1].lex >= 0 && (lex_.word(toks[first - 1].lex).bits & kWordStop) &&
               toks[first - 1].length <= 3 && !r.preposition.MatchEndingAt(toks, first, text, &b, sb)) --first;
      // ... or a lower-case adjective ("across southern Europe").
      else if (first > sb + 1 && toks[first - 1].kind == TokenKind::kWord &&
               !(toks[first - 1].flags & (kTokCapitalized | kTokAllCaps)) &&
               r.preposition.MatchEndingAt(toks, first - 1, text, &b, sb)) --first;
      if (!(first > sb && first <= n && r.preposition.MatchEndingAt(toks, first, text, &b, sb))) return false;
      // ("Chez Maisonnette, les remises atteignent 60 %": a company set
      // before the clause, a comma after it, is what the sentence is about.)
      size_t ab = 0;
      const bool opens = (b == sb || (b > sb && b <= sb + 3 && toks[b - 1].kind == TokenKind::kPunct)) &&
                         em->end_token < n && is_comma(em->end_token) &&
                         r.at_company.MatchEndingAt(toks, first, text, &ab).has_value();
      return !opens;
    };
    // A name that opens a clause of its own right before the figure's
    // trigger: "La start-up ... a perdu 11 millions, quand Cogito Cours
    // dégageait un bénéfice de 5,2 millions".
    auto clause_subject = [&](const EntityMention* em) {
      if (em->end_token > anchor || anchor - em->end_token > 4 || em->first_token < sb + 2) return false;
      for (size_t i = em->first_token - 1; i > sb; --i) {
        if (!cue_end[i][kClauseBreak]) continue;
        const size_t after = toks[i].kind == TokenKind::kPunct ? i + 1 : i;
        if (after < n && r.relative.Match(toks, after, text)) return false;  // ", qui": a relative clause
        return cue_end[i][kClauseBreak] >= em->first_token - 1;
      }
      return false;
    };
    int subject = -1;
    double subject_score = 0;
    size_t subject_end = 0;  // where the chosen subject's mention ends
    bool anaphor_first = false;  // "The company ...", "Elle ...", "Its robots ..." before any name
    // "The Ohio producer lost 6.4 million hens", "the Iowa-based group": a
    // place between "the" and a trade's noun is where the company is; the
    // phrase names the company the text is about, like "the company".
    // A dash glued to the token before it, then a word glued to it, at k
    // ("-based" after "Iowa").
    auto dash_word_at = [&](size_t k) {
      return k > 0 && k + 1 < n && toks[k].kind == TokenKind::kPunct && toks[k].cp == '-' &&
             toks[k].begin == toks[k - 1].end && toks[k + 1].kind == TokenKind::kWord && toks[k + 1].begin == toks[k].end;
    };
    // (Past the rest of a place's name the catalog did not hold: "the
    // Santa Maria da Feira-based group".)
    auto place_suffix = [&](const EntityMention* em) {
      for (size_t k = em->end_token; k < n && k <= em->end_token + 2; ++k) {
        if (dash_word_at(k)) return r.place_suffixes.count(Fold(toks[k + 1].Text(text))) > 0;
        if (toks[k].kind != TokenKind::kWord) return false;
      }
      return false;
    };
    auto place_in_title = [&](const EntityMention* em) {
      if (r.trade_heads.empty() || em->first_token == 0 || em->end_token >= n ||
          in.entities[static_cast<size_t>(em->entity)].type != "PLACE") {
        return false;
      }
      const Token& before = toks[em->first_token - 1];
      if (before.kind != TokenKind::kWord || !(before.lex >= 0 && (lex_.word(before.lex).bits & kWordStop)) ||
          Fold(before.Text(text)) != "the") {
        return false;
      }
      size_t k = em->end_token;
      if (dash_word_at(k)) k += 2;  // "-based", "-listed"
      return k < n && toks[k].kind == TokenKind::kWord && !(toks[k].flags & (kTokCapitalized | kTokAllCaps)) &&
             r.trade_heads.count(Fold(toks[k].Text(text))) != 0;
    };
    {
      size_t first_name = se;
      for (const EntityMention* em : in_sentence) {
        if (place_in_title(em)) {
          if (em->first_token <= sb + 1 && em->first_token < anchor) anaphor_first = true;
          continue;
        }
        first_name = std::min<size_t>(first_name, em->first_token);
      }
      for (size_t i = sb; i < std::min(first_name, anchor); ++i) {
        // (Not when it runs into the name: "La Banque centrale européenne";
        // nor when the name follows in apposition: "Son distributeur,
        // Cardelio Distribution, a été condamné".)
        size_t e = cue_end[i][kAnaphor];
        bool apposition = e && first_name < se && first_name > e && first_name - e <= 3 &&
                          toks[first_name - 1].kind == TokenKind::kPunct && toks[first_name - 1].cp == ',';
        // (Nor a title with an adjective or two: "la jeune pousse lyonnaise
        // Sentinelle Pay".)
        bool title = e && first_name < se && first_name >= e && first_name - e <= 2;
        for (size_t k = e; title && k < first_name; ++k) {
          title = toks[k].kind == TokenKind::kWord && !(toks[k].flags & (kTokCapitalized | kTokAllCaps));
        }
        if (e && e < first_name && !apposition && !title) {  // "l'équipementier Daher": a title, not an anaphor
          anaphor_first = true;
          break;
        }
      }
    }
    auto parenthesized = [&](const EntityMention* em) {
      return em->first_token > 0 && em->end_token < n && toks[em->first_token - 1].kind == TokenKind::kPunct &&
             toks[em->first_token - 1].cp == '(' && toks[em->end_token].kind == TokenKind::kPunct &&
             toks[em->end_token].cp == ')';
    };
    // "PARIS, 18 mars 2025 (ACP) -", "WILMINGTON, Delaware, Sept 12 (Wire)
    // -": a dateline, up to its dash, names no subject.
    size_t dateline_end = sb;
    if (sb + 1 < se && (toks[sb].flags & kTokAllCaps) && toks[sb].kind == TokenKind::kWord) {
      for (size_t k = sb + 1; k < se && k < sb + 16; ++k) {
        const Token& x = toks[k];
        if (x.kind == TokenKind::kPunct && (x.cp == '-' || x.cp == 0x2013 || x.cp == 0x2014) && k > 0 &&
            toks[k - 1].end < x.begin) {
          dateline_end = k;
          break;
        }
      }
    }
    // The company that opens the sentence (after any dateline), if one does.
    const EntityMention* opening_org = nullptr;
    for (const EntityMention* em : in_sentence) {
      if (em->first_token < dateline_end) continue;
      if (in.entities[static_cast<size_t>(em->entity)].type == "ORG" && em->first_token <= dateline_end + 3) opening_org = em;
      break;
    }
    // A name inside the apposition that describes a source that is no
    // person is no subject: "Selon le SDES, le service statistique du
    // ministère de la Transition écologique, 28 400 véhicules ..." (but
    // "said Robert Ingham, chief economist at Halden, ...").
    auto describes_source = [&](const EntityMention* em) {
      if (source < 0 || in.entities[static_cast<size_t>(source)].type == "PERSON") return false;
      for (const EntityMention* s : in_sentence) {
        if (s->entity != source || s->end_token >= em->first_token || !is_comma(s->end_token)) continue;
        if (em->first_token - s->end_token > 7 || !lower_words(s->end_token + 1, em->first_token)) continue;
        for (size_t k = em->end_token; k < qb && k < em->end_token + 6; ++k) {
          if (is_comma(k)) return true;
          if (!lower_words(k, k + 1)) break;
        }
      }
      return false;
    };
    for (const EntityMention* em : in_sentence) {
      if (em->entity == source || em->entity == object) continue;
      if (em->first_token >= attribution_from) continue;
      if (describes_source(em)) continue;
      // "(ACP)", "(Austin, Texas)": a credit or an aside; "PARIS, 18 mars
      // 2025 (ACP) -": a dateline.
      if (parenthesized(em)) continue;
      if (em->first_token < dateline_end) continue;
      // ("Amsterdam-based Veloria Cycles": the place says where the company
      // is; "the AIM-listed company": the market, where it is listed.)
      if (place_in_title(em) || place_suffix(em)) continue;
      // (Nor a news medium named after the figure, which reports it: "entre
      // 7 et 9 milliards d'euros, indiquent Les Échos".)
      if (press_mention(*em) || (medium[static_cast<size_t>(em->entity)] && em->first_token >= qe)) continue;
      // (Nor of a share price it is the place of: "a bondi de 6,4 % à la
      // Bourse de Paris".)
      if (market[static_cast<size_t>(em->entity)] && (predicate != "stock_change" || after_preposition(em))) continue;
      if (em->first_token == sb && (toks[em->first_token].flags & kTokAllCaps) && em->end_token < n &&
          toks[em->end_token].kind == TokenKind::kPunct && toks[em->end_token].cp == ',') {
        continue;
      }
      const Entity& e = in.entities[static_cast<size_t>(em->entity)];
      // A town named in passing is no economy (but a place an article is
      // about may hold its prices and counts).
      const bool area_measure = place_article && e.known &&
                                (predicate == "price" || predicate == "count" || predicate == "growth" ||
                                 predicate == "interest_rate" || predicate == "sales_volume" || predicate == "users");
      // (A national rate may be a region's when the sentence names it before
      // the figure: "Le taux de chômage à La Réunion est tombé à 16,8 %".)
      // (Or any place right after the rate's noun: "Unemployment in
      // Queenstown was just 2.1%".)
      const bool regional_rate =
          national &&
          ((e.known && e.place == "region" && em->end_token <= qb && qb - em->end_token <= 12) ||
           (best.trig && !best.trig->verb && em->first_token > best.te && em->first_token <= best.te + 2 && em->end_token <= qb));
      // (Or a place whose possessive opens the figure: "Britain's 11,200
      // charity shops took about £1.6bn".)
      // (Or the noun of the figure: "New Zealand's 2026 grape harvest fell
      // 9% to 438,000 tonnes".)
      const bool place_possessive =
          e.known && em->end_token + 2 < n && toks[em->end_token].kind == TokenKind::kPunct &&
          (toks[em->end_token].cp == '\'' || toks[em->end_token].cp == U'\u2019') &&
          Fold(toks[em->end_token + 1].Text(text)) == "s" &&
          (em->end_token + 2 == qb ||
           ((predicate == "production" || predicate == "sales_volume" || predicate == "count" || predicate == "revenue" ||
             predicate == "growth") &&
            qb <= em->end_token + 7 && [&] {
              for (size_t j = em->end_token + 2; j < qb; ++j) {
                if (toks[j].kind != TokenKind::kNumber && !lower_words(j, j + 1)) return false;
              }
              return true;
            }()));
      // (Or a place that opens the sentence, right before its verb and the
      // figure: "La France comptait 85.300 salons de coiffure".)
      // (Not "Our Leeds farm grew about 1,150 tonnes": a possessive's place.)
      // (Past an apposition: "Marlborough, the largest region, accounted
      // for 312,000 tonnes".)
      size_t place_end = em->end_token;
      if (const size_t c = place_end < qb ? apposition_close(place_end, 5) : SIZE_MAX; c < qb) place_end = c + 1;
      // (Or its clause after "that", "que": "estimates that Britain has
      // about 11,900 onshore turbines".)
      size_t cb = 0;
      const bool clause_start = em->first_token <= sb + 1 ||
                                (em->first_token > sb && r.clause_opener.MatchEndingAt(toks, em->first_token, text, &cb, sb));
      const bool place_opens = e.known && clause_start && place_end < qb && qb - place_end <= 3 &&
                               !r.possessive_det.Match(toks, sb, text) && !r.first_person.Match(toks, sb, text) &&
                               (predicate == "count" || predicate == "users" || predicate == "production" ||
                                predicate == "sales_volume");
      if (e.type == "PLACE" && !area_measure && !place_possessive && !place_opens &&
          (!(macro || economy) || !(Economy(e, national) || regional_rate))) {
        continue;
      }
      // (Nor a place whose possessive ranks what it describes: "At
      // Peterhead, Europe's largest whitefish port, landings rose 4%".)
      if (e.type == "PLACE" && !place_possessive && em->end_token + 3 < n && toks[em->end_token].kind == TokenKind::kPunct &&
          (toks[em->end_token].cp == '\'' || toks[em->end_token].cp == U'\u2019') &&
          Fold(toks[em->end_token + 1].Text(text)) == "s") {
        bool ranks = false;
        for (size_t k = em->end_token + 2; k < em->end_token + 6 && k < qb && !ranks; ++k) {
          const std::string w = Fold(toks[k].Text(text));
          ranks = toks[k].kind == TokenKind::kWord && lex_.SuperlativeEnding(w);
        }
        if (ranks) continue;
      }
      // Nor is a country in a clause after the figure ("grew just 0.1%,
      // dragged down by a contraction in Germany").
      if (e.type == "PLACE" && em->first_token >= qe && comma_between(qe, em->first_token, /*or_semicolon=*/true)) {
        continue;
      }
      double s = 0;
      // "le chiffre d'affaires d'OpenAI", "les coûts opérationnels totaux
      // d'OpenAI", "revenue of X": lower-case adjectives, then "de"/"of",
      // then the name.
      bool complement = false;
      if (best.trig && best.te > best.tb && em->first_token >= best.te && em->first_token <= best.te + 5) {
        complement = em->first_token == best.te;
        bool of_seen = false;
        for (size_t k = best.te; k < em->first_token; ++k) {
          const Token& x = toks[k];
          // ("its revenue forecast for Moorlark": whose figure a forecast is.)
          if (auto f = r.forecast_for.Match(toks, k, text); f && f->end_token <= em->first_token) {
            k = f->end_token - 1;
            of_seen = true;
            continue;
          }
          bool of = (x.kind == TokenKind::kPunct && x.cp == '\'') || is_of(k);
          bool adjective = x.kind == TokenKind::kWord && !(x.flags & (kTokCapitalized | kTokAllCaps)) &&
                           !(x.lex >= 0 && (lex_.word(x.lex).bits & kWordStop)) && !of_seen;
          bool article = x.kind == TokenKind::kWord && x.length <= 3 && of_seen;
          if (!(of || adjective || article)) {
            of_seen = false;
            break;
          }
          of_seen |= of;
        }
        complement |= of_seen;
      }
      bool possessive = best.trig && em->end_token + 2 >= best.tb && em->end_token <= best.tb &&
                        em->end_token < n && toks[em->end_token].kind == TokenKind::kPunct && toks[em->end_token].cp == '\'';
      // (A name that ends in "'s", right before the trigger: "Kettleby's
      // sales slipped", "Kettleby's lost £8.5 million".)
      possessive |= best.trig && em->end_token <= best.tb && em->end_token + 1 >= best.tb && em->end_token >= em->first_token + 3 &&
                    toks[em->end_token - 2].kind == TokenKind::kPunct &&
                    (toks[em->end_token - 2].cp == '\'' || toks[em->end_token - 2].cp == U'\u2019') &&
                    toks[em->end_token - 1].length == 1;
      // "le rachat de Nexolia, qui emploie quelque 180 personnes": the
      // name a relative clause holding the claim hangs on.
      bool relative_head = false;
      if (em->end_token < anchor) {
        size_t k = em->end_token;
        if (k < n && toks[k].kind == TokenKind::kPunct && toks[k].cp == ',') ++k;
        if (auto m = r.relative.Match(toks, k, text); m && m->end_token <= anchor) {
          relative_head = true;
          for (size_t i = m->end_token; i < anchor && relative_head; ++i) {
            relative_head = !(toks[i].kind == TokenKind::kPunct && (toks[i].cp == ',' || toks[i].cp == ';'));
          }
        }
      }
      if (relative_head) {
        s = 4.5;
      } else if (complement || possessive) {
        s = 4.0;  // "le chiffre d'affaires d'OpenAI", "Meta's revenue"
      } else if (anaphor_first && !(e.type == "PRODUCT" && !corporate(predicate)) &&
                 !(e.type == "PERSON" && (predicate == "compensation" || predicate == "fine")) && !clause_subject(em)) {
        // The sentence is about the company already named ("Its flagship
        // model, the BX-400, ..."); not the pay of a person it names ("Son
        // ancien directeur général, Marc Holweck, avait perçu ...").
        continue;
      } else if (em->end_token <= anchor) {
        // The first name of the sentence is usually its subject.
        s = 3.0 - 0.01 * static_cast<double>(em->first_token - sb);
        if (after_preposition(em)) s = 1.0;
        // (Not the subject of another clause: "la Région apporte 41
        // millions, tandis que Nîmes Métropole a souscrit un emprunt".)
        for (size_t i = em->end_token; i < anchor && s > 1.0; ++i) {
          if (!cue_end[i][kClauseBreak]) continue;
          const size_t after = toks[i].kind == TokenKind::kPunct ? i + 1 : i;
          if (after < n && r.relative.Match(toks, after, text)) continue;  // ", qui": a relative clause
          s -= 1.6;
        }
      } else if (em->first_token >= qe) {
        s = 0.5 - 0.01 * static_cast<double>(em->first_token - qe);
        if (after_preposition(em)) s = 0.2;
        // "les 1.140 salariés de Cuisines Arvel": the complement of the
        // counted noun the amount holds.
        if (q.dimension == "count" && em->first_token > qe && em->first_token <= qe + 2 &&
            is_complement(em->first_token)) {
          s = 4.0;
        }
        // "une amende de 3,5 millions d'euros à Amazon": who pays the fine
        // (past the fine's noun after the amount: "inflige 350 000 euros
        // d'amende à Stellavox").
        if (predicate == "fine" && after_preposition(em) && e.type != "GOV") {
          const size_t noun_end = noun_trigger_in(qe, qe + 2, "fine");
          if (em->first_token <= std::max(qe + 3, noun_end ? noun_end + 2 : 0)) s = 2.0;
        }
        // (Past the noun that says what it is: "une amende de 410.000 euros
        // au commissionnaire de transport Fretalia".)
        if (predicate == "fine" && e.type != "GOV" && s < 2.0) {
          for (size_t p = qe; p <= qe + 1 && p < em->first_token; ++p) {
            auto pm = r.preposition.Match(toks, p, text);
            if (!pm || pm->end_token >= em->first_token || em->first_token - pm->end_token > 5) continue;
            if (lower_words(pm->end_token, em->first_token)) s = 2.0;
          }
        }
        // "le panier moyen a atteint 168 euros chez Opticlair": whose figure it is.
        size_t ab = 0;
        if (em->first_token <= qe + 1 && e.type == "ORG" && r.at_company.MatchEndingAt(toks, em->first_token, text, &ab) &&
            ab >= qe) {
          s = 3.5;
        }
      } else {
        s = 1.5;  // between trigger and amount
      }
      // (A person convicted pays a fine of their own: "Son ancien dirigeant,
      // Loïc Le Bihan, écope d'une amende de 30.000 euros".)
      // (Nor a name after a possessive, before the noun it modifies: "Its
      // YouTube channel has 2.4 million subscribers", "une heure de vol à
      // bord de ses Phenom 300" are the owner's; not the owner's own product
      // that the clause is about: "Its Sable E4 crossover, which sells for
      // $34,995".)
      if (size_t pb = 0; !relative_head && em->first_token > sb && em->end_token < n &&
                         toks[em->end_token].kind == TokenKind::kWord &&
                         !(toks[em->end_token].flags & (kTokCapitalized | kTokAllCaps)) &&
                         r.possessive_det.MatchEndingAt(toks, em->first_token, text, &pb)) {
        size_t prep_b = 0;
        const bool inside = pb > sb && (is_of(pb - 1) || r.preposition.MatchEndingAt(toks, pb, text, &prep_b));
        if (e.type != "PRODUCT" || !e.parent.empty() || inside) s -= 2.0;
      }
      const bool own_fine = predicate == "fine" && em->end_token <= anchor && !after_preposition(em);
      if (e.type == "PERSON" && predicate != "compensation" && !own_fine) s -= 1.5;
      // (Pay is the person's who draws it, before the employer the title
      // names: "Le directeur général du verrier Vitrelis, Pierre-Yves
      // Gondrand, a perçu 2,6 millions d'euros".)
      if (e.type == "PERSON" && predicate == "compensation" && em->end_token <= anchor && !after_preposition(em)) s += 1.5;
      if (e.type == "PRODUCT" && corporate(predicate) && e.parent.empty()) s -= 0.5;
      // A regulator, court or statistics office is rarely what a company
      // figure is about ("l'ACPR a infligé une amende ... à la banque").
      const bool gov_measure = macro || predicate == "subsidy" || predicate == "tax" || predicate == "spending" ||
                               predicate == "growth" || predicate == "count" || predicate == "savings";
      // (A local authority's own figures are its own: "Nîmes Métropole a
      // souscrit un emprunt"; not when it gives, "une subvention de la Région".)
      // (A legislature votes the budget; it holds no figure of it.)
      if (legislature[em->entity]) s -= 2.5;
      if (e.type == "GOV" && !gov_measure &&
          !(local_gov[em->entity] && em->end_token <= anchor && !after_preposition(em) &&
            !is_complement(em->first_token))) {
        s -= 2.5;
      }
      // (A country or zone anywhere in the sentence outweighs the office or
      // central bank that publishes the figure.)
      // (Not a place after a preposition when a company opens the sentence:
      // "Spireline Towers, the owner of masts across southern Europe, had
      // net debt of €9.3 billion".)
      // (Nor a place in the apposition after the company that opens it:
      // "Voltra Mobility, a U.S. operator of charging stations, filed ...
      // listing liabilities of ...".)
      const bool in_apposition = e.type == "PLACE" && opening_org != nullptr && em->first_token > opening_org->end_token &&
                                 comma_between(opening_org->end_token, em->first_token, /*or_semicolon=*/false);
      if (economy && !in_apposition) {
        s += e.type == "PLACE" ? (after_preposition(em) ? 0.5 : 2.0) : e.type == "GOV" ? -1.5 : 0;
      }
      if (s > subject_score) {
        subject_score = s;
        subject = as_subject(em->entity);
        subject_end = em->end_token;
      }
    }
    // "At Peterhead, landings rose 4% ..., Peterhead Port Authority said":
    // a body named after the town or region the figure is at speaks of its
    // own (not after a country: "France Assureurs" speaks for a market).
    if (!economy && (subject < 0 || in.entities[static_cast<size_t>(subject)].type == "PLACE")) {
      auto named_after = [&](const Entity& body, const Entity& place) {
        return (body.type == "GOV" || body.type == "ORG") && place.type == "PLACE" && place.place != "country" &&
               place.place != "zone" &&
               body.name.size() > place.name.size() + 1 && body.name.compare(0, place.name.size(), place.name) == 0 &&
               body.name[place.name.size()] == ' ';
      };
      for (const EntityMention* em : in_sentence) {
        const Entity& body = in.entities[static_cast<size_t>(em->entity)];
        const bool found = std::any_of(in_sentence.begin(), in_sentence.end(), [&](const EntityMention* p) {
          return (subject < 0 || p->entity == subject) && named_after(body, in.entities[static_cast<size_t>(p->entity)]);
        });
        if (!found) continue;
        subject = em->entity;
        subject_end = em->end_token;
        if (source == em->entity) source = -1;
        break;
      }
    }
    bool carried = false;
    // A share of GDP is a country's, not the ministry's that announces it
    // ("Bercy table sur un déficit de 4,8 % du PIB").
    const bool gdp_share = economy && gdp && (dim & kDimPercent);
    // (So is a country's inflation or unemployment rate, whoever forecasts it.)
    if (national && subject >= 0 && in.entities[static_cast<size_t>(subject)].type == "GOV") {
      subject_score = 0;
    }
    // (And its deficit or debt, when the office forecasts it: "The OBR
    // forecasts public sector borrowing of £118 billion"; the office is the
    // source.)
    if (economy && subject >= 0 && in.entities[static_cast<size_t>(subject)].type == "GOV" &&
        !local_gov[static_cast<size_t>(subject)] && subject_end < n &&
        (r.forecast_verb.Match(toks, subject_end, text) ||
         (subject_end + 1 < n && r.forecast_verb.Match(toks, subject_end + 1, text)))) {
      if (source < 0) source = subject;
      subject_score = 0;
    }
    // "La biotech, qui emploie quelque 180 personnes": the entity the
    // article described so, when the sentence opens with the description.
    int description = -1;
    if (subject_score < 3.0 && !described.empty()) {
      size_t k = sb;
      // (Or after an opening adverb: "Meanwhile the district is running a
      // deficit", "Last year the district paid".)
      // ("Now the council wants": a short word opening the sentence too.)
      for (size_t d = sb; d < sb + 3 && d < se && !determiner(k); ++d) {
        const bool opening_word = d == sb && toks[d].length <= 4 && determiner(d + 1);
        if (toks[d].kind != TokenKind::kWord || (d > sb && (toks[d].flags & (kTokCapitalized | kTokAllCaps))) ||
            (toks[d].lex >= 0 && (lex_.word(toks[d].lex).bits & kWordStop) && !opening_word)) {
          break;  // (not "Separate figures from the statistics office")
        }
        if (determiner(d + 1)) k = d + 1;
      }
      if (determiner(k)) {
        ++k;
        if (k < se && toks[k].kind == TokenKind::kPunct && (toks[k].cp == '\'' || toks[k].cp == U'\u2019')) ++k;
        // The noun, else an adjective after it ("la société grenobloise").
        for (size_t w = k; w < se && w < k + 3 && common_noun(w) && description < 0; ++w) {
          auto it = described.find(stem(w));
          int e = -1;
          uint32_t at = 0;
          if (it != described.end()) {
            for (const auto& [pos, entity] : it->second) {
              if (pos < toks[w].begin && (e < 0 || pos >= at)) {
                e = entity;
                at = pos;
              }
            }
          }
          if (e >= 0 && e != source && e != object) description = e;
          // ("The department said the company had submitted ...": the speaker.)
          if (description >= 0 && r.attribution_verb.Match(toks, w + 1, text)) description = -1;
          // (Nor a noun a name follows, past adjectives: "Le transporteur
          // frigorifique Givrelog va supprimer 85 postes" names another.)
          for (const EntityMention* em : in_sentence) {
            if (description < 0 || em->first_token <= w || em->first_token > w + 3) continue;
            if (lower_words(w + 1, em->first_token) && em->entity != description) description = -1;
          }
        }
      }
    }
    if (description >= 0) {
      subject = as_subject(description);
      subject_score = 3.0;
      carried = true;
    } else if (speaker_org >= 0 && subject_score < 1.0) {
      subject = speaker_org;
      subject_score = 1.0;
      carried = true;
    }
    if (subject < 0 || subject_score < 1.0) {
      int named = subject;
      subject = -1;
      // A product does not carry over to a measure of its maker ("ChatGPT
      // a 200 millions d'utilisateurs. Elle a racheté ...").
      int carry = last_subject;
      if (carry >= 0 && in.entities[static_cast<size_t>(carry)].type == "PRODUCT" && corporate(predicate)) {
        carry = last_org_subject;
      }
      // A regulator's figure does not carry over to the company it fines.
      // Nor to a company's clients, output or revenue: they are the
      // company's the article speaks of.
      if (carry >= 0 && in.entities[static_cast<size_t>(carry)].type == "GOV" && !macro) {
        if (last_company >= 0) carry = last_company;
        else if (main_org >= 0 && (corporate(predicate) || predicate == "users") && predicate != "subsidy" &&
                 predicate != "fine" && named_before(main_org, qb)) {
          carry = main_org;
        }
      }
      // "L'entreprise emploie 22 salariés" after a country's jobless rate:
      // a noun that stands for a company is the company spoken of last
      // (else the article's), not a place.
      // (Or right after an opening phrase and its comma, with no name in it:
      // "Fondée en 1987, la coopérative regroupe 46 exploitations".)
      size_t anaphor_at = sb;
      for (size_t k = sb + 1; k < qb && k <= sb + 6; ++k) {
        if (IsCapitalizedWord(toks[k])) break;
        if (is_comma(k)) {
          anaphor_at = k + 1;
          break;
        }
      }
      if (carry >= 0 && in.entities[static_cast<size_t>(carry)].type == "PLACE" &&
          (r.company_anaphor.Match(toks, sb, text) ||
           (anaphor_at > sb && anaphor_at < qb && r.company_anaphor.Match(toks, anaphor_at, text)))) {
        int company = main_org;
        for (size_t k = out->size(); k-- > 0;) {
          const int s2 = (*out)[k].subject;
          if (s2 >= 0 && in.entities[static_cast<size_t>(s2)].type == "ORG") {
            company = s2;
            break;
          }
        }
        if (company >= 0) carry = company;
      }
      // "D'un côté, Hermès. Le sellier ... a vu ses ventes progresser de
      // 9 %": the organisation a short sentence before names, a sentence
      // with no figure of its own, is what a sentence naming none speaks of.
      bool opener_carry = false;  // the name that opened the sentence before, a pronoun standing for it
      // (A price or a count of users too, in a sentence a pronoun opens:
      // "Ils fabriquent des orgues vendus entre 45.000 et 120.000 euros".)
      if (!economy && !macro && (corporate(predicate) || r.pronoun.Match(toks, sb, text)) && q.sentence > 0) {
        const EntityMention* opener = nullptr;
        uint32_t opens_at = 0;  // the first token of the sentence's first name
        bool lead_clause = false;  // the name follows a clause that leads the sentence
        bool figures = false;
        for (const Fact& f : *out) figures |= f.sentence + 1 == q.sentence;
        for (const EntityMention& m : in.mentions) {
          if (m.sentence + 1 < q.sentence) continue;
          if (m.sentence + 1 > q.sentence) break;
          if (opener && in.entities[static_cast<size_t>(opener->entity)].type == "PLACE") {
            const std::string& type = in.entities[static_cast<size_t>(m.entity)].type;
            // ("Berlin's Nordlicht Esports has taken the opposite path": a
            // place that locates the name after it.)
            if (type == "ORG" && m.first_token <= opener->end_token + 2) {
              opener = &m;
              break;
            }
            // ("Fondés en 1952 à Vervins (Aisne), les Ruchers Delmotte
            // fabriquent ...": past the places of a clause that leads the
            // sentence, up to the comma and the determiner before the name.)
            if (type == "PLACE") continue;
            if (type == "ORG" && m.first_token >= 2) {
              size_t k = m.first_token - 1;
              if (toks[k].kind == TokenKind::kWord && toks[k].length <= 3 && r.determiner.Match(toks, k, text)) --k;
              if (is_comma(k)) {
                opener = &m;
                opens_at = static_cast<uint32_t>(k);
                lead_clause = true;
                break;
              }
              continue;
            }
          }
          if (opener) break;
          opener = &m;
          opens_at = m.first_token;
          // ("Pour limiter les déserts bancaires, la société Cashmobil
          // installe ...": past a clause that leads the sentence, a
          // determiner and a noun or two before the name.)
          if (in.entities[static_cast<size_t>(m.entity)].type == "ORG" && m.first_token >= 3) {
            size_t k = m.first_token - 1;
            for (int w = 0; w < 2 && k > 0 && toks[k].kind == TokenKind::kWord &&
                            !(toks[k].flags & (kTokCapitalized | kTokAllCaps)) && !r.determiner.Match(toks, k, text);
                 ++w) {
              --k;
            }
            if (toks[k].kind == TokenKind::kWord && toks[k].length <= 3 && r.determiner.Match(toks, k, text) && k > 0 &&
                is_comma(k - 1)) {
              opens_at = static_cast<uint32_t>(k - 1);
              lead_clause = true;
            }
          }
        }
        // (A short sentence, of a few words: a sentence that says more
        // about a name, a regulator's ruling say, need not be the next one's topic.)
        // (Or a longer one, when the next opens on a pronoun: "La
        // conserverie Maison Vayssière, installée à Cahors, profite de
        // l'aubaine. Elle a mis en bocaux 14 tonnes de truffes".)
        size_t pb = 0, ob = 0, oe = 0;
        if (opener) sentence_range(opener->sentence, &ob, &oe);
        // (Or on a noun that stands for a company, when the longer sentence
        // opens the figure's paragraph: "Littoralg, à Kerlouan, mise au
        // contraire sur ... L'entreprise en a transformé 1 200 tonnes".)
        const bool noun_start = anaphor_first && cue_end[sb][kAnaphor] && opener && (toks[ob].flags & kTokParagraph) &&
                                same_paragraph(ob, qb);
        // (Or on a possessive before the measure: "Mobicov, basée à Rennes,
        // vend ... Sur six mois, son chiffre d'affaires a progressé".)
        bool pronoun_start = r.pronoun.Match(toks, sb, text).has_value();
        // ("De son côté, le Crédit Agricole en a fermé 540": a possessive
        // in a phrase that turns to another name is none.)
        for (size_t k = sb; k < qb && !pronoun_start; ++k) {
          if (auto ts = r.topic_shift.Match(toks, k, text)) {
            k = ts->end_token - 1;
            continue;
          }
          pronoun_start = r.possessive_det.Match(toks, k, text).has_value();
        }
        pronoun_start |= noun_start;
        if (!figures && opener &&
            (oe - ob <= 8 || (pronoun_start && oe - ob <= 45 && (opens_at <= ob + 2 || lead_clause))) &&
            in.entities[static_cast<size_t>(opener->entity)].type == "ORG" &&
            opener->entity != source && opener->entity != object && opener->first_token > 0 &&
            !r.preposition.MatchEndingAt(toks, opener->first_token, text, &pb)) {
          carry = opener->entity;
          // (Named right before, the name the pronoun stands for beats the
          // company the article names more.)
          opener_carry = pronoun_start && same_paragraph(ob, qb);
        }
      }
      if (economy) {
        // The economy the article's earlier figures were about ("Euro
        // zone inflation slowed to 1.6% ... the ECB now sees inflation
        // averaging 1.7%"), else the country or zone named last before the
        // amount.
        int place = -1;
        for (size_t k = out->size(); k-- > 0 && place < 0;) {
          const Fact& f = (*out)[k];
          if (f.subject >= 0 && in.entities[static_cast<size_t>(f.subject)].type == "PLACE" &&
              (f.predicate == "inflation" || f.predicate == "unemployment_rate" || f.predicate == "deficit" ||
               f.predicate == "debt" || f.predicate == "growth") &&
              Economy(in.entities[static_cast<size_t>(f.subject)], national)) {
            place = f.subject;
          }
        }
        for (const EntityMention& m : in.mentions) {
          if (place >= 0) break;  // found among the earlier figures
          if (m.span.begin >= q.span.begin) break;
          const Entity& e = in.entities[static_cast<size_t>(m.entity)];
          // A country or zone, not a town named in passing.
          if (Economy(e, national)) place = m.entity;
        }
        // Else, for a share of GDP, the first one the article names after
        // it ("... ce qui plaçait la France parmi les mauvais élèves").
        for (size_t k = 0; (gdp_share || national) && place < 0 && k < in.mentions.size(); ++k) {
          const Entity& e = in.entities[static_cast<size_t>(in.mentions[k].entity)];
          if (Economy(e, national)) place = in.mentions[k].entity;
        }
        // Else the country the language's press means when it names none
        // (an entity without mentions: see EntityRecognizer::DefaultCountry),
        // for the measures only an economy has.
        for (size_t e = 0; national && place < 0 && e < in.entities.size(); ++e) {
          if (in.entities[e].type == "PLACE" && in.entities[e].known && count[e] == 0) place = static_cast<int>(e);
        }
        // (A region's finances only when the article is about the region
        // more than about a company: "Nuvélo, dont le siège est dans le
        // Rhône, ... une dette de 27 millions" is Nuvélo's.)
        // (Nor a debt or a deficit in an article about a company more than
        // about a country: "a new $20 million debt facility" of a fintech
        // whose headline names East Africa.)
        if (place >= 0 && (in.entities[static_cast<size_t>(place)].place == "region" || !national) && main_org >= 0 &&
            count[static_cast<size_t>(main_org)] >= count[static_cast<size_t>(place)]) {
          place = -1;
        }
        if (place >= 0) carry = place;
      }
      // "Notre budget atteint 68 millions d'euros", "our costs rose": the
      // organisation the article is about, speaking of itself in a quote or
      // an interview's answer, not an economy.
      bool first_person = false, quoted = !answer_at.empty() && answer_at[qb];
      for (size_t k = sb; k < qb; ++k) {
        first_person |= cue_end[k][kFirstPerson] != 0;
        quoted |= toks[k].kind == TokenKind::kPunct && (toks[k].cp == 0xAB || toks[k].cp == 0x201C || toks[k].cp == '"');
      }
      // (Or in a column a byline opens: "Par ..., directrice de
      // l'association Présence Creuse ... notre déficit a atteint".)
      first_person &= quoted || bylined;
      if (first_person && main_org >= 0 && main_org != source && main_org != object) carry = main_org;
      // (Its subscribers and price in an answer to a question about a
      // product: "Combien de familles sont abonnées à Comptinéo ? Nous
      // avons franchi la barre des 180 000 abonnés".)
      if (first_person && !asked_product.empty() && asked_product[qb] >= 0 &&
          (predicate == "users" || predicate == "price")) {
        carry = asked_product[qb];
      }
      // "Sa cible, qui emploie 390 salariés", "The target employs ...": the
      // company the article's last acquisition buys.
      if (r.target_anaphor.Match(toks, sb, text)) {
        for (size_t k = out->size(); k-- > 0;) {
          const Fact& f = (*out)[k];
          if (f.predicate == "acquisition_price" && f.object >= 0 &&
              in.entities[static_cast<size_t>(f.object)].type == "ORG") {
            carry = f.object;
            break;
          }
        }
      }
      // "Sa dette financière nette a été ramenée à 52,8 Md€", "The group had
      // net debt of £1.64 billion": a possessive before the measure, or a
      // sentence that opens on the company, is the organisation spoken of
      // last (else the article's), not an economy.
      size_t pd = 0;
      // ("L'endettement net du groupe atteignait 286 millions": the
      // company named by an anaphor in the measure's complement.)
      bool complement_anaphor = false;
      for (size_t k = best.trig ? best.te : se; k < std::min(se, best.te + 3) && !complement_anaphor; ++k) {
        complement_anaphor = cue_end[k][kAnaphor] != 0 && toks[k].kind == TokenKind::kWord &&
                             (is_of(k) || Fold(toks[k].Text(text)) == "du");
        if (toks[k].kind != TokenKind::kWord || (toks[k].flags & (kTokCapitalized | kTokAllCaps))) break;
      }
      // ("L'endettement net recule à 148 millions": a company's measure.)
      const bool company_measure = best.trig && best.te > best.tb && r.company_measure.Match(toks, best.tb, text);
      const bool own_measure = anaphor_first || complement_anaphor || company_measure ||
                               (best.trig && best.tb > sb && r.possessive_det.MatchEndingAt(toks, best.tb, text, &pd));
      const int spoken_of = last_org_subject >= 0 ? last_org_subject : main_org;
      if (economy && own_measure && spoken_of >= 0 && in.entities[static_cast<size_t>(spoken_of)].type != "PLACE" &&
          spoken_of != source && spoken_of != object) {
        carry = spoken_of;
      }
      // A town's budget, debt and taxes, in an article about its finances.
      if (local_topic >= 0 && macro && predicate != "inflation" && predicate != "unemployment_rate") carry = local_topic;
      // "La PME a réalisé ...", "Elle emploie ...": the company the article
      // is about, not one named once in passing ("une subvention de la
      // Région Bretagne").
      // (Unless the sentence just before, in the same paragraph, gave a
      // figure of the company carried: a live blog's entry about another
      // company, "le titre de l'équipementier Hélicor recule de 3,8 %. Le
      // groupe a prévenu que sa marge ...".)
      bool carried_just_before =
          carry >= 0 && in.entities[static_cast<size_t>(carry)].type == "ORG" && !out->empty() &&
          out->back().subject == carry && out->back().sentence + 1 == q.sentence &&
          same_paragraph(qr[static_cast<size_t>(out->back().quantity)].begin, qb);
      // (Or the same sentence gave one: "L'entreprise lyonnaise exploite 38
      // locomotives et emploie 540 cheminots".)
      const bool carried_in_sentence = carry >= 0 && carry == anaphor_kept && anaphor_kept_sentence == q.sentence;
      if (carried_just_before) {  // (the entry's first sentence: it opens the paragraph)
        size_t pb2 = 0, pe2 = 0;
        sentence_range(out->back().sentence, &pb2, &pe2);
        // (Or the sentence opened on its name: "Rail Solvéo, troisième
        // opérateur privé, chiffre le surcoût à 2 millions. L'entreprise
        // lyonnaise exploite 38 locomotives".)
        bool opened = false;
        for (const EntityMention& m : in.mentions) {
          if (m.sentence != out->back().sentence) continue;
          opened = m.entity == carry && m.first_token <= pb2 + 1 && !place_suffix(&m);
          break;
        }
        // (Or the paragraph's first sentence opened on it, past places:
        // "À Manosque, les Ateliers Roustan ont misé sur l'export. Ils
        // fabriquent ... L'entreprise a livré 38 orgues".)
        size_t para = pb2;
        while (para > 0 && !(toks[para].flags & kTokParagraph)) --para;
        for (const EntityMention& m : in.mentions) {
          if (m.first_token < para || m.first_token >= qb || opened) continue;
          const std::string& type = in.entities[static_cast<size_t>(m.entity)].type;
          if (type == "PLACE") continue;
          opened = m.entity == carry && sentence_of[m.first_token] == sentence_of[para];
          break;
        }
        carried_just_before = pb2 == 0 || !same_paragraph(pb2 - 1, pb2) || opened;
      }
      if (carry >= 0 && carry != main_org && ((anaphor_first && carried_just_before) || opener_carry)) {
        anaphor_kept = carry;
        anaphor_kept_sentence = q.sentence;
      }
      if (corporate(predicate) && !macro && main_org >= 0 && !(anaphor_first && carried_just_before) && !opener_carry &&
          !carried_in_sentence &&
          !(briefs && carry >= 0 && !named_in_paragraph(main_org, qb)) && named_before(main_org, qb) &&
          (carry < 0 || count[static_cast<size_t>(main_org)] > 2 * count[static_cast<size_t>(carry)] ||
           (anaphor_first && count[static_cast<size_t>(carry)] <= 1 &&
            count[static_cast<size_t>(main_org)] > count[static_cast<size_t>(carry)]))) {
        carry = main_org;
      }
      // In briefs, a company the paragraph has not named is not carried
      // into it: "Chaussettes. ... la Bonneterie Marcillac. Le fabricant, qui
      // emploie 142 salariés": the company the paragraph last named.
      // (Not the company a results release names before its sections:
      // "Le Groupe Grandval publie ... Activité. Le produit brut ...".)
      auto first_named_at = [&](int e) {
        size_t at = SIZE_MAX;
        for (const EntityMention& m : in.mentions) {
          if (m.entity == e) at = std::min<size_t>(at, m.span.begin);
        }
        return at;
      };
      if (briefs && corporate(predicate) && !macro && carry >= 0 && !named_in_paragraph(carry, qb) &&
          first_lead < n && first_named_at(carry) >= toks[first_lead].begin) {
        size_t pb = qb;
        while (pb > 0 && !(toks[pb].flags & kTokParagraph)) --pb;
        for (const EntityMention& m : in.mentions) {
          const size_t e = static_cast<size_t>(m.entity);
          if (m.span.begin >= toks[pb].begin && m.span.begin < toks[qb].begin && in.entities[e].type == "ORG" &&
              !market[e] && !medium[e] && !press_mention(m)) {
            carry = m.entity;
          }
        }
      }
      if (carry >= 0 && carry != source && carry != object) {
        subject = carry;
        carried = true;
      } else if (named >= 0) {
        subject = named;
      } else {
        // The last organisation named before the amount (not one named as
        // the source of earlier figures: "selon la PFA").
        for (const EntityMention& m : in.mentions) {
          if (m.span.begin >= q.span.begin) break;
          const Entity& e = in.entities[static_cast<size_t>(m.entity)];
          if ((e.type == "ORG" || e.type == "GOV") && m.entity != source && m.entity != object && !press_mention(m) &&
              !reporter(m) && !medium[static_cast<size_t>(m.entity)] &&
              !sources_so_far.contains(m.entity) && !legislature[static_cast<size_t>(m.entity)] &&
              !market[static_cast<size_t>(m.entity)] && !(m.sentence == q.sentence && describes_source(&m))) {
            subject = m.entity;
          }
        }
        carried = subject >= 0;
      }
    }
    // "Les immatriculations ont reculé de 4,8 % en octobre en France": with
    // no one else to hold it, a market's figure is the country's named in
    // its sentence.
    const bool market_measure = predicate == "count" || predicate == "sales_volume" || predicate == "users" ||
                                predicate == "growth" || predicate == "price" || predicate == "production" ||
                                predicate == "cost" || predicate == "revenue";
    // "Le marché a reculé l'an dernier en France (−1,8 %)": a market
    // named as what moved is not the company carried from before.
    auto market_country = [&]() {  // the country or zone after a preposition in the sentence, or -1
      for (const EntityMention* em : in_sentence) {
        const Entity& e = in.entities[static_cast<size_t>(em->entity)];
        if (e.type == "PLACE" && Economy(e, true) && after_preposition(em)) return em->entity;
      }
      return -1;
    };
    bool market_moved = false;
    for (size_t k = sb; carried && market_measure && k < qb && !market_moved; ++k) {
      market_moved = r.market_noun.Match(toks, k, text).has_value();
    }
    if (int country = market_moved ? market_country() : -1; country >= 0) {
      subject = country;
      carried = false;
    }
    if (subject < 0 && !anaphor_first && market_measure) subject = market_country();
    // "Canadian greenhouse growers produced 312,000 tonnes", "Britons spent
    // £3.4 billion": a nationality that opens a sentence no one else's
    // figure is in speaks of the country's trade, when the article names
    // the country.
    if (subject < 0 && sb < n && toks[sb].kind == TokenKind::kWord && !r.demonym_country.empty()) {
      auto it = r.demonym_country.find(Fold(toks[sb].Text(text)));
      if (it == r.demonym_country.end() && sb + 1 < n) {  // ("Les Français", "New Zealand")
        it = r.demonym_country.find(Fold(toks[sb].Text(text)) + " " + Fold(toks[sb + 1].Text(text)));
      }
      if (it != r.demonym_country.end()) {
        for (size_t e = 0; e < in.entities.size() && subject < 0; ++e) {
          if (in.entities[e].id == it->second) subject = static_cast<int>(e);
        }
      }
    }
    // A country's borrowing is its deficit ("public sector net borrowing
    // was £14.8 billion"), not a loan.
    if (predicate == "loan" && subject >= 0 && in.entities[static_cast<size_t>(subject)].type == "PLACE" &&
        Economy(in.entities[static_cast<size_t>(subject)], true)) {
      predicate = "deficit";
    }
    // "le budget prévoit 31 milliards d'euros d'économies ... sur les
    // dépenses de l'État": what a government saves, spends or cuts is the
    // State's, when the article names it, not the country's.
    if (subject >= 0 && in.entities[static_cast<size_t>(subject)].type == "PLACE" &&
        (predicate == "savings" || predicate == "spending" || predicate == "cost" || predicate == "subsidy" ||
         predicate == "job_cuts")) {
      for (const auto& [country, state] : r.states) {
        if (in.entities[static_cast<size_t>(subject)].id != country) continue;
        for (size_t e = 0; e < in.entities.size(); ++e) {
          if (in.entities[e].id == state && count[e] > 0) subject = static_cast<int>(e);
        }
      }
    }
    // "la Région Bretagne nous verse 1,1 million d'euros par an": what a
    // public body pays a company (a weak verb, no word of a settlement)
    // is a subsidy.
    if (predicate == "settlement" && best.trig && best.trig->verb && best.trig->weight < 0.5) {
      int payer = subject >= 0 && in.entities[static_cast<size_t>(subject)].type == "GOV" ? subject : -1;
      for (const EntityMention* em : in_sentence) {
        if (payer < 0 && in.entities[static_cast<size_t>(em->entity)].type == "GOV" && em->end_token <= best.tb &&
            best.tb - em->end_token <= 2) {
          payer = em->entity;
        }
      }
      if (payer >= 0) {
        predicate = "subsidy";
        if (subject != payer && object < 0) object = payer;
        if (subject < 0) subject = payer;
      }
    }
    // "Le dirigeant a perçu une rémunération de 1,3 million d'euros": an
    // executive's pay, told of a person named just before.
    if (predicate == "compensation" && (subject < 0 || in.entities[static_cast<size_t>(subject)].type != "PERSON") &&
        r.person_anaphor.Match(toks, sb, text)) {
      if (const int person = person_named_before(); person >= 0) subject = person;
    }
    // A public body's money put into the project of the company an article
    // is about ("la Région apporte 280 000 euros") is a subsidy to it; in
    // an article about the body, its investments stay its own.
    if (predicate == "investment" && q.dimension == "money" && subject >= 0 && subject != local_topic &&
        in.entities[static_cast<size_t>(subject)].type == "GOV" &&
        main_org >= 0 && main_org != subject && in.entities[static_cast<size_t>(main_org)].type == "ORG") {
      predicate = "subsidy";
    }
    // Public money is the recipient's ("La Région Bretagne a accordé à
    // Ondélia une subvention de 190 millions"): the body that grants it is
    // the object, the company named in the sentence (or the one the article
    // is about) the subject.
    if (predicate == "subsidy" && subject != local_topic &&
        (subject < 0 || in.entities[static_cast<size_t>(subject)].type == "GOV" ||
         in.entities[static_cast<size_t>(subject)].type == "PLACE")) {
      // The company the money goes to ("à Ondélia", "to Port of Tyne"),
      // else the one the article is about, else the first named.
      int recipient = -1, named_first = -1;
      // ("une aide de 40 millions d'euros pour la future usine d'Aérelle":
      // the company read as what the money is for is who receives it.)
      if (object >= 0 && subject >= 0 && in.entities[static_cast<size_t>(subject)].type == "GOV" &&
          (in.entities[static_cast<size_t>(object)].type == "ORG" || in.entities[static_cast<size_t>(object)].type == "PRODUCT")) {
        std::swap(subject, object);
      }
      for (const EntityMention* em : in_sentence) {
        const Entity& e = in.entities[static_cast<size_t>(em->entity)];
        if (em->entity == subject || em->entity == source || em->entity == object ||
            (e.type != "ORG" && e.type != "PRODUCT")) {
          continue;
        }
        size_t rb = 0;
        if (em->first_token > 0 && r.recipient_before.MatchEndingAt(toks, em->first_token, text, &rb)) {
          recipient = em->entity;
          break;
        }
        if (named_first < 0) named_first = em->entity;
      }
      if (recipient < 0 && main_org >= 0 && main_org != subject && main_org != object && named_before(main_org, qb) &&
          in.entities[static_cast<size_t>(main_org)].type != "PLACE") {
        recipient = main_org;
      }
      if (recipient < 0) recipient = named_first;
      if (recipient >= 0) {
        if (object < 0 && subject >= 0) object = subject;
        subject = recipient;
      }
    }
    // "Deutsche Bank and BNP Paribas have agreed to lend the group €3
    // billion": the banks that lend are the loan's object; the borrower is
    // the organisation the article is about.
    if (predicate == "loan" && subject >= 0 && object < 0) {
      bool lends = false;
      for (size_t k = sb; k < qb && !lends; ++k) lends = cue_end[k][kLenderVerb] != 0;
      int borrower = last_org_subject >= 0 && last_org_subject != subject ? last_org_subject : main_org;
      if (lends && borrower >= 0 && borrower != subject && in.entities[static_cast<size_t>(borrower)].type != "PLACE") {
        object = subject;
        subject = borrower;
      }
    }
    // "un prêt de 9 millions d'euros du Crédit Mutuel, au taux fixe de
    // 3,4 %": a loan's rate is the borrower's, not the lender's.
    if (predicate == "interest_rate" && (dim & kDimPercent) && !out->empty() && out->back().predicate == "loan" &&
        out->back().sentence == q.sentence && out->back().subject >= 0) {
      subject = out->back().subject;
    }
    if (part_of >= 0 && (subject < 0 || carried || inherited || grantor >= 0)) {
      subject = (*out)[static_cast<size_t>(part_of)].subject;
    }
    if (grantor >= 0 && grantor != subject) object = grantor;
    if (paren_subject >= 0) subject = paren_subject;
    // (The level a change reached is of what changed: "celui de Vertigal
    // reculait de 7,9 %, à 121 millions".)
    if (level_of_change >= 0 && !predicate.empty() && (*out)[static_cast<size_t>(level_of_change)].subject >= 0) {
      subject = (*out)[static_cast<size_t>(level_of_change)].subject;
    }
    // The buyer of a contract: the organisation it is "from" or "pour"
    // ("won a $240 million contract from the National Reconnaissance
    // Office"; "construira 96 satellites pour l'opérateur Astrélia. [...] le
    // contrat s'élève à 740 millions"), else not the one it was signed
    // "with" ("signed a £3.4 billion contract with Ardwick Dynamics").
    bool deal_buyer = false;  // the subject is a contract's buyer, not the one the text speaks of
    if (deal) {
      int buyer = -1;
      for (int pass = 0; pass < 2 && buyer < 0; ++pass) {
        size_t b = sb, e = se;
        if (pass == 1) {
          if (q.sentence == 0) break;
          sentence_range(q.sentence - 1, &b, &e);
        }
        for (const EntityMention& m : in.mentions) {
          if (m.first_token < b || m.first_token >= e || buyer >= 0) continue;
          const std::string& type = in.entities[static_cast<size_t>(m.entity)].type;
          if ((type != "ORG" && type != "GOV") || m.entity == source) continue;
          for (size_t k = m.first_token; k + 9 > m.first_token && k > b && buyer < 0; --k) {
            size_t cb = 0;
            if (r.buyer_before.MatchEndingAt(toks, k, text, &cb) && !comma_between(k, m.first_token)) buyer = m.entity;
          }
        }
      }
      if (buyer < 0 && subject >= 0) {
        for (const EntityMention* em : in_sentence) {
          size_t wb = 0;
          if (em->entity != subject || !r.seller_before.MatchEndingAt(toks, em->first_token, text, &wb)) continue;
          for (const EntityMention* other : in_sentence) {
            const std::string& type = in.entities[static_cast<size_t>(other->entity)].type;
            if (other->entity != subject && other->entity != source && (type == "ORG" || type == "GOV") &&
                !after_preposition(other)) {
              buyer = other->entity;
              break;
            }
          }
          break;
        }
      }
      if (buyer >= 0 && buyer != subject) {
        if (object < 0 && subject >= 0) object = subject;
        subject = buyer;
        deal_buyer = true;
      }
    }
    // "1,18 milliard d'euros, contre 1,42 milliard pour Grand Panier": a
    // base given for another company, named right after it, is that
    // company's figure for the same period.
    bool other_company = false;
    if (compared_with >= 0) {
      subject = (*out)[static_cast<size_t>(compared_with)].subject;
      for (const EntityMention* em : in_sentence) {
        if (em->first_token < qe || em->first_token > qe + 3 || em->entity == subject) continue;
        const Entity& e = in.entities[static_cast<size_t>(em->entity)];
        if (e.type != "ORG") continue;
        // (After "pour", "for" (other_party_before): not a source, "compiled
        // by LSEG".)
        size_t p = em->first_token;
        if (p > qe && toks[p - 1].kind == TokenKind::kWord && toks[p - 1].length <= 3 &&
            toks[p - 1].lex >= 0 && (lex_.word(toks[p - 1].lex).bits & kWordStop) && p - 1 > qe) {
          --p;  // an article
        }
        size_t ob = 0;
        if (!r.other_party_before.MatchEndingAt(toks, p, text, &ob, qe)) continue;
        subject = em->entity;
        other_company = true;
        break;
      }
    }
    // The word before a sale's buyer: "à Pylônia", "to the group".
    auto sold_to = [&](size_t k) {
      const std::string w = toks[k].kind == TokenKind::kWord ? Fold(toks[k].Text(text)) : "";
      return w == "à" || w == "a" || w == "au" || w == "aux" || w == "to";
    };
    // "L'électricité sera vendue à Semivel au prix de 92 euros": the buyer
    // a sale names is not who sells at that price; the organisation the
    // article is about is.
    if ((predicate == "price" || predicate == "revenue") && q.dimension == "money" && subject >= 0 &&
        subject != main_org) {
      for (const EntityMention* em : in_sentence) {
        if (em->entity != subject || em->first_token >= qb || em->first_token < sb + 2) continue;
        size_t sw = 0;
        if (sold_to(em->first_token - 1) && r.sale_word.MatchEndingAt(toks, em->first_token - 1, text, &sw)) {
          subject = main_org;
          break;
        }
      }
    }
    // "Altéo Télécom cède ses pylônes à Pylônia pour 2,35 milliards": what
    // a seller sells to a buyer is the buyer's purchase.
    if (predicate == "acquisition_price" && q.dimension == "money") {
      bool sale = false;
      for (size_t k = sb; k < qb && !sale; ++k) sale = r.sale_word.Match(toks, k, text).has_value();
      if (sale) {
        int buyer = -1;
        for (const EntityMention& m : in.mentions) {
          if (m.first_token <= sb || m.first_token >= se || buyer >= 0) continue;
          const Entity& e = in.entities[static_cast<size_t>(m.entity)];
          // (A name read as a place only for the "à" before it is a buyer.)
          if (e.type != "ORG" && e.type != "GOV" && !(e.type == "PLACE" && !e.known)) continue;
          // ("à Pylônia", "to the group", "au promoteur Altarea", "to rival
          // Kordium": up to two lower-case words before the name.)
          size_t p = m.first_token - 1;
          for (int skip = 0; skip < 2 && p > sb && toks[p].kind == TokenKind::kWord &&
                             !(toks[p].flags & (kTokCapitalized | kTokAllCaps)) && !sold_to(p);
               ++skip) {
            --p;
          }
          if (sold_to(p)) buyer = m.entity;
        }
        if (buyer >= 0 && buyer != subject) {
          if (object < 0) object = subject;
          subject = buyer;
        }
      }
    }
    // "l'État apportera 41 M€", "L'Union européenne apportera 1,8 million":
    // what a public body puts into someone else's project is a subsidy to
    // them (the body granting it is the object).
    if (predicate == "investment" && q.dimension == "money" && best.trig && best.trig->verb && best.tb < qb) {
      for (const EntityMention& m : in.mentions) {
        const Entity& e = in.entities[static_cast<size_t>(m.entity)];
        if (e.type != "GOV" || m.entity == subject || m.end_token > best.tb || m.end_token + 3 < best.tb ||
            m.first_token < sb) {
          continue;
        }
        predicate = "subsidy";
        object = m.entity;
      }
    }
    // "£500 million of extra funding had been agreed": a public body's
    // funding is its budget; it raises no capital.
    if (predicate == "funding_raised" && subject >= 0 && in.entities[static_cast<size_t>(subject)].type == "GOV") {
      predicate = "budget";
    }
    // "The firm must also pay £42,000 in compensation to its victims",
    // "agreed to pay the skier £95,000 in compensation": what an
    // organisation pays out in compensation, its noun after the sum, settles
    // a claim; it is no one's pay (a person's "£1.2m in compensation" is).
    if (predicate == "compensation" && q.dimension == "money" && best.trig && !best.trig->verb && best.tb >= qe &&
        subject >= 0 && in.entities[static_cast<size_t>(subject)].type != "PERSON") {
      for (size_t k = qb >= sb + 6 ? qb - 6 : sb; k < qb; ++k) {
        if (auto pv = r.pay_verb.Match(toks, k, text); pv && pv->end_token <= qb) {
          predicate = "settlement";
          break;
        }
      }
    }
    // "La Commission a infligé une amende de 340 millions d'euros à Meta":
    // the fact is about who pays.
    if ((predicate == "fine" || predicate == "settlement") && object >= 0) {
      subject = object;
      object = -1;
    }
    // "une levée de 68 millions [...] mené par Aubrac Capital, qui apporte
    // 25 millions, aux côtés de Bpifrance (15 millions)": what an investor
    // puts into a round just announced is part of the round.
    if (q.dimension == "money" && part_of < 0 && (predicate.empty() || predicate == "investment" || predicate == "price")) {
      for (size_t k = out->size(); k-- > 0;) {
        const Fact& round = (*out)[k];
        if (round.sentence + 2 < q.sentence) break;
        const Quantity& rq = in.quantities[static_cast<size_t>(round.quantity)];
        if (round.predicate != "funding_raised" || round.part_of >= 0 || rq.unit != q.unit) continue;
        const double total = rq.value ? rq.value->ToDouble() : rq.high ? rq.high->ToDouble() : 0;
        const double v = q.value ? q.value->ToDouble() : 0;
        // (A share of it: not "un soutien-gorge se vend 79 euros" after a
        // round of 12 millions.)
        if (v <= 0 || v >= total || v < total * 0.01 || (object >= 0 && object != round.subject)) break;
        predicate = "funding_raised";
        subject = round.subject;
        object = -1;
        part_of = static_cast<int>(k);
        confidence = std::max(confidence, round.confidence * 0.8);
        break;
      }
    }
    // A person's own figure is their pay; any other figure a person gives is
    // their organisation's (the one spoken of last, else the article's), and
    // the person its source.
    if (subject >= 0 && predicate != "compensation" && predicate != "fine" &&
        in.entities[static_cast<size_t>(subject)].type == "PERSON") {
      int org = last_org_subject >= 0 && in.entities[static_cast<size_t>(last_org_subject)].type != "PERSON"
                    ? last_org_subject
                    : main_org;
      if (org >= 0 && org != object) {
        if (source < 0) source = subject;
        subject = org;
        carried = true;
      }
    }
    // "La Banque de France prévoit une croissance de 0,6 % du PIB", "Bercy
    // table sur un déficit de 4,8 %": the public body that opens the
    // sentence is the source of an economy's figure.
    if (source < 0 && (economy || macro) && subject >= 0 && in.entities[static_cast<size_t>(subject)].type == "PLACE") {
      for (const EntityMention* em : in_sentence) {
        if (em->end_token > anchor || em->first_token >= attribution_from) break;
        if (em->entity != subject && em->entity != object && in.entities[static_cast<size_t>(em->entity)].type == "GOV") {
          source = em->entity;
          break;
        }
      }
    }
    // "Auchterlea Shortbread will raise its wholesale prices by an average
    // of 6%": a company's own prices rising is a change of its prices, no
    // economy's inflation.
    if (predicate == "inflation" && subject >= 0 && in.entities[static_cast<size_t>(subject)].type == "ORG" &&
        direction != 0) {
      predicate = "growth";
    }
    // "1.42 million members": a building society's members own it and are
    // counted; a gym's or a club's use its services.
    if ((predicate == "users" || predicate == "count") && q.dimension == "count" && subject >= 0 &&
        in.entities[static_cast<size_t>(subject)].type == "ORG" && !r.member_nouns.empty() &&
        listed(Fold(q.unit), r.member_nouns)) {
      predicate = member_owned[static_cast<size_t>(subject)] ? "count" : "users";
    }

    // 5. Period: the nearest time expression of the sentence that can date
    // a figure: not a day (the day a statement was made) except for share
    // prices, not a founding date, and after the amount only when no other
    // amount stands between. Else the last such expression of the previous
    // sentences of the paragraph, else the publication year.
    auto period_ok = [&](size_t k) {
      const TimeExpr& t = in.times[k];
      // (A price or tax change dates from the day it takes effect: "une
      // hausse de 8,5 % à compter du 1er janvier".)
      size_t eb = 0;
      // ("passera à 10,99 euros le 1er septembre": a day right after a new
      // price too.)
      const bool effective =
          (predicate == "growth" || predicate == "price" || predicate == "tax") && compared_with < 0 &&
          (r.effective_from.MatchEndingAt(toks, tr[k].begin, text, &eb) ||
           r.effective_from.MatchEndingAt(toks, tr[k].begin + 1, text, &eb) ||
           (tr[k].begin >= qe && tr[k].begin <= qe + 4 && r.effective_after.MatchEndingAt(toks, tr[k].begin, text, &eb)));
      if (t.grain == "day" && predicate != "stock_change" && predicate != "interest_rate" && !effective &&
          !ReadAtMonthEnd(predicate, t) && !DatedByDayYear(predicate)) {
        return false;
      }
      // (Nor does the week a statement was made: "Last week the group said
      // it would close 11 of its practices".)
      // (Not the week the thing happened: "640 operations had been
      // postponed last week".)
      if (t.grain == "span" && t.relative && t.first.AddDays(6) == t.last && tr[k].end <= qb) {
        for (size_t i = tr[k].end; i < qb; ++i) {
          if (cue_end[i][kAttributionVerb]) return false;
        }
      }
      // (A one-off's day with no other figure between: "a annoncé mercredi la
      // suppression de 2 350 postes d'ici 2027, dont ..." dates none of them.)
      if (t.grain == "day" && DatedByDayYear(predicate) &&
          (tr[k].end <= qb ? quantities_between(tr[k].end, qb, 0xFF) > 0
                           : quantities_between(qe, tr[k].begin, 0xFF) > 0)) {
        return false;
      }
      // A fine dates from its sentence, not from the span of the offence
      // ("pour des rejets répétés entre 2021 et 2024").
      if ((predicate == "fine" || predicate == "settlement") && t.grain == "span") return false;
      // Nor is a loan or a grant dated by the deadline of the project it
      // funds ("investir 12 millions d'ici 2027, avec une aide de 1,8
      // million", "by 2027, backed by a C$8 million loan"), unless the
      // deadline follows it closely.
      if ((predicate == "loan" || predicate == "subsidy") && t.grain == "span" && in.publication &&
          t.first == *in.publication && !(tr[k].begin >= qe && tr[k].begin <= qe + 3)) {
        return false;
      }
      size_t b = 0;
      if (tr[k].begin > 0 && r.not_period.MatchEndingAt(toks, tr[k].begin, text, &b)) return false;
      // A date after the figure, past a comma and "since", is a milestone
      // it is compared with ("une perte nette de 23 millions, la première
      // depuis son entrée en Bourse en 2011"; "its first loss since 2019").
      if (tr[k].begin >= qe) {
        bool comma = false;
        for (size_t i = qe; i < tr[k].begin; ++i) {
          if (is_comma(i)) comma = true;
          else if (comma && r.milestone_since.Match(toks, i, text)) return false;
        }
      }
      // ("fondée à Roubaix en 1987": a place, a preposition then capitalized
      // words, between the cue and the date; "la création de la maison en
      // 1904": the cue's complement.)
      // (Nor inside an apposition a founding or launch word opens, past a
      // comma, when the figure stands outside it: "The family firm, founded
      // by a Clitheroe farmer in 1958, already carries about 1,900 pupils";
      // "sales of its single malt, released in 2023 after a wait, rose".)
      for (size_t i = tr[k].begin; i-- > sb && tr[k].begin - i <= 10;) {
        if (toks[i].kind == TokenKind::kNumber) break;
        if (!is_comma(i)) continue;
        if (r.not_period.Match(toks, i + 1, text)) {
          size_t close = tr[k].end;
          while (close < se && !is_comma(close)) ++close;
          if (qe <= i || qb >= close) return false;
        }
        break;
      }
      for (size_t back = 2; back <= 5 && tr[k].begin > back; ++back) {
        const size_t from = tr[k].begin - back;
        bool place = back <= 4 && toks[from].kind == TokenKind::kWord &&
                     !(toks[from].flags & (kTokCapitalized | kTokAllCaps));
        for (size_t i = from + 1; i < tr[k].begin && place; ++i) place = IsCapitalizedWord(toks[i]);
        bool complement = is_of(from);
        for (size_t i = from + 1; i < tr[k].begin && complement; ++i) {
          complement = toks[i].kind == TokenKind::kWord || toks[i].cp == '\'' || toks[i].cp == U'\u2019';
        }
        if ((place || complement) && r.not_period.MatchEndingAt(toks, from, text, &b)) return false;
      }
      return true;
    };
    // The first amount of the sentence: a date before it frames the whole sentence.
    size_t first_amount = qb;
    for (size_t k = 0; k < in.quantities.size(); ++k) {
      if (in.quantities[k].sentence == q.sentence) first_amount = std::min(first_amount, qr[k].begin);
    }
    auto clause_between = [&](size_t from, size_t to) {
      for (size_t i = from; i < to; ++i) {
        if (cue_end[i][kClauseBreak]) return true;
      }
      return false;
    };
    // An amount in a relative clause ("son usine de Lorient, qui emploie
    // 430 salariés, ...") is dated inside the clause, or by a date that
    // opens the sentence, not by the main clause's.
    size_t clause_b = sb, clause_e = se;
    for (size_t i = qb; i-- > sb;) {
      if (!is_comma(i)) continue;
      if (r.relative.Match(toks, i + 1, text)) {
        clause_b = i;
        for (clause_e = qe; clause_e < se && !is_comma(clause_e); ++clause_e) {
        }
      }
      break;
    }
    // A figure said to be today's ("from about 4,800 currently") has no
    // date of the sentence, and nor does the level a change starts from
    // when the date is that of the level to come ("passer de 48 à 95
    // salariés d'ici à fin 2027").
    bool today = false;
    for (size_t i = qe; i < std::min(qe + 2, se) && !today; ++i) today = cue_end[i][kNow] != 0;
    // (Or right before it: "nous détenons désormais environ 6 % du marché".)
    for (size_t i = qb >= sb + 2 ? qb - 2 : sb; i < qb && !today; ++i) today = cue_end[i][kNow] == qb;
    // (Or the whole that a part to come is taken from: "fermer 11 de nos 48
    // agences d'ici fin 2026", "Sur les 318 salariés, 77 perdront leur poste".)
    if (size_t tb = 0; !today && (predicate == "count" || predicate == "headcount" || predicate == "users") && qb > sb &&
                       r.total_before.MatchEndingAt(toks, qb, text, &tb)) {
      today = true;
    }
    // A level stated in the present (stated_now: "emploie 1 350 salariés",
    // "employs about 4,300 people") is today's: a date in another clause,
    // past a comma or an "et", dates the figure next to it ("... et a
    // réalisé l'an dernier 402 M€", "C$9 billion last year and employs").
    auto connector_between = [&](size_t from, size_t to) {
      for (size_t k = from; k < to; ++k) {
        if (is_comma(k) || (toks[k].lex >= 0 && (lex_.word(toks[k].lex).bits & kWordAnd))) return true;
      }
      return false;
    };
    size_t from_b = 0;
    const bool level_from = qb > sb && r.level_from.MatchEndingAt(toks, qb, text, &from_b).has_value() &&
                            qi + 1 < in.quantities.size() && in.quantities[qi + 1].sentence == q.sentence &&
                            qr[qi + 1].begin == qe + 1 && r.level_to.Match(toks, qe, text).has_value();
    // Tokens [b, e) before the amount inside a relative clause closed
    // before it ("Le fournisseur, qui a réalisé 310 M€ en 2024, vise ...";
    // or the second of two joined: "Frimaud, dont le siège est à Vitré et
    // qui a réalisé 410 millions d'euros en 2025, revendiquera ...").
    auto in_closed_relative = [&](size_t b, size_t e) {
      if (b < sb || e > qb || !comma_between(e, qb)) return false;
      for (size_t i = b; i-- > sb;) {
        if (i > sb && toks[i - 1].lex >= 0 && (lex_.word(toks[i - 1].lex).bits & kWordAnd) &&
            r.relative.Match(toks, i, text)) {
          return true;
        }
        if (is_comma(i)) return r.relative.Match(toks, i + 1, text).has_value();
      }
      return false;
    };
    // "a pre-tax profit of £3.2m on revenue of £61.4m in 2025", "revenue
    // of £61.3 million and a profit of £5.8 million for 2025": a date after
    // results joined one to the next dates them all.
    auto joined_results = [&](size_t until) {
      if (predicate != "revenue" && predicate != "profit" && predicate != "loss" && predicate != "sales_volume" &&
          predicate != "production" && predicate != "spending") {
        return false;
      }
      size_t at = qe;
      int joined = 0;
      for (size_t j = qi + 1; j < in.quantities.size() && qr[j].end <= until; ++j) {
        if (in.quantities[j].sentence != q.sentence || qr[j].begin < at) continue;
        if (in.quantities[j].dimension != q.dimension || qr[j].begin - at > 8 || comma_between(at, qr[j].begin)) {
          return false;
        }
        bool cue = false;
        for (size_t i = at; i < qr[j].begin && !cue; ++i) cue = r.results_joint.Match(toks, i, text).has_value();
        if (!cue) return false;
        at = qr[j].end;
        ++joined;
      }
      return joined > 0 && !comma_between(at, until);
    };
    int time = -1;
    size_t time_distance = SIZE_MAX;
    bool fiscal = false;
    for (size_t k = 0; k < in.times.size(); ++k) {
      // (Or the question a bare count answers: "How many students did you
      // teach between June and August? About 2,300".)
      const bool asked_time = answers[qi] && in.times[k].sentence + 1 == q.sentence && !in.times[k].earlier;
      if (today || (in.times[k].sentence != q.sentence && !asked_time) || !period_ok(k)) continue;
      if ((tr[k].end <= clause_b || tr[k].begin >= clause_e) && tr[k].begin > sb + 1 && !asked_time) continue;
      // (Also a date to come before it: "From January 1, the toll rises
      // from £2.20 to £2.60": the level left is today's.)
      if (level_from && (tr[k].begin >= qr[qi + 1].end || tr[k].end <= qb) && in.publication &&
          in.times[k].last > *in.publication) {
        continue;
      }
      bool after = tr[k].begin >= qe;
      bool before = tr[k].end <= qb;
      if (stated_now && ((before && connector_between(tr[k].end, state_b)) || (after && connector_between(qe, tr[k].begin)))) {
        continue;
      }
      // ("up 5.2% from May 1": a date to come after "from" is when the
      // change takes effect, not its base.)
      size_t cmp_end = tr[k].begin;
      if (size_t eb = 0; after && in.publication && !(in.times[k].last < *in.publication) &&
                         r.effective_from.MatchEndingAt(toks, tr[k].begin, text, &eb)) {
        cmp_end = eb;
      }
      // (A "from" that names who paid is no comparison: "received €28
      // million from the state of Bavaria in 2022".)
      bool compared = false;
      for (size_t i = qe; i < cmp_end && !compared; ++i) {
        if (!cue_end[i][kComparison] || (earned_from && i == qe)) continue;
        bool named = false;
        for (size_t j = cue_end[i][kComparison]; j < cmp_end && j < cue_end[i][kComparison] + 4 && !named; ++j) {
          if (toks[j].kind == TokenKind::kNumber) break;
          named = in_mention[j] != 0;
        }
        compared = !named;
      }
      if (after && (compared || (quantities_between(qe, tr[k].begin, 0xFF) > 0 && !joined_results(tr[k].begin)))) continue;
      // Nor a date past a relative clause's opening ("12,5 millions pour
      // la rénovation des thermes, que la ville a rachetés en 2023"), or a
      // cause's ("to 218 million euros, as a heatwave in June lifted sales").
      if (after && [&] {
            for (size_t i = qe; i < tr[k].begin; ++i) {
              if (is_comma(i) && (r.relative.Match(toks, i + 1, text) || r.relative_object.Match(toks, i + 1, text) ||
                                  r.cause_after.Match(toks, i + 1, text))) {
                return true;
              }
            }
            return false;
          }()) {
        continue;
      }
      // Nor, past a comma, a share move's "since": "Shares fell 2.1% in
      // Sydney, extending their decline since the start of the year" (or
      // any span that runs to today).
      if (after &&
          (predicate == "stock_change" ||
           (in.times[k].grain == "span" && in.publication && in.times[k].last == *in.publication)) &&
          comma_between(qe, tr[k].begin)) {
        continue;
      }
      if (before && tr[k].end > first_amount &&
          (quantities_between(tr[k].end, qb, 0xFF) > 0 || clause_between(tr[k].end, qb))) {
        continue;
      }
      // Nor the date of a relative clause closed before the amount ("Le
      // fournisseur, qui a réalisé 310 M€ en 2024, vise entre 8 et 10 %").
      if (before && in_closed_relative(tr[k].begin, tr[k].end)) continue;
      // A comparison base after a figure dates that figure, not the next
      // one ("5,2 milliards, le double d'il y a un an, malgré ses 4 milliards").
      if (before && in.times[k].earlier && tr[k].begin > first_amount) continue;
      // Nor does the date of a comparison base ("contre 1,62 milliard l'an
      // dernier, et sur une marge de 7 %").
      // (Or one a comparison word opens: "soit 12 % de moins qu'en 2023,
      // pour des ventes de 118 millions".)
      if (before && tr[k].begin > first_amount && tr[k].begin >= sb + 2 &&
          [&] {
            for (size_t i = std::max(sb, tr[k].begin >= 4 ? tr[k].begin - 4 : 0); i < tr[k].begin; ++i) {
              const size_t c = cue_end[i][kComparison];
              if (c == tr[k].begin) return true;
              // (A preposition between: "qu'en 2023".)
              if (c && c + 1 == tr[k].begin && toks[c].kind == TokenKind::kWord && toks[c].lex >= 0 &&
                  (lex_.word(toks[c].lex).bits & kWordStop)) {
                return true;
              }
            }
            return false;
          }()) {
        continue;
      }
      if (before && tr[k].begin > first_amount) {
        bool base = false;
        for (size_t j = 0; j < in.quantities.size() && !base; ++j) {
          if (j == qi || qr[j].end > tr[k].begin || tr[k].begin - qr[j].end > 1) continue;
          base = comparison_before(qr[j].begin, 3);
        }
        if (base) continue;
      }
      // A change is measured against its base: "up 11% from a year ago"
      // is this year's rise; so is "up 4%, a slowdown from the first half"
      // (a past base the time itself opens with; "from April 2027" to come
      // dates the change).
      if (in.times[k].earlier && (IsChange(predicate) || dim == kDimPp)) continue;
      if (past_base(k) && (IsChange(predicate) || dim == kDimPp || dim == kDimPercent)) continue;
      // (Nor a past base after the amount that qualifies a noun: "fell 17%
      // to $118.5 million as charter rates eased from last year's highs".)
      if (past_base(k) && after && tr[k].end + 1 < n && toks[tr[k].end].kind == TokenKind::kPunct &&
          (toks[tr[k].end].cp == '\'' || toks[tr[k].end].cp == U'\u2019') && toks[tr[k].end + 1].kind == TokenKind::kWord &&
          Fold(toks[tr[k].end + 1].Text(text)) == "s") {
        continue;
      }
      size_t d = before ? qb - tr[k].end : after ? tr[k].begin - qe : 0;
      // A fiscal year named in the sentence wins ("revenue for fiscal year
      // 2025, which ended in late January").
      if (fiscal && !in.times[k].fiscal) continue;
      if (d < time_distance || (in.times[k].fiscal && !fiscal)) {
        time_distance = d;
        time = static_cast<int>(k);
        fiscal = in.times[k].fiscal;
      }
    }
    if (stated_now && time < 0) today = true;
    // No date in the sentence: results reported one after the other share
    // the previous one's period ("... 70,9 milliards d'euros en 2024. Son
    // résultat net s'établit à 4,1 Md€").
    auto results = [](const std::string& p) {
      return p == "revenue" || p == "profit" || p == "loss" || p == "margin" || p == "growth" || p == "sales_volume" ||
             p == "production" || p == "budget" || p == "savings" || p == "tax" || p == "spending" || p == "deficit" ||
             p == "unemployment_rate" || p == "inflation" || p == "market_share" ||
             p == "dividend";
    };
    // What a year adds up (not a level read at a date, such as a debt, a
    // market share or a number of users).
    auto flow = [](const std::string& p) {
      return p == "revenue" || p == "profit" || p == "loss" || p == "margin" || p == "growth" || p == "sales_volume" ||
             p == "production" || p == "spending" || p == "dividend";
    };
    // The headline and the lead's first sentence.
    const uint32_t lead_end = static_cast<uint32_t>(std::max(title_sentence, 0)) + 1;
    // "its 2024 revenue", "le chiffre d'affaires 2024": a bare year next to
    // the trigger.
    int year_next_to_trigger = 0;
    if (time < 0 && best.trig && best.te > best.tb) {
      for (size_t k : {best.tb >= 1 ? best.tb - 1 : SIZE_MAX, best.te}) {
        if (k >= n || toks[k].kind != TokenKind::kNumber || toks[k].length != 4) continue;
        int y = std::atoi(std::string(toks[k].Text(text)).c_str());
        if (y >= 1990 && y <= 2100) year_next_to_trigger = y;
      }
    }
    // "clients : 1,9 million" in a list of key figures: dated like results.
    // (Or "4,1 millions d'euros. Le bénéfice net ...": a paragraph that
    // opens with the figure alone, then says what it is; a level, such as
    // a workforce, stays today's.)
    const bool key_figure = (qb >= 2 && toks[qb - 1].kind == TokenKind::kPunct && toks[qb - 1].cp == ':' &&
                             toks[qb - 2].kind == TokenKind::kWord) ||
                            ((qb == 0 || (toks[qb].flags & kTokParagraph)) && qe < n &&
                             toks[qe].kind == TokenKind::kPunct && toks[qe].cp == '.' && predicate != "headcount" &&
                             predicate != "users" && predicate != "count");
    int carried_period = -1;
    int context_time = -1;
    // "- un chiffre d'affaires de 31,5 millions d'euros ;": an item of a
    // list, which the line before it introduced ("Faits marquants de
    // l'exercice 2025 :").
    const bool list_item = toks[sb].kind == TokenKind::kPunct &&
                           (toks[sb].cp == '-' || toks[sb].cp == 0x2022 || toks[sb].cp == 0x2013 || toks[sb].cp == '*');
    // An event of a few days the headline or the lead dates ("le festival,
    // qui s'est tenu du 24 au 27 juillet"), told just after it ends: its
    // figures (visitors, budget, prices, volunteers) are the event's, all
    // but the public money granted by the year.
    int event_span = -1;
    if (event_article && time < 0 && !today && in.publication && predicate != "subsidy") {
      for (size_t k = 0; k < in.times.size() && event_span < 0; ++k) {
        const TimeExpr& t = in.times[k];
        if (t.grain != "span" || t.sentence > lead_end + 1 || *in.publication < t.last ||
            t.last.AddDays(31) < *in.publication || t.first.AddDays(31) < t.last || tr[k].end > qb) {
          continue;
        }
        // (Both ends written, "du 24 au 27 juillet": not "depuis samedi".)
        size_t days = 0;
        for (size_t j = tr[k].begin; j < tr[k].end; ++j) {
          days += toks[j].kind == TokenKind::kNumber && toks[j].length <= 2;
        }
        if (days >= 2) event_span = static_cast<int>(k);
      }
    }
    // A debt is a level read today, unless a quarter's or a half's results
    // give it ("net debt of $2.1 billion" in third-quarter results).
    const bool debt = predicate == "debt" && !key_figure && !list_item && event_span < 0;
    const bool full_year_here = time < 0 && !r.full_year.empty() && names_full_year(q.sentence);
    // A span of a year ("in the year to May 31").
    auto year_long = [&](size_t k) {
      const long days = in.times[k].last.ToDays() - in.times[k].first.ToDays();
      return days >= 360 && days <= 370;
    };
    if (time < 0 && !today && (results(predicate) || key_figure || list_item || event_span >= 0 || debt)) {
      // (Past the bases of comparisons told in the same sentence: "it
      // earned £37m in the year to March, up from £29m, and made an
      // operating profit of £2.6m".)
      size_t prev_i = out->size();
      if (prev_i >= 2 && comparison_base[prev_i - 1] && (*out)[prev_i - 1].sentence == q.sentence &&
          (*out)[prev_i - 2].sentence == q.sentence) {
        --prev_i;
      }
      if (prev_i > 0) {
        const Fact& prev = (*out)[prev_i - 1];
        size_t prev_tok = qr[static_cast<size_t>(prev.quantity)].begin;
        // (Not the base of a comparison: "le double d'il y a un an" dates
        // the figure before, not the next one.)
        const std::string& prev_grain = prev.time >= 0 ? in.times[static_cast<size_t>(prev.time)].grain : "";
        // (Nor a figure given after "contre" or "compared with" that no
        // fact of its measure stands for: "son premier bénéfice, de 3,4 M€,
        // contre une perte de 7,9 M€ en 2024".)
        // ("soit une hausse de 1,7 point" restates: it still carries.)
        bool base_of_other = false;
        for (size_t i = prev_tok >= 4 ? prev_tok - 4 : 0; i < prev_tok && !base_of_other; ++i) {
          base_of_other = cue_end[i][kComparison] != 0 && cue_end[i][kComparison] <= prev_tok &&
                          !r.restatement.Match(toks, i, text);
        }
        if (prev.time >= 0 && !in.times[static_cast<size_t>(prev.time)].earlier && !comparison_base[prev_i - 1] &&
            !base_of_other && !in_closed_relative(prev_tok, qr[static_cast<size_t>(prev.quantity)].end) &&
            (!debt || prev_grain == "quarter" || prev_grain == "half") &&
            !(full_year_here && (prev_grain == "quarter" || prev_grain == "half" || prev_grain == "month" ||
                                 (prev_grain == "span" && !year_long(static_cast<size_t>(prev.time))))) &&
            prev.sentence + 1 >= q.sentence &&
            results(prev.predicate) && same_paragraph(prev_tok, qb)) {
          carried_period = static_cast<int>(prev_i - 1);
        }
      }
      // Else the reporting period the article set earlier: the last quarter,
      // half or fiscal year named before ("third-quarter results ... Net
      // income came in at $19.7 billion").
      if (carried_period < 0 && event_span >= 0) context_time = event_span;
      // (A quarter, a half, a month or a span named before does not date
      // what the sentence calls a full year's: "she expected full-year
      // revenue of between 410 million and 430 million euros".)
      if (carried_period < 0 && event_span < 0) {
        for (size_t k = in.times.size(); k-- > 0;) {
          if (tr[k].end > qb || !period_ok(k) || in.times[k].earlier) continue;
          // (Not a comparison base: "par rapport au quatrième trimestre 2023".)
          if (comparison_before(tr[k].begin, 4) || past_base(k)) continue;
          // (Nor the time of a base right before it: "up from 1.7 million in
          // fiscal 2025", "contre 4,1 millions en 2024".)
          bool base_time = false;
          for (size_t j = 0; j < in.quantities.size() && !base_time && in.times[k].grain != "span"; ++j) {
            base_time = j != qi && qr[j].end <= tr[k].begin && tr[k].begin <= qr[j].end + 1 &&
                        in.quantities[j].sentence == in.times[k].sentence && comparison_before(qr[j].begin, 3);
          }
          if (base_time) continue;
          const TimeExpr& t = in.times[k];
          if (full_year_here &&
              (t.grain == "quarter" || t.grain == "half" || t.grain == "month" || (t.grain == "span" && !year_long(k)))) {
            continue;
          }
          // (Public money granted to an event is the year's, not the event's.)
          if (event_article && predicate == "subsidy" && t.grain == "span") continue;
          // (Or last year, named before: annual results told in the first
          // months of the new year.)
          // ("dépasserait désormais 120 millions": today's figure; not "whose
          // logo now covers" after the amount.)
          bool now = false;
          for (size_t i = sb; i < qb && !now; ++i) now = cue_end[i][kNow] != 0;
          // (Or, for what a year adds up, named in the sentence right
          // before: "plus de 2,1 millions de transferts l'an dernier ... Son
          // chiffre d'affaires a atteint 41,8 millions".)
          // (Not a year a comparison named earlier in that sentence: "en
          // recul par rapport au niveau de fin 2023".)
          const bool sentence_before = t.sentence + 1 == q.sentence && same_paragraph(tr[k].begin, qb);
          const bool last_year = !now && t.grain == "year" && in.publication &&
                                 t.first.year == in.publication->year - 1 &&
                                 (in.publication->month <= 4 ||
                                  (flow(predicate) && (t.sentence <= lead_end || sentence_before) && !compared_time(k)));
          // (Or a closed span of less than a year: "in the nine weeks ended
          // December 30 ... Total sales reached $9.64 billion".)
          const bool closed_span = t.grain == "span" && in.publication && t.last < *in.publication &&
                                   t.first.AddMonths(12) > t.last;
          // (Or a month just ended, named in the headline or the lead: a
          // monthly figure's article, "record de fréquentation en juillet"
          // published in August.)
          const bool reported_month = t.grain == "month" && in.publication && t.last < *in.publication &&
                                      t.last.AddDays(62) >= *in.publication && t.sentence <= 2;
          // (Or the season or event the headline or the lead names: "les
          // deux promus abordent la saison 2025-2026", a festival's dates.)
          const bool lead_span = t.grain == "span" && !t.relative &&
                                 t.sentence <= static_cast<uint32_t>(std::max(title_sentence, 0)) + 2 &&
                                 t.first.AddMonths(12) > t.last;
          // (Or the line that introduces the list the figure is an item of,
          // or an interviewer's question that names the period the answer
          // after it gives figures for: "How did 2025 go?".)
          char32_t closes = 0;  // the punctuation that ends the time's sentence
          if (t.sentence < q.sentence) {
            size_t hb, he;
            sentence_range(t.sentence, &hb, &he);
            if (he > hb && toks[he - 1].kind == TokenKind::kPunct) closes = toks[he - 1].cp;
          }
          const bool list_header = list_item && closes == ':';
          const bool question = closes == '?' && q.sentence - t.sentence <= 4;
          if (t.grain == "quarter" || t.grain == "half" ||
              (!debt && (t.fiscal || last_year || closed_span || reported_month || lead_span || list_header || question))) {
            context_time = static_cast<int>(k);
            break;
          }
        }
      }
    }
    // The last time before the amount that may date it, not a comparison's
    // base, or -1.
    auto last_time_before = [&]() -> int {
      for (size_t k = in.times.size(); k-- > 0;) {
        if (tr[k].end > qb || !period_ok(k) || in.times[k].earlier) continue;
        if (comparison_before(tr[k].begin, 4) || past_base(k)) continue;
        return static_cast<int>(k);
      }
      return -1;
    };
    // A quarter's results go on with what the quarter cost, charged or
    // counted ("Au troisième trimestre ... Le coût du risque recule à 96
    // M€"): the quarter named last, in the sentence or the two before it
    // (not a range or a bound: "between £20m and £25m" is an outlook).
    if (time < 0 && !today && carried_period < 0 && context_time < 0 &&
        (predicate == "cost" || predicate == "price" || predicate == "interest_rate" || predicate == "users") &&
        (q.qualifier == Qualifier::kExact || q.qualifier == Qualifier::kApprox)) {
      const int k = last_time_before();
      if (k >= 0 && in.times[static_cast<size_t>(k)].grain == "quarter" &&
          in.times[static_cast<size_t>(k)].sentence + 2 >= q.sentence) {
        context_time = k;
      }
    }
    // "La facture de gaz a atteint 64 millions", "We won 19 new clients": a
    // figure of any measure told in the past, in the first months of a
    // year, when the last time named before it is last year, is last
    // year's (not a one-off event's: a round raised in March is of the year).
    // (Past the first months, what a year adds up too: "Herbéo a vendu
    // 14.200 tonnes en 2025 ... Herbéo a réalisé un chiffre d'affaires de
    // 63 millions d'euros", published in August.)
    if (time < 0 && !today && carried_period < 0 && context_time < 0 && in.publication &&
        (in.publication->month <= 5 || flow(predicate)) && !OneOff(predicate) && past_clause(sb, qb, qe, se)) {
      // (Past the first months, not a year a comparison named earlier in
      // its sentence: "par rapport au niveau de fin 2023", "moins que prévu
      // au budget voté fin 2023".)
      if (const int k = last_time_before(); k >= 0) {
        const TimeExpr& t = in.times[static_cast<size_t>(k)];
        const bool compared_year = in.publication->month > 5 && compared_time(static_cast<size_t>(k));
        if (t.grain == "year" && t.first.year == in.publication->year - 1 && !compared_year) context_time = k;
      }
    }

    // A coordinated figure's name takes the place of the name it matches in
    // the first clause: "l'État apportera 40 millions et la Région 22
    // millions" (who gives: the object), "Capgemini a cédé 3,1 % et Sopra
    // Steria 2,4 %" (the subject), "versera 2,49 Md€ à France Télévisions
    // et 610 millions à Radio France" (a name after the same word after
    // each figure: "une amende de 148 millions à Élévia ... et de 63
    // millions à son concurrent Ascendis").
    if (coordinate_of >= 0) {
      const Fact& base = (*out)[static_cast<size_t>(coordinate_of)];
      const EntityMention* gapped = nullptr;
      const EntityMention* base_after = nullptr;
      const EntityMention* after = nullptr;
      for (const EntityMention* em : in_sentence) {
        // (Only function words between the name and the figure: not "et à
        // laquelle Bpifrance participe à hauteur de 5 millions".)
        bool next_to = em->first_token > coordinate_at && em->end_token <= qb;
        for (size_t j = em->end_token; j < qb && next_to; ++j) {
          next_to = toks[j].kind == TokenKind::kPunct || (toks[j].lex >= 0 && (lex_.word(toks[j].lex).bits & kWordStop));
        }
        if (next_to) gapped = em;
        if (em->first_token == coordinate_base_end + 1 && em->end_token <= coordinate_at) base_after = em;
        if (em->first_token > qe && em->first_token <= qe + 3 && !after) after = em;
      }
      // (A place the figure's subject is not: a scope, "while the Americas
      // grew 9% to €540 million" after the group's sales in Asia.)
      const auto type_of = [&](int e) { return e >= 0 ? in.entities[static_cast<size_t>(e)].type : std::string(); };
      if (gapped && type_of(gapped->entity) == "PLACE" && type_of(base.subject) == "ORG") {
        gapped = nullptr;
      }
      if (gapped && gapped->entity != source) {
        // (The name nearest before the first figure said who gives or pays:
        // the subject stays, the name is the other party. Else the name
        // replaces the subject.)
        const EntityMention* first_name = nullptr;
        for (const EntityMention* em : in_sentence) {
          if (em->end_token <= coordinate_base_begin) first_name = em;
        }
        if (base.subject >= 0 && first_name &&
            (first_name->entity == base.object || first_name->entity == base.attributed_to)) {
          subject = base.subject;
          object = gapped->entity;
        } else if (gapped->entity != object) {
          subject = as_subject(gapped->entity);
        }
      } else if (!gapped && base_after && after && after->entity != source && qe < n &&
                 toks[coordinate_base_end].Text(text) == toks[qe].Text(text)) {
        subject = as_subject(after->entity);
      } else if (!gapped && base.subject >= 0 && base.subject != source) {
        subject = base.subject;
      }
    }
    // "les deux enseignes ont réalisé respectivement 148 et 97 millions
    // d'euros": two amounts the text calls respective go to the last two
    // companies named before them, in order.
    for (size_t first = qi > 0 ? qi - 1 : qi; first <= qi && first + 1 < in.quantities.size(); ++first) {
      const size_t a_end = qr[first].end, b_begin = qr[first + 1].begin;
      if (in.quantities[first].sentence != in.quantities[first + 1].sentence || b_begin != a_end + 1 ||
          toks[a_end].lex < 0 || !(lex_.word(toks[a_end].lex).bits & kWordAnd)) {
        continue;
      }
      size_t rb = 0;
      if (!lex_.respectively_words().MatchEndingAt(toks, qr[first].begin, text, &rb) &&
          !(qr[first + 1].end < n && lex_.respectively_words().Match(toks, qr[first + 1].end, text))) {
        continue;
      }
      int older = -1, newer = -1;
      for (size_t k = in.mentions.size(); k-- > 0 && older < 0;) {
        const EntityMention& m = in.mentions[k];
        if (m.end_token > qr[first].begin || in.entities[static_cast<size_t>(m.entity)].type != "ORG") continue;
        if (newer < 0) newer = m.entity;
        else if (m.entity != newer) older = m.entity;
      }
      if (older >= 0 && older != source && newer != source) subject = first == qi ? older : newer;
      break;
    }
    // A sum a company takes with a verb of pay, with no person named in
    // the sentence ("l'ancien PDG a touché 7,82 millions" is pay): "The
    // group received £14.2m from the Levy Board", millions it receives,
    // are public money it is granted; "En 2025, la Sacem a perçu 212
    // millions d'euros de droits", tens of millions it collects otherwise,
    // are its revenue (a chief executive unnamed may be paid millions).
    if (predicate == "compensation" && subject >= 0 && in.entities[static_cast<size_t>(subject)].type == "ORG" &&
        q.dimension == "money" && best.trig && best.trig->verb) {
      const double v = q.value ? q.value->ToDouble() : q.high ? q.high->ToDouble() : q.low ? q.low->ToDouble() : 0;
      bool person = false;
      for (const EntityMention* em : in_sentence) person |= in.entities[static_cast<size_t>(em->entity)].type == "PERSON";
      const bool received = r.receive_verb.Match(toks, best.tb, text).has_value();
      // (Or any sum received from a public body or a fund: "In 2024 we
      // received £9,500 from the fund and about £6,000 from Powys County
      // Council".)
      bool from_public = false;
      if (auto g = r.grant_after.Match(toks, qe, text); g && received) {
        for (size_t k = g->end_token; k < se && k < g->end_token + 3 && !from_public; ++k) {
          from_public = r.fund_noun.Match(toks, k, text).has_value();
        }
        for (const EntityMention* em : in_sentence) {
          from_public |= em->first_token >= g->end_token && em->first_token <= g->end_token + 2 &&
                         in.entities[static_cast<size_t>(em->entity)].type == "GOV";
        }
      }
      if (received && (v >= 1e6 || from_public) && !person) {
        predicate = "subsidy";
      } else if (!received && best.tb < qb && v >= 1e7 && !person && !r.person_anaphor.Match(toks, sb, text)) {
        predicate = "revenue";
      }
    }
    // "Le manège a coûté 4,6 M€ à Attractions Pélissier": whom a thing
    // cost, named right after the amount, is the one that paid.
    if (std::optional<PhraseMatch> payer;
        predicate == "cost" && q.dimension == "money" && best.trig && best.trig->verb && best.te <= qb && qe < se &&
        (payer = r.payer_after.Match(toks, qe, text))) {
      const size_t after = payer->end_token;
      for (const EntityMention* em : in_sentence) {
        const std::string& type = in.entities[static_cast<size_t>(em->entity)].type;
        if (em->first_token == after && (type == "ORG" || type == "GOV")) {
          subject = em->entity;
          break;
        }
      }
    }
    // "La Ville de Paris percevra 1,9 million d'euros de redevances": what
    // a public body collects is its revenue, no pay.
    if (predicate == "compensation" && subject >= 0 && in.entities[static_cast<size_t>(subject)].type == "GOV" &&
        q.dimension == "money" && best.trig && best.trig->verb) {
      predicate = "revenue";
    }
    // "La première emploie 31 salariés, contre 85 formateurs pour la
    // seconde", "The former ..., the latter": the first or the second
    // organisation the sentence before names, the ordinal opening the
    // sentence or right after the amount.
    {
      int which = -1;
      // (One opening the sentence holds until another organisation is named
      // before the amount or right after it: "Le premier a réalisé 41
      // millions d'euros, contre 8,6 millions pour Flashéo, dont les ventes
      // ont bondi de 27 %".)
      bool other_named = other_company;
      for (const EntityMention* em : in_sentence) {
        other_named |= em->first_token > sb && em->end_token <= qb && in.entities[static_cast<size_t>(em->entity)].type == "ORG";
      }
      if (!other_named && r.ordinal_first.Match(toks, sb, text)) which = 0;
      else if (!other_named && r.ordinal_second.Match(toks, sb, text)) which = 1;
      for (size_t k = qe; k < std::min(se, qe + 3); ++k) {
        if (r.ordinal_second.Match(toks, k, text)) which = 1;
        else if (r.ordinal_first.Match(toks, k, text)) which = 0;
        if (is_comma(k)) break;
      }
      if (which >= 0 && q.sentence > 0) {
        std::vector<int> named;  // organisations of the sentence before, in order
        for (const EntityMention& m : in.mentions) {
          if (m.sentence + 1 != q.sentence || in.entities[static_cast<size_t>(m.entity)].type != "ORG") continue;
          if (std::find(named.begin(), named.end(), m.entity) == named.end()) named.push_back(m.entity);
        }
        if (named.size() == 2) subject = named[static_cast<size_t>(which)];
      }
    }
    // "Some 157,000 people in England were waiting for an allotment",
    // "About 2.9 million adults in England went canoeing": people counted
    // in a place, with no one else's figure, are the place's count.
    if (subject < 0 && q.dimension == "count" && (predicate == "count" || predicate == "headcount") && qe + 1 < se &&
        r.scope_before.Match(toks, qe, text)) {
      for (const EntityMention* em : in_sentence) {
        if (em->first_token < qe + 1 || em->first_token > qe + 2) continue;
        if (in.entities[static_cast<size_t>(em->entity)].type == "PLACE") {
          subject = em->entity;
          predicate = "count";
        }
        break;
      }
    }
    // The place a preposition and the place's name open the sentence with
    // ("In Nottingham, ...", "À Challans, ..."), or null.
    const EntityMention* opening_place = nullptr;
    if (sb + 1 < qb && r.scope_before.Match(toks, sb, text)) {
      for (const EntityMention* em : in_sentence) {
        if (em->first_token == sb + 1 && in.entities[static_cast<size_t>(em->entity)].type == "PLACE") opening_place = em;
      }
    }
    // "In Nottingham, the city council will raise its rent from £86 to
    // £112": the town's council, by the name the article gives it
    // ("Nottingham City Council"), else the town.
    if (const EntityMention* em = opening_place; em && sb + 3 < qb && em->end_token < qb && is_comma(em->end_token) &&
                                                 r.local_body_after.Match(toks, em->end_token + 1, text)) {
      int body = em->entity;
      const std::string& town = in.entities[static_cast<size_t>(em->entity)].name;
      for (size_t e = 0; e < in.entities.size(); ++e) {
        const Entity& x = in.entities[e];
        if (x.type == "GOV" && x.name.size() > town.size() && x.name.compare(0, town.size(), town) == 0) body = static_cast<int>(e);
      }
      subject = body;
    }
    // "Dans la zone d'emploi de Limoux, le chômage atteint 11,2 %", "À
    // Challans, le taux de chômage est tombé à 5,8 %": a local jobless rate
    // is the town's, not the country's.
    if (predicate == "unemployment_rate") {
      for (const EntityMention* em : in_sentence) {
        if (in.entities[static_cast<size_t>(em->entity)].type != "PLACE" || em->first_token >= qb) continue;
        size_t lb = 0;
        if (em == opening_place || r.labour_area.MatchEndingAt(toks, em->first_token, text, &lb)) {
          subject = em->entity;
          break;
        }
      }
    }
    Fact f;
    f.quantity = static_cast<int>(qi);
    f.predicate = predicate;
    f.subject = subject;
    f.object = object;
    // (An answer of an interview is the interviewee's word.)
    if (source < 0 && interviewee >= 0 && answer_at[qb] && subject != interviewee) source = interviewee;
    f.attributed_to = source;
    f.part_of = part_of;
    f.sentence = q.sentence;
    f.percentage_point = bare_point;
    // "1 150 suppressions de postes": the counted noun is the trigger itself;
    // what is counted comes after "de".
    if (q.dimension == "count" && qe + 1 < n) {
      size_t k = qe;
      size_t after_of = k;
      if (auto m = lex_.of_words().Match(toks, k, text)) after_of = m->end_token;
      // (Not a time: "200 personnes d'ici 2027".)
      bool time_after = false;
      for (const TokenRange& t : tr) time_after |= t.begin <= after_of && after_of < t.end;
      for (size_t t = 0; t < in.times.size() && !time_after; ++t) time_after = tr[t].begin == qe;
      // (A common noun: not "salariés de l'entreprise", "de Renault".)
      const bool noun_after = after_of < n && toks[after_of].kind == TokenKind::kWord && toks[after_of].length >= 2 &&
                              !(toks[after_of].flags & (kTokCapitalized | kTokAllCaps)) &&
                              !(after_of + 1 < n && toks[after_of + 1].kind == TokenKind::kPunct &&
                                (toks[after_of + 1].cp == '\'' || toks[after_of + 1].cp == U'\u2019'));
      if (after_of > k && noun_after && !time_after &&
          !(toks[after_of].lex >= 0 && (lex_.word(toks[after_of].lex).bits & kWordStop))) {
        k = after_of - 1;
        uint64_t unit_hash = FoldedWordHash(q.unit);
        for (const TriggerHit& h : hits) {
          if (h.begin >= qb && h.begin < qe && toks[h.begin].kind == TokenKind::kWord) {
            for (const Rules::Trigger& t : r.groups[static_cast<size_t>(h.group)]) {
              if (t.predicate == predicate && FoldedWordHash(lex_.Lemma(toks[h.begin].Text(text))) == unit_hash) {
                f.unit = lex_.Lemma(toks[k + 1].Text(text));
              }
            }
          }
        }
      }
    }
    // "passenger numbers rose 6% to 142 million", "le nombre de passagers
    // atteint 3,2 millions": a bare number whose trigger names a counted
    // noun (of the same measure) counts that noun.
    if (q.dimension == "number" && f.unit.empty() && best.trig && best.te > best.tb) {
      for (size_t k = best.tb; k < best.te; ++k) {
        if (toks[k].kind != TokenKind::kWord) continue;
        std::string lemma = lex_.Lemma(toks[k].Text(text));
        auto it = r.count_nouns.find(FoldedWordHash(lemma));
        if (it == r.count_nouns.end()) continue;
        for (const Rules::Trigger& t : it->second) {
          if (t.predicate == predicate) f.unit = lemma;
        }
      }
    }
    if (f.unit.empty() && !base_unit.empty()) f.unit = base_unit;
    f.measure = measure;
    f.sign = IsChange(predicate) || q.dimension == "percentage_point" || bare_point ? (direction < 0 && !level_reached ? -1 : 1)
                                                                                 : 1;
    // "Headcount fell by 2,300", "soit 1.900 de moins": a count a direction
    // word right beside lowers is a change, signed (not a level it fell to).
    if ((predicate == "count" || predicate == "headcount" || predicate == "users") && (dim & (kDimCount | kDimNumber)) &&
        direction < 0 && direction_distance <= 2 && !level_reached) {
      f.sign = -1;
    }
    // "SFR a perdu 190 000 abonnés": subscribers lost are a negative change
    // of users (as "a gagné 85 000 abonnés" is a positive one); not the
    // level they fell to ("has fallen to 9,200 students").
    if (size_t lb = 0; predicate == "users" && q.dimension == "count" && !r.level_to.MatchEndingAt(toks, qb, text, &lb)) {
      for (const TriggerHit& h : hits) {
        if (h.end > qb || qb - h.end > 2 || h.begin < sb) continue;
        for (const Rules::Trigger& t : r.groups[static_cast<size_t>(h.group)]) {
          if (t.predicate == "_down" && t.verb) f.sign = -1;
        }
      }
    }
    if (best.trig && best.te > best.tb) f.trigger = {toks[best.tb].begin, toks[best.te - 1].end};
    // A coordinated figure with no time of its own after the word that
    // joins it has its match's period ("the year to April 30 ... and
    // Semivel £176 million").
    if (coordinate_of >= 0 && (time < 0 || tr[static_cast<size_t>(time)].begin < coordinate_at)) {
      time = -1;
      year_next_to_trigger = 0;
      context_time = -1;
      carried_period = coordinate_of;
    }
    if (time < 0 && year_next_to_trigger) {
      SetYearPeriod(year_next_to_trigger, &f);
    } else if (time >= 0) {
      const TimeExpr& t = in.times[static_cast<size_t>(time)];
      TakePeriod(t, time, &f);
      // A price level that applies from a day holds for its month ("From
      // June 1, customers will pay $17.99"); a change is dated to the day.
      // (So does a level read on a month's last day: "une dette de 265 M€
      // au 31 décembre 2025".)
      // A one-off event told on a day is of that day's year ("was fined
      // £400,000 on Monday after a tower collapsed in 2023").
      if (t.grain == "day" && DatedByDayYear(predicate)) {
        SetYearPeriod(t.first.year, &f);
      }
      if ((predicate == "price" && t.grain == "day") || ReadAtMonthEnd(predicate, t)) {
        f.period_value = t.value.substr(0, 7);
        f.period_grain = "month";
        f.period_first = CivilDate{t.first.year, t.first.month, 1};
        f.period_last = f.period_first.AddMonths(1).AddDays(-1);
      }
    } else if (carried_period < 0 && context_time >= 0) {
      TakePeriod(in.times[static_cast<size_t>(context_time)], context_time, &f);
    } else if (carried_period >= 0) {
      TakePeriod((*out)[static_cast<size_t>(carried_period)], &f);
    } else if (in.publication && (predicate == "stock_change" ||
                                  (predicate == "interest_rate" && subject >= 0 &&
                                   in.entities[static_cast<size_t>(subject)].type == "GOV"))) {
      // A market move, or a central bank's decision, with no date: the
      // day of the report.
      f.period_value = in.publication->ToString();
      f.period_grain = "day";
      f.period_first = *in.publication;
      f.period_last = *in.publication;
    } else if (in.publication) {
      // "said on Wednesday that full-year revenue rose 9%", in March: what
      // a year added up, told early in the next one as the year's results
      // (in its sentence or the lead; not a forecast), is last year's.
      int year = in.publication->year;
      if (in.publication->month <= 4 && flow(predicate) && !r.full_year.empty()) {
        if (!full_year_lead) {
          full_year_lead = false;
          for (uint32_t s = 0; s <= lead_end && !*full_year_lead; ++s) full_year_lead = names_full_year(s);
        }
        bool forecast = false;
        for (size_t k = sb; k < se && !forecast; ++k) forecast = r.forecast_verb.Match(toks, k, text).has_value();
        if ((*full_year_lead || names_full_year(q.sentence)) && !forecast) --year;
      }
      SetYearPeriod(year, &f);
    }
    // A written minus is the change's sign, whatever verb came before ("a
    // reculé l'an dernier (−1,8 %)": -1.8, not 1.8).
    if (f.sign < 0 && q.value && q.value->ToDouble() < 0) f.sign = 1;
    if (change_of >= 0) {
      const Fact& of = (*out)[static_cast<size_t>(change_of)];
      f.sign = 1;  // the sign is written ("(−12 %)"), whatever verb came before
      f.subject = of.subject;
      TakePeriod(of, &f);
    }
    // A part of a total ("la suppression de 2 350 postes d'ici 2027, dont
    // 1 100 en France et 1 250 en Allemagne") has the total's period unless
    // it names its own.
    if (part_of >= 0 && (time < 0 || time == (*out)[static_cast<size_t>(part_of)].time) && !year_next_to_trigger) {
      const Fact& whole = (*out)[static_cast<size_t>(part_of)];
      if (!whole.period_value.empty()) TakePeriod(whole, &f);
    }
    // A figure that goes with the one before it, past a comma ("a
    // produit 410 tonnes en 2025, 15 % de plus qu'en 2024, pour un chiffre
    // d'affaires de 6,2 M€", "ce qui nous donne près de 7 % du marché"),
    // is of its period, not of a comparison base between them.
    if (part_of < 0 && compared_with < 0 && change_of < 0 && !out->empty()) {
      size_t ab = SIZE_MAX;
      for (size_t k = qb > sb + 8 ? qb - 8 : sb + 1; k < qb && ab == SIZE_MAX; ++k) {
        if (auto m = r.accompany_before.Match(toks, k, text); m && m->end_token <= qb && is_comma(k - 1)) ab = k;
      }
      if (ab != SIZE_MAX && (time < 0 || tr[static_cast<size_t>(time)].end <= ab)) {
        int main = -1;
        for (size_t k = out->size(); k-- > 0;) {
          const Fact& g = (*out)[k];
          if (g.sentence != q.sentence) break;
          if (!comparison_base[k] && g.part_of < 0) {
            main = static_cast<int>(k);
            break;
          }
        }
        if (main >= 0 && !(*out)[static_cast<size_t>(main)].period_value.empty() &&
            (*out)[static_cast<size_t>(main)].period_grain != "cumulative") {
          TakePeriod((*out)[static_cast<size_t>(main)], &f);
        }
      }
    }
    // The expectation a figure is measured against is for its period
    // ("ahead of the $3.85 billion analysts expected"). A comparison base
    // without a date of its own is the year before its figure's ("should
    // reach $180 million this year, up from $64 million"); so is "un an plus
    // tôt" read from the publication when the figure is itself last year's
    // ("à 38 M€, contre 52 M€ un an plus tôt" in March).
    // "un an plus tôt", "a year earlier" right after the amount (however the
    // time reader resolved it).
    auto year_earlier_after = [&](size_t qx) {
      for (size_t k = 0; k < in.times.size(); ++k) {
        const TimeExpr& t = in.times[k];
        if (t.earlier && t.sentence == in.quantities[qx].sentence && tr[k].begin >= qr[qx].end &&
            tr[k].begin <= qr[qx].end + 2) {
          return true;
        }
      }
      return false;
    };
    if (compared_with >= 0 && (benchmark || other_company)) {
      TakePeriod((*out)[static_cast<size_t>(compared_with)], &f);
    } else if (compared_with >= 0 && in.publication) {
      const Fact& main = (*out)[static_cast<size_t>(compared_with)];
      // (The date before both amounts is the figure's: "this year, up from".)
      const bool own_none = (time < 0 || time == main.time) && !year_next_to_trigger && main.time >= 0;
      const bool from_publication = time >= 0 && in.times[static_cast<size_t>(time)].earlier &&
                                    in.times[static_cast<size_t>(time)].grain == "year" &&
                                    in.times[static_cast<size_t>(time)].first.year == in.publication->year - 1 &&
                                    main.period_last.year < in.publication->year;
      // ("à 21,4 % au premier semestre, contre 24,9 % un an plus tôt": a
      // half's, quarter's, month's or span's figure, one year back too.)
      // (A twelve-month span is a year: "in the year to March, up from £29m".)
      // (Named in the sentence: a season the article set is no reporting year.)
      const bool twelve_months = main.period_grain == "span" && main.period_first.year >= 1900 && main.time >= 0 &&
                                 in.times[static_cast<size_t>(main.time)].sentence == q.sentence &&
                                 main.period_first.AddMonths(12) == main.period_last.AddDays(1);
      const bool year_before =
          main.period_grain == "year" || twelve_months
              ? own_none || from_publication || (twelve_months && year_earlier_after(qi))
              : main.period_grain != "cumulative" && !main.period_value.empty() && year_earlier_after(qi) &&
                    main.period_first.year >= 1900;
      if (year_before) TakePeriodYearBefore(main, &f);
    }
    // ("Au total, le transporteur supprimera 3 200 postes" adds up places,
    // not years: job cuts, headcounts, prices and rates do not run up.)
    // (Nor things present at a date: "Au total, 348 attractions et stands
    // sont installés", "21 sanctions au total" this year.)
    static const std::set<std::string_view> kNoRunningTotal = {"job_cuts",  "headcount",  "price",        "market_share",
                                                               "valuation", "market_cap", "stock_change", "growth",
                                                               "count"};
    if (cumulative && in.publication && !kNoRunningTotal.contains(f.predicate)) {
      f.time = -1;
      f.period_value = ".." + std::to_string(in.publication->year);
      f.period_grain = "cumulative";
      f.period_first = CivilDate{1900, 1, 1};
      f.period_last = *in.publication;
    }
    // "Employers added 142,000 jobs": a country's jobs created are a
    // statistic of its economy, no one's workforce.
    // (A town's staff is its own: "3 200 agents municipaux".)
    if (f.predicate == "headcount" && subject >= 0 && in.entities[static_cast<size_t>(subject)].type == "PLACE" &&
        in.entities[static_cast<size_t>(subject)].place == "country" && carried) {
      continue;
    }
    // A market value is the year's, whatever day's share price it was
    // taken at ("l'action a bondi de 12 % mardi, valorisant Verrouval
    // environ 540 millions d'euros").
    if (f.predicate == "market_cap" && (f.period_grain == "day" || f.period_grain == "month")) {
      SetYearPeriod(f.period_first.year, &f);
    }
    double c = std::min(1.0, confidence) * (subject < 0 ? 0.4 : carried ? 0.75 : 1.0);
    f.confidence = std::round(std::clamp(c, 0.05, 0.99) * 100) / 100;
    // (A contract's buyer is no topic the next sentences carry on.)
    if (subject >= 0 && !deal_buyer) {
      last_subject = subject;
      if (in.entities[static_cast<size_t>(subject)].type != "PRODUCT") last_org_subject = subject;
      if (in.entities[static_cast<size_t>(subject)].type == "ORG") last_company = subject;
    }
    fact_of_quantity[qi] = static_cast<int>(out->size());
    comparison_base.push_back(compared_with >= 0);
    if (f.attributed_to >= 0 && f.attributed_to != f.subject) sources_so_far.insert(f.attributed_to);
    out->push_back(std::move(f));
  }
  // A figure repeated without its period (the headline, a recap) has the
  // period it was given elsewhere in the article: same subject, measure and
  // value.
  for (Fact& f : *out) {
    if (f.time >= 0 || f.period_grain == "cumulative") continue;
    const Quantity& q = in.quantities[static_cast<size_t>(f.quantity)];
    for (const Fact& g : *out) {
      if (&g == &f || g.time < 0 || g.subject != f.subject || g.predicate != f.predicate) continue;
      const Quantity& p = in.quantities[static_cast<size_t>(g.quantity)];
      bool same = q.value && p.value && q.unit == p.unit && std::fabs(q.value->ToDouble() - p.value->ToDouble()) <=
                                                                 1e-9 * std::fabs(p.value->ToDouble());
      if (!same) continue;
      TakePeriod(g, &f);
      break;
    }
  }
  AssignScopes(in, qr, out);
  // A headline figure the body states again is one fact, the body's: same
  // subject, measure, value and unit.
  if (title_sentence >= 0) {
    std::vector<int> index(out->size(), -1);
    std::vector<Fact> kept;
    for (size_t i = 0; i < out->size(); ++i) {
      const Fact& f = (*out)[i];
      bool repeated = false;
      if (f.sentence == static_cast<uint32_t>(title_sentence)) {
        const Quantity& q = in.quantities[static_cast<size_t>(f.quantity)];
        for (const Fact& g : *out) {
          // (A headline figure with no subject found is the body's too.)
          if (g.sentence == f.sentence || (f.subject >= 0 && g.subject != f.subject) || g.predicate != f.predicate) {
            continue;
          }
          const Quantity& p = in.quantities[static_cast<size_t>(g.quantity)];
          repeated |= q.value && p.value && q.unit == p.unit && q.dimension == p.dimension &&
                      std::fabs(q.value->ToDouble() - p.value->ToDouble()) <= 1e-9 * std::fabs(p.value->ToDouble());
        }
      }
      if (repeated) continue;
      index[i] = static_cast<int>(kept.size());
      kept.push_back(f);
    }
    if (kept.size() < out->size()) {
      for (Fact& f : kept) {
        if (f.part_of >= 0) f.part_of = index[static_cast<size_t>(f.part_of)];
      }
      *out = std::move(kept);
    }
  }
}

void FactLinker::AssignScopes(const LinkInput& in, const std::vector<TokenRange>& qr, std::vector<Fact>* facts) const {
  const Rules& r = *rules_;
  const TokenList& toks = in.tokens;
  const size_t n = toks.size();
  const std::vector<uint32_t>& sentence_of = in.token_sentence;
  // The place mention that starts at each token, if any.
  std::vector<int> place_at(n, -1);
  for (const EntityMention& m : in.mentions) {
    if (m.first_token < n && in.entities[static_cast<size_t>(m.entity)].type == "PLACE") {
      place_at[m.first_token] = m.entity;
    }
  }
  constexpr int kAbroad = -2;  // "à l'étranger", "dans le reste du monde"
  // A place phrase at token k: "en France", "au Royaume-Uni", "dans le
  // monde". Sets *end past it.
  auto place_phrase = [&](size_t k, int* entity, bool* world, size_t* end) {
    if (auto m = r.scope_abroad.Match(toks, k, in.text)) {
      *entity = kAbroad;
      *world = false;
      *end = m->end_token;
      return true;
    }
    if (auto m = r.scope_world.Match(toks, k, in.text)) {
      *world = true;
      *end = m->end_token;
      return true;
    }
    if (auto m = r.scope_before.Match(toks, k, in.text); m && m->end_token < n && place_at[m->end_token] >= 0) {
      *entity = place_at[m->end_token];
      *world = false;
      *end = m->end_token + 1;
      return true;
    }
    return false;
  };
  constexpr size_t kAfter = 8;  // tokens after the figure a place may be in
  for (Fact& f : *facts) {
    // Where a share trades ("rose 1.8% in Paris") or a rate is set is no
    // part of the figure.
    if (f.predicate == "stock_change" || f.predicate == "market_cap" || f.predicate == "valuation" ||
        f.predicate == "interest_rate") {
      continue;
    }
    const size_t qi = static_cast<size_t>(f.quantity);
    const size_t qb = qr[qi].begin, qe = qr[qi].end;
    if (qb >= n) continue;
    const uint32_t sentence = sentence_of[qb];
    // After the figure, before the next figure, a part marker or a new clause.
    size_t stop = std::min(n, qe + kAfter);
    for (size_t k = qi + 1; k < in.quantities.size(); ++k) {
      if (qr[k].begin >= qe) {
        stop = std::min(stop, qr[k].begin);
        break;
      }
    }
    int entity = -1;
    bool world = false, found = false;
    for (size_t k = qe; k < stop && sentence_of[k] == sentence && !found; ++k) {
      if (r.part_marker.Match(toks, k, in.text) || r.clause_break.Match(toks, k, in.text)) break;
      // ("1,48 milliard d'euros, la plus importante jamais réalisée en
      // France": after a comma the place belongs to another clause.)
      if (toks[k].kind == TokenKind::kPunct && toks[k].cp == ',') break;
      size_t end;
      found = place_phrase(k, &entity, &world, &end);
    }
    // Or right before the figure: "concernerait en France près de 4 600 postes".
    for (size_t k = qb >= 4 ? qb - 4 : 0; k < qb && !found; ++k) {
      size_t end;
      found = sentence_of[k] == sentence && place_phrase(k, &entity, &world, &end) && end == qb;
    }
    // Or a place that opens the sentence, set off by a comma, with no other
    // figure before this one: "En Bretagne, ce sont 640 postes".
    if (!found) {
      size_t b = qb;
      while (b > 0 && sentence_of[b - 1] == sentence) --b;
      size_t end;
      bool earlier_figure = false;
      for (size_t k = 0; k < qi; ++k) earlier_figure |= qr[k].begin >= b && qr[k].begin < qb;
      if (!earlier_figure && place_phrase(b, &entity, &world, &end) && end < qb && toks[end].kind == TokenKind::kPunct &&
          in.text.substr(toks[end].begin, toks[end].end - toks[end].begin) == ",") {
        found = true;
      }
    }
    if (!found) continue;
    if (world) {
      f.scope = "world";
      f.scope_name = "world";
    } else if (entity == kAbroad) {
      f.scope = "abroad";
      f.scope_name = "abroad";
    } else if (entity != f.subject && entity != f.object) {
      f.scope = in.entities[static_cast<size_t>(entity)].id;
      f.scope_name = in.entities[static_cast<size_t>(entity)].name;
    }
  }
  // A figure repeated without its place (the headline "1 150 postes
  // supprimés" over "1 150 postes en France") has the place it was given.
  for (Fact& f : *facts) {
    if (!f.scope.empty()) continue;
    const Quantity& q = in.quantities[static_cast<size_t>(f.quantity)];
    for (const Fact& g : *facts) {
      if (g.scope.empty() || g.subject != f.subject || g.predicate != f.predicate) continue;
      const Quantity& p = in.quantities[static_cast<size_t>(g.quantity)];
      const std::string& fu = f.unit.empty() ? q.unit : f.unit;
      const std::string& gu = g.unit.empty() ? p.unit : g.unit;
      if (q.value && p.value && fu == gu && q.value->ToDouble() == p.value->ToDouble()) {
        f.scope = g.scope;
        f.scope_name = g.scope_name;
        break;
      }
    }
  }
}

}  // namespace factmine
