#include "pipeline/spill.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "pipeline/extraction_json.h"

namespace ckg {

SpillFile::~SpillFile() {
  if (fd_ >= 0) ::close(fd_);
}

std::string SpillFile::open(const std::string& dir) {
  std::string templ = dir + "/clusterkg-spill-XXXXXX";
  fd_ = ::mkstemp(templ.data());
  if (fd_ < 0) return error_ = "cannot create a spill file in " + dir + ": " + std::strerror(errno);
  path_ = templ;
  ::unlink(path_.c_str());
  return "";
}

long long SpillFile::append(const ArticleExtraction& x) { return append_record(extraction_to_json(x)); }

long long SpillFile::append_record(const std::string& json) {
  if (!error_.empty()) return -1;
  if (json.size() > 0xFFFFFFFFu) {
    error_ = "an extraction record is larger than 4 GiB";
    return -1;
  }
  std::size_t done = 0;
  while (done < json.size()) {
    const ssize_t n = ::pwrite(fd_, json.data() + done, json.size() - done, static_cast<off_t>(size_ + done));
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      error_ = "cannot write spill file " + path_ + ": " + std::strerror(n < 0 ? errno : ENOSPC);
      return -1;
    }
    done += static_cast<std::size_t>(n);
  }
  records_.emplace_back(size_, static_cast<std::uint32_t>(json.size()));
  size_ += json.size();
  return static_cast<long long>(records_.size()) - 1;
}

std::string SpillFile::load(long long n, ArticleExtraction& out) const {
  if (n < 0 || static_cast<std::size_t>(n) >= records_.size())
    return "no spilled extraction number " + std::to_string(n);
  const auto [offset, length] = records_[static_cast<std::size_t>(n)];
  std::string json(length, '\0');
  std::size_t done = 0;
  while (done < length) {
    const ssize_t r = ::pread(fd_, json.data() + done, length - done, static_cast<off_t>(offset + done));
    if (r < 0 && errno == EINTR) continue;
    if (r <= 0) return "cannot read spill file " + path_ + ": " + (r < 0 ? std::strerror(errno) : "file is short");
    done += static_cast<std::size_t>(r);
  }
  if (auto err = extraction_from_json(json, out); !err.empty())
    return "spill file " + path_ + ": record " + std::to_string(n) + ": " + err;
  return "";
}

}  // namespace ckg
