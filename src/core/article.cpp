#include "core/article.h"

#include "util/hash.h"

namespace ckg {

void finalize_article(Article& a) {
  a.content_hash = hex64(fnv1a64(a.text));
  if (a.id.empty()) a.id = "a" + a.content_hash;
}

}  // namespace ckg
