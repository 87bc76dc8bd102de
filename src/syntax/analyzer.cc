#include "syntax/analyzer.h"

#include <xxhash.h>
#include <zstd.h>

#include "syntax/bytes.h"
#include "syntax/conllu.h"
#include "util/file.h"

#ifndef HERODOTUS_MODEL_DIR
#define HERODOTUS_MODEL_DIR "models"
#endif

namespace herodotus::syntax {
namespace {

constexpr char kMagic[8] = {'H', 'D', 'S', 'Y', 'N', 'T', 'A', 'X'};
constexpr size_t kHeaderSize = 8 + 4 + 4 + 8 + 8 + 8;
constexpr uint64_t kMaxPayload = 1ull << 31;  // 2 GB: anything larger is corrupt

Sentence StripAnalysis(const Sentence& s) {
  Sentence out = s;
  for (auto& t : out.tokens) {
    t.upos.clear(); t.xpos.clear(); t.feats.clear(); t.lemma.clear(); t.deprel.clear();
    t.head = -1;
  }
  return out;
}

// A parse whose root is a noun or adjective (no copula) while a finite verb
// hangs below it ("European Community foreign ministers agreed …" with
// "Community" the root and "agreed" a parataxis) is a misparse of a clause.
// Returns the word (1-based) to make the root, or 0: the first finite verb
// that is not subordinate (no marker, no relative pronoun).
int VerblessRoot(const Sentence& s) {
  const int n = static_cast<int>(s.tokens.size());
  int root = 0;
  for (int i = 0; i < n; ++i)
    if (s.tokens[i].head == 0) root = i + 1;
  if (root == 0) return 0;
  const Token& r = s.tokens[root - 1];
  if (r.upos == "VERB" || r.upos == "AUX") return 0;
  std::vector<uint8_t> subordinate(n + 1, 0);
  for (int i = 0; i < n; ++i) {
    const Token& t = s.tokens[i];
    if (t.head == root && t.deprel == "cop") return 0;
    if (t.head > 0 && (t.deprel == "mark" || t.feats.find("PronType=Rel") != std::string::npos))
      subordinate[t.head] = 1;
  }
  for (int i = 0; i < n; ++i) {
    const Token& t = s.tokens[i];
    if (t.upos == "VERB" && (t.xpos == "VBD" || t.xpos == "VBZ" || t.xpos == "VBP") && !subordinate[i + 1])
      return i + 1;
  }
  return 0;
}

}  // namespace

std::string Analyzer::DefaultPath(const std::string& model_dir) {
  return (model_dir.empty() ? std::string(HERODOTUS_MODEL_DIR) : model_dir) + "/" + kSyntaxModelFile;
}

void Analyzer::Analyze(Sentence* s, bool parse) const { Run(s, parse, beam_override_); }

void Analyzer::Run(Sentence* s, bool parse, int beam) const {
  if (s->tokens.empty()) return;
  std::vector<int> classes;
  std::vector<uint32_t> cl;
  const std::vector<uint32_t>* clp = nullptr;
  if (!clusters.empty()) {
    clusters.Of(*s, &cl);
    clp = &cl;
  }
  tagger.Tag(s, &classes, clp);
  lemmatizer.Apply(s);
  if (!parse) return;
  parser.Parse(s, classes, clp, beam);
  // The greedy parser's verbless misparses get a second, constrained pass.
  if ((beam > 0 ? beam : parser.beam_width) != 1) return;
  if (const int root = VerblessRoot(*s); root > 0) parser.Parse(s, classes, clp, 1, root);
}

std::string Analyzer::Serialize() const {
  ByteWriter p;
  p.PutString(info);
  clusters.Save(&p);
  tagger.Save(&p);
  lemmatizer.Save(&p);
  parser.Save(&p);
  p.Put<uint32_t>(static_cast<uint32_t>(parser.beam_width));
  p.PutStrings(self_tests);
  const std::string& payload = p.data();
  std::string compressed(ZSTD_compressBound(payload.size()), '\0');
  size_t csize = ZSTD_compress(compressed.data(), compressed.size(), payload.data(), payload.size(), 9);
  compressed.resize(ZSTD_isError(csize) ? 0 : csize);
  ByteWriter f;
  f.data().append(kMagic, 8);
  f.Put<uint32_t>(kSyntaxFormatVersion);
  f.Put<uint32_t>(0);
  f.Put<uint64_t>(payload.size());
  f.Put<uint64_t>(compressed.size());
  f.Put<uint64_t>(XXH64(compressed.data(), compressed.size(), 0));
  f.data() += compressed;
  return std::move(f.data());
}

void Analyzer::SetSelfTests(const std::vector<Sentence>& samples) {
  self_tests.clear();
  for (const auto& s : samples) {
    Sentence t = StripAnalysis(s);
    Run(&t, true, parser.beam_width);
    std::string out;
    AppendConllu(t, &out);
    self_tests.push_back(std::move(out));
  }
}

Status Analyzer::CheckSelfTests(const std::string& name) const {
  for (size_t i = 0; i < self_tests.size(); ++i) {
    ConlluCorpus c = ParseConllu(self_tests[i], name);
    if (c.sentences.size() != 1) return Status::DataLoss(name + ": self-test " + std::to_string(i) + " is unreadable");
    Sentence s = StripAnalysis(c.sentences[0]);
    Run(&s, true, parser.beam_width);
    std::string out;
    AppendConllu(s, &out);
    if (out != self_tests[i])
      return Status::DataLoss(name + ": self-test sentence " + std::to_string(i) +
                              " gives a different analysis than recorded (corrupt or incompatible model)");
  }
  return Status::Ok();
}

Result<std::unique_ptr<Analyzer>> Analyzer::Load(const std::string& path, bool self_test) {
  std::string bytes;
  Status st = ReadFile(path, &bytes);
  if (!st.ok()) return Status::NotFound(path + ": cannot read syntax model (" + st.message() + ")");
  return FromBytes(bytes, path, self_test);
}

Result<std::unique_ptr<Analyzer>> Analyzer::FromBytes(std::string_view bytes, const std::string& name,
                                                     bool self_test) {
  if (bytes.size() < kHeaderSize) return Status::DataLoss(name + ": truncated syntax model (header)");
  if (std::string_view(bytes.data(), 8) != std::string_view(kMagic, 8))
    return Status::DataLoss(name + ": not a herodotus syntax model (bad magic)");
  ByteReader h(bytes.substr(8, kHeaderSize - 8));
  uint32_t version = 0, reserved = 0;
  uint64_t psize = 0, csize = 0, checksum = 0;
  h.Get(&version); h.Get(&reserved); h.Get(&psize); h.Get(&csize); h.Get(&checksum);
  if (version > kSyntaxFormatVersion)
    return Status::Unsupported(name + ": syntax model format version " + std::to_string(version) +
                               " is newer than this build supports (" + std::to_string(kSyntaxFormatVersion) + ")");
  if (version == 0) return Status::DataLoss(name + ": bad format version 0");
  if (csize > bytes.size() - kHeaderSize) return Status::DataLoss(name + ": truncated syntax model");
  if (csize < bytes.size() - kHeaderSize)
    return Status::DataLoss(name + ": trailing bytes after the syntax model payload");
  std::string_view comp = bytes.substr(kHeaderSize);
  if (XXH64(comp.data(), comp.size(), 0) != checksum) return Status::DataLoss(name + ": checksum mismatch");
  if (psize > kMaxPayload) return Status::DataLoss(name + ": implausible payload size");
  unsigned long long frame = ZSTD_getFrameContentSize(comp.data(), comp.size());
  if (frame != psize) return Status::DataLoss(name + ": payload size does not match the header");
  std::string payload(psize, '\0');
  size_t got = ZSTD_decompress(payload.data(), payload.size(), comp.data(), comp.size());
  if (ZSTD_isError(got) || got != psize) return Status::DataLoss(name + ": cannot decompress the payload");
  auto a = std::make_unique<Analyzer>();
  ByteReader r(payload);
  if (!r.GetString(&a->info)) return Status::DataLoss(name + ": bad model info");
  if (version >= 2 && !a->clusters.Load(&r)) return Status::DataLoss(name + ": bad word-cluster section");
  if (!a->tagger.Load(&r)) return Status::DataLoss(name + ": bad tagger section");
  if (!a->lemmatizer.Load(&r)) return Status::DataLoss(name + ": bad lemmatizer section");
  if (!a->parser.Load(&r)) return Status::DataLoss(name + ": bad parser section");
  if (version >= 3) {
    uint32_t beam = 0;
    if (!r.Get(&beam) || beam < 1 || beam > static_cast<uint32_t>(Parser::kMaxBeam))
      return Status::DataLoss(name + ": bad parser beam width");
    a->parser.beam_width = static_cast<int>(beam);
  }
  if (!r.GetStrings(&a->self_tests)) return Status::DataLoss(name + ": bad self-test section");
  if (!r.at_end()) return Status::DataLoss(name + ": unread bytes at the end of the payload");
  if (self_test) HERODOTUS_RETURN_IF_ERROR(a->CheckSelfTests(name));
  return a;
}

}  // namespace herodotus::syntax
