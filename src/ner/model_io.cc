#include "ner/model_io.h"

#include <fmt/format.h>
#include <xxhash.h>
#include <zstd.h>

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>

#include "ner/tags.h"

namespace herodotus::ner {
namespace {

static_assert(std::endian::native == std::endian::little, "model files are little-endian");

constexpr char kMagic[8] = {'H', 'D', 'N', 'E', 'R', 'M', 'D', 'L'};
constexpr size_t kHeaderSize = 40;
// Refuse absurd sizes from a corrupt header before allocating.
constexpr uint64_t kMaxPayload = uint64_t{1} << 30;
constexpr uint32_t kMaxWords = 1000;

class Writer {
 public:
  template <typename T>
  void Put(T v) {
    out_.append(reinterpret_cast<const char*>(&v), sizeof v);
  }
  void Str(std::string_view s) {
    Put<uint32_t>(static_cast<uint32_t>(s.size()));
    out_.append(s);
  }
  std::string& out() { return out_; }

 private:
  std::string out_;
};

class Reader {
 public:
  explicit Reader(std::string_view in) : in_(in) {}
  template <typename T>
  bool Get(T* v) {
    if (in_.size() - pos_ < sizeof(T)) return false;
    std::memcpy(v, in_.data() + pos_, sizeof(T));
    pos_ += sizeof(T);
    return true;
  }
  bool Str(std::string* s) {
    uint32_t n;
    if (!Get(&n) || in_.size() - pos_ < n) return false;
    s->assign(in_.data() + pos_, n);
    pos_ += n;
    return true;
  }
  size_t remaining() const { return in_.size() - pos_; }

 private:
  std::string_view in_;
  size_t pos_ = 0;
};

uint64_t Checksum(std::string_view header32, std::string_view payload) {
  XXH64_state_t* st = XXH64_createState();
  XXH64_reset(st, 0);
  XXH64_update(st, header32.data(), header32.size());
  XXH64_update(st, payload.data(), payload.size());
  uint64_t h = XXH64_digest(st);
  XXH64_freeState(st);
  return h;
}

}  // namespace

std::vector<std::string> TagWords(const Model& model, const std::vector<std::string>& words) {
  SentenceFeatures feats;
  ExtractFeatures(words, &feats, &model.lexicon());
  std::vector<int> ids;
  model.Decode(feats, &ids);
  std::vector<std::string> bilou;
  bilou.reserve(ids.size());
  for (int id : ids) bilou.push_back(model.labels()[id]);
  return IobFromSpans(static_cast<int>(words.size()), SpansFromBilou(bilou));
}

Result<std::string> SerializeModel(const Model& model, std::string_view metadata,
                                   const std::vector<SelfTest>& self_tests) {
  const int L = model.num_labels();
  if (L < 1 || L > Model::kMaxLabels) return Status::InvalidArgument("NER model: bad label count");
  if (model.scale() <= 0) return Status::InvalidArgument("NER model: quantize before saving");
  Writer w;
  w.Put<uint32_t>(kFeatureVersion);
  w.Str(metadata);
  w.Put<uint32_t>(static_cast<uint32_t>(L));
  for (const std::string& l : model.labels()) w.Str(l);
  w.Put<float>(model.scale());
  for (float t : model.transitions()) w.Put<float>(t);
  for (float t : model.end()) w.Put<float>(t);
  w.Put<uint32_t>(static_cast<uint32_t>(model.keys().size()));
  for (uint64_t k : model.keys()) w.Put<uint64_t>(k);
  for (size_t r = 0; r < model.keys().size(); ++r) {
    const float* row = model.row(r);
    uint32_t mask = 0;
    int16_t q[Model::kMaxLabels];
    for (int l = 0; l < L; ++l) {
      long v = std::lround(row[l] / model.scale());
      if (v < -32767 || v > 32767) return Status::InvalidArgument("NER model: weight out of range");
      q[l] = static_cast<int16_t>(v);
      if (v != 0) mask |= 1u << l;
    }
    w.Put<uint32_t>(mask);
    for (int l = 0; l < L; ++l) {
      if (mask & (1u << l)) w.Put<int16_t>(q[l]);
    }
  }
  std::vector<std::pair<std::string, uint8_t>> lex(model.lexicon().entries().begin(),
                                                   model.lexicon().entries().end());
  std::sort(lex.begin(), lex.end());
  w.Put<uint32_t>(static_cast<uint32_t>(lex.size()));
  for (const auto& [word, bits] : lex) {
    w.Str(word);
    w.Put<uint8_t>(bits);
  }
  w.Put<uint32_t>(static_cast<uint32_t>(self_tests.size()));
  for (const SelfTest& t : self_tests) {
    w.Put<uint32_t>(static_cast<uint32_t>(t.words.size()));
    for (const std::string& s : t.words) w.Str(s);
    for (const std::string& s : t.tags) w.Str(s);
  }
  return EncodeModelFile(w.out());
}

Result<std::string> EncodeModelFile(std::string_view payload) {
  std::string compressed(ZSTD_compressBound(payload.size()), '\0');
  size_t csize = ZSTD_compress(compressed.data(), compressed.size(), payload.data(), payload.size(), 19);
  if (ZSTD_isError(csize)) {
    return Status::Internal(fmt::format("NER model: zstd: {}", ZSTD_getErrorName(csize)));
  }
  compressed.resize(csize);

  Writer h;
  h.out().append(kMagic, sizeof kMagic);
  h.Put<uint32_t>(kModelFormatVersion);
  h.Put<uint32_t>(0);
  h.Put<uint64_t>(payload.size());
  h.Put<uint64_t>(csize);
  h.Put<uint64_t>(Checksum(h.out(), compressed));
  return h.out() + compressed;
}

Result<ModelFile> ParseModel(std::string_view bytes, std::string_view name) {
  auto loss = [&](std::string_view why) {
    return Status::DataLoss(fmt::format("{}: NER model: {}", name, why));
  };
  if (bytes.size() < kHeaderSize) {
    return loss(fmt::format("truncated ({} bytes, header needs {})", bytes.size(), kHeaderSize));
  }
  if (std::memcmp(bytes.data(), kMagic, sizeof kMagic) != 0) return loss("not a NER model (bad magic)");
  Reader hr(bytes.substr(8, kHeaderSize - 8));
  uint32_t version = 0, reserved = 0;
  uint64_t raw_size = 0, csize = 0, sum = 0;
  hr.Get(&version);
  hr.Get(&reserved);
  hr.Get(&raw_size);
  hr.Get(&csize);
  hr.Get(&sum);
  if (version > kModelFormatVersion) {
    return Status::Unsupported(fmt::format(
        "{}: NER model format version {} is newer than this build supports ({}); upgrade herodotus",
        name, version, kModelFormatVersion));
  }
  if (version == 0) return loss("bad format version 0");
  if (csize != bytes.size() - kHeaderSize) {
    return loss(fmt::format("{} payload bytes, header says {} (truncated or trailing data)",
                            bytes.size() - kHeaderSize, csize));
  }
  std::string_view compressed = bytes.substr(kHeaderSize);
  if (Checksum(bytes.substr(0, 32), compressed) != sum) return loss("checksum mismatch (corrupt file)");
  if (raw_size > kMaxPayload) return loss("payload size implausible");
  std::string payload(raw_size, '\0');
  size_t got = ZSTD_decompress(payload.data(), payload.size(), compressed.data(), compressed.size());
  if (ZSTD_isError(got)) return loss(fmt::format("decompression failed: {}", ZSTD_getErrorName(got)));
  if (got != raw_size) return loss("decompressed size does not match header");

  Reader r(payload);
  uint32_t feature_version = 0, L = 0;
  ModelFile file;
  if (!r.Get(&feature_version)) return loss("payload truncated");
  if (feature_version != kFeatureVersion) {
    return Status::Unsupported(fmt::format("{}: NER model uses feature set {}, this build has {}",
                                           name, feature_version, kFeatureVersion));
  }
  if (!r.Str(&file.metadata) || !r.Get(&L)) return loss("payload truncated");
  if (L < 1 || L > Model::kMaxLabels) return loss(fmt::format("bad label count {}", L));
  std::vector<std::string> labels(L);
  for (auto& l : labels) {
    if (!r.Str(&l)) return loss("payload truncated in labels");
  }
  if (labels[0] != "O") return loss("first label must be O");
  for (const auto& l : labels) {
    char p;
    std::string_view type;
    if (!SplitTag(l, &p, &type)) return loss(fmt::format("bad label '{}'", l.substr(0, 40)));
  }
  float scale = 0;
  if (!r.Get(&scale) || !(scale > 0) || !std::isfinite(scale)) return loss("bad quantization step");
  std::vector<float> trans((L + 1) * L), end(L);
  for (float& t : trans) {
    if (!r.Get(&t) || !std::isfinite(t)) return loss("bad transitions");
  }
  for (float& t : end) {
    if (!r.Get(&t) || !std::isfinite(t)) return loss("bad transitions");
  }
  uint32_t rows = 0;
  if (!r.Get(&rows) || rows > r.remaining() / 12) return loss("bad feature count");
  std::vector<uint64_t> keys(rows);
  for (uint32_t i = 0; i < rows; ++i) {
    if (!r.Get(&keys[i])) return loss("payload truncated in keys");
    if (keys[i] == 0 || (i > 0 && keys[i] <= keys[i - 1])) return loss("feature keys not sorted");
  }
  std::vector<float> weights(static_cast<size_t>(rows) * L, 0.0f);
  for (uint32_t i = 0; i < rows; ++i) {
    uint32_t mask;
    if (!r.Get(&mask)) return loss("payload truncated in weights");
    if (L < 32 && (mask >> L) != 0) return loss("bad weight mask");
    for (uint32_t l = 0; l < L; ++l) {
      if (!(mask & (1u << l))) continue;
      int16_t q;
      if (!r.Get(&q)) return loss("payload truncated in weights");
      weights[static_cast<size_t>(i) * L + l] = static_cast<float>(q) * scale;
    }
  }
  uint32_t nlex = 0;
  if (!r.Get(&nlex) || nlex > r.remaining() / 5) return loss("bad lexicon size");
  Lexicon lexicon;
  std::string word;
  for (uint32_t i = 0; i < nlex; ++i) {
    uint8_t bits;
    if (!r.Str(&word) || !r.Get(&bits)) return loss("payload truncated in lexicon");
    lexicon.Add(word, bits);
  }
  uint32_t ntests = 0;
  if (!r.Get(&ntests) || ntests > 1000) return loss("bad self-test count");
  for (uint32_t t = 0; t < ntests; ++t) {
    SelfTest st;
    uint32_t n = 0;
    if (!r.Get(&n) || n > kMaxWords) return loss("bad self-test");
    st.words.resize(n);
    st.tags.resize(n);
    for (auto& s : st.words) {
      if (!r.Str(&s)) return loss("payload truncated in self-tests");
    }
    for (auto& s : st.tags) {
      if (!r.Str(&s)) return loss("payload truncated in self-tests");
    }
    file.self_tests.push_back(std::move(st));
  }
  if (r.remaining() != 0) return loss(fmt::format("{} unexpected bytes after the payload", r.remaining()));

  file.model = std::make_unique<Model>(std::move(labels), std::move(trans), std::move(end));
  file.model->SetWeights(std::move(keys), std::move(weights));
  file.model->SetScale(scale);
  file.model->SetLexicon(std::move(lexicon));
  for (size_t t = 0; t < file.self_tests.size(); ++t) {
    const SelfTest& st = file.self_tests[t];
    if (TagWords(*file.model, st.words) != st.tags) {
      return loss(fmt::format("self-test sentence {} gives different tags than when the model was saved", t + 1));
    }
  }
  return file;
}

}  // namespace herodotus::ner
