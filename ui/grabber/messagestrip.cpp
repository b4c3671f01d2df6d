#include "messagestrip.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace grab::ui {
namespace {

struct Colors
{
    const char *background;
    const char *border;
    const char *text;
};

Colors colorsFor(MessageStrip::Kind kind)
{
    switch (kind) {
    case MessageStrip::Kind::Won:
        return {"#e6f4ea", "#34a853", "#0d5223"};
    case MessageStrip::Kind::Lost:
        return {"#eef1f5", "#8a94a6", "#2f3640"};
    case MessageStrip::Kind::Refused:
        return {"#fff4ce", "#e0b000", "#4a3b00"};
    case MessageStrip::Kind::Failed:
        return {"#fce8e6", "#d93025", "#7a1a12"};
    case MessageStrip::Kind::Info:
        break;
    }
    return {"#e8f0fe", "#1a73e8", "#174ea6"};
}

} // namespace

MessageStrip::MessageStrip(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("messageStrip"));
    m_text = new QLabel;
    m_text->setObjectName(QStringLiteral("messageText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setTextFormat(Qt::PlainText);
    auto *close = new QToolButton;
    close->setText(QStringLiteral("✕"));
    close->setAutoRaise(true);
    close->setFocusPolicy(Qt::NoFocus);
    close->setToolTip(tr("Hide this message"));
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(14, 8, 6, 8);
    layout->addWidget(m_text, 1);
    layout->addWidget(close, 0, Qt::AlignTop);
    hide();
}

MessageStrip::~MessageStrip() = default;

void MessageStrip::showMessage(Kind kind, const QString &text)
{
    m_kind = kind;
    const Colors c = colorsFor(kind);
    setStyleSheet(
        QStringLiteral("#messageStrip { background: %1; border-left: 4px solid %2; border-bottom: 1px solid %2; }"
                       "#messageStrip QLabel { color: %3; }")
            .arg(QLatin1String(c.background), QLatin1String(c.border), QLatin1String(c.text)));
    QFont f = m_text->font();
    f.setBold(kind == Kind::Won);
    m_text->setFont(f);
    m_text->setText(text);
    show();
}

QString MessageStrip::text() const
{
    return m_text->text();
}

} // namespace grab::ui
