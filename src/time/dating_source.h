// The kinds of document-dating evidence, shared by the evidence sources, the model file (which
// stores a weight per kind) and the dater that combines them.
#ifndef LAGEBILD_TIME_DATING_SOURCE_H_
#define LAGEBILD_TIME_DATING_SOURCE_H_

#include <cstdint>

namespace lagebild::dating {

// Which kind of evidence an item is. The dater raises each kind's likelihood to a weight
// learned on held-out training articles (DatingModel::source_weights): the sources are not
// equally reliable, and several of them are not independent of the vocabulary.
enum class Source : uint8_t {
  kLatestDate,  // the latest full date or month-and-year
  kLatestYear,  // the latest bare year
  kDayMonth,    // a day and month without a year
  kMonthName,   // a month name without a year
  kWeekday,     // weekday beside a day and month
  kDuration,    // anchored duration
  kOffice,      // office holder named with a title
  kVocabulary,  // the vocabulary model
  kNeighbours,  // the most similar training articles
};
inline constexpr int kSourceCount = 9;
// Stable names (stored in the model file).
const char* source_name(Source s);

}  // namespace lagebild::dating

#endif  // LAGEBILD_TIME_DATING_SOURCE_H_
