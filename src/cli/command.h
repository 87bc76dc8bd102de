// Subcommand registry of the herodotus CLI. Each command lives in its own
// file and registers itself:
//
//   static const bool kReg = herodotus::cli::Register({"analyze", "…",
//       [](CLI::App& sub) -> herodotus::cli::Runner {
//         auto opts = std::make_shared<Opts>();
//         sub.add_option("input", opts->inputs);
//         return [opts] { return Run(*opts); };   // returns an exit code
//       }});
#ifndef HERODOTUS_CLI_COMMAND_H_
#define HERODOTUS_CLI_COMMAND_H_

#include <CLI/CLI.hpp>
#include <functional>
#include <string>

namespace herodotus::cli {

using Runner = std::function<int()>;

struct CommandDef {
  std::string name;  // "analyze", or "train ner" for a nested subcommand
  std::string description;
  std::function<Runner(CLI::App&)> setup;  // declares options, returns the runner
  int order = 100;                         // position in --help
};

bool Register(CommandDef def);

}  // namespace herodotus::cli

#endif  // HERODOTUS_CLI_COMMAND_H_
