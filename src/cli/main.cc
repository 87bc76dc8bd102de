// The herodotus command line: a thin shell over the public API. Strings from
// the command line are parsed here and nowhere else.
#include <algorithm>
#include <iostream>
#include <string>
#include <vector>

#include "cli/command.h"
#include "herodotus/status.h"

namespace herodotus::cli {
namespace {
std::vector<CommandDef>& Registry() {
  static std::vector<CommandDef> defs;
  return defs;
}
}  // namespace

bool Register(CommandDef def) {
  Registry().push_back(std::move(def));
  return true;
}

}  // namespace herodotus::cli

int main(int argc, char** argv) {
  using namespace herodotus;
  CLI::App app{"herodotus: political event coding (CAMEO, PLOVER) with attribution"};
  app.set_version_flag("--version", "herodotus 0.1.0");
  app.require_subcommand(1);
  auto defs = cli::Registry();
  std::stable_sort(defs.begin(), defs.end(),
                   [](const auto& a, const auto& b) { return a.order < b.order; });
  std::vector<std::pair<CLI::App*, cli::Runner>> runners;
  for (auto& d : defs) {
    // "train ner" nests under "train" (created on first use).
    CLI::App* parent = &app;
    std::string name = d.name;
    if (auto sp = name.find(' '); sp != std::string::npos) {
      std::string group = name.substr(0, sp);
      name = name.substr(sp + 1);
      parent = nullptr;
      for (CLI::App* s : app.get_subcommands({})) {
        if (s->get_name() == group) parent = s;
      }
      if (!parent) {
        parent = app.add_subcommand(group, group + " (see its subcommands)");
        parent->require_subcommand(1);
      }
    }
    CLI::App* sub = parent->add_subcommand(name, d.description);
    runners.emplace_back(sub, d.setup(*sub));
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int rc = app.exit(e);
    return rc == 0 ? kExitOk : kExitUsage;
  }
  for (auto& [sub, run] : runners) {
    if (sub->parsed()) return run();
  }
  return kExitUsage;
}
