// Grid fitting by trying every column count. Pure.
#include "layout/grid_fit.hpp"

#include <algorithm>

namespace dagritme::layout {

GridFit fit_grid(const std::vector<GridGroup>& groups, float area_w, float area_h, float gap,
                 float group_gap, float max_cell_w) {
    GridFit best;
    int largest = 0, nonempty = 0;
    for (const auto& g : groups) {
        largest = std::max(largest, g.count);
        nonempty += g.count > 0 ? 1 : 0;
    }
    if (largest == 0) return best;
    for (int columns = 1; columns <= largest; ++columns) {
        // Height used = width * sum(rows * aspect) + gaps.
        int rows = 0;
        float aspect_rows = 0;
        for (const auto& g : groups) {
            const int r = (g.count + columns - 1) / columns;
            rows += r;
            aspect_rows += static_cast<float>(r) * g.aspect;
        }
        const float fc = static_cast<float>(columns);
        const float by_width = (area_w - gap * (fc - 1)) / fc;
        const float height_left = area_h - gap * static_cast<float>(rows - nonempty) -
                                  group_gap * static_cast<float>(std::max(0, nonempty - 1));
        const float by_height = height_left / aspect_rows;
        const float w = std::min({by_width, by_height, max_cell_w});
        if (w > best.cell_w) best = {columns, rows, w, w * groups.front().aspect};
    }
    return best;
}

} // namespace dagritme::layout
