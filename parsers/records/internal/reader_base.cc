#include "parsers/records/internal/reader_base.h"


namespace patmark::records_internal {

ReaderBase::ReaderBase(std::istream& in, std::string source, const ReaderOptions& options)
    : input_(in, options.chunk_bytes),
      decoder_(options.encoding),
      source_(std::move(source)),
      options_(options) {}

void ReaderBase::Start() {
  if (started_) return;
  started_ = true;
  while (input_.data().size() < 3 && input_.Fill()) {
  }
  std::string_view data = input_.data();
  decoder_.Detect(data.substr(0, 64 << 10));
  if (data.substr(0, 3) == "\xEF\xBB\xBF") input_.Consume(3);
}

void ReaderBase::BeginRecord(Record* record) {
  record->Clear();
  record->source = source_;
  record->row = ++rows_;
  record->line = line_;
}

void ReaderBase::AddField(Record* record, std::string name, std::string_view bytes) {
  AddField(record, std::move(name), std::string(bytes));
}

void ReaderBase::AddField(Record* record, std::string name, std::string&& bytes) {
  Field field;
  field.name = std::move(name);
  if (std::optional<DecodeProblem> problem = decoder_.DecodeOwned(std::move(bytes), &field.text)) {
    record->AddError("invalid_encoding", field.name,
                     problem->detail + " at byte offset " + std::to_string(problem->offset) +
                         " (read as " + std::string(EncodingName(decoder_.encoding())) +
                         "; replaced by U+FFFD)");
  }
  record->fields.push_back(std::move(field));
}

void ReaderBase::AssignId(Record* record) const {
  const Field* id = record->Find(options_.id_field);
  if (id != nullptr && !id->text.empty()) {
    record->id = id->text;
  } else if (record->id.empty()) {
    record->id = std::to_string(record->row);
  }
}

void ReaderBase::ConsumeLines(size_t n) {
  std::string_view data = input_.data().substr(0, n);
  // find() is memchr: a record holds a line end or two, so this beats a count.
  for (size_t lf = data.find('\n'); lf != std::string_view::npos; lf = data.find('\n', lf + 1)) ++line_;
  // A lone CR (old Mac line ends) ends a line too; CR LF counted once above.
  for (size_t cr = data.find('\r'); cr != std::string_view::npos; cr = data.find('\r', cr + 1)) {
    if (cr + 1 >= data.size() || data[cr + 1] != '\n') ++line_;
  }
  input_.Consume(n);
}

StatusOr<bool> ReaderBase::EndOfInput() const {
  if (!input_.status().ok()) return input_.status().WithContext(source_);
  return false;
}

size_t FindLineEnd(std::string_view data, size_t* next) {
  size_t end = data.find_first_of("\r\n");
  if (end == std::string_view::npos) {
    *next = data.size();
    return data.size();
  }
  *next = end + 1;
  if (data[end] == '\r' && end + 1 < data.size() && data[end + 1] == '\n') *next = end + 2;
  return end;
}

}  // namespace patmark::records_internal
