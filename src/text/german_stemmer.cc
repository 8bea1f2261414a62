// GermanStemmer: a thin owner of one libstemmer "german" instance (Snowball's German algorithm).
#include <string>
#include <string_view>

#include <libstemmer.h>

#include "lagebild/error.h"
#include "lagebild/text.h"

namespace lagebild {

struct GermanStemmer::Impl {
  sb_stemmer* stemmer = nullptr;
};

GermanStemmer::GermanStemmer() : impl_(std::make_unique<Impl>()) {
  impl_->stemmer = sb_stemmer_new("german", "UTF_8");
  if (impl_->stemmer == nullptr) {
    throw Error(Error::Code::kInternal, "libstemmer", "the German Snowball stemmer is missing");
  }
}

GermanStemmer::~GermanStemmer() {
  sb_stemmer_delete(impl_->stemmer);
}

std::string GermanStemmer::stem(std::string_view lower_word) {
  if (lower_word.empty()) return {};
  const sb_symbol* out =
      sb_stemmer_stem(impl_->stemmer, reinterpret_cast<const sb_symbol*>(lower_word.data()),
                      static_cast<int>(lower_word.size()));
  if (out == nullptr) throw Error(Error::Code::kInternal, "libstemmer", "out of memory");
  return std::string(reinterpret_cast<const char*>(out),
                     static_cast<size_t>(sb_stemmer_length(impl_->stemmer)));
}

}  // namespace lagebild
