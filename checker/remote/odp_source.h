// OdpSource: the status of US patents from the USPTO Open Data Portal
// (Patent File Wrapper search by patent number, header X-API-KEY; research/
// legal-status.md §2.1 and §2.4), a StatusSource over an HttpTransport.
//
//   OdpSource uspto(OdpOptions{.base_url = "https://api.uspto.gov", .api_key = …}, transport.get());
//
// applicationStatusCode 150 (patented case) is in force; 250 (expired for
// unpaid maintenance fees, 37 CFR 1.362) is lapsed, from the end of the grace
// period it fell in (4, 8 or 12 years after grant); abandonment codes are
// abandoned, anything else without a grant pending. ODP has no expiry date:
// utility patents run 20 years from filing plus the term adjustment (PTA)
// days; designs 14 years from grant (15 when filed from 2015-05-13). For a
// utility patent in force the note gives the next maintenance fee: due 3.5,
// 7.5 or 11.5 years after grant, payable with surcharge for 6 months more.
// Only US patent numbers are asked; 403 (a bad key) takes the source down.
#ifndef PATMARK_CHECKER_REMOTE_ODP_SOURCE_H_
#define PATMARK_CHECKER_REMOTE_ODP_SOURCE_H_

#include <memory>
#include <string>

#include "checker/net/http_transport.h"
#include "checker/status/status_source.h"

namespace patmark {

struct OdpOptions {
  std::string base_url = "https://api.uspto.gov";
  std::string api_key;
};

// The status one search answer gives for `number`; nullopt when the answer
// holds no record. InvalidArgument when it is not ODP JSON. Pure function.
StatusOr<std::optional<LegalStatus>> StatusFromOdpAnswer(std::string_view json, const CheckedNumber& number);

class OdpSource : public StatusSource {
 public:
  OdpSource(OdpOptions options, std::unique_ptr<HttpTransport> transport);
  std::string_view name() const override { return "uspto"; }
  Status Lookup(const std::vector<CheckedNumber>& numbers, std::vector<std::optional<LegalStatus>>* out) override;

 private:
  OdpOptions options_;
  std::unique_ptr<HttpTransport> transport_;
  std::string down_;
};

}  // namespace patmark

#endif  // PATMARK_CHECKER_REMOTE_ODP_SOURCE_H_
