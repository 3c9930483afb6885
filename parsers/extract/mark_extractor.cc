#include "parsers/extract/mark_extractor.h"

#include <re2/set.h>

#include <algorithm>

#include "parsers/extract/internal/grammar.h"

namespace patmark {

using extract_internal::Grammar;

std::string_view MarkFormName(MarkForm form) {
  switch (form) {
    case MarkForm::kNumber: return "number";
    case MarkForm::kPendingNotice: return "pending";
    case MarkForm::kVirtual: return "virtual";
  }
  return "number";
}

namespace extract_internal {

RE2::Options PatternOptions() {
  RE2::Options options;
  options.set_log_errors(false);
  options.set_max_mem(int64_t{8} << 20);
  return options;
}

StatusOr<std::unique_ptr<RE2>> Compile(const std::string& pattern) {
  auto re = std::make_unique<RE2>(pattern, PatternOptions());
  if (!re->ok()) return InternalError("pattern " + pattern + " does not compile: " + re->error());
  return re;
}

Status CompileInto(const std::string& pattern, std::unique_ptr<RE2>* out) {
  StatusOr<std::unique_ptr<RE2>> re = Compile(pattern);
  if (!re.ok()) return re.status();
  *out = std::move(*re);
  return OkStatus();
}

size_t AlignToCharStart(std::string_view text, size_t pos) {
  while (pos > 0 && pos < text.size() && (static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80) --pos;
  return pos;
}

}  // namespace extract_internal

struct MarkExtractor::Impl {
  std::vector<std::unique_ptr<Grammar>> grammars;
  std::unique_ptr<RE2::Set> prefilter;
  std::vector<size_t> grammar_of_anchor;  // Set index -> grammar index
};

MarkExtractor::MarkExtractor(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
MarkExtractor::~MarkExtractor() = default;

StatusOr<std::unique_ptr<MarkExtractor>> MarkExtractor::Create() {
  auto impl = std::make_unique<Impl>();
  for (auto make : {extract_internal::NewCnGrammar, extract_internal::NewLatinGrammar,
                    extract_internal::NewJpGrammar, extract_internal::NewKrGrammar,
                    extract_internal::NewTwGrammar}) {
    StatusOr<std::unique_ptr<Grammar>> grammar = make();
    if (!grammar.ok()) return grammar.status();
    impl->grammars.push_back(std::move(*grammar));
  }

  impl->prefilter = std::make_unique<RE2::Set>(extract_internal::PatternOptions(), RE2::UNANCHORED);
  for (size_t g = 0; g < impl->grammars.size(); ++g) {
    for (const std::string& anchor : impl->grammars[g]->Anchors()) {
      std::string error;
      if (impl->prefilter->Add(anchor, &error) < 0) {
        return InternalError("anchor " + anchor + " does not compile: " + error);
      }
      impl->grammar_of_anchor.push_back(g);
    }
  }
  if (!impl->prefilter->Compile()) return InternalError("the prefilter set does not compile");
  return std::unique_ptr<MarkExtractor>(new MarkExtractor(std::move(impl)));
}

void MarkExtractor::Extract(std::string_view normalized, std::vector<ExtractedMark>* marks) const {
  std::vector<int> hits;
  if (!impl_->prefilter->Match(re2::StringPiece(normalized.data(), normalized.size()), &hits)) return;
  std::vector<bool> run(impl_->grammars.size(), false);
  for (int h : hits) run[impl_->grammar_of_anchor[static_cast<size_t>(h)]] = true;
  size_t first = marks->size();
  for (size_t g = 0; g < impl_->grammars.size(); ++g) {
    if (run[g]) impl_->grammars[g]->Find(normalized, marks);
  }
  auto begin = marks->begin() + static_cast<long>(first);
  std::stable_sort(begin, marks->end(), [](const ExtractedMark& a, const ExtractedMark& b) {
    return a.span.begin != b.span.begin ? a.span.begin < b.span.begin : a.span.size() > b.span.size();
  });
  // Two grammars may read the same number ("台灣專利 TW I123456"): the mark
  // that starts first, with its label, wins.
  size_t kept_end = 0;
  auto last = std::remove_if(begin, marks->end(), [&](const ExtractedMark& m) {
    if (m.span.begin < kept_end) return true;
    kept_end = m.span.end;
    return false;
  });
  marks->erase(last, marks->end());
}

}  // namespace patmark
