#include "pipeline/extraction_json.h"

#include <nlohmann/json.hpp>

namespace ckg {
namespace {

using nlohmann::json;

json span_json(const Span& s) { return json::array({s.begin, s.end}); }
Span span_from(const json& j) { return {j.at(0).get<std::uint32_t>(), j.at(1).get<std::uint32_t>()}; }

}  // namespace

std::string extraction_to_json(const ArticleExtraction& x) {
  json j;
  j["v"] = kExtractionFormat;
  const Article& a = x.article;
  j["article"] = {{"id", a.id},       {"source", a.source}, {"url", a.url},
                  {"title", a.title}, {"date", a.date},     {"hash", a.content_hash}};
  json sentences = json::array();
  for (const auto& s : x.sentences) sentences.push_back({span_json(s.span), s.text});
  j["sentences"] = std::move(sentences);
  json entities = json::array();
  for (const auto& e : x.entities) {
    json je = {{"type", static_cast<int>(e.type)},
               {"name", e.name},
               {"key", e.key},
               {"aliases", e.aliases},
               {"local", e.local_aliases},
               {"lexicon", e.lexicon_name},
               {"reason", e.merge_reason},
               {"conf", e.confidence},
               {"broader", e.broader}};
    json mentions = json::array();
    for (const auto& m : e.mentions) mentions.push_back({span_json(m.span), m.surface});
    je["mentions"] = std::move(mentions);
    if (e.place)
      je["place"] = {{"code", e.place->code},
                     {"parent", e.place->parent_code},
                     {"lat", e.place->lat},
                     {"lng", e.place->lng},
                     {"point", e.place->has_point}};
    entities.push_back(std::move(je));
  }
  j["entities"] = std::move(entities);
  json facts = json::array();
  for (const auto& f : x.facts) {
    json jf = {{"s", f.subject},       {"r", static_cast<int>(f.relation)},
               {"o", f.object},        {"value", f.value},
               {"conf", f.confidence}, {"sent", f.sentence},
               {"rule", f.rule}};
    if (f.year) jf["year"] = *f.year;
    facts.push_back(std::move(jf));
  }
  j["facts"] = std::move(facts);
  return j.dump(-1, ' ', false, json::error_handler_t::replace);
}

std::string extraction_from_json(std::string_view text, ArticleExtraction& out) {
  out = ArticleExtraction{};
  try {
    const json j = json::parse(text);
    if (!j.is_object() || !j.contains("v")) return "not an extraction record";
    if (j.at("v").get<int>() != kExtractionFormat)
      return "extraction format " + std::to_string(j.at("v").get<int>()) + " (this clusterkg reads " +
             std::to_string(kExtractionFormat) + ")";
    const json& a = j.at("article");
    out.article.id = a.at("id").get<std::string>();
    out.article.source = a.at("source").get<std::string>();
    out.article.url = a.at("url").get<std::string>();
    out.article.title = a.at("title").get<std::string>();
    out.article.date = a.at("date").get<std::string>();
    out.article.content_hash = a.at("hash").get<std::string>();
    if (out.article.id.empty()) return "extraction record without an article id";
    for (const auto& s : j.at("sentences")) out.sentences.push_back({span_from(s.at(0)), s.at(1).get<std::string>()});
    for (const auto& je : j.at("entities")) {
      ExtractedEntity e;
      const int type = je.at("type").get<int>();
      if (type < 0 || type >= kEntityTypeCount) return "entity type " + std::to_string(type) + " out of range";
      e.type = static_cast<EntityType>(type);
      e.name = je.at("name").get<std::string>();
      e.key = je.at("key").get<std::string>();
      e.aliases = je.at("aliases").get<std::vector<std::string>>();
      e.local_aliases = je.at("local").get<std::vector<std::string>>();
      e.lexicon_name = je.at("lexicon").get<bool>();
      e.merge_reason = je.at("reason").get<std::string>();
      e.confidence = je.at("conf").get<double>();
      e.broader = je.at("broader").get<std::vector<std::string>>();
      for (const auto& m : je.at("mentions")) e.mentions.push_back({span_from(m.at(0)), m.at(1).get<std::string>()});
      if (je.contains("place")) {
        const json& p = je.at("place");
        e.place = PlaceInfo{p.at("code").get<std::string>(), p.at("parent").get<std::string>(),
                            p.at("lat").get<double>(), p.at("lng").get<double>(), p.at("point").get<bool>()};
      }
      out.entities.push_back(std::move(e));
    }
    const int n_entities = static_cast<int>(out.entities.size());
    const int n_sentences = static_cast<int>(out.sentences.size());
    for (const auto& jf : j.at("facts")) {
      ExtractedFact f;
      f.subject = jf.at("s").get<int>();
      const int rel = jf.at("r").get<int>();
      if (rel < 0 || rel >= kRelationCount) return "relation " + std::to_string(rel) + " out of range";
      f.relation = static_cast<Relation>(rel);
      f.object = jf.at("o").get<int>();
      f.value = jf.at("value").get<std::string>();
      f.confidence = jf.at("conf").get<double>();
      f.sentence = jf.at("sent").get<int>();
      f.rule = jf.at("rule").get<std::string>();
      if (jf.contains("year")) f.year = jf.at("year").get<int>();
      if (f.subject < 0 || f.subject >= n_entities || f.object < -1 || f.object >= n_entities || f.sentence < -1 ||
          f.sentence >= n_sentences)
        return "fact refers to an entity or sentence that is not in the record";
      out.facts.push_back(std::move(f));
    }
  } catch (const json::exception& e) {
    return std::string("bad extraction record: ") + e.what();
  }
  return "";
}

void compact_extraction(ArticleExtraction& x) {
  std::string().swap(x.article.text);
  std::vector<bool> used(x.sentences.size(), false);
  for (const auto& f : x.facts)
    if (f.sentence >= 0 && static_cast<std::size_t>(f.sentence) < used.size())
      used[static_cast<std::size_t>(f.sentence)] = true;
  for (std::size_t i = 0; i < x.sentences.size(); ++i)
    if (!used[i]) std::string().swap(x.sentences[i].text);
}

}  // namespace ckg
