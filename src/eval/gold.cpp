#include "eval/gold.h"

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

namespace ckg::eval {

namespace fs = std::filesystem;

std::optional<GoldDoc> parse_gold(const std::string& json, const std::string& file, std::string& error) {
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(json);
  } catch (const nlohmann::json::parse_error& e) {
    error = file + ": not valid JSON (byte " + std::to_string(e.byte) + ")";
    return std::nullopt;
  }
  auto fail = [&](const std::string& why) {
    error = file + ": " + why;
    return std::nullopt;
  };
  if (!j.is_object()) return fail("the top level is not an object");
  if (!j.contains("text") || !j["text"].is_string()) return fail("no \"text\" string");
  if (!j.contains("entities") || !j["entities"].is_array()) return fail("no \"entities\" array");
  GoldDoc d;
  d.id = j.contains("id") && j["id"].is_string() ? j["id"].get<std::string>() : fs::path(file).stem().stem().string();
  d.text = j["text"].get<std::string>();
  std::size_t k = 0;
  for (const auto& e : j["entities"]) {
    ++k;
    if (!e.is_object() || !e.contains("type") || !e.contains("name") || !e["type"].is_string() ||
        !e["name"].is_string())
      return fail("entity " + std::to_string(k) + " needs string fields \"type\" and \"name\"");
    GoldEntity g;
    g.type = e["type"].get<std::string>();
    g.name = e["name"].get<std::string>();
    if (e.contains("aliases") && e["aliases"].is_array())
      for (const auto& a : e["aliases"])
        if (a.is_string()) g.aliases.push_back(a.get<std::string>());
    d.entities.push_back(std::move(g));
  }
  k = 0;
  if (j.contains("relations") && j["relations"].is_array()) {
    for (const auto& r : j["relations"]) {
      ++k;
      if (!r.is_object() || !r.contains("s") || !r.contains("p") || !r["s"].is_string() || !r["p"].is_string())
        return fail("relation " + std::to_string(k) + " needs string fields \"s\" and \"p\"");
      GoldRelation g;
      g.s = r["s"].get<std::string>();
      g.p = r["p"].get<std::string>();
      if (r.contains("value") && r["value"].is_number()) {
        g.value = r["value"].get<double>();
      } else if (r.contains("o") && r["o"].is_string()) {
        g.o = r["o"].get<std::string>();
      } else {
        return fail("relation " + std::to_string(k) + " has neither \"o\" nor a numeric \"value\"");
      }
      d.relations.push_back(std::move(g));
    }
  }
  return d;
}

std::optional<GoldDoc> read_gold(const fs::path& file, std::string& error) {
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    error = file.string() + ": cannot be read";
    return std::nullopt;
  }
  std::stringstream ss;
  ss << in.rdbuf();
  return parse_gold(ss.str(), file.string(), error);
}

std::vector<fs::path> gold_files(const fs::path& path, std::string& error) {
  std::vector<fs::path> out;
  std::error_code ec;
  if (fs::is_directory(path, ec)) {
    for (const auto& e : fs::directory_iterator(path, ec)) {
      const auto name = e.path().filename().string();
      if (e.is_regular_file() && name.size() > 10 && name.ends_with(".gold.json")) out.push_back(e.path());
    }
    if (ec) error = path.string() + ": cannot list the folder: " + ec.message();
    std::sort(out.begin(), out.end());
    if (out.empty() && error.empty()) error = path.string() + ": no *.gold.json files";
  } else if (fs::is_regular_file(path, ec)) {
    out.push_back(path);
  } else {
    error = path.string() + ": no such file or folder";
  }
  return out;
}

}  // namespace ckg::eval
