// Publication dates that come with an article: the text header's ` date 2023-05` or a JSON
// `date` field. Such a date is "given": confidence 1, and its earliest/latest days span the
// month (or are the day) it names.
#ifndef LAGEBILD_IO_GIVEN_DATE_H_
#define LAGEBILD_IO_GIVEN_DATE_H_

#include <optional>
#include <string_view>

#include <lagebild/document.h>

namespace lagebild::io {

// "YYYY-MM" or "YYYY-MM-DD" exactly, a real calendar month or day; nothing otherwise.
std::optional<DocumentDate> parse_given_date(std::string_view value);

// As parse_given_date, and also an ISO 8601 timestamp ("2019-05-03T10:15:00Z",
// "2019-05-03 10:15"), of which the day is kept: JSON feeds often carry full timestamps.
std::optional<DocumentDate> parse_given_date_or_timestamp(std::string_view value);

// True when `value` is shaped like a date ("dddd-dd...") even if it is not a valid one, so that
// a header such as ` date 2023-13` is recognised and reported rather than read as body text.
bool looks_like_date(std::string_view value);

}  // namespace lagebild::io

#endif  // LAGEBILD_IO_GIVEN_DATE_H_
