#include "core/paths.h"

#include <cstdlib>

namespace lagebild {

std::string data_dir() {
  if (const char* env = std::getenv("LAGEBILD_DATA"); env != nullptr && *env != '\0') return env;
  return LAGEBILD_SOURCE_DATA_DIR;
}

std::string data_path(const std::string& relative) {
  return data_dir() + "/" + relative;
}

}  // namespace lagebild
