#include "importreport.h"

#include "base/csvwriter.h"

#include <QJsonArray>

namespace grab {

QString toString(ImportEntity entity)
{
    switch (entity) {
    case ImportEntity::Grabbers:
        return QStringLiteral("grabbers");
    case ImportEntity::Customers:
        return QStringLiteral("customers");
    case ImportEntity::Orders:
        return QStringLiteral("orders");
    case ImportEntity::Feedback:
        return QStringLiteral("feedback");
    }
    return {};
}

std::optional<ImportEntity> importEntityFromString(QStringView text)
{
    for (ImportEntity e : {ImportEntity::Grabbers, ImportEntity::Customers, ImportEntity::Orders, ImportEntity::Feedback}) {
        if (text == toString(e)) {
            return e;
        }
    }
    return std::nullopt;
}

QJsonObject ImportReport::toJson(int maxIssues) const
{
    QJsonArray list;
    for (const ImportIssue &i : issues) {
        if (maxIssues >= 0 && list.size() >= maxIssues) {
            break;
        }
        list.append(QJsonObject{{QStringLiteral("line"), i.line},
                                {QStringLiteral("column"), i.column},
                                {QStringLiteral("value"), i.value},
                                {QStringLiteral("reason"), i.reason}});
    }
    return QJsonObject{{QStringLiteral("entity"), grab::toString(entity)},
                       {QStringLiteral("encoding"), encoding},
                       {QStringLiteral("delimiter"), delimiter == u'\t' ? QStringLiteral("tab") : QString(delimiter)},
                       {QStringLiteral("rows"), rows},
                       {QStringLiteral("valid"), validRows},
                       {QStringLiteral("invalid"), invalidRows},
                       {QStringLiteral("imported"), imported},
                       {QStringLiteral("dryRun"), dryRun},
                       {QStringLiteral("cancelled"), cancelled},
                       {QStringLiteral("issueCount"), qint64(issues.size())},
                       {QStringLiteral("issues"), list}};
}

bool ImportReport::writeCsv(QIODevice *out) const
{
    CsvWriter csv(out);
    csv.writeHeader({QStringLiteral("line"), QStringLiteral("column"), QStringLiteral("value"), QStringLiteral("reason")});
    for (const ImportIssue &i : issues) {
        csv.writeRow({i.line, i.column, i.value, i.reason});
    }
    return csv.ok();
}

} // namespace grab
