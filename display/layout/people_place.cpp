// People's cells at one width: names measured, boxes shaped, packed in lines and placed.
#include "layout/people_place.hpp"

#include "layout/text_fit.hpp"

#include <cmath>

namespace dagritme::layout::people {

// One size for everybody (no name looks more important): the largest at which every name
// fits in two lines broken between words, down to a floor; below it a name is cut.
unsigned Placer::name_size(float w) const {
    const unsigned largest = at_least(std::min(42 * unit_, w * name_part));
    const unsigned floor = std::min(largest, std::max(at_least(22 * unit_), largest * 7 / 10));
    unsigned size = largest;
    for (const auto& box : boxes_)
        for (const auto& person : box.members)
            if (!m_.measure({person.name, size, Weight::bold, w, 2}).whole)
                size = fit_text(m_, person.name, w, 2 * line_height(size),
                                {size, floor, 2, Weight::bold})
                           .size;
    return size;
}

// A name wraps between its words; a word too long for the cell widens the cell's column
// (up to half again) rather than break inside the word.
Placer::Need Placer::need(const PeopleBox::Member& person, float w, unsigned note_size,
                          bool* whole) const {
    Need need;
    need.w = w;
    const unsigned s = name_size_;
    if (!m_.measure({person.name, s, Weight::bold, w, 2}).whole) {
        float widest = 0;
        std::size_t start = 0;
        while (start < person.name.size()) {
            std::size_t end = person.name.find_first_of(" -", start);
            end = end == std::string::npos ? person.name.size() : end + 1;
            widest =
                std::max(widest, m_.width(std::string_view(person.name).substr(start, end - start),
                                          s, Weight::bold));
            start = end;
        }
        need.w = std::clamp(std::ceil(widest) + 2 * unit_, w, w * 1.5f);
    }
    const auto name = m_.measure({person.name, s, Weight::bold, need.w, 2});
    need.lines = std::clamp(name.lines, 1, 2);
    need.name_h = lh_ * static_cast<float>(need.lines);
    *whole = *whole && name.whole;
    if (!person.note.empty())
        need.note =
            std::ceil(m_.measure({person.note, note_size, Weight::bold, w - 2 * sp_.note_pad_x, 3})
                          .height) +
            2 * sp_.note_pad_y;
    return need;
}

Placer::Shape Placer::shape(const PeopleBox& box, int columns,
                            const std::vector<Need>& needs) const {
    Shape shape;
    shape.columns = columns;
    const int k = static_cast<int>(box.members.size());
    shape.widths.assign(static_cast<std::size_t>(columns), 0);
    for (int j = 0; j < k; ++j) {
        float& width = shape.widths[static_cast<std::size_t>(j % columns)];
        width = std::max(width, needs[static_cast<std::size_t>(j)].w);
    }
    float inner_w = -sp_.cell_gap;
    for (float width : shape.widths)
        inner_w += width + sp_.cell_gap;
    for (int r = 0; r * columns < k; ++r) {
        float name_h = 0, note = 0;
        for (int j = r * columns; j < std::min(k, (r + 1) * columns); ++j) {
            name_h = std::max(name_h, needs[static_cast<std::size_t>(j)].name_h);
            note = std::max(note, needs[static_cast<std::size_t>(j)].note);
        }
        shape.rows.push_back(photo_row_ + name_h + (note > 0 ? note + sp_.note_gap : 0));
    }
    float h = 0;
    for (float row : shape.rows)
        h += row;
    h += sp_.row_gap * static_cast<float>(shape.rows.size() - 1);
    if (!box.label.empty()) {
        const float hl = line_height(heading_size_);
        const float side = shape.side = box.time.empty() ? 0 : std::round(hl * 1.25f);
        const float time_w = shape.time_w =
            box.time.empty() ? 0
                             : m_.width(box.time, heading_size_, Weight::bold) + sp_.heading_gap;
        const float text_w =
            std::max(1.f, inner_w - (side > 0 ? side + sp_.heading_gap : 0) - time_w);
        auto label = m_.measure({box.label, heading_size_, Weight::bold, text_w, 2});
        // A label that does not fit beside the time goes below it, across the box.
        shape.label_below = side > 0 && !label.whole;
        if (shape.label_below)
            label = m_.measure({box.label, heading_size_, Weight::bold, inner_w, 2});
        shape.label_lines = std::clamp(label.lines, 1, 2);
        const float text_h = hl * static_cast<float>(shape.label_lines);
        shape.heading = shape.label_below ? side + text_h : std::max(side, text_h);
        h += shape.heading + sp_.heading_gap;
    }
    const float frame = box.framed ? 2 * sp_.pad : 0;
    shape.w = inner_w + frame;
    shape.h = h + frame;
    return shape;
}

float Placer::pack(const std::vector<const Shape*>& shapes, std::vector<bool>* breaks) const {
    float total = 0, line_w = 0, line_h = 0;
    for (std::size_t i = 0; i < shapes.size(); ++i) {
        // A box without a frame has a line of its own; framed boxes share lines.
        const bool fresh = i == 0 || !boxes_[i].framed || !boxes_[i - 1].framed ||
                           line_w + sp_.box_gap + shapes[i]->w > area_.w;
        if (breaks) (*breaks)[i] = fresh;
        if (fresh) {
            total += (i > 0 ? line_h + sp_.box_gap : 0);
            line_w = shapes[i]->w, line_h = shapes[i]->h;
        } else {
            line_w += sp_.box_gap + shapes[i]->w, line_h = std::max(line_h, shapes[i]->h);
        }
    }
    return total + line_h;
}

PeopleFit Placer::place(float w) {
    PeopleFit fit;
    const float g = sp_.cell_gap;
    const int across = static_cast<int>(std::floor((area_.w + g) / (w + g)));
    const int across_framed = static_cast<int>(std::floor((area_.w - 2 * sp_.pad + g) / (w + g)));
    if (w <= 0 || across < 1) return fit;

    fit.photo = w * photo_part;
    fit.name_size = name_size(w);
    const unsigned s = fit.name_size;
    const unsigned small = at_least(22 * unit_);
    const unsigned note_size =
        s < small
            ? s
            : std::min(
                  s, std::max(small, at_least(std::min(static_cast<float>(s) * 0.8f, 32 * unit_))));
    name_size_ = s;
    heading_size_ = s < small ? s : std::clamp(s, small, at_least(34 * unit_));
    lh_ = line_height(s);
    photo_row_ = w * (photo_part + photo_gap);

    // What each person's cell needs, measured once.
    std::vector<std::vector<Need>> needs(boxes_.size());
    int plain_columns = 0;
    for (std::size_t i = 0; i < boxes_.size(); ++i) {
        const auto& box = boxes_[i];
        if (box.framed && across_framed < 1) return fit;
        if (!box.label.empty()) fit.heading_size = heading_size_;
        if (!box.framed)
            plain_columns = std::max(plain_columns, static_cast<int>(box.members.size()));
        for (const auto& person : box.members) {
            needs[i].push_back(need(person, w, note_size, &fit.names_whole));
            if (!person.note.empty()) fit.note_size = note_size;
        }
    }
    // The unframed boxes (the children, the staff) share one grid.
    const auto shapes = best_shapes(std::min(plain_columns, across), across_framed, needs);
    std::vector<const Shape*> order;
    for (const auto& shape : shapes)
        order.push_back(&shape);
    std::vector<bool> breaks(boxes_.size());
    fit.fits = pack(order, &breaks) <= area_.h + 0.01f;
    set_out(shapes, breaks, needs, fit);
    return fit;
}

// Each framed box in one, two or three rows; the combination that takes the least height.
std::vector<Placer::Shape> Placer::best_shapes(int plain_columns, int across_framed,
                                               const std::vector<std::vector<Need>>& needs) const {
    std::vector<std::vector<Shape>> options(boxes_.size());
    std::size_t combinations = 1;
    for (std::size_t i = 0; i < boxes_.size(); ++i) {
        const int k = static_cast<int>(boxes_[i].members.size());
        std::vector<int> columns;
        if (!boxes_[i].framed)
            columns.push_back(plain_columns);
        else
            for (int rows = (k + across_framed - 1) / across_framed; rows <= 3 || columns.empty();
                 ++rows) {
                const int c =
                    std::min(across_framed, std::max(std::min(2, k), (k + rows - 1) / rows));
                if (std::find(columns.begin(), columns.end(), c) == columns.end())
                    columns.push_back(c);
                if (c <= 1) break;
            }
        if (combinations > 1000) columns.resize(1); // many groups: the widest shape only
        for (int c : columns)
            options[i].push_back(shape(boxes_[i], c, needs[i]));
        combinations *= options[i].size();
    }
    std::vector<std::size_t> choice(boxes_.size(), 0), best = choice;
    std::vector<const Shape*> shapes(boxes_.size());
    float best_h = -1;
    for (std::size_t n = 0; n < combinations; ++n) {
        std::size_t rest = n;
        for (std::size_t i = 0; i < boxes_.size(); ++i) {
            choice[i] = rest % options[i].size();
            rest /= options[i].size();
            shapes[i] = &options[i][choice[i]];
        }
        const float h = pack(shapes, nullptr);
        if (best_h < 0 || h < best_h) best_h = h, best = choice;
    }
    std::vector<Shape> chosen;
    for (std::size_t i = 0; i < boxes_.size(); ++i)
        chosen.push_back(options[i][best[i]]);
    return chosen;
}

// The lines from the top, each centred; the unframed boxes (children, staff) as one grid,
// lined up on the left.
void Placer::set_out(const std::vector<Shape>& shapes, const std::vector<bool>& breaks,
                     const std::vector<std::vector<Need>>& needs, PeopleFit& fit) const {
    const float g = sp_.cell_gap;
    fit.boxes.resize(boxes_.size());
    float plain_w = 0;
    for (std::size_t i = 0; i < boxes_.size(); ++i)
        if (!boxes_[i].framed) plain_w = std::max(plain_w, shapes[i].w);
    float y = area_.y;
    for (std::size_t first = 0; first < boxes_.size();) {
        std::size_t end = first + 1;
        while (end < boxes_.size() && !breaks[end])
            ++end;
        float line_w = -sp_.box_gap, line_h = 0;
        for (std::size_t i = first; i < end; ++i)
            line_w += shapes[i].w + sp_.box_gap, line_h = std::max(line_h, shapes[i].h);
        float x = area_.x + (area_.w - (boxes_[first].framed ? line_w : plain_w)) / 2;
        for (std::size_t i = first; i < end; ++i) {
            const auto& box = boxes_[i];
            const Shape& sh = shapes[i];
            auto& placed = fit.boxes[i];
            placed.rect = {x, y, sh.w, box.framed ? line_h : sh.h};
            x += sh.w + sp_.box_gap;
            const Rect inner = box.framed ? placed.rect.inset(sp_.pad) : placed.rect;
            float row_y = inner.y;
            if (!box.label.empty()) {
                const float hl = line_height(heading_size_);
                const float side = sh.side;
                const float text_h = hl * static_cast<float>(sh.label_lines);
                const float first_row = sh.label_below ? side : sh.heading;
                float tx = inner.x;
                if (side > 0) {
                    placed.pictogram = {tx, inner.y + (first_row - side) / 2, side, side};
                    tx += side + sp_.heading_gap;
                    placed.time = {tx, inner.y + (first_row - hl) / 2, sh.time_w, hl};
                    tx += sh.time_w;
                }
                placed.label = sh.label_below ? Rect{inner.x, inner.y + side, inner.w, text_h}
                                              : Rect{tx, inner.y + (sh.heading - text_h) / 2,
                                                     inner.right() - tx, text_h};
                placed.label_lines = sh.label_lines;
                row_y += sh.heading + sp_.heading_gap;
            }
            float cx = inner.x;
            for (std::size_t j = 0; j < box.members.size(); ++j) {
                const std::size_t row = j / static_cast<std::size_t>(sh.columns);
                const std::size_t col = j % static_cast<std::size_t>(sh.columns);
                if (j > 0 && col == 0) row_y += sh.rows[row - 1] + sp_.row_gap, cx = inner.x;
                const Need& n = needs[i][j];
                const float cw = sh.widths[col];
                PlacedMember member;
                member.cell = {cx, row_y, cw, sh.rows[row]};
                member.photo = {cx + (cw - fit.photo) / 2, row_y, fit.photo, fit.photo};
                member.name_lines = n.lines;
                member.name = {cx, row_y + photo_row_, cw, n.name_h};
                if (n.note > 0) // the notes of a row line up at its bottom
                    member.note = {cx, row_y + sh.rows[row] - n.note, cw, n.note};
                placed.members.push_back(member);
                cx += cw + g;
            }
        }
        y += line_h + sp_.box_gap;
        first = end;
    }
}

} // namespace dagritme::layout::people
