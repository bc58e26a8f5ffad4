// Gold annotations in the format of shared/eval (one *.gold.json per article:
// id, text, entities with type/name/aliases, relations with s/p/o or value).
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace ckg::eval {

struct GoldEntity {
  std::string type;
  std::string name;
  std::vector<std::string> aliases;
};

struct GoldRelation {
  std::string s, p, o;          // o empty for value relations
  std::optional<double> value;  // yuan or a count
};

struct GoldDoc {
  std::string id;
  std::string text;
  std::vector<GoldEntity> entities;
  std::vector<GoldRelation> relations;
};

// Parses one gold document; on failure returns nothing and sets `error` to
// "<file>: <reason>".
std::optional<GoldDoc> parse_gold(const std::string& json, const std::string& file, std::string& error);
std::optional<GoldDoc> read_gold(const std::filesystem::path& file, std::string& error);

// The *.gold.json files of a folder (sorted), or the file itself.
std::vector<std::filesystem::path> gold_files(const std::filesystem::path& path, std::string& error);

}  // namespace ckg::eval
