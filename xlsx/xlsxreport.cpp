#include "xlsxreport.h"

#include "columnkind.h"
#include "base/csvreader.h"
#include "io/atomicfile.h"
#include "io/sidecarcommit.h"
#include "services/export/reportcolumns.h"
#include "services/export/reportexporter.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTemporaryDir>

#include <xlsxwriter.h>

#include <algorithm>
#include <memory>

namespace grab::xlsx {
namespace {

constexpr qint64 kMaxDataRows = 1048575; // a sheet's 1,048,576 rows, less the header
constexpr double kMaxWidth = 60;         // wider text is cut at the cell's edge; the cell keeps it whole
constexpr double kFilterButton = 3;      // the autofilter's drop-down sits over the header's end

struct Column
{
    QString key;
    ColumnKind kind = ColumnKind::Text;
    double width = 0;
};

// "2026-11-08T09:10:13+08:00": the local date and time as written, in the team's zone.
bool parseInstant(const QString &text, lxw_datetime &out)
{
    const QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid() || text.size() < 19) {
        return false;
    }
    // The offset says where the instant is; the clock reading before it is the team's local time.
    const QDateTime local = QDateTime::fromString(text.left(19), Qt::ISODate);
    if (!local.isValid()) {
        return false;
    }
    out = lxw_datetime{local.date().year(), local.date().month(), local.date().day(), local.time().hour(), local.time().minute(),
                       double(local.time().second())};
    return true;
}

bool parseDay(const QString &text, lxw_datetime &out)
{
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid() || text.size() != 10) {
        return false;
    }
    out = lxw_datetime{d.year(), d.month(), d.day(), 0, 0, 0};
    return true;
}

bool parseNumber(const QString &text, double &out)
{
    if (text.isEmpty() || text.front().isSpace() || text.back().isSpace()) {
        return false;
    }
    bool ok = false;
    out = QLocale::c().toDouble(text, &ok);
    return ok;
}

// The text a spreadsheet shows for a cell, for the column's width.
double shownWidth(const Column &column, const QString &cell)
{
    double n = 0;
    lxw_datetime when{};
    switch (column.kind) {
    case ColumnKind::DateTime:
        return parseInstant(cell, when) ? 19 : displayWidth(cell);
    case ColumnKind::Date:
        return 10;
    case ColumnKind::Percent:
        return parseNumber(cell, n) ? QString::number(n * 100, 'f', 1).size() + 1 : displayWidth(cell);
    case ColumnKind::Money:
        // ¥ and the thousands separators
        return parseNumber(cell, n) ? QLocale(QLocale::English).toString(n, 'f', 2).size() + 1 : displayWidth(cell);
    case ColumnKind::Number:
    case ColumnKind::Text:
        break;
    }
    return displayWidth(cell);
}

QString sheetName(Report report, HeaderLanguage language)
{
    if (language == HeaderLanguage::English) {
        return toString(report);
    }
    switch (report) {
    case Report::Pool:
        return QStringLiteral("抢单池");
    case Report::Orders:
        return QStringLiteral("订单");
    case Report::Kpis:
        return QStringLiteral("KPI");
    case Report::Leaderboard:
        return QStringLiteral("排行榜");
    case Report::Violations:
        return QStringLiteral("违规");
    case Report::Trainings:
        return QStringLiteral("培训");
    case Report::Feedback:
        return QStringLiteral("客户评价");
    case Report::Review:
        return QStringLiteral("季度考核");
    case Report::Events:
        return QStringLiteral("事件");
    }
    return toString(report);
}

// One pass over the report's temporary CSV: the file opened, the reader past the header row,
// whose fields open() returns (both passes read the same file the same way).
class CsvPass
{
public:
    explicit CsvPass(const QString &path) : m_file(path), m_reader(&m_file) {}

    Result<QStringList> open()
    {
        if (!m_file.open(QIODevice::ReadOnly)) {
            return makeError(ErrorCode::Internal, QStringLiteral("Cannot read the report back: %1").arg(m_file.errorString()));
        }
        if (auto s = m_reader.open(); !s) {
            return s.error();
        }
        CsvRow header;
        if (!m_reader.next(header)) {
            return m_reader.failed() ? m_reader.error() : makeError(ErrorCode::Internal, QStringLiteral("The report has no header row."));
        }
        return header.fields;
    }
    CsvReader &reader() { return m_reader; }

private:
    QFile m_file;
    CsvReader m_reader;
};

// The side-car's facts as label/value lines; the CSV's own file, size and checksum are left
// out, they describe the temporary CSV and not the workbook.
QList<std::pair<QString, QString>> provenanceLines(const QJsonObject &o, const QString &prefix = {})
{
    static const QSet<QString> skip{u"file"_qs, u"bytes"_qs, u"sha256"_qs, u"bom"_qs, u"headers"_qs};
    QList<std::pair<QString, QString>> out;
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (prefix.isEmpty() && skip.contains(it.key())) {
            continue;
        }
        const QString label = prefix.isEmpty() ? it.key() : prefix + u'.' + it.key();
        const QJsonValue v = it.value();
        if (v.isObject()) {
            out += provenanceLines(v.toObject(), label);
        } else if (v.isArray()) {
            QStringList parts;
            for (const QJsonValue &e : v.toArray()) {
                parts << e.toVariant().toString();
            }
            out.append({label, parts.join(QStringLiteral("; "))});
        } else if (v.isNull()) {
            out.append({label, QString()});
        } else {
            out.append({label, v.toVariant().toString()});
        }
    }
    return out;
}

struct WorkbookCloser
{
    void operator()(lxw_workbook *wb) const
    {
        if (wb) {
            workbook_close(wb);
        }
    }
};

Error writeFailed(lxw_error e, qint64 row, int column)
{
    return makeError(ErrorCode::Internal, QStringLiteral("The workbook could not take row %1, column %2: %3. No file was written.")
                                              .arg(row)
                                              .arg(column + 1)
                                              .arg(QString::fromUtf8(lxw_strerror(e))));
}

Error cancelled()
{
    return makeError(ErrorCode::Internal, QStringLiteral("The export was cancelled; no file was written."), QStringLiteral("cancelled"));
}

} // namespace

QString XlsxReport::suggestedName(const ExportSpec &spec)
{
    QString name = ReportExporter::suggestedName(spec);
    name.chop(4); // ".csv"
    return name + QStringLiteral(".xlsx");
}

Result<ExportResult> XlsxReport::run(const ExportSpec &spec, const QString &path, const ExportSink::Progress &progress)
{
    if (spec.provenance == Provenance::Comment) {
        return makeError(ErrorCode::Usage, QStringLiteral("A workbook states its provenance on its second sheet; comment lines are for CSV only."));
    }
    const QTemporaryDir work;
    if (!work.isValid()) {
        return makeError(ErrorCode::Internal, QStringLiteral("No temporary folder for the workbook: %1").arg(work.errorString()));
    }
    // Progress: the CSV is the first half of the work, the workbook the second.
    qint64 totalRows = 0;
    const auto half = [&progress](qint64 done, qint64 total, bool second) {
        if (!progress) {
            return true;
        }
        return total > 0 ? progress(done + (second ? total : 0), 2 * total) : progress(done, 0);
    };

    ExportSpec csvSpec = spec;
    csvSpec.bom = false;
    csvSpec.headers = HeaderLanguage::English; // the keys type the columns; the sheet's header is translated below
    csvSpec.provenance = Provenance::Sidecar;
    const QString csvPath = work.filePath(QStringLiteral("report.csv"));
    auto csv = ReportExporter(m_ctx).run(csvSpec, csvPath, [&](qint64 done, qint64 total) {
        totalRows = total;
        return half(done, total, false);
    });
    if (!csv) {
        return csv.error();
    }
    if (csv->rows > kMaxDataRows) {
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("The report has %1 rows; a spreadsheet holds at most 1,048,575 under its header. Export it as CSV.")
                             .arg(QLocale(QLocale::English).toString(csv->rows)),
                         QStringLiteral("too_many_rows"));
    }
    totalRows = csv->rows;
    QJsonObject provenance;
    {
        QFile side(csv->sidecarPath);
        if (!side.open(QIODevice::ReadOnly)) {
            return makeError(ErrorCode::Internal, QStringLiteral("Cannot read the report's provenance: %1").arg(side.errorString()));
        }
        provenance = QJsonDocument::fromJson(side.readAll()).object();
    }

    // Pass 1: the columns' keys and widths.
    QList<Column> columns;
    {
        CsvPass pass(csvPath);
        const auto keys = pass.open();
        if (!keys) {
            return keys.error();
        }
        CsvReader &reader = pass.reader();
        CsvRow row;
        for (const QString &key : *keys) {
            const QString shown = spec.headers == HeaderLanguage::Chinese && !spec.forImport ? ReportColumns::chinese(key) : key;
            columns.append(Column{key, columnKind(key), displayWidth(shown) + kFilterButton});
        }
        while (reader.next(row)) {
            for (qsizetype c = 0; c < row.fields.size() && c < columns.size(); ++c) {
                columns[c].width = std::max(columns[c].width, shownWidth(columns[c], row.fields.at(c)));
            }
        }
        if (reader.failed()) {
            return reader.error();
        }
    }

    // Pass 2: the workbook.
    const QByteArray xlsxPath = QFile::encodeName(work.filePath(QStringLiteral("report.xlsx")));
    const QByteArray tmpDir = QFile::encodeName(work.path());
    lxw_workbook_options options{LXW_TRUE, const_cast<char *>(tmpDir.constData()), LXW_FALSE};
    std::unique_ptr<lxw_workbook, WorkbookCloser> book(workbook_new_opt(xlsxPath.constData(), &options));
    if (!book) {
        return makeError(ErrorCode::Internal, QStringLiteral("The workbook could not be started."));
    }
    lxw_format *header = workbook_add_format(book.get());
    format_set_bold(header);
    format_set_bottom(header, LXW_BORDER_THIN);
    lxw_format *percent = workbook_add_format(book.get());
    format_set_num_format(percent, "0.0%");
    lxw_format *money = workbook_add_format(book.get());
    format_set_num_format(money, "\"¥\"#,##0.00");
    lxw_format *instant = workbook_add_format(book.get());
    format_set_num_format(instant, "yyyy-mm-dd hh:mm:ss");
    lxw_format *day = workbook_add_format(book.get());
    format_set_num_format(day, "yyyy-mm-dd");

    const QByteArray name = sheetName(spec.report, spec.headers).toUtf8();
    lxw_worksheet *sheet = workbook_add_worksheet(book.get(), name.constData());
    for (qsizetype c = 0; c < columns.size(); ++c) {
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), std::min(columns.at(c).width + 1, kMaxWidth), nullptr);
    }
    worksheet_freeze_panes(sheet, 1, 0);
    if (!columns.isEmpty()) {
        worksheet_autofilter(sheet, 0, 0, lxw_row_t(totalRows), lxw_col_t(columns.size() - 1));
    }
    for (qsizetype c = 0; c < columns.size(); ++c) {
        const QString shown = spec.headers == HeaderLanguage::Chinese && !spec.forImport ? ReportColumns::chinese(columns.at(c).key)
                                                                                         : columns.at(c).key;
        if (const lxw_error e = worksheet_write_string(sheet, 0, lxw_col_t(c), shown.toUtf8().constData(), header); e != LXW_NO_ERROR) {
            return writeFailed(e, 0, int(c));
        }
    }
    {
        CsvPass pass(csvPath);
        if (const auto keys = pass.open(); !keys) {
            return keys.error();
        }
        CsvReader &reader = pass.reader();
        CsvRow row;
        lxw_row_t r = 0;
        while (reader.next(row)) {
            ++r;
            for (qsizetype c = 0; c < row.fields.size(); ++c) {
                const QString &cell = row.fields.at(c);
                if (cell.isEmpty()) {
                    continue;
                }
                const ColumnKind kind = c < columns.size() ? columns.at(c).kind : ColumnKind::Text;
                lxw_datetime when{};
                double n = 0;
                lxw_error e = LXW_NO_ERROR;
                if ((kind == ColumnKind::DateTime && parseInstant(cell, when)) || (kind == ColumnKind::Date && parseDay(cell, when))) {
                    e = worksheet_write_datetime(sheet, r, lxw_col_t(c), &when, kind == ColumnKind::Date ? day : instant);
                } else if (kind != ColumnKind::Text && kind != ColumnKind::DateTime && kind != ColumnKind::Date && parseNumber(cell, n)) {
                    e = worksheet_write_number(sheet, r, lxw_col_t(c), n, kind == ColumnKind::Percent ? percent : kind == ColumnKind::Money ? money : nullptr);
                } else {
                    e = worksheet_write_string(sheet, r, lxw_col_t(c), cell.toUtf8().constData(), nullptr);
                }
                if (e != LXW_NO_ERROR) {
                    return writeFailed(e, r, int(c));
                }
            }
            if (r % 2000 == 0 && !half(r, totalRows, true)) {
                return cancelled();
            }
        }
        if (reader.failed()) {
            return reader.error();
        }
        if (qint64(r) != csv->rows) {
            return makeError(ErrorCode::Internal, QStringLiteral("The workbook took %1 of the report's %2 rows; no file was written.").arg(r).arg(csv->rows));
        }
    }

    // The second sheet: what the rows are.
    lxw_worksheet *about = workbook_add_worksheet(book.get(), spec.headers == HeaderLanguage::Chinese ? "来源说明" : "provenance");
    const QList<std::pair<QString, QString>> lines = provenanceLines(provenance);
    double labelWidth = 10;
    double valueWidth = 10;
    for (const auto &[label, value] : lines) {
        labelWidth = std::max(labelWidth, displayWidth(label));
        valueWidth = std::max(valueWidth, displayWidth(value));
    }
    worksheet_set_column(about, 0, 0, labelWidth + 2, header);
    worksheet_set_column(about, 1, 1, std::min(valueWidth + 2, 2 * kMaxWidth), nullptr);
    lxw_row_t r = 0;
    for (const auto &[label, value] : lines) {
        worksheet_write_string(about, r, 0, label.toUtf8().constData(), header);
        if (!value.isEmpty()) {
            worksheet_write_string(about, r, 1, value.toUtf8().constData(), nullptr);
        }
        ++r;
    }
    worksheet_write_string(about, r, 0, "rows", header);
    worksheet_write_number(about, r, 1, double(csv->rows), nullptr);

    if (const lxw_error e = workbook_close(book.release()); e != LXW_NO_ERROR) {
        return makeError(ErrorCode::Internal, QStringLiteral("The workbook could not be written: %1. No file was written.").arg(QString::fromUtf8(lxw_strerror(e))));
    }
    if (!half(totalRows, totalRows, true)) {
        return cancelled();
    }

    // The finished workbook reaches its place whole or not at all.
    QFile made(QFile::decodeName(xlsxPath));
    if (!made.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCode::Internal, QStringLiteral("Cannot read the finished workbook: %1").arg(made.errorString()));
    }
    AtomicFile target(path);
    if (auto s = target.open(); !s) {
        return s.error();
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    while (!made.atEnd()) {
        const QByteArray chunk = made.read(1 << 20);
        if (chunk.isEmpty() && made.error() != QFileDevice::NoError) {
            return makeError(ErrorCode::Internal, QStringLiteral("Cannot read the finished workbook: %1").arg(made.errorString()));
        }
        hash.addData(chunk);
        target.write(chunk);
    }
    if (auto s = target.prepare(); !s) {
        return s.error();
    }
    ExportResult result{csv->rows, target.bytesWritten(), QString::fromLatin1(hash.result().toHex()), path, {}};
    std::optional<std::pair<QString, QByteArray>> side;
    if (spec.provenance == Provenance::Sidecar) {
        QJsonObject o = provenance;
        o.insert(QStringLiteral("file"), QFileInfo(path).fileName());
        o.insert(QStringLiteral("format"), QStringLiteral("xlsx"));
        o.insert(QStringLiteral("headers"), toString(spec.headers));
        o.remove(QStringLiteral("bom"));
        o.insert(QStringLiteral("rows"), result.rows);
        o.insert(QStringLiteral("bytes"), result.bytes);
        o.insert(QStringLiteral("sha256"), result.sha256);
        result.sidecarPath = ReportExporter::sidecarPath(path);
        side.emplace(result.sidecarPath, QJsonDocument(o).toJson(QJsonDocument::Indented));
    }
    if (auto s = commitWithSidecar(target, path, side); !s) {
        return s.error();
    }
    return result;
}

} // namespace grab::xlsx
