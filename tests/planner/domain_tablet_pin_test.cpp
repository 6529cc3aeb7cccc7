// The rules of a tablet PIN: six digits, none that anyone would try first.
#include "domain/tablet_pin.hpp"

#include <doctest/doctest.h>

namespace dagritme {

TEST_CASE("a tablet PIN is six digits without a run, a repeat or a pattern") {
    CHECK_FALSE(check_pin("482916"));
    CHECK_FALSE(check_pin("907153"));
    CHECK(check_pin("") == PinProblem::not_six_digits);
    CHECK(check_pin("48291") == PinProblem::not_six_digits);
    CHECK(check_pin("4829167") == PinProblem::not_six_digits);
    CHECK(check_pin("48 916") == PinProblem::not_six_digits);
    CHECK(check_pin("٤٨٢٩١٦") == PinProblem::not_six_digits); // Arabic-Indic digits
    CHECK(check_pin("000000") == PinProblem::one_digit);
    CHECK(check_pin("777777") == PinProblem::one_digit);
    CHECK(check_pin("123456") == PinProblem::sequence);
    CHECK(check_pin("012345") == PinProblem::sequence);
    CHECK(check_pin("987654") == PinProblem::sequence);
    CHECK(check_pin("121212") == PinProblem::pattern);
    CHECK(check_pin("123123") == PinProblem::pattern);
    CHECK(check_pin("112233") == PinProblem::pattern);
}

} // namespace dagritme
