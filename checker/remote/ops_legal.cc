#include "checker/remote/ops_legal.h"

#include <rapidjson/document.h>

#include <algorithm>
#include <cstdlib>
#include <functional>
#include <map>
#include <sstream>

#include "checker/remote/remote_data.h"

namespace patmark {
namespace {

struct EventClass {
  char st27_class;  // 'F' grant, 'H' cessation, 'B' discontinued application, 'K' revival, 'C' revival of an application
  LegalState state;
};

// (authority, code) -> class, from the bundled table.
const std::map<std::pair<std::string, std::string>, EventClass>& EventClasses() {
  static const auto* table = [] {
    auto* t = new std::map<std::pair<std::string, std::string>, EventClass>;
    std::istringstream in(remote_internal::kInpadocEventClasses);
    for (std::string line; std::getline(in, line);) {
      if (line.empty() || line[0] == '#' || line.starts_with("authority,")) continue;
      std::vector<std::string> cells;
      std::istringstream row(line);
      for (std::string cell; cells.size() < 4 && std::getline(row, cell, ',');) cells.push_back(cell);
      if (cells.size() < 4 || cells[2].empty()) continue;
      std::optional<LegalState> state = ParseLegalState(cells[3]);
      if (cells[3] == "granted" || cells[3] == "revived") state = LegalState::kInForce;
      if (!state) continue;  // a test guards that every row parses
      (*t)[{cells[0], cells[1]}] = EventClass{cells[2][0], *state};
    }
    return t;
  }();
  return *table;
}

std::string Trim(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return std::string(s);
}

// Calls fn for `value` when it is an object, or for each object of an array:
// BadgerFish gives one child as an object and several as an array.
void ForEachChild(const rapidjson::Value* value, const std::function<void(const rapidjson::Value&)>& fn) {
  if (value == nullptr) return;
  if (value->IsObject()) fn(*value);
  if (!value->IsArray()) return;
  for (const rapidjson::Value& child : value->GetArray()) {
    if (child.IsObject()) fn(child);
  }
}

const rapidjson::Value* Child(const rapidjson::Value& object, const char* key) {
  if (!object.IsObject()) return nullptr;
  auto it = object.FindMember(key);
  return it == object.MemberEnd() ? nullptr : &it->value;
}

// The text of a BadgerFish element ({"$": "text"}) or attribute ("text").
std::string TextOf(const rapidjson::Value* value) {
  if (value == nullptr) return "";
  if (value->IsString()) return value->GetString();
  const rapidjson::Value* text = Child(*value, "$");
  return text != nullptr && text->IsString() ? text->GetString() : "";
}

std::optional<Date> CompactDate(const std::string& yyyymmdd) {
  if (yyyymmdd.size() != 8) return std::nullopt;
  StatusOr<Date> d = Date::Parse(yyyymmdd.substr(0, 4) + "-" + yyyymmdd.substr(4, 2) + "-" + yyyymmdd.substr(6, 2));
  return d.ok() ? std::optional<Date>(*d) : std::nullopt;
}

// The term from the filing date (research/legal-status.md §2.4, §3.4): CN
// invention 20 years, utility model 10, design 10 (15 when filed from
// 2021-06-01), to the day before the anniversary, as the register has them;
// US utility 20 years, to the anniversary. Without term adjustment or extension.
std::optional<Date> TermEnd(const std::string& office, PatentType type, const Date& filing) {
  if (office == "US" && type == PatentType::kInvention) return filing.AddYears(20);  // ends on the anniversary
  int years = 0;
  if (office == "CN") {
    if (type == PatentType::kInvention) years = 20;
    if (type == PatentType::kUtilityModel) years = 10;
    if (type == PatentType::kDesign) years = filing < Date(2021, 6, 1) ? 10 : 15;
  }
  if (years == 0) return std::nullopt;
  return filing.AddYears(years).AddDays(-1);  // CN: the day before the anniversary
}

}  // namespace

std::optional<LegalState> OpsEventState(const std::string& authority, const std::string& code) {
  auto it = EventClasses().find({authority, code});
  if (it == EventClasses().end()) return std::nullopt;
  return it->second.state;
}

std::optional<OpsReference> OpsReferenceOf(const CheckedNumber& number) {
  if (number.canonical.size() < 3 || number.jurisdiction.empty()) return std::nullopt;
  const std::string& office = number.jurisdiction;
  if (office == "CN") {
    if (number.core.empty()) return std::nullopt;
    if (number.kind == NumberKind::kPublication) {
      return OpsReference{"publication", "docdb", "CN." + number.core + "." + (number.kind_code.empty() ? "A" : number.kind_code)};
    }
    return OpsReference{"application", "docdb", "CN." + number.core + ".A"};
  }
  // epodoc publication: the canonical form without kind code.
  std::string epodoc = number.canonical;
  if (!number.kind_code.empty() && epodoc.ends_with(number.kind_code)) epodoc.resize(epodoc.size() - number.kind_code.size());
  epodoc.erase(std::remove_if(epodoc.begin(), epodoc.end(), [](char c) { return c == '/' || c == '.'; }), epodoc.end());
  return OpsReference{"publication", "epodoc", epodoc};
}

std::optional<OpsThrottle> ParseThrottling(std::string_view header, std::string_view bucket) {
  OpsThrottle t;
  size_t open = header.find('(');
  if (open == std::string_view::npos) return std::nullopt;
  t.system = Trim(header.substr(0, open));
  std::string needle = std::string(bucket) + "=";
  size_t at = header.find(needle, open);
  while (at != std::string_view::npos && header[at - 1] != '(' && header[at - 1] != ' ' && header[at - 1] != ',') {
    at = header.find(needle, at + 1);
  }
  if (at == std::string_view::npos) return std::nullopt;
  size_t colon = header.find(':', at);
  size_t end = header.find_first_of(",)", at);
  if (colon == std::string_view::npos || end == std::string_view::npos || colon > end) return std::nullopt;
  t.colour = Trim(header.substr(at + needle.size(), colon - at - needle.size()));
  t.per_minute = std::atoi(std::string(header.substr(colon + 1, end - colon - 1)).c_str());
  return t;
}

std::string MatchKey(std::string_view reference) {
  size_t first = reference.find('.');
  if (first == std::string_view::npos) return std::string(reference);
  size_t second = reference.find('.', first + 1);
  std::string_view number = reference.substr(first + 1, second == std::string_view::npos ? std::string_view::npos
                                                                                        : second - first - 1);
  return std::string(reference.substr(0, first)) + std::string(number);
}

namespace {

// The events and filing date of one ops:patent-family.
OpsLegal FamilyLegal(const rapidjson::Value& family) {
  OpsLegal legal;
  ForEachChild(Child(family, "ops:family-member"), [&](const rapidjson::Value& member) {
    const rapidjson::Value* application = Child(member, "application-reference");
    if (application != nullptr && !legal.filing_date) {
      ForEachChild(Child(*application, "document-id"), [&](const rapidjson::Value& id) {
        if (!legal.filing_date) legal.filing_date = CompactDate(TextOf(Child(id, "date")));
      });
    }
    ForEachChild(Child(member, "ops:legal"), [&](const rapidjson::Value& event) {
      StatusOr<Date> date = Date::Parse(TextOf(Child(event, "ops:L007EP")));
      if (!date.ok()) return;  // an event without a gazette date says nothing datable
      legal.events.push_back(OpsEvent{Trim(TextOf(Child(event, "ops:L001EP"))), Trim(TextOf(Child(event, "@code"))),
                                      Trim(TextOf(Child(event, "@infl"))), TextOf(Child(event, "@desc")), *date});
    });
  });
  return legal;
}

// The reference a family answers: its ops:application- or
// ops:publication-reference, docdb preferred.
std::string FamilyReference(const rapidjson::Value& family) {
  std::string key;
  for (const char* which : {"ops:application-reference", "ops:publication-reference"}) {
    const rapidjson::Value* reference = Child(family, which);
    if (reference == nullptr) continue;
    ForEachChild(Child(*reference, "document-id"), [&](const rapidjson::Value& id) {
      std::string country = TextOf(Child(id, "country")), number = TextOf(Child(id, "doc-number"));
      if (key.empty() || TextOf(Child(id, "@document-id-type")) == "docdb") key = MatchKey(country.empty() ? number : country + "." + number);
    });
    if (!key.empty()) break;
  }
  return key;
}

StatusOr<const rapidjson::Value*> Families(const rapidjson::Document& doc) {
  const rapidjson::Value* data = doc.HasParseError() ? nullptr : Child(doc, "ops:world-patent-data");
  const rapidjson::Value* families = data != nullptr ? Child(*data, "ops:patent-family") : nullptr;
  if (families == nullptr) return InvalidArgumentError("not an OPS legal answer (no ops:world-patent-data/ops:patent-family)");
  return families;
}

}  // namespace

StatusOr<std::vector<std::pair<std::string, OpsLegal>>> ParseOpsLegalFamilies(std::string_view json) {
  rapidjson::Document doc;
  doc.Parse(json.data(), json.size());
  StatusOr<const rapidjson::Value*> families = Families(doc);
  if (!families.ok()) return families.status();
  std::vector<std::pair<std::string, OpsLegal>> out;
  ForEachChild(*families, [&](const rapidjson::Value& family) { out.emplace_back(FamilyReference(family), FamilyLegal(family)); });
  return out;
}

LegalStatus StatusFromOpsEvents(const OpsLegal& legal, const CheckedNumber& number) {
  LegalStatus status;
  status.source = "ops";
  status.confidence = Confidence::kAuthoritative;
  status.type = number.type;
  status.filing_date = legal.filing_date;
  std::vector<OpsEvent> events = legal.events;
  std::stable_sort(events.begin(), events.end(), [](const OpsEvent& a, const OpsEvent& b) { return a.date < b.date; });
  const std::string office = number.jurisdiction;
  const OpsEvent* deciding = nullptr;
  EventClass deciding_class{};
  for (const OpsEvent& e : events) {
    status.events.push_back(LegalEvent{e.date, e.code, e.description});
    auto it = EventClasses().find({e.authority.empty() ? office : e.authority, e.code});
    if (it == EventClasses().end()) continue;
    if (it->second.st27_class == 'F' && !status.grant_date) status.grant_date = e.date;
    deciding = &e;
    deciding_class = it->second;
  }
  if (legal.filing_date) status.expiry_date = TermEnd(office, number.type, *legal.filing_date);
  if (!events.empty()) status.checked_on = events.back().date;
  if (deciding == nullptr) {
    // Published, maybe examined, never decided: an application still pending.
    status.state = events.empty() ? LegalState::kUnknown : LegalState::kPending;
    if (events.empty()) status.confidence = Confidence::kNone;
    return status;
  }
  status.state = deciding_class.state;
  switch (deciding_class.st27_class) {
    case 'F':
    case 'K':
      status.confidence = Confidence::kNoCessationSeen;
      status.note = "no cessation event seen in INPADOC as of " + events.back().date.ToString();
      break;
    case 'C':
      status.state = LegalState::kPending;
      break;
    default:  // H, B
      if (status.state == LegalState::kExpired) {
        status.expiry_date = deciding->date;
      } else {
        status.termination_date = deciding->date;
      }
  }
  return status;
}

}  // namespace patmark
