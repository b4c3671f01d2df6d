#pragma once

#include <QFrame>

class QLabel;

namespace grab::ui {

// A one-line message inside the window, coloured by what happened: the outcome of a grab
// (won: green, lost the race: grey, refused: amber with the rule's sentence) without a modal
// dialog in the way of the next grab. It stays until the next message or until closed.
class MessageStrip final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageStrip)

public:
    enum class Kind { Info, Won, Lost, Refused, Failed };

    explicit MessageStrip(QWidget *parent = nullptr);
    ~MessageStrip() override;

    void showMessage(Kind kind, const QString &text);
    Kind kind() const { return m_kind; }
    QString text() const;

private:
    QLabel *m_text = nullptr;
    Kind m_kind = Kind::Info;
};

} // namespace grab::ui
