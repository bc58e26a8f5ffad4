// Extraction of one article: normalise, find entities and relations, and
// report them against the original text. Thread-safe: reads only the shared
// read-only Knowledge.
#pragma once

#include "core/article.h"
#include "core/extraction.h"

namespace ckg {

class Knowledge;

ArticleExtraction extract_article(const Article& article);
ArticleExtraction extract_article(const Article& article, const Knowledge& knowledge);

}  // namespace ckg
