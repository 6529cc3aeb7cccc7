// Choosing rows and columns so that `count` equal cells are as large as possible in an area.
// Pure.
#pragma once

#include "layout/geometry.hpp"

#include <vector>

namespace dagritme::layout {

struct GridFit {
    int columns = 0;
    int rows = 0;
    float cell_w = 0;
    float cell_h = 0;
};

struct GridGroup {
    int count = 0;
    float aspect = 1; // cell height / cell width
};

// Equal cell widths for all groups; each group starts on a fresh row (children, then staff)
// and has its own cell height. Width is capped at max_cell_w. cell_h is that of the first group.
GridFit fit_grid(const std::vector<GridGroup>& groups, float area_w, float area_h, float gap,
                 float group_gap, float max_cell_w);
inline GridFit fit_grid(int count, float area_w, float area_h, float aspect, float gap,
                        float max_cell_w) {
    return fit_grid({{count, aspect}}, area_w, area_h, gap, 0, max_cell_w);
}

} // namespace dagritme::layout
