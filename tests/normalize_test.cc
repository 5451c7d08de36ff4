// Folding, tokenization invariants and the number grammar on whole inputs.
#include <gtest/gtest.h>

#include <cmath>

#include "base/utf8.h"
#include "normalize/normalize.h"

namespace factmine {
namespace {

TEST(FoldTest, CaseAccentsApostrophesDashes) {
  EXPECT_EQ(Fold("Études"), "etudes");
  EXPECT_EQ(Fold("NVIDIA"), "nvidia");
  EXPECT_EQ(Fold("cœur"), "coeur");
  EXPECT_EQ(Fold("d\u2019OpenAI"), "d'openai");
  EXPECT_EQ(Fold("quatre\u2013vingt"), "quatre-vingt");
  EXPECT_EQ(FoldedWordHash("Éléphant"), FoldedWordHash("elephant"));
}

TEST(TokenizeTest, SpansRebuildTheInput) {
  const std::string texts[] = {
      "Le groupe a levé 8,5 milliards d\u2019euros\u00a0: 30\u202f000 GPU.\n\nM. Dupont l'a dit.",
      "Voir https://example.org/a?b=1 ou écrire à info@example.org.",
      "", "   ", "ÉÉÉ", "a\u0301b",  // combining mark inside a word
  };
  for (const auto& text : texts) {
    SCOPED_TRACE(text);
    TokenList toks;
    Tokenize(text, *Lexicon::Get("fr"), &toks);
    size_t pos = 0;
    for (const Token& t : toks) {
      ASSERT_LE(t.begin, t.end);
      ASSERT_LE(t.end, text.size());
      // Only whitespace between tokens, and the flags say so.
      std::string_view gap = std::string_view(text).substr(pos, t.begin - pos);
      EXPECT_EQ(gap.empty(), !(t.flags & kTokSpaceBefore));
      EXPECT_EQ(gap.find('\n') != std::string_view::npos, (t.flags & kTokNewline) != 0);
      EXPECT_EQ(utf8::FindInvalid(t.Text(text)), std::string_view::npos);
      pos = t.end;
    }
  }
}

TEST(TokenizeTest, KindsAndFlags) {
  std::string text = "NVIDIA et Nvidia: 30\u00a0000 GPU, https://x.org/1 fin";
  TokenList toks;
  Tokenize(text, *Lexicon::Get("fr"), &toks);
  ASSERT_GE(toks.size(), 9u);
  EXPECT_EQ(toks[0].kind, TokenKind::kWord);
  EXPECT_TRUE(toks[0].flags & kTokAllCaps);
  EXPECT_TRUE(toks[2].flags & kTokCapitalized);
  EXPECT_FALSE(toks[2].flags & kTokAllCaps);
  EXPECT_EQ(toks[0].hash, toks[2].hash);  // folded alike
  EXPECT_EQ(toks[3].kind, TokenKind::kPunct);
  EXPECT_EQ(toks[4].kind, TokenKind::kNumber);
  EXPECT_EQ(toks[5].kind, TokenKind::kNumber);
  EXPECT_TRUE(toks[5].flags & kTokSingleSpace);  // the no-break space
  bool url = false;
  for (const Token& t : toks) url |= t.kind == TokenKind::kUrl && t.Text(text) == "https://x.org/1";
  EXPECT_TRUE(url);
}

struct NumRow {
  const char* lang;
  const char* text;
  double value;
  const char* reading;  // "", "fraction", "ordinal"
};

TEST(NumberGrammarTest, WholeInputs) {
  const NumRow rows[] = {
      {"fr", "8,5", 8.5, ""},
      {"fr", "30 000", 30000, ""},
      {"fr", "30\u00a0000", 30000, ""},
      {"fr", "30\u202f000", 30000, ""},
      {"fr", "15.000", 15000, ""},
      {"fr", "6.700,54", 6700.54, ""},
      {"fr", "1 234 567,89", 1234567.89, ""},
      {"fr", "sept", 7, ""},
      {"fr", "vingt et un", 21, ""},
      {"fr", "vingt-et-un", 21, ""},
      {"fr", "soixante-dix-huit", 78, ""},
      {"fr", "quatre-vingt-dix-sept", 97, ""},
      {"fr", "quatre-vingts", 80, ""},
      {"fr", "deux cent mille", 200000, ""},
      {"fr", "un million deux cent mille", 1200000, ""},
      {"fr", "huit virgule cinq", 8.5, ""},
      {"fr", "trois millions et demi", 3.5e6, ""},
      {"fr", "un demi-million", 5e5, ""},
      {"fr", "1 billion", 1e12, ""},
      {"fr", "2 milliards", 2e9, ""},
      {"fr", "deux tiers", 2.0 / 3, "fraction"},
      {"fr", "trois quarts", 0.75, "fraction"},
      {"fr", "21e", 21, "ordinal"},
      {"fr", "1er", 1, "ordinal"},
      {"fr", "vingt et unième", 21, "ordinal"},
      {"fr", "1,2M", 1.2e6, ""},
      {"fr", "100k", 1e5, ""},
      {"en", "1,234.5", 1234.5, ""},
      {"en", "twenty-one", 21, ""},
      {"en", "one hundred and six", 106, ""},
      {"en", "two point five million", 2.5e6, ""},
      {"en", "1 billion", 1e9, ""},
      {"en", "1 trillion", 1e12, ""},
      {"en", "a dozen", 12, ""},
      {"en", "two thirds", 2.0 / 3, "fraction"},
      {"en", "twenty-fifth", 25, "ordinal"},
      {"en", "3.5bn", 3.5e9, ""},
  };
  for (const auto& r : rows) {
    SCOPED_TRACE(std::string(r.lang) + ": " + r.text);
    NumberGrammar g(**Lexicon::Get(r.lang));
    auto m = g.ParseWhole(r.text, NumberMode::kQuantities);
    ASSERT_TRUE(m.has_value());
    EXPECT_NEAR(m->value.ToDouble(), r.value, 1e-9 * std::fabs(r.value));
    EXPECT_EQ(m->fraction, std::string(r.reading) == "fraction");
    EXPECT_EQ(m->ordinal, std::string(r.reading) == "ordinal");
  }
}

TEST(NumberGrammarTest, ExactDecimalsKeepTheirPrecision) {
  NumberGrammar g(**Lexicon::Get("fr"));
  auto m = g.ParseWhole("8,5 milliards", NumberMode::kQuantities);
  ASSERT_TRUE(m && m->value.is_exact());
  EXPECT_EQ(m->value.exact().ToString(), "8500000000");
  EXPECT_EQ(m->value.exact().exponent(), 8);  // stated to the 0,1 milliard
  auto n = g.ParseWhole("100 millions", NumberMode::kQuantities);
  EXPECT_EQ(n->value.exact().exponent(), 6);
}

TEST(NumberGrammarTest, NotOneNumber) {
  const char* fr[] = {"deux trois", "trente trente", "cent cent", "millions", "423 0000"};
  NumberGrammar g(**Lexicon::Get("fr"));
  for (const char* t : fr) {
    SCOPED_TRACE(t);
    EXPECT_FALSE(g.ParseWhole(t, NumberMode::kQuantities).has_value());
  }
}

TEST(LexiconTest, LanguagesAndLemmas) {
  EXPECT_TRUE(Lexicon::Get("fr").ok());
  EXPECT_TRUE(Lexicon::Get("en").ok());
  EXPECT_EQ(Lexicon::Get("xx").status().code(), StatusCode::kNotFound);
  const Lexicon& fr = **Lexicon::Get("fr");
  EXPECT_EQ(fr.Lemma("emplois"), "emploi");
  EXPECT_EQ(fr.Lemma("journaux"), "journal");
  EXPECT_EQ(fr.Lemma("travaux"), "travail");
  EXPECT_EQ(fr.Lemma("pays"), "pays");
  EXPECT_EQ(fr.Lemma("GPU"), "GPU");
  const Lexicon& en = **Lexicon::Get("en");
  EXPECT_EQ(en.Lemma("companies"), "company");
  EXPECT_EQ(en.Lemma("people"), "person");
  EXPECT_EQ(en.Lemma("boxes"), "box");
}

}  // namespace
}  // namespace factmine
