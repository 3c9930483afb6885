#include "checker/sources/register.h"

#include <sqlite3.h>

#include <fstream>
#include <map>

#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "checker/sources/internal/sqlite_statement.h"
#include "parsers/base/status_macros.h"

namespace patmark {
namespace {

constexpr char kSchema[] = R"sql(
CREATE TABLE IF NOT EXISTS meta(name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS rights(
  key TEXT PRIMARY KEY, canonical TEXT NOT NULL, state TEXT NOT NULL, patent_type TEXT,
  filing_date TEXT, grant_date TEXT, expiry_date TEXT, termination_date TEXT, checked_on TEXT,
  holder TEXT, title TEXT, events TEXT);
CREATE TABLE IF NOT EXISTS aliases(alias TEXT PRIMARY KEY, key TEXT NOT NULL);
INSERT OR IGNORE INTO meta(name, value) VALUES('patmark_register', '1');
)sql";

constexpr const char* kDateColumns[] = {"filing_date", "grant_date", "expiry_date", "termination_date", "checked_on"};

// One register row, validated.
struct Row {
  std::string key, canonical, state, patent_type, holder, title, events_json;
  std::string dates[5];
  std::string publication_key;
};

std::string FieldText(const Record& r, std::string_view name) {
  const Field* f = r.Find(name);
  return f == nullptr ? "" : f->text;
}

std::string Trimmed(std::string s) {
  size_t b = s.find_first_not_of(" \t"), e = s.find_last_not_of(" \t");
  return b == std::string::npos ? "" : s.substr(b, e - b + 1);
}

// Checks one row; on failure says which column and why.
bool ParseRow(const Record& r, const ImportOptions& options, Row* row, std::string* column, std::string* why) {
  CheckOptions check;
  check.as_of = options.as_of;
  std::string number = Trimmed(FieldText(r, "number"));
  *column = "number";
  if (number.empty()) {
    *why = "the number is missing";
    return false;
  }
  StatusOr<CheckedNumber> n = CheckNumber(number, check);
  if (!n.ok() || !n->valid()) {
    *why = n.ok() ? "\"" + number + "\": " + n->problems[0].message : n.status().message();
    return false;
  }
  row->key = LookupKey(*n);
  row->canonical = n->canonical;
  *column = "state";
  row->state = Trimmed(FieldText(r, "state"));
  if (!ParseLegalState(row->state) || row->state == "unknown") {
    *why = "\"" + row->state + "\" is not a state (in_force, pending, expired, lapsed, invalidated, withdrawn, "
           "rejected, abandoned, not_found)";
    return false;
  }
  *column = "patent_type";
  row->patent_type = Trimmed(FieldText(r, "patent_type"));
  if (row->patent_type.empty()) row->patent_type = std::string(PatentTypeName(n->type));
  if (!row->patent_type.empty() && !ParsePatentTypeName(row->patent_type)) {
    *why = "\"" + row->patent_type + "\" is not a type (invention, utility_model, design, plant)";
    return false;
  }
  for (size_t i = 0; i < std::size(kDateColumns); ++i) {
    *column = kDateColumns[i];
    row->dates[i] = Trimmed(FieldText(r, kDateColumns[i]));
    if (!row->dates[i].empty() && !Date::Parse(row->dates[i]).ok()) {
      *why = Date::Parse(row->dates[i]).status().message();
      return false;
    }
  }
  row->holder = FieldText(r, "holder");
  row->title = FieldText(r, "title");
  *column = "publication_number";
  std::string publication = Trimmed(FieldText(r, "publication_number"));
  if (!publication.empty()) {
    check.publication_context = true;
    StatusOr<CheckedNumber> p = CheckNumber(publication, check);
    if (!p.ok() || !p->valid()) {
      *why = p.ok() ? "\"" + publication + "\": " + p->problems[0].message : p.status().message();
      return false;
    }
    row->publication_key = LookupKey(*p);
  }
  // JSONL events arrive flattened: events[0].date, events[0].code, ...
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> w(buffer);
  w.StartArray();
  for (int i = 0;; ++i) {
    std::string prefix = "events[" + std::to_string(i) + "].";
    const Field* date = r.Find(prefix + "date");
    if (date == nullptr) break;
    *column = prefix + "date";
    if (!Date::Parse(date->text).ok()) {
      *why = Date::Parse(date->text).status().message();
      return false;
    }
    w.StartObject();
    w.Key("date");
    w.String(date->text.c_str());
    w.Key("code");
    w.String(FieldText(r, prefix + "code").c_str());
    w.Key("description");
    w.String(FieldText(r, prefix + "description").c_str());
    w.EndObject();
  }
  w.EndArray();
  row->events_json = buffer.GetString();
  return true;
}

std::optional<Date> OptionalDate(sqlite3_stmt* s, int column) {
  const unsigned char* text = sqlite3_column_text(s, column);
  if (text == nullptr || *text == 0) return std::nullopt;
  StatusOr<Date> d = Date::Parse(reinterpret_cast<const char*>(text));
  return d.ok() ? std::optional<Date>(*d) : std::nullopt;
}

std::string ColumnText(sqlite3_stmt* s, int column) {
  const unsigned char* text = sqlite3_column_text(s, column);
  return text == nullptr ? "" : reinterpret_cast<const char*>(text);
}

void ParseEvents(const std::string& json, std::vector<LegalEvent>* events) {
  rapidjson::Document doc;
  if (doc.Parse(json.c_str()).HasParseError() || !doc.IsArray()) return;
  for (const auto& e : doc.GetArray()) {
    if (!e.IsObject() || !e.HasMember("date")) continue;
    StatusOr<Date> d = Date::Parse(e["date"].GetString());
    if (!d.ok()) continue;
    events->push_back(LegalEvent{*d, e.HasMember("code") ? e["code"].GetString() : "",
                                 e.HasMember("description") ? e["description"].GetString() : ""});
  }
}

}  // namespace

struct Register::Statements {
  sources_internal::SqliteStatement upsert, alias, find, count;
};

Register::Register(sqlite3* db, std::string path) : path_(std::move(path)), db_(db) {}

Register::~Register() {
  statements_.reset();
  sqlite3_close(db_);
}

Status Register::Prepare() {
  auto error = [&](const char* what) {
    return InvalidArgumentError(path_ + ": " + what + ": " + sqlite3_errmsg(db_));
  };
  sqlite3_busy_timeout(db_, 2000);
  char* message = nullptr;
  if (sqlite3_exec(db_, kSchema, nullptr, nullptr, &message) != SQLITE_OK) {
    std::string text = message != nullptr ? message : sqlite3_errmsg(db_);
    sqlite3_free(message);
    // A read-only register that already has the schema is fine.
    if (text.find("readonly") == std::string::npos) {
      return InvalidArgumentError(path_ + ": not a usable patmark register: " + text);
    }
  }
  statements_ = std::make_unique<Statements>();
  const char* upsert =
      "INSERT INTO rights(key, canonical, state, patent_type, filing_date, grant_date, expiry_date, "
      "termination_date, checked_on, holder, title, events) VALUES(?,?,?,?,?,?,?,?,?,?,?,?) "
      "ON CONFLICT(key) DO UPDATE SET canonical=excluded.canonical, state=excluded.state, "
      "patent_type=excluded.patent_type, filing_date=excluded.filing_date, grant_date=excluded.grant_date, "
      "expiry_date=excluded.expiry_date, termination_date=excluded.termination_date, "
      "checked_on=excluded.checked_on, holder=excluded.holder, title=excluded.title, events=excluded.events";
  const char* find =
      "SELECT state, patent_type, filing_date, grant_date, expiry_date, termination_date, checked_on, holder, "
      "title, events FROM rights WHERE key = ?1 OR key = (SELECT key FROM aliases WHERE alias = ?1) LIMIT 1";
  if (sqlite3_prepare_v2(db_, find, -1, &statements_->find.s, nullptr) != SQLITE_OK) {
    return error("not a patmark register");
  }
  sqlite3_prepare_v2(db_, "SELECT count(*) FROM rights", -1, &statements_->count.s, nullptr);
  // Writing statements fail to prepare on a read-only file; Import says so.
  sqlite3_prepare_v2(db_, upsert, -1, &statements_->upsert.s, nullptr);
  sqlite3_prepare_v2(db_, "INSERT OR REPLACE INTO aliases(alias, key) VALUES(?, ?)", -1, &statements_->alias.s,
                     nullptr);
  return OkStatus();
}

StatusOr<std::unique_ptr<Register>> Register::Open(const std::string& path, Mode mode) {
  sqlite3* db = nullptr;
  int flags = mode == kCreate ? SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE : SQLITE_OPEN_READONLY;
  if (mode == kReadOnly) {
    std::ifstream probe(path);
    if (!probe) return NotFoundError(path + ": cannot open the register: no such file");
  }
  int rc = sqlite3_open_v2(path.c_str(), &db, flags, nullptr);
  std::unique_ptr<Register> reg(new Register(db, path));
  if (rc != SQLITE_OK) return InvalidArgumentError(path + ": cannot open the register: " + sqlite3_errmsg(db));
  PATMARK_RETURN_IF_ERROR(reg->Prepare());
  return reg;
}

StatusOr<std::unique_ptr<Register>> Register::OpenInMemory() {
  sqlite3* db = nullptr;
  int rc = sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
  std::unique_ptr<Register> reg(new Register(db, ":memory:"));
  if (rc != SQLITE_OK) return InternalError("cannot open an in-memory register");
  PATMARK_RETURN_IF_ERROR(reg->Prepare());
  return reg;
}

StatusOr<ImportReport> Register::Import(RecordReader& reader, const ImportOptions& options) {
  if (statements_->upsert.s == nullptr) {
    return InvalidArgumentError(path_ + ": the register cannot be written: " + sqlite3_errmsg(db_));
  }
  auto fail = [&](const std::string& what) {
    std::string message = path_ + ": " + what + ": " + sqlite3_errmsg(db_);
    sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
    return InvalidArgumentError(message);
  };
  if (sqlite3_exec(db_, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) != SQLITE_OK) {
    return InvalidArgumentError(path_ + ": cannot start writing: " + sqlite3_errmsg(db_));
  }
  ImportReport report;
  Record record;
  while (true) {
    StatusOr<bool> more = reader.Next(&record);
    if (!more.ok()) {
      sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
      return more.status();
    }
    if (!*more) break;
    Row row;
    std::string column, why;
    if (!record.errors.empty()) {
      column = record.errors[0].field;
      why = record.errors[0].message;
    }
    if (!record.errors.empty() || !ParseRow(record, options, &row, &column, &why)) {
      ++report.rejected;
      report.errors.push_back(record.source + ": line " + std::to_string(record.line) + ", column \"" + column +
                              "\": " + why);
      continue;
    }
    sqlite3_stmt* s = statements_->upsert.s;
    sqlite3_reset(s);
    const std::string* values[] = {&row.key,      &row.canonical, &row.state,    &row.patent_type,
                                   &row.dates[0], &row.dates[1],  &row.dates[2], &row.dates[3],
                                   &row.dates[4], &row.holder,    &row.title,    &row.events_json};
    for (int i = 0; i < 12; ++i) {
      if (values[i]->empty() && i != 9 && i != 10) {
        sqlite3_bind_null(s, i + 1);
      } else {
        sqlite3_bind_text(s, i + 1, values[i]->c_str(), static_cast<int>(values[i]->size()), SQLITE_TRANSIENT);
      }
    }
    if (sqlite3_step(s) != SQLITE_DONE) return fail("cannot store " + row.canonical);
    if (!row.publication_key.empty()) {
      sqlite3_stmt* a = statements_->alias.s;
      sqlite3_reset(a);
      sqlite3_bind_text(a, 1, row.publication_key.c_str(), -1, SQLITE_TRANSIENT);
      sqlite3_bind_text(a, 2, row.key.c_str(), -1, SQLITE_TRANSIENT);
      if (sqlite3_step(a) != SQLITE_DONE) return fail("cannot store " + row.canonical);
    }
    ++report.imported;
  }
  if (sqlite3_exec(db_, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK) return fail("cannot commit");
  return report;
}

StatusOr<std::optional<LegalStatus>> Register::Find(const CheckedNumber& number) {
  sqlite3_stmt* s = statements_->find.s;
  sqlite3_reset(s);
  std::string key = LookupKey(number);
  sqlite3_bind_text(s, 1, key.c_str(), static_cast<int>(key.size()), SQLITE_TRANSIENT);
  int rc = sqlite3_step(s);
  if (rc == SQLITE_DONE) return std::optional<LegalStatus>();
  if (rc != SQLITE_ROW) return InvalidArgumentError(path_ + ": cannot read the register: " + sqlite3_errmsg(db_));
  LegalStatus status;
  status.state = ParseLegalState(ColumnText(s, 0)).value_or(LegalState::kUnknown);
  status.type = ParsePatentTypeName(ColumnText(s, 1)).value_or(PatentType::kUnknown);
  status.filing_date = OptionalDate(s, 2);
  status.grant_date = OptionalDate(s, 3);
  status.expiry_date = OptionalDate(s, 4);
  status.termination_date = OptionalDate(s, 5);
  status.checked_on = OptionalDate(s, 6);
  status.holder = ColumnText(s, 7);
  status.title = ColumnText(s, 8);
  ParseEvents(ColumnText(s, 9), &status.events);
  status.source = "register";
  status.confidence = Confidence::kAuthoritative;
  return std::optional<LegalStatus>(std::move(status));
}

size_t Register::size() {
  sqlite3_stmt* s = statements_->count.s;
  sqlite3_reset(s);
  return sqlite3_step(s) == SQLITE_ROW ? static_cast<size_t>(sqlite3_column_int64(s, 0)) : 0;
}

StatusOr<std::unique_ptr<Register>> OpenRegisterFile(const std::string& path, const Date& as_of,
                                                     std::vector<std::string>* row_errors) {
  StatusOr<Format> format = FormatFromPath(path);
  bool text_format = format.ok() && (*format == Format::kCsv || *format == Format::kJsonl);
  if (!text_format) return Register::Open(path, Register::kReadOnly);
  std::ifstream in(path, std::ios::binary);
  if (!in) return NotFoundError(path + ": cannot open the register: no such file");
  ReaderOptions options;
  options.format = *format;
  PATMARK_ASSIGN_OR_RETURN(std::unique_ptr<RecordReader> reader, NewRecordReader(in, path, options));
  PATMARK_ASSIGN_OR_RETURN(std::unique_ptr<Register> reg, Register::OpenInMemory());
  PATMARK_ASSIGN_OR_RETURN(ImportReport report, reg->Import(*reader, ImportOptions{as_of}));
  row_errors->insert(row_errors->end(), report.errors.begin(), report.errors.end());
  return reg;
}

namespace {

class RegisterSource : public StatusSource {
 public:
  RegisterSource(std::unique_ptr<Register> reg, std::vector<std::string> complete)
      : register_(std::move(reg)), complete_(std::move(complete)) {}
  std::string_view name() const override { return "register"; }

  Status Lookup(const std::vector<CheckedNumber>& numbers, std::vector<std::optional<LegalStatus>>* out) override {
    for (size_t i = 0; i < numbers.size(); ++i) {
      PATMARK_ASSIGN_OR_RETURN(std::optional<LegalStatus> found, register_->Find(numbers[i]));
      if (!found && IsComplete(numbers[i].jurisdiction)) {
        found = LegalStatus{};
        found->state = LegalState::kNotFound;
        found->source = "register";
        found->confidence = Confidence::kAuthoritative;
        found->note = "the register is complete for " + numbers[i].jurisdiction + " and does not hold this number";
      }
      (*out)[i] = std::move(found);
    }
    return OkStatus();
  }

 private:
  bool IsComplete(const std::string& office) const {
    for (const std::string& c : complete_) {
      if (c == office) return true;
    }
    return false;
  }
  std::unique_ptr<Register> register_;
  std::vector<std::string> complete_;
};

}  // namespace

std::unique_ptr<StatusSource> NewRegisterSource(std::unique_ptr<Register> reg,
                                                std::vector<std::string> complete_offices) {
  return std::make_unique<RegisterSource>(std::move(reg), std::move(complete_offices));
}

}  // namespace patmark
