// A hash map from 64-bit keys (already well-mixed hashes) to small values,
// open addressing with linear probing in one flat array: a lookup costs one
// cache line where std::unordered_map follows a node pointer (and divides by
// a prime). For per-token tables (syntax, NER lexicon).
//
// Thread-safety: const member functions may run concurrently; none may run
// alongside a mutation.
#ifndef HERODOTUS_UTIL_FLAT_MAP_H_
#define HERODOTUS_UTIL_FLAT_MAP_H_

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace herodotus {

// A well-mixed 64-bit key for a string (FNV-1a, then the splitmix64
// finalizer), for maps keyed by words or phrases. Distinct strings share a
// key with probability 2^-64 per pair.
inline uint64_t FlatKey(std::string_view s) {
  uint64_t h = 0xcbf29ce484222325ull;
  for (unsigned char c : s) h = (h ^ c) * 0x100000001b3ull;
  h ^= h >> 30;
  h *= 0xbf58476d1ce4e5b9ull;
  h ^= h >> 27;
  h *= 0x94d049bb133111ebull;
  return h ^ (h >> 31);
}

template <typename V>
class FlatMap64 {
 public:
  using mapped_type = V;

  size_t size() const { return size_ + has_zero_; }
  bool empty() const { return size() == 0; }
  void clear() {
    slots_.clear();
    size_ = 0;
    has_zero_ = false;
    zero_ = V();
  }
  void reserve(size_t n) {
    if (n * 2 > slots_.size()) Rehash(n * 2);
  }
  // The value of `key`, or null.
  const V* find(uint64_t key) const {
    if (key == 0) return has_zero_ ? &zero_ : nullptr;
    if (slots_.empty()) return nullptr;
    const uint64_t mask = slots_.size() - 1;
    for (uint64_t s = key & mask;; s = (s + 1) & mask) {
      const Slot& slot = slots_[s];
      if (slot.key == key) return &slot.value;
      if (slot.key == 0) return nullptr;
    }
  }
  // The value of `key`, inserted as V() when absent.
  V& operator[](uint64_t key) {
    if (key == 0) {
      has_zero_ = true;
      return zero_;
    }
    if ((size_ + 1) * 2 > slots_.size()) Rehash(slots_.empty() ? 16 : slots_.size() * 2);
    const uint64_t mask = slots_.size() - 1;
    for (uint64_t s = key & mask;; s = (s + 1) & mask) {
      Slot& slot = slots_[s];
      if (slot.key == key) return slot.value;
      if (slot.key == 0) {
        ++size_;
        slot.key = key;
        slot.value = V();
        return slot.value;
      }
    }
  }
  // Calls f(key, value) for every entry, in no particular order.
  template <typename F>
  void ForEach(F f) const {
    if (has_zero_) f(uint64_t{0}, zero_);
    for (const Slot& slot : slots_)
      if (slot.key != 0) f(slot.key, slot.value);
  }

 private:
  struct Slot {
    uint64_t key;  // 0 = empty (key 0 itself lives in zero_)
    V value;
  };
  void Rehash(size_t at_least) {
    size_t cap = 16;
    while (cap < at_least) cap <<= 1;
    std::vector<Slot> old(cap, Slot{0, V()});
    old.swap(slots_);
    const uint64_t mask = cap - 1;
    for (const Slot& slot : old) {
      if (slot.key == 0) continue;
      uint64_t s = slot.key & mask;
      while (slots_[s].key != 0) s = (s + 1) & mask;
      slots_[s] = slot;
    }
  }

  std::vector<Slot> slots_;  // power-of-two size, load <= 1/2
  size_t size_ = 0;          // entries in slots_
  bool has_zero_ = false;
  V zero_ = V();
};

}  // namespace herodotus

#endif  // HERODOTUS_UTIL_FLAT_MAP_H_
