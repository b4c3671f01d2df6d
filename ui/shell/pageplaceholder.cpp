#include "pageplaceholder.h"

#include <QLabel>
#include <QVBoxLayout>

namespace grab::ui {

PagePlaceholder::PagePlaceholder(const QString &title, const QString &description, QWidget *parent) : QWidget(parent)
{
    auto *heading = new QLabel(title, this);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    heading->setFont(font);
    auto *text = new QLabel(description, this);
    text->setWordWrap(true);
    text->setObjectName(QStringLiteral("pageDescription"));
    text->setStyleSheet(QStringLiteral("color: #555555;"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 28, 32, 28);
    layout->setSpacing(10);
    layout->addWidget(heading);
    layout->addWidget(text);
    layout->addStretch(1);
}

} // namespace grab::ui
