#pragma once

#include "base/error.h"

#include <QUndoCommand>

#include <functional>

namespace grab::ui {

// One of the manager's reversible actions on the undo stack (Edit ▸ Undo): a release, a
// restriction, a grabber's status or details. It is pushed after the action was done, so the
// first redo() does nothing; undo() and a later redo() go through the core services like any
// action, and so leave their own events in the log (an undo is a new change, never a rewrite).
// If one is refused (the order was taken meanwhile, the rules changed), `report` says why and
// the step leaves the stack, as it can no longer be undone.
class ServiceUndo final : public QUndoCommand
{
public:
    using Step = std::function<Status()>;
    using Report = std::function<void(const Error &)>;

    ServiceUndo(const QString &text, Step undo, Step redo, Report report);

    void undo() override;
    void redo() override;

private:
    void run(const Step &step);

    Step m_undo;
    Step m_redo;
    Report m_report;
    bool m_done = true; // pushed after the action: already done
};

} // namespace grab::ui
