// Exit statuses of the clusterkg command (documented in README.md).
#pragma once

namespace ckg::exit_code {
inline constexpr int kOk = 0;          // everything was read and written
inline constexpr int kFailure = 1;     // a fatal error: nothing (new) was written
inline constexpr int kUsage = 2;       // bad command line
inline constexpr int kPartial = 3;     // some inputs were skipped; outputs written for the rest
inline constexpr int kQueryError = 4;  // a query could not be parsed or is not supported
}  // namespace ckg::exit_code
