// Argon2id password hashes, random tokens and their SHA-256 (libsodium).
#include "auth/secrets.hpp"

#include "media/media_store.hpp"

#include <sodium.h>

#include <stdexcept>

namespace dagritme::auth {

std::string hash_password(std::string_view password) {
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, password.data(), password.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        throw std::runtime_error("cannot hash the password: out of memory");
    return out;
}

bool verify_password(std::string_view password, const std::string& stored_hash) {
    return crypto_pwhash_str_verify(stored_hash.c_str(), password.data(), password.size()) == 0;
}

std::string random_token() {
    unsigned char bytes[32];
    randombytes_buf(bytes, sizeof bytes);
    char hex[sizeof bytes * 2 + 1];
    sodium_bin2hex(hex, sizeof hex, bytes, sizeof bytes);
    return hex;
}

std::string token_hash(std::string_view token) {
    return media::sha256_hex(token);
}

std::string random_digits(int count) {
    std::string out;
    for (int i = 0; i < count; ++i)
        out += static_cast<char>('0' + randombytes_uniform(10));
    return out;
}

bool same_secret(std::string_view a, std::string_view b) {
    return a.size() == b.size() && sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

} // namespace dagritme::auth
