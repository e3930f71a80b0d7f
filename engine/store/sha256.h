// SHA-256 through libcrypto's EVP, the one hash of Relance that leaves the
// process: the canonical state digest (digest.h) and the fingerprint of a
// dead letter's original bytes (kafka/dead_letter.h). Hex output, lower case.
//
// Thread safety: a Sha256 belongs to one thread; Sha256Hex is reentrant.
#pragma once

#include <openssl/evp.h>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

namespace relance::store {

class Sha256 {
 public:
  Sha256();
  void Update(std::string_view bytes);
  // The 8 big-endian bytes of n: lengths framed into the digest, so that
  // ("ab","c") and ("a","bc") hash apart.
  void UpdateLength(std::uint64_t n);
  // The digest of everything given, as 64 hex digits. Call once.
  std::string Hex();

 private:
  std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx_;
};

// The SHA-256 of `bytes` as 64 lower-case hex digits.
std::string Sha256Hex(std::string_view bytes);

}  // namespace relance::store
