// data/sample/README.md lists, per sample article, the entities and facts the
// extractor is meant to produce. This test reads those tables and checks every
// row against the graph of the bundled sample corpus (built in memory as
// `clusterkg build` does), so the README stays true to the extractor.
#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <set>
#include <sstream>

#include "extract/extractor.h"
#include "graph/article_graph.h"
#include "input/reader.h"
#include "link/resolver.h"
#include "support/helpers.h"

using namespace ckg;

namespace {

std::string trim(std::string s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.pop_back();
  std::size_t b = 0;
  while (b < s.size() && s[b] == ' ') ++b;
  return s.substr(b);
}

std::vector<std::string> split(const std::string& s, const std::string& sep) {
  std::vector<std::string> out;
  std::size_t b = 0;
  for (std::size_t k = s.find(sep); k != std::string::npos; k = s.find(sep, b)) {
    out.push_back(s.substr(b, k - b));
    b = k + sep.size();
  }
  out.push_back(s.substr(b));
  return out;
}

// A name without a trailing note in brackets ("湖南省 (province)" -> "湖南省").
std::string without_note(std::string s) {
  const auto k = s.find(" (");
  return trim(k == std::string::npos ? s : s.substr(0, k));
}

struct Section {
  std::string file, record;
  std::vector<std::vector<std::string>> rows;
};

std::vector<Section> readme_sections(const std::string& readme) {
  std::vector<Section> out;
  std::istringstream in(readme);
  std::string line;
  while (std::getline(in, line)) {
    if (line.rfind("### ", 0) == 0) {
      Section s;
      std::string head = line.substr(4);
      const auto rec = head.find(", record `");
      if (rec != std::string::npos) {
        s.record = head.substr(rec + 10, head.find('`', rec + 10) - rec - 10);
        head = head.substr(0, rec);
      }
      s.file = trim(head);
      out.push_back(std::move(s));
      continue;
    }
    if (out.empty() || line.rfind("|", 0) != 0 || line.rfind("| ---", 0) == 0) continue;
    auto cells = split(trim(line).substr(1), "|");
    if (!cells.empty() && trim(cells.back()).empty()) cells.pop_back();
    for (auto& c : cells) c = trim(c);
    if (cells.empty() || cells[0] == "type" || cells[0] == "s") continue;
    out.back().rows.push_back(cells);
  }
  return out;
}

struct SampleGraphs {
  std::vector<ArticleGraph> graphs;
};

const SampleGraphs& sample_graphs() {
  static const SampleGraphs g = [] {
    SampleGraphs out;
    std::vector<Article> articles;
    std::vector<InputIssue> issues;
    read_sample_corpus([&](Article&& a) { articles.push_back(std::move(a)); }, issues);
    std::vector<ArticleExtraction> xs;
    for (const auto& a : articles) xs.push_back(extract_article(a));
    EntityResolver resolver;
    for (const auto& x : xs) resolver.observe(x);
    resolver.finalize();
    for (const auto& x : xs) out.graphs.push_back(map_article(x, resolver));
    return out;
  }();
  return g;
}

const ArticleGraph* graph_for(const Section& s) {
  for (const auto& g : sample_graphs().graphs) {
    if (!s.record.empty()) {
      if (g.article.id == s.record) return &g;
    } else if (g.article.source.ends_with(s.file)) {
      return &g;
    }
  }
  return nullptr;
}

std::vector<const GraphNode*> nodes_named(const ArticleGraph& g, const std::string& name,
                                          const std::string& type = "") {
  std::vector<const GraphNode*> out;
  for (const auto& n : g.nodes)
    if (!n.is_amount && n.label == name && (type.empty() || type_name(n.type) == type)) out.push_back(&n);
  return out;
}

// The leading number of a cell ("20000000000 (总规模)" -> "20000000000"), or "".
std::string leading_number(const std::string& s) {
  std::size_t k = 0;
  while (k < s.size() && std::isdigit(static_cast<unsigned char>(s[k]))) ++k;
  return s.substr(0, k);
}

std::string plain(const std::string& decimal) {
  const auto k = decimal.find('.');
  return k == std::string::npos ? decimal : decimal.substr(0, k);
}

}  // namespace

TEST_CASE("every entity and fact listed in data/sample/README.md is produced") {
  const std::string readme = test::read_file(test::source_dir() / "data" / "sample" / "README.md");
  const auto sections = readme_sections(readme);
  REQUIRE(sections.size() >= 9);
  int checked = 0;
  for (const auto& s : sections) {
    CAPTURE(s.file);
    CAPTURE(s.record);
    const ArticleGraph* g = graph_for(s);
    REQUIRE(g);
    for (const auto& row : s.rows) {
      if (row.size() == 3) {  // type | names | notes
        for (const auto& part : split(row[1], ", ")) {
          const std::string name = without_note(part);
          CAPTURE(row[0]);
          CAPTURE(name);
          CHECK_FALSE(nodes_named(*g, name, row[0]).empty());
          ++checked;
        }
      } else if (row.size() == 4) {  // s | p | o or value | year
        const auto rel = parse_relation(row[1]);
        REQUIRE(rel.has_value());
        const std::string number = leading_number(row[2]);
        const std::string year = leading_number(row[3]);
        for (const auto& part : split(row[0], ", ")) {
          const std::string subject = without_note(part);
          CAPTURE(subject);
          CAPTURE(row[1]);
          CAPTURE(row[2]);
          const auto subjects = nodes_named(*g, subject);
          REQUIRE_FALSE(subjects.empty());
          bool found = false;
          for (const GraphNode* sn : subjects) {
            if (*rel == Relation::enterpriseCount) {
              for (const auto& c : g->counts)
                if (c.subject == sn->iri && std::to_string(c.value) == number) found = true;
            } else if (is_money_relation(*rel)) {
              for (const auto& e : g->edges) {
                if (e.subject != sn->iri || e.relation != *rel) continue;
                for (const auto& n : g->nodes)
                  if (n.iri == e.object && plain(n.amount) == number &&
                      (year.empty() ? !n.year.has_value() : (n.year && std::to_string(*n.year) == year)))
                    found = true;
              }
            } else {
              const auto objects = nodes_named(*g, without_note(row[2]));
              for (const auto& e : g->edges)
                for (const GraphNode* on : objects)
                  if (e.subject == sn->iri && e.relation == *rel && e.object == on->iri) found = true;
            }
          }
          CHECK(found);
          ++checked;
        }
      }
    }
  }
  CHECK(checked > 250);
}
