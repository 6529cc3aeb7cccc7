// A deterministic stand-in for the real font in layout tests: per-character widths a bit
// wider than Noto Sans, so text that fits here fits on screen. Test code.
#pragma once

#include "layout/text_measurer.hpp"

#include <string>

namespace dagritme::test {

class ApproxMeasurer final : public layout::TextMeasurer {
  public:
    float width(std::string_view utf8, unsigned size, layout::Weight weight) const override {
        float em = 0;
        for (std::size_t i = 0; i < utf8.size(); ++i) {
            const auto c = static_cast<unsigned char>(utf8[i]);
            if ((c & 0xC0) == 0x80) continue; // continuation byte: counted with its lead byte
            if (std::string(" ijlft.,:;'!|()-").find(static_cast<char>(c)) != std::string::npos)
                em += 0.32f;
            else if (std::string("mwMW").find(static_cast<char>(c)) != std::string::npos)
                em += 0.9f;
            else if (c >= 'A' && c <= 'Z')
                em += 0.68f;
            else if (c >= 0x80)
                em += 0.9f; // accented letters, the ellipsis, dashes
            else
                em += 0.58f;
        }
        return em * static_cast<float>(size) * (weight == layout::Weight::bold ? 1.06f : 1.0f);
    }
};

} // namespace dagritme::test
