// Command-line options of one dagritme-planner command: "--name value" or "--name=value",
// checked against the options the command knows. Mistakes throw UsageError (exit code 2).
#pragma once

#include <map>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

namespace dagritme::cli {

class UsageError : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

class Args {
  public:
    // `options` take a value; `flags` don't. "--help" is always known.
    Args(const std::vector<std::string>& args, const std::set<std::string>& options,
         const std::set<std::string>& flags = {});

    bool help() const { return help_; }
    bool flag(const std::string& name) const { return flags_.contains(name); }
    std::optional<std::string> get(const std::string& name) const;
    std::string required(const std::string& name) const;
    const std::vector<std::string>& positional() const { return positional_; }

  private:
    std::map<std::string, std::string> values_;
    std::set<std::string> flags_;
    std::vector<std::string> positional_;
    bool help_ = false;
};

} // namespace dagritme::cli
