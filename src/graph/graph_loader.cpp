#include "graph/graph_loader.h"

#include <raptor2.h>

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <map>
#include <memory>
#include <optional>
#include <set>

#include "core/vocab.h"
#include "graph/iri.h"
#include "graph/nquads_parse.h"
#include "link/gazetteer.h"

namespace ckg {
namespace {

struct TermValue {
  bool iri = false;
  std::string value, datatype, lang;
};

struct NodeAcc {
  std::optional<EntityType> type;
  bool amount = false;
  std::string label;
  std::set<std::string> alts;
  bool mentioned = false;
  std::string merge_reason, code;
  std::optional<double> lat, lng;
  std::string amount_value, currency;
  std::optional<int> year;
};

struct AssertionAcc {
  std::string subject, predicate, object;
  int sentence = -1;
  std::string rule;
  double confidence = 1.0;
};

struct FactAcc {
  std::string subject;
  Relation relation;
  std::string object;  // IRI, or the literal of enterpriseCount
};

struct ArticleAcc {
  Article article;
  bool is_article = false;
  std::map<std::string, NodeAcc> nodes;
  std::vector<FactAcc> facts;
  std::map<std::string, AssertionAcc> assertions;
  std::map<std::string, std::string> broader;     // concept -> broader concept
  std::map<std::string, std::string> pref_label;  // concept -> name
  std::map<int, Sentence> sentences;
};

std::string ns(std::string_view base, std::string_view local) { return std::string(base) + std::string(local); }

struct Vocabulary {
  std::string rdf_type = ns(kRdfNs, "type"), rdf_subject = ns(kRdfNs, "subject"),
              rdf_predicate = ns(kRdfNs, "predicate"), rdf_object = ns(kRdfNs, "object");
  std::string rdfs_label = ns(kRdfsNs, "label");
  std::string skos_alt = ns(kSkosNs, "altLabel"), skos_pref = ns(kSkosNs, "prefLabel"),
              skos_broader = ns(kSkosNs, "broader");
  std::string geo_lat = ns(kGeoNs, "lat"), geo_long = ns(kGeoNs, "long");
  std::string date_published = ns(kSchemaNs, "datePublished"), url = ns(kSchemaNs, "url"),
              title = ns(kDctermsNs, "title");
  std::string article_class = ckg_term(term::Article), assertion_class = ckg_term(term::Assertion),
              amount_class = ckg_term(term::MonetaryAmount);
  std::string amount = ckg_term(term::amount), currency = ckg_term(term::currency), year = ckg_term(term::year),
              admin_code = ckg_term(term::adminCode), mentioned_in = ckg_term(term::mentionedIn),
              merge_reason = ckg_term(term::mergeReason), confidence = ckg_term(term::confidence),
              rule = ckg_term(term::rule), evidence = ckg_term(term::evidence), text = ckg_term(term::text),
              char_start = ckg_term(term::charStart), char_end = ckg_term(term::charEnd),
              content_hash = ckg_term(term::contentHash), source_path = ckg_term(term::sourcePath);
  std::map<std::string, EntityType> classes;
  std::map<std::string, Relation> relations;
  Vocabulary() {
    for (int i = 0; i < kEntityTypeCount; ++i)
      classes.emplace(class_iri(static_cast<EntityType>(i)), static_cast<EntityType>(i));
    for (int i = 0; i < kRelationCount; ++i)
      relations.emplace(relation_iri(static_cast<Relation>(i)), static_cast<Relation>(i));
  }
};

const Vocabulary& vocab() {
  static const Vocabulary v;
  return v;
}

std::string percent_decode(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%' && i + 2 < s.size()) {
      int v = 0;
      auto [p, ec] = std::from_chars(s.data() + i + 1, s.data() + i + 3, v, 16);
      if (ec == std::errc() && p == s.data() + i + 3) {
        out.push_back(static_cast<char>(v));
        i += 2;
        continue;
      }
    }
    out.push_back(s[i]);
  }
  return out;
}

template <typename T>
std::optional<T> parse_number(std::string_view s) {
  T v{};
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || p != s.data() + s.size()) return std::nullopt;
  return v;
}

// "…/article/<id>/s12" -> 12.
int sentence_index(const std::string& iri) {
  auto pos = iri.rfind("/s");
  if (pos == std::string::npos) return -1;
  auto v = parse_number<int>(std::string_view(iri).substr(pos + 2));
  return v ? *v : -1;
}

TermValue term_value(const raptor_term* t) {
  TermValue v;
  if (!t) return v;
  switch (t->type) {
    case RAPTOR_TERM_TYPE_URI:
      v.iri = true;
      v.value = reinterpret_cast<const char*>(raptor_uri_as_string(t->value.uri));
      break;
    case RAPTOR_TERM_TYPE_LITERAL:
      v.value.assign(reinterpret_cast<const char*>(t->value.literal.string), t->value.literal.string_len);
      if (t->value.literal.datatype)
        v.datatype = reinterpret_cast<const char*>(raptor_uri_as_string(t->value.literal.datatype));
      if (t->value.literal.language)
        v.lang.assign(reinterpret_cast<const char*>(t->value.literal.language), t->value.literal.language_len);
      break;
    case RAPTOR_TERM_TYPE_BLANK:
      v.value = "_:" + std::string(reinterpret_cast<const char*>(t->value.blank.string), t->value.blank.string_len);
      break;
    default:
      break;
  }
  return v;
}

struct Reader {
  std::string file;
  std::map<std::string, ArticleAcc> graphs;  // by graph IRI
  LoadStats* stats = nullptr;
  bool with_sentences = false;

  void warn(const std::string& what) {
    if (stats->warnings.size() < 100) stats->warnings.push_back(file + ": " + what);
  }

  void statement(const raptor_statement* st) {
    ++stats->quads;
    if (!st->graph) {
      ++stats->default_graph;
      return;
    }
    const auto& V = vocab();
    const TermValue g = term_value(st->graph);
    const TermValue s = term_value(st->subject);
    const TermValue p = term_value(st->predicate);
    const TermValue o = term_value(st->object);
    ArticleAcc& a = graphs[g.value];
    const std::string& pred = p.value;

    if (pred == V.rdf_type) {
      if (o.value == V.article_class && s.value == g.value) {
        a.is_article = true;
      } else if (o.value == V.amount_class) {
        a.nodes[s.value].amount = true;
      } else if (auto it = V.classes.find(o.value); it != V.classes.end()) {
        a.nodes[s.value].type = it->second;
      }
      return;
    }
    if (auto it = V.relations.find(pred); it != V.relations.end()) {
      a.facts.push_back({s.value, it->second, o.value});
      return;
    }
    if (s.value == g.value) {  // the article itself
      if (pred == V.date_published)
        a.article.date = o.value;
      else if (pred == V.title)
        a.article.title = o.value;
      else if (pred == V.url)
        a.article.url = o.value;
      else if (pred == V.source_path)
        a.article.source = o.value;
      else if (pred == V.content_hash)
        a.article.content_hash = o.value;
      return;
    }
    if (pred == V.rdf_subject)
      a.assertions[s.value].subject = o.value;
    else if (pred == V.rdf_predicate)
      a.assertions[s.value].predicate = o.value;
    else if (pred == V.rdf_object)
      a.assertions[s.value].object = o.value;
    else if (pred == V.evidence)
      a.assertions[s.value].sentence = sentence_index(o.value);
    else if (pred == V.rule)
      a.assertions[s.value].rule = o.value;
    else if (pred == V.confidence) {
      if (auto c = parse_number<double>(o.value))
        a.assertions[s.value].confidence = *c;
      else
        warn("confidence '" + o.value + "' of " + s.value + " is not a number");
    } else if (pred == V.rdfs_label) {
      auto& n = a.nodes[s.value];
      if (n.label.empty() || o.lang == "zh") n.label = o.value;
    } else if (pred == V.skos_alt)
      a.nodes[s.value].alts.insert(o.value);
    else if (pred == V.mentioned_in)
      a.nodes[s.value].mentioned = true;
    else if (pred == V.merge_reason)
      a.nodes[s.value].merge_reason = o.value;
    else if (pred == V.admin_code)
      a.nodes[s.value].code = o.value;
    else if (pred == V.geo_lat || pred == V.geo_long) {
      auto v = parse_number<double>(o.value);
      if (!v)
        warn((pred == V.geo_lat ? "latitude '" : "longitude '") + o.value + "' of " + s.value + " is not a number");
      else if (pred == V.geo_lat)
        a.nodes[s.value].lat = v;
      else
        a.nodes[s.value].lng = v;
    } else if (pred == V.amount)
      a.nodes[s.value].amount_value = o.value;
    else if (pred == V.currency)
      a.nodes[s.value].currency = o.value;
    else if (pred == V.year) {
      // Assertions repeat their amount's year; only typed nodes are kept.
      if (auto y = parse_number<int>(o.value)) {
        a.nodes[s.value].year = y;
      } else {
        warn("year '" + o.value + "' of " + s.value + " is not a year");
      }
    } else if (pred == V.skos_broader)
      a.broader[s.value] = o.value;
    else if (pred == V.skos_pref) {
      if (!a.pref_label.count(s.value) || o.lang == "zh") a.pref_label[s.value] = o.value;
    } else if (with_sentences && (pred == V.text || pred == V.char_start || pred == V.char_end)) {
      const int i = sentence_index(s.value);
      if (i < 0) return;
      auto& sentence = a.sentences[i];
      if (pred == V.text)
        sentence.text = o.value;
      else if (auto v = parse_number<std::uint32_t>(o.value))
        (pred == V.char_start ? sentence.span.begin : sentence.span.end) = *v;
    }
  }
};

// An assertion's object as written in the fact (IRI or literal value).
std::tuple<std::string, std::string, std::string> assertion_key(const AssertionAcc& a) {
  return {a.subject, a.predicate, a.object};
}

ArticleGraph finish(const std::string& graph_iri, ArticleAcc& acc) {
  ArticleGraph ag;
  ag.article = std::move(acc.article);
  const std::string prefix = ns(kDataNs, "article/");
  ag.article.id = graph_iri.rfind(prefix, 0) == 0 ? percent_decode(graph_iri.substr(prefix.size())) : graph_iri;

  const auto& gaz = Gazetteer::instance();
  for (auto& [iri, n] : acc.nodes) {
    if (!n.amount && !n.type) continue;  // a sentence, assertion or broader concept
    GraphNode g;
    g.iri = iri;
    g.is_amount = n.amount;
    if (n.type) g.type = *n.type;
    g.label = n.label;
    g.alt_labels.assign(n.alts.begin(), n.alts.end());
    // Amounts are always stated in the article (the RDF has no mentionedIn for them).
    g.mentioned = n.mentioned || n.amount;
    g.merge_reason = n.merge_reason;
    // Regions always carry an (empty) PlaceInfo; a division only when it was
    // linked to the gazetteer (a code or a point in the RDF).
    if (!n.amount && (g.type == EntityType::Region || !n.code.empty() || (n.lat && n.lng))) {
      PlaceInfo p;
      p.code = n.code;
      if (const Division* d = n.code.empty() ? nullptr : gaz.by_code(n.code)) p.parent_code = d->parent_code;
      if (n.lat && n.lng) {
        p.lat = *n.lat;
        p.lng = *n.lng;
        p.has_point = true;
      }
      g.place = p;
    }
    if (g.type == EntityType::Sector && !n.amount) {
      std::set<std::string> seen{iri};
      for (auto it = acc.broader.find(iri); it != acc.broader.end() && seen.insert(it->second).second;
           it = acc.broader.find(it->second)) {
        auto label = acc.pref_label.find(it->second);
        g.broader.push_back(label != acc.pref_label.end() ? label->second : it->second);
      }
    }
    if (n.amount) {
      g.amount = n.amount_value;
      if (g.amount.size() > 2 && g.amount.compare(g.amount.size() - 2, 2, ".0") == 0)
        g.amount.resize(g.amount.size() - 2);
      g.currency = n.currency;
      g.year = n.year;
    }
    ag.nodes.push_back(std::move(g));
  }

  std::map<std::tuple<std::string, std::string, std::string>, const AssertionAcc*> by_fact;
  for (const auto& [iri, as] : acc.assertions) by_fact.emplace(assertion_key(as), &as);
  std::set<std::tuple<std::string, int, std::string>> seen;
  for (const auto& f : acc.facts) {
    if (!seen.insert({f.subject, static_cast<int>(f.relation), f.object}).second) continue;
    const AssertionAcc* as = nullptr;
    if (auto it = by_fact.find({f.subject, relation_iri(f.relation), f.object}); it != by_fact.end()) as = it->second;
    if (f.relation == Relation::enterpriseCount) {
      GraphCount c;
      c.subject = f.subject;
      c.value = parse_number<long long>(f.object).value_or(0);
      if (as) {
        c.sentence = as->sentence;
        c.rule = as->rule;
        c.confidence = as->confidence;
      }
      ag.counts.push_back(std::move(c));
      continue;
    }
    GraphEdge e;
    e.subject = f.subject;
    e.object = f.object;
    e.relation = f.relation;
    e.inferred = f.relation == Relation::within;
    if (e.inferred) e.rule = "closure";
    if (as) {
      e.sentence = as->sentence;
      e.rule = as->rule;
      e.confidence = as->confidence;
    }
    ag.edges.push_back(std::move(e));
  }
  std::sort(ag.edges.begin(), ag.edges.end(), [](const GraphEdge& a, const GraphEdge& b) {
    return std::tie(a.subject, a.relation, a.object) < std::tie(b.subject, b.relation, b.object);
  });
  std::sort(ag.counts.begin(), ag.counts.end(), [](const GraphCount& a, const GraphCount& b) {
    return std::tie(a.subject, a.value) < std::tie(b.subject, b.value);
  });
  if (!acc.sentences.empty()) {
    ag.sentences.resize(static_cast<std::size_t>(acc.sentences.rbegin()->first) + 1);
    for (auto& [i, s] : acc.sentences) ag.sentences[static_cast<std::size_t>(i)] = std::move(s);
  }
  return ag;
}

}  // namespace

std::string graph_file(const std::filesystem::path& path, std::filesystem::path& out) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    out = path / "graph.nq";
    if (!std::filesystem::is_regular_file(out, ec))
      return path.string() + ": no graph.nq in this folder (is it the output folder of `clusterkg build`?)";
    return "";
  }
  if (!std::filesystem::exists(path, ec)) return path.string() + ": no such file or folder";
  if (path.extension() != ".nq")
    return path.string() +
           ": needs N-Quads (.nq, e.g. the graph.nq of a build): the articles behind each fact are its named graphs";
  out = path;
  return "";
}

std::string read_article_graphs(const std::filesystem::path& path, const std::function<void(ArticleGraph&&)>& sink,
                                LoadStats& stats, bool with_sentences) {
  std::filesystem::path file;
  if (auto err = graph_file(path, file); !err.empty()) return err;
  Reader reader;
  reader.file = file.string();
  reader.stats = &stats;
  reader.with_sentences = with_sentences;

  if (auto err = parse_nquads_file(file, [&](raptor_statement* st) { reader.statement(st); }); !err.empty()) return err;

  // Articles in id order, as the build adds them.
  std::vector<ArticleGraph> articles;
  for (auto& [iri, acc] : reader.graphs)
    if (acc.is_article) articles.push_back(finish(iri, acc));
  reader.graphs.clear();
  if (articles.empty())
    return file.string() + ": no article graphs (" + std::to_string(stats.quads) +
           " statements read; expected the graph.nq of `clusterkg build`)";
  std::sort(articles.begin(), articles.end(),
            [](const ArticleGraph& a, const ArticleGraph& b) { return a.article.id < b.article.id; });
  stats.articles = articles.size();
  for (auto& a : articles) sink(std::move(a));
  return "";
}

std::string load_graph(const std::filesystem::path& path, KnowledgeGraph& graph, LoadStats& stats) {
  return read_article_graphs(
      path, [&](ArticleGraph&& a) { graph.add(a); }, stats, false);
}

}  // namespace ckg
