// A thin RAII layer over the SQLite C API for the store: a connection, prepared statements and
// transactions, every failure turned into Error(kStore) naming the database file.
#ifndef LAGEBILD_STORE_SQLITE_H_
#define LAGEBILD_STORE_SQLITE_H_

#include <sqlite3.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace lagebild::store {

class Connection {
 public:
  // Opens `path`. read_only: never creates nor writes; otherwise creates the file if missing.
  Connection(const std::string& path, bool read_only);
  ~Connection();
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;

  sqlite3* handle() const { return db_; }
  const std::string& path() const { return path_; }
  bool read_only() const { return read_only_; }

  // Runs one or more statements that return no rows.
  void exec(const std::string& sql);
  // The first column of the first row of a query, as an integer (0 when there is no row).
  int64_t query_int(const std::string& sql);

  // Throws Error(kStore) with `what`, SQLite's message and the file name.
  [[noreturn]] void fail(const std::string& what) const;

 private:
  sqlite3* db_ = nullptr;
  std::string path_;
  bool read_only_;
};

// A prepared statement, reusable: bind, step until done, reset.
class Statement {
 public:
  Statement(Connection& connection, std::string_view sql);
  ~Statement();
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  // Parameters are 1-based, as in SQLite.
  Statement& bind(int index, int64_t value);
  Statement& bind(int index, double value);
  Statement& bind(int index, std::string_view text);  // copied by SQLite (SQLITE_TRANSIENT)
  Statement& bind(int index, const std::string& text) {
    return bind(index, std::string_view(text));
  }
  Statement& bind(int index, const char* text) { return bind(index, std::string_view(text)); }
  Statement& bind(int index, const std::optional<std::string>& text);  // NULL when empty
  Statement& bind_null(int index);

  // Advances; true while a row is available.
  bool step();
  // Steps a statement that returns no rows, then resets it.
  void run();
  // Resets and clears the bindings for the next use.
  void reset();

  // Columns are 0-based, as in SQLite.
  bool is_null(int column) const;
  int64_t column_int(int column) const;
  double column_double(int column) const;
  std::string column_text(int column) const;  // "" for NULL
  std::optional<std::string> column_optional_text(int column) const;

 private:
  Connection& connection_;
  sqlite3_stmt* stmt_ = nullptr;
};

// BEGIN IMMEDIATE ... COMMIT; rolls back when destroyed uncommitted (an exception unwound it).
// IMMEDIATE takes the write lock up front, so a second writer waits (busy timeout) instead of
// failing half-way with SQLITE_BUSY.
class Transaction {
 public:
  explicit Transaction(Connection& connection);
  ~Transaction();
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  void commit();

 private:
  Connection& connection_;
  bool open_ = true;
};

}  // namespace lagebild::store

#endif  // LAGEBILD_STORE_SQLITE_H_
