#include "columnmappingtable.h"

#include "services/import/headermap.h"

#include <QComboBox>
#include <QHeaderView>

namespace grab::ui {
namespace {

const QString kIgnore = QStringLiteral("-");

// "tier (等级)": the field's key, as grabctl and the exports spell it, and its Chinese name.
QString fieldLabel(const HeaderMap::Field &f)
{
    return f.aliases.isEmpty() ? f.key : QStringLiteral("%1 (%2)").arg(f.key, f.aliases.constFirst());
}

} // namespace

ColumnMappingTable::ColumnMappingTable(QWidget *parent) : QTableWidget(0, ColumnCount, parent)
{
    setObjectName(QStringLiteral("columnMapping"));
    setHorizontalHeaderLabels({tr("Column in the file"), tr("Examples"), tr("Read as"), tr("Why")});
    verticalHeader()->hide();
    setSelectionMode(QAbstractItemView::NoSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setWordWrap(false);
    horizontalHeader()->setSectionResizeMode(FileColumn, QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(ReadAs, QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(Examples, QHeaderView::Interactive);
    horizontalHeader()->setStretchLastSection(true);
    setColumnWidth(Examples, fontMetrics().horizontalAdvance(QStringLiteral("M")) * 18);
}

void ColumnMappingTable::clearColumns()
{
    setRowCount(0);
    m_headers.clear();
    emit mappingChanged();
}

void ColumnMappingTable::setColumns(ImportEntity entity, const QList<ColumnGuess> &allGuesses, const QStringList &remembered)
{
    // Excel leaves empty header cells after the last column: nothing to decide there.
    QList<ColumnGuess> guesses;
    for (const ColumnGuess &g : allGuesses) {
        if (!g.header.isEmpty()) {
            guesses << g;
        }
    }
    setRowCount(0);
    m_headers.clear();
    const bool useRemembered = remembered.size() == guesses.size();
    setRowCount(int(guesses.size()));
    for (int row = 0; row < guesses.size(); ++row) {
        const ColumnGuess &g = guesses.at(row);
        m_headers << g.header;
        auto *name = new QTableWidgetItem(g.header);
        setItem(row, FileColumn, name);
        const QString examples = g.samples.join(QStringLiteral(" · "));
        auto *sample = new QTableWidgetItem(examples);
        sample->setToolTip(examples); // the column is narrow: the whole text is one hover away
        sample->setForeground(palette().brush(QPalette::PlaceholderText));
        setItem(row, Examples, sample);

        auto *box = new QComboBox;
        box->setObjectName(QStringLiteral("readAs%1").arg(row));
        box->addItem(tr("— choose —"), QString());
        for (const HeaderMap::Field &f : HeaderMap::fields(entity)) {
            box->addItem(f.required ? tr("%1, required").arg(fieldLabel(f)) : fieldLabel(f), f.key);
        }
        box->addItem(tr("Ignore this column"), kIgnore);
        QString choice = g.kind == ColumnGuess::Kind::Field ? g.field : g.kind == ColumnGuess::Kind::Ignore ? kIgnore : QString();
        QString why = g.why;
        if (useRemembered && box->findData(remembered.at(row)) >= 0) {
            choice = remembered.at(row);
            why = tr("Your choice for this file's columns last time.");
        }
        box->setCurrentIndex(std::max(0, box->findData(choice)));
        setCellWidget(row, ReadAs, box);
        auto *reason = new QTableWidgetItem(why);
        reason->setToolTip(why);
        setItem(row, Why, reason);
        connect(box, &QComboBox::currentIndexChanged, this, [this, row] {
            markRow(row);
            if (QTableWidgetItem *w = item(row, Why)) {
                w->setText(tr("Chosen by you."));
            }
            emit mappingChanged();
        });
        markRow(row);
    }
    // The first column still to decide is in sight, however long the file's header.
    for (int row = 0; row < rowCount(); ++row) {
        if (choiceBox(row) && choiceBox(row)->currentData().toString().isEmpty()) {
            scrollToItem(item(row, FileColumn));
            break;
        }
    }
    emit mappingChanged();
}

QComboBox *ColumnMappingTable::choiceBox(int row) const
{
    return qobject_cast<QComboBox *>(cellWidget(row, ReadAs));
}

// A column without a choice is marked, so the eye finds what is left to decide.
void ColumnMappingTable::markRow(int row)
{
    QComboBox *box = choiceBox(row);
    QTableWidgetItem *name = item(row, FileColumn);
    if (!box || !name) {
        return;
    }
    const bool open = box->currentData().toString().isEmpty();
    QFont f = name->font();
    f.setBold(open);
    name->setFont(f);
    name->setForeground(open ? QBrush(QColor(0xB0, 0x3A, 0x2E)) : palette().brush(QPalette::Text));
}

int ColumnMappingTable::unchosen() const
{
    int n = 0;
    for (int row = 0; row < rowCount(); ++row) {
        if (const QComboBox *box = choiceBox(row); box && box->currentData().toString().isEmpty() && !m_headers.at(row).isEmpty()) {
            ++n;
        }
    }
    return n;
}

bool ColumnMappingTable::isComplete() const
{
    return rowCount() > 0 && unchosen() == 0;
}

ColumnMapping ColumnMappingTable::mapping() const
{
    ColumnMapping out;
    for (int row = 0; row < rowCount(); ++row) {
        const QString choice = choiceBox(row) ? choiceBox(row)->currentData().toString() : QString();
        if (m_headers.at(row).isEmpty() || choice.isEmpty()) {
            continue;
        }
        if (choice == kIgnore) {
            out.ignored << m_headers.at(row);
        } else {
            out.fields.insert(m_headers.at(row), choice);
        }
    }
    return out;
}

QStringList ColumnMappingTable::choices() const
{
    QStringList out;
    for (int row = 0; row < rowCount(); ++row) {
        out << (choiceBox(row) ? choiceBox(row)->currentData().toString() : QString());
    }
    return out;
}

bool ColumnMappingTable::choose(const QString &header, const QString &choice)
{
    const int row = int(m_headers.indexOf(header));
    QComboBox *box = row >= 0 ? choiceBox(row) : nullptr;
    const int index = box ? box->findData(choice) : -1;
    if (index < 0) {
        return false;
    }
    box->setCurrentIndex(index);
    return true;
}

} // namespace grab::ui
