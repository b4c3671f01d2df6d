#include "serviceundo.h"

namespace grab::ui {

ServiceUndo::ServiceUndo(const QString &text, Step undo, Step redo, Report report)
    : QUndoCommand(text), m_undo(std::move(undo)), m_redo(std::move(redo)), m_report(std::move(report))
{
}

void ServiceUndo::undo()
{
    run(m_undo);
}

void ServiceUndo::redo()
{
    if (m_done) {
        m_done = false; // QUndoStack::push() calls redo(): the action itself was that
        return;
    }
    run(m_redo);
}

void ServiceUndo::run(const Step &step)
{
    if (Status s = step(); !s) {
        m_report(s.error());
        setObsolete(true); // it cannot be undone (or redone) any more: off the stack
    }
}

} // namespace grab::ui
