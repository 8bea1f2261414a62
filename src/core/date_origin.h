// The output contract's names for a document date's origin (DESIGN.md: "given", "inferred",
// "unknown"), shared by the JSON writer, the store and the CLI so they cannot drift apart.
#ifndef LAGEBILD_CORE_DATE_ORIGIN_H_
#define LAGEBILD_CORE_DATE_ORIGIN_H_

#include <lagebild/document.h>

namespace lagebild {

inline const char* date_origin_name(DocumentDate::Origin origin) {
  switch (origin) {
    case DocumentDate::Origin::kGiven:
      return "given";
    case DocumentDate::Origin::kInferred:
      return "inferred";
    case DocumentDate::Origin::kUnknown:
      break;
  }
  return "unknown";
}

}  // namespace lagebild

#endif  // LAGEBILD_CORE_DATE_ORIGIN_H_
