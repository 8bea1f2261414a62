// `lagebild show --db FILE [--json] ID`: one stored article.
#include <cstdio>
#include <iostream>
#include <memory>
#include <string>

#include <fmt/format.h>
#include <lagebild/store.h>

#include "cli/command.h"
#include "core/date_origin.h"
#include "io/document_json.h"

namespace lagebild::cli {
namespace {

struct ShowArgs {
  std::string db;
  std::string id;
  bool json = false;
};

std::string describe_date(const DocumentDate& date) {
  if (date.value.empty() && date.origin == DocumentDate::Origin::kUnknown) return "unknown";
  std::string out =
      fmt::format("{} ({}", date.value.empty() ? "?" : date.value, date_origin_name(date.origin));
  if (!date.earliest.empty() || !date.latest.empty()) {
    out += fmt::format("; between {} and {}", date.earliest.empty() ? "?" : date.earliest,
                       date.latest.empty() ? "?" : date.latest);
  }
  if (date.origin == DocumentDate::Origin::kInferred) {
    out += fmt::format("; confidence {:.2f}", date.confidence);
  }
  return out + ")";
}

int run_show(const ShowArgs& args) {
  StoreOptions options;
  options.read_only = true;
  std::unique_ptr<Store> store = Store::open(args.db, options);
  std::optional<Document> doc = store->get(args.id);
  if (!doc) {
    std::fprintf(stderr, "lagebild: %s: no article with id \"%s\"\n", args.db.c_str(),
                 args.id.c_str());
    return kExitInputRejected;
  }
  std::string out;
  if (args.json) {
    io::append_document_json(*doc, io::DocumentJsonOptions{}, out);
  } else {
    out += fmt::format("id:        {}\n", doc->id);
    if (doc->title) out += fmt::format("title:     {}\n", *doc->title);
    out += fmt::format("date:      {}\n", describe_date(doc->date));
    for (const DateEvidence& e : doc->date.evidence) {
      out += fmt::format("           evidence: \"{}\" ({})\n", doc->slice(e), e.why);
    }
    for (const auto& [key, value] : doc->metadata) {
      out += fmt::format("{:<10} {}\n", key + ":", value);
    }
    if (!doc->origin_path.empty()) {
      out += fmt::format("read from: {}{}\n", doc->origin_path,
                         doc->origin_line > 0 ? fmt::format(":{}", doc->origin_line) : "");
    }
    out += fmt::format("sentences: {}\n\n{}\n", doc->sentences.size(), doc->text);
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
  return kExitOk;
}

CommandRun setup_show(CLI::App& app) {
  auto args = std::make_shared<ShowArgs>();
  app.add_option("--db", args->db, "The store (SQLite file written by `lagebild ingest`)")
      ->required();
  app.add_option("id", args->id, "The article id")->required();
  app.add_flag("--json", args->json, "The article as JSON, in the format of `lagebild analyze`");
  return [args] { return run_show(*args); };
}

}  // namespace

LAGEBILD_COMMAND("show", "Print one stored article", setup_show);

}  // namespace lagebild::cli
