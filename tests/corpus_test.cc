// Reading inputs, bad input, preparation (UTF-8 policy, NFC, dates,
// language) and sentence splitting.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "corpus/corpus.h"

namespace factmine {
namespace {
namespace fs = std::filesystem;

class TempDir {
 public:
  TempDir() {
    path_ = fs::temp_directory_path() / ("factmine_test_" + std::to_string(::getpid()) + "_" +
                                         std::to_string(counter_++));
    fs::create_directories(path_);
  }
  ~TempDir() { fs::remove_all(path_); }
  std::string Write(const std::string& name, const std::string& bytes) {
    fs::path p = path_ / name;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << bytes;
    return p.string();
  }
  std::string path() const { return path_.string(); }

 private:
  static inline int counter_ = 0;
  fs::path path_;
};

struct ReadResult {
  std::vector<RawArticle> articles;
  std::vector<Rejection> rejected;
};

ReadResult ReadAll(std::vector<std::string> inputs, ReaderOptions opt = {}) {
  ArticleReader reader(std::move(inputs), opt);
  ReadResult r;
  while (true) {
    RawArticle a;
    Rejection rej;
    auto res = reader.Next(&a, &rej);
    if (res == ArticleReader::Result::kEnd) break;
    if (res == ArticleReader::Result::kRejected) r.rejected.push_back(rej);
    else r.articles.push_back(std::move(a));
  }
  return r;
}

TEST(ReaderTest, FilesFoldersAndJsonl) {
  TempDir dir;
  dir.Write("b.txt", "Deuxième article.\n");
  dir.Write("a.txt", "Premier article.\n");
  dir.Write("sub/c.jsonl",
            "{\"id\": \"x1\", \"text\": \"Un texte.\", \"date\": \"2024-05-02\", \"lang\": \"fr\"}\n"
            "\n"
            "{\"text\": \"Sans identifiant.\"}\n");
  dir.Write("notes.md", "ignored in folders");
  dir.Write(".hidden/d.txt", "ignored");
  auto r = ReadAll({dir.path()});
  ASSERT_EQ(r.rejected.size(), 0u);
  ASSERT_EQ(r.articles.size(), 4u);
  EXPECT_NE(r.articles[0].id.find("a.txt"), std::string::npos);  // sorted
  EXPECT_NE(r.articles[1].id.find("b.txt"), std::string::npos);
  EXPECT_EQ(r.articles[2].id, "x1");
  EXPECT_EQ(r.articles[2].date, "2024-05-02");
  EXPECT_NE(r.articles[3].id.find("c.jsonl:3"), std::string::npos);
}

TEST(ReaderTest, BadInputIsNamedAndTheRestIsRead) {
  TempDir dir;
  std::string jsonl = dir.Write("in.jsonl",
                                "{\"text\": \"bon\"}\n"
                                "{\"text\": \"tronqué\n"
                                "[1, 2]\n"
                                "{\"id\": \"no-text\"}\n"
                                "{\"text\": \"encore bon\"}\n");
  std::string missing = dir.path() + "/absent.txt";
  std::string ok = dir.Write("ok.txt", "Un article.\n");
  auto r = ReadAll({jsonl, missing, ok});
  ASSERT_EQ(r.articles.size(), 3u);
  ASSERT_EQ(r.rejected.size(), 4u);
  EXPECT_NE(r.rejected[0].input.find("in.jsonl:2"), std::string::npos);
  EXPECT_EQ(r.rejected[0].reason, "malformed JSON");
  EXPECT_NE(r.rejected[1].reason.find("JSON object"), std::string::npos);
  EXPECT_NE(r.rejected[2].reason.find("\"text\""), std::string::npos);
  EXPECT_EQ(r.rejected[3].input, missing);
  EXPECT_NE(r.rejected[3].reason.find("cannot open"), std::string::npos);
}

TEST(ReaderTest, OversizedInputs) {
  TempDir dir;
  ReaderOptions opt;
  opt.max_document_bytes = 1000;
  std::string big_line = "{\"text\": \"" + std::string(5000, 'a') + "\"}\n{\"text\": \"petit\"}\n";
  auto r = ReadAll({dir.Write("big.jsonl", big_line), dir.Write("big.txt", std::string(5000, 'b'))}, opt);
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_EQ(r.articles[0].bytes, "petit");
  ASSERT_EQ(r.rejected.size(), 2u);
  EXPECT_NE(r.rejected[0].reason.find("longer than 1000"), std::string::npos);
  EXPECT_NE(r.rejected[1].reason.find("larger than 1000"), std::string::npos);
}

TEST(ReaderTest, HtmlPage) {
  TempDir dir;
  std::string page =
      "<!doctype html><html lang=\"fr\"><head><title>Titre | Site</title>"
      "<meta property=\"og:title\" content=\"Le vrai titre\">"
      "<meta property=\"article:published_time\" content=\"2025-03-15T08:00:00+01:00\">"
      "<link rel=\"canonical\" href=\"https://example.org/a\"><script>var x = 42;</script></head>"
      "<body><nav>Accueil 12 rubriques</nav><div class=\"cookie-banner\">Cookies 3</div>"
      "<article><h1>Le vrai titre</h1><p>Le groupe a lev&eacute; 5&nbsp;millions d'euros.</p>"
      "<p>Deuxième paragraphe.</p></article><footer>© 2025</footer></body></html>";
  auto r = ReadAll({dir.Write("page.html", page)});
  ASSERT_EQ(r.articles.size(), 1u);
  const RawArticle& a = r.articles[0];
  EXPECT_EQ(a.title, "Le vrai titre");
  EXPECT_EQ(a.date, "2025-03-15");
  EXPECT_EQ(a.url, "https://example.org/a");
  EXPECT_EQ(a.lang, "fr");
  EXPECT_NE(a.bytes.find("levé 5\u00a0millions"), std::string::npos);
  EXPECT_EQ(a.bytes.find("var x"), std::string::npos);
  EXPECT_EQ(a.bytes.find("Accueil"), std::string::npos);
  EXPECT_EQ(a.bytes.find("Cookies"), std::string::npos);
  EXPECT_EQ(a.bytes.find("2025"), std::string::npos);
  EXPECT_NE(a.bytes.find("euros.\n\nDeuxième paragraphe."), std::string::npos);
}

RawArticle Raw(std::string bytes) {
  RawArticle a;
  a.input = a.id = "t";
  a.bytes = std::move(bytes);
  return a;
}

TEST(PrepareTest, RejectionsNameTheReason) {
  struct Row {
    std::string bytes;
    std::string reason;
  };
  const Row rows[] = {
      {"", "empty document"},
      {"  \n\n ", "empty document"},
      {std::string("abc\0def", 7), "binary data"},
      {"\x01\x02\x03\x04\x05\x06\x07\x08 binary", "binary data"},
      {"caf\xE9 au lait", "invalid UTF-8 at byte 3"},
  };
  for (const auto& r : rows) {
    SCOPED_TRACE(r.bytes);
    auto doc = PrepareDocument(Raw(r.bytes), {});
    ASSERT_FALSE(doc.ok());
    EXPECT_EQ(doc.status().code(), StatusCode::kInvalidInput);
    EXPECT_NE(doc.status().message().find(r.reason), std::string::npos) << doc.status().message();
  }
}

TEST(PrepareTest, ReplacePolicyKeepsTheDocument) {
  PrepareOptions opt;
  opt.utf8 = Utf8Policy::kReplace;
  auto doc = PrepareDocument(Raw("caf\xE9 au lait"), opt);
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc->text, "caf\uFFFD au lait");
  EXPECT_EQ(doc->replaced_bytes, 1u);
}

TEST(PrepareTest, NfcAndOffsetsIntoTheStoredText) {
  auto doc = PrepareDocument(Raw("Cafe\u0301 et \u212B"), {});  // e + combining acute; Angstrom sign
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc->text, "Caf\u00e9 et \u00c5");
  std::string nfc;
  EXPECT_FALSE(NormalizeNfc("déjà composé", &nfc));  // already NFC: fast path
}

TEST(PrepareTest, DatesAndLanguage) {
  auto header = PrepareDocument(Raw("https://example.org/x\n2024-07-27\n\nTitre\n\nLe groupe a dit que les ventes sont en hausse."), {});
  ASSERT_TRUE(header.ok());
  EXPECT_EQ(header->date, "2024-07-27");
  EXPECT_EQ(header->date_source, "header");
  EXPECT_EQ(header->url, "https://example.org/x");
  EXPECT_EQ(header->title, "Titre");
  EXPECT_EQ(header->lang, "fr");
  PrepareOptions opt;
  opt.date = "2025-01-02";
  auto forced = PrepareDocument(Raw("2024-07-27\n\nThe company said that sales of the group were up in the year."), opt);
  ASSERT_TRUE(forced.ok());
  EXPECT_EQ(forced->date, "2025-01-02");
  EXPECT_EQ(forced->lang, "en");
  RawArticle bad = Raw("Texte.");
  bad.date = "27/07/2024";
  EXPECT_FALSE(PrepareDocument(bad, {}).ok());
  RawArticle german = Raw("Text.");
  german.lang = "de";
  auto de = PrepareDocument(german, {});
  ASSERT_FALSE(de.ok());
  EXPECT_NE(de.status().message().find("unsupported language 'de'"), std::string::npos);
}

TEST(SentenceTest, AbbreviationsDoNotEndSentences) {
  struct Row {
    const char* lang;
    const char* text;
    size_t sentences;
  };
  const Row rows[] = {
      {"fr", "M. Dupont est arrivé. Il a parlé.", 2},
      {"fr", "Le projet coûte env. 30 millions. Il démarre en mai.", 2},
      {"fr", "On y trouve des pommes, des poires, etc. et des prunes.", 1},
      {"fr", "Titre sans point\nPremière phrase. Deuxième phrase.", 3},
      // An abbreviation matches whole words only: "aux." is no end of
      // "travaux.", "taux." or "municipaux."; "janv." is one.
      {"fr", "La ville lance des travaux. Le taux reste stable à 3 %, comme le taux. Effectif : 300 agents "
             "municipaux. Encours : 26 M€.", 4},
      {"fr", "Les ventes du 3 janv. au 5 févr. ont progressé.", 1},
      {"en", "Mr. Smith met J. K. Rowling. They talked.", 2},
      {"en", "Acme Inc. said revenue rose. Shares fell.", 2},
      // A figure standing alone opens the sentence that names it (a "key
      // figures" list); not across a paragraph break, nor a longer sentence.
      {"fr", "486,2 millions d'euros. C'est le chiffre d'affaires du groupe. 12,3 %. La part de marché.", 2},
      {"fr", "1 020.\nL'effectif salarié.", 2},
      {"fr", "2025 a été une année record pour toute la maison. Le groupe recrute.", 2},
  };
  for (const auto& r : rows) {
    SCOPED_TRACE(r.text);
    SentenceSplitter s(r.lang);
    std::vector<Span> spans;
    s.Split(r.text, &spans);
    EXPECT_EQ(spans.size(), r.sentences);
  }
}

TEST(SentenceTest, LazyIndexAgreesWithTheFullSplit) {
  std::string text = "Une phrase. Une autre phrase ici. M. X a dit non. Dernière phrase.";
  SentenceSplitter s("fr");
  std::vector<Span> all;
  s.Split(text, &all);
  FixedSentenceIndex fixed(all);
  SentenceIndex& lazy = s.Lazy(text);
  for (uint32_t off = 0; off < text.size(); off += 3) EXPECT_EQ(lazy.IndexOf(off), fixed.IndexOf(off)) << off;
}

}  // namespace
}  // namespace factmine
