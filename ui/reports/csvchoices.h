#pragma once

#include <QObject>

class QCheckBox;
class QComboBox;

namespace grab::ui {

class AppSettings;

// Ties the Reports page's CSV controls (column names, byte order mark, provenance) to the
// settings: they start from the user's last choices on the page, or from the CSV defaults of
// Preferences when there are none; every change on the page is remembered; new defaults from
// Preferences reset the page to them (the manager just said how exports should start).
class CsvChoices final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CsvChoices)

public:
    CsvChoices(AppSettings &settings, QComboBox *headers, QCheckBox *bom, QComboBox *provenance, QObject *parent);

    void load(); // sets the controls from the settings

private:
    void remember();

    AppSettings &m_settings;
    QComboBox *m_headers;
    QCheckBox *m_bom;
    QComboBox *m_provenance;
    bool m_loading = false;
};

} // namespace grab::ui
