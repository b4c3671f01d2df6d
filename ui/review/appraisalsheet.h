#pragma once

#include "services/review/reviewdata.h"

#include <QCoreApplication>
#include <QImage>
#include <QString>

#include <memory>

class QPrinter;
class QTextDocument;

namespace grab::ui {

// One grabber's printable appraisal sheet for a cycle: an A4 page with the header (team,
// quarter, grabber, level, the cycle's state and approver), the frozen KPIs against their
// targets with each achievement and its why, the supervisor's score and comment, the final
// score and grade with the formula, the decisions (a penalty with its reason and the violations
// behind it) and the signature lines. Built as HTML in a QTextDocument, so the same document
// goes to a printer, a PDF (QPrinter::PdfFormat) and a PNG.
class AppraisalSheet final
{
    Q_DECLARE_TR_FUNCTIONS(AppraisalSheet)

public:
    // `integrity`: the review's seal and the event chain's head, printed at the foot of the sheet
    // (a witness outside the file: `grabctl verify` can be checked against it).
    AppraisalSheet(const ReviewCycle &cycle, const ReviewEntry &entry, const QString &formula, const QString &integrity = {});
    ~AppraisalSheet();
    Q_DISABLE_COPY_MOVE(AppraisalSheet)

    QString html() const { return m_html; }
    // The document laid out for one A4 page width; its plain text is what a reader sees.
    QTextDocument &document();
    QString plainText();

    // A4 with 15 mm margins; false (and why in `error`) when the file cannot be written.
    bool writePdf(const QString &path, QString *error = nullptr);
    void print(QPrinter *printer);
    // The whole sheet on white at about 96 dpi (A4 is 794 px wide), for screenshots.
    QImage toImage(qreal scale = 1.0);
    // "appraisal-2026-Q4-张伟.pdf"
    static QString suggestedName(const ReviewCycle &cycle, const ReviewEntry &entry);

private:
    QString buildHtml(const ReviewCycle &cycle, const ReviewEntry &entry, const QString &formula, const QString &integrity) const;

    QString m_html;
    std::unique_ptr<QTextDocument> m_document;
};

} // namespace grab::ui
