// normalize: text in, canonical values out.
//
// This stage knows how a language writes numbers. It provides
//   - Fold(): the case/accent/punctuation folding every matcher uses;
//   - Tokenize(): one pass over a document's text producing word, number,
//     space and punctuation tokens with byte offsets and folded-word hashes;
//   - Lexicon: a language's number words, scales, currencies, units,
//     qualifiers, rates... compiled once from data/<lang>/ into immutable
//     lookup tables;
//   - NumberGrammar: reads the number that starts at a token ("8,5",
//     "30 000", "quatre-vingt-dix-sept", "1,2M", "un million et demi",
//     "trois quarts", "21e") and returns its exact value and extent.
//
// Everything here is pure: no I/O after Lexicon::Get(), no printing. Inputs are
// valid UTF-8 (NFC); all offsets are byte offsets into that text.
#ifndef FACTMINE_NORMALIZE_NORMALIZE_H_
#define FACTMINE_NORMALIZE_NORMALIZE_H_

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/decimal.h"
#include "base/document.h"
#include "base/status.h"

namespace factmine {

// ---------------------------------------------------------------------------
// Folding

// Folds UTF-8 text for matching: compatibility decomposition, Unicode case
// folding and removal of combining marks (utf8proc), ligatures spelled out
// (œ -> oe), every apostrophe to U+0027 and every dash to '-'. "Études" and
// "etudes" fold alike. Thread-safe.
std::string Fold(std::string_view text);

// Hash of the folded form of a single word, as Tokenize() computes it.
uint64_t FoldedWordHash(std::string_view word);

// Hash Tokenize() gives a punctuation or symbol token with code point `cp`.
inline uint64_t PunctHash(char32_t cp) { return 0xF000000000000000ULL | cp; }

// ICU's view of a code point: letter (alphabetic or combining mark), upper case.
bool IsLetter(char32_t cp);
bool IsUpper(char32_t cp);

// ---------------------------------------------------------------------------
// Tokens

// Whitespace is not a token: each token records the whitespace before it in
// its flags, so the recognizers walk half as many tokens. Two tokens are
// glued when no whitespace separates them (end of one == begin of the next).
enum class TokenKind : uint8_t {
  kWord,    // a run of letters (and combining marks)
  kNumber,  // a run of ASCII digits
  kPunct,   // one code point that is neither letter, digit nor space
  kUrl,     // an URL or e-mail address, as one token
};

enum TokenFlags : uint8_t {
  kTokCapitalized = 1,  // word: first letter upper case
  kTokAllCaps = 2,      // word: every letter upper case (and at least 2)
  kTokNewline = 4,      // a line break before this token
  kTokParagraph = 8,    // two or more line breaks before this token
  kTokSingleSpace = 16, // exactly one space character before (a thousands separator candidate)
  kTokSpaceBefore = 32, // any whitespace before this token
  kTokCandidate = 64,   // may start a number (digits, number word, sign, decimal mark):
                        // set when tokenized with a Lexicon; recognizers skip the rest
};

struct Token {
  uint32_t begin = 0;
  uint32_t end = 0;
  // Words: FoldedWordHash of the text. Punctuation: PunctHash of the folded
  // code point (’ -> ', – -> -). Numbers: hash of the digits.
  uint64_t hash = 0;
  int32_t lex = -1;         // Lexicon word id (words), or -1
  TokenKind kind = TokenKind::kWord;
  uint8_t flags = 0;
  uint16_t length = 0;      // numbers: digit count; words: letters
  char32_t cp = 0;          // punctuation: the folded code point

  std::string_view Text(std::string_view doc) const { return doc.substr(begin, end - begin); }
};

// Whether `t` is the punctuation mark `c` (its folded code point).
inline bool IsPunct(const Token& t, char32_t c) { return t.kind == TokenKind::kPunct && t.cp == c; }

// The tokens of one text: a growable array whose append is inlined (the
// tokenizer's hot loop) and whose capacity is kept across documents.
// Not thread-safe; one per thread.
class TokenList {
 public:
  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  const Token& operator[](size_t i) const { return data_[i]; }
  Token& operator[](size_t i) { return data_[i]; }
  const Token* begin() const { return data_.get(); }
  const Token* end() const { return data_.get() + size_; }
  const Token& back() const { return data_[size_ - 1]; }
  Token& back() { return data_[size_ - 1]; }
  void clear() { size_ = 0; }
  void pop_back() { --size_; }
  void push_back(const Token& t) {
    if (size_ == capacity_) Grow(size_ + 1);
    data_[size_++] = t;
  }
  // Appends a default token and returns it, to be filled in place.
  Token& emplace_back() {
    if (size_ == capacity_) Grow(size_ + 1);
    Token& t = data_[size_++];
    t = Token();
    return t;
  }
  void reserve(size_t n) {
    if (n > capacity_) Grow(n);
  }
  // Index of the first token that starts at or after byte offset `b`
  // (size() if none).
  size_t IndexAt(uint32_t b) const {
    size_t lo = 0, hi = size_;
    while (lo < hi) {
      const size_t mid = (lo + hi) / 2;
      if (data_[mid].begin < b) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

 private:
  void Grow(size_t min_capacity);
  std::unique_ptr<Token[]> data_;
  size_t size_ = 0, capacity_ = 0;
};

class Lexicon;

// Appends to *out (cleared first) the FoldedWordHash of each word of the
// first `max_bytes` of `text`, without building tokens (language detection).
void WordHashes(std::string_view text, size_t max_bytes, std::vector<uint64_t>* out);

// Splits `text` into tokens, appending to *out (cleared first). When `lexicon`
// is given, each word's `lex` is resolved against it. Never fails; any byte
// sequence that is valid UTF-8 tokenizes. Thread-safe given distinct outputs.
void Tokenize(std::string_view text, const Lexicon* lexicon, TokenList* out);

// ---------------------------------------------------------------------------
// Lexicon: one language's knowledge, compiled.

enum class NumClass : uint8_t {
  kNone, kUnit, kTeen, kTens, kHundred, kThousand, kScale, kOrdinal, kDenominator, kCollective,
};

enum NumFlags : uint16_t {
  kNumArticle = 1,     // un, une, one: alone in prose, an article
  kNumTakesTeen = 2,   // soixante, quatre-vingt
  kNumPlural = 4,
  kNumApprox = 8,      // dizaine, centaine: a round figure
  kNumWeak = 16,       // a, an, few, couple: a number only with a multiplier
};

// Word-level facts the recognizers need, per folded word.
enum WordBits : uint32_t {
  kWordNumber = 1u << 0,      // a number word (see num_class)
  kWordMonth = 1u << 1,
  kWordStop = 1u << 2,        // function word
  kWordPrenominal = 1u << 3,  // adjective that may precede a counted noun
  kWordAnd = 1u << 4,         // "et", "and"
  kWordPoint = 1u << 5,       // "virgule", "point"
  kWordMinus = 1u << 6,       // "moins", "minus"
  kWordOver = 1u << 7,        // "sur", "over"
  kWordOf = 1u << 8,          // "de", "of"
  kWordHalf = 1u << 9,        // "demi", "half"
  kWordMinorJoin = 1u << 10,  // "et" / "and" before cents
  kWordPhraseStart = 1u << 11,  // first word of a multi-word number word ("quatre vingt")
};

struct WordInfo {
  uint32_t bits = 0;
  NumClass num_class = NumClass::kNone;
  uint16_t num_flags = 0;
  double num_value = 0;
  int8_t month = 0;
};

// A phrase: a sequence of token hashes (words folded, punctuation by code
// point), matched whatever the spaces between its tokens but never across a
// line break. Case-sensitive phrases also compare the raw text.
struct PhraseMatch {
  int id = -1;            // index of the phrase's row in its table
  size_t end_token = 0;   // one past the last token matched
};

class PhraseTable {
 public:
  // Adds `text` (tokenized like a document) with payload row `id`.
  void Add(std::string_view text, int id, bool case_sensitive);
  // Longest phrase starting at token i of `tokens` over `doc`.
  std::optional<PhraseMatch> Match(const TokenList& tokens, size_t i, std::string_view doc) const {
    if (i >= tokens.size() || !MayContain(first_bloom_, tokens[i].hash)) return std::nullopt;
    return MatchSlow(tokens, i, doc);
  }
  // Longest phrase that ends at token end-1 (scanning backwards).
  // `min_begin`: only phrases that start at or after this token.
  std::optional<PhraseMatch> MatchEndingAt(const TokenList& tokens, size_t end, std::string_view doc,
                                           size_t* begin_token, size_t min_begin = 0) const {
    if (end == 0 || end > tokens.size() || !MayContain(last_bloom_, tokens[end - 1].hash)) return std::nullopt;
    return MatchEndingAtSlow(tokens, end, doc, begin_token, min_begin);
  }
  bool empty() const { return phrases_.empty(); }

 private:
  struct Phrase {
    std::vector<uint64_t> hashes;
    std::string raw;  // for case-sensitive phrases
    int id;
    bool case_sensitive;
  };
  // A Bloom filter (one hash) over first and last token hashes, of at
  // least 16 bits per phrase (1024 to 65536 bits): most tokens are rejected
  // with one load and one test, even for tables of thousands of phrases.
  struct Bloom {
    std::vector<uint64_t> words = std::vector<uint64_t>(16, 0);
    uint64_t mask = 1023;
  };
  static bool MayContain(const Bloom& b, uint64_t h) {
    uint64_t bit = (h >> 7) & b.mask;
    return (b.words[bit >> 6] >> (bit & 63)) & 1;
  }
  static void Insert(Bloom* b, uint64_t h) {
    uint64_t bit = (h >> 7) & b->mask;
    b->words[bit >> 6] |= 1ULL << (bit & 63);
  }
  // A trie over token hashes (forward for Match, over reversed phrases for
  // MatchEndingAt): one hash probe per token walked, whatever the number
  // of phrases sharing a first word ("le", "de"). Edges live in one
  // open-addressing table keyed by (node, token hash); node 0 is the root.
  struct Trie {
    std::vector<uint64_t> edge_hash;
    std::vector<uint32_t> edge_parent;
    std::vector<int32_t> edge_child;   // -1: empty slot
    std::vector<std::vector<int>> ends;  // per node: phrases ending there, in insertion order
    size_t edges = 0;
    Trie() : ends(1) {}
    static size_t Slot(uint32_t node, uint64_t h, size_t mask) {
      uint64_t x = h ^ (static_cast<uint64_t>(node) * 0x9E3779B97F4A7C15ULL);
      x ^= x >> 29;
      return static_cast<size_t>(x) & mask;
    }
    int32_t Child(uint32_t node, uint64_t h) const {
      if (edge_child.empty()) return -1;
      const size_t mask = edge_child.size() - 1;
      for (size_t i = Slot(node, h, mask);; i = (i + 1) & mask) {
        const int32_t c = edge_child[i];
        if (c < 0) return -1;
        if (edge_hash[i] == h && edge_parent[i] == node) return c;
      }
    }
    uint32_t AddChild(uint32_t node, uint64_t h);
    void Add(const std::vector<uint64_t>& hashes, bool reversed, int phrase);
  };
  std::optional<PhraseMatch> MatchSlow(const TokenList& tokens, size_t i, std::string_view doc) const;
  std::optional<PhraseMatch> MatchEndingAtSlow(const TokenList& tokens, size_t end, std::string_view doc,
                                               size_t* begin_token, size_t min_begin) const;
  std::vector<Phrase> phrases_;
  Trie forward_, backward_;
  Bloom first_bloom_{}, last_bloom_{};
};

struct NumberWordRow {
  NumClass num_class = NumClass::kNone;
  uint16_t num_flags = 0;
  double num_value = 0;
};

struct CurrencyRow {
  std::string code;        // ISO 4217, or family name when generic
  bool lower_ok = false;   // the code is also written in lower case ("usd")
  bool lower_only = false; // written in lower case only: "20c" is cents, "20C" degrees
  enum Kind { kSymbol, kCode, kName, kMinor } kind = kName;
  bool before = false, after = false;
  bool needs_scale = false, generic = false;
  bool informal = false;  // slang of the conversational register
  double multiplier = 1;
};

struct UnitRow {
  std::string dimension;   // percent, percentage_point, duration, mass...
  std::string unit;        // %, pp, day, kg...
  Decimal factor;
  bool glued_unquoted = false;
};

struct ScaleRow {
  double value = 1;
  bool glued = false, spaced = false;
  bool needs_currency = false;           // always
  bool needs_currency_in_prose = false;  // in running prose ("la 5G", "3M")
};

enum class Qualifier : uint8_t { kExact, kApprox, kMoreThan, kAtLeast, kLessThan, kAtMost, kRange };
std::string_view QualifierName(Qualifier q);

struct QualifierRow {
  Qualifier qualifier = Qualifier::kExact;
  bool before = false, after = false;
};

struct RangeRow {
  uint64_t close_hash = 0;   // hash of the word closing the range ("et", "à")
  std::vector<uint64_t> close_hashes;
};

class Lexicon {
 public:
  // The compiled lexicon of `lang` ("fr", "en"), loaded from the embedded
  // data on first use and cached for the life of the process. NotFound for a
  // language without data; InvalidInput naming file and line for bad data.
  // Thread-safe; the returned object is immutable.
  static StatusOr<const Lexicon*> Get(std::string_view lang);

  const std::string& lang() const { return lang_; }

  // Word id of a folded-word hash, or -1.
  int32_t Find(uint64_t hash) const {
    if (slot_id_.empty()) return -1;
    uint64_t i = (hash ^ (hash >> 29)) & slot_mask_;
    while (true) {
      int32_t id = slot_id_[i];
      if (id < 0) return -1;
      if (slot_hash_[i] == hash) return id;
      i = (i + 1) & slot_mask_;
    }
  }
  const WordInfo& word(int32_t id) const { return words_[static_cast<size_t>(id)]; }
  const WordInfo* Info(const Token& t) const { return t.lex >= 0 ? &words_[static_cast<size_t>(t.lex)] : nullptr; }

  // Grammar settings.
  std::string_view decimal_mark() const { return decimal_mark_; }
  bool thousands_space() const { return thousands_space_; }
  bool thousands_dot() const { return thousands_dot_; }
  bool thousands_comma() const { return thousands_comma_; }
  bool denominator_tens_compound() const { return denominator_tens_compound_; }
  // English joins any smaller number after hundred/thousand/scale with "and"
  // ("one hundred and six"); French only "vingt et un", "soixante et onze".
  bool and_after_multiplier() const { return and_after_multiplier_; }
  // "trois cinquième" (singular) read as 3/5 in number lists (French usage).
  bool singular_fraction() const { return singular_fraction_; }
  // "twenty-two hundred" = 2200 (English); French has no such form.
  bool compound_hundreds() const { return compound_hundreds_; }
  // "l'un", "the one": words after which "un"/"one" is a pronoun.
  const PhraseTable& pronoun_one_after() const { return pronoun_one_phrases_; }
  // "premier", "first": an ordinal that continues no number ("les neuf
  // premiers mois" is nine months, not a ninth).
  const PhraseTable& first_ordinals() const { return first_ordinal_phrases_; }
  bool IsOrdinalSuffix(std::string_view folded) const;

  // Number words written as several tokens: "quatre-vingt", "quatre vingts".
  const PhraseTable& number_phrases() const { return number_phrases_; }
  const NumberWordRow& number_phrase(int id) const { return number_phrase_rows_[static_cast<size_t>(id)]; }

  const PhraseTable& currencies() const { return currency_phrases_; }
  const CurrencyRow& currency(int id) const { return currency_rows_[static_cast<size_t>(id)]; }
  const PhraseTable& units() const { return unit_phrases_; }
  const UnitRow& unit(int id) const { return unit_rows_[static_cast<size_t>(id)]; }
  const PhraseTable& scales() const { return scale_phrases_; }
  const ScaleRow& scale(int id) const { return scale_rows_[static_cast<size_t>(id)]; }
  const PhraseTable& qualifiers() const { return qualifier_phrases_; }
  const QualifierRow& qualifier(int id) const { return qualifier_rows_[static_cast<size_t>(id)]; }
  const PhraseTable& rates() const { return rate_phrases_; }
  // "le quotidien", "l'hebdomadaire": after these a one-word rate is a
  // noun (a newspaper), not "per day".
  const PhraseTable& rate_noun_after() const { return rate_noun_after_phrases_; }
  // Words a number never counts: "Europe 1 mercredi" is no count of Wednesdays.
  const PhraseTable& not_counted() const { return not_counted_phrases_; }
  // "est passé de 8 à 25 millions": after these "de X à Y" goes from a
  // level to another, not over a range.
  const PhraseTable& transition_before() const { return transition_before_phrases_; }
  const PhraseTable& transition_opener() const { return transition_opener_phrases_; }
  // "a year earlier", "un an plus tôt": after these a rate phrase says when.
  const PhraseTable& rate_time_after() const { return rate_time_after_phrases_; }
  const std::string& rate(int id) const { return rate_rows_[static_cast<size_t>(id)]; }
  // Range openers: "entre" -> closers {"et"}; "de" -> {"à", "jusqu'à"}.
  const PhraseTable& range_openers() const { return range_open_phrases_; }
  const PhraseTable& range_closers(int opener) const { return range_close_phrases_[static_cast<size_t>(opener)]; }
  const PhraseTable& range_bare() const { return range_bare_phrases_; }
  // A bare number that counts what a count nearby counts: after these ("à
  // 200", "to 331,000"), before these ("douze de plus", "five more"), or
  // before these and a count ("sept de ses vingt-deux magasins").
  const PhraseTable& count_level_before() const { return count_level_before_phrases_; }
  const PhraseTable& count_more_after() const { return count_more_after_phrases_; }
  const PhraseTable& count_partitive_after() const { return count_partitive_after_phrases_; }
  const PhraseTable& count_partitive_noun() const { return count_partitive_noun_phrases_; }
  // A bare number right after these counts staff ("les effectifs de 95",
  // "its workforce to about 3,100"), in workforce_unit().
  const PhraseTable& workforce_nouns() const { return workforce_noun_phrases_; }
  // After a counted noun, these name its count ("passenger numbers").
  const PhraseTable& count_label() const { return count_label_phrases_; }
  const std::string& workforce_unit() const { return workforce_unit_; }
  const PhraseTable& of_words() const { return of_phrases_; }
  // "article 49.3", "12 rue de Rivoli": numbers that are references.
  const PhraseTable& reference_before() const { return reference_before_phrases_; }
  // Right before a year that dates a founding or a birth ("founded in
  // 2014"): "the year" later in the article is not that one.
  const PhraseTable& founding_before() const { return founding_before_phrases_; }
  const PhraseTable& reference_after() const { return reference_after_phrases_; }
  // "un emploi sur dix", "one job in ten": the words for one, and for "in".
  const PhraseTable& ratio_one() const { return ratio_one_phrases_; }
  const PhraseTable& ratio_over() const { return ratio_over_phrases_; }
  // "14h30", "3 pm".
  const PhraseTable& hour_marks() const { return hour_phrases_; }
  // Adverbs that may stand between a qualifier and its number: "dépasse
  // désormais 3 200 milliards", "now exceeds".
  const PhraseTable& qualifier_gap() const { return qualifier_gap_phrases_; }
  // A negation word ("ne", "n'"), and the qualifiers that after one mean
  // "only" ("n'employait plus que 11 ouvriers": 11, not more than 11).
  const PhraseTable& negation() const { return negation_phrases_; }
  const PhraseTable& negated_only() const { return negated_only_phrases_; }
  // A pronoun that stands for a counted noun named before ("Nous en avons
  // 312"), the determiners of a plural noun it may stand for in the
  // sentence before ("installe des automates"), and the question words that
  // name that noun ("Combien de laveries ...?").
  const PhraseTable& count_clitic() const { return count_clitic_phrases_; }
  const PhraseTable& count_clitic_det() const { return count_clitic_det_phrases_; }
  const PhraseTable& count_question() const { return count_question_phrases_; }
  const PhraseTable& count_number_of() const { return count_number_of_phrases_; }
  // A verb of level before a bare number, and the determiners that open the
  // counted noun its clause starts with ("les passagers ont atteint 70 000").
  const PhraseTable& count_subject_verb() const { return count_subject_verb_phrases_; }
  const PhraseTable& count_subject_det() const { return count_subject_det_phrases_; }
  // French: "300 millions d'emplois" (a noun after a scale word needs "de");
  // English: "5 million people".
  bool scale_noun_needs_of() const { return scale_noun_needs_of_; }
  // English puts a compound's head noun last ("61 lithography systems");
  // French first ("61 systèmes de lithographie").
  bool noun_head_last() const { return noun_head_last_; }
  // More forms of a listed verb form, by the language's ending rewrites
  // (French: the "nous" forms of the "ils" ones: "investissent" ->
  // "investissons", "investiront" -> "investirons"); none when no rule
  // applies or the first that matches rewrites to nothing.
  std::vector<std::string> DerivedVerbForms(std::string_view form) const {
    for (const auto& [from, to] : verb_rewrites_) {
      if (form.size() > from.size() + 2 && form.substr(form.size() - from.size()) == from) {
        if (to.empty()) return {};
        return {std::string(form.substr(0, form.size() - from.size())) + to};
      }
    }
    return {};
  }
  // Endings of adverbs, never a counted noun ("about 4,800 currently").
  bool AdverbEnding(std::string_view word) const { return EndsWithAny(adverb_endings_, word, 3); }
  // Endings of past participles ("NHS-funded"), of words longer than three letters.
  bool ParticipleEnding(std::string_view word) const { return EndsWithAny(participle_endings_, word, 2); }
  // The word that introduces the agent of a passive ("par", "by"): a word
  // with a participle's ending before it and a name or a determiner after
  // it is no counted noun ("dont 300.000 apportés par la Région").
  const PhraseTable& agent_words() const { return agent_phrases_; }
  // Endings of superlatives ("Europe's largest port"), of words longer than four letters.
  bool SuperlativeEnding(std::string_view word) const { return EndsWithAny(superlative_endings_, word, 2); }
  // Endings that make a word a noun, not an adjective ("traducteur", "translator").
  bool NounEnding(std::string_view word) const { return EndsWithAny(noun_endings_, word, 3); }
  // The ending of a verb in the plural ("vivent"): after a number, such a
  // word is the verb of the things counted, no counted noun.
  bool PluralVerbEnding(std::string_view word) const { return EndsWithAny(plural_verb_endings_, word, 2); }
  // "dont", "including": what follows breaks down the amount before.
  // Phrase ids: 0, or kBreakdownOrRestatement for a word that introduces a
  // breakdown when a list follows and a restatement when one amount does
  // ("soit 60 M€ en France et 40 M€ à l'export", "soit 11 % des effectifs").
  const PhraseTable& breakdown_words() const { return breakdown_phrases_; }
  // "francs", "dollars": bare names shared by several currencies
  // (FoldedWordHash, sorted: compared with token hashes).
  const std::vector<uint64_t>& currency_families() const { return currency_families_; }
  // "cents" and the ISO codes of the currencies counted in them.
  const std::vector<uint64_t>& cent_words() const { return cent_words_; }
  const std::vector<std::string>& cent_currencies() const { return cent_currencies_; }
  // "MAX", "Pro": after a number, a model's name ("737 MAX"), no count.
  const PhraseTable& model_suffixes() const { return model_suffix_phrases_; }
  // "contre", "up from": before a comparison base.
  const PhraseTable& comparison_words() const { return comparison_phrases_; }
  // "respectivement", "respectively": amounts listed in the order of what they measure.
  const PhraseTable& respectively_words() const { return respectively_phrases_; }
  static constexpr int kBreakdownOrRestatement = 1;
  const PhraseTable& over_words() const { return over_phrases_; }

  // Singular lemma of a counted noun ("emplois" -> "emploi"), from data rules.
  std::string Lemma(std::string_view word) const;

 private:
  Lexicon() = default;
  Status Load(std::string_view lang);
  int32_t AddWord(std::string_view text);

  std::string lang_;
  std::vector<WordInfo> words_;
  // Open-addressing table: hash -> word id.
  std::vector<uint64_t> slot_hash_;
  std::vector<int32_t> slot_id_;
  uint64_t slot_mask_ = 0;
  void Rehash();

  std::string decimal_mark_ = ".";
  bool thousands_space_ = false, thousands_dot_ = false, thousands_comma_ = false;
  bool denominator_tens_compound_ = false;
  bool and_after_multiplier_ = false;
  bool singular_fraction_ = false;
  bool compound_hundreds_ = false;
  PhraseTable pronoun_one_phrases_;
  std::vector<std::string> ordinal_suffixes_;  // folded

  PhraseTable number_phrases_;
  std::vector<NumberWordRow> number_phrase_rows_;
  PhraseTable currency_phrases_;
  std::vector<CurrencyRow> currency_rows_;
  PhraseTable unit_phrases_;
  std::vector<UnitRow> unit_rows_;
  PhraseTable scale_phrases_;
  std::vector<ScaleRow> scale_rows_;
  PhraseTable qualifier_phrases_;
  std::vector<QualifierRow> qualifier_rows_;
  PhraseTable rate_phrases_;
  std::vector<std::string> rate_rows_;
  PhraseTable rate_noun_after_phrases_;
  PhraseTable not_counted_phrases_;
  PhraseTable transition_before_phrases_;
  PhraseTable transition_opener_phrases_;
  PhraseTable rate_time_after_phrases_;
  PhraseTable first_ordinal_phrases_;
  PhraseTable range_open_phrases_;
  std::vector<PhraseTable> range_close_phrases_;
  PhraseTable range_bare_phrases_;
  PhraseTable count_level_before_phrases_, count_more_after_phrases_, count_partitive_after_phrases_,
      count_partitive_noun_phrases_, workforce_noun_phrases_, count_label_phrases_;
  std::string workforce_unit_;
  PhraseTable of_phrases_;
  PhraseTable over_phrases_;
  PhraseTable reference_before_phrases_;
  PhraseTable founding_before_phrases_;
  PhraseTable reference_after_phrases_;
  PhraseTable ratio_one_phrases_, ratio_over_phrases_;
  PhraseTable hour_phrases_;
  PhraseTable qualifier_gap_phrases_;
  PhraseTable negation_phrases_;
  PhraseTable negated_only_phrases_;
  PhraseTable count_clitic_phrases_, count_clitic_det_phrases_, agent_phrases_;
  PhraseTable count_question_phrases_;
  PhraseTable count_number_of_phrases_;
  PhraseTable count_subject_verb_phrases_, count_subject_det_phrases_;
  bool scale_noun_needs_of_ = true;
  bool noun_head_last_ = false;
  std::vector<std::string> adverb_endings_, participle_endings_, superlative_endings_, noun_endings_,
      plural_verb_endings_;
  // Whether `word` ends with one of `endings`, with at least `stem` letters before it.
  static bool EndsWithAny(const std::vector<std::string>& endings, std::string_view word, size_t stem) {
    for (const std::string& e : endings) {
      if (word.size() > e.size() + stem - 1 && word.substr(word.size() - e.size()) == e) return true;
    }
    return false;
  }
  std::vector<std::pair<std::string, std::string>> verb_rewrites_;  // ending -> ending, in order
  PhraseTable breakdown_phrases_;
  PhraseTable comparison_phrases_;
  PhraseTable respectively_phrases_;
  PhraseTable model_suffix_phrases_;
  std::vector<uint64_t> currency_families_;
  std::vector<uint64_t> cent_words_;  // sorted FoldedWordHash
  std::vector<std::string> cent_currencies_;
  std::unordered_map<std::string, std::string> lemma_exceptions_;
  struct SuffixRule {
    std::string suffix, replacement;
    size_t min_length;
  };
  std::vector<SuffixRule> lemma_rules_;
};

// ---------------------------------------------------------------------------
// Values

// A number as the grammar computes it: exact (a Decimal) whenever the text
// states a decimal number, inexact (a double) for fractions such as 2/3.
class Value {
 public:
  Value() = default;
  explicit Value(Decimal d) : exact_(d), approx_(d.ToDouble()), is_exact_(true) {}
  static Value Inexact(double v) { Value x; x.approx_ = v; x.is_exact_ = false; return x; }
  static Value Int(int64_t v) { return Value(Decimal::FromInt(v)); }

  bool is_exact() const { return is_exact_; }
  const Decimal& exact() const { return exact_; }
  double ToDouble() const { return approx_; }

  Value Add(const Value& o) const;
  Value Mul(const Value& o) const;
  Value Div(const Value& o) const;  // REQUIRES: o is not zero
  Value Negated() const;
  Value MulPow10(int k) const;

 private:
  Decimal exact_;
  double approx_ = 0;
  bool is_exact_ = true;
};

// Value of a decimal factor such as "1e9" or "0.001" from a data file.
std::optional<Value> ParseFactor(std::string_view s);

// ---------------------------------------------------------------------------
// Numbers

enum class NumberMode : uint8_t {
  kQuantities,  // running prose: articles are not numbers, product codes are not numbers
  kNumbers,     // every number, as a number-recognition benchmark expects
};

struct NumberMatch {
  size_t first = 0;      // first token
  size_t end = 0;        // one past the last token
  Span span;
  Value value;
  bool negative = false;
  bool words = false;            // contains a number word
  bool digits = false;           // contains digits
  bool ordinal = false;          // read as an ordinal (21e, vingtième)
  bool fraction = false;         // read as a fraction (trois quarts, 3/4)
  bool bare_article = false;     // "un", "une", "one" alone
  bool weak = false;             // "a", "few" alone: never a number
  bool approx = false;           // dizaines, centaines
  bool has_scale = false;        // ends with or contains a scale word/abbreviation
  bool ends_with_scale_word = false;  // "3 millions" (a noun after it needs "de": "3 millions d'emplois")
  bool scale_needs_currency = false;  // "5 M" only valid if a currency follows
  bool scale_needs_currency_in_prose = false;  // "5G", "3M" in prose
  bool separators = false;       // digits with thousands separators or a decimal mark
  bool alpha_before = false;     // glued to letters or a code before: "A100", "GPT-4"
  bool alpha_after = false;      // glued to unknown letters after: "4o", "B200"
  bool exponent = false;         // scientific or power notation
  int int_digits = 0;            // digits before the decimal mark (digit numbers)
  double last_scale = 1;         // value of the last scale word (for "et demi")
  // The ordinal reading when the words allow one ("trois millième" is 3/1000
  // as a fraction, 3000th as an ordinal).
  std::optional<Value> ordinal_value;
};

// Reads numbers in one language. Immutable after construction; thread-safe.
class NumberGrammar {
 public:
  explicit NumberGrammar(const Lexicon& lexicon) : lex_(lexicon) {}

  // Whether token i can start a number (cheap test).
  bool CanStart(const TokenList& toks, size_t i, std::string_view doc) const {
    const Token& t = toks[i];
    if (t.kind == TokenKind::kNumber) return true;
    if (t.kind == TokenKind::kWord) {
      return t.lex >= 0 && (lex_.word(t.lex).bits & (kWordNumber | kWordPhraseStart | kWordMinus | kWordPoint)) != 0;
    }
    return t.kind == TokenKind::kPunct && CanStartPunct(toks, i);
  }

  // The longest number starting at token i, or nullopt.
  std::optional<NumberMatch> Parse(const TokenList& toks, size_t i, std::string_view doc,
                                   NumberMode mode) const;

  // Convenience: the value of `text` when all of it is one number.
  std::optional<NumberMatch> ParseWhole(std::string_view text, NumberMode mode) const;

  const Lexicon& lexicon() const { return lex_; }

 private:
  struct Atom;
  struct Digits;
  std::optional<Digits> ParseDigits(const TokenList& toks, size_t i, std::string_view doc,
                                    NumberMode mode) const;
  std::optional<NumberMatch> ParseWords(const TokenList& toks, size_t i,
                                        std::string_view doc, NumberMode mode) const;
  bool CanStartPunct(const TokenList& toks, size_t i) const;
  std::optional<Value> ParseFractionTail(const TokenList& toks, size_t i,
                                         std::string_view doc, size_t* end) const;

  const Lexicon& lex_;
};

}  // namespace factmine

#endif  // FACTMINE_NORMALIZE_NORMALIZE_H_
