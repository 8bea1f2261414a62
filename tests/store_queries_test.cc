// The store's layer queries: entities(), timeline(), events(), claims(), and the date intervals
// their filters compare by overlap. A small hand-annotated corpus, so that every expectation
// follows from the layers written here and not from the analysis stages.
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "lagebild/error.h"
#include "lagebild/store.h"
#include "lagebild/text.h"
#include "store/date_interval.h"
#include "store_corpus.h"

namespace lagebild {
namespace {

namespace fs = std::filesystem;
using Strings = std::vector<std::string>;

class StoreQueriesTest : public testing::Test {
 protected:
  void SetUp() override {
    path_ = testing::TempDir() + "/store_queries_" + std::to_string(::getpid()) + ".db";
    remove_files();
    store_ = Store::open(path_);
    store_->write(test_corpus::documents());
  }
  void TearDown() override {
    store_.reset();
    remove_files();
  }
  void remove_files() {
    for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(path_ + suffix);
  }

  Strings timeline_dates(const TimelineQuery& query) {
    Strings out;
    for (const TimelineEntry& e : store_->timeline(query)) out.push_back(e.date + "@" + e.document);
    return out;
  }
  Strings claim_values(const std::string& about) {
    Strings out;
    for (const Claim& c : store_->claims({about, 0})) {
      out.push_back(c.document + ":" + std::to_string(static_cast<long>(c.quantity.value)));
    }
    return out;
  }
  Strings event_documents(const EventQuery& query) {
    Strings out;
    for (const StoredEvent& e : store_->events(query)) out.push_back(e.document);
    return out;
  }

  std::string path_;
  std::unique_ptr<Store> store_;
};

TEST_F(StoreQueriesTest, EntitiesAreCountedByMentionsAndArticles) {
  const std::vector<EntitySummary> all = store_->entities();
  ASSERT_GE(all.size(), 4u);
  // Russland: 2 mentions in 2 articles, before Nordkorea and Selenskyj (2 in 1 article each).
  EXPECT_EQ(all[0].id, "cty:RUS");
  EXPECT_EQ(all[0].mentions, 2u);
  EXPECT_EQ(all[0].documents, 2u);
  EXPECT_EQ(all[0].type, "LOC");
  EXPECT_EQ(all[0].name, "Russland");
  EXPECT_EQ(all[1].id, "cty:PRK");
  EXPECT_EQ(all[2].id, "per:wolodymyr_selenskyj");
  EXPECT_EQ(all[2].mentions, 2u);
  EXPECT_EQ(all[2].documents, 1u);
  EXPECT_EQ(all[2].name, "Wolodymyr Selenskyj");
  for (size_t i = 1; i < all.size(); ++i) EXPECT_LE(all[i].mentions, all[i - 1].mentions);

  const std::vector<EntitySummary> persons = store_->entities({"PER", 0});
  ASSERT_EQ(persons.size(), 1u);
  EXPECT_EQ(persons[0].id, "per:wolodymyr_selenskyj");
  EXPECT_EQ(store_->entities({"", 2}).size(), 2u);
  EXPECT_TRUE(store_->entities({"MISC", 0}).empty());
}

TEST_F(StoreQueriesTest, TimelineListsDatedSentencesInDateOrder) {
  const std::vector<TimelineEntry> all = store_->timeline();
  ASSERT_EQ(all.size(), 3u);
  // "Im Sommer 2023" (undated article), "Am 4. November 2024", and the event sentence of an
  // article dated 2024-12-16 that names no date itself.
  EXPECT_EQ(all[0].date, "2023-SU");
  EXPECT_EQ(all[0].first, "2023-06-01");
  EXPECT_EQ(all[0].last, "2023-08-31");
  EXPECT_EQ(all[0].expression, "Im Sommer 2023");
  EXPECT_EQ(all[0].document, "c");
  EXPECT_EQ(all[0].text, "Im Sommer 2023 waren es weniger Soldaten.");
  EXPECT_EQ(all[1].date, "2024-11-04");
  EXPECT_EQ(all[1].basis, "timex");
  EXPECT_EQ(all[1].document, "a");
  EXPECT_EQ(all[1].text, "Am 4. November 2024 meldete Kiew Gefechte in Kursk.");
  ASSERT_TRUE(all[1].title);
  EXPECT_EQ(*all[1].title, "Nordkorea schickt Soldaten");
  EXPECT_EQ(all[2].date, "2024-12-16");
  EXPECT_EQ(all[2].basis, "event");
  EXPECT_EQ(all[2].document, "b");
  EXPECT_EQ(all[2].text, "Russland griff Charkiw mit Drohnen an.");
}

TEST_F(StoreQueriesTest, TimelineFiltersByEntityAndByOverlappingDates) {
  TimelineQuery kursk;
  kursk.entity = "geo:538560";
  EXPECT_EQ(timeline_dates(kursk), (Strings{"2024-11-04@a"}));
  TimelineQuery nobody;
  nobody.entity = "per:niemand";
  EXPECT_TRUE(store_->timeline(nobody).empty());

  auto range = [&](std::string from, std::string to) {
    TimelineQuery q;
    q.range = {std::move(from), std::move(to)};
    return timeline_dates(q);
  };
  EXPECT_EQ(range("2024-12", ""), (Strings{"2024-12-16@b"}));
  EXPECT_EQ(range("", "2023"), (Strings{"2023-SU@c"}));
  EXPECT_EQ(range("2024-11-04", "2024-11-04"), (Strings{"2024-11-04@a"}));
  // Summer 2023 overlaps a week in July; the day after the 4th November excludes it.
  EXPECT_EQ(range("2023-07-15", "2023-07-20"), (Strings{"2023-SU@c"}));
  EXPECT_EQ(range("2024-11-05", "2024-12-15"), Strings{});
  EXPECT_EQ(range("2024", "2024").size(), 2u);
  TimelineQuery bad;
  bad.range.from = "2024-13";
  EXPECT_THROW(store_->timeline(bad), Error);
  bad.range = {"2025", "2024"};
  EXPECT_THROW(store_->timeline(bad), Error);
}

TEST_F(StoreQueriesTest, EventsFilterByTypeActorAndDate) {
  EXPECT_EQ(event_documents({}), (Strings{"b", "c"}));  // undated last
  const std::vector<StoredEvent> all = store_->events();
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[0].date, "2024-12-16");  // the article's date: the event has none of its own
  EXPECT_EQ(all[0].trigger, "griff");
  EXPECT_EQ(all[0].source_name, "Russland");
  EXPECT_EQ(all[0].place_name, "Charkiw");
  EXPECT_EQ(all[0].text, "Russland griff Charkiw mit Drohnen an.");
  EXPECT_EQ(all[1].date, "");
  EXPECT_EQ(all[1].event.type, "CONSULT");

  EventQuery assault;
  assault.type = "ASSAULT";
  EXPECT_EQ(event_documents(assault), (Strings{"b"}));
  EventQuery ukraine;
  ukraine.actor = "cty:UKR";  // target of one, source of none
  EXPECT_EQ(event_documents(ukraine), (Strings{"b"}));
  EventQuery kuleba;
  kuleba.actor = "per:dmytro_kuleba";  // source of the other
  EXPECT_EQ(event_documents(kuleba), (Strings{"c"}));
  EventQuery dated;
  dated.range.from = "2024";  // a date range leaves undated events out
  EXPECT_EQ(event_documents(dated), (Strings{"b"}));
  dated.range.from = "2025";
  EXPECT_TRUE(event_documents(dated).empty());
}

TEST_F(StoreQueriesTest, ClaimsMatchInflectedWordsInDateOrder) {
  // "nordkoreanische" finds "nordkoreanischen"; the undated figure about drones does not match.
  // "12.000 Nordkoreaner" names part of the query, and its paragraph the rest; "5.000 russische
  // Soldaten" in the same paragraph is about other soldiers.
  EXPECT_EQ(claim_values("nordkoreanische Soldaten"), (Strings{"a:10000", "a:12000", "b:11000"}));
  const std::vector<Claim> claims = store_->claims({"nordkoreanische Soldaten", 0});
  ASSERT_EQ(claims.size(), 3u);
  EXPECT_EQ(claims[1].matched, "paragraph");
  EXPECT_EQ(claims[1].figure, "12.000");
  EXPECT_EQ(claims[0].figure, "mehr als 10.000");
  EXPECT_EQ(claims[0].quantity.approx, "MORE_THAN");
  EXPECT_EQ(claims[0].quantity.source, "USA");
  EXPECT_EQ(claims[0].matched, "counted");
  EXPECT_EQ(claims[0].date, "2024-11");
  EXPECT_EQ(claims[0].text,
            "Nach US-Angaben sind mehr als 10.000 nordkoreanische Soldaten in Russland.");
  EXPECT_EQ(claims[2].quantity.source, "per:wolodymyr_selenskyj");
  EXPECT_EQ(claims[2].matched, "counted");
  // Words need to be in the figure's own sentence: "Soldaten" in another sentence of c is not
  // enough for c's figure about drones.
  EXPECT_EQ(claim_values("Soldaten"), (Strings{"a:10000", "a:5000", "b:11000"}));
  EXPECT_EQ(claim_values("Drohne"), (Strings{"c:37"}));
  EXPECT_EQ(claim_values("Luftwaffe Drohnen"), (Strings{"c:37"}));
  const std::vector<Claim> air = store_->claims({"Luftwaffe", 0});
  ASSERT_EQ(air.size(), 1u);
  EXPECT_EQ(air[0].matched, "sentence");
  ASSERT_TRUE(air[0].quantity.upper);
  EXPECT_EQ(*air[0].quantity.upper, 90);
  EXPECT_TRUE(claim_values("Panzer").empty());
  EXPECT_TRUE(claim_values("").empty());
  EXPECT_TRUE(claim_values(" ,;").empty());
  EXPECT_EQ(store_->claims({"Soldaten", 1}).size(), 1u);
}

struct IntervalCase {
  std::string value;
  std::string first;  // "" when the value has no interval
  std::string last;
};

TEST(DateInterval, TimexValuesStandForTheirDays) {
  const std::vector<IntervalCase> cases = {
      {"2025", "2025-01-01", "2025-12-31"},
      {"2024-02", "2024-02-01", "2024-02-29"},
      {"2023-02", "2023-02-01", "2023-02-28"},
      {"2025-07-02", "2025-07-02", "2025-07-02"},
      {"2025-07-02T17:00", "2025-07-02", "2025-07-02"},
      {"2025-W01", "2024-12-30", "2025-01-05"},
      {"2020-W53", "2020-12-28", "2021-01-03"},
      {"2025-Q3", "2025-07-01", "2025-09-30"},
      {"2025-H1", "2025-01-01", "2025-06-30"},
      {"2024-WI", "2023-12-01", "2024-02-29"},
      {"2023-SU", "2023-06-01", "2023-08-31"},
      {"XXXX-07", "", ""},
      {"PAST_REF", "", ""},
      {"P14M", "", ""},
      {"2025-13", "", ""},
      {"2025-02-30", "", ""},
      {"2021-W53", "", ""},  // 2021 has 52 ISO weeks
      {"202", "", ""},
      {"", "", ""},
  };
  for (const IntervalCase& c : cases) {
    std::optional<store::DateInterval> got = store::date_interval(c.value);
    if (c.first.empty()) {
      EXPECT_FALSE(got) << c.value;
      continue;
    }
    ASSERT_TRUE(got) << c.value;
    EXPECT_EQ(got->first, c.first) << c.value;
    EXPECT_EQ(got->last, c.last) << c.value;
  }
  // Command-line dates: the three calendar forms only.
  EXPECT_TRUE(store::calendar_interval("2025"));
  EXPECT_TRUE(store::calendar_interval("2025-07"));
  EXPECT_TRUE(store::calendar_interval("2025-07-31"));
  EXPECT_FALSE(store::calendar_interval("2025-W01"));
  EXPECT_FALSE(store::calendar_interval("2025-07-02T10:00"));
  EXPECT_FALSE(store::calendar_interval("25-07"));
  EXPECT_FALSE(store::calendar_interval("2025-7"));
}

}  // namespace
}  // namespace lagebild
