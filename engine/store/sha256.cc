#include "engine/store/sha256.h"

namespace relance::store {

Sha256::Sha256() : ctx_(EVP_MD_CTX_new(), EVP_MD_CTX_free) { EVP_DigestInit_ex(ctx_.get(), EVP_sha256(), nullptr); }

void Sha256::Update(std::string_view bytes) { EVP_DigestUpdate(ctx_.get(), bytes.data(), bytes.size()); }

void Sha256::UpdateLength(std::uint64_t n) {
  char buf[8];
  for (int i = 0; i < 8; ++i) buf[i] = static_cast<char>((n >> (56 - 8 * i)) & 0xff);
  Update(std::string_view(buf, 8));
}

std::string Sha256::Hex() {
  static constexpr char kDigits[] = "0123456789abcdef";
  unsigned char out[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  EVP_DigestFinal_ex(ctx_.get(), out, &len);
  std::string hex;
  hex.reserve(2 * len);
  for (unsigned int i = 0; i < len; ++i) {
    hex.push_back(kDigits[out[i] >> 4]);
    hex.push_back(kDigits[out[i] & 0x0f]);
  }
  return hex;
}

std::string Sha256Hex(std::string_view bytes) {
  Sha256 sha;
  sha.Update(bytes);
  return sha.Hex();
}

}  // namespace relance::store
