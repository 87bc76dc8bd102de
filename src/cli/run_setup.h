// What `analyze` and `code` share: input options, the pipeline options they
// imply, and the output file. Strings from the command line become typed
// options here.
#ifndef HERODOTUS_CLI_RUN_SETUP_H_
#define HERODOTUS_CLI_RUN_SETUP_H_

#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <string>

#include "herodotus/ingest.h"
#include "herodotus/options.h"
#include "herodotus/status.h"

namespace herodotus::cli {

using FilePtr = std::unique_ptr<std::FILE, int (*)(std::FILE*)>;

// Fills the ingest and pipeline options from --input-format and --date.
// Prints "herodotus CMD: …" and returns false on a malformed date.
inline bool SetUpInput(const char* cmd, const std::string& input_format, const std::string& date,
                       IngestOptions* in, Options* opt) {
  in->format = input_format;
  if (!date.empty() && !Date::Parse(date, &in->default_date)) {
    std::cerr << "herodotus " << cmd << ": --date must be YYYY-MM-DD, got '" << date << "'\n";
    return false;
  }
  opt->default_date = in->default_date;
  in->max_article_bytes = opt->max_article_bytes;
  return true;
}

// Opens `path` for writing ("-" = stdout). Prints and returns nullptr on failure;
// *holder owns a real file.
inline std::FILE* OpenOutput(const char* cmd, const std::string& path, FilePtr* holder) {
  if (path == "-") return stdout;
  holder->reset(std::fopen(path.c_str(), "wb"));
  if (!*holder) std::cerr << "herodotus " << cmd << ": cannot write " << path << "\n";
  return holder->get();
}

// This process's full command line, shell-quoted where needed, as recorded
// in a store's runs table (Linux: /proc/self/cmdline; elsewhere `fallback`).
inline std::string CommandLine(const std::string& fallback) {
  std::ifstream in("/proc/self/cmdline", std::ios::binary);
  std::string raw((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (raw.empty()) return fallback;
  std::string line;
  size_t start = 0;
  while (start < raw.size()) {
    size_t end = raw.find('\0', start);
    if (end == std::string::npos) end = raw.size();
    std::string arg = raw.substr(start, end - start);
    if (!line.empty()) line += ' ';
    bool plain = !arg.empty() &&
                 arg.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
                                       "0123456789-_./=:,+@%") == std::string::npos;
    if (plain) {
      line += arg;
    } else {
      line += '\'';
      for (char c : arg) line += c == '\'' ? std::string("'\\''") : std::string(1, c);
      line += '\'';
    }
    start = end + 1;
  }
  return line;
}

}  // namespace herodotus::cli

#endif  // HERODOTUS_CLI_RUN_SETUP_H_
