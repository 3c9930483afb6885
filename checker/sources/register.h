// Register: the local legal-status register, an SQLite file an office fills
// from its own searches (design.md §7), and RegisterSource, the StatusSource
// that reads it. This is the embedded default: it works offline.
//
//   StatusOr<std::unique_ptr<Register>> reg = Register::Open("register.db", Register::kCreate);
//   StatusOr<ImportReport> report = (*reg)->Import(reader, options);  // CSV or JSONL rows
//   StatusOr<std::optional<LegalStatus>> s = (*reg)->Find(number);
//
// Rows are stored under LookupKey(number), so a mark finds its row whatever
// form it used (ZL, application, CN prefix); a row may also name its
// publication number, under which it is found too. Every statement is
// prepared; values are bound, never spliced into SQL. A Register is used
// from one thread at a time.
#ifndef PATMARK_CHECKER_SOURCES_REGISTER_H_
#define PATMARK_CHECKER_SOURCES_REGISTER_H_

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "checker/status/status_source.h"
#include "parsers/base/statusor.h"
#include "parsers/records/record_reader.h"

struct sqlite3;

namespace patmark {

struct ImportOptions {
  Date as_of;  // numbers filed after it are rejected as malformed
};

struct ImportReport {
  size_t imported = 0;
  size_t rejected = 0;
  // One line per rejected row: "register.csv: line 5, column \"filing_date\": ...".
  std::vector<std::string> errors;
};

class Register {
 public:
  enum Mode { kReadOnly, kCreate };
  // Opens (or with kCreate, creates) the register at `path`. A file that is
  // not an SQLite database, or not a patmark register, or is locked, gives
  // an error naming the file.
  static StatusOr<std::unique_ptr<Register>> Open(const std::string& path, Mode mode);
  // A register in memory, for --register FILE.csv|FILE.jsonl and for tests.
  static StatusOr<std::unique_ptr<Register>> OpenInMemory();
  ~Register();
  Register(const Register&) = delete;
  Register& operator=(const Register&) = delete;

  // Imports the rows of `reader` in one transaction. A row that breaks the
  // format is rejected with its line and column; the others are imported. A
  // row for a number already held replaces it. Errors only for database
  // failures (then nothing is imported).
  StatusOr<ImportReport> Import(RecordReader& reader, const ImportOptions& options);

  // The row for `number`, or nullopt when the register does not hold it.
  StatusOr<std::optional<LegalStatus>> Find(const CheckedNumber& number);

  size_t size();

 private:
  struct Statements;
  Register(sqlite3* db, std::string path);
  Status Prepare();
  std::string path_;
  sqlite3* db_;
  std::unique_ptr<Statements> statements_;
};

// Loads a register CSV/JSONL into memory, or opens an SQLite register,
// depending on the file's extension (.csv, .jsonl/.ndjson: loaded; else
// SQLite). Load errors of single rows are appended to *row_errors.
StatusOr<std::unique_ptr<Register>> OpenRegisterFile(const std::string& path, const Date& as_of,
                                                     std::vector<std::string>* row_errors);

// The StatusSource over a Register. Offices list in `complete_offices` the
// jurisdictions for which the register is complete: a number of those it
// does not hold is kNotFound; otherwise it is left to the next source.
std::unique_ptr<StatusSource> NewRegisterSource(std::unique_ptr<Register> reg,
                                                std::vector<std::string> complete_offices);

}  // namespace patmark

#endif  // PATMARK_CHECKER_SOURCES_REGISTER_H_
