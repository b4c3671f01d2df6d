#pragma once

#include "domain/grabber.h"
#include "services/team/teamservice.h"

#include <QDialog>

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace grab::ui {

// Add grabber… and Edit grabber… on the Team page: name, team, level, skills and regions
// (comma-separated), status (active, on leave, suspended), a personal daily cap instead of the
// level's, and the hiring date. Editing hands over only what changed, so a change recorded in
// the log says exactly that. Save goes to the page's submit function, which returns the core's
// refusal (the dialog stays open with it) or nothing (it closes).
class GrabberDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GrabberDialog)

public:
    using Add = std::function<QString(const Grabber &)>;
    using Edit = std::function<QString(const TeamService::GrabberChanges &)>;
    // A new grabber.
    GrabberDialog(const QDate &today, Add add, QWidget *parent = nullptr);
    // An existing one, with the level's cap shown beside the personal one.
    GrabberDialog(const Grabber &grabber, Edit edit, QWidget *parent = nullptr);

    void accept() override;
    QString errorText() const;

    Grabber entered() const;
    TeamService::GrabberChanges changes() const; // against the grabber being edited

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *levelBox() const { return m_level; }
    QComboBox *statusBox() const { return m_status; }
    QLineEdit *skillsEdit() const { return m_skills; }
    QCheckBox *ownCapBox() const { return m_ownCap; }
    QSpinBox *capBox() const { return m_cap; }

private:
    void build(const QDate &hired);

    std::optional<Grabber> m_original;
    Add m_add;
    Edit m_edit;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_team = nullptr;
    QComboBox *m_level = nullptr;
    QLineEdit *m_skills = nullptr;
    QLineEdit *m_regions = nullptr;
    QComboBox *m_status = nullptr;
    QCheckBox *m_ownCap = nullptr;
    QSpinBox *m_cap = nullptr;
    QDateEdit *m_hired = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace grab::ui
