#include "export/graphml_writer.h"

#include <boost/graph/graphml.hpp>

#include <cmath>
#include <cstdio>
#include <sstream>

#include "util/atomic_file.h"

namespace ckg {
namespace {

struct ExportVertex {
  std::string label, type, code, iri;
  double latitude = 0, longitude = 0;
  int r = 0, g = 0, b = 0;
  double size = 1;
};
struct ExportEdge {
  std::string label;
  double weight = 1;
};
using ExportGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS, ExportVertex, ExportEdge>;

// XML 1.0 forbids most C0 controls even escaped: drop them.
std::string xml_clean(const std::string& s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    const auto u = static_cast<unsigned char>(c);
    if (u < 0x20 && c != '\t' && c != '\n' && c != '\r') continue;
    out.push_back(c);
  }
  return out;
}

// A double property that keeps full precision (write_graphml's default
// conversion keeps only 6 significant digits).
template <typename Key, typename Map>
class PreciseDouble : public boost::dynamic_property_map {
 public:
  explicit PreciseDouble(Map m) : map_(m) {}
  boost::any get(const boost::any& key) override { return boost::get(map_, boost::any_cast<Key>(key)); }
  std::string get_string(const boost::any& key) override {
    char buf[40];
    std::snprintf(buf, sizeof buf, "%.10g", boost::get(map_, boost::any_cast<Key>(key)));
    return buf;
  }
  void put(const boost::any&, const boost::any&) override { throw boost::dynamic_const_put_error(); }
  const std::type_info& key() const override { return typeid(Key); }
  const std::type_info& value() const override { return typeid(double); }

 private:
  Map map_;
};

}  // namespace

Rgb type_color(EntityType t) {
  switch (t) {
    case EntityType::Province: return {31, 119, 180};
    case EntityType::City: return {70, 150, 220};
    case EntityType::District: return {140, 190, 235};
    case EntityType::Region: return {23, 190, 207};
    case EntityType::Zone: return {148, 103, 189};
    case EntityType::Company: return {255, 127, 14};
    case EntityType::Fund: return {214, 39, 40};
    case EntityType::Sector: return {44, 160, 44};
    case EntityType::IndustrialCluster: return {227, 119, 194};
    case EntityType::GovernmentBody: return {140, 86, 75};
    case EntityType::Institution: return {188, 189, 34};
    case EntityType::Policy: return {127, 127, 127};
    case EntityType::Event: return {255, 187, 120};
    case EntityType::Project: return {152, 223, 138};
    case EntityType::Person: return {247, 182, 210};
  }
  return {0, 0, 0};
}

Rgb amount_color() { return {219, 219, 141}; }

std::string write_graphml(const KnowledgeGraph& kg, const std::filesystem::path& target) {
  const Graph& g = kg.graph();
  ExportGraph out;
  std::vector<std::size_t> index(boost::num_vertices(g));
  for (Vertex v : kg.sorted_vertices()) {
    const auto& n = g[v].node;
    ExportVertex ev;
    ev.label = xml_clean(n.label);
    ev.iri = xml_clean(n.iri);
    ev.type = n.is_amount ? "MonetaryAmount" : std::string(type_name(n.type));
    if (n.place) {
      ev.code = n.place->code;
      if (n.place->has_point) {
        ev.latitude = n.place->lat;
        ev.longitude = n.place->lng;
      }
    }
    const Rgb c = n.is_amount ? amount_color() : type_color(n.type);
    ev.r = c.r;
    ev.g = c.g;
    ev.b = c.b;
    const double degree = static_cast<double>(boost::out_degree(v, g) + boost::in_degree(v, g));
    ev.size = 8.0 + 4.0 * std::log2(1.0 + degree);
    index[v] = boost::add_vertex(ev, out);
  }
  for (Edge e : kg.sorted_edges()) {
    if (g[e].inferred) continue;  // the `within` closure stays in RDF
    ExportEdge ee;
    ee.label = std::string(relation_name(g[e].relation));
    ee.weight = static_cast<double>(std::max<std::size_t>(1, g[e].support.articles.size()));
    boost::add_edge(index[boost::source(e, g)], index[boost::target(e, g)], ee, out);
  }
  boost::dynamic_properties dp(boost::ignore_other_properties);
  using VKey = ExportGraph::vertex_descriptor;
  using EKey = ExportGraph::edge_descriptor;
  dp.property("label", boost::get(&ExportVertex::label, out));
  dp.property("type", boost::get(&ExportVertex::type, out));
  dp.property("code", boost::get(&ExportVertex::code, out));
  dp.property("iri", boost::get(&ExportVertex::iri, out));
  dp.property("r", boost::get(&ExportVertex::r, out));
  dp.property("g", boost::get(&ExportVertex::g, out));
  dp.property("b", boost::get(&ExportVertex::b, out));
  auto lat = boost::get(&ExportVertex::latitude, out);
  auto lng = boost::get(&ExportVertex::longitude, out);
  auto size = boost::get(&ExportVertex::size, out);
  dp.insert("latitude", boost::shared_ptr<boost::dynamic_property_map>(new PreciseDouble<VKey, decltype(lat)>(lat)));
  dp.insert("longitude", boost::shared_ptr<boost::dynamic_property_map>(new PreciseDouble<VKey, decltype(lng)>(lng)));
  dp.insert("size", boost::shared_ptr<boost::dynamic_property_map>(new PreciseDouble<VKey, decltype(size)>(size)));
  dp.property("label", boost::get(&ExportEdge::label, out));
  auto weight = boost::get(&ExportEdge::weight, out);
  dp.insert("weight", boost::shared_ptr<boost::dynamic_property_map>(new PreciseDouble<EKey, decltype(weight)>(weight)));
  std::ostringstream os;
  boost::write_graphml(os, out, boost::get(boost::vertex_index, out), dp, true);
  return write_file_atomically(target, os.str());
}

}  // namespace ckg
