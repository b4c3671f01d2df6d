#include "csvchoices.h"

#include "common/appsettings.h"

#include <QCheckBox>
#include <QComboBox>

namespace grab::ui {

CsvChoices::CsvChoices(AppSettings &settings, QComboBox *headers, QCheckBox *bom, QComboBox *provenance, QObject *parent)
    : QObject(parent), m_settings(settings), m_headers(headers), m_bom(bom), m_provenance(provenance)
{
    load();
    connect(m_headers, &QComboBox::currentIndexChanged, this, &CsvChoices::remember);
    connect(m_bom, &QCheckBox::toggled, this, &CsvChoices::remember);
    connect(m_provenance, &QComboBox::currentIndexChanged, this, &CsvChoices::remember);
    connect(&m_settings, &AppSettings::changed, this, [this](const QString &key) {
        if (key.startsWith(u"csv/")) {
            m_settings.resetReportChoices();
            load();
        }
    });
}

void CsvChoices::load()
{
    m_loading = true;
    const HeaderLanguage headers = m_settings.reportHeaders().value_or(AppSettings::resolve(m_settings.csvHeaders()));
    m_headers->setCurrentIndex(std::max(0, m_headers->findData(int(headers))));
    m_bom->setChecked(m_settings.reportBom().value_or(m_settings.csvBom()));
    const Provenance provenance = m_settings.reportProvenance().value_or(m_settings.csvProvenance());
    m_provenance->setCurrentIndex(std::max(0, m_provenance->findData(int(provenance))));
    m_loading = false;
}

void CsvChoices::remember()
{
    if (m_loading) {
        return;
    }
    m_settings.setReportChoices(m_bom->isChecked(), HeaderLanguage(m_headers->currentData().toInt()),
                                Provenance(m_provenance->currentData().toInt()));
}

} // namespace grab::ui
