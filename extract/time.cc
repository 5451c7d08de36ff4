// Time expressions: see TimeRecognizer in extract.h.
#include "extract/extract.h"

namespace factmine {

struct TimeRecognizer::Rules {};

TimeRecognizer::TimeRecognizer(const Lexicon& lexicon) : lex_(lexicon), rules_(std::make_unique<Rules>()) {}
TimeRecognizer::~TimeRecognizer() = default;

void TimeRecognizer::Recognize(std::string_view, const TokenList&, SentenceIndex&, const std::optional<CivilDate>&,
                               std::vector<TimeExpr>* out) const {
  out->clear();
}

}  // namespace factmine
