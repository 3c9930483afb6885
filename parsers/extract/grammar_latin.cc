// Marks in Latin script: US marking under 35 U.S.C. 287(a), and the EP, WO
// and DE forms (numbers.md §5.5), plus JP, KR and TW numbers printed with
// their office code.
//
// A mark starts at a head, the patent words ("U.S. Pat. Nos.", "Patents:",
// "Des.", "Patent pending", "Gebrauchsmuster"), and takes the list of numbers
// that follows ("7,654,321; 8,123,456 and D789,012"). A head followed by a web
// address is virtual marking; a pending head without a number is a pending
// notice. Without a head, only a number with an office code and that
// office's full shape is a mark ("EP 1 234 567 B1", "WO 2015/123456",
// "DE 10 2006 011 652 B4"): model, part, lot, 510(k), CE and NDC numbers have
// neither.
#include <string>
#include <vector>

#include "parsers/base/ascii.h"
#include "parsers/base/status_macros.h"
#include "parsers/extract/internal/grammar.h"

namespace patmark::extract_internal {
namespace {

// Groups: 1 office word, 2 type word, 3 patent word, 4 "Des." alone,
// 5 application word, 6 publication word, 7 pending word.
constexpr char kHead[] =
    R"((?i)\b(?:(u\.s\.|u\.s|us|united states|european|europ\.|ep|german|deutsches|de|japanese|japan|jp|)"
    R"(korean|korea|kr|taiwanese|taiwan|tw|international|wo|pct) ?)?)"
    R"((?:(design|des\.|plant|reissue|re\.|utility) ?)?)"
    R"((?:(patented|patents?|pats?|gebrauchsmuster|aktenzeichen|brevets?)\b\.?|(des)\.))"
    R"((?: ?(appl(?:ication)?s?\b\.?|app\.)(?: ?(pub(?:lication)?\b\.?))?)?)"
    R"((?: ?(pend(?:ing)?\b\.?|applied for|p\b))?)"
    R"((?: ?(?:nos?\b\.?|numbers?\b|nr\b\.?|#))?(?: ?[:\-])? ?)";

// Groups: 1 office code, 2 series letters, 3 the number, 4 kind code.
constexpr char kOffice[] = R"((U\.S\.|U\.S|US|EP|WO|DE-GM|DE|JP|KR|TW)(?: ?[-:] ?| )?)";
constexpr char kItemRest[] =
    R"((?:(Des\.|DES|Plant|PLANT|PP|Re\.|RE|RD|AI|D|H|T|X|I|M) ?)?)"
    R"((PCT/[A-Z]{2}\d{2,4}/\d{5,6}|\d{4}/\d{6,7}|\d{2}/\d{5,6}|\d{2}/\d{3},?\d{3}|)"
    R"(\d{2}-\d{4}-\d{7}|\d{2}-\d{7}|\d{2} \d{4} \d{3} \d{3}(?:\.\d)?|\d{3} \d{2} \d{3}(?:\.\d)?|)"
    R"(\d{2} \d{2} \d{3}(?:\.\d)?|\d{1,3}(?:,\d{3})+|\d(?: \d{3}){2}|\d{8}\.\d|\d{4}-\d{6}|\d+))"
    R"((?: ?([A-Z]\d?)\b)?)";
constexpr char kSeparator[] = R"((?i) ?(?:[,;/&+] ?(?:and |or )?|and |or ))";
constexpr char kAddress[] =
    R"((?i) ?(?:[,:] ?)?(?:(?:see|at|visit|listed at|available at|refer to|go to)\b ?:? ?)*)"
    R"(((?:https?://)?(?:www\.)?[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?:/(?:[^\s,;)\]]*[^\s,;)\].])?)?))";

struct Head {
  Span span;
  std::string office;  // "US", ... or "" when the words do not say
  PatentType claimed = PatentType::kUnknown;
  std::string series;  // the US series the type word names: "D", "PP", "RE"
  bool application = false;
  bool publication = false;
  bool pending = false;
};

struct Item {
  Span span;
  std::string office;  // printed office code, mapped ("U.S." -> "US"), or ""
  std::string series;
  std::string number;
  std::string kind;
  std::string text;    // series + number + kind as printed
};

std::string OfficeOfWord(std::string_view word) {
  std::string w = AsciiLower(word);
  if (w.empty()) return "";
  if (w[0] == 'u') return "US";
  if (w.rfind("ep", 0) == 0 || w.rfind("europ", 0) == 0) return "EP";
  if (w.rfind("de", 0) == 0 || w.rfind("german", 0) == 0) return "DE";
  if (w.rfind("j", 0) == 0) return "JP";
  if (w.rfind("k", 0) == 0) return "KR";
  if (w.rfind("t", 0) == 0) return "TW";
  return "WO";  // international, wo, pct
}

size_t DigitCount(std::string_view s) {
  size_t n = 0;
  for (char c : s) n += std::isdigit(static_cast<unsigned char>(c)) != 0;
  return n;
}

class LatinGrammar : public Grammar {
 public:
  Status Init() {
    PATMARK_RETURN_IF_ERROR(CompileInto(kHead, &head_));
    PATMARK_RETURN_IF_ERROR(CompileInto(std::string("(?:") + kOffice + ")?" + kItemRest, &item_));
    PATMARK_RETURN_IF_ERROR(CompileInto(std::string(R"(\b)") + kOffice + kItemRest, &prefixed_item_));
    PATMARK_RETURN_IF_ERROR(CompileInto(kSeparator, &separator_));
    PATMARK_RETURN_IF_ERROR(CompileInto(kAddress, &address_));
    return OkStatus();
  }

  std::vector<std::string> Anchors() const override {
    return {R"((?i)\b(?:pat(?:ent|ented|ents|s)?\b|des\.|gebrauchsmuster|aktenzeichen|brevet))",
            R"(\b(?:U\.S\.?|US|EP|WO|DE|JP|KR|TW)(?: ?[-:] ?| )?[A-Z]{0,2}\.? ?\d)", R"(\bPCT/)"};
  }
  std::vector<RawKey> RawKeys() const override {
    std::vector<RawKey> keys = {{"pat", true}, {"des.", true}, {"gebrauchsmuster", true},
                                {"aktenzeichen", true}, {"brevet", true}, {"U.S"}, {"PCT/"}};
    for (const char* office : {"US", "EP", "WO", "DE", "JP", "KR", "TW"}) keys.push_back({office});
    return keys;
  }

  void Find(std::string_view text, std::vector<ExtractedMark>* marks) const override {
    size_t pos = 0;
    re2::StringPiece g[8];
    while (pos < text.size() && head_->Match(ToPiece(text), pos, text.size(), RE2::UNANCHORED, g, 8)) {
      Head head = ReadHead(text, g);
      size_t end = head.span.end;
      re2::StringPiece address[2];
      if (!head.pending && !head.application &&
          address_->Match(ToPiece(text), end, text.size(), RE2::ANCHOR_START, address, 2)) {
        ExtractedMark mark = MarkOf(head, head.office.empty() ? "US" : head.office);
        mark.form = MarkForm::kVirtual;
        mark.address = std::string(ToView(address[1]));
        mark.span.end = OffsetIn(text, address[1]) + address[1].size();
        marks->push_back(std::move(mark));
        pos = marks->back().span.end;
        continue;
      }
      size_t found = ParseList(text, head, &end, marks);
      if (found == 0 && head.pending) {
        ExtractedMark mark = MarkOf(head, head.office.empty() ? "US" : head.office);
        mark.form = MarkForm::kPendingNotice;
        marks->push_back(std::move(mark));
      }
      pos = std::max(end, head.span.end > head.span.begin ? head.span.end : head.span.begin + 1);
    }
    FindPrefixedNumbers(text, marks);
  }

 private:
  Head ReadHead(std::string_view text, const re2::StringPiece* g) const {
    Head h;
    h.span = Span{OffsetIn(text, g[0]), OffsetIn(text, g[0]) + g[0].size()};
    while (h.span.end > h.span.begin && text[h.span.end - 1] == ' ') --h.span.end;
    h.office = OfficeOfWord(ToView(g[1]));
    std::string type = AsciiLower(ToView(g[2]));
    std::string word = AsciiLower(ToView(g[3]));
    if (!g[4].empty() || type.rfind("des", 0) == 0) {
      h.claimed = PatentType::kDesign;
      h.series = "D";
    }
    if (type == "plant") {
      h.claimed = PatentType::kPlant;
      h.series = "PP";
    }
    if (type.rfind("re", 0) == 0) h.series = "RE";
    if (type == "utility") h.claimed = PatentType::kInvention;
    if (word == "gebrauchsmuster") {
      h.claimed = PatentType::kUtilityModel;
      h.office = "DE";
    }
    if (word == "aktenzeichen") h.office = "DE";  // a German file number
    h.application = !g[5].empty();
    h.publication = !g[6].empty();
    h.pending = !g[7].empty() || (h.application && !h.publication);
    return h;
  }

  ExtractedMark MarkOf(const Head& head, const std::string& office) const {
    ExtractedMark mark;
    mark.jurisdiction = office;
    mark.span = head.span;
    mark.claimed_type = head.claimed;
    mark.pending = head.pending;
    mark.publication_context = head.publication;
    mark.presented = head.pending ? NumberKind::kApplication : NumberKind::kPatent;
    return mark;
  }

  bool ReadItem(std::string_view text, const RE2& re, size_t at, RE2::Anchor anchor, Item* item) const {
    re2::StringPiece g[5];
    if (!re.Match(ToPiece(text), at, text.size(), anchor, g, 5)) return false;
    item->span = Span{OffsetIn(text, g[0]), OffsetIn(text, g[0]) + g[0].size()};
    std::string office(ToView(g[1]));
    item->office = office.empty() ? "" : office[0] == 'U' ? "US" : office.substr(0, 2);
    item->series = std::string(ToView(g[2]));
    item->number = std::string(ToView(g[3]));
    item->kind = std::string(ToView(g[4]));
    size_t begin = g[2].empty() ? OffsetIn(text, g[3]) : OffsetIn(text, g[2]);
    item->text = std::string(text.substr(begin, item->span.end - begin));
    return true;
  }

  // TW certificates are the only numbers led by I or M; D leads US designs
  // and TW design certificates.
  static bool SeriesFits(const Item& item, const std::string& office) {
    if (item.series == "I" || item.series == "M") return office == "TW";
    if (office == "TW") return item.series.empty() || item.series == "D";
    return item.series.empty() || office == "US";
  }

  size_t ParseList(std::string_view text, const Head& head, size_t* end,
                   std::vector<ExtractedMark>* marks) const {
    size_t count = 0;
    size_t at = head.span.end;
    while (at < text.size() && text[at] == ' ') ++at;
    std::string office = head.office;
    while (true) {
      Item item;
      if (!ReadItem(text, *item_, at, RE2::ANCHOR_START, &item)) break;
      std::string item_office = !item.office.empty() ? item.office : !office.empty() ? office : "US";
      if (item.office.empty() && (item.series == "I" || item.series == "M")) item_office = "TW";
      if (item.number.rfind("PCT/", 0) == 0) item_office = "WO";
      // A bare number needs 6 digits to be a US utility patent on a product
      // (lower numbers are from before 1870); years and sizes are shorter.
      // Under "Des." or "Plant Pat." the head gives the series.
      bool series_from_head = item.series.empty() && !head.series.empty() && item_office == "US";
      bool plausible = !item.office.empty() || !item.series.empty() || series_from_head ||
                       DigitCount(item.number) >= 6 || item.number.find('/') != std::string::npos;
      if (!plausible || !SeriesFits(item, item_office)) break;
      ExtractedMark mark = MarkOf(head, item_office);
      if (count > 0) mark.span.begin = item.span.begin;  // the head belongs to the first mark
      mark.span.end = item.span.end;
      mark.number_span = Span{item.span.end - item.text.size(), item.span.end};
      mark.number_text = series_from_head ? head.series + item.text : item.text;
      mark.label = std::string(text.substr(head.span.begin, head.span.size()));
      marks->push_back(std::move(mark));
      ++count;
      office = item_office;
      *end = item.span.end;
      re2::StringPiece sep;
      if (!separator_->Match(ToPiece(text), item.span.end, text.size(), RE2::ANCHOR_START, &sep, 1)) break;
      at = OffsetIn(text, sep) + sep.size();
    }
    return count;
  }

  // Numbers with an office code and no head: only the office's full shape.
  // Those inside a head's list are found again here; the extractor keeps the
  // list's mark, which starts at the same place and carries the head.
  static bool FullShape(const Item& item) {
    size_t digits = DigitCount(item.number);
    bool kind = !item.kind.empty();
    if (item.office == "US") {
      return item.number.find(',') != std::string::npos || kind || digits >= 7 || !item.series.empty();
    }
    if (item.office == "EP") return item.series.empty() && (digits == 7 || item.number.find('.') != std::string::npos);
    if (item.office == "WO") return item.number.find('/') != std::string::npos || digits == 10;
    if (item.office == "DE") return digits >= 12 || (kind && digits >= 7);
    if (item.office == "KR") return item.number.find('-') != std::string::npos || kind;
    if (item.office == "TW") return !item.series.empty() || kind;
    return kind && digits >= 7;  // JP
  }

  void FindPrefixedNumbers(std::string_view text, std::vector<ExtractedMark>* marks) const {
    size_t pos = 0;
    Item item;
    while (pos < text.size() && ReadItem(text, *prefixed_item_, pos, RE2::UNANCHORED, &item)) {
      pos = item.span.end > pos ? item.span.end : pos + 1;
      if (!FullShape(item) || !SeriesFits(item, item.office)) continue;
      // "PCT/US2019/009417", ".../US2019/...": the code is part of a longer name.
      if (item.span.begin > 0 && text[item.span.begin - 1] == '/') continue;
      ExtractedMark mark;
      mark.jurisdiction = item.office;
      mark.span = item.span;
      mark.number_span = Span{item.span.end - item.text.size(), item.span.end};
      mark.number_text = item.text;
      marks->push_back(std::move(mark));
    }
  }

  std::unique_ptr<RE2> head_, item_, prefixed_item_, separator_, address_;
};

}  // namespace

StatusOr<std::unique_ptr<Grammar>> NewLatinGrammar() {
  auto grammar = std::make_unique<LatinGrammar>();
  PATMARK_RETURN_IF_ERROR(grammar->Init());
  return std::unique_ptr<Grammar>(std::move(grammar));
}

}  // namespace patmark::extract_internal
