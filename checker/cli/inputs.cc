#include "checker/cli/inputs.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <ctime>
#include <fstream>
#include <iostream>

namespace patmark::cli {

StatusOr<OpenedInput> OpenInput(const std::string& path) {
  OpenedInput input;
  if (path == "-") {
    input.stream = &std::cin;
    return input;
  }
  struct stat st;
  if (stat(path.c_str(), &st) != 0) {
    std::string reason = std::strerror(errno);
    if (errno == ENOENT) return NotFoundError(path + ": no such file");
    return PermissionDeniedError(path + ": " + reason);
  }
  if (S_ISDIR(st.st_mode)) return InvalidArgumentError(path + ": is a directory, not a catalog file");
  auto file = std::make_unique<std::ifstream>(path, std::ios::binary);
  if (!file->is_open()) {
    return PermissionDeniedError(path + ": cannot open (" + std::strerror(errno) + ")");
  }
  input.stream = file.get();
  input.owned = std::move(file);
  return input;
}

StatusOr<Format> InputFormat(const std::string& path, const std::string& forced) {
  if (!forced.empty()) return ParseFormatName(forced);
  if (path == "-") return Format::kTextLines;
  return FormatFromPath(path);
}

Date Today() {
  std::time_t now = std::time(nullptr);
  std::tm local;
  localtime_r(&now, &local);
  return Date(local.tm_year + 1900, static_cast<unsigned>(local.tm_mon + 1),
              static_cast<unsigned>(local.tm_mday));
}

StatusOr<Date> AsOfDate(const std::string& text) {
  if (text.empty()) return Today();
  StatusOr<Date> d = Date::Parse(text);
  if (!d.ok()) return d.status().WithContext("--as-of");
  return d;
}

}  // namespace patmark::cli
