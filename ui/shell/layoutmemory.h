#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

class QHeaderView;
class QSplitter;
class QWidget;

namespace grab::ui {

class AppSettings;

// Remembers splitters and table headers that their pages do not save themselves: each is
// restored from AppSettings::layout(key) when tracked and written back by save() (the window
// calls it when it closes). Keys are "<prefix>/<object name>" (or "<prefix>/<class><n>" for an
// unnamed widget, in construction order).
class LayoutMemory final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LayoutMemory)

public:
    LayoutMemory(AppSettings &settings, QObject *parent = nullptr);

    void trackSplitter(QSplitter *splitter, const QString &key);
    void trackHeader(QHeaderView *header, const QString &key);
    // Every splitter and every item view's horizontal header under `root`.
    void trackAll(QWidget *root, const QString &prefix, bool splitters = true);
    void save();
    QStringList keys() const;

private:
    AppSettings &m_settings;
    QList<std::pair<QPointer<QSplitter>, QString>> m_splitters;
    QList<std::pair<QPointer<QHeaderView>, QString>> m_headers;
};

} // namespace grab::ui
