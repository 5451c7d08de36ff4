// extract: spotting quantities (and, in later stages, entities and times) in
// a document and linking them into facts.
//
// Input is a document's stored text (valid UTF-8, NFC), its tokens (from
// normalize::Tokenize with the document language's Lexicon) and its sentence
// spans. Output holds byte spans into that text. Recognizers are immutable
// after construction and thread-safe; each call writes only to its output.
#ifndef FACTMINE_EXTRACT_EXTRACT_H_
#define FACTMINE_EXTRACT_EXTRACT_H_

#include <algorithm>
#include <array>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "base/date.h"
#include "base/document.h"
#include "corpus/corpus.h"
#include "normalize/normalize.h"

namespace re2 {
class RE2;
}

namespace factmine {

// One amount, percentage, count, duration... as the text states it.
struct Quantity {
  Span span;                   // qualifier + number + unit, or the whole range
  Span core_span;              // currency + number + unit, without qualifier or rate
  Span number_span;            // the (first) number alone
  std::string dimension;       // money, percent, percentage_point, count, duration, number, ordinal, mass...
  std::optional<Value> value;  // the stated value, fully scaled; nullopt when only bounds are stated
  std::optional<Value> low;    // interval the text states or implies
  std::optional<Value> high;
  std::string unit;            // ISO 4217 code, %, pp, the counted noun's lemma, day/month/year...
  Qualifier qualifier = Qualifier::kExact;
  std::string per;             // rate period: year, quarter, month, week, day, share...; empty if none
  uint32_t sentence = 0;       // 0-based index of the sentence holding the mention
  int depends_on = -1;         // index of the quantity this one is a share of ("dont 4 milliards")
  bool unit_inherited = false; // the currency was elided and taken from the amount it depends on
  bool minor_unit = false;     // stated in cents, centimes, pence
  bool words = false;          // written at least partly in words
  Value number_value;          // the numeral alone, before currency multipliers or unit factors
};

enum class Register : uint8_t {
  kPress,     // news prose: "3 balles" are bullets
  kInformal,  // conversational text: "3 balles" are 3 euros
};

struct QuantityOptions {
  NumberMode mode = NumberMode::kQuantities;
  Register register_ = Register::kPress;
  bool ranges = true;  // read "entre 3 et 4 milliards" as one range
};

// Finds quantities in one language. Construction compiles the patterns once
// (RE2); Recognize() never allocates per token. Thread-safe.
class QuantityRecognizer {
 public:
  explicit QuantityRecognizer(const Lexicon& lexicon);
  ~QuantityRecognizer();
  QuantityRecognizer(const QuantityRecognizer&) = delete;
  QuantityRecognizer& operator=(const QuantityRecognizer&) = delete;

  // REQUIRES: `toks` = Tokenize(text, &lexicon()); `sentences` indexes
  // `text` (asked for offsets in increasing order, so a lazy index stops
  // after the last figure). Appends to *out (cleared first), in text order,
  // spans never overlapping.
  void Recognize(std::string_view text, const TokenList& toks, SentenceIndex& sentences,
                 const QuantityOptions& options, std::vector<Quantity>* out) const;

  const Lexicon& lexicon() const { return lex_; }
  const NumberGrammar& grammar() const { return grammar_; }

 private:
  struct Ctx;
  struct Unit;
  bool Excluded(const Ctx& c, size_t i, size_t* skip_to) const;
  bool ExcludedAfterParse(const Ctx& c, const NumberMatch& m, const Unit& u) const;
  bool CodeOk(const Ctx& c, size_t from, size_t to, const CurrencyRow& row) const;
  Unit AttachUnit(const Ctx& c, const NumberMatch& m) const;
  void ApplyQualifiers(const Ctx& c, size_t before_tok, size_t* after_tok, Quantity* q) const;
  bool TransitionBefore(const TokenList& toks, size_t opener_tok, std::string_view text) const;
  // *second_tok: where the second bound starts (its currency, else its number).
  std::optional<Quantity> TryRange(const Ctx& c, size_t opener_begin, const NumberMatch& first,
                                   const Unit& first_unit, size_t* end_tok, size_t* second_tok = nullptr) const;
  std::string RateNear(const Ctx& c, size_t before_tok, size_t after_tok) const;
  // Cents after a whole amount ("15 dollars et 15 cents", "$20 43"): the
  // token after them, or npos.
  size_t CentsAfter(const Ctx& c, size_t end_tok, Value* cents) const;
  // Number lists only: "percent of 10", and a unit named without a number.
  std::optional<Quantity> UnitMention(const Ctx& c, size_t i, size_t* end_tok) const;
  // A bare number measured like `from` takes its unit and unit factor.
  static void InheritUnit(const Quantity& from, Quantity* q);
  // "respectivement 148 et 97 millions d'euros": the first, bare, measured like the second.
  void RespectiveAmounts(std::string_view text, const TokenList& toks, std::vector<Quantity>* out) const;
  // A bare number whose counted noun was left out takes it from the context.
  void CountElidedNouns(std::string_view text, const TokenList& toks, std::vector<Quantity>* out) const;
  std::string PartitiveNoun(std::string_view text, const TokenList& toks, size_t k) const;

  const Lexicon& lex_;
  NumberGrammar grammar_;
  // Nouns that name an amount of money, not things counted ("4 milliards de
  // prêts", "2 milliards d'économies"): predicate trigger nouns of the
  // language that are not listed as counted nouns.
  std::vector<uint64_t> amount_nouns_;  // sorted folded-word hashes
  // The first two words of multi-word amount nouns ("chiffre d'affaires",
  // "produit net bancaire"), sorted.
  std::vector<std::pair<uint64_t, uint64_t>> amount_noun_starts_;
  std::vector<uint64_t> counted_nouns_; // sorted: forms of data/<lang>/count_nouns.tsv
  // Counted nouns of several words ("pompes à chaleur", "charge points"):
  // their forms, each row's id indexing its lemma.
  PhraseTable compound_counts_;
  std::vector<std::string> compound_lemmas_;
  PhraseTable phrase_counts_;  // counted nouns of several words counted in their first ("job cuts")
  bool IsAmountNoun(uint64_t hash) const;
  // Whether the words at toks[q] start an amount noun: one word, or the
  // first two of several ("60 milliards de chiffre d'affaires").
  bool StartsAmountNoun(const TokenList& toks, size_t q) const;
  std::unique_ptr<re2::RE2> phone_;
  std::unique_ptr<re2::RE2> clock_;
  std::unique_ptr<re2::RE2> numeric_date_;
};

// A time expression and the interval it denotes, resolved against the
// publication date ("cette année" in an article of 2024-07-27 is 2024).
struct TimeExpr {
  Span span;             // the expression with its preposition: "en 2024", "au troisième trimestre 2024"
  std::string value;     // by grain: "2024", "FY2025", "2024-H1", "2024-Q3", "2024-05", "2024-07-27",
                         // or "YYYY-MM-DD/YYYY-MM-DD" for a span
  std::string grain;     // year, half, quarter, month, day, span
  CivilDate first, last; // the interval, inclusive
  uint32_t sentence = 0; // 0-based index of the sentence holding it
  bool fiscal = false;   // a fiscal year or quarter stated as such ("exercice 2025", "fiscal 2025")
  bool relative = false; // resolved from the publication date ("cette année", "l'an dernier", "jeudi")
  bool earlier = false;  // a comparison base: "un an plus tôt", "a year earlier", "il y a un an"
};

// Finds time expressions in one language: dates, years, quarters, halves,
// months, weekdays, fiscal years, relative expressions ("l'an dernier",
// "au cours des 12 prochains mois", "d'ici 2027", "depuis 2019"). The words
// come from data/<lang>/times.tsv and the lexicon's month names. Thread-safe.
class TimeRecognizer {
 public:
  // NotFound-free: a language without times.tsv recognizes absolute dates only.
  explicit TimeRecognizer(const Lexicon& lexicon);
  ~TimeRecognizer();
  TimeRecognizer(const TimeRecognizer&) = delete;
  TimeRecognizer& operator=(const TimeRecognizer&) = delete;

  // REQUIRES: `toks` = Tokenize(text, &lexicon()). `publication`: the
  // article's date; without it, relative expressions are not resolved (and
  // not reported). Appends to *out (cleared first), in text order, spans
  // never overlapping.
  void Recognize(std::string_view text, const TokenList& toks, SentenceIndex& sentences,
                 const std::optional<CivilDate>& publication, std::vector<TimeExpr>* out) const;

  const Lexicon& lexicon() const { return lex_; }

 private:
  struct Rules;
  const Lexicon& lex_;
  std::unique_ptr<Rules> rules_;
};

// One entry of the entity catalog (data/entities/catalog.jsonl, one JSON
// object per line; see data/entities/README.md).
struct CatalogEntry {
  std::string id;    // stable id: "openai", "banque-centrale-europeenne"
  std::string name;  // canonical name: "OpenAI"
  std::string type;  // ORG, PERSON, PRODUCT, PLACE, GOV, GROUP
  std::vector<std::string> aliases;        // matched ignoring case and accents
  std::vector<std::string> cased_aliases;  // matched with their case ("Orange", "Altman")
  std::string parent;       // products: the maker's id; subsidiaries: the group's
  std::string affiliation;  // people: the organisation they run
  std::string wikidata;
  bool lowercase = false;   // also written all in lower case ("zone euro")
  std::string place;        // PLACE: country, zone, region or city (empty: not said)
};

// The entity catalog: the built-in one plus user files (--catalog), whose
// entries add to it or replace a built-in entry with the same id.
// Immutable after Load(); thread-safe.
class EntityCatalog {
 public:
  // InvalidInput naming the file and line for a malformed entry; IoError
  // for a file that cannot be read.
  static StatusOr<std::shared_ptr<const EntityCatalog>> Load(const std::vector<std::string>& extra_files);
  // The built-in catalog alone, loaded once.
  static std::shared_ptr<const EntityCatalog> Builtin();

  size_t size() const { return entries_.size(); }
  const CatalogEntry& entry(int i) const { return entries_[static_cast<size_t>(i)]; }
  // Index of the entry with this id, or -1.
  int Find(std::string_view id) const;
  // Aliases by folded tokens (payload: entry index).
  const PhraseTable& folded() const { return folded_; }
  const PhraseTable& cased() const { return cased_; }
  // Whether an alias starts with this (folded) word written in lower case.
  // Asked of every lower-case word: a 4096-bit filter answers most.
  bool StartsLowerAlias(uint64_t hash) const {
    uint64_t bit = (hash >> 11) & 4095;
    if (!((lower_filter_[bit >> 6] >> (bit & 63)) & 1)) return false;
    return std::binary_search(lower_first_.begin(), lower_first_.end(), hash);
  }

 private:
  EntityCatalog() = default;
  std::vector<CatalogEntry> entries_;
  std::unordered_map<std::string, int> by_id_;
  PhraseTable folded_, cased_;
  std::vector<uint64_t> lower_first_;  // sorted
  std::array<uint64_t, 64> lower_filter_{};
};

// An entity named in a document.
struct Entity {
  std::string id;      // catalog id, or for a name outside the catalog a slug of it ("quorisk")
  std::string name;    // canonical name (catalog), or the name as written
  std::string type;    // ORG, PERSON, PRODUCT, PLACE, GOV, GROUP
  bool known = false;  // from the catalog
  std::string parent;  // catalog parent id, if any
  std::string place;   // PLACE from the catalog: country, zone, region, city, or empty
  // A place the text also names as its public body ("le Département" in an
  // article about the Hautes-Alpes): linked as the place, reported as a GOV.
  bool body_of_place = false;
};

struct EntityMention {
  Span span;
  uint32_t sentence = 0;
  int entity = -1;  // index into Extraction::entities
  uint32_t first_token = 0, end_token = 0;  // the mention's tokens [first, end)
};

// Finds entities: catalog names, then capitalized names outside the catalog
// (with cues from data/<lang>/entity_cues.tsv). Thread-safe.
class EntityRecognizer {
 public:
  EntityRecognizer(const Lexicon& lexicon, std::shared_ptr<const EntityCatalog> catalog);
  ~EntityRecognizer();
  EntityRecognizer(const EntityRecognizer&) = delete;
  EntityRecognizer& operator=(const EntityRecognizer&) = delete;

  // REQUIRES: `toks` = Tokenize(text, &lexicon). Fills *entities (in order
  // of first... longest mention) and *mentions (text order), both cleared first.
  // `token_sentence`: the sentence of each token (TokenSentences());
  // `quantities`: the document's amounts (their words are not names).
  void Recognize(std::string_view text, const TokenList& toks, const std::vector<uint32_t>& token_sentence,
                 const std::vector<Quantity>& quantities, std::vector<Entity>* entities,
                 std::vector<EntityMention>* mentions) const;

  // The country a language's press means when it names none ("le déficit
  // public, à 5,5 % du PIB" in French: France), from entity_cues.tsv
  // (default_country); nullopt when the language has none.
  std::optional<Entity> DefaultCountry() const;

 private:
  struct Cues;
  void MergeAuthorityWords(const TokenList& toks, const Cues& cues, std::vector<Entity>* entities,
                           std::vector<EntityMention>* mentions) const;
  const Lexicon& lex_;
  std::shared_ptr<const EntityCatalog> catalog_;
  std::unique_ptr<Cues> cues_;
};

// A fact: subject has predicate = quantity over period, according to a source.
struct Fact {
  int quantity = -1;        // index into Extraction::quantities
  std::string predicate;    // revenue, loss, funding_raised... (data/PREDICATES.md)
  int subject = -1;         // index into Extraction::entities, or -1 when unknown
  int object = -1;          // the invested-in, bought, lending... entity, or -1
  int attributed_to = -1;   // the source ("selon X"), or -1
  int part_of = -1;         // index into Extraction::facts of the total ("dont"), or -1
  int time = -1;            // index into Extraction::times the period comes from, or -1
  std::string period_value; // as TimeExpr::value; the publication year when the text gives none;
                            // "..YYYY" for a running total ("au total"); empty if unknown
  std::string period_grain; // year, half, quarter, month, day, span, cumulative
  CivilDate period_first, period_last;
  uint32_t sentence = 0;
  int sign = 1;             // -1: a fall ("down 8%"): the fact's value is the quantity's, negated
  bool percentage_point = false;  // a bare "point" read as a percentage point ("+0,8 point" of margin)
  std::string measure;      // growth, stock_change: what changes ("revenue", "profit"), if the text says
  std::string unit;         // when not the quantity's: "1 150 suppressions de postes" counts "poste"
  // Where the figure holds, when the text narrows it to a place ("5 000 en
  // France", "En Allemagne, ce sont 5 100 postes", "dans le monde"): the
  // place's entity id and name, or "world". Empty: the subject as a whole.
  std::string scope, scope_name;
  Span trigger;             // the words that gave the predicate (empty for a counted noun or a part)
  double confidence = 0;    // 0..1
};

// The sentence of each token, in one pass (asks `sentences` only where a
// sentence ends). *out is resized to toks.size().
void TokenSentences(const TokenList& toks, SentenceIndex& sentences, std::vector<uint32_t>* out);

// What the linker reads: one document's text, tokens and recognized mentions.
struct LinkInput {
  std::string_view text;
  const TokenList& tokens;
  const std::vector<uint32_t>& token_sentence;  // TokenSentences()
  const std::vector<Quantity>& quantities;
  const std::vector<Entity>& entities;
  const std::vector<EntityMention>& mentions;
  const std::vector<TimeExpr>& times;
  std::optional<CivilDate> publication;
  // The headline's bytes in `text`, when the article has one.
  std::optional<Span> title;
};

// Links amounts to predicates (data/<lang>/predicates.tsv, count_nouns.tsv),
// subjects, objects, sources (links.tsv) and periods. Thread-safe.
class FactLinker {
 public:
  explicit FactLinker(const Lexicon& lexicon);
  ~FactLinker();
  FactLinker(const FactLinker&) = delete;
  FactLinker& operator=(const FactLinker&) = delete;

  // Appends to *out (cleared first) at most one fact per quantity, in the
  // quantities' order.
  void Link(const LinkInput& in, std::vector<Fact>* out) const;

 private:
  // Tokens [begin, end) of a mention.
  struct TokenRange {
    size_t begin, end;
  };
  // Fills Fact::scope from the place phrases around each figure; `qr`: the
  // token range of each quantity.
  void AssignScopes(const LinkInput& in, const std::vector<TokenRange>& qr, std::vector<Fact>* facts) const;

  struct Rules;
  const Lexicon& lex_;
  std::unique_ptr<Rules> rules_;
};

// Everything extracted from one document.
struct Extraction {
  // Sentence spans from the start of the text up to (at least) the last
  // sentence holding a mention; later sentences are not computed.
  std::vector<Span> sentences;
  std::vector<Quantity> quantities;
  std::vector<Entity> entities;
  std::vector<EntityMention> mentions;  // text order
  std::vector<TimeExpr> times;
  std::vector<Fact> facts;
  // For grouping articles into copies and stories (computed from the tokens).
  StorySignature signature;
};

struct ExtractOptions {
  QuantityOptions quantities;
  // The entity catalog (null: the built-in one).
  std::shared_ptr<const EntityCatalog> catalog;
  // Compute Extraction::signature (the store needs it to group stories).
  bool signature = false;
};

// The per-document pipeline: tokenize, split sentences, recognize. Holds
// per-thread state (ICU break iterators, token buffers): use one Extractor
// per thread. The language recognizers it uses are shared and immutable.
class Extractor {
 public:
  explicit Extractor(ExtractOptions options);
  ~Extractor();
  Extractor(const Extractor&) = delete;
  Extractor& operator=(const Extractor&) = delete;

  // Fills *out for `doc`. NotFound if doc.lang has no data. *out is cleared
  // first and is complete on success.
  Status Extract(const Document& doc, Extraction* out);

  const ExtractOptions& options() const { return options_; }

 private:
  struct Lang;
  StatusOr<Lang*> ForLanguage(const std::string& lang);
  void ComputeSignature(const Lang& l, Extraction* out);

  ExtractOptions options_;
  std::vector<std::unique_ptr<Lang>> langs_;
  TokenList tokens_;
  std::vector<uint32_t> token_sentence_;
  std::vector<SignatureWord> words_;
  std::vector<uint64_t> figures_;
};

// Version of the extraction logic; stored with every document so that a
// database knows which documents an upgraded factmine should re-extract.
inline constexpr const char* kExtractorVersion = "0.1.0";

}  // namespace factmine

#endif  // FACTMINE_EXTRACT_EXTRACT_H_
