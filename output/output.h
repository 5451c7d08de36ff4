// output: what factmine writes. JSONL for `extract` (and, in later stages,
// the fact database and its exports).
//
// Writers append to a caller-owned std::string so a whole batch is written
// with one system call. Thread-safe (pure functions over their arguments).
#ifndef FACTMINE_OUTPUT_OUTPUT_H_
#define FACTMINE_OUTPUT_OUTPUT_H_

#include <string>
#include <string_view>

#include "base/document.h"
#include "extract/extract.h"

namespace factmine {

// Appends `s` as a JSON string literal (quotes included). REQUIRES: valid UTF-8.
void AppendJsonString(std::string* out, std::string_view s);

// Appends a Value as a JSON number: the exact decimal digits when the value is
// exact ("8500000000", "0.125"), else the shortest round-trip double.
void AppendJsonNumber(std::string* out, const Value& v);

// Appends one quantity object of the interface (start, end, text, dimension,
// value, low, high, unit, qualifier, per, sentence, ...).
void AppendQuantityJson(std::string* out, std::string_view text, const Quantity& q);

// Appends the extract line of a document (no trailing newline).
void AppendExtractionJson(std::string* out, const Document& doc, const Extraction& ex);

// Appends a human-readable summary of a document's extraction: a header
// line, then one line per quantity (sentence, text, dimension, value or
// interval, unit, qualifier, rate).
void AppendExtractionText(std::string* out, const Document& doc, const Extraction& ex);

// "8.5e9" -> "8 500 000 000", "0.125" -> "0.125": digits grouped for reading.
std::string FormatNumber(const Value& v);

}  // namespace factmine

#endif  // FACTMINE_OUTPUT_OUTPUT_H_
