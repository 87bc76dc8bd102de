// Fuzzes opening a database file from outside (a copied, truncated or
// tampered events.db): Store::Open, then a summary, a query with filters and
// stats. Any input must end in a Status, never a crash or a hang.
#include <unistd.h>

#include <cstdio>
#include <string>

#include "herodotus/store.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const std::string path = "/tmp/herodotus_store_fuzz_" + std::to_string(::getpid()) + ".db";
  std::remove((path + "-wal").c_str());
  std::remove((path + "-shm").c_str());
  std::FILE* f = std::fopen(path.c_str(), "wb");
  if (!f) return 0;
  std::fwrite(data, 1, size, f);
  std::fclose(f);
  herodotus::StoreOptions options;
  options.read_only = size % 2 == 0;
  options.busy_timeout_ms = 0;
  auto store = herodotus::Store::Open(path, options);
  if (store.ok()) {
    (void)(*store)->Summary();
    herodotus::EventFilter filter;
    filter.actor = "USA";
    filter.text = "attack";
    filter.limit = 100;
    (void)(*store)->Query(filter);
    (void)(*store)->Stats(herodotus::Store::StatsBy::kDyad, {});
    (void)(*store)->CheckIntegrity(false);
  }
  return 0;
}
