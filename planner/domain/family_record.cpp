// The family record's rules: its fields, the parents' contact details and the phase changes.
#include "domain/family_record.hpp"

namespace dagritme {

std::optional<Phase> FamilyRecord::current_phase() const {
    if (phases.empty()) return std::nullopt;
    return phases.back().phase;
}

namespace {

// Characters, not bytes: "Zoë" is three.
std::size_t characters(const std::string& text) {
    std::size_t n = 0;
    for (const char c : text)
        n += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
    return n;
}

bool plausible_email(const std::string& email) {
    const auto at = email.find('@');
    if (at == std::string::npos || at == 0 || email.find('@', at + 1) != std::string::npos)
        return false;
    for (const char c : email)
        if (c == ' ' || c == '\t' || c == '\n' || c == ',' || c == ';' || c == '<' || c == '>')
            return false;
    const auto domain = email.substr(at + 1);
    const auto dot = domain.rfind('.');
    return dot != std::string::npos && dot > 0 && domain.size() - dot - 1 >= 2 &&
           domain.find("..") == std::string::npos;
}

// Digits, spaces and + - ( ) only, with 6 to 15 digits: "06 1234 5678", "+31 (0)30 123 4567".
bool plausible_phone(const std::string& phone) {
    int digits = 0;
    for (const char c : phone) {
        if (c >= '0' && c <= '9')
            ++digits;
        else if (c != ' ' && c != '+' && c != '-' && c != '(' && c != ')')
            return false;
    }
    return digits >= 6 && digits <= 15;
}

} // namespace

std::vector<RecordProblem> check_record_fields(const RecordFields& fields) {
    std::vector<RecordProblem> problems;
    if (characters(fields.notes) > max_record_notes_length)
        problems.push_back({RecordProblem::Kind::too_long, RecordField::notes});
    if (fields.interview_phase2 && fields.interview_phase4 &&
        *fields.interview_phase4 < *fields.interview_phase2)
        problems.push_back(
            {RecordProblem::Kind::interview_before_phase2, RecordField::interview_phase4});
    return problems;
}

std::vector<RecordProblem> check_parent_contact(const ParentContact& contact) {
    using Kind = RecordProblem::Kind;
    std::vector<RecordProblem> problems;
    if (characters(contact.phone) > max_contact_length)
        problems.push_back({Kind::too_long, RecordField::phone});
    else if (!contact.phone.empty() && !plausible_phone(contact.phone))
        problems.push_back({Kind::bad_phone, RecordField::phone});
    if (characters(contact.email) > max_contact_length)
        problems.push_back({Kind::too_long, RecordField::email});
    else if (!contact.email.empty() && !plausible_email(contact.email))
        problems.push_back({Kind::bad_email, RecordField::email});
    if (characters(contact.address) > max_contact_length)
        problems.push_back({Kind::too_long, RecordField::address});
    if (characters(contact.custody_note) > max_contact_length)
        problems.push_back({Kind::too_long, RecordField::custody_note});
    return problems;
}

std::vector<Phase> next_phases(Phase from) {
    switch (from) {
    case Phase::introduction:
        return {Phase::parenting_interview};
    case Phase::parenting_interview:
        return {Phase::meta_position_and_floor};
    case Phase::meta_position_and_floor:
        return {Phase::parenting_interview_again};
    case Phase::parenting_interview_again:
        return {Phase::meta_position_and_floor, Phase::winding_down};
    case Phase::winding_down:
        return {};
    }
    return {};
}

std::optional<PhaseProblem> check_phase_change(const std::vector<PhaseEntry>& history, Phase to,
                                               Date began, Date today) {
    using Kind = PhaseProblem::Kind;
    if (history.empty()) {
        if (to != Phase::introduction)
            return PhaseProblem{Kind::first_not_introduction, std::nullopt, to, std::nullopt};
        if (began > today) return PhaseProblem{Kind::in_future, std::nullopt, to, std::nullopt};
        return std::nullopt;
    }
    const auto& current = history.back();
    PhaseProblem problem{Kind::same_phase, current.phase, to, current.began};
    const auto allowed = next_phases(current.phase);
    bool ok = false;
    for (const auto p : allowed)
        ok = ok || p == to;
    if (!ok) {
        if (to == current.phase)
            problem.kind = Kind::same_phase;
        else if (allowed.empty())
            problem.kind = Kind::after_final;
        else if (static_cast<int>(to) > static_cast<int>(current.phase) + 1)
            problem.kind = Kind::skips_phases;
        else
            problem.kind = Kind::not_allowed;
        return problem;
    }
    if (began < current.began) {
        problem.kind = Kind::before_previous;
        return problem;
    }
    if (began > today) {
        problem.kind = Kind::in_future;
        return problem;
    }
    for (const auto& entry : history)
        if (entry.phase == to && entry.began == began) {
            problem.kind = Kind::same_day_again;
            return problem;
        }
    return std::nullopt;
}

} // namespace dagritme
