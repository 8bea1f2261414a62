// `lagebild tag-ner FILE`: tags a GermEval TSV or two-column token file and prints every line
// unchanged with the predicted BIO label appended as a last tab-separated column (comment and
// blank lines pass through), so the output can be fed to conlleval-style tools.
#include <lagebild/ner.h>

#include <fstream>
#include <iostream>
#include <memory>

#include "cli/command.h"
#include "ner/conll_reader.h"

namespace lagebild::cli {
namespace {

struct TagNerArgs {
  std::string model = NerModel::default_path();
  std::string input;
};

CommandRun setup_tag_ner(CLI::App& app) {
  auto a = std::make_shared<TagNerArgs>();
  app.add_option("--model", a->model, "NER model file")->capture_default_str();
  app.add_option("FILE", a->input, "GermEval TSV or TOKEN LABEL file; - for stdin")->required();
  return [a] {
    NerTagger tagger(NerModel::load(a->model));
    std::vector<ner::ConllSentence> sentences;
    if (a->input == "-") {
      sentences = ner::read_conll(std::cin, "<stdin>");
    } else {
      sentences = ner::read_conll_file(a->input);
    }
    std::string out;
    std::vector<std::string_view> tokens;
    for (const auto& s : sentences) {
      tokens.assign(s.tokens.begin(), s.tokens.end());
      const auto labels = tagger.tag_tokens(tokens);
      size_t t = 0;
      for (const auto& line : s.lines) {
        std::string_view text(line.text);
        if (!text.empty() && text.back() == '\r') text.remove_suffix(1);
        out.append(text);
        if (line.kind == ner::ConllLine::Kind::kToken) {
          out.push_back('\t');
          out.append(labels[t++]);
        }
        out.push_back('\n');
      }
      if (out.size() > (1 << 20)) {
        std::cout << out;
        out.clear();
      }
    }
    std::cout << out;
    return std::cout ? kExitOk : kExitInputRejected;
  };
}

}  // namespace

LAGEBILD_COMMAND("tag-ner", "Append predicted NER labels to a GermEval or CoNLL token file",
                 setup_tag_ner);

}  // namespace lagebild::cli
