#include "time/dating_score.h"

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <thread>

#include <time.h>

#include "time/dating_calendar.h"

namespace lagebild::dating {

DatingScore score_dating(const DocumentDater& dater,
                         const std::vector<const DatedArticle*>& articles, int threads,
                         const std::function<void(const DatingPrediction&)>& each) {
  std::vector<DatingPrediction> predictions(articles.size());
  std::atomic<size_t> next{0};
  std::atomic<int64_t> cpu_ns{0};
  auto thread_cpu_ns = [] {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<int64_t>(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
  };
  auto work = [&] {
    int64_t spent = 0;
    for (size_t i = next++; i < articles.size(); i = next++) {
      Document doc;
      doc.id = articles[i]->id;
      doc.text = articles[i]->text;
      if (!articles[i]->title.empty()) doc.title = articles[i]->title;
      predictions[i].article = articles[i];
      const int64_t before = thread_cpu_ns();
      predictions[i].date = dater.infer(doc);
      spent += thread_cpu_ns() - before;
    }
    cpu_ns += spent;
  };
  std::vector<std::thread> pool;
  for (int t = 1; t < std::max(1, threads); ++t) pool.emplace_back(work);
  work();
  for (auto& t : pool) t.join();

  DatingScore s;
  s.cpu_seconds = static_cast<double>(cpu_ns.load()) * 1e-9;
  for (const DatedArticle* a : articles) s.text_bytes += a->text.size();
  std::vector<int> errors;
  for (const auto& p : predictions) {
    if (each) each(p);
    const DatedArticle& a = *p.article;
    int y = 0, m = 0, d = 0;
    if (!parse_date(p.date.value, y, m, d)) {
      errors.push_back(1 << 20);
      ++s.n;
      continue;
    }
    const int truth = month_index(a.year, a.month), guess = month_index(y, m);
    s.year_accuracy += y == a.year;
    s.month_accuracy += guess == truth;
    s.within_one_month += std::abs(guess - truth) <= 1;
    const int guess_day = d > 0 ? day_number(y, m, d) : middle_day(guess);
    errors.push_back(std::abs(guess_day - day_number(a.year, a.month, a.day)));
    s.mean_confidence += p.date.confidence;
    ++s.n;
  }
  if (s.n > 0) {
    const double n = static_cast<double>(s.n);
    s.year_accuracy /= n;
    s.month_accuracy /= n;
    s.within_one_month /= n;
    s.mean_confidence /= n;
    std::sort(errors.begin(), errors.end());
    s.median_days = errors.size() % 2 == 1
                        ? errors[errors.size() / 2]
                        : 0.5 * (errors[errors.size() / 2 - 1] + errors[errors.size() / 2]);
  }
  return s;
}

}  // namespace lagebild::dating
