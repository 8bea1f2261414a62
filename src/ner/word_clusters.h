// Word clusters and capitalisation statistics learned without labels from the news corpora.
//
// Clusters at three granularities play the role Brown-cluster prefixes play in Ratinov & Roth
// (2009) and in the GermEval 2014 systems: a word never seen in the labelled data still shares
// features with words that occur in the same contexts ("Pokrowsk" with "Bachmut"). The
// capitalisation ratio says how often the lower-cased word is written with a capital when it is
// not sentence-initial: in German every noun is capitalised, but "deutschen" (LOCderiv) is not.
//
// File format (TSV, UTF-8, '#' lines are comments):
//   word <TAB> fine <TAB> mid <TAB> coarse <TAB> count <TAB> capitalised-per-mille (-1: unknown)
#ifndef LAGEBILD_NER_WORD_CLUSTERS_H_
#define LAGEBILD_NER_WORD_CLUSTERS_H_

#include <cstdint>
#include <string>
#include <vector>

namespace lagebild::ner {

struct WordClusterEntry {
  std::string word;
  uint16_t fine = 0;
  uint16_t mid = 0;
  uint16_t coarse = 0;
  uint32_t count = 0;
  int16_t cap_permille = -1;
};

struct WordClusters {
  std::vector<std::string> header;  // comment lines (without '#'): sources and options
  std::vector<WordClusterEntry> entries;
};

// Reads a cluster file; throws lagebild::Error naming the file and line when it is malformed.
WordClusters read_word_clusters(const std::string& path);
// Writes one; throws lagebild::Error naming the file when it cannot.
void write_word_clusters(const WordClusters& clusters, const std::string& path);

}  // namespace lagebild::ner

#endif  // LAGEBILD_NER_WORD_CLUSTERS_H_
