// Fuzz target: the JSONL line parser and document preparation (UTF-8
// policy, NFC, metadata) on any bytes.
#include <cstdint>
#include <string>

#include "corpus/corpus.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view all(reinterpret_cast<const char*>(data), size);
  size_t pos = 0, line = 0;
  while (pos <= all.size()) {
    size_t nl = all.find('\n', pos);
    if (nl == std::string_view::npos) nl = all.size();
    factmine::RawArticle a;
    if (factmine::ParseJsonlLine(all.substr(pos, nl - pos), "fuzz:" + std::to_string(++line), &a).ok()) {
      for (auto policy : {factmine::Utf8Policy::kReject, factmine::Utf8Policy::kReplace}) {
        factmine::PrepareOptions opt;
        opt.utf8 = policy;
        auto doc = factmine::PrepareDocument(a, opt);
        (void)doc;
      }
    }
    pos = nl + 1;
  }
  // The same bytes as a text file.
  factmine::RawArticle raw;
  raw.bytes = std::string(all);
  factmine::PrepareOptions opt;
  opt.utf8 = factmine::Utf8Policy::kReplace;
  (void)factmine::PrepareDocument(raw, opt);
  return 0;
}
