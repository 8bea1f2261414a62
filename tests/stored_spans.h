// Checks that a document read back from the store has the paragraphs and sentences it was written
// with: what the store tests compare after every write, migration and replacement.
#ifndef LAGEBILD_TESTS_STORED_SPANS_H_
#define LAGEBILD_TESTS_STORED_SPANS_H_

#include <gtest/gtest.h>

#include "lagebild/document.h"

namespace lagebild::test_store {

inline void expect_same_spans(const Document& got, const Document& want) {
  ASSERT_EQ(got.paragraphs.size(), want.paragraphs.size());
  for (size_t i = 0; i < want.paragraphs.size(); ++i) {
    EXPECT_EQ(static_cast<const Span&>(got.paragraphs[i]),
              static_cast<const Span&>(want.paragraphs[i]))
        << "paragraph " << i;
  }
  ASSERT_EQ(got.sentences.size(), want.sentences.size());
  for (size_t i = 0; i < want.sentences.size(); ++i) {
    EXPECT_EQ(static_cast<const Span&>(got.sentences[i]),
              static_cast<const Span&>(want.sentences[i]))
        << "sentence " << i;
    EXPECT_EQ(got.sentences[i].first_token, want.sentences[i].first_token) << "sentence " << i;
    EXPECT_EQ(got.sentences[i].end_token, want.sentences[i].end_token) << "sentence " << i;
  }
}

}  // namespace lagebild::test_store

#endif  // LAGEBILD_TESTS_STORED_SPANS_H_
