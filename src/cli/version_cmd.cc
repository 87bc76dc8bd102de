// `herodotus version`: build and model information.
#include <iostream>

#include "cli/command.h"

namespace herodotus::cli {
namespace {
const bool kRegistered = Register({"version", "Print the version", [](CLI::App&) -> Runner {
  return [] {
    std::cout << "herodotus 0.1.0\n";
    return 0;
  };
}, 1000});
}  // namespace
}  // namespace herodotus::cli
