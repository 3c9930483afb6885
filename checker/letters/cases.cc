#include "checker/letters/cases.h"

#include <rapidjson/document.h>

#include <algorithm>
#include <map>
#include <tuple>

#include "checker/status/json_text.h"

namespace patmark {
namespace {

const rapidjson::Value* ArrayMember(const rapidjson::Value& object, const char* key) {
  auto it = object.FindMember(key);
  return it != object.MemberEnd() && it->value.IsArray() ? &it->value : nullptr;
}

CaseMark MarkOf(const rapidjson::Value& line, const rapidjson::Value& mark, std::vector<CaseFinding> findings) {
  const rapidjson::Value null_value;
  auto catalog_it = line.FindMember("catalog");
  const rapidjson::Value& catalog = catalog_it != line.MemberEnd() ? catalog_it->value : null_value;
  auto status_it = mark.FindMember("status");
  const rapidjson::Value& status = status_it != mark.MemberEnd() ? status_it->value : null_value;
  CaseMark m;
  m.record = JsonText(line, "record");
  m.source = JsonText(line, "source");
  m.product = JsonText(catalog, "product");
  m.production_date = JsonText(catalog, "production_date");
  m.raw = JsonText(mark, "raw");
  m.canonical = JsonText(mark, "canonical");
  m.jurisdiction = JsonText(mark, "jurisdiction");
  m.state = JsonText(status, "state");
  m.state_date = JsonText(status, "termination_date");
  if (m.state_date.empty() && m.state == "expired") m.state_date = JsonText(status, "expiry_date");
  m.status_source = JsonText(status, "source");
  m.checked_on = JsonText(status, "checked_on");
  m.findings = std::move(findings);
  return m;
}

}  // namespace

StatusOr<std::vector<Case>> GatherCases(std::istream& findings, const CaseOptions& options) {
  // (kind, company) → case; std::map keeps the order stable.
  std::map<std::tuple<std::string, int>, Case> by_company;
  int line_number = 0;
  for (std::string text; std::getline(findings, text);) {
    ++line_number;
    if (text.empty()) continue;
    rapidjson::Document line;
    line.Parse(text.data(), text.size());
    const rapidjson::Value* marks = line.HasParseError() || !line.IsObject() ? nullptr : ArrayMember(line, "marks");
    if (marks == nullptr) {
      return InvalidArgumentError("line " + std::to_string(line_number) +
                                  ": not a line of `patmark check` (a JSON object with \"marks\")");
    }
    for (const rapidjson::Value& mark : marks->GetArray()) {
      const rapidjson::Value* list = mark.IsObject() ? ArrayMember(mark, "findings") : nullptr;
      if (list == nullptr) continue;
      // Other offices' marks only ever get warnings, which is what an
      // advisory letter is about; Chinese warnings join with the option.
      const bool foreign = JsonText(mark, "jurisdiction") != "CN";
      std::vector<CaseFinding> kept;
      for (const rapidjson::Value& f : list->GetArray()) {
        std::string severity = JsonText(f, "severity");
        if (severity == "violation" || ((foreign || options.include_warnings) && severity == "warning")) {
          kept.push_back({JsonText(f, "code"), severity, JsonText(f, "message"), JsonText(f, "basis"), JsonText(f, "correction")});
        }
      }
      if (kept.empty()) continue;
      LetterKind kind = foreign ? LetterKind::kAdvisoryLetter : LetterKind::kRectificationNotice;
      auto catalog = line.FindMember("catalog");
      std::string company = catalog != line.MemberEnd() ? JsonText(catalog->value, "company") : "";
      Case& c = by_company[{company, static_cast<int>(kind)}];
      c.kind = kind;
      c.company = company;
      if (c.address.empty() && catalog != line.MemberEnd()) c.address = JsonText(catalog->value, "address");
      if (c.marks.size() < options.max_marks_listed) {
        c.marks.push_back(MarkOf(line, mark, std::move(kept)));
      } else {
        ++c.more_marks;
      }
    }
  }
  std::vector<Case> cases;
  int next[2] = {1, 1};
  for (auto& [key, c] : by_company) {
    c.sequence = next[static_cast<int>(c.kind)]++;
    cases.push_back(std::move(c));
  }
  return cases;
}

}  // namespace patmark
