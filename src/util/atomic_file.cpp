#include "util/atomic_file.h"

#include <fcntl.h>
#include <unistd.h>
#include <atomic>
#include <cerrno>
#include <cstring>

namespace ckg {
namespace {

std::filesystem::path temp_name(const std::filesystem::path& target) {
  static std::atomic<unsigned> counter{0};
  auto name = target.filename().string() + ".tmp-" + std::to_string(::getpid()) + "-" + std::to_string(counter++);
  return target.parent_path() / name;
}

std::string errno_message(const std::string& what, const std::filesystem::path& p) {
  return what + " " + p.string() + ": " + std::strerror(errno);
}

bool fsync_path(const std::filesystem::path& p) {
  int fd = ::open(p.c_str(), O_RDONLY);
  if (fd < 0) return false;
  bool ok = ::fsync(fd) == 0;
  ::close(fd);
  return ok;
}

}  // namespace

AtomicFile::AtomicFile(std::filesystem::path target) : target_(std::move(target)) {
  temp_ = temp_name(target_);
  file_ = std::fopen(temp_.c_str(), "wb");
  if (!file_) error_ = errno_message("cannot create", temp_);
}

AtomicFile::~AtomicFile() {
  if (file_) std::fclose(file_);
  if (!committed_) {
    std::error_code ec;
    std::filesystem::remove(temp_, ec);
  }
}

void AtomicFile::write(std::string_view data) {
  if (!ok() || data.empty()) return;
  if (std::fwrite(data.data(), 1, data.size(), file_) != data.size()) error_ = errno_message("cannot write", temp_);
}

bool AtomicFile::commit() {
  if (!file_) return false;
  if (error_.empty() && std::fflush(file_) != 0) error_ = errno_message("cannot write", temp_);
  if (error_.empty() && ::fsync(::fileno(file_)) != 0) error_ = errno_message("cannot sync", temp_);
  if (std::fclose(file_) != 0 && error_.empty()) error_ = errno_message("cannot close", temp_);
  file_ = nullptr;
  if (!error_.empty()) return false;
  if (std::rename(temp_.c_str(), target_.c_str()) != 0) {
    error_ = errno_message("cannot rename to", target_);
    return false;
  }
  committed_ = true;
  auto dir = target_.parent_path();
  fsync_path(dir.empty() ? std::filesystem::path(".") : dir);
  return true;
}

std::string write_file_atomically(const std::filesystem::path& target, std::string_view content) {
  AtomicFile f(target);
  f.write(content);
  if (!f.ok() || !f.commit()) return f.error();
  return "";
}

std::string produce_file_atomically(const std::filesystem::path& target,
                                    const std::function<std::string(const std::filesystem::path&)>& produce) {
  const auto temp = temp_name(target);
  std::string err = produce(temp);
  std::error_code ec;
  if (err.empty()) {
    if (!fsync_path(temp)) err = errno_message("cannot sync", temp);
  }
  if (err.empty() && std::rename(temp.c_str(), target.c_str()) != 0) err = errno_message("cannot rename to", target);
  if (!err.empty()) {
    std::filesystem::remove(temp, ec);
    return err;
  }
  auto dir = target.parent_path();
  fsync_path(dir.empty() ? std::filesystem::path(".") : dir);
  return "";
}

}  // namespace ckg
