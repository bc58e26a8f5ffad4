#include "eval/scorer.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <nlohmann/json.hpp>

#include "util/utf8.h"

namespace ckg::eval {
namespace {

const char* const kCore[] = {"Province", "City", "Company", "Fund", "Sector"};
const char* const kEntityTypes[] = {
    "Province",          "City",           "Company",     "Fund",   "Sector", "District", "Region", "Zone",
    "IndustrialCluster", "GovernmentBody", "Institution", "Policy", "Event",  "Project",  "Person"};
const char* const kRelations[] = {"locatedIn", "partOf",    "inSector", "targetScale", "currentScale",   "investment",
                                  "memberOf",  "foundedBy", "issuedBy", "heldIn",      "enterpriseCount"};

bool is_place_type(const std::string& t) { return t == "Province" || t == "City" || t == "District" || t == "Region"; }
bool is_value_relation(const std::string& r) {
  return r == "targetScale" || r == "currentScale" || r == "investment" || r == "enterpriseCount";
}

// The part of an IRI after its last '#' or '/'.
std::string local(const std::string& iri) {
  const auto k = iri.find_last_of("#/");
  return k == std::string::npos ? iri : iri.substr(k + 1);
}

const std::string kRdfType = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
const std::string kLabels[] = {"http://www.w3.org/2000/01/rdf-schema#label",
                               "http://www.w3.org/2004/02/skos/core#prefLabel",
                               "http://www.w3.org/2004/02/skos/core#altLabel"};

// float(literal.toPython()) as rdflib and Python do it: numeric XSD types, and
// plain or language-tagged strings that read as a Python float.
bool python_float(const Term& t, double& out) {
  static const std::string xsd = "http://www.w3.org/2001/XMLSchema#";
  std::string v = t.value;
  if (!t.datatype.empty()) {
    if (!t.datatype.starts_with(xsd)) return false;
    const std::string dt = t.datatype.substr(xsd.size());
    static const char* const kNumeric[] = {"decimal",
                                           "integer",
                                           "int",
                                           "long",
                                           "short",
                                           "byte",
                                           "double",
                                           "float",
                                           "nonNegativeInteger",
                                           "positiveInteger",
                                           "negativeInteger",
                                           "nonPositiveInteger",
                                           "unsignedLong",
                                           "unsignedInt",
                                           "unsignedShort",
                                           "unsignedByte",
                                           "string"};
    bool ok = false;
    for (const char* n : kNumeric)
      if (dt == n) ok = true;
    if (!ok) return false;
  }
  // Python float(): optional surrounding whitespace, sign, digits, point, exponent, inf/nan.
  std::size_t b = 0, e = v.size();
  while (b < e && std::isspace(static_cast<unsigned char>(v[b]))) ++b;
  while (e > b && std::isspace(static_cast<unsigned char>(v[e - 1]))) --e;
  if (b == e) return false;
  const std::string s = v.substr(b, e - b);
  for (char c : s)
    if (!(std::isdigit(static_cast<unsigned char>(c)) || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E' ||
          c == '_'))
      return false;
  char* end = nullptr;
  out = std::strtod(s.c_str(), &end);
  return end && *end == '\0';
}

std::set<std::string> keys_for(const std::vector<std::string>& names, const std::string& type) {
  std::set<std::string> out;
  for (const auto& n : names) {
    out.insert(norm(n));
    if (is_place_type(type)) out.insert(place_short(n));
  }
  out.erase("");
  return out;
}

bool match_entity(const std::set<std::string>& gold, const std::set<std::string>& pred, bool lenient) {
  for (const auto& g : gold)
    if (pred.count(g)) return true;
  if (lenient)
    for (const auto& g : gold)
      for (const auto& p : pred)
        if (utf8::length(g) >= 2 && utf8::length(p) >= 2 &&
            (g.find(p) != std::string::npos || p.find(g) != std::string::npos))
          return true;
  return false;
}

bool in_text(const std::set<std::string>& keys, const std::string& normed_text) {
  for (const auto& k : keys)
    if (utf8::length(k) >= 2 && normed_text.find(k) != std::string::npos) return true;
  return false;
}

std::vector<std::string> names_of(const GoldEntity& e) {
  std::vector<std::string> v{e.name};
  v.insert(v.end(), e.aliases.begin(), e.aliases.end());
  return v;
}

std::string fmt(const char* f, double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, f, v);
  return buf;
}

struct Prf {
  double p, r, f;
};
Prf prf(int tp, int npred, int ngold) {
  const double p = npred ? static_cast<double>(tp) / npred : (ngold == 0 ? 1.0 : 0.0);
  const double r = ngold ? static_cast<double>(tp) / ngold : 1.0;
  const double f = p + r > 0 ? 2 * p * r / (p + r) : 0.0;
  return {p, r, f};
}

Prf micro(const Scores& s, const std::string& kind, const std::vector<std::string>& names) {
  int tp = 0, np = 0, ng = 0;
  for (const auto& n : names) {
    auto it = s.counts.find({kind, n});
    if (it == s.counts.end()) continue;
    tp += it->second.tp;
    np += it->second.pred;
    ng += it->second.gold;
  }
  return prf(tp, np, ng);
}

// Python's round(x, 3) for the values a score can take (correct rounding of the binary value).
double round3(double x) { return std::nearbyint(x * 1000.0) / 1000.0; }

}  // namespace

std::string norm(const std::string& s) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(s);
  icu::UnicodeString n = U_SUCCESS(status) ? nfkc->normalize(u, status) : u;
  if (U_FAILURE(status)) n = u;
  std::string utf;
  n.toUTF8String(utf);
  static constexpr std::u32string_view kDrop = U"《》〈〉“”\"'‘’「」『』【】[]·•";
  std::string out;
  for (char32_t c : utf8::decode(utf)) {
    if (u_isUWhiteSpace(static_cast<UChar32>(c)) || kDrop.find(c) != std::u32string_view::npos) continue;
    if (c == U'—' || c == U'–' || c == U'－') c = '-';
    utf8::append(out, c);
  }
  return out;
}

std::string place_short(const std::string& s) {
  static const char* const kSuffixes[] = {"特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区",
                                          "自治州",     "自治县",       "地区",       "省",         "市",
                                          "盟",         "州",           "县",         "区",         "旗"};
  const std::string n = norm(s);
  const auto len = utf8::length(n);
  for (const char* suf : kSuffixes) {
    const std::string x(suf);
    if (n.size() > x.size() && n.ends_with(x) && len - utf8::length(x) >= 2) return n.substr(0, n.size() - x.size());
  }
  return n;
}

GraphView::GraphView(const std::vector<Triple>& triples) {
  std::set<std::string> typed;
  for (const auto& t : triples) {
    if (t.s.kind != Term::Kind::Iri) continue;
    const std::string& s = t.s.value;
    if (t.p.value == kRdfType && t.o.kind == Term::Kind::Iri) {
      types_[s].insert(local(t.o.value));
      typed.insert(s);
    }
    for (const auto& l : kLabels)
      if (t.p.value == l && t.o.kind == Term::Kind::Literal) labels_[s].insert(t.o.value);
    const std::string pl = local(t.p.value);
    out_[s].push_back({pl, t.o});
    if (t.o.kind == Term::Kind::Iri)
      by_pred_[pl].emplace_back(s, t.o.value);
    else
      by_pred_[pl].emplace_back(s, std::string());
  }
  nodes_.assign(typed.begin(), typed.end());
}

const std::set<std::string>& GraphView::types(const std::string& node) const {
  static const std::set<std::string> kNone;
  auto it = types_.find(node);
  return it == types_.end() ? kNone : it->second;
}

const std::set<std::string>& GraphView::labels(const std::string& node) const {
  static const std::set<std::string> kNone;
  auto it = labels_.find(node);
  return it == labels_.end() ? kNone : it->second;
}

std::set<std::string> GraphView::keys(const std::string& node, const std::string& type) const {
  const auto& l = labels(node);
  return keys_for(std::vector<std::string>(l.begin(), l.end()), type);
}

std::vector<double> GraphView::numbers_near(const std::string& node, const std::string& pred_local) const {
  std::vector<double> vals;
  auto it = out_.find(node);
  if (it == out_.end()) return vals;
  for (const auto& o : it->second) {
    if (o.pred != pred_local) continue;
    double v;
    if (o.object.kind == Term::Kind::Literal) {
      if (python_float(o.object, v)) vals.push_back(v);
    } else if (auto jt = out_.find(o.object.value); jt != out_.end()) {
      for (const auto& o2 : jt->second)
        if (o2.object.kind == Term::Kind::Literal && python_float(o2.object, v)) vals.push_back(v);
    }
  }
  return vals;
}

bool GraphView::linked(const std::string& s, const std::string& o, const std::string& pred_local) const {
  auto it = out_.find(s);
  if (it == out_.end()) return false;
  for (const auto& x : it->second)
    if (x.pred == pred_local && x.object.kind == Term::Kind::Iri && x.object.value == o) return true;
  return false;
}

const std::vector<std::pair<std::string, std::string>>& GraphView::edges(const std::string& pred_local) const {
  static const std::vector<std::pair<std::string, std::string>> kNone;
  auto it = by_pred_.find(pred_local);
  return it == by_pred_.end() ? kNone : it->second;
}

void score_doc(const GoldDoc& gold, const GraphView& graph, bool lenient, Scores& out) {
  ++out.articles;
  const std::string text = norm(gold.text);
  std::map<std::string, std::set<std::string>> node_of_gold;
  for (const char* tc : kEntityTypes) {
    const std::string typ = tc;
    std::vector<const GoldEntity*> golds;
    for (const auto& e : gold.entities)
      if (e.type == typ) golds.push_back(&e);
    std::vector<std::pair<std::string, std::set<std::string>>> preds;
    for (const auto& n : graph.nodes()) {
      if (!graph.types(n).count(typ)) continue;
      auto k = graph.keys(n, typ);
      if (is_place_type(typ) && !in_text(k, text)) continue;  // added from the gazetteer, not named here
      preds.emplace_back(n, std::move(k));
    }
    std::vector<bool> used(preds.size(), false);
    int tp = 0;
    for (const GoldEntity* e : golds) {
      const auto gk = keys_for(names_of(*e), typ);
      int hit = -1;
      for (std::size_t i = 0; i < preds.size(); ++i)
        if (!used[i] && match_entity(gk, preds[i].second, lenient)) {
          hit = static_cast<int>(i);
          break;
        }
      if (hit < 0) {
        // The same entity may be found under another type: remember the node for relations.
        for (const auto& n : graph.nodes())
          if (match_entity(gk, graph.keys(n, typ), lenient)) node_of_gold[norm(e->name)].insert(n);
        out.misses.push_back(gold.id + ": missed " + typ + " " + e->name);
        continue;
      }
      used[static_cast<std::size_t>(hit)] = true;
      ++tp;
      node_of_gold[norm(e->name)].insert(preds[static_cast<std::size_t>(hit)].first);
    }
    for (std::size_t i = 0; i < preds.size(); ++i)
      if (!used[i]) {
        const auto& l = graph.labels(preds[i].first);
        out.misses.push_back(gold.id + ": spurious " + typ + " " + (l.empty() ? preds[i].first : *l.begin()));
      }
    auto& c = out.counts[{"entity", typ}];
    c.tp += tp;
    c.pred += static_cast<int>(preds.size());
    c.gold += static_cast<int>(golds.size());
  }
  std::set<std::string> doc_nodes;
  for (const auto& [k, ns] : node_of_gold) doc_nodes.insert(ns.begin(), ns.end());
  static const std::set<std::string> kNone;
  auto nodes_for = [&](const std::string& name) -> const std::set<std::string>& {
    auto it = node_of_gold.find(norm(name));
    return it == node_of_gold.end() ? kNone : it->second;
  };
  for (const char* rc : kRelations) {
    const std::string rel = rc;
    int ngold = 0, tp = 0;
    for (const auto& r : gold.relations) {
      if (r.p != rel) continue;
      ++ngold;
      bool ok = false;
      const auto& subj = nodes_for(r.s);
      if (is_value_relation(rel)) {
        const double want = r.value.value_or(0);
        for (const auto& s : subj)
          for (double v : graph.numbers_near(s, rel))
            if (std::abs(v - want) <= 0.005 * std::abs(want) + 1e-9) ok = true;
      } else {
        const auto& objs = nodes_for(r.o);
        for (const auto& s : subj)
          for (const auto& o : objs)
            if (graph.linked(s, o, rel)) ok = true;
      }
      if (ok) {
        ++tp;
      } else {
        std::string what;
        if (r.value) {
          char buf[64];
          std::snprintf(buf, sizeof buf, "%.15g", *r.value);
          what = buf;
        } else {
          what = r.o;
        }
        out.misses.push_back(gold.id + ": missed " + rel + " " + r.s + " -> " + what);
      }
    }
    std::set<std::pair<std::string, std::string>> pred_edges;
    std::set<std::pair<std::string, double>> pred_values;
    for (const auto& [s, o] : graph.edges(rel)) {
      if (!doc_nodes.count(s)) continue;
      if (is_value_relation(rel)) {
        for (double v : graph.numbers_near(s, rel)) pred_values.emplace(s, round3(v));
      } else if (!o.empty() && doc_nodes.count(o)) {
        pred_edges.emplace(s, o);
      }
    }
    // Edges no gold relation accounts for, on request (score.py lists only spurious entities).
    for (const auto& [s, o] : pred_edges) {
      if (!out.spurious_relations) break;
      bool covered = false;
      for (const auto& r : gold.relations)
        if (r.p == rel && nodes_for(r.s).count(s) && nodes_for(r.o).count(o)) {
          covered = true;
          break;
        }
      if (covered) continue;
      auto label = [&](const std::string& n) {
        const auto& l = graph.labels(n);
        return l.empty() ? n : *l.begin();
      };
      out.misses.push_back(gold.id + ": spurious " + rel + " " + label(s) + " -> " + label(o));
    }
    const int npred = static_cast<int>(is_value_relation(rel) ? pred_values.size() : pred_edges.size());
    auto& c = out.counts[{"relation", rel}];
    c.tp += npred ? std::min(tp, npred) : 0;
    c.pred += npred;
    c.gold += ngold;
  }
}

void count_failed(const GoldDoc& gold, Scores& out) {
  for (const auto& e : gold.entities) ++out.counts[{"entity", e.type}].gold;
  for (const auto& r : gold.relations) ++out.counts[{"relation", r.p}].gold;
}

Summary summarize(const Scores& s) {
  std::vector<std::string> core(std::begin(kCore), std::end(kCore));
  std::vector<std::string> all(std::begin(kEntityTypes), std::end(kEntityTypes));
  std::vector<std::string> rels(std::begin(kRelations), std::end(kRelations));
  return {micro(s, "entity", core).f, micro(s, "entity", all).f, micro(s, "relation", rels).f};
}

std::string format_report(const Scores& s, bool with_misses) {
  std::string out;
  char line[256];
  std::snprintf(line, sizeof line, "%-32s %5s %5s %5s %6s %6s %6s\n", "item", "tp", "pred", "gold", "P", "R", "F1");
  out += line;
  for (const auto& [key, c] : s.counts) {
    if (c.pred == 0 && c.gold == 0) continue;
    const auto v = prf(c.tp, c.pred, c.gold);
    const std::string item = key.first + ":" + key.second;
    std::snprintf(line, sizeof line, "%-32s %5d %5d %5d %6.3f %6.3f %6.3f\n", item.c_str(), c.tp, c.pred, c.gold,
                  round3(v.p), round3(v.r), round3(v.f));
    out += line;
  }
  for (const auto& f : s.failures) out += "FAILED " + f + "\n";
  if (with_misses)
    for (const auto& m : s.misses) out += m + "\n";
  const auto sum = summarize(s);
  out += "core entity F1 " + fmt("%.3f", round3(sum.core_entity_f1)) + "  all entity F1 " +
         fmt("%.3f", round3(sum.all_entity_f1)) + "  relation F1 " + fmt("%.3f", round3(sum.relation_f1)) + "  (" +
         std::to_string(s.articles + static_cast<int>(s.failures.size())) + " articles, " +
         std::to_string(s.failures.size()) + " failed)\n";
  return out;
}

std::string format_json(const Scores& s, bool with_misses) {
  nlohmann::ordered_json j;
  const auto sum = summarize(s);
  j["summary"] = {{"core_entity_f1", round3(sum.core_entity_f1)},
                  {"all_entity_f1", round3(sum.all_entity_f1)},
                  {"relation_f1", round3(sum.relation_f1)},
                  {"articles", s.articles + static_cast<int>(s.failures.size())},
                  {"failed_builds", s.failures.size()}};
  nlohmann::ordered_json rows = nlohmann::ordered_json::object();
  for (const auto& [key, c] : s.counts) {
    if (c.pred == 0 && c.gold == 0) continue;
    const auto v = prf(c.tp, c.pred, c.gold);
    rows[key.first + ":" + key.second] = {{"tp", c.tp},       {"pred", c.pred},   {"gold", c.gold},
                                          {"p", round3(v.p)}, {"r", round3(v.r)}, {"f1", round3(v.f)}};
  }
  j["rows"] = rows;
  j["failures"] = s.failures;
  if (with_misses)
    j["misses"] = s.misses;
  else
    j["misses"] = s.misses.size();
  return j.dump(1) + "\n";
}

}  // namespace ckg::eval
