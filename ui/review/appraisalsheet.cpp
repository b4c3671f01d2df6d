#include "appraisalsheet.h"

#include "reviewtext.h"

#include "common/format.h"
#include "domain/reviewscoring.h"
#include "io/atomicfile.h"
#include "io/protectedfiles.h"

#include <QFile>
#include <QFileInfo>
#include <QFont>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPrinter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextDocument>

#include <algorithm>

namespace grab::ui {
namespace {

constexpr qreal kA4WidthPx = 794; // 210 mm at 96 dpi
constexpr qreal kA4HeightPx = 1123;
constexpr qreal kMarginPx = 57; // 15 mm

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td class='label' width='18%'>%1</td><td>%2</td></tr>").arg(esc(label), value);
}

} // namespace

AppraisalSheet::AppraisalSheet(const ReviewCycle &cycle, const ReviewEntry &entry, const QString &formula, const QString &integrity)
    : m_html(buildHtml(cycle, entry, formula, integrity))
{
}

AppraisalSheet::~AppraisalSheet() = default;

QString AppraisalSheet::buildHtml(const ReviewCycle &c, const ReviewEntry &e, const QString &formula, const QString &integrity) const
{
    QString h;
    h += QStringLiteral("<html><head><style>"
                        "body { font-size: 8.5pt; color: #202124; }"
                        "h1 { font-size: 14pt; margin: 0; }"
                        "h2 { font-size: 10.5pt; margin-top: 10px; margin-bottom: 3px; color: #1d3a5f; }"
                        "td, th { padding: 2px 5px; vertical-align: top; }"
                        "th { background: #eef1f5; text-align: left; }"
                        "td.label { color: #5f6368; }"
                        "td.num { text-align: right; }"
                        "p.small { font-size: 8pt; color: #5f6368; }"
                        "</style></head><body>");
    h += QStringLiteral("<h1>%1</h1>").arg(esc(tr("Quarterly appraisal %1 — %2").arg(c.quarter, e.grabberName)));
    h += QStringLiteral("<p class='small'>%1</p>")
             .arg(esc(tr("%1 to %2 (team time) · KPIs frozen %3 · rule version %4")
                          .arg(c.period.from.toString(Qt::ISODate), c.period.to.addDays(-1).toString(Qt::ISODate),
                               ReviewText::when(c.openedAt))
                          .arg(c.settings.ruleVersion)));

    h += QStringLiteral("<table width='100%' cellspacing='0'>");
    h += row(tr("Team"), esc(e.snapshot.team.isEmpty() ? Format::undefined() : e.snapshot.team));
    h += row(tr("Grabber"), esc(QStringLiteral("%1 (#%2)").arg(e.grabberName).arg(e.grabberId)));
    h += row(tr("Level"), esc(ReviewText::level(e.snapshot.level)));
    h += row(tr("Cycle"), esc(ReviewText::state(c.state)));
    h += row(tr("Approved by"), esc(c.approvedBy.isEmpty() ? tr("not approved yet")
                                                           : tr("%1 on %2").arg(c.approvedBy, ReviewText::when(c.approvedAt))));
    h += QStringLiteral("</table>");

    h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("KPIs of the quarter")));
    h += QStringLiteral("<table width='100%' border='1' cellspacing='0' style='border-color: #c8ccd2; border-style: solid;'>");
    h += QStringLiteral("<tr><th width='12%'>%1</th><th width='12%'>%2</th><th width='11%'>%3</th><th width='8%'>%4</th>"
                        "<th width='13%'>%5</th><th width='7%'>%6</th><th>%7</th></tr>")
             .arg(esc(tr("KPI")), esc(tr("Value")), esc(tr("Target")), esc(tr("Weight")), esc(tr("Achievement")), esc(tr("Points")),
                  esc(tr("Why")));
    for (const ReviewKpiPart &p : e.kpi.parts) {
        const QString target = (lowerIsBetter(p.kpi) ? tr("at most %1") : QStringLiteral("%1")).arg(reviewscoring::shownPhrase(p.kpi, p.target).shown());
        h += QStringLiteral("<tr><td>%1</td><td class='num'>%2</td><td class='num'>%3</td><td class='num'>%4</td>"
                            "<td class='num'>%5</td><td class='num'>%6</td><td>%7</td></tr>")
                 .arg(esc(ReviewText::kpi(p.kpi)), esc(reviewscoring::shownPhrase(p.kpi, p.value).shown()), esc(target),
                      QString::number(p.weight, 'g', 4),
                      p.achievement ? Format::percent(*p.achievement, 0) : Format::undefined(),
                      QString::number(p.points, 'f', 1), esc(p.why));
    }
    h += QStringLiteral("</table>");
    h += QStringLiteral("<p><b>%1</b> %2</p>").arg(esc(tr("KPI score: %1").arg(ReviewText::score(e.kpi.score))), esc(e.kpi.why));

    h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Supervisor")));
    h += QStringLiteral("<table width='100%' cellspacing='0'>");
    h += row(tr("Score (1–5)"), esc(e.supervisorScore ? QString::number(*e.supervisorScore) : tr("not scored yet")));
    h += row(tr("Comment"), esc(e.comment.isEmpty() ? Format::undefined() : e.comment));
    h += QStringLiteral("</table>");

    h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Final score and grade")));
    h += QStringLiteral("<p><span style='font-size: 14pt;'><b>%1</b></span> &nbsp; %2</p>")
             .arg(esc(e.final.score ? tr("%1 · grade %2").arg(ReviewText::score(e.final.score), e.final.grade) : tr("not scored yet")),
                  esc(e.final.why));
    h += QStringLiteral("<p class='small'>%1</p>").arg(esc(formula));

    h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Decisions")));
    if (e.decisions.isEmpty()) {
        h += QStringLiteral("<p>%1</p>").arg(esc(tr("None.")));
    } else {
        h += QStringLiteral("<ul>");
        for (const ReviewDecision &d : e.decisions) {
            h += QStringLiteral("<li>%1</li>").arg(esc(ReviewText::decision(d)));
        }
        h += QStringLiteral("</ul>");
    }
    if (e.hasPenalty() || !e.violations().isEmpty()) {
        h += QStringLiteral("<p class='small'><b>%1</b><br/>").arg(esc(tr("Violations of the quarter (%1):").arg(QLocale().toString(qint64(e.violations().size())))));
        QStringList lines;
        for (const ReviewViolation &v : e.violations()) {
            QStringList parts{ReviewText::when(v.at), tr("%1 (%2)", "violation type (severity)")
                                                          .arg(Format::violationType(v.type), Format::severity(v.severity))};
            if (v.orderId) {
                parts << tr("order #%1").arg(*v.orderId);
            }
            if (!v.shownNote().isEmpty()) {
                parts << v.shownNote();
            }
            lines << esc(parts.join(QStringLiteral(" · ")));
        }
        h += (lines.isEmpty() ? esc(tr("none")) : lines.join(QStringLiteral("<br/>"))) + QStringLiteral("</p>");
    }

    // One line per signature: a page break may fall between them, never through one.
    h += QStringLiteral("<br/><table width='100%' cellspacing='0' cellpadding='4'>");
    for (const QString &who : {tr("Grabber"), tr("Supervisor"), tr("Approver")}) {
        h += QStringLiteral("<tr><td width='16%'>%1</td><td>______________________________</td><td width='10%'>%2</td><td>______________</td></tr>")
                 .arg(esc(who), esc(tr("Date")));
    }
    h += QStringLiteral("</table>");
    if (!integrity.isEmpty()) {
        h += QStringLiteral("<p class='small'>%1</p>").arg(esc(integrity));
    }
    h += QStringLiteral("</body></html>");
    return h;
}

QTextDocument &AppraisalSheet::document()
{
    if (!m_document) {
        m_document = std::make_unique<QTextDocument>();
        // Chinese names need a CJK face; Noto Sans CJK is installed with GrabDesk's fonts, and
        // the default family stays the fallback where it is not.
        QFont font(QStringLiteral("Noto Sans CJK SC"));
        font.setPointSizeF(8.5);
        m_document->setDefaultFont(font);
        m_document->setDocumentMargin(kMarginPx);
        m_document->setHtml(m_html);
        m_document->setPageSize(QSizeF(kA4WidthPx, kA4HeightPx));
    }
    return *m_document;
}

QString AppraisalSheet::plainText()
{
    return document().toPlainText();
}

bool AppraisalSheet::writePdf(const QString &path, QString *error)
{
    // QPrinter writes its file as it goes and says nothing of a failed write. So it prints into
    // a private scratch folder, and the finished PDF is written whole and synced over PATH:
    // a full disk leaves an older sheet as it was, and the window never says "saved" for it.
    const auto fail = [&](const QString &why) {
        if (error) {
            *error = why;
        }
        return false;
    };
    if (auto s = protectedfiles::check(path); !s) {
        return fail(s.error().message);
    }
    QTemporaryDir scratch;
    if (!scratch.isValid()) {
        return fail(tr("Could not make a scratch folder for the PDF: %1").arg(scratch.errorString()));
    }
    const QString drawn = scratch.filePath(QStringLiteral("sheet.pdf"));
    {
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(drawn);
        print(&printer);
    }
    QFile pdf(drawn);
    if (!pdf.open(QIODevice::ReadOnly) || pdf.size() == 0) {
        return fail(tr("Could not draw the sheet as a PDF."));
    }
    const QByteArray bytes = pdf.readAll();
    if (bytes.size() != pdf.size()) {
        return fail(tr("Could not draw the sheet as a PDF."));
    }
    AtomicFile file(path);
    Status written = file.open();
    if (written) {
        file.write(bytes);
        written = file.commit();
    }
    if (!written) {
        return fail(written.error().message);
    }
    return true;
}

void AppraisalSheet::print(QPrinter *printer)
{
    printer->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    printer->setDocName(tr("Appraisal"));
    // print() lays the document out on the printer's page; the margins are the document's own.
    document().print(printer);
    m_document.reset(); // print() may have re-laid it out for the printer's resolution
}

QImage AppraisalSheet::toImage(qreal scale)
{
    QTextDocument &doc = document();
    // One picture without page breaks: the document unpaginated at A4 width, at least one page tall.
    doc.setTextWidth(kA4WidthPx);
    const qreal height = std::max(kA4HeightPx, doc.size().height());
    QImage image(QSize(int(kA4WidthPx * scale), int(height * scale)), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.scale(scale, scale);
    doc.drawContents(&painter);
    painter.end();
    doc.setPageSize(QSizeF(kA4WidthPx, kA4HeightPx));
    return image;
}

QString AppraisalSheet::suggestedName(const ReviewCycle &cycle, const ReviewEntry &entry)
{
    QString name = entry.grabberName;
    name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|\\s]+")), QStringLiteral("_"));
    return QStringLiteral("appraisal-%1-%2.pdf").arg(cycle.quarter, name);
}

} // namespace grab::ui
