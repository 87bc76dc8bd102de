// Gazetteer::Load on files: gzip'd and plain, a gzip trailer that lies about
// the inflated size, truncated and damaged gzip data, an empty file.
#include <gtest/gtest.h>
#include <zlib.h>

#include <cstdio>
#include <string>

#include "discourse/gazetteer.h"

namespace herodotus::discourse {
namespace {

const char kText[] =
    "#herodotus-gazetteer\t1\t2\n"
    "C\t99237\tIraq\t\tIRQ\t33.34\t44.40\t29671605\tRepublic of Iraq\n"
    "P:PPLA\t99532\tBasrah\tBasra\tIRQ\t30.50852\t47.7804\t2600000\tBasra|Al Basrah\n";

std::string Write(const std::string& name, const std::string& bytes) {
  std::string path = ::testing::TempDir() + "/" + name;
  std::FILE* f = std::fopen(path.c_str(), "wb");
  EXPECT_TRUE(f != nullptr);
  std::fwrite(bytes.data(), 1, bytes.size(), f);
  std::fclose(f);
  return path;
}

// In memory (a shared temporary file raced between tests run in parallel).
std::string Gzip(const std::string& text) {
  z_stream z{};
  EXPECT_EQ(deflateInit2(&z, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY), Z_OK);
  std::string out(deflateBound(&z, static_cast<uLong>(text.size())) + 32, '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(text.data()));
  z.avail_in = static_cast<uInt>(text.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  EXPECT_EQ(deflate(&z, Z_FINISH), Z_STREAM_END);
  out.resize(z.total_out);
  deflateEnd(&z);
  return out;
}

TEST(GazetteerLoad, GzipAndPlain) {
  for (const std::string& path : {Write("g1.tsv.gz", Gzip(kText)), Write("g1.tsv", kText)}) {
    auto g = Gazetteer::Load(path);
    ASSERT_TRUE(g.ok()) << path << ": " << g.status().message();
    EXPECT_EQ((*g)->size(), 2u);
    EXPECT_EQ((*g)->Lookup("Basra").size(), 1u);
  }
}

// n towns, more than the loader's first buffer when n is in the thousands.
std::string Towns(int n) {
  std::string t = "#herodotus-gazetteer\t1\t" + std::to_string(n) + "\n";
  for (int i = 0; i < n; ++i)
    t += "P:PPL\t" + std::to_string(1000 + i) + "\tTown" + std::to_string(i) +
         "\tSomewhere\tIRQ\t30.5\t47.7\t20000\tAlias" + std::to_string(i) + "|Other Name\n";
  return t;
}

TEST(GazetteerLoad, TrailerIsOnlyAHint) {
  const std::string text = Towns(3000);
  ASSERT_GT(text.size(), 1u << 17);
  auto good = Gazetteer::Load(Write("g2.tsv.gz", Gzip(text)));
  ASSERT_TRUE(good.ok()) << good.status().message();
  EXPECT_EQ((*good)->size(), 3000u);
  std::string gz = Gzip(text);
  for (uint32_t isize : {0u, 7u, 0xffffffffu}) {
    for (int i = 0; i < 4; ++i) gz[gz.size() - 4 + i] = static_cast<char>(isize >> (8 * i));
    // zlib checks the trailer itself: a wrong size is damaged data, never a
    // crash or a huge allocation.
    EXPECT_FALSE(Gazetteer::Load(Write("g2.tsv.gz", gz)).ok()) << isize;
  }
}

TEST(GazetteerLoad, DamagedFiles) {
  std::string gz = Gzip(kText);
  auto truncated = Gazetteer::Load(Write("g3.tsv.gz", gz.substr(0, gz.size() / 2)));
  EXPECT_FALSE(truncated.ok());
  std::string flipped = gz;
  flipped[gz.size() / 2] ^= 0x55;
  EXPECT_FALSE(Gazetteer::Load(Write("g4.tsv.gz", flipped)).ok());
  EXPECT_FALSE(Gazetteer::Load(Write("g5.tsv.gz", "")).ok());
  EXPECT_FALSE(Gazetteer::Load(Write("g6.tsv.gz", "\x1f\x8b")).ok());
  auto missing = Gazetteer::Load(::testing::TempDir() + "/no-such-gazetteer.tsv.gz");
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().code(), StatusCode::kNotFound);
}

}  // namespace
}  // namespace herodotus::discourse
