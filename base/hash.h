// Hashing: SHA-256 (OpenSSL libcrypto) for content identity of stored texts
// and data files; XXH3 (libxxhash) for fast 64-bit hashing in hot paths.
// Thread-safe (pure functions).
#ifndef FACTMINE_BASE_HASH_H_
#define FACTMINE_BASE_HASH_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace factmine {

// Lowercase hex SHA-256 of the bytes.
std::string Sha256Hex(std::string_view bytes);

uint64_t Hash64(std::string_view bytes, uint64_t seed = 0);

}  // namespace factmine

#endif  // FACTMINE_BASE_HASH_H_
