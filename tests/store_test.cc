// Tests of the fact database (output/store.cc) and of story clustering
// (corpus/stories.cc, corpus/dedupe.cc).
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <random>

#include "corpus/corpus.h"
#include "extract/extract.h"
#include "output/internal/sql.h"
#include "output/output.h"

namespace factmine {
namespace {

namespace fs = std::filesystem;

// A signature from words drawn as integers: documents that share most of
// their words are the same story; the `copy` text is the word sequence.
StorySignature Sig(const std::vector<uint64_t>& words, bool capitalized = false) {
  std::vector<SignatureWord> w;
  for (uint64_t x : words) w.push_back({x * 0x9E3779B97F4A7C15ULL + 1, true, capitalized});
  return SignatureOf(w, {});
}

std::vector<uint64_t> Range(uint64_t from, uint64_t to) {
  std::vector<uint64_t> v;
  for (uint64_t i = from; i < to; ++i) v.push_back(i);
  return v;
}

TEST(SignatureTest, SimilarityTracksOverlap) {
  StorySignature a = Sig(Range(0, 300));
  StorySignature same = Sig(Range(0, 300));
  StorySignature half = Sig(Range(150, 450));
  StorySignature other = Sig(Range(1000, 1300));
  EXPECT_DOUBLE_EQ(TopicSimilarity(a, same), 1.0);
  EXPECT_DOUBLE_EQ(CopySimilarity(a, same), 1.0);
  // Jaccard of [0,300) and [150,450) is 1/3.
  EXPECT_NEAR(TopicSimilarity(a, half), 1.0 / 3, 0.12);
  EXPECT_LT(TopicSimilarity(a, other), 0.05);
  EXPECT_LT(CopySimilarity(a, half), 0.5);
}

TEST(SignatureTest, EncodeDecodeRoundTrip) {
  StorySignature a = Sig(Range(0, 50), true);
  StorySignature b;
  ASSERT_TRUE(DecodeSignature(EncodeSignature(a), &b));
  EXPECT_EQ(a.copy, b.copy);
  EXPECT_EQ(a.topic, b.topic);
  EXPECT_EQ(a.names, b.names);
  EXPECT_FALSE(DecodeSignature("short", &b));
}

TEST(ContentKeyTest, WhitespaceDoesNotMatterButWordsDo) {
  EXPECT_EQ(ContentKey("Le budget  atteint\n3 milliards."), ContentKey("  Le budget atteint 3\tmilliards.\n"));
  EXPECT_NE(ContentKey("Le budget atteint 3 milliards."), ContentKey("Le budget atteint 4 milliards."));
  EXPECT_EQ(ContentKey("a b").size(), 64u);
}

// Three stories of four articles each, spread over a few days, plus one
// verbatim copy.
struct Corpus {
  std::vector<StorySignature> sigs;
  std::vector<std::optional<long>> days;
  std::vector<int> truth;
};

Corpus ThreeStories() {
  Corpus c;
  std::mt19937 rng(3);
  for (int story = 0; story < 3; ++story) {
    for (int k = 0; k < 4; ++k) {
      // 80% of each article is the story's vocabulary, 20% its own.
      std::vector<uint64_t> words = Range(story * 10000, story * 10000 + 240);
      std::shuffle(words.begin(), words.end(), rng);
      words.resize(200);
      for (uint64_t i = 0; i < 50; ++i) words.push_back(500000 + story * 1000 + k * 100 + i);
      c.sigs.push_back(Sig(words));
      c.days.push_back(20000 + story * 3 + k);
      c.truth.push_back(story);
    }
  }
  c.sigs.push_back(c.sigs[0]);  // a copy of the first article
  c.days.push_back(20001);
  c.truth.push_back(0);
  return c;
}

std::vector<StoryDoc> Docs(const Corpus& c, const std::vector<size_t>& order) {
  std::vector<StoryDoc> docs;
  for (size_t i : order) docs.push_back({static_cast<int64_t>(i + 1), c.days[i], &c.sigs[i]});
  return docs;
}

// Same partition: equal cluster numbers exactly where the truth is equal.
void ExpectPartition(const StoryClusters& got, const std::vector<int>& truth, const std::vector<size_t>& order) {
  for (size_t x = 0; x < order.size(); ++x) {
    for (size_t y = 0; y < order.size(); ++y) {
      EXPECT_EQ(got.cluster[x] == got.cluster[y], truth[order[x]] == truth[order[y]])
          << "documents " << order[x] << " and " << order[y];
    }
  }
}

TEST(StoryClusterTest, GroupsStoriesAndCopies) {
  Corpus c = ThreeStories();
  std::vector<size_t> order(c.sigs.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  StoryClusters got = ClusterStories(Docs(c, order));
  EXPECT_EQ(got.clusters, 3);
  ExpectPartition(got, c.truth, order);
  // The copy (id 13) points to the first article (id 1); nothing else is a copy.
  EXPECT_EQ(got.copy_of[12], 1);
  for (size_t i = 0; i < 12; ++i) EXPECT_EQ(got.copy_of[i], 0) << i;
}

TEST(StoryClusterTest, InputOrderAndThreadsDoNotMatter) {
  Corpus c = ThreeStories();
  std::vector<size_t> order(c.sigs.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::mt19937 rng(9);
  for (int round = 0; round < 5; ++round) {
    std::shuffle(order.begin(), order.end(), rng);
    StoryParams p;
    p.threads = 1 + round;
    StoryClusters got = ClusterStories(Docs(c, order), p);
    EXPECT_EQ(got.clusters, 3);
    ExpectPartition(got, c.truth, order);
  }
}

// The pair sweep has a portable kernel and AVX2 and AVX-512 ones (each
// used only where the CPU has it): all give the same pairs and clusters.
// Synthetic sketches: 40 stories of 15 articles over 60 days; an article
// shares each lane with its story's prototype with a probability of its own
// (some near copies, some barely related), and some lanes are empty.
TEST(StoryClusterTest, EveryKernelGivesTheSameClusters) {
  std::mt19937 rng(5);
  std::vector<StorySignature> protos(40), sigs;
  std::vector<StoryDoc> docs;
  for (StorySignature& p : protos) {
    for (uint16_t& v : p.copy) v = static_cast<uint16_t>(rng() % 60000);
    for (uint16_t& v : p.topic) v = static_cast<uint16_t>(rng() % 60000);
    for (uint16_t& v : p.names) v = static_cast<uint16_t>(rng() % 60000);
  }
  sigs.reserve(protos.size() * 15);
  for (size_t story = 0; story < protos.size(); ++story) {
    for (int k = 0; k < 15; ++k) {
      const double keep = std::uniform_real_distribution<double>(0.02, 0.9)(rng);
      auto draw = [&](uint16_t proto) -> uint16_t {
        double u = std::uniform_real_distribution<double>(0, 1)(rng);
        if (u < 0.1) return kEmptyBin16;
        return u < keep ? proto : static_cast<uint16_t>(rng() % 60000);
      };
      StorySignature s;
      for (size_t i = 0; i < s.copy.size(); ++i) s.copy[i] = draw(protos[story].copy[i]);
      for (size_t i = 0; i < s.topic.size(); ++i) s.topic[i] = draw(protos[story].topic[i]);
      for (size_t i = 0; i < s.names.size(); ++i) s.names[i] = draw(protos[story].names[i]);
      s.empty = false;
      sigs.push_back(s);
    }
  }
  for (size_t i = 0; i < sigs.size(); ++i) {
    StoryDoc d;
    d.id = static_cast<int64_t>(i + 1);
    if (i % 7 != 0) d.day = static_cast<long>(rng() % 60);  // every seventh undated
    d.sig = &sigs[i];
    docs.push_back(d);
  }
  StoryParams portable;
  portable.kernel = StoryParams::Kernel::kPortable;
  const StoryClusters want = ClusterStories(docs, portable);
  ASSERT_GT(want.pairs_kept, 100u);
  ASSERT_GT(want.clusters, 40);
  for (auto kernel : {StoryParams::Kernel::kAvx2, StoryParams::Kernel::kAvx512, StoryParams::Kernel::kBest}) {
    StoryParams p;
    p.kernel = kernel;
    p.threads = 2;
    StoryClusters got = ClusterStories(docs, p);
    EXPECT_EQ(got.pairs_compared, want.pairs_compared);
    EXPECT_EQ(got.pairs_kept, want.pairs_kept);
    EXPECT_EQ(got.cluster, want.cluster);
    EXPECT_EQ(got.copy_of, want.copy_of);
  }
}

TEST(StoryClusterTest, FarApartDaysNeverJoin) {
  Corpus c = ThreeStories();
  c.days[3] = *c.days[3] + 100;  // the fourth article of story 0, months later
  std::vector<size_t> order(c.sigs.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  StoryClusters got = ClusterStories(Docs(c, order));
  EXPECT_EQ(got.clusters, 4);
  EXPECT_NE(got.cluster[3], got.cluster[0]);
}

TEST(StoryClusterTest, FixedGroupsStayApartAndNewDocumentsJoinThem) {
  Corpus c = ThreeStories();
  std::vector<size_t> order(c.sigs.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::vector<StoryDoc> docs = Docs(c, order);
  // Story 0's first two articles were settled as two different groups: they
  // stay apart; its other articles join one of them.
  docs[0].fixed_group = 0;
  docs[1].fixed_group = 1;
  StoryClusters got = ClusterStories(docs);
  EXPECT_NE(got.cluster[0], got.cluster[1]);
  EXPECT_TRUE(got.cluster[2] == got.cluster[0] || got.cluster[2] == got.cluster[1]);
}

TEST(StoryClusterTest, EmptySignaturesStayAlone) {
  StorySignature empty;
  std::vector<StoryDoc> docs = {{1, 20000, &empty}, {2, 20000, &empty}};
  StoryClusters got = ClusterStories(docs);
  EXPECT_EQ(got.clusters, 2);
}

class StoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("factmine_store_test_" + std::to_string(getpid()) + "_" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string Path(const std::string& name) const { return (dir_ / name).string(); }

  // Prepares and extracts a French article.
  std::pair<Document, Extraction> Article(const std::string& id, const std::string& date, const std::string& text) {
    RawArticle raw;
    raw.input = raw.id = id;
    raw.date = date;
    raw.lang = "fr";
    raw.bytes = text;
    auto doc = PrepareDocument(std::move(raw), {});
    EXPECT_TRUE(doc.ok()) << doc.status().message();
    doc->content_key = ContentKey(doc->text);
    ExtractOptions eo;
    eo.signature = true;
    Extractor ex(eo);
    Extraction x;
    EXPECT_TRUE(ex.Extract(*doc, &x).ok());
    return {std::move(*doc), std::move(x)};
  }

  int64_t Count(Store& s, const std::string& sql) {
    auto q = s.connection().Prepare(sql);
    EXPECT_TRUE(q.ok());
    auto row = (*q)->Step();
    EXPECT_TRUE(row.ok() && *row);
    return (*q)->Int(0);
  }

  fs::path dir_;
};

TEST_F(StoreTest, CreatesMigratesAndReopens) {
  {
    auto s = Store::Open(Path("a.db"), {});
    ASSERT_TRUE(s.ok()) << s.status().message();
    EXPECT_EQ((*s)->schema_version(), StoreSchemaVersion());
    EXPECT_EQ((*s)->backend(), "sqlite");
  }
  auto again = Store::Open(Path("a.db"), {});
  ASSERT_TRUE(again.ok());
  EXPECT_TRUE((*again)->Check().ok());
}

// The names of the database's indexes, sorted.
std::vector<std::string> IndexNames(Store& db) {
  auto q = db.connection().Prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name");
  EXPECT_TRUE(q.ok());
  std::vector<std::string> names;
  while (true) {
    auto row = (*q)->Step();
    if (!row.ok() || !*row) break;
    names.push_back((*q)->Text(0));
  }
  return names;
}

TEST_F(StoreTest, DeferredIndexesAreBuiltAtTheEndOrByTheNextOpen) {
  std::vector<std::string> all;
  {
    auto s = Store::Open(Path("a.db"), {});
    ASSERT_TRUE(s.ok());
    all = IndexNames(**s);
    ASSERT_EQ(all.size(), 10u);
    ASSERT_TRUE((*s)->DeferIndexes().ok());
    // What the writer and the story pass read stays.
    EXPECT_EQ(IndexNames(**s), (std::vector<std::string>{"documents_date", "documents_story"}));
    ASSERT_TRUE((*s)->BuildIndexes().ok());
    EXPECT_EQ(IndexNames(**s), all);
    // A run killed before building them...
    ASSERT_TRUE((*s)->DeferIndexes().ok());
  }
  // ...leaves them to the next open for writing.
  auto again = Store::Open(Path("a.db"), {});
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(IndexNames(**again), all);
  EXPECT_TRUE((*again)->Check().ok());
}

TEST_F(StoreTest, RefusesWhatIsNotAFactmineDatabase) {
  std::ofstream(Path("text.db")) << std::string(8192, 'x');
  auto s = Store::Open(Path("text.db"), {});
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.status().code(), StatusCode::kDataLoss);
  EXPECT_NE(s.status().message().find("not a factmine database"), std::string::npos) << s.status().message();
}

TEST_F(StoreTest, RefusesANewerSchema) {
  {
    auto s = Store::Open(Path("a.db"), {});
    ASSERT_TRUE(s.ok());
    ASSERT_TRUE((*s)->connection().Exec("UPDATE schema_info SET value = '1000' WHERE key = 'version'").ok());
  }
  auto s = Store::Open(Path("a.db"), {});
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.status().code(), StatusCode::kFailedPrecondition);
  EXPECT_NE(s.status().message().find("schema version 1000"), std::string::npos);
}

TEST_F(StoreTest, BatchesAreAllOrNothingAndDuplicatesAreStoredOnce) {
  auto s = Store::Open(Path("a.db"), {});
  ASSERT_TRUE(s.ok());
  Store& db = **s;
  auto run = db.BeginRun("ingest", {"test"});
  ASSERT_TRUE(run.ok());
  auto a = Article("a", "2025-01-02", "Le groupe Altrova a levé 45 millions d'euros auprès de ses actionnaires.");
  auto b = Article("b", "2025-01-03", "Brenex prévoit de supprimer 1 200 postes d'ici 2027.");
  std::vector<DocumentRecord> batch = {{&a.first, &a.second, a.first.content_key, 0},
                                       {&b.first, &b.second, b.first.content_key, 0},
                                       {&a.first, &a.second, a.first.content_key, 0}};
  RunCounts counts;
  ASSERT_TRUE(db.WriteBatch(*run, batch, {}, &counts).ok());
  EXPECT_EQ(counts.ingested, 2u);
  EXPECT_EQ(counts.duplicates, 1u);
  EXPECT_EQ(Count(db, "SELECT count(*) FROM documents"), 2);
  EXPECT_EQ(Count(db, "SELECT count(*) FROM quantities WHERE value_text = '45000000' AND unit = 'EUR'"), 1);
  auto found = db.FindByContentKey(a.first.content_key);
  ASSERT_TRUE(found.ok() && found->has_value());

  // A batch that fails half-way (after its document row, at its text): none
  // of it stays, not even its rejections.
  ASSERT_TRUE(db.connection().Exec("CREATE TRIGGER no_texts BEFORE INSERT ON texts "
                                   "BEGIN SELECT RAISE(ABORT, 'texts are closed'); END").ok());
  auto c = Article("c", "2025-01-04", "Calipso Énergie a perdu 3 milliards de dollars.");
  std::vector<DocumentRecord> failing = {{&c.first, &c.second, c.first.content_key, 0}};
  Status st = db.WriteBatch(*run, failing, {Rejection{"x.txt", "empty document"}});
  EXPECT_FALSE(st.ok());
  EXPECT_EQ(Count(db, "SELECT count(*) FROM documents"), 2);
  EXPECT_EQ(Count(db, "SELECT count(*) FROM rejected"), 0);
  EXPECT_EQ(Count(db, "SELECT count(*) FROM pending_stories"), 2);
  auto gone = db.FindByContentKey(c.first.content_key);
  ASSERT_TRUE(gone.ok());
  EXPECT_FALSE(gone->has_value());
}

// Every mention, time and fact of an extraction is stored, entities once
// each, mention texts matching their offsets.
TEST_F(StoreTest, StoresEveryMentionTimeAndFact) {
  auto s = Store::Open(Path("a.db"), {});
  ASSERT_TRUE(s.ok());
  Store& db = **s;
  auto run = db.BeginRun("ingest", {"test"});
  ASSERT_TRUE(run.ok());
  std::string text = "Le groupe Altrova a levé 45 millions d'euros en 2024, dont 30 millions en France.";
  for (int k = 0; k < 9; ++k) text += " Altrova et Brenex discutent avec la BCE à Paris.";
  auto a = Article("a", "2025-01-02", text);
  auto b = Article("b", "2025-01-03", "Brenex prévoit de supprimer 1 200 postes en Allemagne d'ici 2027.");
  ASSERT_GT(a.second.mentions.size(), 16u);
  std::vector<DocumentRecord> batch = {{&a.first, &a.second, a.first.content_key, 0},
                                       {&b.first, &b.second, b.first.content_key, 0}};
  ASSERT_TRUE(db.WriteBatch(*run, batch, {}).ok());
  const size_t mentions = a.second.mentions.size() + b.second.mentions.size();
  EXPECT_EQ(Count(db, "SELECT count(*) FROM entity_mentions"), static_cast<int64_t>(mentions));
  EXPECT_EQ(Count(db, "SELECT count(*) FROM entity_mentions m JOIN documents d ON d.id = m.document "
                      "WHERE d.doc_id = 'a' AND m.idx = " + std::to_string(a.second.mentions.size() - 1)), 1);
  EXPECT_EQ(Count(db, "SELECT count(*) FROM entities WHERE key = 'banque-centrale-europeenne'"), 1);
  EXPECT_EQ(Count(db, "SELECT count(*) FROM times"),
            static_cast<int64_t>(a.second.times.size() + b.second.times.size()));
  EXPECT_EQ(Count(db, "SELECT count(*) FROM facts"), static_cast<int64_t>(a.second.facts.size() + b.second.facts.size()));
  EXPECT_EQ(Count(db, "SELECT count(*) FROM facts WHERE scope = 'france' AND value_text = '30000000'"), 1);
  EXPECT_EQ(Count(db, "SELECT count(*) FROM facts WHERE scope = 'allemagne' AND predicate = 'job_cuts'"), 1);
  // The mention text is the slice of the stored text its offsets point to.
  EXPECT_EQ(Count(db, "SELECT count(*) FROM entity_mentions m JOIN texts t ON t.document = m.document "
                      "WHERE CAST(substr(CAST(t.text AS BLOB), m.start_byte + 1, m.end_byte - m.start_byte) AS TEXT) "
                      "<> m.text"), 0);
}

TEST_F(StoreTest, StoriesAreTheSameWhateverTheIngestOrder) {
  const char* texts[] = {
      "Renault va supprimer 4 600 postes en France dans le cadre de son plan d'économies de deux milliards "
      "d'euros, a annoncé le constructeur automobile Renault vendredi. Les syndicats de Renault dénoncent le plan.",
      "Le constructeur Renault annonce la suppression de 4 600 postes en France et un plan d'économies de deux "
      "milliards d'euros. Les syndicats de Renault dénoncent un plan brutal pour les salariés.",
      "La Banque centrale européenne a relevé ses taux directeurs de 0,25 point pour lutter contre l'inflation "
      "qui atteint 5,3 % en zone euro, selon Eurostat. La Banque centrale européenne reste prudente.",
      "Eurostat confirme une inflation de 5,3 % en zone euro ; la Banque centrale européenne relève ses taux "
      "directeurs de 0,25 point, la Banque centrale européenne reste prudente pour la suite.",
  };
  std::vector<std::pair<Document, Extraction>> arts;
  for (int i = 0; i < 4; ++i) arts.push_back(Article("d" + std::to_string(i), "2025-05-2" + std::to_string(i), texts[i]));
  auto partition = [&](const std::string& name, const std::vector<int>& order, bool one_run_each) {
    auto s = Store::Open(Path(name), {});
    EXPECT_TRUE(s.ok());
    Store& db = **s;
    auto run = db.BeginRun("ingest", {});
    std::vector<DocumentRecord> all;
    for (int i : order) {
      DocumentRecord r{&arts[static_cast<size_t>(i)].first, &arts[static_cast<size_t>(i)].second,
                       arts[static_cast<size_t>(i)].first.content_key, 0};
      if (one_run_each) {
        EXPECT_TRUE(db.WriteBatch(*run, {r}, {}).ok());
        EXPECT_TRUE(db.UpdateStories().ok());
      } else {
        all.push_back(r);
      }
    }
    if (!one_run_each) {
      EXPECT_TRUE(db.WriteBatch(*run, all, {}).ok());
      EXPECT_TRUE(db.UpdateStories().ok());
    }
    // Which documents share a story, by doc_id.
    std::vector<int64_t> story(4);
    auto q = db.connection().Prepare("SELECT doc_id, story_id FROM documents");
    while (true) {
      auto row = (*q)->Step();
      if (!row.ok() || !*row) break;
      story[static_cast<size_t>((*q)->Text(0)[1] - '0')] = (*q)->Int(1);
    }
    std::vector<bool> same;
    for (int x = 0; x < 4; ++x)
      for (int y = x + 1; y < 4; ++y) same.push_back(story[static_cast<size_t>(x)] == story[static_cast<size_t>(y)]);
    EXPECT_EQ(Count(db, "SELECT count(*) FROM pending_stories"), 0);
    EXPECT_EQ(Count(db, "SELECT sum(documents) FROM stories"), 4);
    return same;
  };
  auto batch = partition("batch.db", {0, 1, 2, 3}, false);
  // Pairs: (0,1) same story, (2,3) same story, the others not.
  EXPECT_EQ(batch, (std::vector<bool>{true, false, false, false, false, true}));
  EXPECT_EQ(partition("reverse.db", {3, 2, 1, 0}, true), batch);
  EXPECT_EQ(partition("mixed.db", {2, 0, 3, 1}, true), batch);
}

TEST(ReaderTest, DeferredParsingGivesTheSameArticles) {
  const std::string path = (fs::temp_directory_path() / ("factmine_defer_" + std::to_string(getpid()) + ".jsonl")).string();
  std::ofstream(path) << "{\"id\":\"x\",\"text\":\"Il a perdu 2 milliards.\",\"date\":\"2024-07-27\"}\n\n"
                      << "{\"id\":\"y\",\"text\":\"tronq\n";
  ReaderOptions ro;
  ro.defer_parsing = true;
  ArticleReader reader({path}, ro);
  RawArticle a;
  Rejection rej;
  ASSERT_EQ(reader.Next(&a, &rej), ArticleReader::Result::kArticle);
  EXPECT_EQ(a.pending, RawArticle::Pending::kJsonlLine);
  ASSERT_TRUE(CompleteArticle(&a).ok());
  EXPECT_EQ(a.id, "x");
  EXPECT_EQ(a.date, "2024-07-27");
  EXPECT_EQ(a.bytes, "Il a perdu 2 milliards.");
  RawArticle b;
  ASSERT_EQ(reader.Next(&b, &rej), ArticleReader::Result::kArticle);  // blank line skipped
  Status st = CompleteArticle(&b);
  EXPECT_FALSE(st.ok());
  EXPECT_EQ(st.message(), "malformed JSON");
  EXPECT_EQ(b.input, path + ":3");
  fs::remove(path);
}

}  // namespace
}  // namespace factmine
