// Formatting shared by the report writers. Private to check/.
#ifndef FACTMINE_CHECK_INTERNAL_FORMAT_H_
#define FACTMINE_CHECK_INTERNAL_FORMAT_H_

#include <string>
#include <string_view>

#include "check/check.h"

namespace factmine::internal {

// 8.5e9 -> "8.5 billion"; infinities as "+inf" / "-inf".
std::string Figure(double v);
// A statement's figure in words: "about 200 person", "more than 2.3 billion EUR".
std::string StatedFigure(const Statement& s);
// The evidence sentence cut to about `width` bytes around the figure, the
// figure wrapped in `open` ... `close`. Raw text: escape it for HTML.
std::string Excerpt(const Statement& s, size_t width, std::string_view open, std::string_view close);
// "Semivel · loss · 2024 · EUR".
std::string ClaimTitle(const Claim& c);
// Shortest round-trip form; "null" for infinities.
std::string JsonDouble(double v);

}  // namespace factmine::internal

#endif  // FACTMINE_CHECK_INTERNAL_FORMAT_H_
