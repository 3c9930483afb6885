#include "parsers/records/internal/input_buffer.h"

#include <cerrno>
#include <cstring>

namespace patmark::records_internal {

bool InputBuffer::Fill() {
  if (eof_) return false;
  if (pos_ > 0) {  // drop what was consumed so the window stays small
    buf_.erase(0, pos_);
    pos_ = 0;
  }
  size_t old_size = buf_.size();
  buf_.resize(old_size + chunk_);
  errno = 0;
  in_.read(buf_.data() + old_size, static_cast<std::streamsize>(chunk_));
  size_t got = static_cast<size_t>(in_.gcount());
  buf_.resize(old_size + got);
  if (in_.bad()) {
    status_ = DataLossError(std::string("read failed: ") +
                            (errno != 0 ? std::strerror(errno) : "stream error"));
    eof_ = true;
  } else if (in_.eof()) {
    eof_ = true;
  }
  return got > 0;
}

}  // namespace patmark::records_internal
