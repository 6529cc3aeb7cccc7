// The day handover's content: per child, what happened today in the order it happened, worded
// in full (emotion, what was done, how it ended, what was seen; the limit, what happened,
// holding, follow-up). Plain sections and lists that print well; the page around it gives the
// heading, the date and the print style (each .handover-child avoids a page break inside).
#pragma once

#include "domain/handover.hpp"
#include "web/charts.hpp"
#include "web/html.hpp"

#include <vector>

namespace dagritme::web {

struct HandoverNames {
    NamesById children;
    NamesById staff;  // who held a child
    NamesById limits; // the text of each limit by id, retired ones included
};

// One child's section: its name as <h2>, a one-line summary, and its entries.
Html handover_child(const ChildHandover& child, const HandoverNames& names);
// All children's sections in a <div class="handover">.
Html handover_children(const std::vector<ChildHandover>& children, const HandoverNames& names);

} // namespace dagritme::web
