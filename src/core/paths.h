// Where lagebild finds its data files (lexicons, rules, knowledge base, models).
#ifndef LAGEBILD_CORE_PATHS_H_
#define LAGEBILD_CORE_PATHS_H_

#include <string>

namespace lagebild {

// The data directory: $LAGEBILD_DATA if set, else the source tree's data/ the binary was built
// from (so `build/lagebild` works from a checkout with no install step).
std::string data_dir();

// data_dir() + "/" + relative.
std::string data_path(const std::string& relative);

}  // namespace lagebild

#endif  // LAGEBILD_CORE_PATHS_H_
