// PrintWithChromium: an HTML file to PDF with headless Chromium (Debian's
// chromium), for `--pdf`. The page's own print CSS decides the paper (A4)
// and the page numbers; Chromium's header and footer are left out.
#ifndef PATMARK_CHECKER_CLI_PDF_PRINTER_H_
#define PATMARK_CHECKER_CLI_PDF_PRINTER_H_

#include <string>

#include "parsers/base/status.h"

namespace patmark::cli {

// The Chromium binary: $PATMARK_CHROMIUM, else chromium or chromium-browser
// on PATH; "" when there is none.
std::string FindChromium();

// Prints `html_path` to `pdf_path` with `chromium`. FailedPrecondition when
// Chromium is missing, Internal when it fails to print.
Status PrintWithChromium(const std::string& chromium, const std::string& html_path, const std::string& pdf_path);

}  // namespace patmark::cli

#endif  // PATMARK_CHECKER_CLI_PDF_PRINTER_H_
