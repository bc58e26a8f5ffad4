// clusterkg eval: precision, recall and F1 of the extractor on annotated
// articles (--gold, the format and matching rules of shared/eval) or on the
// company, government and address labels of CLUENER2020 (--cluener).
#include <cstdio>
#include <memory>

#include "cli/commands.h"
#include "eval/cluener.h"
#include "eval/gold.h"
#include "eval/runner.h"
#include "eval/scorer.h"
#include "extract/extractor.h"
#include "util/exit_codes.h"

namespace ckg::cli {
namespace {

struct EvalOptions {
  std::string gold;
  std::string cluener;
  bool lenient = false;
  bool misses = false;
  bool spurious_relations = false;
  bool json = false;
  std::size_t limit = 0;
};

int run_gold(const EvalOptions& o) {
  std::string error;
  const auto files = eval::gold_files(o.gold, error);
  if (files.empty()) {
    std::fprintf(stderr, "clusterkg: error: %s\n", error.c_str());
    return exit_code::kUsage;
  }
  eval::Scores scores;
  scores.spurious_relations = o.spurious_relations;
  for (const auto& f : files) {
    auto gold = eval::read_gold(f, error);
    if (!gold) {
      std::fprintf(stderr, "clusterkg: error: %s\n", error.c_str());
      return exit_code::kFailure;
    }
    Article a;
    if (!eval::read_article(gold->id, gold->text, a, error)) {
      scores.failures.push_back(gold->id + ": " + error);
      eval::count_failed(*gold, scores);
      continue;
    }
    const eval::GraphView view(eval::build_triples(a));
    eval::score_doc(*gold, view, o.lenient, scores);
  }
  const bool misses = o.misses || o.spurious_relations;
  const std::string out = o.json ? eval::format_json(scores, misses) : eval::format_report(scores, misses);
  std::fwrite(out.data(), 1, out.size(), stdout);
  return exit_code::kOk;
}

int run_cluener(const EvalOptions& o) {
  std::string error;
  auto records = eval::read_cluener(o.cluener, error);
  if (!records) {
    std::fprintf(stderr, "clusterkg: error: %s\n", error.c_str());
    return exit_code::kFailure;
  }
  eval::ClueScores scores;
  std::size_t n = 0;
  for (const auto& r : *records) {
    if (o.limit && n++ >= o.limit) break;
    Article a;
    if (!eval::read_article("cluener", r.text, a, error)) {
      eval::score_cluener(r, {}, scores);
      continue;
    }
    eval::score_cluener(r, eval::cluener_spans(extract_article(a)), scores);
  }
  const std::string out = eval::format_cluener(scores, o.misses);
  std::fwrite(out.data(), 1, out.size(), stdout);
  return exit_code::kOk;
}

}  // namespace

void add_eval_command(CLI::App& app, Action& run) {
  auto* cmd = app.add_subcommand(
      "eval", "Measure extraction: precision/recall/F1 on gold files (--gold) or on CLUENER2020 labels (--cluener)");
  auto o = std::make_shared<EvalOptions>();
  auto* gold = cmd->add_option("--gold", o->gold, "A *.gold.json file or a folder of them (format of shared/eval)");
  auto* clue = cmd->add_option("--cluener", o->cluener, "A CLUENER2020 JSON Lines file (dev.json)");
  gold->excludes(clue);
  cmd->add_flag("--lenient", o->lenient, "Also accept names that contain each other (as score.py --lenient)");
  cmd->add_flag("--misses", o->misses, "List every miss and spurious item (as score.py --misses)");
  cmd->add_flag("--spurious-relations", o->spurious_relations,
                "List the misses and also the relations no gold relation accounts for (--gold only)");
  cmd->add_flag("--json", o->json, "Print the result as JSON (as score.py --json; --gold only)");
  cmd->add_option("--limit", o->limit, "Evaluate only the first N CLUENER sentences");
  cmd->callback([&run, o]() {
    run = [o]() {
      if (o->gold.empty() == o->cluener.empty()) {
        std::fprintf(stderr, "clusterkg: error: eval needs --gold DIR or --cluener FILE\n");
        return exit_code::kUsage;
      }
      return o->gold.empty() ? run_cluener(*o) : run_gold(*o);
    };
  });
}

}  // namespace ckg::cli
