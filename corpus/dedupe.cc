// Content identity (exact duplicates) and MinHash signatures (near
// duplicates and same-story rewrites).

#include <xxhash.h>

#include <algorithm>
#include <limits>

#include "base/hash.h"
#include "corpus/corpus.h"
#include "normalize/normalize.h"

namespace factmine {

std::string ContentKey(std::string_view text) {
  // Runs of non-space bytes joined by single spaces, appended a run at a time.
  static thread_local std::string collapsed;
  collapsed.clear();
  collapsed.reserve(text.size());
  auto is_space = [](char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\v'; };
  size_t i = 0;
  const size_t n = text.size();
  while (i < n) {
    while (i < n && is_space(text[i])) ++i;
    size_t start = i;
    while (i < n && !is_space(text[i])) ++i;
    if (i > start) {
      if (!collapsed.empty()) collapsed.push_back(' ');
      collapsed.append(text.data() + start, i - start);
    }
  }
  return Sha256Hex(collapsed);
}

namespace {

constexpr uint32_t kEmptyBin = std::numeric_limits<uint32_t>::max();

inline uint64_t Mix(uint64_t h, uint64_t salt) { return XXH3_64bits_withSeed(&h, sizeof h, salt); }

// One-permutation MinHash: each element is hashed once; the hash picks a bin
// and the bin keeps its smallest value. Bins no element fell into stay
// empty. (Li, Owen and Zhang, "One permutation hashing", NIPS 2012.)
template <size_t N>
inline void Add(std::array<uint32_t, N>* sig, uint64_t h, uint64_t salt) {
  h = Mix(h, salt);
  size_t bin = static_cast<size_t>(((h >> 32) * N) >> 32);
  uint32_t v = static_cast<uint32_t>(h);
  if (v < (*sig)[bin]) (*sig)[bin] = v;
}

// The 16-bit fingerprints of the bins.
template <size_t N>
void Fold(const std::array<uint32_t, N>& in, std::array<uint16_t, N>* out) {
  for (size_t i = 0; i < N; ++i) {
    if (in[i] == kEmptyBin) {
      (*out)[i] = kEmptyBin16;
      continue;
    }
    uint16_t f = static_cast<uint16_t>((in[i] >> 16) ^ (in[i] & 0xFFFF));
    (*out)[i] = f == kEmptyBin16 ? 0xFFFE : f;
  }
}

// Estimated Jaccard similarity: bins equal and non-empty over bins non-empty
// in either signature. Branch-free so that the compiler vectorizes it.
template <size_t N>
double Agreement(const std::array<uint16_t, N>& a, const std::array<uint16_t, N>& b) {
  int same = 0, used = 0;
  for (size_t i = 0; i < N; ++i) {
    same += (static_cast<int>(a[i] == b[i]) & static_cast<int>(a[i] != kEmptyBin16));
    used += static_cast<int>((a[i] & b[i]) != kEmptyBin16);  // not both empty
  }
  return used ? static_cast<double>(same) / used : 0.0;
}

}  // namespace

StorySignature SignatureOf(const std::vector<SignatureWord>& words, const std::vector<uint64_t>& figures) {
  std::array<uint32_t, kMinHashSize> copy;
  std::array<uint32_t, kTopicHashes> topic;
  std::array<uint32_t, kNameHashes> names;
  copy.fill(kEmptyBin);
  topic.fill(kEmptyBin);
  names.fill(kEmptyBin);
  const size_t k = 5;
  for (size_t i = 0; i + k <= words.size(); ++i) {
    uint64_t window[k];
    for (size_t j = 0; j < k; ++j) window[j] = words[i + j].hash;
    Add(&copy, XXH3_64bits(window, sizeof window), 0);
  }
  for (const SignatureWord& w : words) {
    if (!w.content) continue;
    Add(&topic, w.hash, 0x51ED);
    if (w.capitalized) {
      Add(&topic, w.hash ^ 0xCA9ULL, 0x51ED);
      Add(&names, w.hash, 0xA3E5);
    }
  }
  for (uint64_t f : figures) Add(&names, f, 0xA3E5);
  StorySignature s;
  Fold(copy, &s.copy);
  Fold(topic, &s.topic);
  Fold(names, &s.names);
  s.empty = words.size() < k;
  return s;
}

double TopicSimilarity(const StorySignature& a, const StorySignature& b) { return Agreement(a.topic, b.topic); }
double NameSimilarity(const StorySignature& a, const StorySignature& b) { return Agreement(a.names, b.names); }
double CopySimilarity(const StorySignature& a, const StorySignature& b) { return Agreement(a.copy, b.copy); }
double StoryScore(const StorySignature& a, const StorySignature& b, double topic, double names) {
  return std::max(TopicSimilarity(a, b) / topic, NameSimilarity(a, b) / names);
}

std::string EncodeSignature(const StorySignature& s) {
  std::string out;
  out.reserve((kMinHashSize + kTopicHashes + kNameHashes) * 2);
  auto put = [&](uint16_t v) {
    out.push_back(static_cast<char>(v & 0xFF));
    out.push_back(static_cast<char>(v >> 8));
  };
  for (uint16_t v : s.copy) put(v);
  for (uint16_t v : s.topic) put(v);
  for (uint16_t v : s.names) put(v);
  return out;
}

bool DecodeSignature(std::string_view bytes, StorySignature* s) {
  if (bytes.size() != (kMinHashSize + kTopicHashes + kNameHashes) * 2) return false;
  auto get = [&](size_t i) {
    return static_cast<uint16_t>(static_cast<unsigned char>(bytes[2 * i]) |
                                 (static_cast<unsigned char>(bytes[2 * i + 1]) << 8));
  };
  for (size_t i = 0; i < kMinHashSize; ++i) s->copy[i] = get(i);
  for (size_t i = 0; i < kTopicHashes; ++i) s->topic[i] = get(kMinHashSize + i);
  for (size_t i = 0; i < kNameHashes; ++i) s->names[i] = get(kMinHashSize + kTopicHashes + i);
  s->empty = false;
  return true;
}

}  // namespace factmine
