#include "export/columns.h"

#include "export/xml_text.h"

namespace ckg {
namespace {

std::optional<std::string> text(const std::string& s) {
  if (s.empty()) return std::nullopt;
  return s;
}

template <typename T>
std::optional<std::string> number(const std::optional<T>& v) {
  if (!v) return std::nullopt;
  if constexpr (std::is_floating_point_v<T>)
    return format_double(*v);
  else
    return std::to_string(*v);
}

}  // namespace

const std::vector<NodeColumn>& node_columns() {
  static const std::vector<NodeColumn> columns = {
      {"full_name", ColumnType::String, [](const ExportNode& n) { return text(n.full_name); }},
      {"type", ColumnType::String, [](const ExportNode& n) { return text(n.type); }},
      {"type_zh", ColumnType::String, [](const ExportNode& n) { return text(n.type_zh); }},
      {"code", ColumnType::String, [](const ExportNode& n) { return text(n.code); }},
      {"iri", ColumnType::String, [](const ExportNode& n) { return text(n.iri); }},
      {"aliases", ColumnType::String, [](const ExportNode& n) { return text(n.aliases); }},
      {"latitude", ColumnType::Double, [](const ExportNode& n) { return number(n.latitude); }},
      {"longitude", ColumnType::Double, [](const ExportNode& n) { return number(n.longitude); }},
      {"degree", ColumnType::Int, [](const ExportNode& n) { return number(std::optional<int>(n.degree)); }},
      {"articles", ColumnType::Int, [](const ExportNode& n) { return number(std::optional<int>(n.articles)); }},
      {"first_seen", ColumnType::String, [](const ExportNode& n) { return text(n.first_seen); }},
      {"last_seen", ColumnType::String, [](const ExportNode& n) { return text(n.last_seen); }},
      {"amount", ColumnType::Double, [](const ExportNode& n) { return number(n.amount); }},
      {"year", ColumnType::Int, [](const ExportNode& n) { return number(n.year); }},
      {"target_yuan", ColumnType::Double, [](const ExportNode& n) { return number(n.target_yuan); }},
      {"target_year", ColumnType::Int, [](const ExportNode& n) { return number(n.target_year); }},
      {"enterprise_count", ColumnType::Long, [](const ExportNode& n) { return number(n.enterprise_count); }},
  };
  return columns;
}

const std::vector<EdgeColumn>& edge_columns() {
  static const std::vector<EdgeColumn> columns = {
      {"relation", ColumnType::String, [](const ExportEdge& e) { return text(e.relation); }},
      {"relation_zh", ColumnType::String, [](const ExportEdge& e) { return text(e.relation_zh); }},
      {"articles", ColumnType::Int, [](const ExportEdge& e) { return number(std::optional<int>(e.articles)); }},
      {"first_seen", ColumnType::String, [](const ExportEdge& e) { return text(e.first_seen); }},
      {"last_seen", ColumnType::String, [](const ExportEdge& e) { return text(e.last_seen); }},
      {"confidence", ColumnType::Double,
       [](const ExportEdge& e) { return number(std::optional<double>(e.confidence)); }},
      {"year", ColumnType::Int, [](const ExportEdge& e) { return number(e.year); }},
  };
  return columns;
}

}  // namespace ckg
