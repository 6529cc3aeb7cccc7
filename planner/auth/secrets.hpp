// Passwords (Argon2id, libsodium) and random tokens (session, CSRF, screen). Tokens are
// stored only as their SHA-256; they have 256 bits of entropy, so a fast hash suffices.
#pragma once

#include <string>
#include <string_view>

namespace dagritme::auth {

std::string hash_password(std::string_view password); // throws when out of memory
bool verify_password(std::string_view password, const std::string& stored_hash);

std::string random_token();                               // 64 hex digits
std::string token_hash(std::string_view token);           // sha256 hex
std::string random_digits(int count);                     // pairing codes: "048213"
bool same_secret(std::string_view a, std::string_view b); // constant time

} // namespace dagritme::auth
