#include "layoutmemory.h"

#include "common/appsettings.h"

#include <QHeaderView>
#include <QSplitter>
#include <QTableView>
#include <QTreeView>

namespace grab::ui {

LayoutMemory::LayoutMemory(AppSettings &settings, QObject *parent) : QObject(parent), m_settings(settings) {}

void LayoutMemory::trackSplitter(QSplitter *splitter, const QString &key)
{
    if (const QByteArray state = m_settings.layout(key); !state.isEmpty()) {
        splitter->restoreState(state);
    }
    m_splitters.append({splitter, key});
}

void LayoutMemory::trackHeader(QHeaderView *header, const QString &key)
{
    if (const QByteArray state = m_settings.layout(key); !state.isEmpty()) {
        header->restoreState(state);
    }
    m_headers.append({header, key});
}

void LayoutMemory::trackAll(QWidget *root, const QString &prefix, bool splitters)
{
    const auto keyOf = [&prefix](const QWidget *w, const char *kind, int n) {
        return prefix + QLatin1Char('/') + (w->objectName().isEmpty() ? QLatin1String(kind) + QString::number(n) : w->objectName());
    };
    if (splitters) {
        int n = 0;
        for (QSplitter *s : root->findChildren<QSplitter *>()) {
            trackSplitter(s, keyOf(s, "splitter", n++));
        }
    }
    int n = 0;
    for (QAbstractItemView *v : root->findChildren<QAbstractItemView *>()) {
        QHeaderView *header = nullptr;
        if (auto *table = qobject_cast<QTableView *>(v)) {
            header = table->horizontalHeader();
        } else if (auto *tree = qobject_cast<QTreeView *>(v)) {
            header = tree->header();
        }
        if (header) {
            trackHeader(header, keyOf(v, "view", n++) + QStringLiteral("Header"));
        }
    }
}

void LayoutMemory::save()
{
    for (const auto &[splitter, key] : std::as_const(m_splitters)) {
        if (splitter) {
            m_settings.setLayout(key, splitter->saveState());
        }
    }
    for (const auto &[header, key] : std::as_const(m_headers)) {
        if (header) {
            m_settings.setLayout(key, header->saveState());
        }
    }
}

QStringList LayoutMemory::keys() const
{
    QStringList out;
    for (const auto &s : m_splitters) {
        out << s.second;
    }
    for (const auto &h : m_headers) {
        out << h.second;
    }
    return out;
}

} // namespace grab::ui
