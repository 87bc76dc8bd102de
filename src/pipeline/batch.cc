// Batch runs on a oneTBB pipeline: a serial reader, parallel coders, and a
// serial in-order sink. The token limit bounds memory.
#include "herodotus/batch.h"

#include <tbb/global_control.h>
#include <tbb/info.h>
#include <tbb/parallel_pipeline.h>
#include <tbb/task_arena.h>

#include <atomic>
#include <memory>

namespace herodotus {

Status RunBatch(const Pipeline& pipeline, ArticleReader& reader, const BatchOptions& options,
                const std::function<bool(BatchItem&)>& sink) {
  int threads = options.threads > 0 ? options.threads : tbb::info::default_concurrency();
  size_t tokens = options.in_flight > 0 ? options.in_flight : 4 * threads;
  std::atomic<bool> stop{false};
  tbb::task_arena arena(threads);
  arena.execute([&] {
    tbb::parallel_pipeline(
        tokens,
        tbb::make_filter<void, BatchItem*>(
            tbb::filter_mode::serial_in_order,
            [&](tbb::flow_control& fc) -> BatchItem* {
              auto item = std::make_unique<BatchItem>();
              if (stop.load() || !reader.Next(&item->doc.article)) {
                fc.stop();
                return nullptr;
              }
              if (options.skip && options.skip(item->doc.article)) item->skipped = true;
              return item.release();
            }) &
            tbb::make_filter<BatchItem*, BatchItem*>(
                tbb::filter_mode::parallel,
                [&](BatchItem* item) {
                  if (item->skipped || stop.load()) return item;
                  Article article = std::move(item->doc.article);
                  if (options.code) {
                    item->status = pipeline.Code(article, &item->doc, &item->events,
                                                 options.quotes ? &item->quotes : nullptr);
                  } else {
                    item->status = pipeline.Analyze(article, &item->doc);
                  }
                  if (item->doc.article.id.empty()) item->doc.article = std::move(article);
                  return item;
                }) &
            tbb::make_filter<BatchItem*, void>(tbb::filter_mode::serial_in_order,
                                               [&](BatchItem* raw) {
                                                 std::unique_ptr<BatchItem> item(raw);
                                                 if (!stop.load() && !sink(*item)) stop = true;
                                               }));
  });
  return reader.status();
}

}  // namespace herodotus
