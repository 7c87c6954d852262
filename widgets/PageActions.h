#pragma once

namespace sonde {

// The triage actions the main window's shortcuts send to the page in view. A page
// implements those that mean something for it and answers false for the others, so the
// window can say why nothing happened.
class PageActions
{
public:
    virtual ~PageActions() = default;

    // Ctrl+F: put the cursor in the page's search field.
    virtual bool focusSearch() { return false; }
    // Ctrl+E: explain the selected statement (or run the plan page's EXPLAIN).
    virtual bool explainSelected() { return false; }
    // Ctrl+Shift+C: copy the selected statement's full text.
    virtual bool copySelectedQuery() { return false; }
    // F5: sample or reload now.
    virtual bool refreshNow() { return false; }
};

} // namespace sonde
