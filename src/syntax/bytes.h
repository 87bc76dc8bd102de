// Little-endian byte serialization for model files. ByteReader never reads
// past its buffer: every getter returns false on underflow (and the reader
// stays failed), so a truncated or corrupt payload is an error, not a crash.
// Thread-safety: plain values, one thread each.
#ifndef HERODOTUS_SYNTAX_BYTES_H_
#define HERODOTUS_SYNTAX_BYTES_H_

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace herodotus::syntax {

class ByteWriter {
 public:
  template <typename T>
  void Put(T v) {
    static_assert(std::is_trivially_copyable_v<T>);
    out_.append(reinterpret_cast<const char*>(&v), sizeof v);
  }
  void PutString(std::string_view s) {
    Put<uint32_t>(static_cast<uint32_t>(s.size()));
    out_.append(s);
  }
  template <typename T>
  void PutVector(const std::vector<T>& v) {
    static_assert(std::is_trivially_copyable_v<T>);
    Put<uint64_t>(v.size());
    out_.append(reinterpret_cast<const char*>(v.data()), v.size() * sizeof(T));
  }
  void PutStrings(const std::vector<std::string>& v) {
    Put<uint32_t>(static_cast<uint32_t>(v.size()));
    for (const auto& s : v) PutString(s);
  }
  std::string& data() { return out_; }

 private:
  std::string out_;
};

class ByteReader {
 public:
  explicit ByteReader(std::string_view data) : data_(data) {}
  template <typename T>
  bool Get(T* v) {
    static_assert(std::is_trivially_copyable_v<T>);
    if (!ok_ || data_.size() - pos_ < sizeof(T)) return ok_ = false;
    std::memcpy(v, data_.data() + pos_, sizeof(T));
    pos_ += sizeof(T);
    return true;
  }
  bool GetString(std::string* s) {
    uint32_t n = 0;
    if (!Get(&n) || data_.size() - pos_ < n) return ok_ = false;
    s->assign(data_.data() + pos_, n);
    pos_ += n;
    return true;
  }
  template <typename T>
  bool GetVector(std::vector<T>* v, uint64_t max_items = 1ull << 32) {
    uint64_t n = 0;
    if (!Get(&n) || n > max_items || (data_.size() - pos_) / sizeof(T) < n) return ok_ = false;
    v->resize(n);
    if (n) std::memcpy(v->data(), data_.data() + pos_, n * sizeof(T));
    pos_ += n * sizeof(T);
    return true;
  }
  bool GetStrings(std::vector<std::string>* v) {
    uint32_t n = 0;
    if (!Get(&n) || n > data_.size() - pos_) return ok_ = false;  // each string costs >= 4 bytes
    v->resize(n);
    for (auto& s : *v) {
      if (!GetString(&s)) return false;
    }
    return true;
  }
  bool ok() const { return ok_; }
  bool at_end() const { return pos_ == data_.size(); }
  size_t remaining() const { return data_.size() - pos_; }

 private:
  std::string_view data_;
  size_t pos_ = 0;
  bool ok_ = true;
};

}  // namespace herodotus::syntax

#endif  // HERODOTUS_SYNTAX_BYTES_H_
