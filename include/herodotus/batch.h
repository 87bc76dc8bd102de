// herodotus — batch runs: many articles coded on all cores, results handed
// back in input order.
//
//   herodotus::BatchOptions bo; bo.threads = 2;
//   herodotus::Status s = herodotus::RunBatch(*pipeline, *reader, bo,
//       [&](herodotus::BatchItem& item) { write item.events; return true; });
//
// Memory is flat in the input size: at most `in_flight` articles are held at
// once. The sink runs on one thread at a time, in input order, so it may
// write to a stream or a Store without locking.
#ifndef HERODOTUS_BATCH_H_
#define HERODOTUS_BATCH_H_

#include <functional>
#include <vector>

#include "herodotus/article.h"
#include "herodotus/event.h"
#include "herodotus/ingest.h"
#include "herodotus/pipeline.h"
#include "herodotus/status.h"

namespace herodotus {

struct BatchOptions {
  int threads = 1;         // 0 = all cores
  int in_flight = 0;       // articles held at once; 0 = 4 per thread
  bool quotes = false;     // also collect quotations
  bool code = true;        // false: Analyze only (no events)
  // Called (in input order, before coding) to skip articles already done,
  // e.g. found in a Store. May be empty.
  std::function<bool(const Article&)> skip;
};

struct BatchItem {
  Document doc;                // doc.article is the input article
  std::vector<Event> events;
  std::vector<Quote> quotes;
  Status status;               // kBadInput etc. for this article; the batch goes on
  bool skipped = false;        // BatchOptions::skip said so
};

// Codes every article `reader` yields. The sink returns false to stop early.
// Returns the reader's I/O status (per-article failures are in BatchItem).
Status RunBatch(const Pipeline& pipeline, ArticleReader& reader, const BatchOptions& options,
                const std::function<bool(BatchItem&)>& sink);

}  // namespace herodotus

#endif  // HERODOTUS_BATCH_H_
