#include "exportspec.h"

namespace grab {
namespace {

struct ReportName
{
    Report report;
    const char16_t *name;
};
constexpr ReportName kReports[] = {{Report::Pool, u"pool"},           {Report::Orders, u"orders"},         {Report::Kpis, u"kpis"},
                                   {Report::Leaderboard, u"leaderboard"}, {Report::Violations, u"violations"}, {Report::Trainings, u"trainings"},
                                   {Report::Feedback, u"feedback"},   {Report::Review, u"review"},         {Report::Events, u"events"}};

} // namespace

QString toString(Report report)
{
    for (const ReportName &r : kReports) {
        if (r.report == report) {
            return QString::fromUtf16(r.name);
        }
    }
    return {};
}

std::optional<Report> reportFromString(QStringView text)
{
    for (const ReportName &r : kReports) {
        if (text == QStringView(r.name)) {
            return r.report;
        }
    }
    return std::nullopt;
}

QList<Report> allReports()
{
    QList<Report> out;
    for (const ReportName &r : kReports) {
        out.append(r.report);
    }
    return out;
}

PeriodUse periodUse(Report report)
{
    switch (report) {
    case Report::Kpis:
    case Report::Leaderboard:
        return PeriodUse::Required;
    case Report::Pool:
    case Report::Review:
        return PeriodUse::None;
    default:
        return PeriodUse::Optional;
    }
}

QString toString(Provenance provenance)
{
    switch (provenance) {
    case Provenance::None:
        return QStringLiteral("none");
    case Provenance::Comment:
        return QStringLiteral("comment");
    case Provenance::Sidecar:
        return QStringLiteral("sidecar");
    }
    return {};
}

std::optional<Provenance> provenanceFromString(QStringView text)
{
    for (Provenance p : {Provenance::None, Provenance::Comment, Provenance::Sidecar}) {
        if (text == toString(p)) {
            return p;
        }
    }
    return std::nullopt;
}

QString toString(HeaderLanguage language)
{
    return language == HeaderLanguage::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

std::optional<HeaderLanguage> headerLanguageFromString(QStringView text)
{
    if (text == u"en") {
        return HeaderLanguage::English;
    }
    if (text == u"zh_CN" || text == u"zh") {
        return HeaderLanguage::Chinese;
    }
    return std::nullopt;
}

} // namespace grab
