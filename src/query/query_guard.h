// What rasqal 0.9.33 cannot run safely. A query using VALUES (crashes the
// process), property paths, MINUS, EXISTS, DESCRIBE, SPARQL Update, aggregate
// sub-SELECTs (wrong rows) or a GROUP_CONCAT separator (ignored) is refused
// before it reaches rasqal, with a message saying how to phrase it instead.
#pragma once

#include <optional>
#include <string>

namespace ckg {

// nullopt if the query may run; otherwise the explanation.
std::optional<std::string> check_query(const std::string& query);

}  // namespace ckg
