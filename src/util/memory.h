// What the process holds in memory, and handing freed pages back to the
// system, whichever malloc the executable was linked with (glibc's, or
// jemalloc for the release binary; see CMakeLists.txt).
#pragma once

namespace ckg {

// Resident set size in MiB: "VmRSS" (now) or "VmHWM" (peak); 0 if unknown.
double rss_mib(const char* field);
// Bytes the program has allocated and not freed, in MiB, when jemalloc is the
// allocator; -1 otherwise (glibc's malloc has no cheap figure for it).
double heap_mib();
// Returns free pages to the system (glibc malloc_trim, jemalloc purge).
void release_free_memory();

}  // namespace ckg
