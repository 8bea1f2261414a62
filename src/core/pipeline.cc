// Pipeline: the list of stages, in order. Each later stage adds one line to analyze() and, if it
// has resources, one member to Resources, loaded in the constructor.
#include <lagebild/pipeline.h>
#include <lagebild/text.h>

namespace lagebild {

// Everything the stages read, loaded once and never changed afterwards.
struct Pipeline::Resources {
  SegmenterOptions segmenter;
};

Pipeline::Pipeline(const PipelineOptions& options)
    : resources_(std::make_unique<Resources>()), options_(options) {
  // The segmenter loads its lexicons on first use; do it now, so that a missing data file is
  // reported before any input is read, and no worker pays for it.
  Document warm_up;
  warm_up.text = "Warm-up.";
  segment(warm_up, resources_->segmenter);
}

Pipeline::~Pipeline() = default;

const PipelineOptions& Pipeline::options() const {
  return options_;
}

void Pipeline::analyze(Document& doc) const {
  segment(doc, resources_->segmenter);
}

}  // namespace lagebild
