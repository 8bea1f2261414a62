// Acceptance of issue 4 on the shared seed articles without a date header: 003 and 004 get
// inferred months 2025-07 and 2025-09. The seed texts are read at test time from ../shared
// (never copied into the repository); skipped when they or the committed model are missing.
#include <filesystem>
#include <fstream>
#include <iterator>

#include <gtest/gtest.h>

#include <lagebild/dating.h>

namespace lagebild {
namespace {

namespace fs = std::filesystem;

std::string seed_text(const std::string& prefix) {
  const fs::path dir = fs::path(LAGEBILD_SHARED_DIR) / "seeds";
  if (!fs::is_directory(dir)) return "";
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.path().filename().string().rfind(prefix, 0) != 0) continue;
    std::ifstream in(entry.path());
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  }
  return "";
}

void expect_month(const std::string& prefix, const std::string& month) {
  const std::string model =
      std::string(LAGEBILD_SOURCE_DIR) + "/data/models/dating-vocabulary.model";
  const std::string text = seed_text(prefix);
  if (text.empty() || !fs::exists(model)) GTEST_SKIP() << "needs the shared seeds and " << model;
  DocumentDater dater(load_dating_model(model));
  Document doc;
  doc.text = text;
  dater.date(doc);
  EXPECT_EQ(doc.date.origin, DocumentDate::Origin::kInferred);
  EXPECT_EQ(doc.date.value.substr(0, 7), month);
  EXPECT_LE(doc.date.earliest, month + "-01");
  EXPECT_GE(doc.date.latest, month + "-28");
  EXPECT_GE(doc.date.evidence.size(), 2u);
  for (const auto& e : doc.date.evidence) {
    EXPECT_LE(e.end, doc.text.size());
    EXPECT_FALSE(e.why.empty());
  }
}

TEST(DatingSeeds, Seed003IsJuly2025) {
  expect_month("003_", "2025-07");
}
TEST(DatingSeeds, Seed004IsSeptember2025) {
  expect_month("004_", "2025-09");
}

}  // namespace
}  // namespace lagebild
