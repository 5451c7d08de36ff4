// Entities: the catalog (data/entities/catalog.jsonl and user files) matched
// over folded tokens, then capitalized names the catalog does not know.
//
// Catalog aliases live in two PhraseTables keyed by folded token hashes
// (case- and accent-insensitive, apostrophes and dashes folded), one for
// aliases that must also match case ("Orange", "Free", "Altman"). The match
// at a token is the longest alias starting there; elisions and contractions
// ("d'OpenAI", "l'État", "du groupe Renault") need nothing special because
// the apostrophe is its own token. A case-insensitive alias must still look
// like a name in the text (first letter upper case, or all capitals), so
// "orange" the colour is not Orange the company.
//
// Names outside the catalog are runs of capitalized words (joined by
// connectors such as "de", "&", "of" when a capitalized word follows),
// outside headline-style lines, not starting with a sentence opener. A name
// that only ever appears at the start of a sentence is dropped unless a cue
// ("la société X", "X SA", "M. X") vouches for it. Type: PERSON after a
// title or next to a role noun, or when it starts with a known given name;
// ORG otherwise. Later mentions of the first word of an organisation's
// name, or the last word of a person's, refer to the same entity.
#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <fstream>
#include <map>
#include <mutex>
#include <sstream>
#include <unordered_map>
#include <unordered_set>

#include "data/data.h"
#include "extract/extract.h"
#include "extract/internal/predicate_nouns.h"

namespace factmine {
namespace {

// "Brightline Robotics Inc." -> "brightline-robotics-inc": ids of names
// outside the catalog, the same in every article.
std::string Slug(std::string_view name) {
  std::string folded = Fold(name);
  std::string out;
  bool dash = false;
  for (char c : folded) {
    bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (alnum) {
      if (dash && !out.empty()) out.push_back('-');
      out.push_back(c);
      dash = false;
    } else {
      dash = true;
    }
  }
  return out.empty() ? "entity" : out;
}

Status AddCatalogLine(std::string_view line, const std::string& where, std::vector<CatalogEntry>* entries,
                      std::unordered_map<std::string, size_t>* by_id) {
  if (line.find_first_not_of(" \t\r") == std::string_view::npos) return Status::Ok();
  auto j = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded() || !j.is_object()) return InvalidInputError(where + ": malformed JSON");
  auto str = [&](const char* key) -> std::string {
    auto it = j.find(key);
    return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
  };
  auto list = [&](const char* key) {
    std::vector<std::string> v;
    auto it = j.find(key);
    if (it != j.end() && it->is_array()) {
      for (const auto& x : *it) {
        if (x.is_string()) v.push_back(x.get<std::string>());
      }
    }
    return v;
  };
  CatalogEntry e;
  e.id = str("id");
  e.name = str("name");
  e.type = str("type");
  if (e.id.empty() || e.name.empty()) return InvalidInputError(where + ": an entry needs \"id\" and \"name\"");
  static const std::unordered_set<std::string> kTypes = {"ORG", "PERSON", "PRODUCT", "PLACE", "GOV", "GROUP"};
  if (!kTypes.count(e.type)) {
    return InvalidInputError(where + ": type must be ORG, PERSON, PRODUCT, PLACE, GOV or GROUP, not '" + e.type + "'");
  }
  e.aliases = list("aliases");
  e.cased_aliases = list("cased_aliases");
  e.parent = str("parent");
  e.affiliation = str("affiliation");
  e.wikidata = str("wikidata");
  e.place = str("place");
  if (auto it = j.find("lowercase"); it != j.end() && it->is_boolean()) e.lowercase = it->get<bool>();
  if (std::find(e.aliases.begin(), e.aliases.end(), e.name) == e.aliases.end()) e.aliases.push_back(e.name);
  auto it = by_id->find(e.id);
  if (it != by_id->end()) {
    (*entries)[it->second] = std::move(e);  // a user file overrides the entry
  } else {
    by_id->emplace(e.id, entries->size());
    entries->push_back(std::move(e));
  }
  return Status::Ok();
}

}  // namespace

StatusOr<std::shared_ptr<const EntityCatalog>> EntityCatalog::Load(const std::vector<std::string>& extra_files) {
  auto c = std::shared_ptr<EntityCatalog>(new EntityCatalog());
  std::unordered_map<std::string, size_t> by_id;
  auto builtin = data::Find("entities/catalog.jsonl");
  if (builtin) {
    std::string_view all = *builtin;
    int line = 0;
    while (!all.empty()) {
      size_t nl = all.find('\n');
      std::string_view l = all.substr(0, nl);
      all = nl == std::string_view::npos ? std::string_view() : all.substr(nl + 1);
      ++line;
      FACTMINE_RETURN_IF_ERROR(
          AddCatalogLine(l, "data/entities/catalog.jsonl:" + std::to_string(line), &c->entries_, &by_id));
    }
  }
  for (const std::string& path : extra_files) {
    std::ifstream in(path);
    if (!in) return IoError(path + ": cannot open the catalog");
    std::string l;
    int line = 0;
    while (std::getline(in, l)) {
      ++line;
      FACTMINE_RETURN_IF_ERROR(AddCatalogLine(l, path + ":" + std::to_string(line), &c->entries_, &by_id));
    }
  }
  for (size_t i = 0; i < c->entries_.size(); ++i) {
    const CatalogEntry& e = c->entries_[i];
    c->by_id_.emplace(e.id, static_cast<int>(i));
    for (const std::string& a : e.aliases) {
      c->folded_.Add(a, static_cast<int>(i), /*case_sensitive=*/false);
      // Aliases written with a lower-case first word ("ministère des Armées") are
      // looked up at lower-case words too.
      TokenList first;
      Tokenize(a, nullptr, &first);
      if (!first.empty() && first[0].kind == TokenKind::kWord &&
          (e.lowercase || !(first[0].flags & (kTokCapitalized | kTokAllCaps)))) {
        c->lower_first_.push_back(first[0].hash);
        uint64_t bit = (first[0].hash >> 11) & 4095;
        c->lower_filter_[bit >> 6] |= 1ULL << (bit & 63);
      }
    }
    for (const std::string& a : e.cased_aliases) c->cased_.Add(a, static_cast<int>(i), /*case_sensitive=*/true);
  }
  std::sort(c->lower_first_.begin(), c->lower_first_.end());
  return std::shared_ptr<const EntityCatalog>(std::move(c));
}

std::shared_ptr<const EntityCatalog> EntityCatalog::Builtin() {
  static std::once_flag once;
  static std::shared_ptr<const EntityCatalog> catalog;
  std::call_once(once, [] {
    auto c = Load({});
    catalog = c.ok() ? *c : std::shared_ptr<const EntityCatalog>(new EntityCatalog());
  });
  return catalog;
}

int EntityCatalog::Find(std::string_view id) const {
  auto it = by_id_.find(std::string(id));
  return it == by_id_.end() ? -1 : it->second;
}

// ---------------------------------------------------------------------------

// A set of folded-word hashes: sorted, for a binary search, behind a
// 4096-bit filter that answers most questions (the words asked about are
// mostly in no set) with one memory access.
class WordSet {
 public:
  void push_back(uint64_t h) { sorted_.push_back(h); }
  // After the last push_back.
  void Finish() {
    std::sort(sorted_.begin(), sorted_.end());
    filter_.fill(0);
    for (uint64_t h : sorted_) filter_[Bit(h) >> 6] |= uint64_t{1} << (Bit(h) & 63);
  }
  bool Has(uint64_t h) const {
    return ((filter_[Bit(h) >> 6] >> (Bit(h) & 63)) & 1) && std::binary_search(sorted_.begin(), sorted_.end(), h);
  }

 private:
  static size_t Bit(uint64_t h) { return static_cast<size_t>(h >> 52); }  // 12 high bits
  std::vector<uint64_t> sorted_;
  std::array<uint64_t, 64> filter_{};
};

struct EntityRecognizer::Cues {
  // A business's head noun after a founder's or a trade's possessive
  // ("Hartigan's Circus", "Dunmore's Bakery"): one name.
  PhraseTable owner_heads;
  PhraseTable person_title, person_role, org_before, org_suffix, org_legal, place_before, place_after, place_suffix, facility_suffix,
      product_before;
  // After an org_before noun, before what it makes or sells and the name:
  // "le fabricant de cercueils X".
  PhraseTable trade_of;
  // "le tribunal de commerce de Paris", "le centre hospitalier de
  // Vaubrennes": a lower-case head that, with "de" and a name, names a
  // body (GOV), an organisation (ORG) or a facility (PRODUCT).
  PhraseTable institution_head;
  std::vector<std::string> institution_types;  // by phrase id
  // By phrase id: a facility's head ("clinique", "camping"), which makes one
  // name with a name outside the catalog, with or without "de" ("la
  // clinique Bellecombe", "le camping des Dunes"), but only says where it
  // is before a place ("l'imprimerie de Château-Gontier").
  std::vector<bool> institution_named_only;
  // "la tempête Oriane", "Hurricane Delphine": the name after is an event's,
  // and no entity (nor is it later, alone).
  PhraseTable event_before;
  PhraseTable event_after;  // "Active Lives survey": a survey's or a report's name
  // "la ministre de la Cohésion des territoires", "Minister for Trade": the
  // name after is a portfolio, no body.
  PhraseTable portfolio_before;
  // ", filiale de", ", a subsidiary of": after a comma, relates the name
  // before to another organisation (and so vouches for it at a sentence start).
  PhraseTable relation_after;
  // "its Port Hedland terminal", "ses mines de Pilbara": a possessive before
  // a name that qualifies a common noun: the owner's asset, no company.
  PhraseTable possessive;
  // "operative" in "Co-operative": a lower-case word a name goes on with after a dash.
  PhraseTable hyphen_tails;
  // "à Metz", "in Leeds": a name after these is a place, unless a word
  // before the preposition makes it a partner ("vendu à X", "invested in X").
  PhraseTable place_preposition, place_blocker;
  PhraseTable relative_after;  // "Tallgrow, which grows ...": a relative clause after a name
  PhraseTable network;         // "Banque Populaire": a network whose regional members add a region to its name
  // Sets of folded-word hashes.
  WordSet connectors;
  WordSet elided_connectors;  // "d'" -> hash of "d"
  WordSet elided_articles;    // "l'" after a connector -> hash of "l"
  WordSet not_name;           // asked only of capitalized words
  WordSet first_names;
  WordSet coordinators;       // "et", "and": join two names only in longer ones
  // "Stade", "Ligue", "Haut Conseil": a body's name that goes on in lower
  // case ("le Stade rennais", "la Ligue de football professionnel").
  WordSet org_heads;
  WordSet adjective_heads;  // "Haut", "Haute": heads whose noun follows in lower case
  // "Université", "Région", "Hospices": a public body whose name may end
  // with a place ("l'Université de Strasbourg", "la Région Normandie").
  WordSet gov_heads;
  // The same for a company ("the Port of Rotterdam"): the name is an ORG.
  WordSet place_heads;
  // "Parc", "Domaine", "Brasserie": a common noun opening a two-word name
  // outside the catalog; the name's other word names it alone later ("le
  // parc de loisirs Féérival" after "Parc Féérival").
  WordSet generic_heads;
  // Connectors that hold an article ("du", "des"): a town of the catalog
  // after one ends a company's name, as a region after "de" does ("l'Écloserie
  // des Pertuis"); a town's own name takes none.
  WordSet article_connectors;
  // "Ministry of Finance", "Prudential Regulation Authority", "Autorité
  // nationale des jeux": a word that makes a name outside the catalog a GOV.
  WordSet gov_words;
  // "le Département", "la Région", "la Ville" alone: the body of a place
  // of the article, of the kind given (catalog place kinds).
  std::vector<std::pair<uint64_t, std::string>> authority_words;
  // "Cape", "Mount", "Lac": a word that, opening a name outside the
  // catalog of two words or more, makes it a place.
  WordSet place_words;
  // "sur", "en", "lès": a lower-case word between dashes inside a name
  // outside the catalog that makes it a place ("Sablé-sur-Sarthe").
  WordSet toponym_links;
  // "a", "n'", "has", "said": after a one-word name of the catalog that
  // opens a sentence, a verb that makes it the sentence's subject.
  WordSet verbs_after;
  // A verb only an actor does ("says", "employs", "annonce"): right after a
  // one-word name outside the catalog that opens two sentences, it vouches
  // for the name ("Scootwell now runs ... Scootwell says").
  WordSet name_verbs;
  // An auxiliary and an actor's participle ("has won", "a annoncé"), or in
  // French an actor's verb alone, which needs an article before a common
  // noun ("revendique"): right after a one-word name outside the catalog
  // that opens a sentence, even its only one, it vouches for the name
  // ("Quadhall has won planning permission").
  PhraseTable name_verb_once;
  // "said", "employs", "a indiqué", "a construit": right after a product's
  // or a place's name outside the catalog, a verb of a company, which the
  // name then is ("Resale app Rewear ... said", "Rewear employs 230
  // people").
  PhraseTable actor_verb;
  // "Métropole", "Council": a word that, ending a name of two words or
  // more, makes it a public body's ("Toulouse Métropole", "Leeds City
  // Council").
  WordSet gov_tails;
  WordSet name_articles;  // "Les" of "le festival Les Lumes", capitalized inside a sentence
  // "Danish container carrier X": a nationality, no name by itself, that
  // may open one ("Norwegian Air Shuttle").
  WordSet demonyms;
  WordSet name_particles;  // "Le", "de", "van": inside a person's name after a given name
  std::string default_country;            // catalog id
  std::optional<Entity> implied_country;  // its entity, when the catalog has it
  WordSet org_nouns;      // last words of org_before phrases ("company", "operator", "société")
  WordSet measure_nouns;  // first words of the predicates' noun triggers ("sales", "chiffre")
  PhraseTable tail_connectors;                  // "de", "du", "de la", "et du"
  std::vector<std::string> adjective_endings;  // "ais", "ienne", "ique"
  // Accented not_name words ("Côté"): as written, or written without
  // accents ("Economie"), but not with other accents ("Côte").
  std::vector<std::pair<uint64_t, std::string>> not_name_accented;
  WordSet not_name_accented_hashes;  // their folded hashes, a quick first test
  // not_name words written in capitals ("LIVE", "CEO"): only as written,
  // since "the Live Rooms Association" is a name.
  WordSet not_name_caps;
  static bool Has(const WordSet& v, uint64_t h) { return v.Has(h); }
  bool NotName(const Token& t, std::string_view text) const {
    if (not_name.Has(t.hash)) return true;
    if (not_name_caps.Has(t.hash) && (t.flags & kTokAllCaps)) return true;
    if (!not_name_accented_hashes.Has(t.hash)) return false;
    for (const auto& [h, word] : not_name_accented) {
      if (h != t.hash) continue;
      const std::string_view w = t.Text(text);
      if (w == word || std::all_of(w.begin(), w.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
        return true;
      }
    }
    return false;
  }
};

namespace {

// The entity a catalog entry names.
Entity FromCatalog(const CatalogEntry& ce) {
  Entity e;
  e.id = ce.id;
  e.name = ce.name;
  e.type = ce.type;
  e.known = true;
  e.parent = ce.parent;
  e.place = ce.place;
  return e;
}

}  // namespace

EntityRecognizer::EntityRecognizer(const Lexicon& lexicon, std::shared_ptr<const EntityCatalog> catalog)
    : lex_(lexicon), catalog_(std::move(catalog)), cues_(std::make_unique<Cues>()) {
  if (auto f = data::Find(lexicon.lang() + "/entity_cues.tsv")) {
    data::TsvTable t = data::ParseTsv(*f);
    int kind = t.Column("kind"), phrase = t.Column("phrase");
    if (kind >= 0 && phrase >= 0) {
      for (const auto& row : t.rows) {
        if (row.size() <= static_cast<size_t>(std::max(kind, phrase))) continue;
        const std::string& k = row[static_cast<size_t>(kind)];
        const std::string& p = row[static_cast<size_t>(phrase)];
        if (k == "person_title") cues_->person_title.Add(p, 0, /*case_sensitive=*/true);
        else if (k == "person_role") cues_->person_role.Add(p, 0, false);
        else if (k == "org_before") {
          cues_->org_before.Add(p, 0, false);
          // (Its head noun alone: "a Denver-based operator".)
          if (size_t sp = p.rfind(' '); sp != std::string::npos) cues_->org_nouns.push_back(FoldedWordHash(p.substr(sp + 1)));
        }
        else if (k == "org_suffix") cues_->org_suffix.Add(p, 0, true);
        else if (k == "owner_head") cues_->owner_heads.Add(p, 0, true);
        else if (k == "org_legal") cues_->org_legal.Add(p, 0, true);
        else if (k == "place_before") cues_->place_before.Add(p, 0, false);
        else if (k == "place_after") cues_->place_after.Add(p, 0, false);
        else if (k == "place_suffix") cues_->place_suffix.Add(p, 0, true);
        else if (k == "facility_suffix") cues_->facility_suffix.Add(p, 0, true);
        else if (k == "product_before") cues_->product_before.Add(p, 0, false);
        else if (k == "trade_of") cues_->trade_of.Add(p, 0, false);
        else if (k == "event_before") cues_->event_before.Add(p, 0, false);
        else if (k == "event_after") cues_->event_after.Add(p, 0, false);
        else if (k == "portfolio_before") cues_->portfolio_before.Add(p, 0, false);
        else if (k == "institution_gov" || k == "institution_org" || k == "institution_product" ||
                 k == "institution_place" || k == "facility_org" || k == "facility_product") {
          cues_->institution_head.Add(p, static_cast<int>(cues_->institution_types.size()), false);
          cues_->institution_named_only.push_back(k.rfind("facility_", 0) == 0);
          cues_->institution_types.push_back(k == "institution_gov"     ? "GOV"
                                             : k == "institution_org" || k == "facility_org" ? "ORG"
                                             : k == "facility_product"  ? "PRODUCT"
                                             : k == "institution_place" ? "PLACE"
                                                                        : "PRODUCT");
        }
        else if (k == "relation_after") cues_->relation_after.Add(p, 0, false);
        else if (k == "relative_after") cues_->relative_after.Add(p, 0, false);
        else if (k == "network") cues_->network.Add(p, 0, false);
        else if (k == "possessive") cues_->possessive.Add(p, 0, false);
        else if (k == "hyphen_tail") cues_->hyphen_tails.Add(p, 0, false);
        else if (k == "place_preposition") cues_->place_preposition.Add(p, 0, false);
        else if (k == "place_blocker") cues_->place_blocker.Add(p, 0, false);
        else if (k == "elided_article") cues_->elided_articles.push_back(FoldedWordHash(p.substr(0, p.size() - 1)));
        else if (k == "connector") {
          if (p == "-" || p == "&") cues_->connectors.push_back(PunctHash(static_cast<char32_t>(p[0])));
          else if (p.size() >= 2 && p.back() == '\'') cues_->elided_connectors.push_back(FoldedWordHash(p.substr(0, p.size() - 1)));
          else cues_->connectors.push_back(FoldedWordHash(p));
        }
        else if (k == "not_name") {
          if (std::any_of(p.begin(), p.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; })) {
            cues_->not_name_accented.emplace_back(FoldedWordHash(p), p);
            cues_->not_name_accented_hashes.push_back(FoldedWordHash(p));
          } else if (p.size() >= 2 && std::all_of(p.begin(), p.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) {
            cues_->not_name_caps.push_back(FoldedWordHash(p));
          } else {
            cues_->not_name.push_back(FoldedWordHash(p));
          }
        }
        else if (k == "coordinator") cues_->coordinators.push_back(FoldedWordHash(p));
        else if (k == "org_head") cues_->org_heads.push_back(FoldedWordHash(p));
        else if (k == "adjective_head") {
          cues_->org_heads.push_back(FoldedWordHash(p));
          cues_->adjective_heads.push_back(FoldedWordHash(p));
        }
        else if (k == "gov_head") cues_->gov_heads.push_back(FoldedWordHash(p));
        else if (k == "place_head") cues_->place_heads.push_back(FoldedWordHash(p));
        else if (k == "generic_head") cues_->generic_heads.push_back(FoldedWordHash(p));
        else if (k == "article_connector") cues_->article_connectors.push_back(FoldedWordHash(p));
        else if (k == "gov_word") cues_->gov_words.push_back(FoldedWordHash(p));
        else if (k == "authority_word") {
          const size_t sp = p.find(' ');
          if (sp != std::string::npos) cues_->authority_words.emplace_back(FoldedWordHash(p.substr(0, sp)), p.substr(sp + 1));
        }
        else if (k == "demonym") cues_->demonyms.push_back(FoldedWordHash(p));
        else if (k == "gov_tail") cues_->gov_tails.push_back(FoldedWordHash(p));
        else if (k == "name_article") cues_->name_articles.push_back(FoldedWordHash(p));
        else if (k == "place_word") cues_->place_words.push_back(FoldedWordHash(p));
        else if (k == "toponym_link") cues_->toponym_links.push_back(FoldedWordHash(p));
        else if (k == "verb_after") cues_->verbs_after.push_back(FoldedWordHash(p));
        else if (k == "name_verb") cues_->name_verbs.push_back(FoldedWordHash(p));
        else if (k == "name_verb_once") cues_->name_verb_once.Add(p, 0, false);
        else if (k == "actor_verb") cues_->actor_verb.Add(p, 0, false);
        else if (k == "name_particle") cues_->name_particles.push_back(FoldedWordHash(p));
        else if (k == "default_country") cues_->default_country = p;
        else if (k == "tail_connector") cues_->tail_connectors.Add(p, 0, false);
        else if (k == "adjective_ending") cues_->adjective_endings.push_back(p);
      }
    }
  }
  if (auto f = data::Find("names/first_names.txt")) {
    std::string_view all = *f;
    while (!all.empty()) {
      size_t nl = all.find('\n');
      std::string_view l = all.substr(0, nl);
      all = nl == std::string_view::npos ? std::string_view() : all.substr(nl + 1);
      if (!l.empty() && l[0] != '#') cues_->first_names.push_back(FoldedWordHash(l));
    }
  }
  internal::ForEachPredicateNoun(lexicon.lang(), [&](const std::string& trig) {
    cues_->measure_nouns.push_back(FoldedWordHash(trig.substr(0, trig.find_first_of(" '"))));
  });
  for (auto* v : {&cues_->connectors, &cues_->elided_connectors, &cues_->elided_articles, &cues_->not_name, &cues_->not_name_caps,
                  &cues_->not_name_accented_hashes, &cues_->first_names, &cues_->coordinators, &cues_->org_heads,
                  &cues_->gov_heads, &cues_->place_heads, &cues_->gov_words, &cues_->name_particles,
                  &cues_->measure_nouns, &cues_->org_nouns, &cues_->demonyms, &cues_->gov_tails, &cues_->name_articles, &cues_->place_words,
                  &cues_->toponym_links, &cues_->verbs_after, &cues_->name_verbs, &cues_->adjective_heads, &cues_->generic_heads,
                  &cues_->article_connectors}) {
    v->Finish();
  }
  // Looked up once: every document without a country of its own gets it.
  if (!cues_->default_country.empty()) {
    if (int k = catalog_->Find(cues_->default_country); k >= 0) cues_->implied_country = FromCatalog(catalog_->entry(k));
  }
}

EntityRecognizer::~EntityRecognizer() = default;

std::optional<Entity> EntityRecognizer::DefaultCountry() const { return cues_->implied_country; }

namespace {

struct Candidate {
  size_t begin_tok, end_tok;  // [begin, end)
  int catalog = -1;           // catalog entry, or -1 for a name outside it
  std::string_view type;      // a literal or the catalog entry's type
  bool cued = false;          // a cue vouches for it
  bool sentence_initial = false;
  size_t name_end = 0;        // end of the name without its legal form ("Inc."); 0: end_tok
  bool unconfirmed = false;   // a one-word cased alias at a sentence start, alone so far
  bool org_cued = false;      // after "la société", "chez": a company even if a person bears the name
  bool place_located = false; // "à X (Lozère)": a place, whatever its other mentions say
  bool place_prep = false;    // a place by its preposition only ("in Kendal")
};

bool IsWord(const Token& t) { return t.kind == TokenKind::kWord; }

// "XXIe", "IV", "XIXth": a Roman numeral, maybe with an ordinal suffix.
bool RomanNumeral(std::string_view w) {
  size_t k = 0;
  while (k < w.size() && std::string_view("IVXLCDM").find(w[k]) != std::string_view::npos) ++k;
  if (k == 0) return false;
  std::string_view rest = w.substr(k);
  return rest.empty() || rest == "e" || rest == "er" || rest == "re" || rest == "ème" || rest == "eme" ||
         rest == "th" || rest == "st" || rest == "nd" || rest == "rd";
}
bool IsCapWord(const Token& t) { return IsWord(t) && (t.flags & (kTokCapitalized | kTokAllCaps)); }

}  // namespace

void EntityRecognizer::Recognize(std::string_view text, const TokenList& toks,
                                 const std::vector<uint32_t>& token_sentence, const std::vector<Quantity>& quantities,
                                 std::vector<Entity>* entities, std::vector<EntityMention>* mentions) const {
  entities->clear();
  mentions->clear();
  const size_t n = toks.size();
  const EntityCatalog& cat = *catalog_;
  const Cues& cues = *cues_;
  // The checks below are asked only of capitalized words, so they are
  // computed on demand rather than for every token.

  // Tokens of amounts ("6 Md$", "410 M€") are not names.
  // The amount token i lies in, or nullptr.
  auto amount_at = [&](size_t i) -> const Quantity* {
    uint32_t b = toks[i].begin;
    auto it = std::upper_bound(quantities.begin(), quantities.end(), b,
                               [](uint32_t off, const Quantity& q) { return off < q.span.begin; });
    return it != quantities.begin() && b < std::prev(it)->span.end ? &*std::prev(it) : nullptr;
  };
  auto in_amount = [&](size_t i) { return amount_at(i) != nullptr; };
  // Token i ends an amount of money.
  auto ends_money = [&](size_t i) {
    const Quantity* q = amount_at(i);
    return q && q->span.end == toks[i].end && q->dimension == "money";
  };
  // Sentence starts: the first word of a sentence, and the first word after
  // a line break, a colon or an opening quote.
  auto initial = [&](size_t i) {
    if (toks[i].flags & kTokNewline) return true;
    // A live blog's time stamp opening a line ("07:02 Good morning",
    // "18h02 La séance reprend").
    if (i >= 3 && toks[i - 1].kind == TokenKind::kNumber && toks[i - 3].kind == TokenKind::kNumber &&
        (toks[i - 2].cp == ':' || Fold(toks[i - 2].Text(text)) == "h") &&
        (i == 3 || (toks[i - 3].flags & kTokNewline) || token_sentence[i - 4] != token_sentence[i - 3])) {
      return true;
    }
    for (size_t k = i; k-- > 0;) {
      if (token_sentence[k] != token_sentence[i]) return true;
      const Token& t = toks[k];
      if (t.kind != TokenKind::kPunct) return false;
      // (A full stop after a figure or a lower-case word that the sentence
      // splitter let pass: "3.2 million. Tickets sold across the group".)
      if (t.cp == '.' && k > 0 && toks[k + 1].begin > t.end &&
          (toks[k - 1].kind == TokenKind::kNumber ||
           (toks[k - 1].kind == TokenKind::kWord && !(toks[k - 1].flags & (kTokCapitalized | kTokAllCaps)) &&
            toks[k - 1].length >= 4))) {
        return true;
      }
      // (Dashes reach here as '-': "19h45 – Prochaine étape", spaced.)
      if (t.cp == ':' || t.cp == 0xAB || t.cp == '"' || t.cp == 0x201C || t.cp == '(' || t.cp == 0x2014 ||
          t.cp == 0x2013 || (t.cp == '-' && toks[k + 1].begin > t.end) || (t.flags & kTokNewline)) {
        return true;
      }
    }
    return true;
  };
  // An elided article, its apostrophe glued to it, then a capitalized
  // word: "l'" of "Terrasses de l'Isle".
  auto elided_article_at = [&](size_t k) {
    return k + 2 < n && IsWord(toks[k]) && toks[k].length == 1 && Cues::Has(cues.elided_articles, toks[k].hash) &&
           toks[k + 1].kind == TokenKind::kPunct && (toks[k + 1].cp == '\'' || toks[k + 1].cp == U'\u2019') &&
           toks[k + 1].begin == toks[k].end && IsCapWord(toks[k + 2]);
  };
  // A word with one of the adjective endings ("bordelaise", "régional").
  auto adjective_ending = [&](size_t k) {
    std::string_view w = toks[k].Text(text);
    for (const std::string& e : cues.adjective_endings) {
      if (w.size() > e.size() + 1 && w.substr(w.size() - e.size()) == e) return true;
    }
    return false;
  };
  // First words of names written elsewhere in the article inside a
  // sentence, then a connector, an elided article and a capital ("le
  // patron de Tomates de l'Aber"): opening a sentence they still start that
  // name ("Tomates de l'Aber exploite ...").
  std::vector<uint64_t> elided_name_heads;
  for (size_t k = 1; k + 4 < n; ++k) {
    if (IsCapWord(toks[k]) && Cues::Has(cues.connectors, toks[k + 1].hash) && elided_article_at(k + 2) &&
        !initial(k)) {
      elided_name_heads.push_back(toks[k].hash);
    }
  }
  std::sort(elided_name_heads.begin(), elided_name_heads.end());
  // Headline-style lines ("Meta Raises Its Capex Guidance"): seven words in
  // ten capitalized or more, and no byline that names a person and a body
  // ("Par Hélène Vasseur, directrice de l'Institut Loire Langues, école de
  // français à Angers"). Only catalog names are read there. Cached per line.
  size_t title_from = SIZE_MAX, title_to = 0;
  bool title_value = false;
  // A capitalized number word glued by a dash to a capitalized word opens
  // a name: "France Tiers-Lieux", "Quart-Monde".
  auto number_compound = [&](size_t i) {
    return i + 2 < n && (toks[i].flags & kTokCapitalized) && toks[i + 1].kind == TokenKind::kPunct &&
           toks[i + 1].cp == '-' && toks[i + 1].begin == toks[i].end && toks[i + 2].begin == toks[i + 1].end &&
           IsCapWord(toks[i + 2]);
  };
  auto title_line = [&](size_t i) {
    if (i >= title_from && i < title_to) return title_value;
    // A headline is short: a line of more than kMaxHeadline tokens is not one.
    constexpr size_t kMaxHeadline = 40;
    size_t b = i, e = i + 1;
    while (b > 0 && !(toks[b].flags & kTokNewline) && i - b < kMaxHeadline) --b;
    while (e < n && !(toks[e].flags & kTokNewline) && e - i < kMaxHeadline) ++e;
    bool short_line = (b == 0 || (toks[b].flags & kTokNewline)) && (e == n || (toks[e].flags & kTokNewline));
    int words = 0, caps = 0;
    if (short_line) {
      for (size_t k = b; k < e; ++k) {
        if (!IsWord(toks[k]) || toks[k].length < 3) continue;
        ++words;
        caps += IsCapWord(toks[k]) ? 1 : 0;
      }
    }
    title_from = b;
    title_to = e;
    title_value = short_line && words >= 4 && caps * 10 >= words * 7 && !cues.person_title.Match(toks, b, text);
    return title_value;
  };

  // 1. Catalog names.
  std::vector<Candidate> found;
  std::vector<uint8_t> covered(n, 0);
  for (size_t i = 0; i < n; ++i) {
    const Token& t = toks[i];
    if (t.kind != TokenKind::kWord && t.kind != TokenKind::kNumber) continue;
    // ("7,3 M€" is no "3M".)
    if (t.kind == TokenKind::kNumber && in_amount(i)) continue;
    // Most words are lower case and start no alias: one hash lookup rejects them.
    if (t.kind == TokenKind::kWord && !IsCapWord(t) && !cat.StartsLowerAlias(t.hash)) continue;
    std::optional<PhraseMatch> best;
    bool cased = false;
    if (auto m = cat.cased().Match(toks, i, text)) {
      best = m;
      cased = true;
    }
    if (auto m = cat.folded().Match(toks, i, text)) {
      const CatalogEntry& e = cat.entry(m->id);
      // The text must look like a name unless the alias itself is lower
      // case: a capital on its first word, or on a later one ("ministère
      // des Armées").
      bool looks_like_name = IsCapWord(t) || t.kind == TokenKind::kNumber;
      // (A capital inside a word makes a name too: "easyJet", "eBay".)
      if (!looks_like_name && t.kind == TokenKind::kWord) {
        const std::string_view w = t.Text(text);
        for (size_t k = 1; k < w.size() && !looks_like_name; ++k) looks_like_name = w[k] >= 'A' && w[k] <= 'Z';
      }
      // (An article's capital proves nothing: "Le point en quatre
      // questions" is no "Le Point", "The information" no "The Information".)
      const WordInfo* first = lex_.Info(t);
      if (m->end_token > i + 1 && first && (first->bits & kWordStop) && toks[i + 1].begin > t.end) looks_like_name = false;
      for (size_t k = i + 1; k < m->end_token && !looks_like_name; ++k) looks_like_name = IsCapWord(toks[k]);
      // (Not a nationality before a common noun: "American airlines and
      // banks" is no "American Airlines".)
      if (looks_like_name && Cues::Has(cues.demonyms, t.hash)) {
        for (size_t k = i + 1; k < m->end_token; ++k) {
          if (IsWord(toks[k]) && !IsCapWord(toks[k]) && toks[k].length >= 4) looks_like_name = false;
        }
      }
      // ... or the entry is also written in lower case ("zone euro").
      bool alias_lower = e.lowercase;
      if ((looks_like_name || alias_lower) && (!best || m->end_token > best->end_token)) {
        best = m;
        cased = false;
      }
    }
    if (!best) continue;
    // A name glued to letters or digits is part of another word ("GPT-4o"
    // is not "GPT-4" + "o"): the longest alias already won; refuse a match
    // whose next token is glued to it and is a word or number.
    if (best->end_token < n) {
      const Token& next = toks[best->end_token];
      const Token& last = toks[best->end_token - 1];
      if (next.begin == last.end && (next.kind == TokenKind::kWord || next.kind == TokenKind::kNumber)) continue;
    }
    // "Google France", "Amazon France": a company's national subsidiary is
    // a name of its own (the catalog knows neither as one).
    // So is a company's division or subsidiary the catalog does not know:
    // "SNCF Voyageurs", "Orange Business".
    if (cat.entry(best->id).type == "ORG" && best->end_token < n && !(toks[best->end_token].flags & kTokNewline) &&
        toks[best->end_token].begin > toks[best->end_token - 1].end && IsCapWord(toks[best->end_token])) {
      const size_t e = best->end_token;
      auto place = cat.folded().Match(toks, e, text);
      if (place && cat.entry(place->id).type == "PLACE" && cat.entry(place->id).place == "country") {
        i = place->end_token - 1;
        continue;
      }
      const WordInfo* w = lex_.Info(toks[e]);
      if (!place && !cat.cased().Match(toks, e, text) && !cues.NotName(toks[e], text) &&
          !(w && (w->bits & (kWordStop | kWordNumber | kWordMonth))) && !lex_.qualifiers().Match(toks, e, text) &&
          !(toks[e].flags & kTokAllCaps) && !title_line(e) && !Cues::Has(cues.first_names, toks[e].hash) &&
          // (Nor an elided word: "Air France L'...".)
          !(toks[e].length == 1 && e + 1 < n && toks[e + 1].kind == TokenKind::kPunct &&
            (toks[e + 1].cp == '\'' || toks[e + 1].cp == U'\u2019'))) {
        i = e - 1;
        continue;
      }
    }
    // "Harriet Vance", "Gemma Akinola": a one-word form of a person or a
    // product the catalog knows, after a given name or as one before a
    // capitalized word, is part of another person's name.
    if (best->end_token == i + 1 && !(t.flags & kTokNewline) &&
        (cat.entry(best->id).type == "PERSON" || cat.entry(best->id).type == "PRODUCT")) {
      const bool after_given = cat.entry(best->id).type == "PERSON" && i >= 1 && IsCapWord(toks[i - 1]) &&
                               toks[i - 1].end < t.begin && Cues::Has(cues.first_names, toks[i - 1].hash) &&
                               !cat.cased().Match(toks, i - 1, text) && !cat.folded().Match(toks, i - 1, text);
      const size_t e = best->end_token;
      const bool given = e < n && IsCapWord(toks[e]) && toks[e].begin > t.end && !(toks[e].flags & (kTokNewline | kTokAllCaps)) &&
                         Cues::Has(cues.first_names, t.hash) && !cues.NotName(toks[e], text) &&
                         !cat.cased().Match(toks, e, text) && !cat.folded().Match(toks, e, text);
      if (after_given || given) continue;
    }
    if (cat.entry(best->id).type == "PLACE") {
      // The tail of a hyphenated word is no place: "outre-Manche",
      // "Notre-Dame-des-Landes" (but "la ligne Montpellier-Perpignan").
      if (i >= 2 && toks[i - 1].kind == TokenKind::kPunct && toks[i - 1].cp == '-' && toks[i - 1].end == t.begin &&
          toks[i - 2].end == toks[i - 1].begin && toks[i - 2].kind == TokenKind::kWord && !IsCapWord(toks[i - 2])) {
        continue;
      }
      // Nor a surname after a given name: "Clémence Aubrac", "Julien
      // Morvan" (but "Paris" stays a city after "Hilton").
      if (cat.entry(best->id).place != "country" && i >= 1 && IsCapWord(toks[i - 1]) && toks[i - 1].end < t.begin &&
          !(t.flags & kTokNewline) && Cues::Has(cues.first_names, toks[i - 1].hash) &&
          !cat.cased().Match(toks, i - 1, text) && !cat.folded().Match(toks, i - 1, text)) {
        continue;
      }
      // Nor a name written as one of its cased forms, or a river, that a
      // number follows: a model's name ("le Saône 118").
      const size_t after = best->end_token;
      if ((cased || cat.entry(best->id).place.empty()) && after < n && toks[after].kind == TokenKind::kNumber &&
          toks[after].begin > toks[after - 1].end && !(toks[after].flags & kTokNewline)) {
        continue;
      }
      // Nor a cased form that heads a hyphenated name the catalog does not
      // know: "Calorie Seine-Est".
      if (cased && after + 1 < n && toks[after].kind == TokenKind::kPunct && toks[after].cp == '-' &&
          toks[after].begin == toks[after - 1].end && toks[after + 1].begin == toks[after].end &&
          IsCapWord(toks[after + 1])) {
        continue;
      }
      // Nor a country's code that closes a company's name: "ReCircle UK",
      // "Kordium US" (a capitalized word right before it, not a sentence's
      // first).
      if (best->end_token == i + 1 && (t.flags & kTokAllCaps) && t.length <= 3 && i >= 2 && IsCapWord(toks[i - 1]) &&
          toks[i - 1].end < t.begin && !(toks[i].flags & kTokNewline) &&
          !cat.cased().Match(toks, i - 1, text) && !cat.folded().Match(toks, i - 1, text) && !cues.NotName(toks[i - 1], text)) {
        continue;
      }
      // Nor a place that opens a longer name: "Boston Scientific", "Var
      // Matin", "Florence Parly" (unless what follows is a name of its own).
      size_t e = best->end_token;
      // (Not a word that opens a run-in subheading: "dont 2.400 en France
      // Environ 800 postes ...".)
      const WordInfo* w = e < n ? lex_.Info(toks[e]) : nullptr;
      // (Or the head of a hyphenated name with a word after it: "Maine-Loire
      // Habitat".)
      if (e + 2 < n && toks[e].kind == TokenKind::kPunct && toks[e].cp == '-' && toks[e].begin == toks[e - 1].end &&
          toks[e + 1].begin == toks[e].end && IsCapWord(toks[e + 1])) {
        e += 2;
        w = lex_.Info(toks[e]);
      }
      // (Two places may open it: "Alès Cévennes Handball".)
      auto place_then_name = [&](size_t k) {
        auto pm = cat.folded().Match(toks, k, text);
        if (!pm || cat.entry(pm->id).type != "PLACE") return false;
        const size_t x = pm->end_token;
        const WordInfo* xw = x < n ? lex_.Info(toks[x]) : nullptr;
        return x < n && IsCapWord(toks[x]) && toks[x].begin > toks[x - 1].end && !(toks[x].flags & kTokNewline) &&
               !cues.NotName(toks[x], text) && !cat.cased().Match(toks, x, text) &&
               !cat.folded().Match(toks, x, text) && !(xw && (xw->bits & (kWordStop | kWordNumber)));
      };
      if (e < n && IsCapWord(toks[e]) && toks[e].begin > toks[e - 1].end && !(toks[e].flags & kTokNewline) &&
          !cues.NotName(toks[e], text) && !(w && (w->bits & kWordStop)) &&
          !(w && (w->bits & kWordNumber) && !number_compound(e)) &&
          !Cues::Has(cues.first_names, toks[e].hash) &&  // "Bretagne Loïg Chesnais-Girard": a person after
          !lex_.qualifiers().Match(toks, e, text) && !cat.cased().Match(toks, e, text) &&
          (!cat.folded().Match(toks, e, text) || place_then_name(e))) {
        continue;
      }
    }
    // "la Banque Populaire Grand Ouest", "l'Urssaf Provence-Alpes-Côte
    // d'Azur": a network's regional member, named by the network and its
    // region, is a body of its own.
    if (auto nw = cues.network.Match(toks, i, text); nw && nw->end_token == best->end_token) {
      size_t e = best->end_token;
      while (e < n && !(toks[e].flags & kTokNewline)) {
        if (IsCapWord(toks[e]) && toks[e].begin == toks[e - 1].end + 1 && !cues.NotName(toks[e], text) &&
            !(lex_.Info(toks[e]) && (lex_.Info(toks[e])->bits & (kWordStop | kWordNumber | kWordMonth)))) {
          ++e;
        } else if (e > best->end_token && e + 1 < n && toks[e].kind == TokenKind::kPunct && toks[e].cp == '-' &&
                   toks[e].begin == toks[e - 1].end && toks[e + 1].begin == toks[e].end && IsCapWord(toks[e + 1])) {
          e += 2;  // "Provence-Alpes"
        } else if (e > best->end_token && e + 2 < n && IsWord(toks[e]) && toks[e].length == 1 &&
                   toks[e + 1].kind == TokenKind::kPunct && (toks[e + 1].cp == '\'' || toks[e + 1].cp == U'\u2019') &&
                   toks[e + 1].begin == toks[e].end && toks[e + 2].begin == toks[e + 1].end && IsCapWord(toks[e + 2])) {
          e += 3;  // "Côte d'Azur"
        } else if (e == best->end_token && e + 1 < n && (Fold(toks[e].Text(text)) == "du" || Fold(toks[e].Text(text)) == "de") &&
                   toks[e + 1].begin == toks[e].end + 1 && IsCapWord(toks[e + 1]) && !cues.NotName(toks[e + 1], text) &&
                   !(lex_.Info(toks[e + 1]) && (lex_.Info(toks[e + 1])->bits & (kWordStop | kWordNumber | kWordMonth)))) {
          e += 2;  // "Banque Populaire du Sud", "Crédit Mutuel de Bretagne"
        } else {
          break;
        }
      }
      if (e > best->end_token) {
        Candidate member{i, e, -1, cat.entry(best->id).type, true, initial(i)};
        for (size_t k = i; k < e; ++k) covered[k] = 1;
        found.push_back(member);
        i = e - 1;
        continue;
      }
    }
    Candidate c{i, best->end_token, best->id, cat.entry(best->id).type, true, initial(i)};
    for (size_t k = i; k < best->end_token; ++k) covered[k] = 1;
    // A one-word alias kept for its capital ("Total", "Orange", "Free")
    // proves nothing at a sentence start ("Total sales reached ..."):
    // another mention of the entity must confirm it.
    // ("Total throughput slipped": any lower-case word after it.)
    // ("Tesla n'a écoulé", "Orange a annoncé": a verb right after confirms it.)
    if (cased && best->end_token == i + 1 && c.sentence_initial && i + 1 < n && IsWord(toks[i + 1]) &&
        !(toks[i + 1].flags & (kTokCapitalized | kTokAllCaps)) && !Cues::Has(cues.verbs_after, toks[i + 1].hash)) {
      c.unconfirmed = true;  // "Total sales", "Free cash flow"
    }
    found.push_back(c);
    i = best->end_token - 1;
  }
  {
    std::unordered_set<int> confirmed;
    for (const Candidate& c : found) {
      if (!c.unconfirmed) confirmed.insert(c.catalog);
    }
    std::erase_if(found, [&](const Candidate& c) {
      if (!c.unconfirmed || confirmed.count(c.catalog)) return false;
      for (size_t k = c.begin_tok; k < c.end_tok; ++k) covered[k] = 0;
      return true;
    });
    // "les Moulins de la Voise": a town's name that is also a company's
    // head noun, then "de", "du", "de la" and a name outside the catalog,
    // heads that company's name (read below), no town.
    std::erase_if(found, [&](const Candidate& c) {
      if (c.catalog < 0 || c.end_tok != c.begin_tok + 1 || cat.entry(c.catalog).type != "PLACE" ||
          !Cues::Has(cues.org_heads, toks[c.begin_tok].hash)) {
        return false;
      }
      size_t k = c.end_tok;
      if (k >= n || !IsWord(toks[k]) || !Cues::Has(cues.connectors, toks[k].hash) || (toks[k].flags & kTokCapitalized)) {
        return false;
      }
      ++k;
      if (k + 1 < n && IsWord(toks[k]) && !IsCapWord(toks[k]) && toks[k].length <= 3) ++k;  // "la"
      if (k >= n || !IsCapWord(toks[k]) || covered[k] || (toks[k].flags & kTokNewline)) return false;
      covered[c.begin_tok] = 0;
      return true;
    });
  }

  // 2. Names outside the catalog.
  auto is_not_name = [&](const Token& t) { return cues.NotName(t, text); };
  auto info = [&](const Token& t) { return lex_.Info(t); };
  // The words of tokens [b, e), hashed: a key for a name.
  auto span_key = [&](size_t b, size_t e) {
    uint64_t h = 0x9E3779B97F4A7C15ULL;
    for (size_t k = b; k < e; ++k) h = (h ^ toks[k].hash) * 0x100000001B3ULL;
    return h;
  };
  // The catalog place among the names found so far that starts at token
  // `begin` (or, with begin == SIZE_MAX, ends at token `end`): its index in
  // `found`, or -1.
  auto catalog_place_at = [&](size_t begin, size_t end) -> int {
    for (size_t f = 0; f < found.size(); ++f) {
      const Candidate& p = found[f];
      if (p.catalog >= 0 && p.end_tok > p.begin_tok && cat.entry(p.catalog).type == "PLACE" &&
          (begin != SIZE_MAX ? p.begin_tok == begin : p.end_tok == end)) {
        return static_cast<int>(f);
      }
    }
    return -1;
  };
  // "la taxe d'enlèvement des ordures ménagères (TEOM)", "l'excédent brut
  // d'exploitation (EBE)": an acronym in parentheses that spells the
  // lower-case words before it names a thing, no organisation, there and
  // everywhere in the text.
  // A word that gives an acronym no letter: a short word, a function word,
  // a connector ("de", "des", "et").
  auto spells_no_letter = [&](const Token& x) {
    return x.length < 2 || (info(x) && (info(x)->bits & (kWordStop | kWordAnd))) || Cues::Has(cues.connectors, x.hash);
  };
  std::unordered_set<uint64_t> thing_acronyms;
  for (size_t i = 3; i + 1 < n; ++i) {
    const Token& t = toks[i];
    const bool in_parentheses = toks[i - 1].kind == TokenKind::kPunct && toks[i - 1].cp == '(' &&
                                toks[i + 1].kind == TokenKind::kPunct && toks[i + 1].cp == ')';
    if (!(t.flags & kTokAllCaps) || t.length < 2 || t.length > 6 || !in_parentheses || !IsWord(toks[i - 2]) ||
        IsCapWord(toks[i - 2])) {
      continue;
    }
    const std::string acronym = Fold(t.Text(text));
    std::string initials;
    for (size_t k = i - 1; k-- > 0 && initials.size() < acronym.size();) {
      const Token& x = toks[k];
      if (x.kind == TokenKind::kPunct && (x.cp == '\'' || x.cp == U'\u2019')) continue;
      if (!IsWord(x) || IsCapWord(x) || (x.flags & kTokNewline)) break;
      if (spells_no_letter(x)) continue;
      initials.insert(initials.begin(), Fold(x.Text(text))[0]);
    }
    if (initials == acronym) thing_acronyms.insert(t.hash);
  }
  // Token k is the last word of a body's or a company's name: "Institute",
  // "Association", "Authority", "Council".
  auto ends_body = [&](size_t k) {
    return cues.org_suffix.Match(toks, k, text).has_value() || Cues::Has(cues.gov_words, toks[k].hash) ||
           Cues::Has(cues.gov_tails, toks[k].hash);
  };
  std::vector<Candidate> unknown;
  std::vector<uint64_t> event_names;
  for (size_t i = 0; i < n; ++i) {
    const Token& t = toks[i];
    // « Les Ombres du lavoir », « Les Nuits de Calvi »: a title between
    // French quotes, its first word capitalized, a few words with no
    // figure, is one work's name (a catalog place inside it is no mention).
    if (i > 0 && toks[i - 1].kind == TokenKind::kPunct && toks[i - 1].cp == 0xAB && IsCapWord(t) &&
        !(t.flags & kTokAllCaps)) {
      size_t j = i;
      while (j < n && j < i + 9 && !(toks[j].flags & kTokNewline) &&
             (IsWord(toks[j]) || (toks[j].kind == TokenKind::kPunct && (toks[j].cp == '\'' || toks[j].cp == U'\u2019' ||
                                                                       toks[j].cp == '-')))) {
        ++j;
      }
      // (A title, not a quoted sentence: an article then a capitalized
      // word, in six words at most, or every long word capitalized; nor a
      // name of the catalog alone, « Le Monde ».)
      bool title = j > i + 1 && j <= i + 6 && Cues::Has(cues.name_articles, t.hash) && IsCapWord(toks[i + 1]);
      if (!title) {
        title = true;
        for (size_t k = i; k < j && title; ++k) title = !IsWord(toks[k]) || toks[k].length < 4 || IsCapWord(toks[k]);
      }
      for (const Candidate& x : found) title &= !(x.begin_tok == i && x.end_tok == j);
      if (title && j < n && j >= i + 2 && toks[j].kind == TokenKind::kPunct && toks[j].cp == 0xBB) {
        for (Candidate& x : found) {
          if (x.begin_tok >= i && x.end_tok <= j) x.end_tok = x.begin_tok;  // taken in; dropped below
        }
        Candidate c{i, j, -1, "PRODUCT", true, false, 0};
        unknown.push_back(c);
        i = j;
        continue;
      }
    }
    // (A word that is no name alone may head one right before another
    // capitalized word: "ministre des Transports", but "Transports Lebrec".)
    auto heads_name = [&] {
      return i + 1 < n && Cues::Has(cues.org_heads, t.hash) && IsCapWord(toks[i + 1]) &&
             toks[i + 1].begin == t.end + 1 && !is_not_name(toks[i + 1]);
    };
    // (Nor a nationality that opens a body's or a company's name: "the
    // British Film Institute", "British Dental Association".)
    auto opens_body = [&] {
      if (!Cues::Has(cues.demonyms, t.hash)) return false;
      size_t k = i + 1;
      while (k < n && IsCapWord(toks[k]) && !covered[k] && !is_not_name(toks[k]) && !(toks[k].flags & kTokNewline) &&
             toks[k].begin > toks[k - 1].end && k - i <= 4) {
        ++k;
      }
      // (Or a company's: "Irish Sea Lines", "Norwegian Cruise Line".)
      size_t sb = 0;
      return k >= i + 3 && (ends_body(k - 1) || cues.org_suffix.MatchEndingAt(toks, k, text, &sb, i + 2));
    };
    if (covered[i] || !IsCapWord(t) || (is_not_name(t) && !heads_name() && !opens_body()) || in_amount(i) ||
        title_line(i)) {
      continue;
    }
    // A lone capital ("série D") or a Roman numeral ("XXIe siècle") is no name.
    bool glued_number = i + 1 < n && toks[i + 1].kind == TokenKind::kNumber && toks[i + 1].begin == t.end;
    if ((t.length < 2 && !glued_number) || RomanNumeral(t.Text(text))) continue;
    // The tail of a hyphenated word: "Outre-Atlantique", "franco-Allemand".
    if (i >= 2 && toks[i - 1].kind == TokenKind::kPunct && toks[i - 1].cp == '-' && toks[i - 1].begin == toks[i - 2].end &&
        t.begin == toks[i - 1].end && toks[i - 2].kind == TokenKind::kWord) {
      continue;
    }
    if (const WordInfo* w = info(t)) {
      if ((w->bits & kWordMonth) || ((w->bits & kWordNumber) && !number_compound(i))) continue;
    }
    if (thing_acronyms.count(t.hash)) continue;
    // Extend over capitalized words, connectors followed by one, and a
    // legal-form suffix.
    size_t end = i + 1;
    bool head_of_place = false;  // "Development Bank of Wales": a public body's head, "of", a place
    while (end < n && !(toks[end].flags & kTokNewline) && !covered[end] && !in_amount(end)) {
      const Token& x = toks[end];
      // A model code glued to its number: "K7".
      if (x.kind == TokenKind::kNumber && x.begin == toks[end - 1].end) {
        ++end;
        continue;
      }
      // A model number the amounts did not take: "Cinder 3", "Helix 800",
      // "Pulse 5G" (not a year: "Davos 2025").
      if (x.kind == TokenKind::kNumber && x.length <= 4 && !(x.flags & kTokNewline)) {
        std::string_view d = x.Text(text);
        int v = std::atoi(std::string(d).c_str());
        bool year = d.size() == 4 && v >= 1900 && v <= 2100;
        // (Not "3,5" or "3.5": a decimal mark glued to more digits.)
        bool glued_on = end + 2 < n && toks[end + 1].begin == x.end && toks[end + 1].kind == TokenKind::kPunct &&
                        toks[end + 2].begin == toks[end + 1].end && toks[end + 2].kind == TokenKind::kNumber;
        if (!year && !glued_on) {
          ++end;
          if (end < n && IsWord(toks[end]) && toks[end].begin == x.end && toks[end].length <= 2) ++end;  // "5G", "4o"
          break;
        }
      }
      // "Southfield Dairy Co-operative": a lower-case tail the cues list
      // ("operative", "op") glued by a dash.
      if (x.kind == TokenKind::kPunct && x.cp == '-' && x.begin == toks[end - 1].end && end + 1 < n &&
          toks[end + 1].begin == x.end && IsWord(toks[end + 1]) &&
          cues.hyphen_tails.Match(toks, end + 1, text).has_value()) {
        end += 2;
        continue;
      }
      // A model code glued by a dash: "BX-400", "Zen-5".
      if (x.kind == TokenKind::kPunct && x.cp == '-' && x.begin == toks[end - 1].end && end + 1 < n &&
          toks[end + 1].begin == x.end &&
          (toks[end + 1].kind == TokenKind::kNumber || IsCapWord(toks[end + 1]))) {  // not "Boston-based"
        end += 2;
        continue;
      }
      // "Yann Le Goff", "Anne-Marie de Villiers", "Pieter van der Berg": a
      // particle after a given name, then the surname.
      if (Cues::Has(cues.name_particles, x.hash) && Cues::Has(cues.first_names, toks[i].hash) && end + 1 < n &&
          !(toks[end + 1].flags & kTokNewline)) {
        size_t k = end + 1;
        if (k + 1 < n && Cues::Has(cues.name_particles, toks[k].hash)) ++k;  // "van der"
        if (IsCapWord(toks[k]) && !covered[k] && !is_not_name(toks[k])) {
          end = k + 1;
          continue;
        }
      }
      // "EELV Julien Bayou", "la ministre de la Cohésion des territoires
      // Jacqueline Gourault": a given name starts a person, not more of the
      // name before it.
      // (Not before a company's suffix: "Rauma Marine Constructions".)
      if (IsCapWord(x) && end + 1 < n && IsCapWord(toks[end + 1]) && toks[end + 1].begin > x.end &&
          Cues::Has(cues.first_names, x.hash) && !Cues::Has(cues.first_names, toks[i].hash) &&
          !cues.org_suffix.Match(toks, end + 1, text)) {
        break;
      }
      // "Pêcheries Le Drézen", "Éditions La Découverte": an article
      // capitalized inside a name, then the rest of it.
      if (IsCapWord(x) && Cues::Has(cues.name_articles, x.hash) && !(x.flags & kTokAllCaps) && end + 1 < n &&
          toks[end + 1].begin == x.end + 1 && IsCapWord(toks[end + 1]) && !covered[end + 1] &&
          !is_not_name(toks[end + 1]) && !(toks[end + 1].flags & kTokNewline) &&
          !Cues::Has(cues.name_articles, toks[end + 1].hash) && token_sentence[end] == token_sentence[i]) {
        end += 2;
        continue;
      }
      // "Cinderwell AI", "Mistral AI": a suffix that is no name by itself.
      if (IsCapWord(x) && (!is_not_name(x) || cues.org_suffix.Match(toks, end, text))) {
        if (const WordInfo* w = info(x); w && (w->bits & kWordMonth)) break;
        ++end;
        continue;
      }
      // "Canal+", "Trajet+": a plus sign glued to the name's end.
      if (x.kind == TokenKind::kPunct && x.cp == '+' && x.begin == toks[end - 1].end &&
          (end + 1 == n || toks[end + 1].begin > x.end || toks[end + 1].kind == TokenKind::kPunct)) {
        ++end;
        break;
      }
      // "Teachers' Retirement System", "Farmers' Union": a plural possessive
      // inside the name, then more of it.
      if (x.kind == TokenKind::kPunct && (x.cp == '\'' || x.cp == U'\u2019') && x.begin == toks[end - 1].end &&
          IsCapWord(toks[end - 1]) && toks[end - 1].Text(text).back() == 's' && end + 1 < n &&
          toks[end + 1].begin > x.end && IsCapWord(toks[end + 1]) && !covered[end + 1] && !is_not_name(toks[end + 1]) &&
          !(toks[end + 1].flags & kTokNewline)) {
        end += 2;
        continue;
      }
      // "Croc'Séjour", "Pom'Verger": a capitalized word glued by an
      // apostrophe to another is one brand (not an elided article, one
      // letter: "L'Oréal").
      if (x.kind == TokenKind::kPunct && (x.cp == '\'' || x.cp == U'\u2019') && x.begin == toks[end - 1].end &&
          IsCapWord(toks[end - 1]) && toks[end - 1].length >= 2 && end + 1 < n && toks[end + 1].begin == x.end &&
          IsCapWord(toks[end + 1]) && !covered[end + 1]) {
        end += 2;
        continue;
      }
      // "Hartigan's Circus": a possessive, then a business's head noun (not
      // a catalog name's: "Britain's Financial Conduct Authority").
      if (x.kind == TokenKind::kPunct && (x.cp == '\'' || x.cp == U'\u2019') && x.begin == toks[end - 1].end &&
          IsCapWord(toks[end - 1]) && end == i + 1 && end + 2 < n && toks[end + 1].begin == x.end &&
          Fold(toks[end + 1].Text(text)) == "s" && toks[end + 2].begin > toks[end + 1].end && IsCapWord(toks[end + 2]) &&
          !covered[end + 2] && !(toks[end + 2].flags & kTokNewline) && cues.owner_heads.Match(toks, end + 2, text)) {
        end += 3;
        continue;
      }
      // Connector: "de", "&", "of", "-" (glued "Jean-Pierre" too), then a capitalized word.
      bool connector = Cues::Has(cues.connectors, x.hash);
      // "Nathan Ebrard et Maëlle Kervella", "Aldi and Lidl": two names, not
      // one (a word joining two single words; "&" still joins: "Marks & Spencer").
      // (But "Driver and Vehicle Standards Agency": capitalized words after
      // the coordinator that end with a public body's word are one body's name.)
      auto body_follows = [&] {
        size_t k = end + 1;
        while (k < n && IsCapWord(toks[k]) && !(toks[k].flags & kTokNewline) && k - end <= 5) ++k;
        return k > end + 2 && (Cues::Has(cues.gov_words, toks[k - 1].hash) || Cues::Has(cues.gov_tails, toks[k - 1].hash));
      };
      // (Nor "Balderton Capital and Octopus Ventures", "Royal Mail and
      // Ocado": a name of two words or more before the coordinator is whole.)
      if (connector && Cues::Has(cues.coordinators, x.hash) && end + 1 < n &&
          ((Cues::Has(cues.first_names, toks[i].hash) && Cues::Has(cues.first_names, toks[end + 1].hash)) ||
           end == i + 1 || end - i >= 2) &&
          !body_follows()) {
        break;
      }
      // (A spaced dash parts a headline's label from its subject: "DIRECT -
      // Calorys", "Tribune - Audiovisuel public".)
      if (x.kind == TokenKind::kPunct && x.cp == '-' && end + 1 < n &&
          (x.begin != toks[end - 1].end || toks[end + 1].begin != x.end)) {
        break;
      }
      // (Nor a place after a company's name of two words or more that ends
      // with a suffix: "Maplestone Holdings of Connecticut" says where it is.)
      if (connector && x.kind == TokenKind::kWord && end - i >= 2 && end + 1 < n && covered[end + 1] &&
          cues.org_suffix.Match(toks, end - 1, text) && !Cues::Has(cues.gov_heads, toks[end - 1].hash) &&
          catalog_place_at(end + 1, SIZE_MAX) >= 0) {
        break;
      }
      // (Not a currency's letters: "Revenue of NT$24.6 billion".)
      if (connector && end + 1 < n && IsCapWord(toks[end + 1]) && !covered[end + 1] && !is_not_name(toks[end + 1]) &&
          !(toks[end + 1].flags & kTokNewline) && !in_amount(end + 1)) {
        end += 2;
        continue;
      }
      // (A nationality inside the name, before another capitalized word:
      // "Association of British Insurers".)
      if (connector && x.kind == TokenKind::kWord && end + 2 < n && IsCapWord(toks[end + 1]) &&
          Cues::Has(cues.demonyms, toks[end + 1].hash) && !covered[end + 1] && IsCapWord(toks[end + 2]) &&
          !covered[end + 2] && !is_not_name(toks[end + 2]) && !(toks[end + 2].flags & kTokNewline) &&
          toks[end + 2].begin > toks[end + 1].end) {
        end += 3;
        continue;
      }
      // (A public body's head, then "of" and a place of the catalog: "the
      // Development Bank of Wales", "University of Leeds".)
      if (connector && x.kind == TokenKind::kWord && end + 1 < n && covered[end + 1] &&
          (Cues::Has(cues.gov_words, toks[end - 1].hash) || Cues::Has(cues.gov_heads, toks[end - 1].hash)) &&
          toks[end + 1].begin == x.end + 1 && !Cues::Has(cues.coordinators, x.hash)) {
        if (int f = catalog_place_at(end + 1, SIZE_MAX); f >= 0) {
          end = found[static_cast<size_t>(f)].end_tok;
          found[static_cast<size_t>(f)].end_tok = found[static_cast<size_t>(f)].begin_tok;  // taken in; dropped below
          head_of_place = true;
          break;
        }
      }
      // "Graines de Beauce", "l'Écloserie des Pertuis": a region of the
      // catalog after "de", or any place after "du" or "des", ends a
      // company's name (not at a sentence start: "Ventes de Champagne").
      if (connector && x.kind == TokenKind::kWord && !Cues::Has(cues.coordinators, x.hash) && end + 1 < n &&
          covered[end + 1] && !initial(i) && toks[end + 1].begin == x.end + 1) {
        if (int f = catalog_place_at(end + 1, SIZE_MAX);
            f >= 0 && (cat.entry(found[static_cast<size_t>(f)].catalog).place == "region" ||
                       Cues::Has(cues.article_connectors, x.hash))) {
          end = found[static_cast<size_t>(f)].end_tok;
          found[static_cast<size_t>(f)].end_tok = found[static_cast<size_t>(f)].begin_tok;  // taken in; dropped below
          break;
        }
      }
      // "Carrières de la Margeride", "Bank of the West": a connector, an
      // article, then a capitalized word (not a catalog place: "Banque de
      // la Réunion" is a name, "le directeur de la Drôme" is not one).
      if (connector && x.kind == TokenKind::kWord && end + 2 < n && IsWord(toks[end + 1]) &&
          !(toks[end + 1].flags & (kTokCapitalized | kTokAllCaps | kTokNewline)) && info(toks[end + 1]) &&
          (info(toks[end + 1])->bits & kWordStop) && toks[end + 1].length <= 3 && IsCapWord(toks[end + 2]) &&
          !covered[end + 2] && !is_not_name(toks[end + 2]) && !(toks[end + 2].flags & kTokNewline) &&
          !Cues::Has(cues.first_names, toks[i].hash)) {
        end += 3;
        continue;
      }
      // (Or the article elided: "Mondial de l'Auto", "Terrasses de l'Isle";
      // not after a word capitalized only as a sentence's first: "Barrages
      // de l'Orvane", unless the article writes that name inside a sentence.)
      if (connector && x.kind == TokenKind::kWord &&
          (!initial(i) || std::binary_search(elided_name_heads.begin(), elided_name_heads.end(), toks[i].hash)) &&
          end + 3 < n && elided_article_at(end + 1) && !covered[end + 3] &&
          !is_not_name(toks[end + 3]) && !(toks[end + 3].flags & kTokNewline) &&
          !Cues::Has(cues.first_names, toks[i].hash)) {
        end += 4;
        continue;
      }
      // A hyphenated place name: "Pont-de-Claix", "Villeneuve-d'Ascq",
      // "Saint-Germain-en-Laye": glued lower-case links, then a capital.
      if (x.kind == TokenKind::kPunct && x.cp == '-' && x.begin == toks[end - 1].end) {
        size_t k = end + 1;
        while (k < n && toks[k].begin == toks[k - 1].end && !IsCapWord(toks[k]) &&
               (IsWord(toks[k]) || (toks[k].kind == TokenKind::kPunct && (toks[k].cp == '-' || toks[k].cp == '\'' ||
                                                                           toks[k].cp == U'\u2019')))) {
          ++k;
        }
        if (k > end + 1 && k < n && toks[k].begin == toks[k - 1].end && IsCapWord(toks[k]) && !covered[k] &&
            k - end <= 4) {
          end = k + 1;
          continue;
        }
      }
      // Elided connector "d'": "Caisse d'Épargne".
      if (x.kind == TokenKind::kWord && x.length == 1 && end + 2 < n && toks[end + 1].kind == TokenKind::kPunct &&
          toks[end + 1].cp == '\'' && Cues::Has(cues.elided_connectors, x.hash) &&
          IsCapWord(toks[end + 2]) && !covered[end + 2]) {
        end += 3;
        continue;
      }
      break;
    }
    // "Visiocar Méditerranée", "Kordium Bretagne": an unknown word, then a
    // region of the catalog, is one company's name (a regional network or
    // subsidiary), not a name and a place.
    // (And "Crédit Maritime Ouest": a network's name outside the catalog.)
    const auto network_name = cues.network.Match(toks, i, text);
    if (((end == i + 1 && info(toks[i]) == nullptr && !Cues::Has(cues.first_names, toks[i].hash)) ||
         (network_name && network_name->end_token == end)) &&
        end < n && covered[end] && toks[end].begin == toks[end - 1].end + 1) {
      if (int f = catalog_place_at(end, SIZE_MAX); f >= 0) {
        const std::string& kind = cat.entry(found[static_cast<size_t>(f)].catalog).place;
        // ("Montado Cork": a city too, after a word no dictionary knows.)
        if (kind == "region" || kind == "zone" || kind.empty() || (kind == "city" && end == i + 1)) {
          end = found[static_cast<size_t>(f)].end_tok;
          found[static_cast<size_t>(f)].end_tok = found[static_cast<size_t>(f)].begin_tok;  // taken in; dropped below
        }
      }
    }
    // "le Stade rennais", "la Ligue de football professionnel", "le Haut
    // Conseil des finances publiques": after its head noun a body's name
    // goes on in lower case, an adjective and complements.
    bool head = false;
    for (size_t k = i; k < end; ++k) head |= Cues::Has(cues.org_heads, toks[k].hash);
    if (head) {
      auto lower_word = [&](size_t k) {
        if (k >= n || covered[k] || in_amount(k)) return false;
        const Token& x = toks[k];
        if (!IsWord(x) || (x.flags & (kTokCapitalized | kTokAllCaps | kTokNewline)) || x.length < 2) return false;
        const WordInfo* w = info(x);
        return !(w && (w->bits & (kWordStop | kWordNumber | kWordMonth)));
      };
      auto adjective = [&](size_t k) { return lower_word(k) && adjective_ending(k); };
      size_t e = end;
      // ("le Haut conseil au financement de la protection sociale": after
      // a head that is an adjective, its noun in lower case.)
      if (end == i + 1 && Cues::Has(cues.adjective_heads, toks[i].hash) && lower_word(e)) ++e;
      // (Two adjectives at most: "le Comité régional conchylicole".)
      if (adjective(e)) ++e;
      if (e > end && adjective(e)) ++e;
      while (e < n && !(toks[e].flags & kTokNewline)) {
        auto m = cues.tail_connectors.Match(toks, e, text);
        if (!m || !lower_word(m->end_token) || m->end_token + 1 - end > 9) break;
        // (A bare "et" only past a complement: "la Fédération française des
        // pressings et blanchisseries", not "Direction et syndicat".)
        if (m->end_token == e + 1 && info(toks[e]) && (info(toks[e])->bits & kWordAnd) && e == end) break;
        e = m->end_token + 1;
        if (adjective(e)) ++e;
      }
      // ("le Centre hospitalier du Val-de-Loir", "les Ateliers navals de
      // Kerhoët": then a connector and a name, or a place of the catalog.)
      // ("les Ardoisiers de l'Erdre": right after the head, only "de"; not
      // "le Stade Ardéchois et le RC Côte Vermeille".)
      auto of_connector = [&](size_t k) {
        const std::string f = Fold(toks[k].Text(text));
        return f == "de" || f == "du" || f == "des";
      };
      if (e < n && !(toks[e].flags & kTokNewline)) {
        size_t k = e;
        if (Cues::Has(cues.connectors, toks[k].hash) && (e > end || of_connector(k))) {
          ++k;
        } else if (k + 1 < n && Cues::Has(cues.elided_connectors, toks[k].hash) && toks[k + 1].kind == TokenKind::kPunct &&
                   (toks[k + 1].cp == '\'' || toks[k + 1].cp == U'\u2019')) {
          k += 2;
        }
        // (And an article: "le Crédit municipal de l'Adour".)
        const bool elided = k + 1 < n && toks[k + 1].kind == TokenKind::kPunct &&
                            (toks[k + 1].cp == '\'' || toks[k + 1].cp == U'\u2019') && toks[k + 1].begin == toks[k].end;
        if (k > e && k + 1 < n && IsWord(toks[k]) && !IsCapWord(toks[k]) &&
            ((toks[k].length <= 3 && info(toks[k]) && (info(toks[k])->bits & kWordStop)) || (toks[k].length == 1 && elided))) {
          k += elided ? 2 : 1;
        }
        if (k > e && k < n && !(toks[k].flags & kTokNewline)) {
          if (int f = catalog_place_at(k, SIZE_MAX); f >= 0) {
            e = found[static_cast<size_t>(f)].end_tok;
            found.erase(found.begin() + f);
          } else if (IsCapWord(toks[k]) && !covered[k] && !is_not_name(toks[k])) {
            e = k + 1;
            // (Glued to it by dashes: "Val-de-Loir".)
            while (e + 1 < n && toks[e].kind == TokenKind::kPunct && toks[e].cp == '-' && toks[e].begin == toks[e - 1].end &&
                   IsWord(toks[e + 1]) && toks[e + 1].begin == toks[e].end) {
              e += 2;
            }
          }
        } else if (k == e && e > end &&
                   std::none_of(toks.begin() + static_cast<std::ptrdiff_t>(end), toks.begin() + static_cast<std::ptrdiff_t>(e),
                                [&](const Token& x) { return info(x) && (info(x)->bits & kWordAnd); }) &&
                   IsCapWord(toks[e]) && !covered[e] && !is_not_name(toks[e]) &&
                   !(toks[e].flags & kTokAllCaps) && !Cues::Has(cues.first_names, toks[e].hash) &&
                   catalog_place_at(e, SIZE_MAX) < 0 && !(info(toks[e]) && (info(toks[e])->bits & kWordStop))) {
          // ("la Manufacture d'orgues Wetterlé": past the trade in lower
          // case, the maker's own name.)
          e = e + 1;
        }
      }
      end = e;
    }
    // "l'Université de Strasbourg", "les Hospices civils de Lyon", "la
    // Région Normandie": a public body whose name ends with a place the
    // catalog knows (the place is then part of the name, not a mention).
    const bool gov_head = Cues::Has(cues.gov_heads, toks[i].hash);
    // ("l'Agence régionale de santé des Pays de la Loire", "le Département
    // de la Haute-Savoie": any public body's word, and an article after
    // the connector.)
    if (gov_head || Cues::Has(cues.place_heads, toks[i].hash) || Cues::Has(cues.gov_words, toks[i].hash)) {
      size_t k = end;
      if (k < n && IsWord(toks[k]) && !(toks[k].flags & (kTokCapitalized | kTokAllCaps | kTokNewline)) &&
          !Cues::Has(cues.connectors, toks[k].hash) && !Cues::Has(cues.elided_connectors, toks[k].hash) &&
          k + 1 < n && (Cues::Has(cues.connectors, toks[k + 1].hash) || Cues::Has(cues.elided_connectors, toks[k + 1].hash))) {
        ++k;  // an adjective: "civils"
      }
      if (k < n && Cues::Has(cues.connectors, toks[k].hash)) {
        ++k;
      } else if (k + 1 < n && Cues::Has(cues.elided_connectors, toks[k].hash) && toks[k + 1].kind == TokenKind::kPunct &&
                 (toks[k + 1].cp == '\'' || toks[k + 1].cp == U'\u2019')) {
        k += 2;
      }
      if (k + 1 < n && IsWord(toks[k]) && !(toks[k].flags & (kTokCapitalized | kTokAllCaps)) && toks[k].length <= 3 &&
          info(toks[k]) && (info(toks[k])->bits & kWordStop)) {
        k += (toks[k + 1].kind == TokenKind::kPunct && (toks[k + 1].cp == '\'' || toks[k + 1].cp == U'\u2019')) ? 2 : 1;
      }
      if (int f = k < n && !(toks[k].flags & kTokNewline) ? catalog_place_at(k, SIZE_MAX) : -1; f >= 0) {
        end = found[static_cast<size_t>(f)].end_tok;
        found.erase(found.begin() + f);
      }
    }
    // "TER Grand Est", "TER Occitanie": an acronym right before a place of
    // the catalog names a regional branch or service, with the place.
    if (end == i + 1 && (toks[i].flags & kTokAllCaps) && toks[i].length >= 2 && end < n &&
        toks[end].begin == toks[i].end + 1 && !(toks[end].flags & kTokNewline)) {
      if (int f = catalog_place_at(end, SIZE_MAX); f >= 0) {
        end = found[static_cast<size_t>(f)].end_tok;
        found.erase(found.begin() + f);
      }
    }
    // A minister's portfolio ("la ministre de la Cohésion des territoires")
    // names no body.
    if (size_t pb = 0; cues.portfolio_before.MatchEndingAt(toks, i, text, &pb)) {
      i = end - 1;
      continue;
    }
    // An event's name ("la tempête Oriane", "Hurricane Delphine") is no
    // entity, here or later alone ("Oriane a touché ...").
    {
      size_t ev_begin = 0;
      size_t name_from = i;
      bool event = cues.event_before.MatchEndingAt(toks, i, text, &ev_begin).has_value();
      if (!event) {
        if (auto m = cues.event_before.Match(toks, i, text); m && m->end_token < end) {
          event = true;
          name_from = m->end_token;
        }
      }
      // (Or a survey's or a report's, the noun after it: "Sport England's
      // Active Lives survey".)
      if (!event && end < n && !(toks[end].flags & kTokNewline) && cues.event_after.Match(toks, end, text)) event = true;
      if (event) {
        event_names.push_back(span_key(name_from, end));
        i = end - 1;
        continue;
      }
      if (std::find(event_names.begin(), event_names.end(), span_key(i, end)) != event_names.end()) {
        i = end - 1;
        continue;
      }
    }
    if (end == i + 1 && Cues::Has(cues.demonyms, t.hash)) continue;
    bool after_demonym = false;
    // "le Kényan Elias Kiptoo": a demonym before a person's name (not
    // "Norwegian Air Shuttle").
    // ("the Philippine Statistics Authority": a body's word makes it none.)
    bool body_word = false;
    for (size_t k = i + 1; k < end; ++k) body_word |= Cues::Has(cues.gov_words, toks[k].hash);
    body_word |= end >= i + 3 && ends_body(end - 1);
    if (end >= i + 3 && Cues::Has(cues.demonyms, t.hash) && IsCapWord(toks[i + 1]) && IsCapWord(toks[i + 2]) &&
        toks[i + 1].begin == t.end + 1 && !body_word &&
        (Cues::Has(cues.first_names, toks[i + 1].hash) ||
         (i > 0 && IsWord(toks[i - 1]) && !(toks[i - 1].flags & kTokCapitalized) && info(toks[i - 1]) &&
          (info(toks[i - 1])->bits & kWordStop)) ||
         // ("l'Argentin Tomás Ferreyra": the article elided.)
         (i > 1 && toks[i - 1].kind == TokenKind::kPunct && (toks[i - 1].cp == '\'' || toks[i - 1].cp == U'\u2019') &&
          toks[i - 1].end == t.begin && IsWord(toks[i - 2]) && !(toks[i - 2].flags & kTokCapitalized) &&
          !Cues::Has(cues.elided_connectors, toks[i - 2].hash) && toks[i - 2].length == 1))) {
      ++i;
      after_demonym = true;
    }
    // "Toulouse Métropole", "Angers Loire Métropole": a name ending with a
    // public body's head noun is that body's, with the place of the catalog
    // right before it (which is then no mention of its own).
    size_t begin = i;
    const bool gov_tail = Cues::Has(cues.gov_tails, toks[end - 1].hash) && !(toks[end - 1].flags & kTokAllCaps);
    if (gov_tail && i > 0 && !(toks[i].flags & kTokNewline) && toks[i].begin == toks[i - 1].end + 1) {
      if (int f = catalog_place_at(SIZE_MAX, i); f >= 0) {
        begin = found[static_cast<size_t>(f)].begin_tok;
        found.erase(found.begin() + f);
      }
    }
    // ("Tours Métropole Val de Loire": a region may close the name.)
    if (gov_tail && end < n && !(toks[end].flags & kTokNewline) && toks[end].begin == toks[end - 1].end + 1) {
      if (int f = catalog_place_at(end, SIZE_MAX);
          f >= 0 && cat.entry(found[static_cast<size_t>(f)].catalog).place == "region") {
        end = found[static_cast<size_t>(f)].end_tok;
        found.erase(found.begin() + f);
      }
    }
    // "le festival Les Lumes", "selon Le Parisien": an article capitalized
    // inside a sentence opens the name.
    if (begin == i && i > 0 && IsCapWord(toks[i - 1]) && !(toks[i - 1].flags & kTokAllCaps) &&
        !(toks[i].flags & kTokNewline) && toks[i].begin == toks[i - 1].end + 1 &&
        Cues::Has(cues.name_articles, toks[i - 1].hash) && !initial(i - 1)) {
      begin = i - 1;
    }
    // "Crédit immobilier : la reprise se confirme": a label before a
    // colon at a sentence's start, its words after the first in lower
    // case, is a topic, no name.
    if (initial(begin) && end > begin + 1 && end < n && toks[end].kind == TokenKind::kPunct && toks[end].cp == ':') {
      bool lower_rest = true;
      for (size_t k = begin + 1; k < end; ++k) lower_rest &= !IsCapWord(toks[k]);
      if (lower_rest) {
        i = end - 1;
        continue;
      }
    }
    // "NHS-funded work", "state-backed": a name glued by a dash to a
    // participle modifies a noun; it is no mention (nor the antecedent of
    // "the group" after it). ("Boston-based" says where: a place.)
    if (end + 1 < n && toks[end].kind == TokenKind::kPunct && toks[end].cp == '-' && toks[end].begin == toks[end - 1].end &&
        toks[end + 1].begin == toks[end].end && IsWord(toks[end + 1]) &&
        !(toks[end + 1].flags & (kTokCapitalized | kTokAllCaps)) && !cues.place_after.Match(toks, end, text)) {
      if (lex_.ParticipleEnding(toks[end + 1].Text(text))) {
        i = end - 1;
        continue;
      }
    }
    Candidate c{begin, end, -1, gov_head || head_of_place || (gov_tail && end - begin >= 2) ? "GOV" : "ORG", gov_head || begin < i,
                initial(begin), 0};
    for (size_t k = i; k < end && c.type == "ORG" && end - i >= 2; ++k) {
      if (Cues::Has(cues.gov_words, toks[k].hash)) c.type = "GOV";
    }
    if (after_demonym) {
      c.type = "PERSON";
      c.cued = true;
    }
    // "Cape of Good Hope", "Mount Cardew", "Lac Léman": a geographic word
    // opening a name outside the catalog makes it a place.
    const bool place_word = c.type == "ORG" && end - i >= 2 && Cues::Has(cues.place_words, toks[i].hash);
    if (place_word) c.type = "PLACE";
    // "Sablé-sur-Sarthe", "Saint-Germain-en-Laye": a place-name link
    // between dashes.
    for (size_t k = i + 1; k + 1 < end && c.type == "ORG" && !head && toks[k].begin == toks[k - 1].end; ++k) {
      if (IsWord(toks[k]) && !(toks[k].flags & (kTokCapitalized | kTokAllCaps)) && toks[k - 1].kind == TokenKind::kPunct &&
          toks[k - 1].cp == '-' && toks[k + 1].kind == TokenKind::kPunct && toks[k + 1].cp == '-' &&
          Cues::Has(cues.toponym_links, toks[k].hash)) {
        c.type = "PLACE";
      }
    }
    // "Chief Financial Officer Nadia Benali": a capitalized role before a name.
    // ("said Chief Executive Officer Lukas Brunner": a role alone, capitalized, is no name.)
    if (auto role = cues.person_role.Match(toks, i, text); role && role->end_token == end) {
      i = end - 1;
      continue;
    }
    if (auto role = cues.person_role.Match(toks, i, text); role && role->end_token < end) {
      c.begin_tok = role->end_token;
      c.type = "PERSON";
      c.cued = true;
      c.sentence_initial = false;
    }
    // "By Rhiannon Pugsley, a dental surgeon", "Mr Kemp said": a title
    // opening the sentence, read into the name, is before it.
    if (auto title = cues.person_title.Match(toks, c.begin_tok, text);
        title && title->end_token < end && IsCapWord(toks[title->end_token])) {
      c.begin_tok = title->end_token;
      c.type = "PERSON";
      c.cued = true;
      c.sentence_initial = false;
    }
    // A legal form after the name ("Inc.", "SA", ", Inc."), kept in the
    // mention, left out of the name.
    size_t legal_at = end < n && toks[end].kind == TokenKind::kPunct && toks[end].cp == ',' ? end + 1 : end;
    if (auto m = cues.org_legal.Match(toks, legal_at, text); m && legal_at < n && !(toks[legal_at].flags & kTokNewline)) {
      c.name_end = end;
      c.end_tok = m->end_token;
      c.cued = true;
    } else if (size_t b = 0; cues.org_legal.MatchEndingAt(toks, end, text, &b, c.begin_tok + 1) && b > c.begin_tok &&
                             !(toks[b - 1].kind == TokenKind::kPunct && toks[b - 1].cp == '&')) {
      // (Not "Leaven & Co": the company, there, is the name's own word.)
      c.name_end = b;  // the legal form was read as part of the name ("Brightline Robotics Inc")
      c.cued = true;
    } else if (size_t b2 = 0; end - c.begin_tok >= 2 && cues.org_suffix.MatchEndingAt(toks, end, text, &b2, end - 1)) {
      c.cued = true;
    }
    if (cues.place_after.Match(toks, end, text)) c.type = "PLACE";
    // "Milsom Street", "Amphitheatre Parkway": an address.
    if (size_t b3 = 0; end - c.begin_tok >= 2 && cues.place_suffix.MatchEndingAt(toks, end, text, &b3, end - 1)) {
      c.type = "PLACE";
      c.cued = true;
    }
    // "George Best Belfast City Airport", "Fellgate Stadium": a facility,
    // whoever it is named after.
    if (size_t b4 = 0; end - c.begin_tok >= 2 && cues.facility_suffix.MatchEndingAt(toks, end, text, &b4, end - 1)) {
      c.type = "PRODUCT";
      c.cued = true;
    }
    // "Mobilane, filiale du groupe Transalpe": an apposition relating it to
    // another organisation makes it one.
    if (end + 1 < n && toks[end].kind == TokenKind::kPunct && toks[end].cp == ',' &&
        cues.relation_after.Match(toks, end + 1, text)) {
      c.cued = true;
    }
    // Cues before: "la société X", "M. X", "le PDG X".
    size_t before_begin = 0;
    // (Or with an adjective between: "l'école bordelaise Cap Idiomes".)
    auto adjective_at = [&](size_t k) {
      return IsWord(toks[k]) && !(toks[k].flags & (kTokCapitalized | kTokAllCaps | kTokNewline)) && adjective_ending(k);
    };
    // (Or with what it makes or sells after "de": "le fabricant vosgien de
    // cercueils Haxaire", even when a person bears the name.)
    auto trade_of_at = [&](size_t k) {  // k: the end of "noun [adj] de <noun>"
      size_t j = 0;
      if (k < 4 || !IsWord(toks[k - 1]) || (toks[k - 1].flags & (kTokCapitalized | kTokAllCaps | kTokNewline)) ||
          !cues.trade_of.MatchEndingAt(toks, k - 1, text, &j)) {
        return false;
      }
      return cues.org_before.MatchEndingAt(toks, j, text, &before_begin) ||
             (j >= 2 && adjective_at(j - 1) && cues.org_before.MatchEndingAt(toks, j - 1, text, &before_begin));
    };
    if (cues.org_before.MatchEndingAt(toks, i, text, &before_begin) ||
        (i >= 2 && adjective_at(i - 1) && cues.org_before.MatchEndingAt(toks, i - 1, text, &before_begin)) ||
        trade_of_at(i)) {
      c.cued = c.org_cued = true;
      // ("l'école bordelaise Cap Idiomes": a company's noun before outweighs
      // a geographic first word.)
      if (place_word && c.type == "PLACE") c.type = "ORG";
    }
    if (cues.place_before.MatchEndingAt(toks, i, text, &before_begin)) {
      c.type = "PLACE";
      c.cued = true;
    } else if (size_t prep = 0; !c.cued && c.type != "GOV" && cues.place_preposition.MatchEndingAt(toks, i, text, &prep)) {
      // (Not a public body's name: "versées à Limoges Métropole".)
      size_t blocker = 0;
      // (Nor right after an amount of money: "une amende de 410.000 euros à
      // Fretalia", "une aide de 2 M€ à Sorbeline" name who pays or gets it.)
      // (Past a date between them: "donnera naissance au 1er septembre à
      // Terres d'Auribelle".)
      size_t before_date = prep;
      bool month = false;
      for (size_t k = prep; k > 0 && prep - k < 5;) {
        const Token& x = toks[k - 1];
        const WordInfo* w = info(x);
        const bool date_word = x.kind == TokenKind::kNumber || (w && (w->bits & kWordMonth)) ||
                               (IsWord(x) && x.length <= 3 && !(x.flags & kTokCapitalized));
        if (!date_word) break;
        month |= w && (w->bits & kWordMonth);
        --k;
        if (month) before_date = k;
      }
      const bool blocked_past_date =
          month && before_date > 0 && before_date < prep && cues.place_blocker.MatchEndingAt(toks, before_date, text, &blocker);
      if (!(prep > 0 && (cues.place_blocker.MatchEndingAt(toks, prep, text, &blocker) || ends_money(prep - 1) ||
                         blocked_past_date))) {
        c.type = "PLACE";
        c.place_prep = true;
      }
    }
    // "installée à La Couture-Boussey (Eure)": a name after a place's
    // preposition with a place of the catalog in parentheses right after it
    // (its département, its county) is a place, whatever else vouched for it.
    if (size_t prep = 0; !c.org_cued && end + 2 < n && toks[end].kind == TokenKind::kPunct &&
                         toks[end].cp == '(' && cues.place_preposition.MatchEndingAt(toks, c.begin_tok, text, &prep)) {
      const int f = catalog_place_at(end + 1, SIZE_MAX);
      const size_t close = f >= 0 ? found[static_cast<size_t>(f)].end_tok : n;  // after the place
      if (close < n && toks[close].kind == TokenKind::kPunct && toks[close].cp == ')') {
        c.type = "PLACE";
        c.cued = true;
        c.place_located = true;
      }
    }
    // "le tarif Bleu", "son modèle Zephyr", "the drug Zelvora": a product.
    // (Not a reflexive verb: "Castelnau Capital s'offre Séniorys".)
    // ("Its flagship assistant, Cinder, now has ...": the noun in apposition.)
    if (c.type == "ORG" && i >= 2 && toks[i - 1].kind == TokenKind::kPunct && toks[i - 1].cp == ',' &&
        c.end_tok < n && toks[c.end_tok].kind == TokenKind::kPunct && toks[c.end_tok].cp == ',' &&
        cues.product_before.MatchEndingAt(toks, i - 1, text, &before_begin)) {
      c.type = "PRODUCT";
      c.cued = true;
    }
    if (c.type == "ORG" && cues.product_before.MatchEndingAt(toks, i, text, &before_begin) &&
        !(before_begin >= 2 && toks[before_begin - 1].kind == TokenKind::kPunct &&
          (toks[before_begin - 1].cp == '\'' || toks[before_begin - 1].cp == U'\u2019') &&
          Fold(toks[before_begin - 2].Text(text)) == "s")) {
      c.type = "PRODUCT";
      c.cued = true;
    }
    // "the 16-foot Heron": a name right after a measure made an adjective
    // ("16-foot", "12-metre") is a product's.
    if (c.type == "ORG" && i >= 3 && toks[i - 1].kind == TokenKind::kWord && toks[i - 2].kind == TokenKind::kPunct &&
        toks[i - 2].cp == '-' && toks[i - 3].kind == TokenKind::kNumber && toks[i - 2].begin == toks[i - 3].end &&
        toks[i - 1].begin == toks[i - 2].end && !IsCapWord(toks[i - 1]) && toks[i].begin > toks[i - 1].end) {
      c.type = "PRODUCT";
      c.cued = true;
    }
    // (Not across a line break: a headline ending on "chief executive" and
    // the first name of the text.)
    const bool line_start = (toks[i].flags & kTokNewline) != 0;
    if (!line_start && cues.person_title.MatchEndingAt(toks, i, text, &before_begin)) {
      c.cued = true;
      c.type = "PERSON";
    } else if (!line_start && !c.org_cued && cues.person_role.MatchEndingAt(toks, i, text, &before_begin)) {
      // (Not a trade whose last word is a role: "lottery manager
      // Brightdraw", "fund manager Kordium".)
      c.type = "PERSON";
      c.cued = true;
    } else if (i > 1 && toks[i - 1].kind == TokenKind::kPunct && toks[i - 1].cp == ',' && c.end_tok >= c.begin_tok + 2 &&
               c.end_tok < n && toks[c.end_tok].kind == TokenKind::kPunct &&
               (toks[c.end_tok].cp == ',' || toks[c.end_tok].cp == '.') &&
               (cues.person_role.MatchEndingAt(toks, i - 1, text, &before_begin) ||
                // (Or a role, then its adjective: "Sa directrice artistique, Lison Terrade".)
                (i > 3 && IsWord(toks[i - 2]) && !(toks[i - 2].flags & (kTokCapitalized | kTokAllCaps)) &&
                 toks[i - 2].length >= 5 && !(info(toks[i - 2]) && (info(toks[i - 2])->bits & kWordStop)) &&
                 cues.person_role.MatchEndingAt(toks, i - 2, text, &before_begin)))) {
      // "Sa directrice générale, Maëlys Cadiou, détaille": a name of two
      // words or more set off by commas after a role (or ending the
      // sentence: "We spoke to its chief executive, Maricel Dizon.").
      c.type = "PERSON";
      c.cued = true;
    }
    // A role right after: "X, PDG de", "X, le directeur général".
    if (c.type != "PERSON" && c.end_tok + 1 < n && toks[c.end_tok].kind == TokenKind::kPunct && toks[c.end_tok].cp == ',') {
      size_t k = c.end_tok + 1;
      if (k < n && IsWord(toks[k]) && (info(toks[k]) && (info(toks[k])->bits & kWordStop))) ++k;  // le, la, the
      if (cues.person_role.Match(toks, k, text)) c.type = "PERSON";
    }
    // An age in apposition: "Keziah Polglase, 39, took over": a name of
    // two words is a person's.
    if (c.type == "ORG" && !c.org_cued && c.end_tok == c.begin_tok + 2 && c.end_tok + 2 < n &&
        IsPunct(toks[c.end_tok], ',') && toks[c.end_tok + 1].kind == TokenKind::kNumber &&
        toks[c.end_tok + 1].end - toks[c.end_tok + 1].begin == 2 && IsPunct(toks[c.end_tok + 2], ',')) {
      c.type = "PERSON";
      c.cued = true;
    }
    // ("Jean-Baptiste Djebbari": a compound given name too.)
    const size_t after_given = c.begin_tok + 1 < c.end_tok && toks[c.begin_tok + 1].kind == TokenKind::kPunct &&
                                       toks[c.begin_tok + 1].cp == '-' &&
                                       c.begin_tok + 3 < c.end_tok && IsCapWord(toks[c.begin_tok + 2])
                                   ? c.begin_tok + 3
                                   : c.begin_tok + 1;
    // (Not a body's name that a given name opens: "Marine Management
    // Organisation"; nor a facility's or a street's a suffix made so:
    // "George Best Belfast City Airport", "Victoria Street".)
    size_t suffix_begin = 0;
    const bool body_name = cues.org_suffix.MatchEndingAt(toks, c.end_tok, text, &suffix_begin, c.begin_tok + 1).has_value() ||
                           c.type == "GOV" || (c.cued && (c.type == "PRODUCT" || c.type == "PLACE"));
    if (c.type != "PERSON" && !body_name && Cues::Has(cues.first_names, toks[c.begin_tok].hash) &&
        c.end_tok > after_given && IsCapWord(toks[after_given])) {
      c.type = "PERSON";
    }
    // "its Port Hedland terminal", "their Pilbara mines": an asset of the
    // owner the possessive names.
    if (c.type == "ORG" && !c.cued && c.end_tok < n && IsWord(toks[c.end_tok]) &&
        !(toks[c.end_tok].flags & (kTokCapitalized | kTokAllCaps)) &&
        !(info(toks[c.end_tok]) && (info(toks[c.end_tok])->bits & kWordStop))) {
      if (size_t pb = 0; cues.possessive.MatchEndingAt(toks, c.begin_tok, text, &pb)) c.type = "PRODUCT";
    }
    // "entre Bordeaux et Pauillac", "Leeds and Harrogate": a name
    // coordinated with a place of the catalog is a place.
    if (c.type == "ORG" && !c.cued &&
        ((c.begin_tok >= 2 && Cues::Has(cues.coordinators, toks[c.begin_tok - 1].hash) &&
          catalog_place_at(SIZE_MAX, c.begin_tok - 1) >= 0) ||
         (c.end_tok + 1 < n && Cues::Has(cues.coordinators, toks[c.end_tok].hash) &&
          catalog_place_at(c.end_tok + 1, SIZE_MAX) >= 0))) {
      c.type = "PLACE";
    }
    // A title between quotes ("le jeu « Brumes d'Argent »") is a work.
    if (c.type == "ORG" && c.begin_tok > 0 && c.end_tok < n) {
      const Token& open = toks[c.begin_tok - 1];
      const Token& close = toks[c.end_tok];
      if (open.kind == TokenKind::kPunct && close.kind == TokenKind::kPunct &&
          ((open.cp == 0xAB && close.cp == 0xBB) || (open.cp == 0x201C && close.cp == 0x201D))) {
        c.type = "PRODUCT";
      }
    }
    // A model code ("BX-400", "Zephyr 2") is a product.
    if (c.type == "ORG" && !c.cued) {
      for (size_t k = c.begin_tok; k < c.end_tok; ++k) {
        if (toks[k].kind == TokenKind::kNumber) c.type = "PRODUCT";
      }
    }
    // "Santa Clara, California", "Austin, Texas": a place before a known place.
    // (Not "Karrabin Resources, Australia's fourth-largest miner": a name
    // a suffix vouches for, or a place that owns what follows.)
    if (c.type == "ORG" && !c.cued && c.end_tok + 1 < n && toks[c.end_tok].kind == TokenKind::kPunct &&
        toks[c.end_tok].cp == ',') {
      for (const Candidate& k : found) {
        const bool possessive = k.end_tok + 1 < n && toks[k.end_tok].kind == TokenKind::kPunct &&
                                (toks[k.end_tok].cp == '\'' || toks[k.end_tok].cp == U'\u2019');
        if (k.begin_tok == c.end_tok + 1 && k.catalog >= 0 && cat.entry(k.catalog).type == "PLACE" && !possessive) {
          c.type = "PLACE";
        }
      }
    }
    unknown.push_back(c);
    i = c.end_tok - 1;
  }
  // "Reprise des Papeteries de la Touvre : ..." then "la reprise des
  // Papeteries de la Touvre": a sentence's first word and a connector
  // before a name the article also writes without them are no part of it.
  for (Candidate& c : unknown) {
    if (!c.sentence_initial || c.cued || c.end_tok - c.begin_tok < 3) continue;
    size_t k = c.begin_tok + 1;
    if (!Cues::Has(cues.connectors, toks[k].hash) || Cues::Has(cues.coordinators, toks[k].hash)) continue;
    ++k;
    if (k + 1 < c.end_tok && IsWord(toks[k]) && !IsCapWord(toks[k])) ++k;  // "des", "de la"
    if (!IsCapWord(toks[k])) continue;
    const uint64_t rest = span_key(k, c.end_tok);
    for (const Candidate& x : unknown) {
      if (&x != &c && x.end_tok - x.begin_tok == c.end_tok - k && span_key(x.begin_tok, x.end_tok) == rest) {
        c.begin_tok = k;
        c.sentence_initial = false;
        break;
      }
    }
  }
  // A name seen only at sentence starts, without a cue, is probably a common
  // word ("Pourtant", "Rappelons"): keep names seen mid-sentence at least once.
  // How the document writes the first words of single-word names outside
  // the catalog: ever in lower case? how often capitalized? (One pass over
  // the text for all of them.)
  struct Written {
    uint64_t hash;
    bool lower = false;
    size_t capitalized = 0;
    bool name_verb = false;  // capitalized once right before a verb only an actor does ("says", "emploie")
  };
  std::vector<Written> written;
  for (const Candidate& c : unknown) {
    if (c.end_tok - c.begin_tok != 1) continue;
    const uint64_t h = toks[c.begin_tok].hash;
    bool known = false;
    for (const Written& w : written) known |= w.hash == h;
    if (!known) written.push_back({h});
  }
  if (!written.empty()) {
    uint64_t some = 0;  // a 64-bit filter of the hashes asked about
    for (const Written& w : written) some |= uint64_t{1} << (w.hash & 63);
    for (size_t k = 0; k < n; ++k) {
      if (!((some >> (toks[k].hash & 63)) & 1) || !IsWord(toks[k])) continue;
      for (Written& w : written) {
        if (w.hash != toks[k].hash) continue;
        if (toks[k].flags & (kTokCapitalized | kTokAllCaps)) {
          ++w.capitalized;
          w.name_verb |= k + 1 < n && Cues::Has(cues.name_verbs, toks[k + 1].hash);
        } else {
          w.lower = true;
        }
      }
    }
  }
  auto find_written = [&](uint64_t h) -> const Written* {
    for (const Written& w : written) {
      if (w.hash == h) return &w;
    }
    return nullptr;
  };
  auto written_lower = [&](uint64_t h) {
    const Written* w = find_written(h);
    return w && w->lower;
  };
  // A name of three words or more that ends with a capitalized word right
  // after a word in lower case, no function word: the maker's own name that
  // ends its trade's name ("Wetterlé" of "la Manufacture d'orgues
  // Wetterlé"), which names it alone too.
  auto maker_tail = [&](size_t begin, size_t end) {
    return end - begin >= 3 && IsCapWord(toks[end - 1]) && IsWord(toks[end - 2]) && !IsCapWord(toks[end - 2]) &&
           !(info(toks[end - 2]) && (info(toks[end - 2])->bits & kWordStop));
  };
  std::unordered_set<uint64_t> seen_mid;
  // "Skyvane's revenue rose": a possessive before a measure vouches for a
  // name at a sentence start.
  auto owns_measure = [&](const Candidate& c) {
    const size_t e = c.end_tok;
    return e + 2 < n && toks[e].kind == TokenKind::kPunct && (toks[e].cp == '\'' || toks[e].cp == U'\u2019') &&
           toks[e].begin == toks[e - 1].end && Fold(toks[e + 1].Text(text)) == "s" && IsWord(toks[e + 2]) &&
           !(toks[e + 2].flags & (kTokCapitalized | kTokAllCaps)) && Cues::Has(cues.measure_nouns, toks[e + 2].hash);
  };
  // After a name and a comma, an article, a few lower-case words, then a
  // company noun ("Orbitshade, a Denver-based operator of radar-imaging
  // satellites") or a product's ("Tuneburrow, the music and audio-story
  // app"), which vouch for the name.
  auto apposition_head = [&](const Candidate& c) {
    const size_t e = c.end_tok;
    if (!(e + 2 < n && toks[e].kind == TokenKind::kPunct && toks[e].cp == ',')) return false;
    if (!IsWord(toks[e + 1]) || toks[e + 1].length > 3 || (toks[e + 1].flags & (kTokCapitalized | kTokAllCaps))) return false;
    for (size_t k = e + 2, words = 0; k < n && words < 4; ++k) {
      const Token& t = toks[k];
      if (t.kind == TokenKind::kPunct && t.cp == '-' && t.begin == toks[k - 1].end) {
        if (words > 0) --words;  // (a compound is one word)
        continue;
      }
      if (!IsWord(t) || (t.flags & kTokAllCaps)) return false;
      if (!(t.flags & kTokCapitalized) &&
          (Cues::Has(cues.org_nouns, t.hash) || cues.product_before.Match(toks, k, text).has_value())) {
        return true;
      }
      ++words;
    }
    return false;
  };
  // "Colissimo, filiale de La Poste, a acheminé ...": an apposition that
  // relates a name opening a sentence to another organisation vouches for it.
  auto related = [&](const Candidate& c) {
    const size_t e = c.end_tok;
    // ("Stationéo, la société d'économie mixte qui ...": an apposition
    // that calls it a company too.)
    // (Not an adverb: "Surtout, l'entreprise ...".)
    const std::string_view word = toks[c.begin_tok].Text(text);
    const bool adverb = c.end_tok - c.begin_tok == 1 &&
                        (info(toks[c.begin_tok]) != nullptr ||
                         (word.size() > 5 && (word.ends_with("ment") || word.ends_with("ly"))));
    // ("Tallgrow's chief executive": a possessive before a role.)
    if (e + 2 < n && toks[e].kind == TokenKind::kPunct && (toks[e].cp == '\'' || toks[e].cp == U'\u2019') &&
        toks[e].begin == toks[e - 1].end && toks[e + 1].begin == toks[e].end && Fold(toks[e + 1].Text(text)) == "s" &&
        cues.person_role.Match(toks, e + 2, text).has_value()) {
      return true;
    }
    if (!(e + 1 < n && toks[e].kind == TokenKind::kPunct && toks[e].cp == ',')) return false;
    if (cues.relation_after.Match(toks, e + 1, text).has_value()) return true;
    if (adverb) return false;
    // ("Tallgrow, which grows salad leaves": a relative clause.)
    if (c.end_tok - c.begin_tok == 1 && cues.relative_after.Match(toks, e + 1, text).has_value()) return true;
    if (cues.org_before.Match(toks, e + 1, text).has_value()) return true;
    // ("Verralys, spécialiste des flacons de parfumerie": the company noun bare.)
    if (IsWord(toks[e + 1]) && !(toks[e + 1].flags & (kTokCapitalized | kTokAllCaps)) &&
        Cues::Has(cues.org_nouns, toks[e + 1].hash)) {
      return true;
    }
    // (An article, a few lower-case words, a company's or a product's noun.)
    return apposition_head(c);
  };
  for (const Candidate& c : unknown) {
    // (A longer name vouches for its first word: "Cinderwell AI, a start-up
    // ... Cinderwell was valued", every mention opening a sentence; so does
    // one mention a cue vouches for: "7h30 - Verralys, spécialiste des
    // flacons" for the headline's "Verralys".)
    if (!c.sentence_initial || c.cued || c.end_tok - c.begin_tok >= 2 || owns_measure(c) || related(c)) {
      seen_mid.insert(span_key(c.begin_tok, c.end_tok));
      seen_mid.insert(span_key(c.begin_tok, c.begin_tok + 1));
      // (And its maker's name that ends it: "Wetterlé".)
      if (maker_tail(c.begin_tok, c.end_tok)) seen_mid.insert(span_key(c.end_tok - 1, c.end_tok));
    }
  }
  for (const Candidate& c : unknown) {
    if (c.sentence_initial && !c.cued && !seen_mid.count(span_key(c.begin_tok, c.end_tok)) && !owns_measure(c) &&
        !related(c)) {
      // Without confirmation elsewhere, a sentence-initial single word (or
      // dash compound: "Data-center") is a common word; so is a run whose
      // first word is a function word.
      size_t caps = 0;
      for (size_t k = c.begin_tok; k < c.end_tok; ++k) caps += IsCapWord(toks[k]) ? 1 : 0;
      // (Unless it opens sentences, or the headline, again and again and
      // the article never writes it in lower case: "Fablecast added ...
      // Fablecast said ...".)
      // (Twice is enough when a verb only an actor does follows it once:
      // "Scootwell now runs 900 scooters ... Scootwell says it employs".)
      const Written* wr = find_written(toks[c.begin_tok].hash);
      const size_t again = wr ? wr->capitalized : 0;
      const bool vouched = again >= 3 || (again == 2 && wr->name_verb) ||
                           (again == 1 && info(toks[c.begin_tok]) == nullptr &&
                            cues.name_verb_once.Match(toks, c.end_tok, text).has_value());
      if (caps < 2 && (!vouched || (wr && wr->lower) || c.end_tok - c.begin_tok != 1)) continue;
      const WordInfo* w = info(toks[c.begin_tok]);
      if (w && (w->bits & kWordStop)) continue;
    }
    // A lone capitalized word the article also writes in lower case is a
    // common word ("Baisse des impôts" in a subheading, "les Français"),
    // unless a cue vouches for it.
    if (!c.cued && c.end_tok - c.begin_tok == 1 && c.type != "PERSON") {
      const uint64_t h = toks[c.begin_tok].hash;
      if (written_lower(h)) continue;
    }
    found.push_back(c);
  }
  std::erase_if(found, [](const Candidate& c) { return c.end_tok <= c.begin_tok; });  // places taken into a name
  std::sort(found.begin(), found.end(), [](const Candidate& a, const Candidate& b) { return a.begin_tok < b.begin_tok; });
  // "le centre hospitalier de Vaubrennes", "le tribunal de commerce de
  // Paris": a lower-case institution head, "de" and a name are one name;
  // the name alone later ("Vaubrennes") is the same body (not a place of
  // the catalog: "Paris" stays Paris).
  std::vector<std::pair<size_t, size_t>> institution_tails;  // the name part of such names (tokens)
  std::vector<size_t> absorbed;  // first tokens of names such a name took in
  for (Candidate& c : found) {
    size_t k = c.begin_tok;
    if (k < 2) continue;
    size_t conn = k - 1;
    if (toks[conn].kind == TokenKind::kPunct && (toks[conn].cp == '\'' || toks[conn].cp == U'\u2019') && conn > 0) --conn;
    if (!IsWord(toks[conn]) || (toks[conn].flags & (kTokCapitalized | kTokAllCaps))) continue;
    std::string w = Fold(toks[conn].Text(text));
    // ("le service départemental d'incendie et de secours de la Drôme", "la
    // préfecture de l'Hérault"; not after a person's title: "le préfet de la
    // Seine-Maritime".)
    bool article = false;
    if ((w == "la" || w == "l") && conn > 0 && IsWord(toks[conn - 1]) && Fold(toks[conn - 1].Text(text)) == "de") {
      --conn;
      w = "de";
      article = true;
    }
    // ("la clinique Bellecombe", "l'imprimerie Bréhal", "le centre
    // hospitalier Jura Sud": a company's, a facility's or an organisation's
    // head right before the name, with no "de"; not "l'aquarium Nérélis",
    // where the name alone is the facility's.)
    size_t hb = 0;
    std::optional<PhraseMatch> head;
    if (w != "de" && w != "du" && w != "des" && w != "d") {
      if (article || conn + 1 != k) continue;
      head = cues.institution_head.MatchEndingAt(toks, k, text, &hb);
      if (!head || (toks[k].flags & kTokAllCaps) ||
          (!cues.institution_named_only[static_cast<size_t>(head->id)] &&
           cues.institution_types[static_cast<size_t>(head->id)] != "ORG")) {
        continue;
      }
    } else {
      head = cues.institution_head.MatchEndingAt(toks, conn, text, &hb);
    }
    if (head && cues.institution_named_only[static_cast<size_t>(head->id)] && c.catalog >= 0) continue;
    if (!head || (toks[hb].flags & kTokAllCaps) || (article && cues.person_role.Match(toks, hb, text))) continue;
    // (Written in lower case, or capitalized only as a sentence's first word.)
    if ((toks[hb].flags & kTokCapitalized) && hb > 0 && !(toks[hb - 1].kind == TokenKind::kWord && info(toks[hb - 1]) &&
                                                           (info(toks[hb - 1])->bits & kWordStop))) {
      if (token_sentence[hb] == token_sentence[hb - 1]) continue;
    }
    // (Not a country: "le premier centre hospitalier universitaire de
    // France" ranks a body, it does not name one.)
    if (c.catalog < 0 || (cat.entry(c.catalog).type == "PLACE" && cat.entry(c.catalog).place != "country" &&
                          cat.entry(c.catalog).place != "zone")) {
      if (c.catalog < 0 && !article) institution_tails.emplace_back(c.begin_tok, c.end_tok);  // (not "la Vézère": a place)
      // (A capitalized head word read as a name of its own: "du Service
      // départemental ...".)
      for (Candidate& x : found) {
        if (&x != &c && x.begin_tok >= hb && x.begin_tok < c.begin_tok) x.end_tok = x.begin_tok;  // dropped below
      }
      c.begin_tok = hb;
      // ("l'aéroport de Rodez-Aveyron": a name joined by a dash goes on.)
      // ("Roissy-Charles-de-Gaulle": a lower-case word between dashes too.)
      auto dash = [&](size_t k) {
        return k + 1 < n && toks[k].kind == TokenKind::kPunct && toks[k].cp == '-' && toks[k].begin == toks[k - 1].end &&
               toks[k + 1].begin == toks[k].end;
      };
      while (dash(c.end_tok)) {
        size_t w = c.end_tok + 1;
        if (IsWord(toks[w]) && !IsCapWord(toks[w]) && dash(w + 1) && IsCapWord(toks[w + 2])) w += 2;
        if (!IsCapWord(toks[w])) break;
        size_t e = w + 1;
        for (const Candidate& x : found) {
          if (x.begin_tok == w) e = std::max(e, x.end_tok);
        }
        absorbed.push_back(w);
        c.end_tok = e;
      }
      c.catalog = -1;
      c.type = cues.institution_types[static_cast<size_t>(head->id)];
      c.cued = true;
      c.sentence_initial = false;
      c.name_end = 0;
    }
  }
  std::erase_if(found, [&](const Candidate& c) {
    return c.end_tok <= c.begin_tok || std::find(absorbed.begin(), absorbed.end(), c.begin_tok) != absorbed.end();
  });
  // "Kettleby's lost £8.5 million ... whereas Kettleby's, after ...": a
  // name outside the catalog the article always writes with "'s", which
  // at least once owns nothing (a verb, a comma or a preposition follows),
  // is a name ending in "'s" (a shop's name), not a possessive.
  {
    auto apostrophe_s = [&](size_t e) {
      return e + 1 < n && toks[e].kind == TokenKind::kPunct && (toks[e].cp == '\'' || toks[e].cp == U'\u2019') &&
             toks[e].begin == toks[e - 1].end && toks[e + 1].begin == toks[e].end && IsWord(toks[e + 1]) &&
             toks[e + 1].length == 1 && (text[toks[e + 1].begin] | 0x20) == 's';
    };
    std::unordered_map<uint64_t, std::pair<int, int>> tally;  // name -> (mentions, mentions with 's owning nothing)
    for (const Candidate& c : found) {
      if (c.catalog >= 0 || c.type != "ORG") continue;
      auto& [all, bare] = tally[span_key(c.begin_tok, c.end_tok)];
      if (!apostrophe_s(c.end_tok)) {
        all = -1000;  // written once without "'s": possessives
        continue;
      }
      ++all;
      const size_t k = c.end_tok + 2;
      const WordInfo* w = k < n && IsWord(toks[k]) ? info(toks[k]) : nullptr;
      if (k >= n || toks[k].kind == TokenKind::kPunct ||
          (IsWord(toks[k]) && !(toks[k].flags & (kTokCapitalized | kTokAllCaps)) && w && (w->bits & kWordStop))) {
        ++bare;
      }
    }
    for (Candidate& c : found) {
      if (c.catalog >= 0 || c.type != "ORG") continue;
      auto it = tally.find(span_key(c.begin_tok, c.end_tok));
      if (it == tally.end() || it->second.first < 2 || it->second.second < 1) continue;
      c.end_tok += 2;
      c.name_end = 0;
    }
  }

  // 3. Entities: one per catalog entry, one per name outside it; short
  // forms of names outside the catalog join the full name.
  std::unordered_map<uint64_t, int> entity_of_key;  // catalog entry or folded name -> entity index
  std::unordered_map<uint64_t, int> short_form;     // folded first/last word -> entity index
  std::unordered_map<uint64_t, int> without_article;  // "Lumes" -> the entity of "Les Lumes"
  auto surface = [&](const Candidate& c) {
    size_t e = c.name_end > c.begin_tok ? c.name_end : c.end_tok;
    return std::string(text.substr(toks[c.begin_tok].begin, toks[e - 1].end - toks[c.begin_tok].begin));
  };
  // Full names first, so that "Brightline" after "Brightline Robotics" joins it.
  std::vector<size_t> by_length(found.size());
  for (size_t k = 0; k < found.size(); ++k) by_length[k] = k;
  // (An acronym in parentheses after a name, "Statistics Netherlands
  // (CBS)", before the other one-word names: the headline's "CBS" is that
  // name too.)
  auto parenthesized_acronym = [&](const Candidate& c) {
    return c.catalog < 0 && c.end_tok - c.begin_tok == 1 && (toks[c.begin_tok].flags & kTokAllCaps) &&
           c.begin_tok >= 2 && c.end_tok < n && toks[c.begin_tok - 1].kind == TokenKind::kPunct &&
           toks[c.begin_tok - 1].cp == '(' && toks[c.end_tok].kind == TokenKind::kPunct && toks[c.end_tok].cp == ')';
  };
  // (It ranks with the name it follows, right after it.)
  std::vector<size_t> rank(found.size());
  for (size_t k = 0; k < found.size(); ++k) {
    rank[k] = found[k].end_tok - found[k].begin_tok;
    if (!parenthesized_acronym(found[k])) continue;
    for (size_t k2 = 0; k2 < found.size(); ++k2) {
      if (found[k2].end_tok + 1 == found[k].begin_tok) rank[k] = found[k2].end_tok - found[k2].begin_tok;
    }
  }
  std::stable_sort(by_length.begin(), by_length.end(), [&](size_t a, size_t b) { return rank[a] > rank[b]; });
  std::vector<int> entity_of(found.size(), -1);
  std::vector<bool> type_cued(entities->size(), true);  // per entity: a cue or the catalog set its type
  std::vector<bool> located(entities->size(), false);  // per entity: a mention with its département after it
  for (size_t k : by_length) {
    const Candidate& c = found[k];
    uint64_t key;
    size_t name_end = c.name_end > c.begin_tok ? c.name_end : c.end_tok;
    if (c.catalog >= 0) {
      key = 0xC000000000000000ULL | static_cast<uint64_t>(c.catalog);
    } else {
      key = span_key(c.begin_tok, name_end);
      if (auto a = without_article.find(key); a != without_article.end()) {
        entity_of[k] = a->second;
        continue;
      }
      auto s = short_form.find(key);
      // ("chez Castelbrun" after "Hélène Castelbrun": the family's company.)
      if (s != short_form.end() &&
          (c.end_tok - c.begin_tok == 1 || name_end - c.begin_tok >= 3 ||
           (c.type == "ORG" && (*entities)[static_cast<size_t>(s->second)].type == "ORG")) &&
          !(c.org_cued && (*entities)[static_cast<size_t>(s->second)].type == "PERSON")) {
        entity_of[k] = s->second;
        continue;
      }
    }
    // "les Hospices civils de Lyon (HCL)": an acronym in parentheses right
    // after a name is that name, here and later ("aux HCL").
    if (parenthesized_acronym(c)) {
      int named = -1;
      for (size_t k2 = 0; k2 < found.size() && named < 0; ++k2) {
        if (found[k2].end_tok + 1 == c.begin_tok && entity_of[k2] >= 0) named = entity_of[k2];
      }
      if (named >= 0) {
        entity_of[k] = named;
        short_form.emplace(key, named);
        continue;
      }
    }
    // "le SDIS" after "le Service départemental d'incendie et de secours de
    // la Drôme": an acronym of three letters or more that spells the first
    // letters of a longer name's words (its articles and links left out) is
    // that name.
    if (c.catalog < 0 && c.end_tok - c.begin_tok == 1 && (toks[c.begin_tok].flags & kTokAllCaps) &&
        toks[c.begin_tok].length >= 3 && toks[c.begin_tok].length <= 6) {
      const std::string acronym = Fold(toks[c.begin_tok].Text(text));
      int named = -1;
      for (size_t k2 = 0; k2 < found.size() && named < 0; ++k2) {
        const Candidate& x = found[k2];
        if (entity_of[k2] < 0 || x.end_tok - x.begin_tok < 3) continue;
        std::string initials;
        for (size_t t = x.begin_tok; t < x.end_tok; ++t) {
          if (!IsWord(toks[t]) || spells_no_letter(toks[t]) || Cues::Has(cues.name_particles, toks[t].hash)) continue;
          initials += Fold(toks[t].Text(text)).substr(0, 1);
        }
        // (The place a body is of may be left out: "SDIS" for "... de la Drôme".)
        if (initials == acronym || (initials.size() == acronym.size() + 1 && initials.substr(0, acronym.size()) == acronym &&
                                    x.catalog < 0)) {
          named = entity_of[k2];
        }
      }
      if (named >= 0) {
        entity_of[k] = named;
        short_form.emplace(key, named);
        continue;
      }
    }
    auto it = entity_of_key.find(key);
    if (it != entity_of_key.end()) {
      entity_of[k] = it->second;
      std::string& type = (*entities)[static_cast<size_t>(it->second)].type;
      if (c.catalog < 0 && c.type == "PERSON") type = "PERSON";
      // A name read as a place only from "à X" is an organisation when a cue says so elsewhere.
      if (c.catalog < 0 && c.cued && c.type == "ORG" && type == "PLACE" && !located[static_cast<size_t>(it->second)]) {
        type = "ORG";
      }
      // ... and a name read as an organisation for want of a cue is a place
      // when a cue says so ("Barrages de l'Ubaye" ... "la vallée de l'Ubaye").
      if (c.catalog < 0 && c.cued && c.type == "PLACE" && type == "ORG" &&
          (!type_cued[static_cast<size_t>(it->second)] || c.place_located)) {
        type = "PLACE";
      }
      // (So is one the article first names with no cue at all, then after
      // a place's preposition: "Kendal's high street ... in Kendal".)
      // (One word: "Halcyon Grand Prix", "Lianes Maritimes" after "in", "à"
      // are a team's, a company's.)
      if (c.catalog < 0 && c.place_prep && c.type == "PLACE" && type == "ORG" && c.end_tok == c.begin_tok + 1 &&
          !type_cued[static_cast<size_t>(it->second)]) {
        type = "PLACE";
      }
      if (c.cued) type_cued[static_cast<size_t>(it->second)] = true;
      if (c.place_located) located[static_cast<size_t>(it->second)] = true;
      continue;
    }
    Entity e;
    if (c.catalog >= 0) {
      e = FromCatalog(cat.entry(c.catalog));
    } else {
      e.name = surface(c);
      e.id = Slug(e.name);
      e.type = std::string(c.type);
    }
    int index = static_cast<int>(entities->size());
    entities->push_back(std::move(e));
    type_cued.resize(entities->size(), false);
    type_cued[static_cast<size_t>(index)] = c.catalog >= 0 || c.cued;
    located.resize(entities->size(), false);
    located[static_cast<size_t>(index)] = c.place_located;
    entity_of_key.emplace(key, index);
    entity_of[k] = index;
    for (const auto& [tb, te] : institution_tails) {
      if (c.catalog < 0 && te == c.end_tok && tb > c.begin_tok) short_form.emplace(span_key(tb, te), index);
    }
    // ("Wetterlé" after "la Manufacture d'orgues Wetterlé".)
    if (c.catalog < 0 && c.type == "ORG" && maker_tail(c.begin_tok, name_end)) {
      short_form.emplace(span_key(name_end - 1, name_end), index);
    }
    // ("La Fournée Dorée ... Fournée Dorée": the name without its article,
    // where a sentence starts with it.)
    if (c.catalog < 0 && name_end - c.begin_tok >= 2 && Cues::Has(cues.name_articles, toks[c.begin_tok].hash)) {
      without_article.emplace(span_key(c.begin_tok + 1, name_end), index);
    }
    // "la Cour" after "la Cour des comptes", "la Commission" after "la
    // Commission européenne": a known body is shortened to its first word.
    if (c.catalog >= 0 && name_end - c.begin_tok >= 2 &&
        ((*entities)[static_cast<size_t>(index)].type == "GOV" || (*entities)[static_cast<size_t>(index)].type == "ORG")) {
      const Token& w = toks[c.begin_tok];
      if (IsCapWord(w) && !(info(w) && (info(w)->bits & kWordStop))) {
        short_form.emplace(span_key(c.begin_tok, c.begin_tok + 1), index);
      }
      // ... or, a public body, to its last word when that names a body:
      // "the Bureau" after "the Competition Bureau", "the Authority".
      const Token& last = toks[name_end - 1];
      if ((*entities)[static_cast<size_t>(index)].type == "GOV" && IsCapWord(last) &&
          Cues::Has(cues.gov_words, last.hash)) {
        short_form.emplace(span_key(name_end - 1, name_end), index);
      }
    }
    if (c.catalog < 0 && name_end - c.begin_tok >= 2) {
      // Organisations are shortened to their first word, people to their last.
      const Token& w = c.type == "PERSON" ? toks[name_end - 1] : toks[c.begin_tok];
      // (Not a product named after the company the article named alone
      // before: "la fintech Tontiz ... l'offre Tontiz Plus" are two.)
      bool company_word = false;
      for (const Candidate& x : found) {
        company_word |= c.type == "PRODUCT" && x.catalog < 0 && x.end_tok == x.begin_tok + 1 &&
                        x.begin_tok < c.begin_tok && toks[x.begin_tok].hash == w.hash;
      }
      if (IsCapWord(w) && !(info(w) && (info(w)->bits & kWordStop)) && !company_word) {
        short_form.emplace(span_key(static_cast<size_t>(&w - toks.begin()), static_cast<size_t>(&w - toks.begin()) + 1), index);
      }
      // ("Féérival" after "Parc Féérival": a generic head's name.)
      // ("Cordillera" for "Frutícola Cordillera": a company of two words is
      // also named by its last, unless that is a suffix: "Lysandre Capital".)
      if (c.type != "PERSON" && name_end - c.begin_tok == 2 && IsCapWord(toks[c.begin_tok + 1]) &&
          (Cues::Has(cues.generic_heads, toks[c.begin_tok].hash) ||
           (c.type == "ORG" && !cues.org_suffix.Match(toks, c.begin_tok + 1, text) &&
            !cues.org_legal.Match(toks, c.begin_tok + 1, text) && !is_not_name(toks[c.begin_tok + 1]) &&
            !Cues::Has(cues.first_names, toks[c.begin_tok + 1].hash) &&
            !(info(toks[c.begin_tok + 1]) && (info(toks[c.begin_tok + 1])->bits & kWordStop))))) {
        short_form.emplace(span_key(c.begin_tok + 1, c.begin_tok + 2), index);
      }
      // ... or to a longer head: "Alder & Crane" after "Alder & Crane
      // Insurance", "Harlow Sports" after "Harlow Sports Capital".
      for (size_t e = c.begin_tok + 1; c.type != "PERSON" && e + 1 <= name_end - 1; ++e) {
        if (IsCapWord(toks[e])) short_form.emplace(span_key(c.begin_tok, e + 1), index);
      }
    }
  }
  // Names outside the catalog that match no entity and are a single word at
  // a sentence start were kept above only when cued or seen mid-sentence.
  for (size_t k = 0; k < found.size(); ++k) {
    const Candidate& c = found[k];
    EntityMention m;
    m.span = {toks[c.begin_tok].begin, toks[c.end_tok - 1].end};
    m.sentence = token_sentence[c.begin_tok];
    m.entity = entity_of[k];
    m.first_token = static_cast<uint32_t>(c.begin_tok);
    m.end_token = static_cast<uint32_t>(c.end_tok);
    mentions->push_back(m);
  }
  // "offices in Manila, Cebu and Davao": a one-word name outside the
  // catalog, read as an organisation for want of a cue, listed right next
  // to a place is a place too.
  {
    std::vector<char> cued(entities->size(), 0);  // a cue or a longer name made it an organisation
    for (size_t k = 0; k < found.size(); ++k) {
      const Candidate& c = found[k];
      if (entity_of[k] >= 0 && (c.catalog >= 0 || c.cued || c.end_tok > c.begin_tok + 1)) {
        cued[static_cast<size_t>(entity_of[k])] = 1;
      }
    }
    auto joins = [&](size_t a_end, size_t b_begin) {  // ", " or "and" between two mentions
      if (b_begin != a_end + 1) return false;
      const Token& t = toks[a_end];
      return (t.kind == TokenKind::kPunct && t.cp == ',') ||
             (IsWord(t) && info(t) && (info(t)->bits & kWordAnd) && !(t.flags & kTokCapitalized));
    };
    // Chains of mentions joined so; a list ends with "and" ("Manila, Cebu
    // and Davao"), not a comma ("Installée à Cahors, Vantorel ...").
    const std::vector<EntityMention>& ms = *mentions;
    for (size_t first = 0; first < ms.size();) {
      size_t last = first;
      while (last + 1 < ms.size() && joins(ms[last].end_token, ms[last + 1].first_token)) ++last;
      const Token& final_join = toks[ms[last].first_token > 0 ? ms[last].first_token - 1 : 0];
      // (After a preposition of place: "in Manila, Cebu and Davao", not
      // "Brazil's Citrovale and Florida's Sunmere Groves".)
      size_t pb = 0;
      bool list = last > first && IsWord(final_join) &&
                  cues.place_preposition.MatchEndingAt(toks, ms[first].first_token, text, &pb).has_value();
      bool place = false;
      for (size_t k = first; k <= last && list; ++k) {
        place |= ms[k].entity >= 0 && (*entities)[static_cast<size_t>(ms[k].entity)].type == "PLACE";
      }
      for (size_t k = first; k <= last && list && place; ++k) {
        if (ms[k].entity < 0) continue;
        Entity& e = (*entities)[static_cast<size_t>(ms[k].entity)];
        if (e.type == "ORG" && !e.known && !cued[static_cast<size_t>(ms[k].entity)] &&
            ms[k].end_token == ms[k].first_token + 1) {
          e.type = "PLACE";
        }
      }
      first = last + 1;
    }
  }
  // A product or a place outside the catalog that speaks, employs or
  // builds is a company: "Resale app Rewear, the largest British platform,
  // said ...", "l'hôpital a confié ses parkings à Garavia Parcs [...]
  // Garavia Parcs a construit un parking silo".
  for (const EntityMention& m : *mentions) {
    if (m.entity < 0) continue;
    Entity& e = (*entities)[static_cast<size_t>(m.entity)];
    // (A place only as what a clause opens on: not "Notre usine de
    // Moirans-en-Montagne emploie 430 personnes".)
    const size_t f = m.first_token;
    const bool opens_clause = f == 0 || token_sentence[f - 1] != token_sentence[f] ||
                              (toks[f - 1].kind == TokenKind::kPunct && toks[f - 1].cp == ',');
    if ((e.type == "PRODUCT" || (e.type == "PLACE" && opens_clause)) && !e.known && e.parent.empty() &&
        cues.actor_verb.Match(toks, m.end_token, text)) {
      e.type = "ORG";
    }
  }
  // "Ireland" in an English article, "Grande-Bretagne" in a French one: a
  // place or public body of the catalog whose canonical name the article
  // never writes is named as the article first writes it, when that is one
  // of its aliases in words ("Ireland"; not "U.S.").
  std::vector<int> written_as(entities->size(), -1);  // mention index, or -2: the canonical name is written
  for (size_t k = 0; k < found.size(); ++k) {
    const Candidate& c = found[k];
    const int ei = entity_of[k];
    if (c.catalog < 0 || ei < 0 || written_as[static_cast<size_t>(ei)] == -2) continue;
    const CatalogEntry& ce = cat.entry(c.catalog);
    if (ce.type != "PLACE" && ce.type != "GOV") continue;
    const std::string written = surface(c);
    const std::string folded = Fold(written);
    if (folded == Fold(ce.name)) {
      written_as[static_cast<size_t>(ei)] = -2;
    } else if (written_as[static_cast<size_t>(ei)] == -1 &&
               std::any_of(written.begin(), written.end(), [](char ch) { return ch >= 'a' && ch <= 'z'; }) &&
               std::any_of(ce.aliases.begin(), ce.aliases.end(), [&](const std::string& a) { return Fold(a) == folded; })) {
      written_as[static_cast<size_t>(ei)] = static_cast<int>(k);
    }
  }
  for (size_t ei = 0; ei < written_as.size(); ++ei) {
    if (written_as[ei] >= 0) (*entities)[ei].name = surface(found[static_cast<size_t>(written_as[ei])]);
  }
  MergeAuthorityWords(toks, cues, entities, mentions);
}

// "Le Département a voté ...", "la Région", "la Ville" alone, after "le
// Département des Landes" or in an article about the Hautes-Alpes: the
// public body of that place, one entity named as the longer name or the
// place (a GOV; a place of the catalog stays one for the fact linker and is
// reported as a GOV, see Entity::body_of_place).
void EntityRecognizer::MergeAuthorityWords(const TokenList& toks, const Cues& cues, std::vector<Entity>* entities,
                                           std::vector<EntityMention>* mentions) const {
  if (cues.authority_words.empty()) return;
  std::vector<int> mention_count(entities->size(), 0);
  std::vector<size_t> first_token(entities->size(), toks.size());
  std::vector<size_t> first_length(entities->size(), 0);
  for (const EntityMention& m : *mentions) {
    if (m.entity < 0) continue;
    const size_t e = static_cast<size_t>(m.entity);
    ++mention_count[e];
    if (m.first_token < first_token[e]) {
      first_token[e] = m.first_token;
      first_length[e] = m.end_token - m.first_token;
    }
  }
  std::vector<int> merged_into(entities->size(), -1);
  bool any = false;
  for (size_t e = 0; e < entities->size(); ++e) {
    const Entity& bare = (*entities)[e];
    if (bare.known || first_length[e] != 1 || first_token[e] >= toks.size()) continue;
    const uint64_t h = toks[first_token[e]].hash;
    auto aw = std::find_if(cues.authority_words.begin(), cues.authority_words.end(),
                           [&](const auto& w) { return w.first == h; });
    if (aw == cues.authority_words.end()) continue;
    // A longer name that opens with the word ("Département des Landes"),
    // else the place of that kind the article names most.
    int target = -1;
    for (size_t o = 0; o < entities->size() && target < 0; ++o) {
      if (o != e && first_token[o] < toks.size() && first_length[o] > 1 && toks[first_token[o]].hash == h &&
          ((*entities)[o].type == "GOV" || (*entities)[o].type == "PLACE")) {
        target = static_cast<int>(o);
      }
    }
    if (target < 0) {
      int best = 0;
      for (size_t o = 0; o < entities->size(); ++o) {
        const Entity& p = (*entities)[o];
        if (p.type == "PLACE" && p.place == aw->second && mention_count[o] > best) {
          best = mention_count[o];
          target = static_cast<int>(o);
        }
      }
    }
    if (target < 0) continue;
    Entity& body = (*entities)[static_cast<size_t>(target)];
    if (body.type == "PLACE") body.body_of_place = true;
    merged_into[e] = target;
    any = true;
  }
  if (!any) return;
  std::vector<int> new_index(entities->size(), -1);
  std::vector<Entity> kept;
  for (size_t e = 0; e < entities->size(); ++e) {
    if (merged_into[e] >= 0) continue;
    new_index[e] = static_cast<int>(kept.size());
    kept.push_back(std::move((*entities)[e]));
  }
  for (EntityMention& m : *mentions) {
    if (m.entity < 0) continue;
    int e = m.entity;
    if (merged_into[static_cast<size_t>(e)] >= 0) e = merged_into[static_cast<size_t>(e)];
    m.entity = new_index[static_cast<size_t>(e)];
  }
  *entities = std::move(kept);
}

}  // namespace factmine
