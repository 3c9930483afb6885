#include "parsers/extract/mark_extractor.h"

#include <re2/set.h>
#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <set>

#include "parsers/extract/internal/grammar.h"
#include "parsers/extract/internal/literal_keys.h"
#include "parsers/normalize/normalizer.h"

namespace patmark {

using extract_internal::Grammar;
using extract_internal::RawKey;

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

  // The raw-text prefilter: every grammar's keys, and the characters they are
  // made of.
  extract_internal::LiteralKeys raw_keys;
  std::set<char32_t> key_characters;
  // What each BMP character is to the prefilter, learnt on first sight:
  // whether its normalized form may take part in a key. Relaxed atomics: two
  // threads that learn the same character store the same value.
  enum Class : uint8_t { kUnseen = 0, kInert, kMayFormKey };
  mutable std::array<std::atomic<uint8_t>, 0x10000> bmp_class{};

  Status AddRawKeys(const std::vector<RawKey>& keys);
  bool MayFormKey(char32_t cp) const;
};

Status MarkExtractor::Impl::AddRawKeys(const std::vector<RawKey>& keys) {
  for (const RawKey& key : keys) {
    if (!raw_keys.Add(key.text, key.ignore_case)) return InternalError("raw key \"" + key.text + "\" is shorter than two bytes");
    const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(key.text.data());
    utf8proc_ssize_t left = static_cast<utf8proc_ssize_t>(key.text.size());
    while (left > 0) {
      utf8proc_int32_t cp;
      utf8proc_ssize_t length = utf8proc_iterate(p, left, &cp);
      if (length <= 0) return InternalError("raw key " + key.text + " is not UTF-8");
      key_characters.insert(static_cast<char32_t>(cp));
      if (key.ignore_case && cp < 0x80 && std::isalpha(cp)) {
        key_characters.insert(static_cast<char32_t>(std::toupper(cp)));
        key_characters.insert(static_cast<char32_t>(std::tolower(cp)));
      }
      p += length;
      left -= length;
    }
  }
  return OkStatus();
}

bool MarkExtractor::Impl::MayFormKey(char32_t cp) const {
  if (cp >= bmp_class.size()) return true;  // rare in catalogs: not worth learning
  uint8_t known = bmp_class[cp].load(std::memory_order_relaxed);
  if (known != kUnseen) return known == kMayFormKey;
  // A character that normalization keeps is seen by the key pattern itself.
  std::string normalized = NormalizeCharacter(cp);
  utf8proc_uint8_t encoded[4];
  utf8proc_ssize_t encoded_length = utf8proc_encode_char(static_cast<utf8proc_int32_t>(cp), encoded);
  bool kept = normalized == std::string_view(reinterpret_cast<const char*>(encoded), static_cast<size_t>(encoded_length));
  bool may_form_key = normalized.empty();  // a vanishing character joins its neighbours
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(normalized.data());
  utf8proc_ssize_t left = static_cast<utf8proc_ssize_t>(normalized.size());
  while (left > 0 && !may_form_key && !kept) {
    utf8proc_int32_t c;
    utf8proc_ssize_t length = utf8proc_iterate(p, left, &c);
    if (length <= 0) break;
    may_form_key = key_characters.count(static_cast<char32_t>(c)) > 0;
    p += length;
    left -= length;
  }
  bmp_class[cp].store(may_form_key ? kMayFormKey : kInert, std::memory_order_relaxed);
  return may_form_key;
}

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
  StatusOr<std::vector<std::unique_ptr<Grammar>>> in_chinese = extract_internal::NewForeignInChineseGrammars();
  if (!in_chinese.ok()) return in_chinese.status();
  for (auto& grammar : *in_chinese) impl->grammars.push_back(std::move(grammar));

  impl->prefilter = std::make_unique<RE2::Set>(extract_internal::PatternOptions(), RE2::UNANCHORED);
  std::vector<RawKey> all_keys;
  for (size_t g = 0; g < impl->grammars.size(); ++g) {
    for (const std::string& anchor : impl->grammars[g]->Anchors()) {
      std::string error;
      if (impl->prefilter->Add(anchor, &error) < 0) {
        return InternalError("anchor " + anchor + " does not compile: " + error);
      }
      impl->grammar_of_anchor.push_back(g);
    }
    std::vector<RawKey> keys = impl->grammars[g]->RawKeys();
    all_keys.insert(all_keys.end(), keys.begin(), keys.end());
  }
  if (Status s = impl->AddRawKeys(all_keys); !s.ok()) return s;
  if (!impl->prefilter->Compile()) return InternalError("the prefilter set does not compile");
  return std::unique_ptr<MarkExtractor>(new MarkExtractor(std::move(impl)));
}

bool MarkExtractor::MayContainMarks(std::string_view original) const {
  // One pass over the characters: at each, does a key start here, or could
  // the character become part of one once normalized?
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(original.data());
  const size_t n = original.size();
  const extract_internal::LiteralKeys& keys = impl_->raw_keys;
  for (size_t i = 0; i < n;) {
    if (keys.StartsAt(original, i)) return true;
    if (p[i] < 0x80) {
      ++i;
      continue;
    }
    if (p[i] >= 0xE4 && p[i] <= 0xE9) {  // U+4000..U+9FFF, CJK ideographs: NFKC keeps them
      i += 3;
      continue;
    }
    utf8proc_int32_t cp;
    utf8proc_ssize_t length = utf8proc_iterate(p + i, static_cast<utf8proc_ssize_t>(n - i), &cp);
    if (length <= 0) return true;  // not UTF-8: let the normalizer deal with it
    if (impl_->MayFormKey(static_cast<char32_t>(cp))) return true;
    i += static_cast<size_t>(length);
  }
  return false;
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
