// Document and byte spans: the unit every stage passes along.
//
// A Document owns its text once (valid UTF-8, NFC); later stages hold
// std::string_view into it and byte spans [begin, end) that index it. Views
// are valid as long as the Document lives and its text is not modified.
#ifndef FACTMINE_BASE_DOCUMENT_H_
#define FACTMINE_BASE_DOCUMENT_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace factmine {

// Half-open byte range [begin, end) into a Document's text.
struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;
  uint32_t size() const { return end - begin; }
  bool empty() const { return end <= begin; }
  bool Contains(const Span& o) const { return begin <= o.begin && o.end <= end; }
  bool Overlaps(const Span& o) const { return begin < o.end && o.begin < end; }
  std::string_view Of(std::string_view text) const { return text.substr(begin, end - begin); }
  friend bool operator==(const Span&, const Span&) = default;
};

struct Document {
  std::string id;      // the input's id, or the path as given, or "-" for stdin
  std::string source;  // where it came from: file path or URL
  std::string text;    // the stored text: valid UTF-8, NFC
  std::string lang;    // "fr", "en", ... (after detection when not given)
  std::string date;    // publication date YYYY-MM-DD, or empty when unknown
  std::string url;     // canonical URL when known
  std::string title;   // headline when known
  std::string sha256;  // of text
  // How the date was obtained: "option", "input", "header", "html", or "".
  std::string date_source;
  // Number of ill-formed UTF-8 sequences replaced by U+FFFD on reading.
  size_t replaced_bytes = 0;
  // Identity of the content (whitespace-insensitive SHA-256), set by ingest.
  std::string content_key;
};

}  // namespace factmine

#endif  // FACTMINE_BASE_DOCUMENT_H_
