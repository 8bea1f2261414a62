// `lagebild claims --db FILE --about WORDS [--limit N] [--json]`: every figure about something
// ("nordkoreanische Soldaten"), in date order, with who says so and where.
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "cli/command.h"
#include "cli/query_output.h"

namespace lagebild::cli {
namespace {

struct ClaimsArgs {
  std::string db;
  std::vector<std::string> about;
  size_t limit = 0;
  bool json = false;
};

// 10000 -> "10000", 36.9 -> "36.9": no exponent, no trailing zeros.
std::string number_text(double v) {
  return fmt::format("{}", v);
}

// Whole numbers as integers ("10000", not "10000.0"): figures are mostly counts.
nlohmann::json number_json(double v) {
  if (std::floor(v) == v && std::fabs(v) < 1e15) return static_cast<int64_t>(v);
  return v;
}

std::string value_text(const Quantity& q) {
  std::string out = number_text(q.value);
  if (q.upper) out += "–" + number_text(*q.upper);
  return out;
}

int run_claims(const ClaimsArgs& args) {
  std::unique_ptr<Store> store = open_store_for_reading(args.db);
  ClaimQuery query;
  for (const std::string& word : args.about) query.about += (query.about.empty() ? "" : " ") + word;
  query.limit = args.limit;
  const std::vector<Claim> claims = store->claims(query);
  std::string out;
  if (args.json) {
    for (const Claim& c : claims) {
      const Quantity& q = c.quantity;
      out += json_line({{"value", number_json(q.value)},
                        {"upper", q.upper ? number_json(*q.upper) : nlohmann::json()},
                        {"approx", string_or_null(q.approx)},
                        {"unit", string_or_null(q.unit)},
                        {"counted", string_or_null(q.counted)},
                        {"source", string_or_null(q.source)},
                        {"figure", c.figure},
                        {"matched", c.matched},
                        {"id", c.document},
                        {"title", c.title ? nlohmann::json(*c.title) : nlohmann::json()},
                        {"date", string_or_null(c.date)},
                        {"sentence", c.sentence},
                        {"text", c.text}});
    }
  } else if (!claims.empty()) {
    TextTable table({"date", "article", "value", "approx", "unit", "counted", "source", "sentence"},
                    {false, false, true});
    for (const Claim& c : claims) {
      const Quantity& q = c.quantity;
      table.add({c.date.empty() ? "?" : c.date, c.document, value_text(q), q.approx, q.unit,
                 q.counted, q.source.empty() ? "-" : q.source, c.text});
    }
    out = table.render();
  }
  print(out);
  if (claims.empty() && !args.json) {
    std::fprintf(stderr, "no figures about: %s\n", query.about.c_str());
  }
  return kExitOk;
}

CommandRun setup_claims(CLI::App& app) {
  auto args = std::make_shared<ClaimsArgs>();
  add_db_option(app, args->db);
  app.add_option("--about", args->about,
                 "German words, all required (\"nordkoreanische Soldaten\"); inflections and "
                 "compounds match")
      ->required()
      ->expected(1, -1);
  app.add_option("--limit,-n", args->limit, "At most this many figures (default: all)");
  app.add_flag("--json", args->json,
               "One JSON object per figure: value, upper, approx, unit, counted, source, figure, "
               "matched, id, title, date, sentence, text");
  return [args] { return run_claims(*args); };
}

}  // namespace

LAGEBILD_COMMAND("claims", "Figures about something, in date order, with their sources",
                 setup_claims);

}  // namespace lagebild::cli
