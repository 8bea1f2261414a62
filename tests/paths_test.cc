#include "core/paths.h"

#include <cstdlib>

#include <gtest/gtest.h>

namespace lagebild {
namespace {

TEST(DataDir, EnvironmentOverridesBuiltInDirectory) {
  const std::string built_in = data_dir();
  ::setenv("LAGEBILD_DATA", "/tmp/lagebild-data-test", 1);
  EXPECT_EQ(data_dir(), "/tmp/lagebild-data-test");
  EXPECT_EQ(data_path("kb/persons.tsv"), "/tmp/lagebild-data-test/kb/persons.tsv");
  ::unsetenv("LAGEBILD_DATA");
  EXPECT_EQ(data_dir(), built_in);
}

}  // namespace
}  // namespace lagebild
