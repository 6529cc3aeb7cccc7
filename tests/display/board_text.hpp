// The display's own text engine (Pango) for tests: layout tests measure with it, so what the
// layout fits in a test is what the display draws. One engine for the test program's thread.
// Test code.
#pragma once

#include "text/text_engine.hpp"

namespace dagritme::test {

inline const text::TextEngine& text_engine() {
    static const text::TextEngine engine;
    return engine;
}

} // namespace dagritme::test
