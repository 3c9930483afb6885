// RFC 4180 CSV, streamed. See record_reader.h for the rules.
#include <string>
#include <vector>

#include "parsers/records/internal/reader_base.h"
#include "parsers/records/internal/readers.h"

namespace patmark::records_internal {
namespace {

enum class Parse { kRecord, kNeedMore, kUnclosed };

// Where an unquoted field ends: the next comma or line end at or after
// `from`. (string_view::find_first_of tests each byte against the set with a
// memchr of its own, which showed in profiles.)
size_t FindFieldEnd(std::string_view data, size_t from) {
  for (size_t i = from; i < data.size(); ++i) {
    const char c = data[i];
    if (c == ',' || c == '\n' || c == '\r') return i;
  }
  return std::string_view::npos;
}

struct CsvRow {
  std::vector<std::string> fields;  // raw bytes, quotes resolved
  size_t consumed = 0;
  bool text_after_quote = false;
  size_t unclosed_field = 0;  // 1-based field index of an unclosed quote
};

// Parses one record at the start of `data`. Needs more input when the record
// may continue past the end of `data` and the input is not at its end.
Parse ParseCsvRecord(std::string_view data, bool at_eof, CsvRow* row) {
  row->fields.clear();
  row->text_after_quote = false;
  const size_t n = data.size();
  size_t i = 0;
  std::string cur;
  while (true) {
    cur.clear();
    if (i < n && data[i] == '"') {
      ++i;
      while (true) {
        size_t q = data.find('"', i);
        if (q == std::string_view::npos) {
          if (!at_eof) return Parse::kNeedMore;
          row->unclosed_field = row->fields.size() + 1;
          return Parse::kUnclosed;
        }
        cur.append(data.substr(i, q - i));
        if (q + 1 == n && !at_eof) return Parse::kNeedMore;
        if (q + 1 < n && data[q + 1] == '"') {
          cur.push_back('"');
          i = q + 2;
          continue;
        }
        i = q + 1;
        break;
      }
      size_t stop = FindFieldEnd(data, i);
      if (stop == std::string_view::npos) {
        if (!at_eof) return Parse::kNeedMore;
        stop = n;
      }
      if (stop > i) {
        row->text_after_quote = true;
        cur.append(data.substr(i, stop - i));
        i = stop;
      }
    } else {
      size_t stop = FindFieldEnd(data, i);
      if (stop == std::string_view::npos) {
        if (!at_eof) return Parse::kNeedMore;
        stop = n;
      }
      cur.append(data.substr(i, stop - i));
      i = stop;
    }
    row->fields.push_back(std::move(cur));
    if (i == n) {
      row->consumed = n;
      return Parse::kRecord;
    }
    char c = data[i++];
    if (c == ',') continue;
    if (c == '\r') {
      if (i == n && !at_eof) return Parse::kNeedMore;
      if (i < n && data[i] == '\n') ++i;
    }
    row->consumed = i;
    return Parse::kRecord;
  }
}

// Splits the first line of `data` at commas, quotes taken literally: how a
// record with an unclosed quote is recovered.
void SplitFirstLine(std::string_view data, CsvRow* row) {
  size_t next = 0;
  std::string_view line = data.substr(0, FindLineEnd(data, &next));
  row->fields.clear();
  size_t start = 0;
  while (true) {
    size_t comma = line.find(',', start);
    row->fields.emplace_back(line.substr(start, comma == std::string_view::npos ? std::string_view::npos : comma - start));
    if (comma == std::string_view::npos) break;
    start = comma + 1;
  }
  row->consumed = next;
}

bool IsBlank(const CsvRow& row) {
  return row.fields.size() == 1 && row.fields[0].empty();
}

class CsvReader : public ReaderBase {
 public:
  using ReaderBase::ReaderBase;

  StatusOr<bool> Next(Record* record) override {
    Start();
    CsvRow row;
    while (true) {
      Parse outcome = ReadRow(&row);
      if (outcome == Parse::kNeedMore) return EndOfInput();  // no more data
      bool blank = IsBlank(row) && outcome == Parse::kRecord;
      if (blank) {
        ConsumeLines(row.consumed);
        continue;
      }
      if (!have_header_) {
        SetHeader(row);
        ConsumeLines(row.consumed);
        if (outcome == Parse::kUnclosed) header_error_ = true;
        continue;
      }
      BeginRecord(record);
      ConsumeLines(row.consumed);
      Fill(row, outcome, record);
      return true;
    }
  }

 private:
  // Returns kNeedMore only when the input is exhausted.
  Parse ReadRow(CsvRow* row) {
    while (true) {
      std::string_view data = input_.data();
      if (data.empty() && input_.at_eof()) return Parse::kNeedMore;
      Parse outcome = ParseCsvRecord(data, input_.at_eof(), row);
      if (outcome == Parse::kRecord) return outcome;
      bool too_long = data.size() > options_.max_record_bytes;
      if (outcome == Parse::kUnclosed || too_long) {
        if (outcome != Parse::kUnclosed) row->unclosed_field = 0;
        SplitFirstLine(data, row);
        return Parse::kUnclosed;
      }
      input_.Fill();  // at the end of input, the next parse is final
    }
  }

  void SetHeader(const CsvRow& row) {
    have_header_ = true;
    for (size_t i = 0; i < row.fields.size(); ++i) {
      std::string name;
      decoder_.Decode(row.fields[i], &name);
      size_t b = name.find_first_not_of(" \t");
      size_t e = name.find_last_not_of(" \t");
      name = b == std::string::npos ? "" : name.substr(b, e - b + 1);
      if (name.empty()) name = "column_" + std::to_string(i + 1);
      std::string unique = name;
      for (int k = 2; IsHeaderName(unique); ++k) unique = name + "_" + std::to_string(k);
      header_.push_back(unique);
    }
  }

  bool IsHeaderName(const std::string& name) const {
    for (const std::string& h : header_) if (h == name) return true;
    return false;
  }

  void Fill(CsvRow& row, Parse outcome, Record* record) {
    record->fields.reserve(row.fields.size());
    for (size_t i = 0; i < row.fields.size(); ++i) {
      std::string name = i < header_.size() ? header_[i] : "column_" + std::to_string(i + 1);
      AddField(record, std::move(name), std::move(row.fields[i]));
    }
    AssignId(record);
    if (outcome == Parse::kUnclosed) {
      record->AddError("unclosed_quote", "",
                       row.unclosed_field > 0
                           ? "the quote that opens field " + std::to_string(row.unclosed_field) +
                                 " is never closed; the record was cut at the end of its first line"
                           : "the record is longer than " +
                                 std::to_string(options_.max_record_bytes) +
                                 " bytes (an unclosed quote?); it was cut at the end of its first line");
    } else if (row.fields.size() != header_.size()) {
      record->AddError("ragged_row", "",
                       "the row has " + std::to_string(row.fields.size()) +
                           " fields but the header has " + std::to_string(header_.size()));
    }
    if (row.text_after_quote) {
      record->AddError("text_after_quote", "", "text follows a closing quote (kept as part of the field)");
    }
    if (header_error_ && record->row == 1) {
      record->AddError("unclosed_quote", "", "the header row has an unclosed quote");
    }
  }

  bool have_header_ = false;
  bool header_error_ = false;
  std::vector<std::string> header_;
};

}  // namespace

std::unique_ptr<RecordReader> NewCsvReader(std::istream& in, std::string source,
                                           const ReaderOptions& options) {
  return std::make_unique<CsvReader>(in, std::move(source), options);
}

}  // namespace patmark::records_internal
