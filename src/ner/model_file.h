// The NER model file format (binary, little-endian), version 3:
//
//   bytes 0-7    magic "LBNER\r\n\x1a" (the CR LF and ^Z catch text-mode and truncating copies)
//   bytes 8-11   format version (uint32)
//   bytes 12-19  body size in bytes (uint64)
//   body         label scheme, label names, feature settings, training-data name, description,
//                word lexicon (word hashes + cluster ids), label statistics (word hashes +
//                LabelStats), gazetteer (word hashes + name bits),
//                feature rows, transitions, self-tests
//   last 8 bytes checksum of the body (FNV-1a 64)
//
// Readers accept kModelFormatVersion only: they refuse newer files with advice to upgrade (fastText
// and CTranslate2 do the same) and older ones with advice to retrain. Version 1 had the same layout
// but feature revision 1 (before the compound-part and fallback-cluster features); version 2 is
// bumped with revision 2 so that an old file is named as old, not as damaged; version 3 added
// the label statistics (feature revision 3).
#ifndef LAGEBILD_NER_MODEL_FILE_H_
#define LAGEBILD_NER_MODEL_FILE_H_

#include <string>

#include "ner/model_data.h"

namespace lagebild::ner {

inline constexpr char kModelMagic[8] = {'L', 'B', 'N', 'E', 'R', '\r', '\n', '\x1a'};
inline constexpr uint32_t kModelFormatVersion = 3;

// Throws lagebild::Error naming `path` when it cannot be written.
void write_model(const ModelData& model, const std::string& path);

// Reads and checks magic, version, size and checksum; builds the feature index.
// Throws lagebild::Error naming `path`: kNotFound (missing), kInvalidData (not a model, damaged,
// truncated), kUnsupported (newer or older format). Each message says what to do.
ModelData read_model(const std::string& path);

}  // namespace lagebild::ner

#endif  // LAGEBILD_NER_MODEL_FILE_H_
