// Runs a fuzz target over files, so every fuzzer builds and runs in every
// build (not only with clang's libFuzzer):
//   fuzz_X FILE_OR_DIR...   runs each file once; no argument: the built-in seeds.
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

namespace {
void Run(const std::string& bytes) {
  LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size());
}
}  // namespace

int main(int argc, char** argv) {
  namespace fs = std::filesystem;
  size_t runs = 0;
  for (int i = 1; i < argc; ++i) {
    std::vector<fs::path> files;
    if (fs::is_directory(argv[i])) {
      for (const auto& e : fs::recursive_directory_iterator(argv[i])) {
        if (e.is_regular_file()) files.push_back(e.path());
      }
    } else {
      files.emplace_back(argv[i]);
    }
    for (const auto& f : files) {
      std::ifstream in(f, std::ios::binary);
      std::stringstream ss;
      ss << in.rdbuf();
      Run(ss.str());
      ++runs;
    }
  }
  if (argc == 1) {
    const char* seeds[] = {"", "8,5 milliards de dollars", "\xff\xfe", "{\"text\":\"x\"}", "<p>1 €</p>",
                           "entre 30 000 et 40 000 dollars", "1,1^--23", "- 10  k", "quatre-vingt-dix-sept"};
    for (const char* s : seeds) {
      Run(s);
      ++runs;
    }
  }
  std::printf("replayed %zu inputs\n", runs);
  return 0;
}
