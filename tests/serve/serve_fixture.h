// A `clusterkg serve` process on a free port of 127.0.0.1 for the protocol
// tests, on the sample graph built once per test process.
#pragma once

#include <fcntl.h>
#include <httplib.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

#include "support/helpers.h"

namespace ckg::test {

// The sample corpus built with the real binary, once.
inline const std::filesystem::path& serve_sample_dir() {
  static TempDir dir;
  static bool built = false;
  if (!built) {
    auto r = run_clusterkg({"build", "-o", (dir / "out").string()});
    if (r.status != 0) throw std::runtime_error("clusterkg build failed: " + r.err);
    built = true;
  }
  static std::filesystem::path out = dir / "out";
  return out;
}

class ServeProcess {
 public:
  explicit ServeProcess(std::vector<std::string> extra) {
    std::vector<std::string> args = {CKG_BINARY, "serve", "--port", "0"};
    if (std::find(extra.begin(), extra.end(), "--data") == extra.end()) {
      args.push_back("--data");
      args.push_back(serve_sample_dir().string());
    }
    args.insert(args.end(), extra.begin(), extra.end());
    out_ = dir_ / "stdout.txt";
    err_ = dir_ / "stderr.txt";
    pid_ = ::fork();
    if (pid_ < 0) throw std::runtime_error("fork failed");
    if (pid_ == 0) {
      // dup2, not freopen: freopen would flush this process's pending stdout.
      const int o = ::open(out_.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
      const int e = ::open(err_.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
      if (o < 0 || e < 0) ::_exit(126);
      ::dup2(o, 1);
      ::dup2(e, 2);
      std::vector<char*> argv;
      for (auto& a : args) argv.push_back(a.data());
      argv.push_back(nullptr);
      ::execv(argv[0], argv.data());
      ::_exit(127);
    }
    // Wait for "listening on http://127.0.0.1:PORT/".
    for (int i = 0; i < 600 && port_ == 0; ++i) {
      const std::string s = read_file(out_);
      const auto p = s.find("listening on http://127.0.0.1:");
      if (p != std::string::npos) {
        port_ = std::stoi(s.substr(p + 30));
        break;
      }
      int status = 0;
      if (::waitpid(pid_, &status, WNOHANG) == pid_) {
        pid_ = -1;
        exit_status_ = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
        return;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
  }
  ~ServeProcess() { stop(); }
  ServeProcess(const ServeProcess&) = delete;
  ServeProcess& operator=(const ServeProcess&) = delete;

  int port() const { return port_; }
  bool running() const { return pid_ > 0 && port_ > 0; }
  httplib::Client client() const {
    httplib::Client c("127.0.0.1", port_);
    c.set_read_timeout(180, 0);
    return c;
  }
  std::string err() const { return read_file(err_); }
  std::string out() const { return read_file(out_); }

  // Sends `sig` and waits up to 20 s; returns the exit status (-1 if killed
  // by a signal or still running, then killed).
  int stop(int sig = SIGTERM) {
    if (pid_ <= 0) return exit_status_;
    ::kill(pid_, sig);
    int status = 0;
    for (int i = 0; i < 400; ++i) {
      if (::waitpid(pid_, &status, WNOHANG) == pid_) {
        pid_ = -1;
        exit_status_ = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
        return exit_status_;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    ::kill(pid_, SIGKILL);
    ::waitpid(pid_, &status, 0);
    pid_ = -1;
    exit_status_ = -1;
    return exit_status_;
  }
  int exit_status() const { return exit_status_; }

 private:
  TempDir dir_;
  std::filesystem::path out_, err_;
  pid_t pid_ = -1;
  int port_ = 0;
  int exit_status_ = -1;
};

}  // namespace ckg::test
