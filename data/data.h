// The language knowledge factmine was built with: every data file under
// data/ (number words, currencies, qualifiers, predicate triggers, the entity
// catalog...), embedded in the binary at build time.
//
// Views returned here point into static storage and live for the whole
// program. Thread-safe.
#ifndef FACTMINE_DATA_DATA_H_
#define FACTMINE_DATA_DATA_H_

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace factmine::data {

struct File {
  std::string_view path;     // relative to data/, e.g. "fr/numbers.tsv"
  std::string_view content;  // raw bytes
};

std::span<const File> Files();

// The content of data/<path>, or nullopt.
std::optional<std::string_view> Find(std::string_view path);

// Languages that have a data folder with numbers.tsv ("en", "fr", ...).
std::vector<std::string> Languages();

// SHA-256 over every path and content: changes whenever the data changes.
// Stored with each document so `ingest --force` knows what to re-extract.
const std::string& Fingerprint();

// One parsed row of a TSV data file. Lines starting with '#' and blank lines
// are skipped; the first remaining line is the header.
struct TsvTable {
  std::vector<std::string> header;
  std::vector<std::vector<std::string>> rows;
  std::vector<int> line_numbers;  // 1-based source line of each row
  // Index of a header column, or -1.
  int Column(std::string_view name) const;
};
TsvTable ParseTsv(std::string_view content);

}  // namespace factmine::data

#endif  // FACTMINE_DATA_DATA_H_
