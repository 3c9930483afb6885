#include "checker/letters/letters.h"

#include <kainjow/mustache.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>

#include "checker/letters/letter_templates.h"
#include "checker/rules/rules.h"
#include "parsers/base/csv.h"

namespace patmark {

const char* const kLetterTemplateNames[4] = {"notice.zh.html", "notice.zh.txt", "advisory.en.html",
                                             "advisory.en.txt"};

namespace {

namespace fs = std::filesystem;
using Data = kainjow::mustache::data;

const char* BuiltInTemplate(const std::string& name) {
  if (name == "notice.zh.html") return letters_internal::kNoticeZhHtml;
  if (name == "notice.zh.txt") return letters_internal::kNoticeZhTxt;
  if (name == "advisory.en.html") return letters_internal::kAdvisoryEnHtml;
  return letters_internal::kAdvisoryEnTxt;
}

// The template `name` from the template dir when it has one, else built in.
StatusOr<std::string> TemplateText(const std::string& template_dir, const std::string& name) {
  if (!template_dir.empty()) {
    fs::path path = fs::path(template_dir) / (name + ".mustache");
    if (fs::exists(path)) {
      std::ifstream in(path, std::ios::binary);
      if (!in) return NotFoundError(path.string() + ": cannot read the template");
      return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    }
  }
  return std::string(BuiltInTemplate(name));
}

std::string StateZh(const std::string& state) {
  static const std::pair<const char*, const char*> kWords[] = {
      {"in_force", "有效"},       {"pending", "审查中"},       {"expired", "期限届满终止"},
      {"lapsed", "未缴年费终止"}, {"invalidated", "被宣告无效"}, {"withdrawn", "已撤回"},
      {"rejected", "已驳回"},     {"abandoned", "已放弃"},     {"not_found", "未查到"},
      {"unknown", "未能确定"}};
  for (const auto& [name, zh] : kWords) {
    if (state == name) return zh;
  }
  return state;
}

std::string DateZh(const Date& d) {
  return std::to_string(d.year()) + "年" + std::to_string(d.month()) + "月" + std::to_string(d.day()) + "日";
}

// Splits a finding's basis ("A；B" or "A; B") into its citations.
std::vector<std::string> Citations(const std::string& basis) {
  std::vector<std::string> parts;
  for (const std::string separator : {"；", "; "}) {
    if (basis.find(separator) == std::string::npos) continue;
    size_t start = 0;
    for (size_t at; (at = basis.find(separator, start)) != std::string::npos; start = at + separator.size()) {
      parts.push_back(basis.substr(start, at - start));
    }
    parts.push_back(basis.substr(start));
    return parts;
  }
  if (!basis.empty()) parts.push_back(basis);
  return parts;
}

Data StringList(const std::vector<std::string>& items) {
  Data list = Data::type::list;
  for (const std::string& item : items) list.push_back(Data(item));
  return list;
}

// Appends `item` unless it is there already (keeps first-seen order).
void AddOnce(std::vector<std::string>* items, const std::string& item) {
  if (item.empty()) return;
  for (const std::string& have : *items) {
    if (have == item) return;
  }
  items->push_back(item);
}

Data LetterData(const Case& c, const std::string& document_number, const LetterOptions& options) {
  const bool zh = c.kind == LetterKind::kRectificationNotice;
  const NoticeLaw law = NoticeLawOn(options.as_of, zh ? Language::kZh : Language::kEn);
  Data office;
  const std::pair<const char*, const std::string*> office_fields[] = {
      {"name_zh", &options.office.name_zh},       {"name_en", &options.office.name_en},
      {"address_zh", &options.office.address_zh}, {"address_en", &options.office.address_en},
      {"phone", &options.office.phone},           {"reconsideration_body", &options.office.reconsideration_body},
      {"court", &options.office.court}};
  for (const auto& [key, value] : office_fields) office.set(key, *value);

  Data marks = Data::type::list;
  std::vector<std::string> breached, order_basis, corrections;
  int index = 0;
  for (const CaseMark& m : c.marks) {
    Data mark;
    mark.set("index", std::to_string(++index));
    const std::pair<const char*, std::string> fields[] = {
        {"record", m.record},           {"product", m.product},
        {"raw", m.raw},                 {"canonical", m.canonical},
        {"state", zh ? StateZh(m.state) : m.state},
        {"state_date", m.state_date},   {"status_source", m.status_source},
        {"checked_on", m.checked_on}};
    for (const auto& [key, value] : fields) mark.set(key, value);
    Data findings = Data::type::list;
    for (const CaseFinding& f : m.findings) {
      Data finding;
      for (const auto& [key, value] : {std::pair<const char*, const std::string&>{"code", f.code},
                                       {"message", f.message}, {"basis", f.basis}, {"correction", f.correction}}) {
        finding.set(key, value);
      }
      findings.push_back(finding);
      for (const std::string& citation : Citations(f.basis)) {
        // The penalty and correction articles say what follows, not what was broken.
        bool orders = citation == law.penalty || citation == law.correction_order;
        AddOnce(orders ? &order_basis : &breached, citation);
      }
      AddOnce(&corrections, f.correction);
    }
    mark.set("findings", findings);
    marks.push_back(mark);
  }
  if (order_basis.empty()) AddOnce(&order_basis, law.correction_order);
  if (std::find(order_basis.begin(), order_basis.end(), law.penalty) != order_basis.end()) {
    AddOnce(&order_basis, law.order_with_penalty);
  }
  Data bases = Data::type::list;
  for (size_t i = 0; i < breached.size(); ++i) {
    Data basis;
    basis.set("text", breached[i]);
    basis.set("last", i + 1 == breached.size() ? Data::type::bool_true : Data::type::bool_false);
    bases.push_back(basis);
  }
  std::string order_text;
  for (const std::string& citation : order_basis) order_text += (order_text.empty() ? "" : "、") + citation;

  Data law_data;
  law_data.set("correction_basis", order_text);
  law_data.set("reconsideration", law.reconsideration);
  law_data.set("litigation", law.litigation);

  Data data;
  data.set("office", office);
  data.set("document_number", document_number);
  data.set("company", c.company.empty() ? (zh ? "（未注明企业）" : "(company not named)") : c.company);
  data.set("address", c.address);
  data.set("as_of", options.as_of.ToString());
  data.set("as_of_zh", DateZh(options.as_of));
  data.set("marks", marks);
  data.set("more_marks", c.more_marks > 0 ? Data(std::to_string(c.more_marks)) : Data(Data::type::bool_false));
  data.set("bases", bases);
  data.set("corrections", StringList(corrections));
  data.set("law", law_data);
  data.set("deadline_days", std::to_string(options.office.deadline_days));
  data.set("litigation_period", law.litigation_months == 3 ? "三个月" : "六个月");
  return data;
}

Status WriteFile(const fs::path& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << text;
  out.close();
  if (!out) return UnavailableError(path.string() + ": cannot write (disk full?)");
  return OkStatus();
}

}  // namespace

std::string DocumentNumber(const Case& c, const OfficeConfig& office, int year) {
  char serial[16];
  std::snprintf(serial, sizeof serial, "%04d", office.first_number + c.sequence - 1);
  if (c.kind == LetterKind::kRectificationNotice) {
    return office.document_prefix + "〔" + std::to_string(year) + "〕第" + serial + "号";
  }
  return "PM-" + std::to_string(year) + "-" + serial;
}

StatusOr<std::vector<WrittenLetter>> WriteLetters(const std::vector<Case>& cases, const LetterOptions& options,
                                                  const std::string& out_dir) {
  std::error_code ec;
  fs::create_directories(out_dir, ec);
  if (ec || !fs::is_directory(out_dir)) return UnavailableError(out_dir + ": cannot create the letters directory");
  std::vector<std::pair<std::string, kainjow::mustache::mustache>> templates;
  for (const char* name : kLetterTemplateNames) {
    StatusOr<std::string> text = TemplateText(options.template_dir, name);
    if (!text.ok()) return text.status();
    kainjow::mustache::mustache compiled{*text};
    if (!compiled.is_valid()) return InvalidArgumentError(std::string(name) + ".mustache: " + compiled.error_message());
    // Plain text letters are not HTML: nothing to escape there.
    if (std::string(name).ends_with(".txt")) compiled.set_custom_escape([](const std::string& s) { return s; });
    templates.emplace_back(name, std::move(compiled));
  }

  std::vector<WrittenLetter> written;
  std::string index = "\xEF\xBB\xBF" "company,kind,document_number,problem_marks,files\r\n";
  for (const Case& c : cases) {
    WrittenLetter letter;
    letter.company = c.company;
    letter.kind = c.kind;
    letter.document_number = DocumentNumber(c, options.office, options.as_of.year());
    letter.problem_marks = c.total_marks();
    const std::string stem = c.kind == LetterKind::kRectificationNotice ? "notice" : "advisory";
    char base[32];
    std::snprintf(base, sizeof base, "%s-%04d", stem.c_str(), c.sequence);
    Data data = LetterData(c, letter.document_number, options);
    for (auto& [name, compiled] : templates) {
      if (!name.starts_with(stem)) continue;
      std::string file = std::string(base) + (name.ends_with(".txt") ? ".txt" : ".html");
      std::string text = compiled.render(data);
      if (!compiled.is_valid()) return InvalidArgumentError(name + ".mustache: " + compiled.error_message());
      if (Status s = WriteFile(fs::path(out_dir) / file, text); !s.ok()) return s;
      letter.files.push_back(file);
    }
    if (options.print_pdf) {
      std::string pdf = std::string(base) + ".pdf";
      Status printed = options.print_pdf((fs::path(out_dir) / (std::string(base) + ".html")).string(),
                                         (fs::path(out_dir) / pdf).string());
      if (!printed.ok()) return printed;
      letter.files.push_back(pdf);
    }
    std::string files;
    for (const std::string& f : letter.files) files += (files.empty() ? "" : " ") + f;
    AppendCsvField(c.company, &index);
    index += c.kind == LetterKind::kRectificationNotice ? ",notice," : ",advisory,";
    AppendCsvField(letter.document_number, &index);
    index += "," + std::to_string(letter.problem_marks) + "," + files + "\r\n";
    written.push_back(std::move(letter));
  }
  if (Status s = WriteFile(fs::path(out_dir) / "index.csv", index); !s.ok()) return s;
  return written;
}

}  // namespace patmark
