// Status and StatusOr: how factmine reports errors across stage boundaries.
//
// Library code never throws across a stage boundary, never prints and never
// exits; it returns a Status that names what failed and why. Only the CLI
// turns a Status into a message and an exit code.
//
// Thread-safety: Status and StatusOr are values; distinct objects may be used
// from different threads freely, a single object needs external locking.
#ifndef FACTMINE_BASE_STATUS_H_
#define FACTMINE_BASE_STATUS_H_

#include <cassert>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace factmine {

enum class StatusCode {
  kOk = 0,
  kInvalidArgument,    // the caller passed something unusable (bad option, bad date)
  kNotFound,           // a file, table or data entry does not exist
  kInvalidInput,       // an input document is malformed (bad UTF-8, binary, bad JSON)
  kIoError,            // the operating system refused a read or write
  kFailedPrecondition, // the environment is not in the required state (schema too new)
  kResourceExhausted,  // disk full, input over a size limit
  kDataLoss,           // a stored file is corrupted
  kInternal,           // a bug: an invariant did not hold
};

std::string_view StatusCodeName(StatusCode code);

class [[nodiscard]] Status {
 public:
  Status() = default;
  Status(StatusCode code, std::string message) : code_(code), message_(std::move(message)) {}

  static Status Ok() { return Status(); }

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }

  // "invalid input: <message>"; "ok" for success.
  std::string ToString() const;

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

inline Status InvalidArgumentError(std::string m) { return {StatusCode::kInvalidArgument, std::move(m)}; }
inline Status NotFoundError(std::string m) { return {StatusCode::kNotFound, std::move(m)}; }
inline Status InvalidInputError(std::string m) { return {StatusCode::kInvalidInput, std::move(m)}; }
inline Status IoError(std::string m) { return {StatusCode::kIoError, std::move(m)}; }
inline Status FailedPreconditionError(std::string m) { return {StatusCode::kFailedPrecondition, std::move(m)}; }
inline Status ResourceExhaustedError(std::string m) { return {StatusCode::kResourceExhausted, std::move(m)}; }
inline Status DataLossError(std::string m) { return {StatusCode::kDataLoss, std::move(m)}; }
inline Status InternalError(std::string m) { return {StatusCode::kInternal, std::move(m)}; }

// Either a value or a non-OK Status. REQUIRES: constructed from a non-OK
// Status when it holds no value; value() is only called when ok().
template <typename T>
class [[nodiscard]] StatusOr {
 public:
  StatusOr(Status status) : status_(std::move(status)) { assert(!status_.ok()); }
  StatusOr(T value) : value_(std::move(value)) {}

  bool ok() const { return status_.ok(); }
  const Status& status() const { return status_; }
  T& value() & { assert(ok()); return *value_; }
  const T& value() const& { assert(ok()); return *value_; }
  T&& value() && { assert(ok()); return std::move(*value_); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }

 private:
  Status status_;
  std::optional<T> value_;
};

}  // namespace factmine

#define FACTMINE_RETURN_IF_ERROR(expr)        \
  do {                                        \
    ::factmine::Status _st = (expr);          \
    if (!_st.ok()) return _st;                \
  } while (0)

#endif  // FACTMINE_BASE_STATUS_H_
