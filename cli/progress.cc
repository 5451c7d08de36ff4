#include "cli/progress.h"

#include <unistd.h>

#include <cstdio>

namespace factmine::cli {

Progress::Progress(std::string verb, uint64_t total_bytes, bool quiet)
    : verb_(std::move(verb)), total_(total_bytes), quiet_(quiet), tty_(isatty(STDERR_FILENO) != 0) {
  start_ = last_ = std::chrono::steady_clock::now();
}

void Progress::Update(uint64_t documents, uint64_t bytes) {
  if (quiet_) return;
  auto now = std::chrono::steady_clock::now();
  double since = std::chrono::duration<double>(now - last_).count();
  if (since < (tty_ ? 0.2 : 10.0)) return;
  last_ = now;
  double elapsed = std::chrono::duration<double>(now - start_).count();
  double mb = bytes / 1e6, rate = elapsed > 0 ? mb / elapsed : 0;
  char eta[32] = "?";
  if (total_ > 0 && rate > 0 && bytes <= total_) {
    int s = static_cast<int>((total_ - bytes) / 1e6 / rate);
    std::snprintf(eta, sizeof eta, "%d:%02d", s / 60, s % 60);
  }
  if (tty_) {
    int width = 30, fill = total_ > 0 ? static_cast<int>(width * std::min(1.0, double(bytes) / total_)) : 0;
    std::string bar(static_cast<size_t>(fill), '#');
    bar.resize(static_cast<size_t>(width), '.');
    std::fprintf(stderr, "\r%s [%s] %llu docs  %.1f/%.1f MB  %.1f MB/s  ETA %s   ", verb_.c_str(), bar.c_str(),
                 static_cast<unsigned long long>(documents), mb, total_ / 1e6, rate, eta);
    drawn_ = true;
  } else {
    std::fprintf(stderr, "%s: %llu documents, %.1f/%.1f MB, %.1f MB/s, ETA %s\n", verb_.c_str(),
                 static_cast<unsigned long long>(documents), mb, total_ / 1e6, rate, eta);
  }
}

void Progress::Finish() {
  if (drawn_ && tty_) std::fprintf(stderr, "\r%*s\r", 100, "");
  drawn_ = false;
}

}  // namespace factmine::cli
