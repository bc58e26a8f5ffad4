#include "serve/worker.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <thread>

namespace ckg::serve {
namespace {

// Frame written by the child: "CKG1 <status> <truncated> <rows> <ctlen>\n",
// the Content-Type, then the body up to EOF.
std::string frame(const Body& b) {
  return "CKG1 " + std::to_string(b.status) + " " + (b.truncated ? "1" : "0") + " " + std::to_string(b.rows) + " " +
         std::to_string(b.content_type.size()) + "\n" + b.content_type + b.text;
}

bool unframe(const std::string& data, Body& b) {
  const auto nl = data.find('\n');
  if (nl == std::string::npos || data.rfind("CKG1 ", 0) != 0) return false;
  int status = 0, truncated = 0;
  unsigned long long rows = 0, ctlen = 0;
  if (std::sscanf(data.c_str(), "CKG1 %d %d %llu %llu", &status, &truncated, &rows, &ctlen) != 4) return false;
  if (data.size() < nl + 1 + ctlen) return false;
  b.status = status;
  b.truncated = truncated != 0;
  b.rows = rows;
  b.content_type = data.substr(nl + 1, ctlen);
  b.text = data.substr(nl + 1 + ctlen);
  return true;
}

bool write_all(int fd, const std::string& s) {
  std::size_t off = 0;
  while (off < s.size()) {
    const ssize_t n = ::write(fd, s.data() + off, s.size() - off);
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    off += static_cast<std::size_t>(n);
  }
  return true;
}

// The address space in use now (bytes), from /proc/self/statm.
std::size_t current_vm_bytes() {
  const int fd = ::open("/proc/self/statm", O_RDONLY);
  if (fd < 0) return 0;
  char buf[128] = {};
  const ssize_t n = ::read(fd, buf, sizeof buf - 1);
  ::close(fd);
  if (n <= 0) return 0;
  return std::strtoull(buf, nullptr, 10) * static_cast<std::size_t>(::sysconf(_SC_PAGESIZE));
}

void debug_hooks(const std::string& query) {
  if (query.find("#ckg-debug:abort") != std::string::npos) std::abort();
  const auto p = query.find("#ckg-debug:sleep=");
  if (p != std::string::npos) {
    const long ms = std::strtol(query.c_str() + p + 17, nullptr, 10);
    std::this_thread::sleep_for(std::chrono::milliseconds(ms));
  }
}

std::atomic<bool> g_cancelled{false};

}  // namespace

void cancel_workers() { g_cancelled = true; }

std::mutex& fork_mutex() {
  static std::mutex m;
  return m;
}

Body answer_query(SparqlEngine& engine, const std::string& query, const std::string& accept,
                  const WorkerLimits& limits) {
  if (limits.debug_hooks) debug_hooks(query);
  QueryError error;
  auto result = engine.run(query, error);
  if (!result)
    return error_body(400, std::string(error.unsupported ? "Unsupported query: " : "Query error: ") + error.message);
  return result_body(std::move(*result), accept, limits.row_limit);
}

Body answer_query_isolated(SparqlEngine& engine, const std::string& query, const std::string& accept,
                           const WorkerLimits& limits) {
  int fds[2];
  if (::pipe2(fds, O_CLOEXEC) != 0)
    return error_body(500, std::string("cannot create a pipe: ") + std::strerror(errno));
  pid_t pid;
  {
    std::lock_guard<std::mutex> lock(fork_mutex());
    pid = ::fork();
  }
  if (pid < 0) {
    ::close(fds[0]);
    ::close(fds[1]);
    return error_body(503, std::string("cannot start a query worker: ") + std::strerror(errno));
  }
  if (pid == 0) {
    // Child: only this thread exists. Keep stdin/stdout/stderr and the pipe,
    // drop the server's sockets, restore default signals.
    ::close(fds[0]);
    const int out = fds[1];
    if (out > 3) ::syscall(SYS_close_range, 3u, static_cast<unsigned>(out - 1), 0u);
    ::syscall(SYS_close_range, static_cast<unsigned>(out + 1), ~0u, 0u);
    sigset_t all;
    sigemptyset(&all);
    ::sigprocmask(SIG_SETMASK, &all, nullptr);
    ::signal(SIGPIPE, SIG_DFL);
    if (limits.memory_mb > 0) {
      const rlim_t cap = current_vm_bytes() + static_cast<rlim_t>(limits.memory_mb) * 1024 * 1024;
      struct rlimit rl = {cap, cap};
      ::setrlimit(RLIMIT_AS, &rl);
    }
    Body b;
    try {
      b = answer_query(engine, query, accept, limits);
    } catch (const std::exception& e) {
      b = error_body(500, std::string("query worker failed: ") + e.what());
    }
    const bool ok = write_all(out, frame(b));
    ::_exit(ok ? 0 : 1);
  }
  // Parent.
  ::close(fds[1]);
  const int in = fds[0];
  std::string data;
  bool timed_out = false;
  bool cancelled = false;
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(limits.timeout_ms);
  char buf[65536];
  for (;;) {
    const auto left =
        std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now()).count();
    if (left <= 0) {
      timed_out = true;
      break;
    }
    if (g_cancelled) {
      cancelled = true;
      break;
    }
    struct pollfd p = {in, POLLIN, 0};
    const int r = ::poll(&p, 1, static_cast<int>(std::min<long long>(left, 100)));
    if (r < 0 && errno != EINTR) break;
    if (r <= 0) continue;
    const ssize_t n = ::read(in, buf, sizeof buf);
    if (n < 0) {
      if (errno == EINTR) continue;
      break;
    }
    if (n == 0) break;
    data.append(buf, static_cast<std::size_t>(n));
  }
  ::close(in);
  if (timed_out || cancelled) ::kill(pid, SIGKILL);
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  if (cancelled) return error_body(503, "The server is shutting down: the query was stopped");
  if (timed_out)
    return error_body(503, "Query timed out: it ran longer than the server's limit of " +
                               std::to_string(limits.timeout_ms) +
                               " ms and was stopped (clusterkg serve --timeout-ms); narrow it with more specific "
                               "patterns or a LIMIT");
  Body b;
  if (WIFEXITED(status) && WEXITSTATUS(status) == 0 && unframe(data, b)) return b;
  if (WIFSIGNALED(status)) {
    const int sig = WTERMSIG(status);
    return error_body(500, std::string("Query worker crashed (signal ") + std::to_string(sig) + ", " + strsignal(sig) +
                               "): rasqal 0.9.33 could not run this query, or it ran out of the worker's memory "
                               "allowance; the server is unaffected");
  }
  return error_body(500, "Query worker failed (exit status " +
                             std::to_string(WIFEXITED(status) ? WEXITSTATUS(status) : -1) +
                             ") before sending a result; it may have run out of its memory allowance");
}

}  // namespace ckg::serve
