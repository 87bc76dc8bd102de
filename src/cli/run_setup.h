// What `analyze` and `code` share: input options, the pipeline options they
// imply, and the output file. Strings from the command line become typed
// options here.
#ifndef HERODOTUS_CLI_RUN_SETUP_H_
#define HERODOTUS_CLI_RUN_SETUP_H_

#include <cstdio>
#include <iostream>
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

}  // namespace herodotus::cli

#endif  // HERODOTUS_CLI_RUN_SETUP_H_
