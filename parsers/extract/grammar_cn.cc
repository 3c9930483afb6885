// Chinese patent marks (专利标识标注办法 Arts 5 and 7; numbers.md §2, §5.1).
//
// A mark is a number token (optionally "ZL" or "CN" + digits, check
// character, kind code) that is either prefixed with ZL/CN or introduced by a
// label ("专利号", "发明专利申请号", "公开号" ...) or continues a list after an
// accepted mark ("、", ",", ";", "/", "及", "和"). Digits alone never make a
// mark: phone, batch, registration-certificate and bar-code numbers have no
// such label.
#include <string>
#include <vector>

#include "parsers/base/status_macros.h"
#include "parsers/extract/internal/grammar.h"

namespace patmark::extract_internal {
namespace {

// A number token. Groups: 1 prefix, 2 digits (single spaces allowed between
// digits), 3 check character, 4 kind code.
constexpr char kToken[] =
    R"((?i)(?:\b(zl|cn) ?[:.]? ?)?(\d(?: ?\d){4,20})(?: ?\. ?([0-9x]))?(?: ?([a-z][0-9]?)\b)?)";

constexpr char kLabelWords[] =
    "(?:(?:中国|国家)?(?:发明|实用新型|外观设计|新型|外观)?专利权?(?:申请)?(?:号码|号)?"
    "|(?:专利)?申请号码?|(?:授权)?公告号|(?:申请)?公开号)";

// Type words; "新型" and "外观" count only when followed by 专利, because
// drug boxes say "新型冠状病毒" and "外观精美".
constexpr char kTypeWords[] = "(发明|实用新型|外观设计|新型专利|外观专利)";
constexpr char kPendingWords[] = "(尚未授权|申请中|已申请|专利申请|申请专利)";
constexpr char kStatement[] = "专利申请 ?,? ?尚未授权";
constexpr char kSeparatorOnly[] = "^ ?(?:,|;|/|&|\\+|及|和|与|以及) ?$";

constexpr size_t kLabelWindow = 48;   // bytes before a token searched for its label
constexpr size_t kClauseWindow = 90;  // bytes searched for type and pending words
constexpr size_t kMaxDigits = 13;     // 12 digits + check printed without dot

PatentType TypeFromWord(std::string_view w) {
  if (w == "发明") return PatentType::kInvention;
  if (w == "实用新型" || w == "新型专利") return PatentType::kUtilityModel;
  return PatentType::kDesign;
}

struct Token {
  Span number;            // prefix to end of check/kind
  Span label;             // empty when none
  std::string text;       // the number as printed
  std::string prefix;     // "ZL", "CN" or ""
  size_t digits = 0;
  bool has_kind = false;
  bool has_check = false;
  bool accepted = false;
};

class CnGrammar : public Grammar {
 public:
  Status Init() {
    PATMARK_RETURN_IF_ERROR(CompileInto(kToken, &token_));
    PATMARK_RETURN_IF_ERROR(
        CompileInto(std::string("(") + kLabelWords + ") ?(?:为|是)? ?:? ?$", &label_before_));
    PATMARK_RETURN_IF_ERROR(CompileInto(kTypeWords, &type_word_));
    PATMARK_RETURN_IF_ERROR(CompileInto(kPendingWords, &pending_word_));
    PATMARK_RETURN_IF_ERROR(CompileInto(kStatement, &statement_));
    PATMARK_RETURN_IF_ERROR(CompileInto(kSeparatorOnly, &separator_only_));
    PATMARK_RETURN_IF_ERROR(CompileInto("([。!?;])", &clause_end_));
    return OkStatus();
  }

  std::vector<std::string> Anchors() const override {
    return {R"((?i)\bzl ?[:.]? ?\d)", R"((?i)\bcn ?\d)", "专利", "申请号", "公告号", "公开号"};
  }
  std::vector<RawKey> RawKeys() const override {
    return {{"zl", true}, {"cn", true}, {"专利"}, {"申请号"}, {"公告号"}, {"公开号"}};
  }

  void Find(std::string_view text, std::vector<ExtractedMark>* marks) const override {
    std::vector<Token> tokens = Tokenize(text);
    const Token* previous = nullptr;  // the previous accepted mark
    for (size_t i = 0; i < tokens.size(); ++i) {
      Token& t = tokens[i];
      // "ZL...、ZL..." or "ZL... 及 2016...": a list shares the head's words.
      bool continuation = false;
      if (previous != nullptr && t.label.size() == 0 && t.digits >= 6) {
        std::string_view between = text.substr(previous->number.end, t.number.begin - previous->number.end);
        continuation = RE2::FullMatch(ToPiece(between), *separator_only_);
      }
      if (!t.accepted && !continuation) continue;
      size_t next_start = text.size();
      for (size_t j = i + 1; j < tokens.size(); ++j) {
        if (tokens[j].accepted) {
          next_start = tokens[j].label.size() > 0 ? tokens[j].label.begin : tokens[j].number.begin;
          break;
        }
      }
      ExtractedMark mark;
      mark.jurisdiction = "CN";
      mark.number_span = t.number;
      mark.number_text = t.text;
      size_t start = t.label.size() > 0 ? t.label.begin : t.number.begin;
      mark.span = Span{start, t.number.end};
      mark.label = std::string(text.substr(t.label.begin, t.label.size()));
      if (continuation) {
        const ExtractedMark& head = marks->back();
        mark.label = head.label;
        mark.claimed_type = head.claimed_type;
        mark.pending = head.pending;
        mark.pending_statement = head.pending_statement;
        mark.publication_context = head.publication_context;
      } else {
        Describe(text, previous != nullptr ? previous->number.end : 0, start, t, &mark);
      }
      // Words after the number ("（专利申请，尚未授权）") speak for it too.
      std::string_view after = Clause(text, t.number.end, next_start, /*forward=*/true);
      re2::StringPiece word;
      if (mark.claimed_type == PatentType::kUnknown && RE2::PartialMatch(ToPiece(after), *type_word_, &word)) {
        mark.claimed_type = TypeFromWord(std::string_view(word.data(), word.size()));  // "ZL...（发明专利）"
      }
      if (FindIn(after, *statement_)) mark.pending_statement = mark.pending = true;
      if (FindIn(after, *pending_word_)) mark.pending = true;
      mark.presented = mark.pending ? NumberKind::kApplication : NumberKind::kPatent;
      marks->push_back(std::move(mark));
      previous = &t;
    }
  }

 private:
  static bool FindIn(std::string_view text, const RE2& re) {
    return RE2::PartialMatch(ToPiece(text), re);
  }

  // Every number token in the text, with its label if one stands right before.
  std::vector<Token> Tokenize(std::string_view text) const {
    std::vector<Token> tokens;
    re2::StringPiece input = ToPiece(text);
    re2::StringPiece prefix, digits, check, kind;
    while (RE2::FindAndConsume(&input, *token_, &prefix, &digits, &check, &kind)) {
      Token t;
      size_t end = static_cast<size_t>(input.data() - text.data());
      size_t begin = prefix.data() != nullptr ? static_cast<size_t>(prefix.data() - text.data())
                                              : static_cast<size_t>(digits.data() - text.data());
      size_t digits_end = static_cast<size_t>(digits.data() - text.data()) + digits.size();
      // Digit groups beyond 13 digits belong to something else ("ZL... 2016").
      size_t count = 0, cut = digits_end;
      for (size_t k = static_cast<size_t>(digits.data() - text.data()); k < digits_end; ++k) {
        if (text[k] == ' ') continue;
        if (++count > kMaxDigits && cut == digits_end) {
          size_t space = text.rfind(' ', k);
          if (space != std::string_view::npos && space > static_cast<size_t>(digits.data() - text.data())) {
            cut = space;
          }
        }
      }
      if (cut != digits_end) {
        end = cut;
        check = kind = re2::StringPiece();
        count = 0;
        for (size_t k = static_cast<size_t>(digits.data() - text.data()); k < cut; ++k) count += text[k] != ' ';
        input = re2::StringPiece(text.data() + cut, text.size() - cut);
      }
      while (end > begin && text[end - 1] == ' ') --end;
      t.number = Span{begin, end};
      t.text = std::string(text.substr(begin, end - begin));
      t.prefix = std::string(prefix.data() != nullptr ? std::string_view(prefix.data(), prefix.size()) : "");
      for (char& c : t.prefix) c = static_cast<char>(c & ~0x20);  // upper case
      t.digits = count;
      t.has_check = check.data() != nullptr && !check.empty();
      t.has_kind = kind.data() != nullptr && !kind.empty() && !t.has_check;
      if (!t.has_kind && kind.data() != nullptr && !kind.empty()) {
        // "ZL ...3 A级": the letter is not part of the number.
        t.number.end = static_cast<size_t>(kind.data() - text.data());
        while (t.number.end > begin && text[t.number.end - 1] == ' ') --t.number.end;
        t.text = std::string(text.substr(begin, t.number.end - begin));
      }
      FindLabel(text, &t);
      t.accepted = Accept(t);
      tokens.push_back(std::move(t));
    }
    return tokens;
  }

  void FindLabel(std::string_view text, Token* t) const {
    size_t from = t->number.begin > kLabelWindow ? t->number.begin - kLabelWindow : 0;
    from = AlignToCharStart(text, from);
    std::string_view window = text.substr(from, t->number.begin - from);
    re2::StringPiece label;
    if (RE2::PartialMatch(ToPiece(window), *label_before_, &label)) {
      size_t b = from + static_cast<size_t>(label.data() - window.data());
      t->label = Span{b, t->number.begin};
    }
  }

  static bool IsPublicationLabel(std::string_view label) {
    return label.find("公告号") != std::string_view::npos || label.find("公开号") != std::string_view::npos;
  }

  bool Accept(const Token& t) const {
    if (t.prefix == "ZL") return t.digits >= 5;
    bool labelled = t.label.size() > 0;
    bool publication_shape = t.has_kind && (t.digits == 7 || t.digits == 9);
    bool application_shape = t.digits == 12 || t.digits == 13 ||
                             ((t.digits == 8 || t.digits == 9) && t.has_check);
    if (t.prefix == "CN") return publication_shape || application_shape || labelled;
    if (!labelled || t.digits < 6) return false;
    return true;
  }

  // The text of the clause on one side of a mark: up to a sentence end, the
  // neighbouring mark, or kClauseWindow bytes.
  std::string_view Clause(std::string_view text, size_t from, size_t to, bool forward) const {
    if (forward) {
      size_t limit = std::min(to, from + kClauseWindow);
      limit = AlignToCharStart(text, limit);
      std::string_view s = text.substr(from, limit - from);
      re2::StringPiece end;
      if (RE2::PartialMatch(ToPiece(s), *clause_end_, &end)) {
        s = s.substr(0, static_cast<size_t>(end.data() - s.data()));
      }
      return s;
    }
    size_t begin = std::max(from, to > kClauseWindow ? to - kClauseWindow : 0);
    begin = AlignToCharStart(text, begin);
    std::string_view s = text.substr(begin, to - begin);
    size_t last = std::string_view::npos;
    re2::StringPiece in = ToPiece(s), hit;
    while (RE2::FindAndConsume(&in, *clause_end_, &hit)) last = static_cast<size_t>(hit.data() - s.data()) + hit.size();
    return last == std::string_view::npos ? s : s.substr(last);
  }

  void Describe(std::string_view text, size_t previous_end, size_t start, const Token& t,
                ExtractedMark* mark) const {
    std::string_view label = text.substr(t.label.begin, t.label.size());
    std::string_view before = Clause(text, previous_end, start, /*forward=*/false);
    mark->publication_context = IsPublicationLabel(label);
    re2::StringPiece word;
    if (RE2::PartialMatch(ToPiece(label), *type_word_, &word)) {
      mark->claimed_type = TypeFromWord(std::string_view(word.data(), word.size()));
    } else {
      re2::StringPiece in = ToPiece(before);
      while (RE2::FindAndConsume(&in, *type_word_, &word)) {
        mark->claimed_type = TypeFromWord(std::string_view(word.data(), word.size()));
      }
    }
    mark->pending = label.find("申请") != std::string_view::npos || FindIn(before, *pending_word_);
    mark->pending_statement = FindIn(before, *statement_);
  }

  std::unique_ptr<RE2> token_, label_before_, type_word_, pending_word_, statement_, separator_only_,
      clause_end_;
};

}  // namespace

StatusOr<std::unique_ptr<Grammar>> NewCnGrammar() {
  auto grammar = std::make_unique<CnGrammar>();
  PATMARK_RETURN_IF_ERROR(grammar->Init());
  return std::unique_ptr<Grammar>(std::move(grammar));
}

}  // namespace patmark::extract_internal
