// Reads what is left of a stream into one string. For a file it asks for the size and reads it in
// one call; std::istreambuf_iterator goes byte by byte, which took most of a second for the
// 20 MB NER model at every start.
#ifndef LAGEBILD_CORE_READ_ALL_H_
#define LAGEBILD_CORE_READ_ALL_H_

#include <istream>
#include <sstream>
#include <string>

namespace lagebild::core {

inline std::string read_all(std::istream& in) {
  const std::istream::pos_type here = in.tellg();
  if (here != std::istream::pos_type(-1) && in.seekg(0, std::ios::end)) {
    const std::istream::pos_type end = in.tellg();
    in.seekg(here);
    if (end != std::istream::pos_type(-1) && end >= here) {
      std::string bytes(static_cast<size_t>(end - here), '\0');
      in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
      bytes.resize(static_cast<size_t>(in.gcount()));
      return bytes;
    }
  }
  // Not seekable (a pipe): copy through a buffer.
  in.clear();
  std::ostringstream out;
  out << in.rdbuf();
  return std::move(out).str();
}

}  // namespace lagebild::core

#endif  // LAGEBILD_CORE_READ_ALL_H_
