// The Dutch words of a child's, a placement's and an absence's problems, for the field they
// concern (the forms' field names; the import names the column).
#include "app/intake.hpp"

namespace dagritme::app {
namespace {

std::string weekday_name(int weekday) {
    static const char* const names[] = {"",          "maandag", "dinsdag",  "woensdag",
                                        "donderdag", "vrijdag", "zaterdag", "zondag"};
    return weekday >= 1 && weekday <= 7 ? names[weekday] : "die dag";
}

std::string field_name(ChildField field) {
    switch (field) {
    case ChildField::first_name:
        return "voornaam";
    case ChildField::surname:
        return "achternaam";
    case ChildField::birth_date:
        return "geboortedatum";
    case ChildField::family:
        return "gezin";
    case ChildField::group:
        return "groep";
    case ChildField::first_day:
        return "eerste_dag";
    case ChildField::last_day:
        return "laatste_dag";
    case ChildField::days:
        return "dagen";
    case ChildField::own_place_item:
        return "eigen_plek";
    case ChildField::leave_reason:
        return "reden";
    }
    return "voornaam";
}

} // namespace

FieldProblem word_child_problem(const ChildProblem& p) {
    using Kind = ChildProblem::Kind;
    const auto field = field_name(p.field);
    switch (p.kind) {
    case Kind::empty:
        switch (p.field) {
        case ChildField::first_name:
            return {field, "Vul de voornaam in."};
        case ChildField::surname:
            return {field, "Vul de achternaam in."};
        case ChildField::birth_date:
            return {field, "Vul de geboortedatum in (jjjj-mm-dd)."};
        case ChildField::family:
            return {field, "Kies het gezin van het kind."};
        case ChildField::group:
            return {field, "Kies de groep van het kind."};
        case ChildField::first_day:
            return {field, "Vul de eerste dag van de plaatsing in."};
        default:
            return {field, "Vul dit in."};
        }
    case Kind::too_long:
        return {field, "Dit is te lang; maak het korter."};
    case Kind::in_future:
        return {field, "De geboortedatum ligt in de toekomst."};
    case Kind::too_old:
        return {field, "Dit kind is ouder dan 8 jaar; controleer de geboortedatum."};
    case Kind::ends_before_start:
        return {field, "De laatste dag ligt voor de eerste dag."};
    case Kind::no_days:
        return {field, "Kies minstens één dag waarop het kind komt."};
    case Kind::closed_day:
        return {field, "De groep is op " + weekday_name(p.weekday) + " dicht."};
    case Kind::part_outside_hours:
        return {field, "De groep is op " + weekday_name(p.weekday) + " niet open in dat dagdeel."};
    case Kind::unknown:
        return {field, p.field == ChildField::family ? "Dit gezin bestaat niet."
                                                     : "Deze groep bestaat niet."};
    case Kind::left_already:
        return {field, "Deze plaatsing is al beëindigd."};
    }
    return {field, "Controleer dit veld."};
}

FieldProblem word_absence_problem(const AbsenceProblem& p) {
    using Kind = AbsenceProblem::Kind;
    const std::string field = p.field == AbsenceField::first_day    ? "van"
                              : p.field == AbsenceField::last_day   ? "tot_en_met"
                              : p.field == AbsenceField::arrives_at ? "komt_om"
                                                                    : "toelichting";
    switch (p.kind) {
    case Kind::ends_before_start:
        return {field, "De laatste dag ligt voor de eerste dag."};
    case Kind::outside_placement:
        return {field, "Het kind komt in die periode niet; er is niets af te melden."};
    case Kind::late_needs_time:
        return {field, "Vul in hoe laat het kind komt."};
    case Kind::time_outside_day:
        return {field, "Die tijd valt buiten de openingstijden van die dag."};
    case Kind::late_one_day:
        return {field, "Later komen gaat over één dag."};
    case Kind::too_long:
        return {field, "De toelichting is te lang; maak hem korter."};
    case Kind::too_far_ahead:
        return {field, "Dat is meer dan een jaar vooruit."};
    }
    return {field, "Controleer dit veld."};
}

} // namespace dagritme::app
