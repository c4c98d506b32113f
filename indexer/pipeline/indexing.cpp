#include "pipeline/indexing.h"

#include <ostream>

#include "dedupe/cluster_index.h"
#include "extract/extractor.h"
#include "newsarchive/article_json.h"
#include "pipeline/source_reader.h"
#include "writer/writer.h"

namespace newsarchive::indexer {
namespace {

// Reads every input and hands each extracted article to `consume`. Returns
// false if --strict stopped the run.
template <typename Consume>
Summary run(const InputList& list, const RunOptions& options, Reporter& reporter,
            Consume&& consume) {
  Summary summary;
  summary.skipped = list.skipped;
  for (const auto& [path, reason] : list.problems) {
    reporter.failure(path, "", reason);
    ++summary.failed;
  }
  if (options.strict && summary.failed > 0) {
    summary.stopped = true;
    return summary;
  }

  // Hands what the readers find to extraction and `consume`, counting
  // failures as they come.
  struct Sink final : ReadSink {
    const RunOptions& options;
    Reporter& reporter;
    Summary& summary;
    Consume& consume;
    bool failed = false;
    Sink(const RunOptions& o, Reporter& r, Summary& s, Consume& c)
        : options(o), reporter(r), summary(s), consume(c) {}
    void article(RawArticle&& raw) override {
      // Repairs the reader made are worth a line on stderr; what
      // extraction doubted (an inferred date) stays in the article.
      if (!raw.warnings.empty()) {
        for (const std::string& w : raw.warnings) reporter.warning(raw.origin, w);
        ++summary.repaired;
      }
      Article a = extract(raw, options.quotes ? *options.quotes : QuoteResources::defaults(),
                          options.entities ? *options.entities : EntityResources::defaults());
      if (options.clusters != nullptr) {
        a.minhash = fingerprint(a);
        a.cluster = options.clusters->assign(a.id, a.minhash);
      }
      ++summary.formats[a.format];
      consume(a, summary);
    }
    void skipped(const std::string& /*member*/) override { ++summary.skipped; }
    void failure(const std::string& input, const std::string& position,
                 const std::string& reason) override {
      reporter.failure(input, position, reason);
      ++summary.failed;
      failed = true;
    }
  };

  const std::size_t total = list.inputs.size();
  for (std::size_t i = 0; i < total; ++i) {
    Sink sink(options, reporter, summary, consume);
    if (read_source(list.inputs[i], options.readers, sink)) ++summary.inputs;
    reporter.progress(i + 1, total);
    if (sink.failed && options.strict) {
      summary.stopped = true;
      break;
    }
  }
  return summary;
}

}  // namespace

Summary index_inputs(const InputList& inputs, Writer& writer, const RunOptions& options,
                     Reporter& reporter) {
  Summary summary = run(inputs, options, reporter, [&](const Article& a, Summary& s) {
    if (writer.write(a) == Writer::Outcome::added)
      ++s.added;
    else
      ++s.replaced;
  });
  writer.commit();
  return summary;
}

Summary extract_inputs(const InputList& inputs, std::ostream& out, const RunOptions& options,
                       Reporter& reporter) {
  return run(inputs, options, reporter, [&](const Article& a, Summary& s) {
    out << to_json(a) << '\n';
    ++s.extracted;
  });
}

}  // namespace newsarchive::indexer
