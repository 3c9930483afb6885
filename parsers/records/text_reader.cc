// Plain text: one record per non-blank line, or the whole input as one.
#include "parsers/records/internal/reader_base.h"
#include "parsers/records/internal/readers.h"

namespace patmark::records_internal {
namespace {

class TextReader : public ReaderBase {
 public:
  using ReaderBase::ReaderBase;

  StatusOr<bool> Next(Record* record) override {
    Start();
    if (options_.format == Format::kTextFile) return NextFile(record);
    while (true) {
      std::string_view data = input_.data();
      size_t next = 0;
      size_t end = FindLineEnd(data, &next);
      if (end == data.size() && !input_.at_eof()) {
        input_.Fill();
        continue;
      }
      if (data.empty()) return EndOfInput();
      std::string_view line = data.substr(0, end);
      if (line.find_first_not_of(" \t") == std::string_view::npos) {
        ConsumeLines(next);
        continue;
      }
      BeginRecord(record);
      AddField(record, "text", line);
      ConsumeLines(next);
      AssignId(record);
      return true;
    }
  }

 private:
  StatusOr<bool> NextFile(Record* record) {
    if (done_) return EndOfInput();
    while (input_.Fill()) {
    }
    done_ = true;
    BeginRecord(record);
    AddField(record, "text", input_.data());
    input_.Consume(input_.data().size());
    AssignId(record);
    return true;
  }

  bool done_ = false;
};

}  // namespace

std::unique_ptr<RecordReader> NewTextReader(std::istream& in, std::string source,
                                            const ReaderOptions& options) {
  return std::make_unique<TextReader>(in, std::move(source), options);
}

}  // namespace patmark::records_internal
