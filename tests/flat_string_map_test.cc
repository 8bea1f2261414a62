#include "core/flat_string_map.h"

#include <gtest/gtest.h>

#include <string>
#include <unordered_map>
#include <vector>

namespace lagebild {
namespace {

TEST(FlatStringMapTest, EmptyMapFindsNothing) {
  const FlatStringMap<int> map;
  EXPECT_TRUE(map.empty());
  EXPECT_EQ(map.find("a"), map.end());
  EXPECT_EQ(map.find(""), map.end());
  EXPECT_EQ(map.count("a"), 0u);
  EXPECT_THROW(map.at("a"), std::out_of_range);
}

TEST(FlatStringMapTest, InsertsOnceAndKeepsTheFirstValue) {
  FlatStringMap<std::string> map;
  auto [it, inserted] = map.emplace(std::string("Kiew"), std::string("LOC"));
  EXPECT_TRUE(inserted);
  EXPECT_EQ(it->first, "Kiew");
  auto [again, inserted_again] = map.emplace(std::string_view("Kiew"), std::string("PER"));
  EXPECT_FALSE(inserted_again);
  EXPECT_EQ(again->second, "LOC");
  EXPECT_EQ(map.size(), 1u);
  EXPECT_EQ(map.at("Kiew"), "LOC");
  EXPECT_TRUE(map.contains("Kiew"));
  EXPECT_FALSE(map.contains("kiew"));  // keys are compared byte for byte
  EXPECT_FALSE(map.contains("Kie"));
  EXPECT_FALSE(map.contains("Kiewx"));
}

TEST(FlatStringMapTest, EmptyStringAndBinaryKeysAreKeys) {
  FlatStringMap<int> map;
  map[""] = 1;
  map[std::string_view("a\0b", 3)] = 2;
  map["a"] = 3;
  EXPECT_EQ(map.at(""), 1);
  EXPECT_EQ(map.at(std::string_view("a\0b", 3)), 2);
  EXPECT_EQ(map.at("a"), 3);
  EXPECT_EQ(map.count(std::string_view("a\0c", 3)), 0u);
}

// Many keys (forcing several rehashes), checked against std::unordered_map; references taken
// early stay valid, and iteration follows insertion order.
TEST(FlatStringMapTest, AgreesWithUnorderedMapAcrossGrowth) {
  FlatStringMap<int> map;
  std::unordered_map<std::string, int> reference;
  int& first = map["wort0"];
  first = -1;
  reference["wort0"] = -1;
  std::vector<std::string> order = {"wort0"};
  for (int i = 1; i < 20000; ++i) {
    // Keys of every length from 1 to 24 bytes, so the 8-byte steps and the tail both count.
    std::string key =
        "w" + std::to_string(i * 7919) + std::string(static_cast<size_t>(i % 17), 'x');
    if (map.try_emplace(key, i).second) order.push_back(key);
    reference.try_emplace(key, i);
  }
  EXPECT_EQ(first, -1);
  EXPECT_EQ(&first, &map.find("wort0")->second);
  ASSERT_EQ(map.size(), reference.size());
  for (const auto& [key, value] : reference) {
    auto it = map.find(key);
    ASSERT_NE(it, map.end()) << key;
    EXPECT_EQ(it->second, value);
  }
  size_t n = 0;
  for (const auto& [key, value] : map) {
    ASSERT_LT(n, order.size());
    EXPECT_EQ(key, order[n++]);
  }
  for (int i = 0; i < 1000; ++i) EXPECT_EQ(map.count("missing" + std::to_string(i)), 0u);
}

TEST(FlatStringMapTest, HashSpreadsShortKeys) {
  // The low bits index the slots: keys differing in one byte must not share them.
  std::vector<int> buckets(64, 0);
  for (char c = 'a'; c <= 'z'; ++c) {
    for (char d = 'a'; d <= 'z'; ++d) {
      ++buckets[fast_string_hash(std::string{c, d}) & 63];
    }
  }
  for (int b : buckets) EXPECT_LT(b, 30);  // 676 keys, 10.6 per bucket on average
}

}  // namespace
}  // namespace lagebild
