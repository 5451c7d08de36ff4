// Table-driven tests of quantity recognition in running prose, French and
// English: one row per construction the issue lists. Every sentence here was
// written for these tests.
#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <string>
#include <vector>

#include "corpus/corpus.h"
#include "extract/extract.h"

namespace factmine {
namespace {

std::vector<Quantity> Recognize(const std::string& lang, const std::string& text,
                                Register reg = Register::kPress) {
  const Lexicon* lex = *Lexicon::Get(lang);
  QuantityRecognizer rec(*lex);
  TokenList toks;
  Tokenize(text, lex, &toks);
  SentenceSplitter splitter(lang);
  SentenceIndex& sentences = splitter.Lazy(text);
  QuantityOptions opt;
  opt.register_ = reg;
  std::vector<Quantity> out;
  rec.Recognize(text, toks, sentences, opt, &out);
  return out;
}

// "" means null.
std::optional<double> Num(const char* s) {
  if (s == nullptr || *s == '\0') return std::nullopt;
  return std::strtod(s, nullptr);
}

bool Near(double a, double b) { return std::fabs(a - b) <= 1e-9 * std::max(std::fabs(a), std::fabs(b)) + 1e-12; }

struct Case {
  const char* lang;
  const char* input;
  const char* text;  // the mention's exact text
  const char* dimension;
  const char* value;
  const char* low;
  const char* high;
  const char* unit;
  const char* qualifier;
  const char* per;
};

void Check(const Case& c, Register reg = Register::kPress) {
  SCOPED_TRACE(std::string(c.lang) + ": " + c.input);
  auto qs = Recognize(c.lang, c.input, reg);
  const Quantity* found = nullptr;
  std::string seen;
  for (const auto& q : qs) {
    std::string t(q.span.Of(c.input));
    seen += "[" + t + "|" + q.dimension + "|" + q.unit + "] ";
    if (t == c.text) found = &q;
  }
  ASSERT_NE(found, nullptr) << "no mention \"" << c.text << "\"; found " << seen;
  const Quantity& q = *found;
  EXPECT_EQ(q.dimension, c.dimension);
  auto check = [&](const char* what, const std::optional<Value>& got, const char* want) {
    auto w = Num(want);
    if (!w) {
      EXPECT_FALSE(got.has_value()) << what << " should be null, is " << got->ToDouble();
    } else {
      ASSERT_TRUE(got.has_value()) << what << " is null, want " << *w;
      EXPECT_TRUE(Near(got->ToDouble(), *w)) << what << " = " << got->ToDouble() << ", want " << *w;
    }
  };
  check("value", q.value, c.value);
  check("low", q.low, c.low);
  check("high", q.high, c.high);
  EXPECT_EQ(q.unit, c.unit);
  EXPECT_EQ(std::string(QualifierName(q.qualifier)), c.qualifier);
  EXPECT_EQ(q.per, c.per);
  // Invariants: offsets in bounds, the span holds the number.
  EXPECT_LE(q.span.end, std::string_view(c.input).size());
  EXPECT_TRUE(q.span.Contains(q.number_span) || q.qualifier == Qualifier::kRange);
}

// Digits in every convention.
TEST(QuantityTest, DigitConventions) {
  const Case cases[] = {
      {"fr", "Le groupe a investi 8,5 millions.", "8,5 millions", "number", "8500000", "", "", "", "exact", ""},
      {"fr", "Elle emploie 1 000 personnes.", "1 000 personnes", "count", "1000", "", "", "personne", "exact", ""},
      {"fr", "Elle emploie 30\u00a0000 personnes.", "30\u00a0000 personnes", "count", "30000", "", "", "personne", "exact", ""},
      {"fr", "Elle emploie 30\u202f000 personnes.", "30\u202f000 personnes", "count", "30000", "", "", "personne", "exact", ""},
      {"fr", "Le plan supprime 15.000 postes.", "15.000 postes", "count", "15000", "", "", "poste", "exact", ""},
      {"fr", "Le site compte 4.600 salariés.", "4.600 salariés", "count", "4600", "", "", "salarié", "exact", ""},
      {"fr", "Le chiffre est de 1 234 567,89 euros.", "1 234 567,89 euros", "money", "1234567.89", "", "", "EUR", "exact", ""},
      {"en", "Revenue reached 1,234.5 dollars.", "1,234.5 dollars", "money", "1234.5", "", "", "USD", "exact", ""},
      {"en", "The firm sold 1,234,567 units.", "1,234,567 units", "count", "1234567", "", "", "unit", "exact", ""},
      {"fr", "Le PIB a progressé de +0,5 % au trimestre.", "+0,5 %", "percent", "0.5", "", "", "%", "exact", ""},
      {"fr", "La production a reculé de -3,2 % sur un an.", "-3,2 %", "percent", "-3.2", "", "", "%", "exact", ""},
      {"en", "Output fell -3.2% on the year.", "-3.2%", "percent", "-3.2", "", "", "%", "exact", ""},
  };
  for (const auto& c : cases) Check(c);
}

// Number words, compound and mixed.
TEST(QuantityTest, NumberWords) {
  const Case cases[] = {
      {"fr", "La start-up a bouclé sept tours de financement.", "sept tours de financement", "count", "7", "", "", "tour de financement", "exact", ""},
      {"fr", "Il reste vingt et un magasins.", "vingt et un magasins", "count", "21", "", "", "magasin", "exact", ""},
      {"fr", "La liste compte quatre-vingt-dix-sept noms.", "quatre-vingt-dix-sept noms", "count", "97", "", "", "nom", "exact", ""},
      {"fr", "Le réseau réunit deux cent mille abonnés.", "deux cent mille abonnés", "count", "200000", "", "", "abonné", "exact", ""},
      {"fr", "La ville a un million deux cent mille habitants.", "un million deux cent mille habitants", "count", "1200000", "", "", "habitant", "exact", ""},
      {"fr", "Le taux atteint huit virgule cinq pour cent.", "huit virgule cinq pour cent", "percent", "8.5", "", "", "%", "exact", ""},
      {"fr", "Le stade accueille soixante-dix mille spectateurs.", "soixante-dix mille spectateurs", "count", "70000", "", "", "spectateur", "exact", ""},
      {"en", "The bank hired twenty-one analysts.", "twenty-one analysts", "count", "21", "", "", "analyst", "exact", ""},
      {"en", "The town has one million two hundred thousand residents.", "one million two hundred thousand residents", "count", "1200000", "", "", "resident", "exact", ""},
      {"en", "It owns three hundred and six stores.", "three hundred and six stores", "count", "306", "", "", "store", "exact", ""},
  };
  for (const auto& c : cases) Check(c);
}

// Scale words and abbreviations.
TEST(QuantityTest, Scales) {
  const Case cases[] = {
      {"fr", "Le fonds pèse 3 milliards d'euros.", "3 milliards d'euros", "money", "3e9", "", "", "EUR", "exact", ""},
      {"fr", "La dette atteint 1 billion de dollars.", "1 billion de dollars", "money", "1e12", "", "", "USD", "exact", ""},
      {"fr", "Le marché vaudrait 2 trillions d'euros.", "2 trillions d'euros", "money", "2e18", "", "", "EUR", "exact", ""},
      {"en", "The market is worth 1 billion dollars.", "1 billion dollars", "money", "1e9", "", "", "USD", "exact", ""},
      {"en", "Debt reached 2 trillion dollars.", "2 trillion dollars", "money", "2e12", "", "", "USD", "exact", ""},
      {"fr", "Le budget est de 4,2 Md€ cette année.", "4,2 Md€", "money", "4.2e9", "", "", "EUR", "exact", ""},
      {"fr", "Le budget est de 4,2 Mds € cette année.", "4,2 Mds €", "money", "4.2e9", "", "", "EUR", "exact", ""},
      {"fr", "La perte s'élève à 1,1 Mrd d'euros.", "1,1 Mrd d'euros", "money", "1.1e9", "", "", "EUR", "exact", ""},
      {"fr", "Une levée de 12 Md$ est prévue.", "12 Md$", "money", "1.2e10", "", "", "USD", "exact", ""},
      {"fr", "Le contrat porte sur 850 M€.", "850 M€", "money", "8.5e8", "", "", "EUR", "exact", ""},
      {"fr", "La prime atteint 45 k€ par an.", "45 k€", "money", "45000", "", "", "EUR", "exact", "year"},
      {"en", "The round raised $2.5bn from investors.", "$2.5bn", "money", "2.5e9", "", "", "USD", "exact", ""},
      {"en", "Profit rose to £40m last year.", "£40m", "money", "4e7", "", "", "GBP", "exact", ""},
      {"en", "The app has 300k users.", "300k users", "count", "300000", "", "", "user", "exact", ""},
  };
  for (const auto& c : cases) Check(c);
}

// Money: symbols before or after, ISO codes, currency names.
TEST(QuantityTest, Money) {
  const Case cases[] = {
      {"fr", "Le billet coûte 20 € en ligne.", "20 €", "money", "20", "", "", "EUR", "exact", ""},
      // "livres" are pounds with a scale word or written to the penny; else books.
      {"fr", "La licence coûte 174,50 livres par an.", "174,50 livres", "money", "174.5", "", "", "GBP", "exact", "year"},
      {"fr", "Il a lu 12 livres cet été.", "12 livres", "count", "12", "", "", "livre", "exact", ""},
      {"fr", "Le billet coûte €20 en ligne.", "€20", "money", "20", "", "", "EUR", "exact", ""},
      {"fr", "Le titre vaut 85 dollars américains.", "85 dollars américains", "money", "85", "", "", "USD", "exact", ""},
      {"fr", "Le titre vaut 85 $US à New York.", "85 $US", "money", "85", "", "", "USD", "exact", ""},
      {"fr", "Le titre vaut 85 US$ à New York.", "85 US$", "money", "85", "", "", "USD", "exact", ""},
      {"fr", "La banque a prêté 500 millions de livres sterling.", "500 millions de livres sterling", "money", "5e8", "", "", "GBP", "exact", ""},
      {"fr", "L'amende atteint 2 millions de francs suisses.", "2 millions de francs suisses", "money", "2e6", "", "", "CHF", "exact", ""},
      {"fr", "Les ventes ont atteint 90 milliards de yuans.", "90 milliards de yuans", "money", "9e10", "", "", "CNY", "exact", ""},
      {"fr", "Le groupe a gagné 700 millions de yens.", "700 millions de yens", "money", "7e8", "", "", "JPY", "exact", ""},
      {"fr", "Le contrat vaut 300 millions EUR.", "300 millions EUR", "money", "3e8", "", "", "EUR", "exact", ""},
      {"fr", "Le contrat vaut USD 45 millions.", "USD 45 millions", "money", "4.5e7", "", "", "USD", "exact", ""},
      {"en", "Shares closed at $12.50 on Friday.", "$12.50", "money", "12.5", "", "", "USD", "exact", ""},
      // "us" is a pronoun: in mixed-case text a symbol's letters are capitals.
      {"en", "Clients pay us $7.25 per parcel.", "$7.25", "money", "7.25", "", "", "USD", "exact", ""},
      // "a pair" after an amount is what it buys, not its cents.
      {"en", "Customers paid an average of NZ$7,900 a pair.", "NZ$7,900", "money", "7900", "", "", "NZD", "exact", ""},
      {"en", "Clients pay US $7.25 per parcel.", "US $7.25", "money", "7.25", "", "", "USD", "exact", ""},
      {"en", "The fee is 20 euros per person.", "20 euros", "money", "20", "", "", "EUR", "exact", "capita"},
      {"en", "The stake cost 3 billion Swiss francs.", "3 billion Swiss francs", "money", "3e9", "", "", "CHF", "exact", ""},
      {"en", "It pays 61 Canadian cents a share.", "61 Canadian cents", "money", "0.61", "", "", "CAD", "exact", "share"},
      // By weight or volume: a price per kilo, tonne or litre.
      {"fr", "La coquille part à 4,60 euros le kilo.", "4,60 euros", "money", "4.6", "", "", "EUR", "exact", "kg"},
      {"fr", "Elle versera 7,80 euros par kilo de miel.", "7,80 euros", "money", "7.8", "", "", "EUR", "exact", "kg"},
      {"en", "Buyers paid £2.85 a kilo for haddock.", "£2.85", "money", "2.85", "", "", "GBP", "exact", "kg"},
      {"en", "Diesel sold at £1.42 per litre.", "£1.42", "money", "1.42", "", "", "GBP", "exact", "l"},
      {"en", "It pays 48.5 US cents a share.", "48.5 US cents", "money", "0.485", "", "", "USD", "exact", "share"},
      {"en", "The coffee costs 50 cents.", "50 cents", "money", "0.5", "", "", "USD", "exact", ""},
      // A glued lower-case "c" is cents, a capital "C" degrees.
      {"en", "A cup costs 20c here.", "20c", "money", "0.2", "", "", "USD", "exact", ""},
      {"en", "The seeds are kept at 18C in the vault.", "18C", "temperature", "18", "", "", "°C", "exact", ""},
      {"fr", "Le café coûte 1 euro et 20 centimes.", "1 euro et 20 centimes", "money", "1.2", "", "", "EUR", "exact", ""},
      // Bare cents are the coin of the article's amount before them, when it counts in cents.
      {"en", "Profit rose to A$412 million. It pays 46 cents a share.", "46 cents", "money", "0.46", "", "", "AUD", "exact",
       "share"},
      {"en", "Profit rose to £41 million. The stock fell 50 cents in New York.", "50 cents", "money", "0.5", "", "", "USD",
       "exact", ""},
      // A capital R with a scale word is the rand.
      {"en", "Revenue fell to R31.6 billion.", "R31.6 billion", "money", "3.16e10", "", "", "ZAR", "exact", ""},
  };
  for (const auto& c : cases) Check(c);
}

// A bare number measured like the amount before it takes its unit, and the
// factor of that unit's word ("hectolitres" are litres times 100); staff
// and counted nouns left out come from the context.
// A number word capitalized inside a sentence, before a capitalized word,
// is part of a name; opening a sentence it counts. A bare number glued by a
// dash to a word that is no unit qualifies that word; a counted noun of
// several words that opens with a unit is counted.
TEST(QuantityTest, NumberWordsInNames) {
  auto estate = Recognize("fr", "Le Domaine des Trois Chênes a récolté 58 kilos.");
  ASSERT_EQ(estate.size(), 1u);
  EXPECT_EQ(estate[0].unit, "kg");
  auto sisters = Recognize("en", "The Seven Sisters trail drew 40,000 walkers.");
  ASSERT_EQ(sisters.size(), 1u);
  EXPECT_DOUBLE_EQ(sisters[0].value->ToDouble(), 40000);
  // A bare number glued by a dash to a word that is no unit qualifies it.
  auto records = Recognize("fr", "L'usine a pressé ses premiers 33-tours pour 12 labels.");
  ASSERT_EQ(records.size(), 1u);
  EXPECT_DOUBLE_EQ(records[0].value->ToDouble(), 12);
  // A counted noun of several words that opens with a unit is counted.
  auto skier_days = Recognize("fr", "La station a enregistré 612.000 journées-skieurs cet hiver.");
  ASSERT_EQ(skier_days.size(), 1u);
  EXPECT_EQ(skier_days[0].dimension, "count");
  EXPECT_EQ(skier_days[0].unit, "journée-skieur");
  auto opening = Recognize("fr", "Trois salariés sont partis.");
  ASSERT_EQ(opening.size(), 1u);
  EXPECT_DOUBLE_EQ(opening[0].value->ToDouble(), 3);
}

TEST(QuantityTest, InheritedUnitsAndCountedNouns) {
  // A bare number counts the noun after "le nombre de" / "the number of"
  // earlier in its sentence.
  auto created = Recognize("fr", "Le nombre de boulangeries ouvertes a atteint 12 300 au premier semestre.");
  ASSERT_EQ(created.size(), 1u);
  EXPECT_EQ(created[0].dimension, "count");
  EXPECT_EQ(created[0].unit, "boulangerie");
  auto riders = Recognize("en", "The number of riders rose to 2.4 million last year.");
  ASSERT_EQ(riders.size(), 1u);
  EXPECT_EQ(riders[0].dimension, "count");
  EXPECT_EQ(riders[0].unit, "rider");
  EXPECT_DOUBLE_EQ(riders[0].value->ToDouble(), 2.4e6);
  // (Past a possessive: "le nombre de ses variétés", "the number of its stores".)
  auto varieties = Recognize("fr", "Il veut porter le nombre de ses variétés protégées de 31 à 40.");
  ASSERT_EQ(varieties.size(), 2u);
  EXPECT_EQ(varieties[0].unit, "variété");
  EXPECT_EQ(varieties[1].unit, "variété");
  auto its_stores = Recognize("en", "The number of its stores rose to 212.");
  ASSERT_EQ(its_stores.size(), 1u);
  EXPECT_EQ(its_stores[0].unit, "store");
  // Or the noun after it when a key figure and a colon open the sentence.
  auto key = Recognize("fr", "11 400 : le nombre de tracteurs livrés l'an dernier.");
  ASSERT_EQ(key.size(), 1u);
  EXPECT_EQ(key[0].dimension, "count");
  EXPECT_EQ(key[0].unit, "tracteur");
  auto key_en = Recognize("en", "350: the number of jobs cut by 2027.");
  ASSERT_EQ(key_en.size(), 1u);
  EXPECT_EQ(key_en[0].unit, "job");
  // Or the listed plural noun its clause opens with, before a verb of level.
  auto members = Recognize("fr", "Les adhérents de la coopérative ont atteint environ 4 300 en mars.");
  ASSERT_EQ(members.size(), 1u);
  EXPECT_EQ(members[0].dimension, "count");
  EXPECT_EQ(members[0].unit, "adhérent");
  auto from_to = Recognize("fr", "Ses magasins sont passés de 41 à 57.");
  ASSERT_EQ(from_to.size(), 2u);
  EXPECT_EQ(from_to[0].unit, "magasin");
  EXPECT_EQ(from_to[1].unit, "magasin");
  auto stores = Recognize("en", "Its stores reached 212 by March.");
  ASSERT_EQ(stores.size(), 1u);
  EXPECT_EQ(stores[0].unit, "store");
  // (Not a noun the list does not count, nor one past a comma.)
  EXPECT_EQ(Recognize("fr", "Les recettes ont atteint 41 300.")[0].dimension, "number");
  EXPECT_EQ(Recognize("fr", "Les magasins, eux, ont atteint 88.")[0].dimension, "number");
  // English: an adjective, then a noun modifying the plural after it.
  auto visas = Recognize("en", "The office granted 312,400 sponsored study visas.");
  ASSERT_EQ(visas.size(), 1u);
  EXPECT_EQ(visas[0].unit, "visa");
  auto hl = Recognize("fr", "La cave a rentré 148 000 hectolitres, contre 171 000 l'an dernier.");
  ASSERT_EQ(hl.size(), 2u);
  EXPECT_EQ(hl[1].unit, "l");
  EXPECT_DOUBLE_EQ(hl[1].value->ToDouble(), 1.71e7);
  auto t = Recognize("fr", "Une collecte de 3,2 millions de tonnes, contre 4,5 millions l'an dernier.");
  ASSERT_EQ(t.size(), 2u);
  EXPECT_DOUBLE_EQ(t[1].value->ToDouble(), 4.5e6);
  auto staff = Recognize("en", "It is hiring 450 people, taking its workforce to about 3,100.");
  ASSERT_EQ(staff.size(), 2u);
  EXPECT_EQ(staff[1].dimension, "count");
  EXPECT_EQ(staff[1].unit, "employee");
  auto part = Recognize("fr", "Le groupe va fermer sept de ses vingt-deux magasins.");
  ASSERT_EQ(part.size(), 2u);
  EXPECT_EQ(part[0].unit, "magasin");
  auto year = Recognize("en", "It delivered 96,400 vehicles, bringing its total to 2025.");
  ASSERT_EQ(year.size(), 1u);
  // A brand's model number followed by a singular word counts nothing.
  EXPECT_TRUE(Recognize("fr", "La Renault 5 reste la voiture la plus vendue.").empty());
  ASSERT_EQ(Recognize("fr", "Renault a vendu 300 voitures et Stellantis 3 bus.").size(), 2u);
  // "hundreds", "thousands" alone are no numbers, as "des centaines" is none.
  auto vague = Recognize("en", "It will cut hundreds of jobs and thousands of contracts, and hire two thousand people.");
  ASSERT_EQ(vague.size(), 1u);
  EXPECT_DOUBLE_EQ(vague[0].value->ToDouble(), 2000);
}

// Elided currency: the parts of a breakdown take the total's currency.
TEST(QuantityTest, ElidedCurrency) {
  const std::string text =
      "Les dépenses du groupe atteindront 8,5 milliards de dollars, dont 4 milliards pour les serveurs, "
      "3 milliards pour l'énergie et 1,5 milliard pour les salaires.";
  auto qs = Recognize("fr", text);
  ASSERT_EQ(qs.size(), 4u);
  EXPECT_EQ(qs[0].unit, "USD");
  for (int i = 1; i < 4; ++i) {
    SCOPED_TRACE(i);
    EXPECT_EQ(qs[static_cast<size_t>(i)].dimension, "money");
    EXPECT_EQ(qs[static_cast<size_t>(i)].unit, "USD");
    EXPECT_TRUE(qs[static_cast<size_t>(i)].unit_inherited);
    EXPECT_EQ(qs[static_cast<size_t>(i)].depends_on, 0);
  }
  EXPECT_DOUBLE_EQ(qs[3].value->ToDouble(), 1.5e9);
  const std::string en = "Spending will reach 10 billion euros, including 6 billion for chips and 4 billion for power.";
  auto eq = Recognize("en", en);
  ASSERT_EQ(eq.size(), 3u);
  EXPECT_EQ(eq[1].unit, "EUR");
  EXPECT_EQ(eq[1].depends_on, 0);
  EXPECT_EQ(eq[2].depends_on, 0);
  // A bare amount in millions measures no small length named just before it.
  auto mm = Recognize("fr",
                      "Sorbeville investira 1,6 milliard d'euros dans une ligne de tubes de 200 millimètres, "
                      "dont 500 millions apportés par l'État.");
  ASSERT_EQ(mm.size(), 3u);
  EXPECT_EQ(mm[1].unit, "m");
  EXPECT_EQ(mm[2].dimension, "money");
  EXPECT_EQ(mm[2].unit, "EUR");
}

// A currency's bare family name means the kind the article named last; a
// physical unit after "millions de" is the unit; a bare number after a
// comparison word is measured like the amount compared; a percentage then a
// number of something is no range.
TEST(QuantityTest, UnitsCarriedAcrossAmounts) {
  const Case cases[] = {
      {"en", "Revenue reached 1.34 billion Swiss francs; guests paid 1,180 francs a night.", "1,180 francs", "money",
       "1180", "", "", "CHF", "exact", ""},
      {"fr", "Il a réalisé 2 milliards de dollars canadiens, puis 3 milliards de dollars.", "3 milliards de dollars",
       "money", "3e9", "", "", "CAD", "exact", ""},
      // (So does an amount that takes its currency from such a one.)
      {"en", "Revenue reached 1.34 billion Swiss francs. Profit was 212 million francs, compared with 176 million.",
       "176 million", "money", "1.76e8", "", "", "CHF", "exact", ""},
      {"fr", "Le contrat vaut 3 milliards de dollars. Le coût ira de 2,2 à 2,3 milliards d'euros.",
       "de 2,2 à 2,3 milliards d'euros", "money", "", "2.2e9", "2.3e9", "EUR", "range", ""},
      {"en", "The stake cost 12 million francs in 1995.", "12 million francs", "money", "1.2e7", "", "", "FRF", "exact",
       ""},
      {"fr", "La récolte devrait tomber à 26,3 millions de tonnes.", "26,3 millions de tonnes", "mass", "2.63e7", "", "",
       "t", "exact", ""},
      {"fr", "La brasserie a produit 1,42 million d’hectolitres.", "1,42 million d’hectolitres", "volume", "1.42e8", "",
       "", "l", "exact", ""},
      {"fr", "Le parc solaire aura une puissance de 540 MWc.", "540 MWc", "power", "540000", "", "", "kW", "exact", ""},
      {"fr", "La Poste a acheminé 512 millions de colis.", "512 millions de colis", "count", "5.12e8", "", "", "colis",
       "exact", ""},
      {"fr", "Quelque 7 350 transactions ont été signées, contre près de 9 100 un an plus tôt.", "près de 9 100", "count",
       "9100", "", "", "transaction", "approx", ""},
      {"en", "Passenger numbers rose 6% to 142 million.", "6%", "percent", "6", "", "", "%", "exact", ""},
      // Containers are counted in twenty-foot equivalent units, not in feet.
      {"en", "Volumes fell to 6.71 million twenty-foot equivalent units.", "6.71 million twenty-foot equivalent units",
       "count", "6.71e6", "", "", "TEU", "exact", ""},
      {"fr", "Le groupe a transporté 23,6 millions de conteneurs équivalent vingt pieds.",
       "23,6 millions de conteneurs équivalent vingt pieds", "count", "2.36e7", "", "", "TEU", "exact", ""},
  };
  for (const Case& c : cases) Check(c);
}

// "soit": a breakdown when a list follows, a restatement when one amount does.
TEST(QuantityTest, SoitBreaksDownOrRestates) {
  auto list = Recognize("fr", "Les ventes ont atteint 100 millions d'euros, soit 60 millions en France et 40 millions ailleurs.");
  ASSERT_EQ(list.size(), 3u);
  EXPECT_EQ(list[1].depends_on, 0);
  EXPECT_EQ(list[2].depends_on, 0);
  EXPECT_EQ(list[2].unit, "EUR");
  auto one = Recognize("fr", "Les recettes reculent de 8,5 milliards d'euros, soit un manque à gagner de 20 milliards.");
  ASSERT_EQ(one.size(), 2u);
  EXPECT_EQ(one[1].depends_on, -1);
  EXPECT_EQ(one[1].unit, "EUR");  // the currency is still the one before
}

// Percentages and percentage points are two dimensions.
TEST(QuantityTest, PercentAndPoints) {
  const Case cases[] = {
      {"fr", "Le cours a bondi de 600 % depuis 2022.", "600 %", "percent", "600", "", "", "%", "exact", ""},
      {"fr", "Le cours a bondi de 600% depuis 2022.", "600%", "percent", "600", "", "", "%", "exact", ""},
      {"fr", "La part atteint 12 pour cent.", "12 pour cent", "percent", "12", "", "", "%", "exact", ""},
      {"fr", "Le taux a gagné 2 points de pourcentage.", "2 points de pourcentage", "percentage_point", "2", "", "", "pp", "exact", ""},
      {"fr", "La BCE relève ses taux de 25 points de base.", "25 points de base", "percentage_point", "0.25", "", "", "pp", "exact", ""},
      {"en", "Margins widened by 3 percentage points.", "3 percentage points", "percentage_point", "3", "", "", "pp", "exact", ""},
      {"en", "Margins widened by 3 pp.", "3 pp", "percentage_point", "3", "", "", "pp", "exact", ""},
      {"en", "Sales grew 7 per cent.", "7 per cent", "percent", "7", "", "", "%", "exact", ""},
      // A fraction of a unit, an article between.
      {"en", "The bank cut its rate by a quarter of a percentage point.", "a quarter of a percentage point",
       "percentage_point", "0.25", "", "", "pp", "exact", ""},
      {"fr", "Le trajet dure trois quarts d'heure.", "trois quarts d'heure", "duration", "0.75", "", "", "hour", "exact", ""},
      {"fr", "La BCE relève son taux d'un quart de point.", "un quart de point", "count", "0.25", "", "", "point", "exact", ""},
  };
  for (const auto& c : cases) Check(c);
}

// Counts with the counted noun's lemma, durations.
TEST(QuantityTest, CountsAndDurations) {
  const Case cases[] = {
      {"fr", "L'IA menace 300 millions d'emplois.", "300 millions d'emplois", "count", "3e8", "", "", "emploi", "exact", ""},
      {"fr", "Le laboratoire exploite plus de 30 000 GPU.", "plus de 30 000 GPU", "count", "", "30000", "", "GPU", "more_than", ""},
      {"fr", "Le chantier a duré 600 jours.", "600 jours", "duration", "600", "", "", "day", "exact", ""},
      {"fr", "Il faudra lever des fonds dans les 12 prochains mois.", "12 prochains mois", "duration", "12", "", "", "month", "exact", ""},
      // A singular noun after a plural number dates it: no duration, no count.
      {"en", "Tarvelle plans to open between 14 and 18 next year.", "between 14 and 18", "number", "", "14", "18", "", "range", ""},
      {"en", "Tarvelle will hire staff over the next 9 months.", "9 months", "duration", "9", "", "", "month", "exact", ""},
      {"fr", "L'usine traitera 45 000 mètres cubes par jour.", "45 000 mètres cubes", "volume", "45000", "", "", "m3", "exact", "day"},
      {"fr", "L'usine est à une soixantaine de kilomètres de là.", "une soixantaine de kilomètres", "length", "60", "", "",
       "km", "approx", ""},
      {"en", "The plant will treat 45,000 cubic metres a day.", "45,000 cubic metres", "volume", "45000", "", "", "m3", "exact", "day"},
      {"fr", "Le groupe a ouvert trois nouveaux entrepôts.", "trois nouveaux entrepôts", "count", "3", "", "", "entrepôt", "exact", ""},
      {"fr", "La banque compte 2 000 agences.", "2 000 agences", "count", "2000", "", "", "agence", "exact", ""},
      {"fr", "Le réseau a perdu 4 000 chevaux.", "4 000 chevaux", "count", "4000", "", "", "cheval", "exact", ""},
      {"en", "The bakery sold 9,000 loaves.", "9,000 loaves", "count", "9000", "", "", "loaf", "exact", ""},
      // (A counted noun in the singular before a plural modifies it.)
      {"en", "The council runs 14 branch libraries.", "14 branch libraries", "count", "14", "", "", "library", "exact", ""},
      {"en", "It owns 300 delivery vans.", "300 delivery vans", "count", "300", "", "", "van", "exact", ""},
      // (A part named by a noun of a trade counts that trade, not its total's noun.)
      {"fr", "Elle emploie 132 salariés, dont 87 traducteurs.", "87 traducteurs", "count", "87", "", "", "traducteur", "exact",
       ""},
      // (A plural counted noun opening the clause names a bare number after its verb.)
      {"en", "Yes. Visits fell to 1.12 million last year.", "1.12 million", "count", "1120000", "", "", "visit", "exact", ""},
      // (Even after a sum in the sentence before, whose currency it does not take.)
      {"en", "Revenue rose 8% to £41m. Visits rose to 1.92 million over the period.", "1.92 million", "count", "1920000", "",
       "", "visit", "exact", ""},
      // Areas written out in words.
      {"fr", "Le magasin fait 2 400 mètres carrés.", "2 400 mètres carrés", "area", "2400", "", "", "m2", "exact", ""},
      {"en", "The store covers 24,000 square feet.", "24,000 square feet", "area", "2229.67296", "", "", "m2", "exact", ""},
      // Respective amounts: the first, bare, is measured like the second.
      {"fr", "Elles ont réalisé respectivement 148 et 97 millions d'euros.", "148", "money", "1.48e8", "", "", "EUR", "exact", ""},
      {"en", "They sold 6,200 and 9,800 season tickets respectively.", "6,200", "count", "6200", "", "", "ticket", "exact", ""},
      {"en", "It expects profit of between 31 million and 34 million euros.", "between 31 million and 34 million euros", "money", "", "3.1e7", "3.4e7", "EUR", "range", ""},
      {"en", "It counted between 30 thousand and 40 thousand visitors.", "between 30 thousand and 40 thousand visitors", "count", "", "30000", "40000", "visitor", "range", ""},
      {"fr", "Ils ont investi 2,1 millions d'euros, dont 300.000 apportés par la Région.", "300.000", "money", "300000", "", "", "EUR", "exact", ""},
      // An item of a list counts what the item before it counts.
      {"fr", "Kordium emploie 2.400 techniciens en Bretagne, 1.350 en Normandie et 820 en Vendée.", "1.350", "count", "1350", "", "", "technicien", "exact", ""},
      {"fr", "Kordium emploie 2.400 techniciens en Bretagne, 1.350 en Normandie et 820 en Vendée.", "820", "count", "820", "", "", "technicien", "exact", ""},
      // Where the head comes last, a plural after a part is its own noun.
      {"en", "The museum welcomed 184,000 visitors, including 12,600 schoolchildren.", "12,600 schoolchildren", "count", "12600", "", "", "schoolchild", "exact", ""},
      {"en", "The fleet employs 400 people, including 40 fishermen.", "40 fishermen", "count", "40", "", "", "fisherman", "exact", ""},
      // A verb in the plural after a number is no counted noun.
      {"fr", "Parmi eux, 812 000 vivent à domicile.", "812 000", "number", "812000", "", "", "", "exact", ""},
      {"fr", "Ils en financent respectivement 900 000 et 450 000 euros.", "900 000", "money", "900000", "", "", "EUR", "exact", ""},
      {"fr", "Ils en financent respectivement 900.000 et 1.250.000 euros.", "900.000", "money", "900000", "", "", "EUR", "exact", ""},
      {"en", "They gave 900,000 and 450,000 pounds respectively.", "900,000", "money", "900000", "", "", "GBP", "exact", ""},
      // A dash compound whose head comes first is counted whole.
      {"fr", "Le réseau gère 146 micro-crèches.", "146 micro-crèches", "count", "146", "", "", "micro-crèche", "exact", ""},
      {"fr", "La ville compte 3 centres-villes.", "3 centres-villes", "count", "3", "", "", "centre-ville", "exact", ""},
      {"en", "The company employs 12,000 people.", "12,000 people", "count", "12000", "", "", "person", "exact", ""},
      {"en", "The plant will close within 18 months.", "18 months", "duration", "18", "", "", "month", "exact", ""},
      {"en", "It built 40 factories.", "40 factories", "count", "40", "", "", "factory", "exact", ""},
      // A Latin plural's singular.
      {"en", "The group runs 38 crematoria.", "38 crematoria", "count", "38", "", "", "crematorium", "exact", ""},
      {"en", "The lab runs 350 GPUs.", "350 GPUs", "count", "350", "", "", "GPU", "exact", ""},
      {"en", "It shipped 350,000 Blackwell GPUs.", "350,000 Blackwell GPUs", "count", "350000", "", "", "GPU", "exact", ""},
      {"en", "Profit rose for four quarters in a row.", "four quarters", "duration", "4", "", "", "quarter", "exact", ""},
      {"en", "Three quarters of the staff agreed.", "Three quarters", "number", "0.75", "", "", "", "exact", ""},
      // English puts the head noun last: the plural is what is counted.
      {"en", "It shipped 61 lithography systems.", "61 lithography systems", "count", "61", "", "", "system", "exact", ""},
      {"en", "It has 9,400 warehouse and delivery workers.", "9,400 warehouse and delivery workers", "count", "9400", "", "",
       "worker", "exact", ""},
      {"en", "It ordered 12 methanol-capable ships.", "12 methanol-capable ships", "count", "12", "", "", "ship", "exact", ""},
      {"en", "It ordered 65 battery-electric trains.", "65 battery-electric trains", "count", "65", "", "", "train", "exact", ""},
      {"en", "It hired 640 back-of-house workers.", "640 back-of-house workers", "count", "640", "", "", "worker", "exact", ""},
      {"fr", "Le chantier livrera trois ferries.", "trois ferries", "count", "3", "", "", "ferry", "exact", ""},
      {"en", "It runs four coal-fired power stations.", "four coal-fired power stations", "count", "4", "", "", "station",
       "exact", ""},
      // So does a model's name: capitalised words, codes and numbers.
      {"en", "It ordered 35 Airbus A321neo jets.", "35 Airbus A321neo jets", "count", "35", "", "", "jet", "exact", ""},
      {"en", "It ordered 18 Boeing 787-9 aircraft.", "18 Boeing 787-9 aircraft", "count", "18", "", "", "aircraft", "exact",
       ""},
      {"en", "It won 26 GHz licences.", "26", "number", "26", "", "", "", "exact", ""},
      {"en", "The airline will take 29 Boeing 737 MAX 8-200 jets.", "29 Boeing 737 MAX 8-200 jets", "count", "29", "", "",
       "jet", "exact", ""},
      // A measure made an adjective stands between the number and the noun.
      {"en", "It bottled 3.2 million nine-litre cases.", "3.2 million nine-litre cases", "count", "3.2e6", "", "", "case",
       "exact", ""},
      {"en", "The port handled 1,200 40-foot containers.", "1,200 40-foot containers", "count", "1200", "", "", "container",
       "exact", ""},
      {"en", "It announced 300 job cuts.", "300 job", "count", "300", "", "", "job", "exact", ""},
      // A key figure's label: a counted noun and a colon before a bare amount.
      {"fr", "Les chiffres clés. Agences : 312. Clients : 1,9 million.", "312", "count", "312", "", "", "agence", "exact", ""},
      {"fr", "Les chiffres clés. Clients : 1,9 million.", "1,9 million", "count", "1.9e6", "", "", "client", "exact", ""},
      // A counted noun of several words that is its own unit (data: unit "compound").
      {"fr", "Le groupe a vendu 182 000 pompes à chaleur.", "182 000 pompes à chaleur", "count", "182000", "", "",
       "pompe à chaleur", "exact", ""},
      {"en", "It runs 7,850 public charge points.", "7,850 public charge points", "count", "7850", "", "", "charge point",
       "exact", ""},
      // ... but one whose head is the unit keeps the head.
      {"fr", "Elle revendique 3 millions d'utilisateurs actifs.", "3 millions d'utilisateurs", "count", "3e6", "", "",
       "utilisateur", "exact", ""},
      // A partitive before a noun: the number counts that noun.
      {"en", "It will close 140 of its pharmacies.", "140", "count", "140", "", "", "pharmacy", "exact", ""},
      {"en", "It will shut 45 of its high-street betting shops.", "45", "count", "45", "", "", "betting shop", "exact", ""},
      {"fr", "Le groupe fermera 140 de ses pharmacies.", "140", "count", "140", "", "", "pharmacie", "exact", ""},
      // Crowns: the kind of them the article named last.
      {"en", "It won 2.1 billion Swedish crowns, then 600 million crowns more.", "600 million crowns", "money", "6e8", "", "",
       "SEK", "exact", ""},
      // A collective noun after a number is what it counts.
      {"en", "The farms sold 410 million dozen eggs.", "410 million dozen", "count", "4.1e8", "", "", "dozen", "exact", ""},
      {"fr", "Ils ont vendu 2 millions de douzaines d'huîtres.", "2 millions de douzaines", "count", "2e6", "", "", "douzaine",
       "exact", ""},
      // French adjectives follow the noun: the noun right after the number is counted.
      {"fr", "Le réseau compte 812 pharmacies adhérentes.", "812 pharmacies", "count", "812", "", "", "pharmacie", "exact", ""},
      // An adverb is never counted.
      {"en", "It employs about 4,800 currently.", "about 4,800", "number", "4800", "", "", "", "approx", ""},
  };
  for (const auto& c : cases) Check(c);
}

// Ranges, and the trap of two amounts joined by "entre ... et".
TEST(QuantityTest, Ranges) {
  const Case cases[] = {
      {"fr", "Une puce coûte entre 30 000 et 40 000 dollars.", "entre 30 000 et 40 000 dollars", "money", "", "30000", "40000", "USD", "range", ""},
      {"fr", "La facture irait de 3 à 11 milliards de dollars.", "de 3 à 11 milliards de dollars", "money", "", "3e9", "1.1e10", "USD", "range", ""},
      {"fr", "Le retour prendra 10 à 15 ans.", "10 à 15 ans", "duration", "", "10", "15", "year", "range", ""},
      {"fr", "Il faudrait 3-4 milliards d'euros.", "3-4 milliards d'euros", "money", "", "3e9", "4e9", "EUR", "range", ""},
      {"en", "A chip costs between 30,000 and 40,000 dollars.", "between 30,000 and 40,000 dollars", "money", "", "30000", "40000", "USD", "range", ""},
      {"en", "The bill could run from 3 to 11 billion dollars.", "from 3 to 11 billion dollars", "money", "", "3e9", "1.1e10", "USD", "range", ""},
      // A part of a sum with no scale word, after "dont", is in the sum's currency.
      {"fr", "Une amende de 150 000 euros, dont 50 000 avec sursis.", "50 000", "money", "50000", "", "", "EUR", "exact", ""},
      // A share of what changed, then the level reached: no range.
      {"en", "Earnings dropped by two thirds to $2.9 billion.", "$2.9 billion", "money", "2.9e9", "", "", "USD", "exact", ""},
      // "A$" is a currency, not "and a" (one) after "million".
      {"en", "The refit will cost between A$25 million and A$30 million.", "between A$25 million and A$30 million", "money",
       "", "2.5e7", "3e7", "AUD", "range", ""},
  };
  for (const auto& c : cases) Check(c);
  // From one level to another, the verb of change a few words before
  // "de"/"from": two amounts. "between" after such a verb stays a range.
  const struct {
    const char* lang;
    const char* text;
    double from, to;
  } transitions[] = {
      {"fr", "Le club va relever le tarif d'une heure de court de 12,50 à 14 euros.", 12.5, 14},
      {"fr", "La mutuelle fera passer sa cotisation mensuelle de base de 31 à 34 euros.", 31, 34},
      {"en", "The standing charge will go from £0.48 to £0.53 a day.", 0.48, 0.53},
      {"en", "The toll increases from £2.20 to £2.60 in January.", 2.2, 2.6},
      // (A comma may set the move apart from its verb.)
      {"en", "The council lifted the permit fee in May, from £42 to £48.", 42, 48},
      {"fr", "La commune a relevé le tarif du ticket en janvier, de 3,20 à 3,50 euros.", 3.2, 3.5},
      // (Past a long noun phrase.)
      {"en", "Kordium will raise the price of a night in the cabins of its Lakeside Forest site from £64 to £79.", 64, 79},
  };
  for (const auto& t : transitions) {
    auto qs = Recognize(t.lang, t.text);
    ASSERT_EQ(qs.size(), 2u) << t.text;
    EXPECT_EQ(qs[0].qualifier, Qualifier::kExact) << t.text;
    EXPECT_DOUBLE_EQ(qs[0].value->ToDouble(), t.from) << t.text;
    EXPECT_DOUBLE_EQ(qs[1].value->ToDouble(), t.to) << t.text;
    EXPECT_EQ(qs[0].unit, qs[1].unit) << t.text;
  }
  // A percentage, then a number of something: "rose 12% to 486,000".
  {
    auto qs = Recognize("en", "Members rose 12% to 486,000.");
    ASSERT_EQ(qs.size(), 2u);
    EXPECT_EQ(qs[0].dimension, "percent");
    EXPECT_DOUBLE_EQ(qs[0].value->ToDouble(), 12);
    EXPECT_DOUBLE_EQ(qs[1].value->ToDouble(), 486000);
  }
  Check({"en", "It hopes to raise between $15 million and $20 million.", "between $15 million and $20 million", "money", "",
         "1.5e7", "2e7", "USD", "range", ""});
  Check({"en", "Tarvelle raised its outlook, to between $2.1 billion and $2.3 billion.", "between $2.1 billion and $2.3 billion",
         "money", "", "2.1e9", "2.3e9", "USD", "range", ""});
  Check({"en", "Prices vary widely, from £5 to £50.", "from £5 to £50", "money", "", "5", "50", "GBP", "range", ""});
  Check({"fr", "Le loyer d'un studio varie de 480 à 720 euros par mois.", "de 480 à 720 euros", "money", "", "480", "720",
         "EUR", "range", "month"});
  // "entre les coûts de 7 milliards pour X et 1,5 milliard pour Y": two amounts.
  auto qs = Recognize("fr",
                      "Il oscille entre des coûts de 7 milliards de dollars pour les modèles et 1,5 milliard pour "
                      "les salaires.");
  ASSERT_EQ(qs.size(), 2u);
  EXPECT_EQ(qs[0].qualifier, Qualifier::kExact);
  EXPECT_DOUBLE_EQ(qs[0].value->ToDouble(), 7e9);
  EXPECT_DOUBLE_EQ(qs[1].value->ToDouble(), 1.5e9);
  EXPECT_EQ(qs[1].unit, "USD");
}

// Qualifiers.
TEST(QuantityTest, Qualifiers) {
  const Case cases[] = {
      {"fr", "Le marché pèse environ 20 milliards d'euros.", "environ 20 milliards d'euros", "money", "2e10", "", "", "EUR", "approx", ""},
      {"fr", "Le marché pèse près de 20 milliards d'euros.", "près de 20 milliards d'euros", "money", "2e10", "", "", "EUR", "approx", ""},
      {"fr", "Elle compte quelque 400 salariés.", "quelque 400 salariés", "count", "400", "", "", "salarié", "approx", ""},
      {"fr", "La perte dépasse 5 milliards d'euros.", "dépasse 5 milliards d'euros", "money", "", "5e9", "", "EUR", "more_than", ""},
      {"fr", "La perte atteint plus de 5 milliards d'euros.", "plus de 5 milliards d'euros", "money", "", "5e9", "", "EUR", "more_than", ""},
      {"en", "Its revenue has passed $250 million.", "passed $250 million", "money", "", "2.5e8", "", "USD", "more_than", ""},
      // A verb of movement before "up to" is no ceiling.
      {"en", "Net revenue edged up to $171.5 million.", "$171.5 million", "money", "1.715e8", "", "", "USD", "exact", ""},
      {"fr", "Il faudra au moins 2 milliards d'euros.", "au moins 2 milliards d'euros", "money", "", "2e9", "", "EUR", "at_least", ""},
      // A price "à partir de" is a floor (a date after it is no amount).
      {"fr", "Les bornes se louent à partir de 390 euros.", "à partir de 390 euros", "money", "", "390", "", "EUR", "at_least", ""},
      // After a negation, "plus que" means "only".
      {"fr", "L'usine n'emploie plus que 35 salariés.", "35 salariés", "count", "35", "", "", "salarié", "exact", ""},
      {"en", "Season tickets will start at £480.", "start at £480", "money", "", "480", "", "GBP", "at_least", ""},
      {"fr", "Le chantier coûtera moins de 3 millions d'euros.", "moins de 3 millions d'euros", "money", "", "", "3e6", "EUR", "less_than", ""},
      {"fr", "L'aide pourra aller jusqu'à 10 000 euros.", "jusqu'à 10 000 euros", "money", "", "", "10000", "EUR", "at_most", ""},
      {"en", "The group lost more than 5 billion dollars.", "more than 5 billion dollars", "money", "", "5e9", "", "USD", "more_than", ""},
      {"en", "The group lost about 5 billion dollars.", "about 5 billion dollars", "money", "5e9", "", "", "USD", "approx", ""},
      {"en", "Grants of up to 2 million euros are available.", "up to 2 million euros", "money", "", "", "2e6", "EUR", "at_most", ""},
  };
  for (const auto& c : cases) Check(c);
}

// Rates.
TEST(QuantityTest, Rates) {
  const Case cases[] = {
      {"fr", "Le groupe dépensera 60 milliards de dollars par an.", "60 milliards de dollars", "money", "6e10", "", "", "USD", "exact", "year"},
      {"fr", "Il dégage 20 milliards de dollars de revenus annuels.", "20 milliards de dollars", "money", "2e10", "", "", "USD", "exact", "year"},
      {"fr", "La société investit 12 milliards d'euros chaque trimestre.", "12 milliards d'euros", "money", "1.2e10", "", "", "EUR", "exact", "quarter"},
      {"en", "The firm will spend 60 billion dollars per year.", "60 billion dollars", "money", "6e10", "", "", "USD", "exact", "year"},
      {"en", "The firm spends 3 billion dollars a quarter.", "3 billion dollars", "money", "3e9", "", "", "USD", "exact", "quarter"},
  };
  for (const auto& c : cases) Check(c);
}

// Things that are never quantities: each row names a piece of text no
// quantity may cover (ordinals may appear, as dimension "ordinal").
TEST(QuantityTest, NeverQuantities) {
  struct Never {
    const char* lang;
    const char* input;
    const char* forbidden;
  };
  const Never cases[] = {
      // A measure between an article and a noun sizes the noun.
      {"en", "We sell a 100g bag to retailers.", "100g"},
      // A capital R and a digit without a scale word names a model or a road.
      {"en", "The R5 sells well on the R2 road.", "R5"},
      {"en", "It built a 2 km road.", "2 km"},
      // A ratio's divisor, whatever word follows it.
      {"fr", "Un joueur sur trois revient dans l'année.", "trois"},
      {"fr", "Un jeune salarié sur quatre reste sans contrat.", "quatre"},
      // "les deux précédentes": an adjective standing for a noun counts nothing.
      {"fr", "Les pertes du dernier exercice (18 millions) et des deux précédentes (25 millions).", "précédentes"},
      {"en", "One small shop in five closes within a year.", "five"},
      // The quantity a price is for: "la douzaine", "a dozen".
      {"fr", "Les huîtres se vendent 9,80 euros la douzaine.", "douzaine"},
      {"en", "Eggs sold at $2.73 a dozen.", "dozen"},
      // ... or the weight: "a pound" right after a price is no £1.
      {"en", "Cash costs fell to US$2.10 a pound in the quarter.", "a pound"},
      {"fr", "Le rapport a été publié en 2023 par le ministère.", "2023"},
      {"fr", "La réunion du 30 novembre 2022 a été reportée.", "30"},
      {"fr", "La réunion du 30 novembre 2022 a été reportée.", "2022"},
      {"fr", "Rendez-vous à 14h30 devant la mairie.", "14h30"},
      {"fr", "Rendez-vous à 14 h 30 devant la mairie.", "14 h 30"},
      {"fr", "Le modèle GPT-4 a été lancé au printemps.", "4"},
      {"fr", "Le modèle GPT-4o a été lancé au printemps.", "4"},
      {"fr", "La puce B200 succède à la A100.", "200"},
      {"fr", "La puce B200 succède à la A100.", "100"},
      {"fr", "Il a acheté un iPhone 15 la semaine dernière.", "15"},
      {"fr", "La crise du COVID-19 a pesé sur les ventes.", "19"},
      {"fr", "Le PC tourne sous Windows 11 depuis mars.", "11"},
      {"fr", "Appelez le 01 23 45 67 89 pour réserver.", "01"},
      {"fr", "Appelez le 01 23 45 67 89 pour réserver.", "45"},
      {"fr", "Le gouvernement a utilisé l'article 49.3 de la Constitution.", "49.3"},
      {"fr", "Le texte modifie la loi n° 2024-123 du code.", "2024"},
      {"fr", "Voir https://example.org/rapport-2024/page-12 pour le détail.", "2024"},
      {"fr", "Voir https://example.org/rapport-2024/page-12 pour le détail.", "12"},
      {"fr", "Le siège est au 12 rue de la Paix.", "12"},
      {"fr", "Le CAC 40 a reculé hier.", "40"},
      {"fr", "La 5G arrive dans la ville.", "5G"},
      {"en", "Boeing warned of delays to deliveries of its 737 MAX jets.", "737"},
      {"fr", "Les livraisons de 737 MAX sont retardées.", "737"},
      {"en", "The airline will take its Boeing 737 MAX 8-200 jets.", "200"},
      {"en", "The airline will take its Boeing 737 MAX 8-200 jets.", "8"},
      {"en", "The report was published in 2023 by the ministry.", "2023"},
      {"en", "The meeting is at 10:30 on Monday.", "10:30"},
      {"en", "The GPT-4 model was launched in spring.", "4"},
      {"en", "See article 12 of the treaty.", "12"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(std::string(c.lang) + ": " + c.input + " / " + c.forbidden);
    std::string in = c.input;
    size_t at = in.find(c.forbidden);
    ASSERT_NE(at, std::string::npos);
    Span forbidden{static_cast<uint32_t>(at), static_cast<uint32_t>(at + std::strlen(c.forbidden))};
    for (const auto& q : Recognize(c.lang, in)) {
      if (q.dimension == "ordinal") continue;
      EXPECT_FALSE(q.span.Overlaps(forbidden)) << "quantity \"" << q.span.Of(in) << "\" covers \"" << c.forbidden << "\"";
    }
  }
}

// Ordinals and centuries come out as dimension "ordinal", not amounts.
TEST(QuantityTest, OrdinalsAreOrdinals) {
  auto qs = Recognize("fr", "Au 21e siècle, la 3e usine a ouvert.");
  ASSERT_EQ(qs.size(), 2u);
  EXPECT_EQ(qs[0].dimension, "ordinal");
  EXPECT_DOUBLE_EQ(qs[0].value->ToDouble(), 21);
  EXPECT_EQ(qs[1].dimension, "ordinal");
  EXPECT_DOUBLE_EQ(qs[1].value->ToDouble(), 3);
  EXPECT_TRUE(Recognize("fr", "Le premier ministre a parlé.").empty());
}

// Articles are not numbers in prose; an article before a currency name is one.
TEST(QuantityTest, ArticlesAreNotNumbers) {
  EXPECT_TRUE(Recognize("fr", "Une entreprise a ouvert un bureau.").empty());
  EXPECT_TRUE(Recognize("en", "A company opened an office.").empty());
  // ("and a" goes on a number only before a fraction.)
  {
    auto both = Recognize("en", "It shows revenue of £61.3 million and a profit of £5.8 million.");
    ASSERT_EQ(both.size(), 2u);
    EXPECT_DOUBLE_EQ(both[0].value->ToDouble(), 6.13e7);
    auto tail = Recognize("en", "It raised two and a half million dollars.");
    ASSERT_EQ(tail.size(), 1u);
    EXPECT_DOUBLE_EQ(tail[0].value->ToDouble(), 2.5e6);
  }
  auto qs = Recognize("fr", "Le ticket coûte un euro.");
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(qs[0].unit, "EUR");
  EXPECT_DOUBLE_EQ(qs[0].value->ToDouble(), 1);
}

// Slang currencies only in the informal register.
TEST(QuantityTest, InformalRegister) {
  EXPECT_TRUE(Recognize("fr", "Il a tiré trois balles.").empty() ||
              Recognize("fr", "Il a tiré trois balles.")[0].dimension != "money");
  auto qs = Recognize("fr", "Ça coûte 3 balles.", Register::kInformal);
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(qs[0].dimension, "money");
}

// Sentence indices come from the sentence splitter; "M." does not end one.
TEST(QuantityTest, SentenceIndices) {
  auto qs = Recognize("fr", "M. Durand a levé 5 millions d'euros. Le groupe emploie 300 salariés.");
  ASSERT_EQ(qs.size(), 2u);
  EXPECT_EQ(qs[0].sentence, 0u);
  EXPECT_EQ(qs[1].sentence, 1u);
}

}  // namespace
}  // namespace factmine
