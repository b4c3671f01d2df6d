#include "messagestrip.h"

#include <QHBoxLayout>
#include <QFontMetrics>
#include <QLabel>
#include <QTimer>
#include <QToolButton>

namespace grab::ui {

MessageStrip::MessageStrip(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("messageStrip"));
    m_text = new QLabel;
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *close = new QToolButton;
    close->setText(QStringLiteral("✕"));
    close->setAutoRaise(true);
    close->setToolTip(tr("Dismiss"));
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 6, 6);
    layout->addWidget(m_text, 1);
    layout->addWidget(close, 0, Qt::AlignTop);
    m_fade = new QTimer(this);
    m_fade->setSingleShot(true);
    connect(m_fade, &QTimer::timeout, this, &QWidget::hide);
    // Its room is kept while hidden, and is always two lines high.
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    policy.setRetainSizeWhenHidden(true);
    setSizePolicy(policy);
    const QMargins m = layout->contentsMargins();
    setFixedHeight(m_text->fontMetrics().lineSpacing() * kLines + m.top() + m.bottom() + 2 * frameWidth() + 2);
    hide();
}

void MessageStrip::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    fit();
}

void MessageStrip::fit()
{
    // The longest start of the message that fits two lines at this width, then "…".
    const QFontMetrics fm = m_text->fontMetrics();
    const int width = std::max(40, m_text->width());
    const auto lines = [&](const QString &t) {
        return fm.boundingRect(QRect(0, 0, width, 100000), Qt::TextWordWrap, t).height() / std::max(1, fm.lineSpacing());
    };
    if (lines(m_full) <= kLines) {
        m_text->setText(m_full);
        setToolTip(QString());
        return;
    }
    int lo = 0;
    int hi = int(m_full.size());
    while (lo < hi) {
        const int mid = (lo + hi + 1) / 2;
        if (lines(m_full.left(mid) + QStringLiteral("…")) <= kLines) {
            lo = mid;
        } else {
            hi = mid - 1;
        }
    }
    m_text->setText(m_full.left(lo).trimmed() + QStringLiteral("…"));
    setToolTip(m_full);
}

void MessageStrip::show(Kind kind, const QString &text)
{
    m_kind = kind;
    static const char *styles[] = {
        "#messageStrip { background: #e6f4ea; border: 1px solid #a8d5b5; border-radius: 4px; } #messageStrip QLabel { color: #1e4d2b; }",
        "#messageStrip { background: #e8f0fb; border: 1px solid #b3c9ea; border-radius: 4px; } #messageStrip QLabel { color: #1d3a5f; }",
        "#messageStrip { background: #f1f2f4; border: 1px solid #cfd3d8; border-radius: 4px; } #messageStrip QLabel { color: #3c4248; }",
        "#messageStrip { background: #fff4ce; border: 1px solid #e8d48a; border-radius: 4px; } #messageStrip QLabel { color: #4a3b00; }",
        "#messageStrip { background: #fde7e9; border: 1px solid #f1aeb5; border-radius: 4px; } #messageStrip QLabel { color: #6b1520; }",
    };
    setStyleSheet(QString::fromLatin1(styles[int(kind)]));
    m_full = text;
    QFrame::show();
    fit();
    if (kind == Kind::Success || kind == Kind::Info || kind == Kind::Neutral) {
        m_fade->start(12000);
    } else {
        m_fade->stop();
    }
    emit shown(kind, text);
}

QString MessageStrip::text() const
{
    return isHidden() ? QString() : m_full;
}

} // namespace grab::ui
