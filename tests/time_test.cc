// Table-driven tests of time expression recognition, French and English:
// dates, months, years, quarters, halves, fiscal years, expressions relative
// to the publication date, spans, and numbers that are not times. Every
// sentence here was written for these tests.
#include <gtest/gtest.h>

#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "corpus/corpus.h"
#include "extract/extract.h"
#include "extract/internal/time_rules.h"

namespace factmine {
namespace {

const TimeRecognizer& Recognizer(const std::string& lang) {
  static std::mutex mu;
  static std::map<std::string, std::unique_ptr<TimeRecognizer>> cache;
  std::lock_guard<std::mutex> lock(mu);
  auto& rec = cache[lang];
  if (!rec) rec = std::make_unique<TimeRecognizer>(**Lexicon::Get(lang));
  return *rec;
}

std::vector<TimeExpr> Recognize(const std::string& lang, const std::string& text,
                                const char* date) {
  const TimeRecognizer& rec = Recognizer(lang);
  TokenList toks;
  Tokenize(text, &rec.lexicon(), &toks);
  SentenceSplitter splitter(lang);
  SentenceIndex& sentences = splitter.Lazy(text);
  std::optional<CivilDate> pub;
  if (date != nullptr) pub = CivilDate::Parse(date);
  std::vector<TimeExpr> out;
  rec.Recognize(text, toks, sentences, pub, &out);
  return out;
}

struct Expected {
  const char* text;
  const char* value;
  const char* grain;
};

struct Case {
  const char* lang;
  const char* date;  // publication date, or nullptr
  const char* input;
  std::vector<Expected> want;
};

std::string Show(const std::string& text, const std::vector<TimeExpr>& got) {
  std::string s;
  for (const TimeExpr& t : got) {
    s.append("[")
        .append(t.span.Of(text))
        .append("|")
        .append(t.value)
        .append("|")
        .append(t.grain)
        .append("] ");
  }
  return s.empty() ? "(none)" : s;
}

void Check(const Case& c) {
  SCOPED_TRACE(std::string(c.lang) + " " + (c.date ? c.date : "no date") + ": " + c.input);
  const std::string text = c.input;
  std::vector<TimeExpr> got = Recognize(c.lang, text, c.date);
  ASSERT_EQ(got.size(), c.want.size()) << "got " << Show(text, got);
  for (size_t i = 0; i < got.size(); ++i) {
    EXPECT_EQ(got[i].span.Of(text), c.want[i].text) << "got " << Show(text, got);
    EXPECT_EQ(got[i].value, c.want[i].value) << "got " << Show(text, got);
    EXPECT_EQ(got[i].grain, c.want[i].grain) << "got " << Show(text, got);
  }
  // Invariants: in bounds, in text order, never overlapping; the interval
  // is ordered; fiscal iff the value says so.
  uint32_t prev_end = 0;
  for (const TimeExpr& t : got) {
    EXPECT_LE(t.span.end, text.size());
    EXPECT_LT(t.span.begin, t.span.end);
    EXPECT_GE(t.span.begin, prev_end);
    prev_end = t.span.end;
    EXPECT_LE(t.first, t.last);
    EXPECT_EQ(t.fiscal, t.value.rfind("FY", 0) == 0);
  }
}

// 2025-03-12 is a Wednesday.
constexpr const char* kP = "2025-03-12";

TEST(TimeRecognizerTest, FrenchYears) {
  const Case cases[] = {
      {"fr",
       kP,
       "Le chiffre d'affaires a progressé de 8 % en 2024.",
       {{"en 2024", "2024", "year"}}},
      {"fr", kP, "Le groupe a été créé en 1998 à Lille.", {{"en 1998", "1998", "year"}}},
      {"fr",
       kP,
       "La croissance est attendue à 1,2 % en 2025 selon l'Insee.",
       {{"en 2025", "2025", "year"}}},
      {"fr", kP, "Le budget 2026 prévoit des économies.", {{"budget 2026", "2026", "year"}}},
      {"fr",
       kP,
       "Le dividende versé au titre de l'exercice 2024 augmente.",
       {{"l'exercice 2024", "2024", "year"}}},
      {"fr", kP, "Fin 2025, le réseau couvrira tout le pays.", {{"Fin 2025", "2025", "year"}}},
      {"fr", kP, "Début 2026, la filiale entrera en Bourse.", {{"Début 2026", "2026", "year"}}},
      {"fr", kP, "Le chantier a démarré mi-2023 près de Dunkerque.", {{"mi-2023", "2023", "year"}}},
      {"fr",
       kP,
       "La production a augmenté en 2023 et 2024.",
       {{"en 2023", "2023", "year"}, {"2024", "2024", "year"}}},
      {"fr",
       kP,
       "Le site vise 500 salariés à l'horizon 2028.",
       {{"à l'horizon 2028", "2028", "year"}}},
      {"fr", kP, "Une hausse des tarifs est prévue pour 2026.", {{"pour 2026", "2026", "year"}}},
      {"fr",
       kP,
       "Les comptes de l'exercice fiscal 2025 sont attendus.",
       {{"l'exercice fiscal 2025", "FY2025", "year"}}},
      {"fr",
       kP,
       "Sur l'exercice 2024/25, la marge recule.",
       {{"l'exercice 2024/25", "FY2025", "year"}}},
  };
  for (const Case& c : cases) Check(c);
}

TEST(TimeRecognizerTest, FrenchQuartersAndHalves) {
  const Case cases[] = {
      {"fr",
       kP,
       "Les ventes ont reculé au troisième trimestre 2024.",
       {{"au troisième trimestre 2024", "2024-Q3", "quarter"}}},
      {"fr",
       kP,
       "Au premier semestre 2024, la marge a atteint 11 %.",
       {{"Au premier semestre 2024", "2024-H1", "half"}}},
      {"fr", kP, "Le S2 2023 a été difficile pour le secteur.", {{"S2 2023", "2023-H2", "half"}}},
      {"fr",
       kP,
       "Les ventes ont chuté de 12 % au 3e trimestre.",
       {{"au 3e trimestre", "2024-Q3", "quarter"}}},
      {"fr",
       kP,
       "Les prix ont baissé au quatrième trimestre.",
       {{"au quatrième trimestre", "2024-Q4", "quarter"}}},
      {"fr",
       kP,
       "Les usines devraient rouvrir au second semestre.",
       {{"au second semestre", "2025-H2", "half"}}},
      // A half without a year in a sentence a numbered year opens is in that year.
      {"fr",
       "2026-04-09",
       "Pour 2026, la direction vise un retour à l'équilibre au second semestre.",
       {{"Pour 2026", "2026", "year"}, {"au second semestre", "2026-H2", "half"}}},
      {"en",
       "2026-04-09",
       "In 2024, the company cut costs in the first half.",
       {{"In 2024", "2024", "year"}, {"in the first half", "2024-H1", "half"}}},
      {"fr",
       kP,
       "Ce trimestre, la demande reste faible.",
       {{"Ce trimestre", "2025-Q1", "quarter"}}},
      {"fr",
       kP,
       "Les ventes du premier trimestre de l'an dernier ont été revues.",
       {{"premier trimestre de l'an dernier", "2024-Q1", "quarter"}}},
      {"fr", kP, "Au T4, le groupe a dégagé une marge record.", {{"Au T4", "2024-Q4", "quarter"}}},
      {"fr", kP, "Il a acheté un T3 à Lyon.", {}},
      {"fr",
       kP,
       "Le groupe a vendu 5 000 unités au deuxième trimestre 2024. Au cours du trimestre, la marge "
       "a reculé.",
       {{"au deuxième trimestre 2024", "2024-Q2", "quarter"},
        {"Au cours du trimestre", "2024-Q2", "quarter"}}},
      {"fr",
       kP,
       "Le chiffre d'affaires a atteint 4 milliards au troisième trimestre 2024, contre 3,6 "
       "milliards un an plus tôt.",
       {{"au troisième trimestre 2024", "2024-Q3", "quarter"},
        {"un an plus tôt", "2023-Q3", "quarter"}}},
      {"fr",
       kP,
       "Un an plus tôt, la perte atteignait 2 millions d'euros.",
       {{"Un an plus tôt", "2024", "year"}}},
  };
  for (const Case& c : cases) Check(c);
}

TEST(TimeRecognizerTest, FrenchDatesAndMonths) {
  const Case cases[] = {
      {"fr",
       kP,
       "Le contrat a été signé le 30 novembre 2022.",
       {{"30 novembre 2022", "2022-11-30", "day"}}},
      {"fr", kP, "L'usine a ouvert le 1er août 2023.", {{"1er août 2023", "2023-08-01", "day"}}},
      {"fr", kP, "Le salon a eu lieu le 27 février.", {{"27 février", "2025-02-27", "day"}}},
      {"fr", kP, "Le 2 mars, la grève a débuté.", {{"2 mars", "2025-03-02", "day"}}},
      {"fr", kP, "La grève débutera le 20 mai.", {{"20 mai", "2025-05-20", "day"}}},
      {"fr", kP, "Le cortège est parti le 20 mai.", {{"20 mai", "2024-05-20", "day"}}},
      {"fr",
       "2025-04-29",
       "1er mai : les syndicats appellent à manifester",
       {{"1er mai", "2025-05-01", "day"}}},
      {"fr", kP, "Le texte sera examiné à partir du 2 avril.", {{"2 avril", "2025-04-02", "day"}}},
      {"fr", kP, "Les ventes de juillet 2024 ont déçu.", {{"juillet 2024", "2024-07", "month"}}},
      {"fr", kP, "Le lancement a eu lieu en mai.", {{"en mai", "2024-05", "month"}}},
      {"fr", kP, "Le lancement aura lieu en mai.", {{"en mai", "2025-05", "month"}}},
      // "à partir de" a month without its year starts the coming one,
      // whatever the clause's verb; "starting in" likewise.
      {"fr", "2025-09-24", "Le club a acheté sa place pour jouer en ligue à partir de janvier.",
       {{"à partir de janvier", "2026-01", "month"}}},
      {"en", "2025-09-24", "The club bought its place, which it took to play starting in February.",
       {{"starting in February", "2026-02", "month"}}},
      // Without a tense, the nearer one, the past counting triple: June is
      // 3 months ahead and 9 behind; the fourth quarter 9 ahead and 2 behind.
      {"fr", kP, "Les soldes d'été en juin.", {{"en juin", "2025-06", "month"}}},
      {"fr", kP, "Les résultats du quatrième trimestre.", {{"quatrième trimestre", "2024-Q4", "quarter"}}},
      // A year said to close is a fiscal year, and so is the one before it.
      {"fr",
       "2025-04-10",
       "Le groupe a perdu 163 millions d'euros sur son exercice 2025, clos le 31 janvier, contre un bénéfice un an plus tôt.",
       {{"exercice 2025", "FY2025", "year"}, {"31 janvier", "2025-01-31", "day"}, {"un an plus tôt", "FY2024", "year"}}},
      // "should", "livrable": words of the future for a month without a year.
      {"en", "2025-09-25", "The new wing should open in April.", {{"in April", "2026-04", "month"}}},
      {"fr", "2026-07-08", "Un parking de 800 places, livrable en octobre.", {{"en octobre", "2026-10", "month"}}},
      // "a adopté" is past; "à compter du" starts something to come, whatever the verb.
      {"fr", "2025-11-12", "Jeudi, le conseil a adopté un programme de travaux.", {{"Jeudi", "2025-11-06", "day"}}},
      {"fr",
       "2025-12-09",
       "Le conseil a approuvé lundi une hausse de la taxe à compter du 1er janvier.",
       {{"lundi", "2025-12-08", "day"}, {"1er janvier", "2026-01-01", "day"}}},
      // Two sentences past the last year named by its number, a year earlier counts from it.
      {"fr",
       "2026-01-07",
       "La biscuiterie a vendu 46 000 sachets en 2025. Les visiteurs étaient nombreux. Le vin chaud se vendait 4,50 "
       "euros, contre 4 euros un an plus tôt.",
       {{"en 2025", "2025", "year"}, {"un an plus tôt", "2024", "year"}}},
      // Of a past and a future cue, the nearer decides; "au titre de" looks back.
      {"fr",
       kP,
       "Le groupe a présenté jeudi un plan qui se traduira par des fermetures.",
       {{"jeudi", "2025-03-06", "day"}}},
      {"fr",
       kP,
       "Il proposera un dividende au titre du quatrième trimestre.",
       {{"au titre du quatrième trimestre", "2024-Q4", "quarter"}}},
      {"fr", kP, "En mars, les immatriculations ont progressé.", {{"En mars", "2025-03", "month"}}},
      {"fr",
       kP,
       "Les livraisons reprendront à partir de septembre.",
       {{"à partir de septembre", "2025-09", "month"}}},
      {"fr",
       kP,
       "Le ministre, nommé début janvier, a démissionné.",
       {{"début janvier", "2025-01", "month"}}},
      {"fr",
       kP,
       "La part de marché atteint 38 % à fin février.",
       {{"à fin février", "2025-02", "month"}}},
      {"fr",
       kP,
       "Le groupe a cédé sa filiale jeudi 6 mars.",
       {{"jeudi 6 mars", "2025-03-06", "day"}}},
      {"fr", kP, "La facture est datée du 27/02/2025.", {{"27/02/2025", "2025-02-27", "day"}}},
      {"fr",
       kP,
       "Le rapport publié le 2025-02-28 confirme la tendance.",
       {{"2025-02-28", "2025-02-28", "day"}}},
      {"fr", kP, "Le dernier mai a été pluvieux.", {}},
  };
  for (const Case& c : cases) Check(c);
}

TEST(TimeRecognizerTest, FrenchRelative) {
  const Case cases[] = {
      {"fr", kP, "Le prix a reculé à 17 euros en 2024, contre 32 euros il y a trois ans.",
       {{"en 2024", "2024", "year"}, {"il y a trois ans", "2022", "year"}}},
      // A festival's edition, a harvest's campaign: the year after the noun.
      {"fr", kP, "Les inscriptions progressent par rapport à l'édition 2024 et à la campagne 2023.",
       {{"l'édition 2024", "2024", "year"}, {"campagne 2023", "2023", "year"}}},
      {"fr", kP, "Cette année, les ventes devraient croître.", {{"Cette année", "2025", "year"}}},
      {"fr", kP, "Le bénéfice avait chuté l'an dernier.", {{"l'an dernier", "2024", "year"}}},
      // "la même année", "that year": the year named last.
      {"fr", kP, "Le musée a ouvert en 2019 ; la même année, il a accueilli 40 000 visiteurs.",
       {{"en 2019", "2019", "year"}, {"la même année", "2019", "year"}}},
      {"en", kP, "The mine opened in 2018, and that year it shipped 2 million tonnes.",
       {{"in 2018", "2018", "year"}, {"that year", "2018", "year"}}},
      // "during the year" is not the year a company was founded in ("that
      // year" may be).
      {"en", kP, "The firm was founded in 2014 and released a gin in 2023. It paid £2m in duty during the year.",
       {{"in 2014", "2014", "year"}, {"in 2023", "2023", "year"}, {"during the year", "2023", "year"}}},
      {"fr", kP, "La maison, fondée en 2011, a versé 2 millions d'euros de droits sur l'année.",
       {{"en 2011", "2011", "year"}, {"sur l'année", "2025", "year"}}},
      // "the same period of 2024": the period named last, in that year.
      {"fr", kP, "Kordium a tiré 1 350 spectacles entre juin et août 2024, contre 1 180 à la même période de 2023.",
       {{"entre juin et août 2024", "2024-06-01/2024-08-31", "span"}, {"à la même période de 2023", "2023-06-01/2023-08-31", "span"}}},
      {"en", kP, "Kordium staged 1,350 shows between June and August 2024, against 1,180 in the same period of last year.",
       {{"between June and August 2024", "2024-06-01/2024-08-31", "span"}, {"in the same period of last year", "2024-06-01/2024-08-31", "span"}}},
      // Nor the year of a comparison's base.
      {"fr", kP, "La récolte a donné 2.300 tonnes, contre 1.700 en 2024. Nous avons vendu 1,4 million de bouteilles sur l'année.",
       {{"en 2024", "2024", "year"}, {"sur l'année", "2025", "year"}}},
      {"en", kP, "The harvest gave 46,000 tonnes, up from 39,000 tonnes in 2023. We sold 1.4 million bottles during the year.",
       {{"in 2023", "2023", "year"}, {"during the year", "2025", "year"}}},
      {"en", kP, "The firm was founded in 2014, and that year it sold 900 bottles.",
       {{"in 2014", "2014", "year"}, {"that year", "2014", "year"}}},
      {"fr",
       kP,
       "L’année dernière, le groupe a perdu de l’argent.",
       {{"L’année dernière", "2024", "year"}}},
      {"fr",
       kP,
       "Le groupe vise un retour à la croissance l'année prochaine.",
       {{"l'année prochaine", "2026", "year"}}},
      {"fr",
       kP,
       "Pour l'exercice en cours, la direction reste prudente.",
       {{"l'exercice en cours", "2025", "year"}}},
      {"fr", kP, "Le conseil s'est réuni lundi.", {{"lundi", "2025-03-10", "day"}}},
      {"fr",
       kP,
       "Le titre a bondi mercredi à la Bourse de Paris.",
       {{"mercredi", "2025-03-12", "day"}}},
      {"fr", kP, "L'assemblée se tiendra vendredi.", {{"vendredi", "2025-03-14", "day"}}},
      {"fr", kP, "Les ventes ont grimpé ce mois-ci.", {{"ce mois-ci", "2025-03", "month"}}},
      {"fr",
       kP,
       "Le mois dernier, l'inflation a ralenti.",
       {{"Le mois dernier", "2025-02", "month"}}},
      {"fr",
       kP,
       "Le groupe a publié ses comptes aujourd'hui.",
       {{"aujourd'hui", "2025-03-12", "day"}}},
      {"fr", kP, "Hier, le CAC 40 a cédé 1 %.", {{"Hier", "2025-03-11", "day"}}},
      // "ce week-end": the one to come from a Wednesday, the one just past
      // on a Monday.
      {"fr", kP, "Le salon attend 14 500 visiteurs ce week-end.",
       {{"ce week-end", "2025-03-15/2025-03-16", "span"}}},
      {"fr", "2025-03-10", "Le salon a reçu 14 500 visiteurs ce week-end.",
       {{"ce week-end", "2025-03-08/2025-03-09", "span"}}},
      {"fr",
       kP,
       "En juillet dernier, la Bourse a chuté.",
       {{"En juillet dernier", "2024-07", "month"}}},
  };
  for (const Case& c : cases) Check(c);
}

TEST(TimeRecognizerTest, FrenchSpans) {
  const Case cases[] = {
      {"fr",
       kP,
       "La société vise l'équilibre d'ici 2027.",
       {{"d'ici 2027", "2025-03-12/2027-12-31", "span"}}},
      {"fr", kP, "Elle recrute depuis 2019.", {{"depuis 2019", "2019-01-01/2025-03-12", "span"}}},
      {"fr",
       kP,
       "Les effectifs ont été réduits depuis janvier.",
       {{"depuis janvier", "2025-01-01/2025-03-12", "span"}}},
      {"fr",
       kP,
       "Le réseau cuivre sera fermé d’ici la fin de l’année.",
       {{"d’ici la fin de l’année", "2025-03-12/2025-12-31", "span"}}},
      {"fr",
       kP,
       "Le marché a explosé dans les années 1990.",
       {{"dans les années 1990", "1990-01-01/1999-12-31", "span"}}},
      {"fr",
       kP,
       "Les ventes ont doublé entre 2020 et 2024.",
       {{"entre 2020 et 2024", "2020-01-01/2024-12-31", "span"}}},
      {"fr",
       kP,
       "De janvier 2021 à mars 2023, le prix a triplé.",
       {{"De janvier 2021 à mars 2023", "2021-01-01/2023-03-31", "span"}}},
      {"fr",
       kP,
       "Le groupe compte investir 2 milliards au cours des 12 prochains mois.",
       {{"au cours des 12 prochains mois", "2025-03-12/2026-03-12", "span"}}},
      {"fr",
       kP,
       "L'objectif est fixé à horizon trois ans.",
       {{"à horizon trois ans", "2025-03-12/2028-03-12", "span"}}},
      {"fr",
       kP,
       "Le plan 2025-2030 prévoit 5 milliards d'investissements.",
       {{"2025-2030", "2025-01-01/2030-12-31", "span"}}},
      {"fr",
       kP,
       "Les prix ont flambé au cours des six derniers mois.",
       {{"au cours des six derniers mois", "2024-09-12/2025-03-12", "span"}}},
  };
  for (const Case& c : cases) Check(c);
}

TEST(TimeRecognizerTest, FrenchNotTimes) {
  const Case cases[] = {
      {"fr", kP, "Les bateaux restent à l'année dans le port.", {}},
      {"fr", kP, "Un joueur sur trois revient dans l'année.", {}},
      {"fr", kP, "La société a réalisé 2 000 euros de ventes.", {}},
      {"fr", kP, "L'entreprise emploie 1 500 salariés.", {}},
      {"fr", kP, "Son fondateur, 41 ans, a quitté le groupe.", {}},
      {"fr", kP, "Windows 11 équipe désormais la moitié des PC.", {}},
      {"fr", kP, "L'A350 a effectué 2024 rotations.", {}},
      {"fr", kP, "Le délai de paiement est de 60 jours.", {}},
      {"fr", kP, "Les prix ont augmenté de 3 % sur un an.", {}},
      {"fr", kP, "Appelez le 01 45 67 89 10 pour réserver.", {}},
      {"fr", kP, "La loi n° 2024-1034 a été promulguée.", {}},
      {"fr", kP, "Le livre a été imprimé en 2000 exemplaires.", {}},
      {"fr", kP, "Le prix est passé à 2030 euros.", {}},
      {"fr", kP, "Les effectifs sont passés de 1950 à 2050 personnes.", {}},
      {"fr", kP, "Le fonds a investi dans 2024 projets.", {}},
      {"fr", kP, "La marge a atteint 2024,5 millions en 2019.", {{"en 2019", "2019", "year"}}},
  };
  for (const Case& c : cases) Check(c);
}

TEST(TimeRecognizerTest, EnglishYearsAndFiscal) {
  const Case cases[] = {
      {"en", kP, "Revenue rose 12% in 2024.", {{"in 2024", "2024", "year"}}},
      {"en", kP, "The company was founded in 1987 in Ohio.", {{"in 1987", "1987", "year"}}},
      {"en", kP, "Nvidia's revenue for fiscal 2025 doubled.", {{"fiscal 2025", "FY2025", "year"}}},
      {"en",
       kP,
       "Revenue for fiscal year 2025 rose to $130 billion.",
       {{"fiscal year 2025", "FY2025", "year"}}},
      {"en",
       kP,
       "The FY2025 guidance was raised, and FY26 looks better.",
       {{"FY2025", "FY2025", "year"}, {"FY26", "FY2026", "year"}}},
      {"en",
       kP,
       "Revenue for fiscal 2024 rose. Revenue for the full year was $10 billion.",
       {{"fiscal 2024", "FY2024", "year"}, {"for the full year", "FY2024", "year"}}},
      {"en", kP, "Spending will rise in early 2026.", {{"in early 2026", "2026", "year"}}},
      {"en",
       kP,
       "Revenue rose in 2023 and 2024.",
       {{"in 2023", "2023", "year"}, {"2024", "2024", "year"}}},
      {"en", kP, "Profit fell last year.", {{"last year", "2024", "year"}}},
      {"en",
       kP,
       "The company expects growth this year and next year.",
       {{"this year", "2025", "year"}, {"next year", "2026", "year"}}},
  };
  for (const Case& c : cases) Check(c);
}

TEST(TimeRecognizerTest, EnglishQuartersHalvesDates) {
  const Case cases[] = {
      {"en",
       kP,
       "Sales fell in the third quarter of 2024.",
       {{"in the third quarter of 2024", "2024-Q3", "quarter"}}},
      {"en", kP, "Q4 2024 revenue beat estimates.", {{"Q4 2024", "2024-Q4", "quarter"}}},
      {"en",
       kP,
       "A new model is due in the first half of 2026.",
       {{"in the first half of 2026", "2026-H1", "half"}}},
      {"en", kP, "Margins improved in H2 2024.", {{"in H2 2024", "2024-H2", "half"}}},
      {"en", kP, "Fourth-quarter revenue rose 5%.", {{"Fourth-quarter", "2024-Q4", "quarter"}}},
      {"en",
       kP,
       "The company will publish second-quarter results soon.",
       {{"second-quarter", "2024-Q2", "quarter"}}},
      {"en",
       kP,
       "Revenue will be reported for the second quarter.",
       {{"for the second quarter", "2025-Q2", "quarter"}}},
      {"en", kP, "Sales rose this quarter.", {{"this quarter", "2025-Q1", "quarter"}}},
      // "the quarter" in a past clause is the last one ended, not the one
      // forecast since; in a future clause, the one forecast.
      {"en",
       "2025-11-05",
       "Sales rose in the third quarter. For the fourth quarter it expects growth. A charge was booked in the quarter.",
       {{"in the third quarter", "2025-Q3", "quarter"},
        {"For the fourth quarter", "2025-Q4", "quarter"},
        {"in the quarter", "2025-Q3", "quarter"}}},
      {"en",
       "2025-11-05",
       "Sales rose in the third quarter. For the fourth quarter it expects growth. It will hire in the quarter.",
       {{"in the third quarter", "2025-Q3", "quarter"},
        {"For the fourth quarter", "2025-Q4", "quarter"},
        {"in the quarter", "2025-Q4", "quarter"}}},
      // A dividend "payable in October" is paid in the October to come.
      {"en",
       "2026-02-10",
       "The board approved a dividend of 12 pence a share, payable in October.",
       {{"in October", "2026-10", "month"}}},
      // "sur le mois", "during the month": the month the article reports
      // on, the first it names, not one a comparison names since.
      {"fr",
       "2025-05-07",
       "Le déficit s'est creusé en mars, contre 6 milliards en février. La facture a baissé sur le mois.",
       {{"en mars", "2025-03", "month"}, {"en février", "2025-02", "month"}, {"sur le mois", "2025-03", "month"}}},
      {"en",
       "2026-10-01",
       "Controllers struck in September. The carrier cancelled 410 flights during the month.",
       {{"in September", "2026-09", "month"}, {"during the month", "2026-09", "month"}}},
      // The fiscal year that closes with a month.
      {"en",
       "2026-05-07",
       "Borrowing reached £131 billion in the fiscal year ended in March.",
       {{"the fiscal year ended in March", "FY2026", "year"}}},
      {"en", "2023-09-16", "Sales fell 2% in the fiscal year to June.", {{"the fiscal year to June", "FY2023", "year"}}},
      // ... or the one under way, which closes at that month's next end.
      {"en", "2025-11-12", "The budget is NZ$14.5 million for the financial year ending in June.",
       {{"the financial year ending in June", "FY2026", "year"}}},
      {"fr", "2025-11-12", "Il vise 40 millions d'euros sur l'exercice qui se termine en juin.",
       {{"l'exercice qui se termine en juin", "FY2026", "year"}}},
      {"en",
       "2026-04-09",
       "Revenue grew 6% in the fiscal year that ended on March 31.",
       {{"the fiscal year that ended on March 31", "FY2026", "year"}}},
      {"fr",
       "2026-04-09",
       "Le chiffre d'affaires a progressé sur l'exercice qui s'est achevé le 31 mars.",
       {{"l'exercice qui s'est achevé le 31 mars", "FY2026", "year"}}},
      {"fr", "2025-07-24", "L'activité a reculé entre avril et juin.", {{"entre avril et juin", "2025-Q2", "quarter"}}},
      {"fr", "2025-07-24", "L'activité a reculé entre janvier et juin.", {{"entre janvier et juin", "2025-H1", "half"}}},
      {"fr", "2025-07-24", "L'activité a reculé entre mars et juin.",
       {{"entre mars et juin", "2025-03-01/2025-06-30", "span"}}},
      // Two months joined after a preposition are one span; a year after
      // the second is both months' ("in June and July 2024").
      {"fr", "2025-04-09", "Les ventes ont chuté en janvier et février.",
       {{"en janvier et février", "2025-01-01/2025-02-28", "span"}}},
      {"en", "2025-04-09", "Sales fell in June and July 2024.", {{"in June and July 2024", "2024-06-01/2024-07-31", "span"}}},
      // "the nine months" of a results story: the first nine of the year.
      {"en", "2025-10-23", "Revenue for the nine months rose to €1.4 billion.",
       {{"for the nine months", "2025-01-01/2025-09-30", "span"}}},
      // A decimal mark is no sentence end: the future verb still reads.
      {"en", "2026-01-14", "The group will post revenue of about £1.2 billion in September.",
       {{"in September", "2026-09", "month"}}},
      // A quarter that just ended is the one a forecast speaks of.
      {"en", "2025-10-16", "It expects losses of about $1.6 billion in the third quarter.",
       {{"in the third quarter", "2025-Q3", "quarter"}}},
      // "from" makes a bare number a year only when the year ends its clause.
      {"en", "2025-09-10", "Revenue for the six months to June climbed 12%.",
       {{"for the six months to June", "2025-H1", "half"}}},
      {"en", "2025-10-10", "Revenue for the nine months to September rose.",
       {{"for the nine months to September", "2025-01-01/2025-09-30", "span"}}},
      {"en", kP, "The deal will cost $46 million a year from 2027.", {{"from 2027", "2027", "year"}}},
      {"en", kP, "The index climbed to 2100 from 2050.", {}},
      {"en", kP, "Output rose from 2050 units to 2100 units.", {}},
      // British usage: the three months to March are the first quarter.
      {"en",
       "2026-05-07",
       "Unemployment rose to 5.1% in the three months to March.",
       {{"in the three months to March", "2026-Q1", "quarter"}}},
      // "said" is nearer than "will": the January just past.
      {"en",
       kP,
       "It said in January that prices will rise.",
       {{"in January", "2025-01", "month"}}},
      {"en",
       kP,
       "Prices will rise to $18.99 from June.",
       {{"from June", "2025-06", "month"}}},
      {"en",
       kP,
       "Revenue reached $4 billion in the third quarter of 2024, up from $3.5 billion a year "
       "earlier.",
       {{"in the third quarter of 2024", "2024-Q3", "quarter"},
        {"a year earlier", "2023-Q3", "quarter"}}},
      {"en", kP, "The deal closed on March 14, 2025.", {{"March 14, 2025", "2025-03-14", "day"}}},
      {"en",
       kP,
       "The contract was signed on 14 March 2024.",
       {{"14 March 2024", "2024-03-14", "day"}}},
      {"en", kP, "Results will be published on April 24.", {{"April 24", "2025-04-24", "day"}}},
      {"en", kP, "In January, exports fell.", {{"In January", "2025-01", "month"}}},
      {"en",
       kP,
       "Headcount stood at 74,100 at the end of December.",
       {{"at the end of December", "2024-12", "month"}}},
      {"en", kP, "Sales fell last month.", {{"last month", "2025-02", "month"}}},
      {"en", kP, "The report is dated 03/07/2025.", {{"03/07/2025", "2025-03-07", "day"}}},
  };
  for (const Case& c : cases) Check(c);
}

TEST(TimeRecognizerTest, EnglishRelativeAndSpans) {
  const Case cases[] = {
      // A pair of months that is a calendar quarter, then "quarter".
      {"en",
       kP,
       "Profit fell in the October-December quarter from a year earlier.",
       {{"in the October-December quarter", "2024-Q4", "quarter"}, {"from a year earlier", "2023-Q4", "quarter"}}},
      // An interviewer's question names a year bare.
      {"en", kP, "How did 2024 go?", {{"2024", "2024", "year"}}},
      // "ago" counts back from the publication date, "earlier" from the period named.
      {"en", kP, "Sales reached 2025 units in 2024, against 900 three years ago.",
       {{"in 2024", "2024", "year"}, {"three years ago", "2022", "year"}}},
      {"en", kP, "Shares jumped on Monday.", {{"on Monday", "2025-03-10", "day"}}},
      {"en",
       kP,
       "The company said on Thursday that the board met on Friday.",
       {{"on Thursday", "2025-03-06", "day"}, {"on Friday", "2025-03-07", "day"}}},
      {"en", kP, "Yesterday the index fell 2%.", {{"Yesterday", "2025-03-11", "day"}}},
      {"en",
       kP,
       "The firm aims to be carbon neutral by 2030.",
       {{"by 2030", "2025-03-12/2030-12-31", "span"}}},
      {"en",
       kP,
       "The plant has been idle since 2019.",
       {{"since 2019", "2019-01-01/2025-03-12", "span"}}},
      {"en",
       kP,
       "The project will run over the next two years.",
       {{"over the next two years", "2025-03-12/2027-03-12", "span"}}},
      {"en",
       kP,
       "Inflation peaked in the 1990s.",
       {{"in the 1990s", "1990-01-01/1999-12-31", "span"}}},
      {"en",
       kP,
       "Prices doubled between January 2021 and March 2023.",
       {{"between January 2021 and March 2023", "2021-01-01/2023-03-31", "span"}}},
      {"en", kP, "The plan covers 2025-2030.", {{"2025-2030", "2025-01-01/2030-12-31", "span"}}},
  };
  for (const Case& c : cases) Check(c);
}

TEST(TimeRecognizerTest, EnglishNotTimes) {
  const Case cases[] = {
      {"en", kP, "The company employs 2,000 people.", {}},
      {"en", kP, "The iPhone 15 sold well.", {}},
      {"en", kP, "She is 41 years old.", {}},
      {"en", kP, "Payment is due within 60 days.", {}},
      {"en", kP, "Call 555-123-4567 for details.", {}},
      {"en", kP, "Exports may rise.", {}},
      {"en", kP, "At 2000 meters, the air is thin.", {}},
      {"en", kP, "The A350 made 2024 flights.", {}},
  };
  for (const Case& c : cases) Check(c);
}

TEST(TimeRecognizerTest, MoreConstructions) {
  const Case cases[] = {
      {"fr",
       kP,
       "Le bénéfice doublera d'ici trois ans.",
       {{"d'ici trois ans", "2025-03-12/2028-03-12", "span"}}},
      {"fr",
       kP,
       "Les ventes ont progressé depuis le début de l'année.",
       {{"depuis le début de l'année", "2025-01-01/2025-03-12", "span"}}},
      {"fr",
       kP,
       "Du 1er janvier au 31 mars 2025, le trafic a baissé.",
       {{"Du 1er janvier au 31 mars 2025", "2025-01-01/2025-03-31", "span"}}},
      {"fr", kP, "Une reprise est attendue en fin d'année.", {{"en fin d'année", "2025", "year"}}},
      {"fr",
       kP,
       "La semaine dernière, le titre a chuté.",
       {{"La semaine dernière", "2025-03-03/2025-03-09", "span"}}},
      {"fr",
       kP,
       "Le conseil se réunira mardi prochain.",
       {{"mardi prochain", "2025-03-18", "day"}}},
      {"fr",
       kP,
       "Le chiffre d'affaires a reculé en 2024, après une hausse en 2023.",
       {{"en 2024", "2024", "year"}, {"en 2023", "2023", "year"}}},
      {"fr",
       kP,
       "Entre fin 2012 et fin 2015, les effectifs ont fondu.",
       {{"Entre fin 2012 et fin 2015", "2012-01-01/2015-12-31", "span"}}},
      {"en",
       kP,
       "Profit will double by the end of 2025.",
       {{"by the end of 2025", "2025-03-12/2025-12-31", "span"}}},
      {"en", kP, "The plant reopens in mid-2025.", {{"in mid-2025", "2025", "year"}}},
      {"en",
       kP,
       "The plan runs over 2025-2030.",
       {{"over 2025-2030", "2025-01-01/2030-12-31", "span"}}},
      {"en", kP, "The deal closed Jan. 15, 2025.", {{"Jan. 15, 2025", "2025-01-15", "day"}}},
      {"en", kP, "Q3 revenue rose.", {{"Q3", "2024-Q3", "quarter"}}},
      {"en", kP, "The store opened in May 2024.", {{"in May 2024", "2024-05", "month"}}},
      {"en",
       kP,
       "Sales have risen since the start of the year.",
       {{"since the start of the year", "2025-01-01/2025-03-12", "span"}}},
      {"en",
       kP,
       "Prices will stay high until next year.",
       {{"until next year", "2025-03-12/2026-12-31", "span"}}},
      {"en",
       kP,
       "In the second quarter, sales fell. Over the three months, margins rose.",
       {{"In the second quarter", "2024-Q2", "quarter"},
        {"Over the three months", "2024-Q2", "quarter"}}},
      {"en",
       kP,
       "Net income for fiscal year 2024 fell, after rising in the previous year.",
       {{"fiscal year 2024", "FY2024", "year"}, {"in the previous year", "FY2023", "year"}}},
  };
  for (const Case& c : cases) Check(c);
}

// Seasons (July to June) and spans that end on a date.
TEST(TimeRecognizerTest, SeasonsAndSpansToADate) {
  const Case cases[] = {
      {"fr",
       kP,
       "Le club disposera pour la saison 2025-2026 d'un budget record, contre la saison dernière.",
       {{"saison 2025-2026", "2025-07-01/2026-06-30", "span"},
        {"la saison dernière", "2023-07-01/2024-06-30", "span"}}},
      // Once a season is named, a bare pair of years is one too.
      {"fr",
       kP,
       "La collecte de la campagne 2024-2025 recule, contre 10 millions en 2023-2024.",
       {{"campagne 2024-2025", "2024-07-01/2025-06-30", "span"}, {"en 2023-2024", "2023-07-01/2024-06-30", "span"}}},
      {"en", kP, "It was the club's best result of the 2024-25 season.", {{"2024-25 season", "2024-07-01/2025-06-30", "span"}}},
      // A bare pair with a two-digit second year, no season named before,
      // is a financial year in English.
      {"en", "2026-02-17", "The council will spend £4.9 million on libraries in 2026-27.",
       {{"in 2026-27", "FY2027", "year"}}},
      // "this financial year": the one running at the publication date,
      // April to March (setting fiscal_start).
      {"en", "2026-02-17", "Spending falls this financial year, after last financial year's rise.",
       {{"this financial year", "FY2026", "year"}, {"last financial year", "FY2025", "year"}}},
      {"en", "2026-05-04", "The agency expects a surplus in the current financial year.",
       {{"in the current financial year", "FY2027", "year"}}},
      // A financial year named by its pair of years ends in the second; a
      // later bare pair is one too.
      {"en",
       "2025-11-26",
       "Borrowing falls to £118 billion in the 2025-26 financial year, from £137 billion in 2024-25.",
       {{"in the 2025-26 financial year", "FY2026", "year"}, {"in 2024-25", "FY2025", "year"}}},
      {"en",
       kP,
       "Revenue rose in the three months to January 31, and in the three months to December 31.",
       {{"in the three months to January 31", "2024-11-01/2025-01-31", "span"},
        {"in the three months to December 31", "2024-Q4", "quarter"}}},
      // Six months that are a calendar half are that half.
      {"en",
       "2026-08-01",
       "Profit rose in the six months to June 30, after the six months to March 31.",
       {{"in the six months to June 30", "2026-H1", "half"}, {"the six months to March 31", "2025-10-01/2026-03-31", "span"}}},
      {"en", "2025-05-19", "Profit rose in the fiscal year to March 31.", {{"the fiscal year to March 31", "FY2025", "year"}}},
      {"en", "2026-10-14", "It shipped 18,400 guitars in its fiscal year to June.", {{"its fiscal year to June", "FY2026", "year"}}},
      {"fr", "2025-10-16", "Sur l'exercice clos le 31 juillet, les ventes ont progressé.",
       {{"l'exercice clos le 31 juillet", "FY2025", "year"}}},
      {"fr", "2026-04-16", "Les abonnés étaient 9 millions fin mars. Nous comptions à la même date 3 millions de clients.",
       {{"fin mars", "2026-03", "month"}, {"à la même date", "2026-03", "month"}}},
      // "Sur la même période": the period named last (not a day, not a "since").
      {"fr",
       "2025-09-18",
       "Entre juin et août, les nuitées ont progressé, a indiqué jeudi l'Insee. La région a accueilli sur la même "
       "période 2 millions de visiteurs, contre la même période de l'an dernier.",
       {{"Entre juin et août", "2025-06-01/2025-08-31", "span"},
        {"jeudi", "2025-09-18", "day"},
        {"sur la même période", "2025-06-01/2025-08-31", "span"},
        {"l'an dernier", "2024", "year"}}},
      {"en",
       "2024-11-14",
       "Revenue rose in the nine months to September 30.",
       {{"in the nine months to September 30", "2024-01-01/2024-09-30", "span"}}},
      {"en",
       "2024-11-14",
       "In the nine months to September 30, the loss narrowed from a year earlier.",
       {{"In the nine months to September 30", "2024-01-01/2024-09-30", "span"},
        {"from a year earlier", "2023-01-01/2023-09-30", "span"}}},
      {"en", "2025-12-10", "Prices rose in the year to November.", {{"the year to November", "2024-12-01/2025-11-30", "span"}}},
      // A day without a year up to two and a half months ahead is the coming one.
      {"fr", "2025-12-16", "Nouvelle grille tarifaire le 1er février.", {{"1er février", "2026-02-01", "day"}}},
      // A past verb ("stood", "s'établissait") reads a month without a year as the last one.
      {"en", "2026-03-12", "Net debt stood at £61 million at the end of June.", {{"at the end of June", "2025-06", "month"}}},
      {"fr", "2026-03-12", "La dette s'établissait à 61 millions d'euros en juin.", {{"en juin", "2025-06", "month"}}},
      // A span that runs to today starts in this year, whatever year was named before.
      {"fr",
       "2026-02-10",
       "En 2025, le titre avait perdu 3 %. Depuis le début de l'année, il progresse.",
       {{"En 2025", "2025", "year"}, {"Depuis le début de l'année", "2026-01-01/2026-02-10", "span"}}},
      // What someone said would happen is still to come: "said it would cut its prices from July 1".
      {"en", "2026-06-20", "Kordium said it would cut the price of its bikes to £990 from July 1.", {{"July 1", "2026-07-01", "day"}}},
      {"en", "2026-01-20", "Semivel said it would open its plant in March.", {{"in March", "2026-03", "month"}}},
      // An article about an opera or a theatre reads its seasons from September.
      {"en", "2025-11-13", "The opera sold 71,000 tickets in the 2024-25 season.",
       {{"in the 2024-25 season", "2024-09-01/2025-08-31", "span"}}},
      {"fr", "2025-11-13", "Le théâtre a accueilli 68 400 spectateurs la saison dernière.",
       {{"la saison dernière", "2024-09-01/2025-08-31", "span"}}},
      {"fr", "2025-11-13", "La fédération compte 312 400 licenciés pour la saison 2025-2026.",
       {{"saison 2025-2026", "2025-09-01/2026-08-31", "span"}}},
      {"en", "2025-11-13", "The club sold 71,000 tickets in the 2024-25 season.",
       {{"in the 2024-25 season", "2024-07-01/2025-06-30", "span"}}},
      // A school year runs from September; a founding year, past a place, is no year "un an plus tôt" counts from.
      {"fr", "2025-08-28", "Kordium a vendu 612.000 manuels sur l'année scolaire 2024-2025.",
       {{"sur l'année scolaire 2024-2025", "2024-09-01/2025-08-31", "span"}}},
      {"fr", "2025-08-28", "Semivel, fondée à Lille en 2021, compte 410.000 membres, contre 265.000 un an plus tôt.",
       {{"en 2021", "2021", "year"}, {"un an plus tôt", "2024", "year"}}},
      // A deadline is the coming one, whatever the verb's tense.
      {"en", "2025-01-22", "The volumes would be made up by the end of March.", {{"by the end of March", "2025-01-22/2025-03-31", "span"}}},
      // The first months of a year named after them.
      {"en", "2025-03-04", "Revenue rose in the first six months of 2024.", {{"in the first six months of 2024", "2024-H1", "half"}}},
      {"fr",
       "2025-03-04",
       "Les ventes ont progressé aux neuf premiers mois de 2023.",
       {{"aux neuf premiers mois de 2023", "2023-01-01/2023-09-30", "span"}}},
      // Not a fiscal year unless the text says so: the twelve months to the date.
      {"en", "2025-04-29", "Revenue rose in the year to March 31.", {{"the year to March 31", "2024-04-01/2025-03-31", "span"}}},
      // "during the year" and "a year earlier" after it: that span, or it a
      // year back (past a launch year, a base and a span from today).
      {"en",
       "2025-10-21",
       "It lost £1.9m in the year to July 31, against a profit a year earlier. Its cider, released in 2022 after "
       "trials, sold well, and it will spend £3m over the next two years. It paid £8.2m in duty during the year.",
       {{"the year to July 31", "2024-08-01/2025-07-31", "span"},
        {"a year earlier", "2023-08-01/2024-07-31", "span"},
        {"in 2022", "2022", "year"},
        {"over the next two years", "2025-10-21/2027-10-21", "span"},
        {"during the year", "2024-08-01/2025-07-31", "span"}}},
      // A pair of months that is a calendar quarter, then "period".
      {"en", "2025-07-17", "Sales rose 7.5% in the April-June period.", {{"in the April-June period", "2025-Q2", "quarter"}}},
      // The latest fiscal year, and its end month: the fiscal year named by
      // the year it ended in; "five years earlier" after it, that one back.
      {"en",
       "2025-07-16",
       "It enrolled 16,400 students in its latest fiscal year, which ended in March, down from 25,000 five years earlier.",
       {{"its latest fiscal year, which ended in March", "FY2025", "year"}, {"five years earlier", "FY2020", "year"}}},
      {"fr",
       "2025-07-16",
       "Au cours de son dernier exercice, clos en mars, la société a vendu 3 000 vélos.",
       {{"son dernier exercice, clos en mars", "FY2025", "year"}}},
      // "entre le ... et le ...": an article after each word of the range;
      // the first day falls in the year before when the last day ends it.
      {"fr",
       "2026-02-10",
       "La sucrerie a tourné entre le 16 septembre et le 24 janvier.",
       {{"entre le 16 septembre et le 24 janvier", "2025-09-16/2026-01-24", "span"}}},
      // A day range whose first day takes the month of the last.
      {"fr", "2025-07-29", "Le festival s'est tenu du 24 au 27 juillet.", {{"du 24 au 27 juillet", "2025-07-24/2025-07-27", "span"}}},
      {"fr",
       "2025-07-29",
       "La prochaine édition aura lieu du 23 au 26 juillet 2026.",
       {{"du 23 au 26 juillet 2026", "2026-07-23/2026-07-26", "span"}}},
      {"en", "2025-07-29", "The show ran from 24 to 27 July.", {{"from 24 to 27 July", "2025-07-24/2025-07-27", "span"}}},
      // Twelve months that make a calendar year are that year.
      {"en",
       "2026-04-09",
       "Revenue rose for the year ended 31 December 2025.",
       {{"the year ended 31 December 2025", "2025", "year"}}},
      {"fr", "2026-02-10", "Sur les douze mois clos fin décembre, les ventes ont progressé.", {{"les douze mois clos fin décembre", "2025", "year"}}},
      {"fr",
       "2025-09-02",
       "Le chiffre d'affaires a progressé sur les douze mois clos fin juin.",
       {{"les douze mois clos fin juin", "2024-07-01/2025-06-30", "span"}}},
  };
  for (const Case& c : cases) Check(c);
}

// Words that fold to a time word must not read as one.
TEST(TimeRecognizerTest, RegressionAccentFolding) {
  const Case cases[] = {
      // "des" folds like "dès" (a preposition).
      {"fr",
       kP,
       "Le marché a changé au début des années 2000.",
       {{"années 2000", "2000-01-01/2009-12-31", "span"}}},
      // "a" folds like "à".
      {"fr", kP, "Il a lundi annoncé sa démission.", {{"lundi", "2025-03-10", "day"}}},
      {"fr", kP, "Dès 2026, la filiale sera rentable.", {{"Dès 2026", "2026", "year"}}},
  };
  for (const Case& c : cases) Check(c);
}

TEST(TimeRulesTest, ShippedDataHasNoMalformedRows) {
  for (const char* lang : {"fr", "en"}) {
    SCOPED_TRACE(lang);
    internal::TimeRules r;
    internal::LoadTimeRules(lang, &r);
    EXPECT_TRUE(r.skipped.empty()) << r.skipped.front();
    EXPECT_FALSE(r.cores.empty());
    EXPECT_FALSE(r.preps.empty());
  }
}

TEST(TimeRulesTest, MalformedRowsAreSkippedAndNoted) {
  const char* table =
      "# comment\n"
      "phrase\tkind\tvalue\tflags\n"
      "en\tprep\tat\n"
      "foo\tnokind\t1\n"            // unknown kind
      "bar\tquarter\t5\n"           // quarter out of range
      "baz\tprep\tsometimes\n"      // bad preposition sense
      "qux\tyear_rel\t-1\tweird\n"  // unknown flag
      "au cours des # mois\tslot\tnext year\n"
      "sans nombre\tslot\tnext year\n"  // no '#' and no count
      "hier\tday_rel\t-1\n";
  internal::TimeRules r;
  internal::CompileTimeTable("xx/times.tsv", table, &r);
  ASSERT_EQ(r.skipped.size(), 5u);
  EXPECT_NE(r.skipped[0].find("xx/times.tsv:4"), std::string::npos) << r.skipped[0];
  EXPECT_FALSE(r.preps.empty());
  EXPECT_FALSE(r.cores.empty());
  EXPECT_EQ(r.slots.size(), 1u);

  internal::TimeRules bad_header;
  internal::CompileTimeTable("xx/times.tsv", "word\tmeaning\nen\tprep\n", &bad_header);
  EXPECT_EQ(bad_header.skipped.size(), 1u);
  EXPECT_TRUE(bad_header.rows.empty());
}

TEST(TimeRecognizerTest, WithoutPublicationDateOnlyAbsolute) {
  const Case cases[] = {
      {"fr",
       nullptr,
       "Cette année, en 2024, la croissance ralentit jeudi.",
       {{"en 2024", "2024", "year"}}},
      {"fr",
       nullptr,
       "Le contrat a été signé le 30 novembre 2022, depuis 2019.",
       {{"30 novembre 2022", "2022-11-30", "day"}}},
      {"en", nullptr, "Last year, revenue rose in 2024.", {{"in 2024", "2024", "year"}}},
  };
  for (const Case& c : cases) Check(c);
}

TEST(TimeRecognizerTest, SentenceIndexAndFlags) {
  const std::string text =
      "Le groupe a été fondé en 2019. Il a publié ses comptes jeudi. Il vise 2027.";
  auto got = Recognize("fr", text, kP);
  ASSERT_EQ(got.size(), 2u) << Show(text, got);
  EXPECT_EQ(got[0].sentence, 0u);
  EXPECT_FALSE(got[0].relative);
  EXPECT_EQ(got[0].first, (CivilDate{2019, 1, 1}));
  EXPECT_EQ(got[0].last, (CivilDate{2019, 12, 31}));
  EXPECT_EQ(got[1].sentence, 1u);
  EXPECT_TRUE(got[1].relative);
  EXPECT_EQ(got[1].value, "2025-03-06");

  const std::string fiscal = "Revenue for fiscal 2025 rose.";
  auto f = Recognize("en", fiscal, kP);
  ASSERT_EQ(f.size(), 1u);
  EXPECT_TRUE(f[0].fiscal);
  EXPECT_EQ(f[0].first, (CivilDate{2025, 1, 1}));  // calendar year as approximation
}

}  // namespace
}  // namespace factmine
