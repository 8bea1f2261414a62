// (d) Office tenures as dating evidence: "Außenminister Andrii Sybiha" — a title right before its
// holder's name — dates the article to the holder's term in that office.
//
// Reads the knowledge base tables of data/kb/ directly (offices.tsv, office_titles.tsv,
// persons.tsv, name_variants.tsv; see data/kb/README.md), so that the dater works whether or not
// the entity-resolution stage ran. A missing table turns the source off.
#ifndef LAGEBILD_TIME_DATING_OFFICES_H_
#define LAGEBILD_TIME_DATING_OFFICES_H_

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include <lagebild/document.h>

#include "time/dating_evidence.h"
#include "time/dating_tokens.h"

namespace lagebild::dating {

struct Tenure {
  std::string person;      // KB id, per:andrii_sybiha
  std::string name;        // canonical name
  std::string office;      // office key, foreign_minister
  std::string of;          // country or organisation
  std::string start, end;  // as in the table; end empty = in office
  int start_day = 0;
  int end_day = -1;
};

struct TitleEntry {
  std::string office;
  std::string of;  // empty when the title needs context ("Außenminister")
};

class OfficeTenures {
 public:
  // Null when offices.tsv does not exist; lagebild::Error naming FILE:LINE for a malformed line.
  static std::shared_ptr<const OfficeTenures> load(const std::string& kb_dir);

  void evidence(const Document& doc, const std::vector<DatingToken>& tokens,
                std::vector<EvidenceItem>& out) const;

  // Tables, filled by load() (public for tests that build one by hand).
  std::vector<Tenure> tenures;
  std::unordered_map<std::string, TitleEntry> titles;                  // lower-case phrase
  std::unordered_map<std::string, std::vector<std::string>> surnames;  // lower-case → ids
};

}  // namespace lagebild::dating

#endif  // LAGEBILD_TIME_DATING_OFFICES_H_
