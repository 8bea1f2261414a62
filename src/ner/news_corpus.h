// Reads the unlabelled news corpora (JSON Lines, plain or gzip-compressed, fields `title` and
// `text`) that the word clusters and the capitalisation statistics are learned from.
#ifndef LAGEBILD_NER_NEWS_CORPUS_H_
#define LAGEBILD_NER_NEWS_CORPUS_H_

#include <functional>
#include <string>
#include <string_view>

namespace lagebild::ner {

// Calls `on_text` with the title and then the body of every article in `path`, in file order.
// zlib reads plain files unchanged, so one reader serves .jsonl and .jsonl.gz.
// Throws lagebild::Error naming the file and line on unreadable files or malformed JSON.
void read_news_corpus(const std::string& path,
                      const std::function<void(std::string_view)>& on_text);

}  // namespace lagebild::ner

#endif  // LAGEBILD_NER_NEWS_CORPUS_H_
