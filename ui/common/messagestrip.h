#pragma once

#include <QFrame>

class QLabel;
class QTimer;

namespace grab::ui {

// A calm strip inside the page for the outcome of what the user just did — won, refused and
// why, dispatched to whom — instead of a modal dialog that stops the work. Successes fade
// after a while; a refusal stays until dismissed or replaced.
//
// It keeps its place: the room for two lines is there whether a message shows or not, so that
// nothing on the page moves when one appears or goes (a click meant for a button must not land
// on what slid under the pointer). A longer message shows its first two lines, ending in "…",
// and the whole of it on hover.
class MessageStrip final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageStrip)

public:
    // Success: done (green). Info: for your information. Neutral: nothing happened, nobody's
    // fault (a lost race, grey). Warning: a rule said no, and why (amber). Error: it failed (red).
    enum class Kind { Success, Info, Neutral, Warning, Error };

    explicit MessageStrip(QWidget *parent = nullptr);

    void show(Kind kind, const QString &text);
    QString text() const;
    Kind kind() const { return m_kind; }
    static constexpr int kLines = 2;

signals:
    // Every message, as it is shown: the window sends warnings and errors (a refusal of the
    // user's own action, a failure) on to its notification centre.
    void shown(grab::ui::MessageStrip::Kind kind, const QString &text);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void fit();

    QString m_full;
    QLabel *m_text = nullptr;
    QTimer *m_fade = nullptr;
    Kind m_kind = Kind::Info;
};

} // namespace grab::ui
