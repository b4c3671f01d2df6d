// The Team page's dialogs that change a grabber: Add grabber…, Edit grabber… (with its step on
// the undo stack) and Set target… (teampage.cpp holds the roster, the file and the rest).
#include "teampage.h"

#include "common/format.h"
#include "common/messagestrip.h"
#include "common/serviceundo.h"
#include "grabberdialog.h"
#include "targetdialog.h"

#include <QDateTime>
#include <QUndoStack>

namespace grab::ui {

GrabberDialog *TeamPage::openAddGrabber()
{
    auto *dialog = new GrabberDialog(m_clock.nowMs() > 0 ? QDateTime::fromMSecsSinceEpoch(m_clock.nowMs()).date() : QDate::currentDate(),
                                     [this](const Grabber &g) {
                                         auto added = m_source.addGrabber(g);
                                         if (!added) {
                                             return added.error().message;
                                         }
                                         afterWrite(tr("%1 joined the team.").arg(g.name));
                                         selectGrabber(*added);
                                         return QString();
                                     },
                                     this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->show();
    return dialog;
}

GrabberDialog *TeamPage::openEditGrabber()
{
    if (!m_hasFile) {
        return nullptr;
    }
    const qint64 id = m_file.grabber.id;
    const Grabber was = m_file.grabber;
    auto *dialog = new GrabberDialog(m_file.grabber,
                                     [this, id, was](const TeamService::GrabberChanges &c) {
                                         auto changed = m_source.updateGrabber(id, c);
                                         if (!changed) {
                                             return changed.error().message;
                                         }
                                         afterWrite(tr("%1's details saved.").arg(changed->name));
                                         pushUndo(was, c);
                                         return QString();
                                     },
                                     this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->show();
    return dialog;
}

void TeamPage::setUndoStack(QUndoStack *stack)
{
    m_undo = stack;
}

void TeamPage::pushUndo(const Grabber &was, const TeamService::GrabberChanges &made)
{
    if (!m_undo) {
        return;
    }
    // The same fields back to what they were: a change of its own, recorded like any edit.
    TeamService::GrabberChanges back;
    if (made.name) {
        back.name = was.name;
    }
    if (made.team) {
        back.team = was.team;
    }
    if (made.level) {
        back.level = was.level;
    }
    if (made.skills) {
        back.skills = was.skills;
    }
    if (made.regions) {
        back.regions = was.regions;
    }
    if (made.status) {
        back.status = was.status;
    }
    if (made.dailyCapOverride) {
        back.dailyCapOverride = was.dailyCapOverride;
    }
    if (made.hiredOn) {
        back.hiredOn = was.hiredOn;
    }
    const qint64 id = was.id;
    const auto apply = [this, id](const TeamService::GrabberChanges &c) -> Status {
        auto changed = m_source.updateGrabber(id, c);
        if (!changed) {
            return changed.error();
        }
        afterWrite(tr("%1's details saved.").arg(changed->name));
        return Done{};
    };
    m_undo->push(new ServiceUndo(
        tr("Change of %1").arg(was.name), [apply, back] { return apply(back); }, [apply, made] { return apply(made); },
        [this](const Error &e) { m_messages->show(MessageStrip::Kind::Warning, tr("Could not undo: %1").arg(e.message)); }));
}

TargetDialog *TeamPage::openSetTarget()
{
    if (!m_hasFile) {
        return nullptr;
    }
    const qint64 id = m_file.grabber.id;
    const QString name = m_file.grabber.name;
    const TargetService::Target &t = m_file.target;
    auto *dialog = new TargetDialog(name, t.month, t.isSet ? t.wonCount : 0, t.isSet ? t.revenueMinor : 0,
                                    [this, id, name](const TargetDialog::Target &target) {
                                        if (auto s = m_source.setTarget(id, target.month, target.wonCount, target.revenueMinor); !s) {
                                            return s.error().message;
                                        }
                                        afterWrite(tr("Target for %1 in %2 saved: %3 orders won, %4.")
                                                       .arg(name, target.month.toString(QStringLiteral("yyyy-MM")))
                                                       .arg(target.wonCount)
                                                       .arg(Format::money(target.revenueMinor)));
                                        return QString();
                                    },
                                    this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->show();
    return dialog;
}

} // namespace grab::ui
