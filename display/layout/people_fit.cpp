// People's cells: a search over cell widths, largest first; each width is laid out whole
// (names measured, boxes packed in lines) until one fits the area.
#include "layout/people_fit.hpp"

#include "layout/people_place.hpp"

#include <algorithm>

namespace dagritme::layout {

using people::Placer;
using people::Spacing;

PeopleFit fit_people(const std::vector<PeopleBox>& boxes, const Rect& area,
                     const TextMeasurer& measurer, float unit) {
    std::size_t total = 0;
    for (const auto& box : boxes)
        total += box.members.size();
    if (total == 0) {
        PeopleFit empty;
        empty.fits = true;
        return empty;
    }
    Placer placer(boxes, area, measurer, unit);
    const float g = Spacing(unit).cell_gap, photo_row = people::photo_part + people::photo_gap;
    float last = -1, too_wide = -1;
    PeopleFit fit;
    for (std::size_t c = 1; c <= total; ++c) {
        const float fc = static_cast<float>(c);
        const float w = std::min((area.w - g * (fc - 1)) / fc, 210 * unit);
        if (w == last) continue;
        last = w;
        // Not even the photos fit in the rows this takes: no need to measure names.
        const auto rows = static_cast<float>((total + c - 1) / c);
        if (rows * w * photo_row > area.h) {
            too_wide = w;
            continue;
        }
        fit = placer.place(w);
        if (!fit.fits) {
            too_wide = w;
            continue;
        }
        // Boxes break rows at other widths than whole columns do: the widest that fits lies
        // between this width and the last that did not.
        float fitting = w;
        for (int step = 0; step < 6 && too_wide > 0; ++step) {
            const float mid = (fitting + too_wide) / 2;
            if (auto wider = placer.place(mid); wider.fits)
                fit = std::move(wider), fitting = mid;
            else
                too_wide = mid;
        }
        return fit;
    }
    // Smaller than a whole row of cells: shrink until it fits.
    for (float w = last * 0.9f; w > 1; w *= 0.9f)
        if (fit = placer.place(w); fit.fits) return fit;
    return fit;
}

Readability readability(const PeopleFit& fit, float unit) {
    const auto small = static_cast<unsigned>(22 * unit);
    const bool large = fit.fits && fit.photo + 0.5f >= 96 * unit && fit.name_size >= small &&
                       (fit.note_size == 0 || fit.note_size >= small) &&
                       (fit.heading_size == 0 || fit.heading_size >= small);
    return {large ? (fit.names_whole ? 2 : 1) : 0, fit.fits ? fit.name_size : 0, fit.photo};
}

} // namespace dagritme::layout