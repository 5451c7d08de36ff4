// Progress on stderr for long runs: a bar that redraws itself when stderr is
// a terminal, a plain line every few seconds otherwise, nothing when quiet.
#ifndef FACTMINE_CLI_PROGRESS_H_
#define FACTMINE_CLI_PROGRESS_H_

#include <chrono>
#include <cstdint>
#include <string>

namespace factmine::cli {

class Progress {
 public:
  Progress(std::string verb, uint64_t total_bytes, bool quiet);
  // Reports documents done and bytes read so far (rate-limited internally).
  void Update(uint64_t documents, uint64_t bytes);
  // Clears the bar (terminal) before the summary is printed.
  void Finish();

 private:
  std::string verb_;
  uint64_t total_;
  bool quiet_, tty_;
  bool drawn_ = false;
  std::chrono::steady_clock::time_point start_, last_;
};

}  // namespace factmine::cli

#endif  // FACTMINE_CLI_PROGRESS_H_
