// The PostgreSQL backend is not built yet: a postgresql:// location is
// refused with a clear message until it lands.
#include "output/internal/sql.h"

namespace factmine::internal {

StatusOr<std::unique_ptr<SqlConnection>> OpenPostgres(const std::string& url) {
  return FailedPreconditionError("PostgreSQL databases (" + url + ") are not supported by this factmine yet");
}

}  // namespace factmine::internal
