#include "pipeline/spill.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "pipeline/extraction_record.h"

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

long long SpillFile::append(const ArticleExtraction& x) { return append_record(pack_extraction(x)); }

std::string SpillFile::append_bytes(std::string_view data) {
  if (!error_.empty()) return error_;
  if (fd_ < 0) return error_ = "spill file is not open";
  std::size_t done = 0;
  while (done < data.size()) {
    const ssize_t n = ::pwrite(fd_, data.data() + done, data.size() - done, static_cast<off_t>(size_ + done));
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return error_ = "cannot write spill file " + path_ + ": " + std::strerror(n < 0 ? errno : ENOSPC);
    done += static_cast<std::size_t>(n);
  }
  size_ += data.size();
  return "";
}

std::string SpillFile::read_bytes(std::uint64_t offset, std::size_t len, char* out) const {
  std::size_t done = 0;
  while (done < len) {
    const ssize_t r = ::pread(fd_, out + done, len - done, static_cast<off_t>(offset + done));
    if (r < 0 && errno == EINTR) continue;
    if (r <= 0) return "cannot read spill file " + path_ + ": " + (r < 0 ? std::strerror(errno) : "file is short");
    done += static_cast<std::size_t>(r);
  }
  return "";
}

long long SpillFile::append_record(std::string_view record) {
  if (!error_.empty()) return -1;
  if (record.size() > 0xFFFFFFFFu) {
    error_ = "an extraction record is larger than 4 GiB";
    return -1;
  }
  const std::uint64_t offset = size_;
  if (!append_bytes(record).empty()) return -1;
  records_.emplace_back(offset, static_cast<std::uint32_t>(record.size()));
  return static_cast<long long>(records_.size()) - 1;
}

std::string SpillFile::load(long long n, ArticleExtraction& out) const {
  if (n < 0 || static_cast<std::size_t>(n) >= records_.size())
    return "no spilled extraction number " + std::to_string(n);
  const auto [offset, length] = records_[static_cast<std::size_t>(n)];
  std::string record(length, '\0');
  if (auto err = read_bytes(offset, length, record.data()); !err.empty()) return err;
  if (auto err = unpack_extraction(record, out); !err.empty())
    return "spill file " + path_ + ": record " + std::to_string(n) + ": " + err;
  return "";
}

}  // namespace ckg
