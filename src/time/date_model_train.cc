#include "time/date_model_train.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <numeric>
#include <random>
#include <unordered_map>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "time/dating_calendar.h"
#include "time/dating_cues.h"
#include "time/dating_evidence.h"
#include "time/dating_tokens.h"

namespace lagebild::dating {
namespace {

// Histogram with add-half smoothing, normalised.
OffsetTable table_from_counts(int min_offset, const std::vector<double>& counts) {
  OffsetTable t;
  t.min_offset = min_offset;
  double sum = 0;
  for (double c : counts) sum += c + 0.5;
  t.probability.resize(counts.size());
  for (size_t k = 0; k < counts.size(); ++k)
    t.probability[k] = static_cast<float>((counts[k] + 0.5) / sum);
  t.floor = static_cast<float>(0.25 / sum);
  return t;
}

struct TrainingDoc {
  std::vector<uint32_t> features;
  int cls = 0;
};

// The neighbours: every training article as its `keep` strongest tf-idf terms (binary tf,
// idf = log(N / df) over the training articles), weights from the full vector's norm.
void build_neighbours(const std::vector<TrainingDoc>& docs, size_t vocabulary, int first_class,
                      int keep, DatingModel& model) {
  if (keep <= 0 || docs.empty()) return;
  std::vector<uint32_t> df(vocabulary, 0);
  for (const auto& d : docs)
    for (uint32_t f : d.features) ++df[f];
  model.idf.assign(vocabulary, 0.0f);
  for (size_t f = 0; f < vocabulary; ++f)
    model.idf[f] =
        df[f] == 0 ? 0.0f : static_cast<float>(std::log(static_cast<double>(docs.size()) / df[f]));
  model.neighbour_start.assign(1, 0);
  std::vector<std::pair<float, uint32_t>> terms;
  for (const auto& d : docs) {
    terms.clear();
    double norm = 0;
    for (uint32_t f : d.features) {
      terms.emplace_back(model.idf[f], f);
      norm += static_cast<double>(model.idf[f]) * model.idf[f];
    }
    if (norm <= 0) continue;
    // Strongest first, ties by id (deterministic); then back in id order for the file.
    std::sort(terms.begin(), terms.end(), [](const auto& a, const auto& b) {
      return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    if (terms.size() > static_cast<size_t>(keep)) terms.resize(static_cast<size_t>(keep));
    std::sort(terms.begin(), terms.end(),
              [](const auto& a, const auto& b) { return a.second < b.second; });
    const double inv = 1.0 / std::sqrt(norm);
    model.neighbour_month.push_back(first_class + d.cls);
    for (const auto& [w, f] : terms) {
      model.neighbour_terms.push_back(f);
      // Quantised as the file stores it, so that a trained and a loaded model agree.
      model.neighbour_weights.push_back(static_cast<float>(std::lround(w * inv * 65535.0)) /
                                        65535.0f);
    }
    model.neighbour_start.push_back(static_cast<uint32_t>(model.neighbour_terms.size()));
  }
  model.build_postings();
}

}  // namespace

std::shared_ptr<DatingModel> train_dating_model(
    const std::vector<const DatedArticle*>& articles, const DatingTrainOptions& options,
    const std::string& training_data, const std::function<void(const std::string&)>& log) {
  auto model = std::make_shared<DatingModel>();
  model->training_data = training_data;
  model->temperature = static_cast<float>(options.temperature);
  model->late_decay = static_cast<float>(options.late_decay);

  // Pass 1: cues for the offset tables, features and document frequencies for the vocabulary.
  // Years named ahead of publication ("bis 2030") are common; the table covers them.
  constexpr int kDateMin = -12, kDateMax = 120, kYearMin = -15, kYearMax = 15;
  std::vector<double> latest_date(kDateMax - kDateMin + 1), latest_year(kYearMax - kYearMin + 1),
      day_month(12), month_name(12);
  std::unordered_map<std::string, uint32_t> df;
  std::vector<std::vector<std::string>> doc_features(articles.size());
  int last_month = 0;
  for (size_t i = 0; i < articles.size(); ++i) {
    const DatedArticle& a = *articles[i];
    const int pub = month_index(a.year, a.month);
    last_month = std::max(last_month, pub);
    const auto tokens = tokenize_for_dating(a.text);
    const auto cues = find_date_cues(tokens);
    if (const DateCue* c = latest_dated_cue(cues)) {
      const int off = pub - month_index(c->year, c->month);
      if (off >= kDateMin && off <= kDateMax) latest_date[static_cast<size_t>(off - kDateMin)] += 1;
    }
    if (const DateCue* c = latest_year_cue(cues)) {
      const int off = a.year - c->year;
      if (off >= kYearMin && off <= kYearMax) latest_year[static_cast<size_t>(off - kYearMin)] += 1;
    }
    // Each article weighs one in the cyclic tables however many mentions it has.
    int n_dm = 0, n_mn = 0;
    for (const auto& c : cues) {
      n_dm += c.kind == DateCue::Kind::kDayMonth;
      n_mn += c.kind == DateCue::Kind::kMonthName;
    }
    for (const auto& c : cues) {
      const int cyc = ((a.month - c.month) % 12 + 12) % 12;
      if (c.kind == DateCue::Kind::kDayMonth) day_month[static_cast<size_t>(cyc)] += 1.0 / n_dm;
      if (c.kind == DateCue::Kind::kMonthName) month_name[static_cast<size_t>(cyc)] += 1.0 / n_mn;
    }
    const bool vocabulary_corpus =
        options.vocabulary_corpora.empty() ||
        std::find(options.vocabulary_corpora.begin(), options.vocabulary_corpora.end(), a.corpus) !=
            options.vocabulary_corpora.end();
    if (a.year >= options.first_class_year && vocabulary_corpus) {
      doc_features[i] = vocabulary_features(tokens);
      for (const auto& f : doc_features[i]) ++df[f];
    }
  }
  model->tables[std::string(kTableLatestDate)] = table_from_counts(kDateMin, latest_date);
  model->tables[std::string(kTableLatestYear)] = table_from_counts(kYearMin, latest_year);
  model->tables[std::string(kTableDayMonth)] = table_from_counts(0, day_month);
  model->tables[std::string(kTableMonthName)] = table_from_counts(0, month_name);

  // Vocabulary: frequent enough to generalise, not so frequent as to be a function word; the
  // most frequent first up to the cap, ties broken by the word itself for determinism.
  size_t n_docs = 0;
  for (const auto& f : doc_features) n_docs += !f.empty();
  std::vector<std::pair<uint32_t, std::string>> ranked;
  for (const auto& [word, count] : df) {
    if (count >= static_cast<uint32_t>(options.min_df) &&
        count <= options.max_df_share * static_cast<double>(n_docs))
      ranked.emplace_back(count, word);
  }
  std::sort(ranked.begin(), ranked.end(), [](const auto& x, const auto& y) {
    return x.first != y.first ? x.first > y.first : x.second < y.second;
  });
  if (ranked.size() > static_cast<size_t>(options.max_features))
    ranked.resize(static_cast<size_t>(options.max_features));
  std::sort(ranked.begin(), ranked.end(),
            [](const auto& x, const auto& y) { return x.second < y.second; });
  for (const auto& [count, word] : ranked)
    model->vocabulary.emplace(word, static_cast<uint32_t>(model->vocabulary.size()));

  model->first_class = month_index(options.first_class_year, 1);
  model->num_classes = last_month - model->first_class + 1;
  const int C = model->num_classes;
  const size_t V = model->vocabulary.size();
  model->feature_config = fmt::format(
      "lower-cased words (2+ chars, inner hyphens kept) and years as y<YYYY>; binary, "
      "L2-normalised per article; min_df={} max_df_share={} max_features={}; classes {}..{}; "
      "{}, epochs={} lr={} nb_alpha={} label_sigma={}; vocabulary corpora: {}; neighbours: "
      "{} strongest tf-idf terms per article",
      options.min_df, options.max_df_share, options.max_features, format_month(model->first_class),
      format_month(last_month),
      options.method == "nb" ? "multinomial Naive Bayes on word presence"
                             : "multinomial logistic regression, averaged SGD",
      options.epochs, options.learning_rate, options.nb_alpha, options.label_sigma,
      options.vocabulary_corpora.empty()
          ? std::string("all")
          : fmt::format("{}", fmt::join(options.vocabulary_corpora, ", ")),
      options.neighbour_terms);

  std::vector<TrainingDoc> docs;
  for (size_t i = 0; i < articles.size(); ++i) {
    if (doc_features[i].empty()) continue;
    TrainingDoc d;
    d.cls = month_index(articles[i]->year, articles[i]->month) - model->first_class;
    for (const auto& f : doc_features[i]) {
      auto it = model->vocabulary.find(f);
      if (it != model->vocabulary.end()) d.features.push_back(it->second);
    }
    std::sort(d.features.begin(), d.features.end());
    if (!d.features.empty()) docs.push_back(std::move(d));
  }
  log(fmt::format("{} training articles, {} with vocabulary features; {} features, {} classes",
                  articles.size(), docs.size(), V, C));

  build_neighbours(docs, V, model->first_class, options.neighbour_terms, *model);

  // Soft label kernel.
  const int radius = static_cast<int>(std::ceil(2.5 * options.label_sigma));
  std::vector<double> kernel(static_cast<size_t>(2 * radius + 1));
  for (int k = -radius; k <= radius; ++k)
    kernel[static_cast<size_t>(k + radius)] =
        std::exp(-0.5 * k * k / (options.label_sigma * options.label_sigma));

  if (options.method == "nb") {
    // Naive Bayes: log P(word | month) from presence counts spread by the soft-label kernel, each
    // word's weights centred over the months (which leaves the argmax alone and keeps int16
    // quantisation precise); the bias is the log prior. class_posterior's 1/sqrt(n) scaling
    // tempers the sum, which plain Naive Bayes makes far too confident.
    std::vector<double> counts(V * static_cast<size_t>(C), 0.0),
        totals(static_cast<size_t>(C), 0.0), prior(static_cast<size_t>(C), 0.0);
    for (const auto& d : docs) {
      for (int k = -radius; k <= radius; ++k) {
        const int c = d.cls + k;
        if (c < 0 || c >= C) continue;
        const double wk = kernel[static_cast<size_t>(k + radius)];
        prior[static_cast<size_t>(c)] += wk;
        totals[static_cast<size_t>(c)] += wk * static_cast<double>(d.features.size());
        for (uint32_t f : d.features)
          counts[static_cast<size_t>(f) * static_cast<size_t>(C) + static_cast<size_t>(c)] += wk;
      }
    }
    model->weights.resize(counts.size());
    for (size_t f = 0; f < V; ++f) {
      double mean = 0;
      for (int c = 0; c < C; ++c) {
        const size_t i = f * static_cast<size_t>(C) + static_cast<size_t>(c);
        const double lp =
            std::log((counts[i] + options.nb_alpha) /
                     (totals[static_cast<size_t>(c)] + options.nb_alpha * static_cast<double>(V)));
        model->weights[i] = static_cast<float>(lp);
        mean += lp;
      }
      mean /= C;
      for (int c = 0; c < C; ++c)
        model->weights[f * static_cast<size_t>(C) + static_cast<size_t>(c)] -=
            static_cast<float>(mean);
    }
    double psum = 0;
    for (double p : prior) psum += p + 1;
    model->bias.resize(static_cast<size_t>(C));
    for (int c = 0; c < C; ++c)
      model->bias[static_cast<size_t>(c)] =
          static_cast<float>(std::log((prior[static_cast<size_t>(c)] + 1) / psum));
    return model;
  }

  // Averaged SGD (the "lazy" averaging trick: keep w and u = Σ t·Δw; average = w − u / t).
  std::vector<float> w(V * static_cast<size_t>(C), 0.0f);
  std::vector<double> u(V * static_cast<size_t>(C), 0.0);
  std::vector<double> b(static_cast<size_t>(C), 0.0), ub(static_cast<size_t>(C), 0.0);
  std::vector<size_t> order(docs.size());
  std::iota(order.begin(), order.end(), 0);
  std::mt19937 rng(options.seed);
  std::vector<double> p(static_cast<size_t>(C)), target(static_cast<size_t>(C));
  double t = 1;
  for (int epoch = 0; epoch < options.epochs; ++epoch) {
    const auto start = std::chrono::steady_clock::now();
    std::shuffle(order.begin(), order.end(), rng);
    double loss = 0;
    const double lr = options.learning_rate / (1.0 + epoch * 0.5);
    for (size_t idx : order) {
      const TrainingDoc& d = docs[idx];
      const double x = 1.0 / std::sqrt(static_cast<double>(d.features.size()));
      for (int c = 0; c < C; ++c) p[static_cast<size_t>(c)] = b[static_cast<size_t>(c)];
      for (uint32_t f : d.features) {
        const float* row = &w[static_cast<size_t>(f) * static_cast<size_t>(C)];
        for (int c = 0; c < C; ++c) p[static_cast<size_t>(c)] += x * row[c];
      }
      const double top = *std::max_element(p.begin(), p.end());
      double sum = 0;
      for (double& v : p) sum += (v = std::exp(v - top));
      for (double& v : p) v /= sum;
      std::fill(target.begin(), target.end(), 0.0);
      double tsum = 0;
      for (int k = -radius; k <= radius; ++k) {
        const int c = d.cls + k;
        if (c < 0 || c >= C) continue;
        tsum += target[static_cast<size_t>(c)] = kernel[static_cast<size_t>(k + radius)];
      }
      for (double& v : target) v /= tsum;
      loss -= std::log(std::max(1e-12, p[static_cast<size_t>(d.cls)]));
      for (int c = 0; c < C; ++c) {
        const double g = lr * (target[static_cast<size_t>(c)] - p[static_cast<size_t>(c)]);
        b[static_cast<size_t>(c)] += g;
        ub[static_cast<size_t>(c)] += t * g;
        p[static_cast<size_t>(c)] = g * x;  // reuse p as the per-class step
      }
      for (uint32_t f : d.features) {
        float* row = &w[static_cast<size_t>(f) * static_cast<size_t>(C)];
        double* urow = &u[static_cast<size_t>(f) * static_cast<size_t>(C)];
        for (int c = 0; c < C; ++c) {
          const float step = static_cast<float>(p[static_cast<size_t>(c)]);
          row[c] += step;
          urow[c] += t * step;
        }
      }
      t += 1;
    }
    const double secs =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    log(fmt::format("epoch {}: mean loss {:.4f} ({:.1f} s)", epoch + 1,
                    loss / static_cast<double>(docs.size()), secs));
  }
  model->weights.resize(w.size());
  for (size_t i = 0; i < w.size(); ++i) model->weights[i] = static_cast<float>(w[i] - u[i] / t);
  model->bias.resize(static_cast<size_t>(C));
  for (int c = 0; c < C; ++c)
    model->bias[static_cast<size_t>(c)] =
        static_cast<float>(b[static_cast<size_t>(c)] - ub[static_cast<size_t>(c)] / t);
  return model;
}

}  // namespace lagebild::dating
