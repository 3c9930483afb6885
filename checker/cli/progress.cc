#include "checker/cli/progress.h"

#include <cstdio>

namespace patmark::cli {

ProgressLine::ProgressLine(Checker* next, const RecordErrorReporter* inputs, const SourceChain* chain,
                           uint64_t total_bytes, std::ostream& err)
    : next_(next),
      inputs_(inputs),
      chain_(chain),
      total_bytes_(total_bytes),
      err_(err),
      start_(std::chrono::steady_clock::now()),
      last_draw_(start_) {}

Status ProgressLine::Accept(ScannedRecord&& scanned) {
  ++records_;
  marks_ += scanned.marks.size();
  if ((records_ & 255) == 0) {
    auto now = std::chrono::steady_clock::now();
    if (now - last_draw_ >= std::chrono::milliseconds(250)) {
      last_draw_ = now;
      Draw();
    }
  }
  return next_->Accept(std::move(scanned));
}

void ProgressLine::Draw() {
  double secs = std::chrono::duration<double>(last_draw_ - start_).count();
  double mb = static_cast<double>(inputs_->bytes_read()) / 1e6;
  double rate = secs > 0 ? mb / secs : 0;
  char line[256];
  int n = std::snprintf(line, sizeof line,
                        "\rpatmark: %llu records, %.1f MB, %.1f MB/s, %llu marks, %zu numbers, %zu look-ups pending",
                        static_cast<unsigned long long>(records_), mb, rate, static_cast<unsigned long long>(marks_),
                        chain_->lookups(), next_->pending_lookups());
  if (total_bytes_ > 0 && rate > 0 && n > 0 && n < static_cast<int>(sizeof line)) {
    double left = (static_cast<double>(total_bytes_) / 1e6 - mb) / rate;
    std::snprintf(line + n, sizeof line - n, ", ETA %.0f s", left > 0 ? left : 0);
  }
  err_ << line << "\x1b[K" << std::flush;
  drawn_ = true;
}

void ProgressLine::Finish() {
  if (drawn_) err_ << "\r\x1b[K" << std::flush;
}

}  // namespace patmark::cli
