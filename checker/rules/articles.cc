#include "checker/rules/internal/articles.h"

namespace patmark::rules_internal {
namespace {

constexpr int kOpen = 99991231;

struct Article {
  Provision provision;
  int from, until;  // yyyymmdd, inclusive
  const char* zh;
  const char* en;
};

// Sources and tags in research/marking-law.md §8; keep the two in step.
constexpr Article kArticles[] = {
    {Provision::kCnMarkContent, 20030701, 20120430,
     "《专利标记和专利号标注方式的规定》（国家知识产权局令第29号）第四条",
     "Provisions on Patent Marks and Patent Number Marking (SIPO Order No. 29, 2003) Art 4"},
    {Provision::kCnMarkContent, 20120501, kOpen,
     "《专利标识标注办法》（国家知识产权局令第63号）第五条",
     "Measures for Marking Patent Marks (SIPO Order No. 63, 2012) Art 5"},
    {Provision::kCnPendingMark, 20120501, kOpen, "《专利标识标注办法》第七条",
     "Measures for Marking Patent Marks (2012) Art 7"},
    {Provision::kCnCorrectionOrder, 20030701, 20100131, "《专利标记和专利号标注方式的规定》第七条",
     "Provisions on Patent Marks (2003) Art 7"},
    {Provision::kCnCorrectionOrder, 20100201, 20120430,
     "《专利标记和专利号标注方式的规定》第七条，《专利法实施细则》（2010）第八十三条第二款",
     "Provisions on Patent Marks (2003) Art 7; Implementing Regulations of the Patent Law (2010) Art 83(2)"},
    {Provision::kCnCorrectionOrder, 20120501, 20240119,
     "《专利标识标注办法》第八条第一款，《专利法实施细则》（2010）第八十三条第二款",
     "Measures for Marking Patent Marks (2012) Art 8(1); Implementing Regulations of the Patent Law (2010) Art 83(2)"},
    {Provision::kCnCorrectionOrder, 20240120, kOpen,
     "《专利标识标注办法》第八条第一款，《专利法实施细则》（2023）第九十九条第二款",
     "Measures for Marking Patent Marks (2012) Art 8(1); Implementing Regulations of the Patent Law (2023) Art 99(2)"},
    {Provision::kCnCounterfeiting, 20010701, 20100131, "《专利法实施细则》（2001）第八十五条",
     "Implementing Regulations of the Patent Law (2001) Art 85"},
    {Provision::kCnCounterfeiting, 20100201, 20240119, "《专利法实施细则》（2010）第八十四条第一款第（一）项",
     "Implementing Regulations of the Patent Law (2010) Art 84(1)(i)"},
    {Provision::kCnCounterfeiting, 20240120, kOpen, "《专利法实施细则》（2023）第一百零一条第一款第（一）项",
     "Implementing Regulations of the Patent Law (2023) Art 101(1)(i)"},
    {Provision::kCnApplicationAsPatent, 20010701, 20100131, "《专利法实施细则》（2001）第八十五条",
     "Implementing Regulations of the Patent Law (2001) Art 85"},
    {Provision::kCnApplicationAsPatent, 20100201, 20240119,
     "《专利法实施细则》（2010）第八十四条第一款第（一）、（三）项",
     "Implementing Regulations of the Patent Law (2010) Art 84(1)(i) and (iii)"},
    {Provision::kCnApplicationAsPatent, 20240120, kOpen,
     "《专利法实施细则》（2023）第一百零一条第一款第（一）、（三）项",
     "Implementing Regulations of the Patent Law (2023) Art 101(1)(i) and (iii)"},
    {Provision::kCnExemption, 20100201, 20240119, "《专利法实施细则》（2010）第八十四条第二款",
     "Implementing Regulations of the Patent Law (2010) Art 84(2)"},
    {Provision::kCnExemption, 20240120, kOpen, "《专利法实施细则》（2023）第一百零一条第二款",
     "Implementing Regulations of the Patent Law (2023) Art 101(2)"},
    {Provision::kCnPenalty, 20010701, 20090930, "《专利法》（2000）第五十九条", "Patent Law (2000) Art 59"},
    {Provision::kCnPenalty, 20091001, 20210531, "《专利法》（2008）第六十三条", "Patent Law (2008) Art 63"},
    {Provision::kCnPenalty, 20210601, kOpen, "《专利法》（2020）第六十八条", "Patent Law (2020) Art 68"},
    {Provision::kCnOrderWithPenalty, 19961001, 20210714, "《行政处罚法》（1996）第二十三条",
     "Administrative Penalty Law (1996) Art 23"},
    {Provision::kCnOrderWithPenalty, 20210715, kOpen, "《行政处罚法》（2021）第二十八条",
     "Administrative Penalty Law (2021) Art 28"},
    {Provision::kCnReconsideration, 19991001, 20231231, "《行政复议法》第九条", "Administrative Reconsideration Law Art 9"},
    {Provision::kCnReconsideration, 20240101, kOpen, "《行政复议法》（2023）第二十条",
     "Administrative Reconsideration Law (2023) Art 20"},
    {Provision::kCnLitigation, 19901001, 20150430, "《行政诉讼法》（1989）第三十九条",
     "Administrative Litigation Law (1989) Art 39"},
    {Provision::kCnLitigation, 20150501, kOpen, "《行政诉讼法》第四十六条", "Administrative Litigation Law Art 46"},
    {Provision::kUsMarking, 0, kOpen, "美国专利法 35 U.S.C. §287(a)", "35 U.S.C. § 287(a)"},
    {Provision::kUsVirtualMarking, 20110916, kOpen, "美国专利法 35 U.S.C. §287(a)（经 AIA §16(a) 修订，虚拟标注）",
     "35 U.S.C. § 287(a) as amended by the AIA § 16(a) (virtual marking)"},
    {Provision::kUsFalseMarking, 0, 20110915, "美国专利法 35 U.S.C. §292（AIA 修订前）",
     "35 U.S.C. § 292 (before the AIA)"},
    {Provision::kUsFalseMarking, 20110916, kOpen, "美国专利法 35 U.S.C. §292（经 2011-09-16 AIA §16(b) 修订）",
     "35 U.S.C. § 292 as amended by the AIA § 16(b) (2011-09-16)"},
    {Provision::kEpMarking, 0, kOpen, "《欧洲专利公约》无标注规定，适用各生效国国内法",
     "the EPC has no marking rule; the national law of each validation state applies"},
    {Provision::kWoMarking, 0, kOpen, "《专利合作条约》：国际申请本身不产生专利权",
     "PCT: an international application grants no patent"},
    {Provision::kDeMarking, 0, kOpen, "德国专利法第146条（Patentberühmung）及《反不正当竞争法》（UWG）",
     "§ 146 PatG (Patentberühmung); UWG"},
    {Provision::kJpMarking, 0, kOpen, "日本特许法第188条、第198条", "Patent Act (Japan) Arts 188, 198"},
    {Provision::kKrMarking, 20170922, kOpen, "韩国专利法第223条、第228条", "Patent Act (Korea) Arts 223, 228"},
    {Provision::kTwMarking, 20130101, kOpen, "台湾地区“专利法”第98条", "Patent Act (Taiwan) Art 98"},
};

int Key(const Date& d) { return d.year() * 10000 + static_cast<int>(d.month() * 100 + d.day()); }

}  // namespace

Text Join(std::initializer_list<std::optional<Text>> parts) {
  Text out;
  for (const std::optional<Text>& p : parts) {
    if (!p) continue;
    if (!out.zh.empty()) {
      out.zh += "；";
      out.en += "; ";
    }
    out.zh += p->zh;
    out.en += p->en;
  }
  return out;
}

std::optional<Text> Cite(Provision provision, const Date& as_of) {
  int day = Key(as_of);
  for (const Article& a : kArticles) {
    if (a.provision == provision && a.from <= day && day <= a.until) return Text{a.zh, a.en};
  }
  return std::nullopt;
}

std::optional<Provision> MarkingProvisionOf(std::string_view jurisdiction) {
  if (jurisdiction == "EP") return Provision::kEpMarking;
  if (jurisdiction == "WO") return Provision::kWoMarking;
  if (jurisdiction == "DE") return Provision::kDeMarking;
  if (jurisdiction == "JP") return Provision::kJpMarking;
  if (jurisdiction == "KR") return Provision::kKrMarking;
  if (jurisdiction == "TW") return Provision::kTwMarking;
  return std::nullopt;
}

}  // namespace patmark::rules_internal
