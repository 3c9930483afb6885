#include "parsers/scan/record_scanner.h"

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <system_error>
#include <thread>

#include "parsers/base/status_macros.h"
#include "parsers/normalize/normalizer.h"
#include "parsers/scan/mark_wording.h"

namespace patmark {

RecordScanner::RecordScanner(const MarkExtractor& extractor, ScanOptions options)
    : extractor_(extractor), options_(std::move(options)) {}

bool RecordScanner::ShouldScan(const Field& field) const {
  if (options_.text_fields.empty()) return field.name != options_.id_field;
  for (const std::string& name : options_.text_fields) {
    if (name == field.name) return true;
  }
  return false;
}

void RecordScanner::Scan(Record record, ScannedRecord* out) const {
  out->marks.clear();
  NormalizedText normalized;
  std::vector<ExtractedMark> found;
  CheckOptions check;
  check.as_of = options_.as_of;
  for (const Field& field : record.fields) {
    if (!ShouldScan(field) || !extractor_.MayContainMarks(field.text)) continue;
    Normalize(field.text, &normalized);
    found.clear();
    extractor_.Extract(normalized.text, &found);
    for (ExtractedMark& m : found) {
      ScannedMark sm;
      sm.field = field.name;
      sm.span = normalized.map.ToOriginal(m.span);
      sm.raw = field.text.substr(sm.span.begin, sm.span.size());
      check.publication_context = m.publication_context;
      check.application_context = m.presented == NumberKind::kApplication;
      check.type_context = m.claimed_type;
      check.default_jurisdiction = m.jurisdiction;
      if (m.form == MarkForm::kNumber) {
        StatusOr<CheckedNumber> number = CheckNumber(m.number_text, check);
        if (number.ok()) {
          sm.number = std::move(*number);
        } else {
          sm.number.jurisdiction = m.jurisdiction;
          sm.number.canonical = m.jurisdiction + m.number_text;
          sm.number.problems.push_back(Problem{"unparseable", number.status().message()});
        }
      } else {
        sm.number.jurisdiction = m.jurisdiction;  // a notice or an address: no number
      }
      sm.number_kind = PresentedKind(m, sm.number);
      sm.marking_problems = CheckMarkWording(m, sm.number);
      sm.extracted = std::move(m);
      out->marks.push_back(std::move(sm));
    }
  }
  out->record = std::move(record);
}

Status RecordScanner::Run(RecordReader& reader, ScanSink& sink, unsigned jobs) const {
  return jobs <= 1 ? RunSerial(reader, sink) : RunParallel(reader, sink, jobs);
}

Status RecordScanner::RunSerial(RecordReader& reader, ScanSink& sink) const {
  Record record;
  ScannedRecord scanned;
  while (true) {
    StatusOr<bool> more = reader.Next(&record);
    if (!more.ok()) return more.status();
    if (!*more) return OkStatus();
    Scan(std::move(record), &scanned);
    PATMARK_RETURN_IF_ERROR(sink.Accept(std::move(scanned)));
    record = Record();
  }
}

namespace {

// Records travel in chunks, so that the threads meet once per chunk rather
// than once per record.
struct Chunk {
  std::vector<Record> records;
  std::vector<ScannedRecord> scanned;
  bool done = false;  // guarded by ChunkQueue::mu
};

// The chunks between the reading thread and the workers. The reading thread
// pushes chunks and takes them back, scanned, in the order it pushed them.
class ChunkQueue {
 public:
  void Push(Chunk* chunk) {
    std::lock_guard<std::mutex> lock(mu_);
    todo_.push_back(chunk);
    work_.notify_one();
  }
  // A worker's next chunk, or nullptr once Close() was called.
  Chunk* NextWork() {
    std::unique_lock<std::mutex> lock(mu_);
    work_.wait(lock, [&] { return closed_ || !todo_.empty(); });
    if (closed_) return nullptr;
    Chunk* chunk = todo_.front();
    todo_.pop_front();
    return chunk;
  }
  void Done(Chunk* chunk) {
    std::lock_guard<std::mutex> lock(mu_);
    chunk->done = true;
    done_.notify_all();
  }
  void WaitDone(const Chunk* chunk) {
    std::unique_lock<std::mutex> lock(mu_);
    done_.wait(lock, [&] { return chunk->done; });
  }
  void Close() {
    std::lock_guard<std::mutex> lock(mu_);
    closed_ = true;
    work_.notify_all();
  }

 private:
  std::mutex mu_;
  std::condition_variable work_, done_;
  std::deque<Chunk*> todo_;
  bool closed_ = false;
};

constexpr size_t kChunkRecords = 16384;

size_t TextBytes(const Record& record) {
  size_t bytes = 0;
  for (const Field& field : record.fields) bytes += field.text.size();
  return bytes;
}

}  // namespace

Status RecordScanner::RunParallel(RecordReader& reader, ScanSink& sink, unsigned jobs) const {
  ChunkQueue queue;
  std::vector<std::thread> workers;
  auto scan_chunks = [&] {
    while (Chunk* chunk = queue.NextWork()) {
      chunk->scanned.resize(chunk->records.size());
      for (size_t i = 0; i < chunk->records.size(); ++i) Scan(std::move(chunk->records[i]), &chunk->scanned[i]);
      queue.Done(chunk);
    }
  };
  try {
    for (unsigned i = 0; i < jobs; ++i) workers.emplace_back(scan_chunks);
  } catch (const std::system_error&) {  // no threads to be had: scan on this one
    queue.Close();
    for (std::thread& t : workers) t.join();
    return RunSerial(reader, sink);
  }

  const size_t max_in_flight = 2 * static_cast<size_t>(jobs);
  std::deque<std::unique_ptr<Chunk>> in_flight;  // in input order
  Status result = OkStatus();
  bool reading = true;
  while (reading || !in_flight.empty()) {
    if (reading && in_flight.size() < max_in_flight) {
      auto chunk = std::make_unique<Chunk>();
      size_t bytes = 0;
      while (chunk->records.size() < kChunkRecords && bytes < options_.chunk_bytes) {
        Record record;
        StatusOr<bool> more = reader.Next(&record);
        if (!more.ok()) result = more.status();
        if (!more.ok() || !*more) {
          reading = false;
          break;
        }
        bytes += TextBytes(record);
        chunk->records.push_back(std::move(record));
      }
      if (!chunk->records.empty()) {
        queue.Push(chunk.get());
        in_flight.push_back(std::move(chunk));
      }
      continue;
    }
    std::unique_ptr<Chunk> chunk = std::move(in_flight.front());
    in_flight.pop_front();
    queue.WaitDone(chunk.get());
    for (ScannedRecord& scanned : chunk->scanned) {
      Status accepted = sink.Accept(std::move(scanned));
      if (accepted.ok()) continue;
      result = accepted;
      reading = false;
      for (const auto& rest : in_flight) queue.WaitDone(rest.get());  // workers hold pointers into them
      in_flight.clear();
      break;
    }
  }
  queue.Close();
  for (std::thread& t : workers) t.join();
  return result;
}

}  // namespace patmark
