#include "data/data.h"

#include <algorithm>

#include "base/hash.h"

namespace factmine::data {

std::optional<std::string_view> Find(std::string_view path) {
  for (const File& f : Files()) {
    if (f.path == path) return f.content;
  }
  return std::nullopt;
}

std::vector<std::string> Languages() {
  std::vector<std::string> langs;
  for (const File& f : Files()) {
    size_t slash = f.path.find('/');
    if (slash != std::string_view::npos && f.path.substr(slash + 1) == "numbers.tsv") {
      langs.emplace_back(f.path.substr(0, slash));
    }
  }
  std::sort(langs.begin(), langs.end());
  return langs;
}

const std::string& Fingerprint() {
  static const std::string fp = [] {
    std::string all;
    for (const File& f : Files()) {
      all.append(f.path);
      all.push_back('\0');
      all.append(f.content);
      all.push_back('\0');
    }
    return Sha256Hex(all);
  }();
  return fp;
}

int TsvTable::Column(std::string_view name) const {
  for (size_t i = 0; i < header.size(); ++i) {
    if (header[i] == name) return static_cast<int>(i);
  }
  return -1;
}

TsvTable ParseTsv(std::string_view content) {
  TsvTable t;
  size_t pos = 0;
  int line_no = 0;
  while (pos <= content.size()) {
    size_t nl = content.find('\n', pos);
    if (nl == std::string_view::npos) nl = content.size();
    std::string_view line = content.substr(pos, nl - pos);
    pos = nl + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') {
      if (nl == content.size()) break;
      continue;
    }
    std::vector<std::string> cells;
    size_t start = 0;
    while (true) {
      size_t tab = line.find('\t', start);
      cells.emplace_back(line.substr(start, tab == std::string_view::npos ? line.size() - start : tab - start));
      if (tab == std::string_view::npos) break;
      start = tab + 1;
    }
    if (t.header.empty()) {
      t.header = std::move(cells);
    } else {
      cells.resize(std::max(cells.size(), t.header.size()));
      t.rows.push_back(std::move(cells));
      t.line_numbers.push_back(line_no);
    }
    if (nl == content.size()) break;
  }
  return t;
}

}  // namespace factmine::data
