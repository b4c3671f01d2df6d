#include "detailspanel.h"

#include "common/format.h"
#include "domain/ageing.h"
#include "eventdescription.h"
#include "services/audit/eventlog.h"
#include "services/team/teamservice.h"
#include "store/database.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace grab::ui {
namespace {

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td style='color:#666; padding-right:12px'>%1</td><td>%2</td></tr>").arg(label.toHtmlEscaped(), value);
}

QString dateTime(qint64 ms)
{
    return Format::dateTime(QDateTime::fromMSecsSinceEpoch(ms));
}

} // namespace

DetailsPanel::DetailsPanel(Database &db, const EventDescriber &describer, QWidget *parent)
    : QWidget(parent), m_db(db), m_describer(describer)
{
    m_title = new QLabel;
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_body = new QTextBrowser;
    m_body->setObjectName(QStringLiteral("details"));
    m_body->setFrameShape(QFrame::NoFrame);
    m_body->setOpenLinks(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_body, 1);
    clear();
}

void DetailsPanel::clear()
{
    setContent(tr("Details"), QStringLiteral("<p style='color:#777'>%1</p>")
                                  .arg(tr("Select an order, a grabber or an event to see its details and its history.").toHtmlEscaped()));
}

void DetailsPanel::setContent(const QString &title, const QString &html)
{
    m_title->setText(title);
    m_body->setHtml(html);
}

QString DetailsPanel::plainText() const
{
    return m_title->text() + QLatin1Char('\n') + m_body->toPlainText();
}

void DetailsPanel::showOrder(const Order &o, const RuleSet &rules, qint64 nowMs)
{
    QString html = QStringLiteral("<table cellspacing='2'>");
    html += row(tr("Customer"), QStringLiteral("%1 (%2)").arg(o.customerName.toHtmlEscaped(), Format::tier(o.customerTier)));
    html += row(tr("Amount"), Format::money(o.amountMinor));
    html += row(tr("Priority"), QStringLiteral("%1 · %2").arg(Format::priority(o.priority), tr("score %1, rules v%2").arg(o.priorityScore).arg(o.ruleVersion)));
    html += row(tr("Skill · region"), QStringLiteral("%1 · %2").arg(o.skill.toHtmlEscaped(), o.region.toHtmlEscaped()));
    html += row(tr("State"), Format::state(o.state));
    html += row(tr("Published"), dateTime(o.publishedAt));
    if (o.state == OrderState::Open) {
        html += row(tr("Waiting"), Format::duration(nowMs - o.pooledAt));
        html += row(tr("Grab deadline"), QStringLiteral("%1 (%2)").arg(dateTime(o.grabDeadline), Format::countdown(o.grabDeadline - nowMs)));
        const AgeingAssessment ageing = assessAgeing(rules, o, nowMs);
        if (!ageing.why.isEmpty()) {
            html += row(tr("Attention"), Format::ageingReason(ageing.why).toHtmlEscaped());
        }
    }
    if (o.assigneeId) {
        html += row(tr("Assignee"), QStringLiteral("%1 · %2")
                                        .arg(m_describer.grabberNames.value(*o.assigneeId, QStringLiteral("#%1").arg(*o.assigneeId)).toHtmlEscaped(),
                                             o.assignedAt ? dateTime(*o.assignedAt) : QString()));
    }
    if (o.minLevel || !o.onlyGrabbers.isEmpty()) {
        QStringList names;
        for (const qint64 g : o.onlyGrabbers) {
            names << m_describer.grabberNames.value(g, QStringLiteral("#%1").arg(g));
        }
        QStringList parts;
        if (o.minLevel) {
            parts << tr("%1 and above").arg(Format::level(*o.minLevel));
        }
        if (!names.isEmpty()) {
            parts << tr("only %1").arg(names.join(QStringLiteral(", ")));
        }
        html += row(tr("Restriction"), parts.join(QStringLiteral("; ")).toHtmlEscaped());
    }
    html += QStringLiteral("</table>");

    html += QStringLiteral("<p style='margin-top:10px'><b>%1</b></p><table cellspacing='2'>").arg(tr("History").toHtmlEscaped());
    auto history = EventLog::forOrder(m_db.connection(), o.id);
    if (!history) {
        html += QStringLiteral("<tr><td>%1</td></tr>").arg(history.error().message.toHtmlEscaped());
    } else {
        for (const Event &e : *history) {
            const EventDescription d = m_describer.describe(e);
            QString line = d.text.toHtmlEscaped();
            if (!d.details.isEmpty()) {
                line += QStringLiteral("<br><span style='color:#666'>%1</span>").arg(d.details.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
            }
            html += QStringLiteral("<tr><td style='color:#666; padding-right:10px; white-space:nowrap' valign='top'>%1</td><td>%2</td></tr>")
                        .arg(Format::when(e.at, nowMs), line);
        }
    }
    html += QStringLiteral("</table>");
    setContent(tr("Order #%1").arg(o.id), html);
}

void DetailsPanel::showGrabber(const Quota &q)
{
    QString html = QStringLiteral("<table cellspacing='2'>");
    html += row(tr("Level"), Format::level(q.level));
    html += row(tr("Status"), Format::status(q.status));
    html += row(tr("Today"), tr("%1 of %2%3 · %4 left")
                                 .arg(q.takenToday)
                                 .arg(q.dailyCap)
                                 .arg(q.capOverridden ? tr(" (personal cap)") : QString())
                                 .arg(q.dailyLeft()));
    html += row(tr("Open workload"), tr("%1 of %2 · %3 left").arg(q.openWorkload).arg(q.workloadCap).arg(q.workloadLeft()));
    html += row(tr("Missed today"), tr("%n attempt(s) lost or refused", nullptr, q.attemptsToday));
    html += row(tr("Day counted"), tr("%1 to %2").arg(dateTime(q.dayStart), dateTime(q.dayEnd)));
    auto grabber = TeamService(Context{m_db, SystemClock(), QString()}).grabber(q.grabberId);
    if (grabber) {
        html += row(tr("Skills"), grabber->skills.join(QStringLiteral(", ")).toHtmlEscaped());
        html += row(tr("Regions"), grabber->regions.join(QStringLiteral(", ")).toHtmlEscaped());
        html += row(tr("Team"), grabber->team.toHtmlEscaped());
    }
    html += QStringLiteral("</table>");
    setContent(q.name, html);
}

void DetailsPanel::showEvent(const Event &e)
{
    const EventDescription d = m_describer.describe(e);
    QString html = QStringLiteral("<p>%1</p>").arg(d.text.toHtmlEscaped());
    if (!d.details.isEmpty()) {
        html += QStringLiteral("<p style='color:#444'>%1</p>").arg(d.details.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    }
    html += QStringLiteral("<table cellspacing='2'>");
    html += row(tr("When"), dateTime(e.at));
    html += row(tr("Type"), e.type.toHtmlEscaped());
    html += row(tr("By"), e.actor.toHtmlEscaped());
    if (!e.reason.isEmpty()) {
        html += row(tr("Reason"), QStringLiteral("%1 — %2").arg(e.reason.toHtmlEscaped(), Format::reason(e.reason).toHtmlEscaped()));
    }
    if (e.ruleVersion) {
        html += row(tr("Rules"), tr("version %1").arg(*e.ruleVersion));
    }
    html += QStringLiteral("</table>");
    if (!e.payload.isEmpty()) {
        html += QStringLiteral("<pre style='color:#555'>%1</pre>")
                    .arg(QString::fromUtf8(QJsonDocument(e.payload).toJson(QJsonDocument::Indented)).toHtmlEscaped());
    }
    setContent(tr("Event #%1").arg(e.id), html);
}

} // namespace grab::ui
