#include "core/article.h"

#include "util/hash.h"

namespace ckg {

void finalize_article(Article& a) {
  a.content_hash = hex64(fnv1a64(a.text));
  if (a.id.empty()) a.id = "a" + a.content_hash;
}

Article article_metadata(const Article& a) {
  // A new field must be copied here too: the size check makes that a compile error.
  static_assert(sizeof(Article) == 7 * sizeof(std::string), "copy the new field of Article below");
  Article m;
  m.id = a.id;
  m.source = a.source;
  m.url = a.url;
  m.title = a.title;
  m.date = a.date;
  m.content_hash = a.content_hash;
  return m;
}

}  // namespace ckg
