#include "util/output_set.h"

#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <vector>

namespace ckg {
namespace fs = std::filesystem;
namespace {

std::string errno_text() { return std::strerror(errno); }

void fsync_dir(const fs::path& p) {
  int fd = ::open(p.empty() ? "." : p.c_str(), O_RDONLY | O_DIRECTORY);
  if (fd < 0) return;
  ::fsync(fd);
  ::close(fd);
}

bool fsync_file(const fs::path& p) {
  int fd = ::open(p.c_str(), O_RDONLY);
  if (fd < 0) return false;
  const bool ok = ::fsync(fd) == 0;
  ::close(fd);
  return ok;
}

bool process_alive(const std::string& pid_text) {
  char* end = nullptr;
  const long pid = std::strtol(pid_text.c_str(), &end, 10);
  if (end == pid_text.c_str() || *end != '\0' || pid <= 0) return false;
  if (pid == static_cast<long>(::getpid())) return true;
  return ::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM;
}

// Leftovers beside dir: ".<name>.staging-<pid>" (a build that did not finish,
// or the old set after an exchange) and ".<name>.old-<pid>" (the old set
// moved aside when the file system cannot exchange).
struct Leftover {
  fs::path path;
  std::string pid;
  bool old = false;
};

std::vector<Leftover> leftovers(const fs::path& dir) {
  std::vector<Leftover> out;
  const fs::path parent = dir.parent_path().empty() ? fs::path(".") : dir.parent_path();
  const std::string staging = "." + dir.filename().string() + ".staging-";
  const std::string old = "." + dir.filename().string() + ".old-";
  std::error_code ec;
  for (fs::directory_iterator it(parent, ec), end; !ec && it != end; it.increment(ec)) {
    const std::string name = it->path().filename().string();
    if (name.rfind(staging, 0) == 0)
      out.push_back({it->path(), name.substr(staging.size()), false});
    else if (name.rfind(old, 0) == 0)
      out.push_back({it->path(), name.substr(old.size()), true});
  }
  std::sort(out.begin(), out.end(), [](const Leftover& a, const Leftover& b) { return a.path < b.path; });
  return out;
}

// Moves the subfolders of `from` that `to` lacks into `to`.
void move_subfolders(const fs::path& from, const fs::path& to) {
  std::error_code ec;
  for (fs::directory_iterator it(from, ec), end; !ec && it != end; it.increment(ec)) {
    std::error_code e2;
    if (!it->is_directory(e2) || it->is_symlink(e2)) continue;
    const fs::path target = to / it->path().filename();
    if (!fs::exists(fs::symlink_status(target, e2))) fs::rename(it->path(), target, e2);
  }
}

}  // namespace

std::string recover_output_set(const fs::path& dir) {
  std::error_code ec;
  for (const auto& l : leftovers(dir)) {
    if (!l.old && process_alive(l.pid)) continue;  // another build is writing it now
    if (!fs::exists(fs::symlink_status(dir, ec))) {
      // Killed between moving the old set aside and moving the new one in.
      if (l.old) {
        if (fs::rename(l.path, dir, ec); ec)
          return "cannot restore " + dir.string() + " from " + l.path.string() + ": " + ec.message();
        continue;
      }
    } else {
      move_subfolders(l.path, dir);
    }
    fs::remove_all(l.path, ec);
  }
  return "";
}

OutputSet::OutputSet(fs::path dir) : dir_(std::move(dir)) {
  std::error_code ec;
  const auto st = fs::symlink_status(dir_, ec);
  if (fs::is_symlink(st)) {
    const fs::path resolved = fs::canonical(dir_, ec);
    if (ec) {
      error_ = "output folder " + dir_.string() + " is a symbolic link that cannot be followed: " + ec.message();
      return;
    }
    dir_ = resolved;
  } else if (fs::exists(st) && !fs::is_directory(st)) {
    error_ = "output path " + dir_.string() + " exists and is not a folder";
    return;
  }
  if (dir_.filename().empty()) dir_ = dir_.parent_path();  // "out/" -> "out"
  if (dir_.filename() == "." || dir_.filename() == "..") dir_ = fs::absolute(dir_, ec).lexically_normal();
  if (dir_.filename().empty()) dir_ = dir_.parent_path();
  const fs::path parent = dir_.parent_path();
  if (!parent.empty()) {
    fs::create_directories(parent, ec);
    if (ec) {
      error_ = "cannot create output folder " + parent.string() + ": " + ec.message();
      return;
    }
  }
  if (auto err = recover_output_set(dir_); !err.empty()) {
    error_ = err;
    return;
  }
  staging_ = parent / ("." + dir_.filename().string() + ".staging-" + std::to_string(::getpid()));
  fs::remove_all(staging_, ec);
  if (!fs::create_directory(staging_, ec) || ec)
    error_ = "cannot create staging folder " + staging_.string() + ": " + (ec ? ec.message() : "already exists");
}

OutputSet::~OutputSet() {
  if (committed_ || staging_.empty()) return;
  std::error_code ec;
  fs::remove_all(staging_, ec);
}

std::string OutputSet::commit() {
  if (!error_.empty()) return error_;
  std::error_code ec;
  // Everything staged is on disk before it becomes visible.
  for (fs::directory_iterator it(staging_, ec), end; !ec && it != end; it.increment(ec)) {
    std::error_code e2;
    if (it->is_regular_file(e2) && !fsync_file(it->path()))
      return "cannot sync " + it->path().string() + ": " + errno_text();
  }
  if (ec) return "cannot read staging folder " + staging_.string() + ": " + ec.message();
  fsync_dir(staging_);
  const fs::path parent = dir_.parent_path();

  if (!fs::exists(fs::symlink_status(dir_, ec))) {
    if (::rename(staging_.c_str(), dir_.c_str()) != 0)
      return "cannot rename " + staging_.string() + " to " + dir_.string() + ": " + errno_text();
    committed_ = true;
    fsync_dir(parent);
    return "";
  }

  // Carry over what else is in the output folder: files by hard link (copy if
  // that fails); subfolders are moved after the exchange.
  bool has_subfolders = false;
  for (fs::directory_iterator it(dir_, ec), end; !ec && it != end; it.increment(ec)) {
    const fs::path target = staging_ / it->path().filename();
    std::error_code e2;
    if (fs::exists(fs::symlink_status(target, e2))) continue;  // replaced by the new set
    const std::string name = it->path().filename().string();
    if (name.find(".tmp-") != std::string::npos) continue;  // a temporary of a killed writer
    if (dropped_.count(name)) continue;
    const auto st = it->symlink_status(e2);
    if (fs::is_directory(st)) {
      has_subfolders = true;
      continue;
    }
    if (fs::is_symlink(st)) {
      fs::copy_symlink(it->path(), target, e2);
    } else if (::link(it->path().c_str(), target.c_str()) != 0) {
      fs::copy_file(it->path(), target, e2);
    }
    if (e2) return "cannot carry over " + it->path().string() + ": " + e2.message();
  }
  if (ec) return "cannot read output folder " + dir_.string() + ": " + ec.message();

  fs::path old_set = staging_;  // after the exchange the staging path holds the old set
  if (::renameat2(AT_FDCWD, staging_.c_str(), AT_FDCWD, dir_.c_str(), RENAME_EXCHANGE) != 0) {
    if (errno != EINVAL && errno != ENOSYS && errno != ENOTSUP)
      return "cannot exchange " + staging_.string() + " and " + dir_.string() + ": " + errno_text();
    // No exchange on this file system: two renames; a kill between them is
    // undone by recover_output_set() (the old set comes back).
    old_set = parent / ("." + dir_.filename().string() + ".old-" + std::to_string(::getpid()));
    if (::rename(dir_.c_str(), old_set.c_str()) != 0) return "cannot move " + dir_.string() + " aside: " + errno_text();
    if (::rename(staging_.c_str(), dir_.c_str()) != 0) {
      const std::string err = "cannot rename " + staging_.string() + " to " + dir_.string() + ": " + errno_text();
      ::rename(old_set.c_str(), dir_.c_str());
      return err;
    }
  }
  committed_ = true;
  fsync_dir(parent);
  if (has_subfolders) move_subfolders(old_set, dir_);
  fs::remove_all(old_set, ec);
  return "";
}

}  // namespace ckg
