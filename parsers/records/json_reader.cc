// JSONL and JSON-array readers. Each object is parsed on its own with
// RapidJSON; string values at any depth become fields named by their path.
#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <string>

#include "parsers/records/internal/reader_base.h"
#include "parsers/records/internal/readers.h"

namespace patmark::records_internal {
namespace {

class JsonReaderBase : public ReaderBase {
 protected:
  using ReaderBase::ReaderBase;

  // Parses one JSON text into *record: fields, id and errors.
  void ParseObject(std::string_view text, Record* record) {
    rapidjson::Document doc;
    // RapidJSON needs a terminated buffer for ParseInsitu; Parse with length
    // copies nothing and stops at the given size.
    doc.Parse(text.data(), text.size());
    if (doc.HasParseError()) {
      record->AddError("invalid_json", "",
                       std::string("invalid JSON at byte ") + std::to_string(doc.GetErrorOffset()) +
                           ": " + rapidjson::GetParseError_En(doc.GetParseError()));
    } else if (!doc.IsObject()) {
      record->AddError("invalid_json", "", "the value is not a JSON object");
    } else {
      std::string path;
      Flatten(doc, &path, record, /*top=*/true);
    }
    AssignId(record);
  }

 private:
  void Flatten(const rapidjson::Value& value, std::string* path, Record* record, bool top) {
    if (value.IsObject()) {
      for (auto it = value.MemberBegin(); it != value.MemberEnd(); ++it) {
        std::string key;
        decoder_.Decode(std::string_view(it->name.GetString(), it->name.GetStringLength()), &key);
        size_t mark = path->size();
        if (!path->empty()) path->push_back('.');
        path->append(key);
        if (top && key == options_.id_field && it->value.IsNumber()) {
          record->id = NumberText(it->value);
        } else {
          Flatten(it->value, path, record, false);
        }
        path->resize(mark);
      }
    } else if (value.IsArray()) {
      for (rapidjson::SizeType i = 0; i < value.Size(); ++i) {
        size_t mark = path->size();
        path->append("[" + std::to_string(i) + "]");
        Flatten(value[i], path, record, false);
        path->resize(mark);
      }
    } else if (value.IsString()) {
      AddField(record, *path, std::string_view(value.GetString(), value.GetStringLength()));
    }
  }

  static std::string NumberText(const rapidjson::Value& v) {
    if (v.IsInt64()) return std::to_string(v.GetInt64());
    if (v.IsUint64()) return std::to_string(v.GetUint64());
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.17g", v.GetDouble());
    return buf;
  }
};

class JsonlReader : public JsonReaderBase {
 public:
  using JsonReaderBase::JsonReaderBase;

  StatusOr<bool> Next(Record* record) override {
    Start();
    while (true) {
      std::string_view data = input_.data();
      size_t next = 0;
      size_t end = FindLineEnd(data, &next);
      bool complete = end < data.size() || input_.at_eof();
      if (!complete) {
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
      std::string text(line);  // the window moves on Consume
      ConsumeLines(next);
      ParseObject(text, record);
      return true;
    }
  }
};

// Reads `[ {...}, {...} ]` one element at a time. Elements are found by
// tracking nesting and strings, then each is parsed by RapidJSON.
class JsonArrayReader : public JsonReaderBase {
 public:
  using JsonReaderBase::JsonReaderBase;

  StatusOr<bool> Next(Record* record) override {
    Start();
    while (true) {
      std::string_view data = input_.data();
      size_t i = SkipSpace(data, 0);
      if (state_ == State::kStart && i < data.size()) {
        if (data[i] == '[') {
          state_ = State::kInArray;
          ConsumeLines(i + 1);
        } else {
          state_ = State::kSingle;
          ConsumeLines(i);
        }
        continue;
      }
      if (state_ == State::kInArray && i < data.size() && (data[i] == ',' || data[i] == ']')) {
        if (data[i] == ']') state_ = State::kDone;
        ConsumeLines(i + 1);
        continue;
      }
      if (state_ == State::kDone || (i == data.size() && input_.at_eof())) {
        if (state_ == State::kInArray && !reported_truncation_) {
          reported_truncation_ = true;
          BeginRecord(record);
          record->AddError("invalid_json", "", "the JSON array is not closed with ']'");
          AssignId(record);
          return true;
        }
        return EndOfInput();
      }
      if (i == data.size()) {
        input_.Fill();
        continue;
      }
      size_t end = ElementEnd(data, i);
      if (end == std::string_view::npos) {
        if (!input_.at_eof()) {
          input_.Fill();
          continue;
        }
        end = data.size();  // truncated: parse what there is, it will fail
        reported_truncation_ = true;
      }
      BeginRecord(record);
      record->line = line_ + LinesIn(data.substr(0, i));
      std::string text(data.substr(i, end - i));
      ConsumeLines(end);
      ParseObject(text, record);
      if (state_ == State::kSingle) state_ = State::kDone;
      return true;
    }
  }

 private:
  enum class State { kStart, kInArray, kSingle, kDone };

  static size_t SkipSpace(std::string_view d, size_t i) {
    while (i < d.size() && (d[i] == ' ' || d[i] == '\t' || d[i] == '\r' || d[i] == '\n')) ++i;
    return i;
  }

  static uint64_t LinesIn(std::string_view d) {
    uint64_t n = 0;
    for (char c : d) n += c == '\n';
    return n;
  }

  // The end of the value starting at `start`, or npos when it runs past `d`.
  static size_t ElementEnd(std::string_view d, size_t start) {
    int depth = 0;
    bool in_string = false;
    for (size_t i = start; i < d.size(); ++i) {
      char c = d[i];
      if (in_string) {
        if (c == '\\') ++i;
        else if (c == '"') in_string = false;
        continue;
      }
      if (c == '"') in_string = true;
      else if (c == '{' || c == '[') ++depth;
      else if (c == '}' || c == ']') {
        if (depth == 0) return i;  // the array's own ']' ends a scalar
        if (--depth == 0) return i + 1;
      } else if (c == ',' && depth == 0) {
        return i;
      }
    }
    return std::string_view::npos;
  }

  State state_ = State::kStart;
  bool reported_truncation_ = false;
};

}  // namespace

std::unique_ptr<RecordReader> NewJsonlReader(std::istream& in, std::string source,
                                             const ReaderOptions& options) {
  return std::make_unique<JsonlReader>(in, std::move(source), options);
}

std::unique_ptr<RecordReader> NewJsonArrayReader(std::istream& in, std::string source,
                                                 const ReaderOptions& options) {
  return std::make_unique<JsonArrayReader>(in, std::move(source), options);
}

}  // namespace patmark::records_internal
