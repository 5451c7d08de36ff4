// Fuzz target: article extraction from HTML pages (gumbo) on any bytes.
#include <cstdint>
#include <string>

#include "corpus/corpus.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > 256 * 1024) return 0;
  auto a = factmine::ExtractHtml(std::string_view(reinterpret_cast<const char*>(data), size), "fuzz.html");
  (void)a;
  return 0;
}
