// InputBuffer: a growable window over an istream for the record readers.
// Readers look at data(), ask for more with Fill() when a record is cut off by
// the end of the window, and Consume() what they have turned into records.
#ifndef PATMARK_PARSERS_RECORDS_INTERNAL_INPUT_BUFFER_H_
#define PATMARK_PARSERS_RECORDS_INTERNAL_INPUT_BUFFER_H_

#include <cstdint>
#include <istream>
#include <string>
#include <string_view>

#include "parsers/base/status.h"

namespace patmark::records_internal {

class InputBuffer {
 public:
  InputBuffer(std::istream& in, size_t chunk_bytes) : in_(in), chunk_(chunk_bytes) {}

  // The unconsumed bytes read so far.
  std::string_view data() const { return std::string_view(buf_).substr(pos_); }
  // Reads at least one more chunk unless the stream is at its end. Returns
  // false when nothing more could be read (end of input, or an error).
  bool Fill();
  void Consume(size_t n) { pos_ += n; }
  bool at_eof() const { return eof_; }
  // OK, or the error that stopped reading.
  const Status& status() const { return status_; }

 private:
  std::istream& in_;
  size_t chunk_;
  std::string buf_;
  size_t pos_ = 0;
  bool eof_ = false;
  Status status_;
};

}  // namespace patmark::records_internal

#endif  // PATMARK_PARSERS_RECORDS_INTERNAL_INPUT_BUFFER_H_
