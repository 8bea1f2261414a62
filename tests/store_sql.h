// Runs one SQL statement on a store file directly, outside the Store: what the store tests use to
// look at tables and pragmas.
#ifndef LAGEBILD_TESTS_STORE_SQL_H_
#define LAGEBILD_TESTS_STORE_SQL_H_

#include <sqlite3.h>

#include <cstdint>
#include <string>

#include <gtest/gtest.h>

namespace lagebild::test_store {

// The first column of the first row as an integer; -1 when there is none.
inline int64_t sql_int(const std::string& path, const std::string& sql) {
  sqlite3* db = nullptr;
  EXPECT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  sqlite3_stmt* statement = nullptr;
  int64_t value = -1;
  if (sqlite3_prepare_v2(db, sql.c_str(), -1, &statement, nullptr) == SQLITE_OK &&
      sqlite3_step(statement) == SQLITE_ROW) {
    value = sqlite3_column_int64(statement, 0);
  }
  sqlite3_finalize(statement);
  sqlite3_close(db);
  return value;
}

}  // namespace lagebild::test_store

#endif  // LAGEBILD_TESTS_STORE_SQL_H_
