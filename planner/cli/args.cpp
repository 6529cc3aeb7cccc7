// Parsing `dagritme-planner COMMAND [--key value]...`: known options only, clear errors.
#include "cli/args.hpp"

namespace dagritme::cli {

Args::Args(const std::vector<std::string>& args, const std::set<std::string>& options,
           const std::set<std::string>& flags) {
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        if (arg == "--help" || arg == "-h") {
            help_ = true;
            continue;
        }
        if (arg.rfind("--", 0) != 0) {
            positional_.push_back(arg);
            continue;
        }
        std::string name = arg.substr(2), value;
        const auto eq = name.find('=');
        const bool inline_value = eq != std::string::npos;
        if (inline_value) {
            value = name.substr(eq + 1);
            name = name.substr(0, eq);
        }
        if (flags.contains(name)) {
            if (inline_value) throw UsageError("option --" + name + " takes no value");
            flags_.insert(name);
            continue;
        }
        if (!options.contains(name)) throw UsageError("unknown option --" + name);
        if (!inline_value) {
            if (i + 1 >= args.size()) throw UsageError("option --" + name + " needs a value");
            value = args[++i];
        }
        if (value.empty()) throw UsageError("option --" + name + " needs a value");
        if (!values_.emplace(name, value).second)
            throw UsageError("option --" + name + " given twice");
    }
}

std::optional<std::string> Args::get(const std::string& name) const {
    const auto it = values_.find(name);
    if (it == values_.end()) return std::nullopt;
    return it->second;
}

std::string Args::required(const std::string& name) const {
    auto value = get(name);
    if (!value) throw UsageError("missing option --" + name);
    return *value;
}

} // namespace dagritme::cli
