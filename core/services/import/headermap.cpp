#include "headermap.h"

#include <QCoreApplication>
#include <QSet>

namespace grab {
namespace {

// The entity inside a shown sentence: its code in English (grabctl), its word on screen.
QString entityName(ImportEntity entity)
{
    switch (entity) {
    case ImportEntity::Grabbers: return QCoreApplication::translate("grab::Import", "grabbers");
    case ImportEntity::Customers: return QCoreApplication::translate("grab::Import", "customers");
    case ImportEntity::Orders: return QCoreApplication::translate("grab::Import", "orders");
    case ImportEntity::Feedback: return QCoreApplication::translate("grab::Import", "feedback");
    }
    return toString(entity);
}

using columnguess::normalized;

QString fieldList(ImportEntity entity)
{
    QStringList names;
    for (const HeaderMap::Field &f : HeaderMap::fields(entity)) {
        names.append(f.key);
    }
    return names.join(QStringLiteral(", "));
}

} // namespace

const QList<HeaderMap::Field> &HeaderMap::fields(ImportEntity entity)
{
    // The Chinese headers are those of the UI and of common Excel sheets; keep README in step.
    static const QList<Field> grabbers{
        {QStringLiteral("name"), true, {QStringLiteral("姓名"), QStringLiteral("名字"), QStringLiteral("抢单员"), QStringLiteral("员工姓名")}},
        {QStringLiteral("team"), false, {QStringLiteral("团队"), QStringLiteral("小组"), QStringLiteral("所属团队"), QStringLiteral("所属小组")}},
        {QStringLiteral("level"), false, {QStringLiteral("级别"), QStringLiteral("职级"), QStringLiteral("岗位级别")}},
        {QStringLiteral("skills"), false, {QStringLiteral("技能"), QStringLiteral("产品线"), QStringLiteral("负责产品线")}},
        {QStringLiteral("regions"), false, {QStringLiteral("区域"), QStringLiteral("地区"), QStringLiteral("负责区域"), QStringLiteral("所属区域")}},
        {QStringLiteral("status"), false, {QStringLiteral("状态"), QStringLiteral("在职状态")}},
        {QStringLiteral("daily_cap"), false, {QStringLiteral("每日上限"), QStringLiteral("日上限")}},
        {QStringLiteral("hired_on"), false, {QStringLiteral("入职日期"), QStringLiteral("入职时间")}},
    };
    static const QList<Field> customers{
        {QStringLiteral("name"), true, {QStringLiteral("名称"), QStringLiteral("客户名称"), QStringLiteral("客户"), QStringLiteral("公司名称"),
                                        QStringLiteral("企业名称"), QStringLiteral("单位名称")}},
        {QStringLiteral("tier"), true, {QStringLiteral("等级"), QStringLiteral("客户等级"), QStringLiteral("级别"), QStringLiteral("客户级别"),
                                        QStringLiteral("客户分级")}},
        {QStringLiteral("region"), true, {QStringLiteral("区域"), QStringLiteral("地区"), QStringLiteral("所属区域"), QStringLiteral("所属地区"),
                                          QStringLiteral("销售区域"), QStringLiteral("大区")}},
    };
    static const QList<Field> orders{
        {QStringLiteral("customer"), true, {QStringLiteral("客户"), QStringLiteral("客户名称"), QStringLiteral("客户编号"), QStringLiteral("公司名称")}},
        {QStringLiteral("amount"), true, {QStringLiteral("金额"), QStringLiteral("金额（元）"), QStringLiteral("金额(元)"), QStringLiteral("订单金额"),
                                          QStringLiteral("合同金额"), QStringLiteral("商机金额"), QStringLiteral("预计金额")}},
        {QStringLiteral("skill"), false, {QStringLiteral("技能"), QStringLiteral("产品线"), QStringLiteral("所属产品线"), QStringLiteral("业务线")}},
        {QStringLiteral("region"), false, {QStringLiteral("区域"), QStringLiteral("地区"), QStringLiteral("所属区域"), QStringLiteral("所属地区"),
                                           QStringLiteral("销售区域")}},
        {QStringLiteral("published_at"), false, {QStringLiteral("发布时间")}},
        {QStringLiteral("grab_deadline"), false, {QStringLiteral("抢单截止"), QStringLiteral("截止时间")}},
        {QStringLiteral("state"), false, {QStringLiteral("状态")}},
    };
    static const QList<Field> feedback{
        {QStringLiteral("order_id"), true, {QStringLiteral("订单"), QStringLiteral("订单号"), QStringLiteral("订单编号")}},
        {QStringLiteral("score"), true, {QStringLiteral("评分"), QStringLiteral("分数")}},
        {QStringLiteral("comment"), false, {QStringLiteral("评价"), QStringLiteral("评语"), QStringLiteral("备注")}},
    };
    switch (entity) {
    case ImportEntity::Grabbers:
        return grabbers;
    case ImportEntity::Customers:
        return customers;
    case ImportEntity::Orders:
        return orders;
    case ImportEntity::Feedback:
        break;
    }
    return feedback;
}

QStringList HeaderMap::exportColumns(ImportEntity entity)
{
    QStringList out;
    for (const Field &f : fields(entity)) {
        if (f.key != QLatin1String("state")) { // the export is the open pool: no state column
            out.append(f.key);
        }
    }
    return out;
}

int HeaderMap::indexOfField(ImportEntity entity, const QString &key)
{
    const QList<Field> &known = fields(entity);
    for (int i = 0; i < known.size(); ++i) {
        if (known[i].key == key) {
            return i;
        }
    }
    return -1;
}

Result<HeaderMap> HeaderMap::build(ImportEntity entity, const QStringList &header, const ColumnMapping &mapping)
{
    HeaderMap map;
    map.m_header = header;
    const QList<Field> &known = fields(entity);
    // The mapping, by normalized header; every header it names must be in the file (a typo in
    // --map or --ignore is an error, not a no-op) and every field it names must exist.
    QHash<QString, QString> mapped;
    QSet<QString> ignored;
    QSet<QString> inFile;
    for (const QString &h : header) {
        inFile.insert(normalized(h));
    }
    for (auto it = mapping.fields.begin(); it != mapping.fields.end(); ++it) {
        if (!inFile.contains(normalized(it.key()))) {
            return makeError(ErrorCode::InvalidInput,
                             QCoreApplication::translate("grab::Import", "The file has no column \"%1\" to map.").arg(it.key()),
                             QStringLiteral("unknown_mapped_column"));
        }
        const QString field = normalized(it.value());
        if (indexOfField(entity, field) < 0) {
            return makeError(ErrorCode::InvalidInput,
                             QCoreApplication::translate("grab::Import", "\"%1\" is not a field of %2; the fields are %3.").arg(it.value(), entityName(entity), fieldList(entity)),
                             QStringLiteral("unknown_field"));
        }
        mapped.insert(normalized(it.key()), field);
    }
    for (const QString &h : mapping.ignored) {
        if (!inFile.contains(normalized(h))) {
            return makeError(ErrorCode::InvalidInput,
                             QCoreApplication::translate("grab::Import", "The file has no column \"%1\" to ignore.").arg(h),
                             QStringLiteral("unknown_ignored_column"));
        }
        if (mapped.contains(normalized(h))) {
            return makeError(ErrorCode::InvalidInput,
                             QCoreApplication::translate("grab::Import", "The column \"%1\" is both mapped and ignored.").arg(h),
                             QStringLiteral("mapped_and_ignored"));
        }
        ignored.insert(normalized(h));
    }
    for (int i = 0; i < header.size(); ++i) {
        const QString h = normalized(header[i]);
        if (h.isEmpty() || ignored.contains(h)) {
            continue; // Excel leaves empty header cells after the last column; an ignored one is chosen
        }
        const Field *match = nullptr;
        const QString key = mapped.value(h, columnguess::fieldNamed(entity, h));
        if (const int f = indexOfField(entity, key); f >= 0) {
            match = &known[f];
        }
        if (!match) {
            return makeError(ErrorCode::InvalidInput,
                             QCoreApplication::translate("grab::Import", "Column %1 of the header, \"%2\", is not a field of %3. Map it to one of %4, or ignore it.")
                                 .arg(i + 1)
                                 .arg(header[i].trimmed(), entityName(entity), fieldList(entity)),
                             QStringLiteral("unknown_column"));
        }
        if (map.m_index.contains(match->key)) {
            return makeError(ErrorCode::InvalidInput,
                             QCoreApplication::translate("grab::Import", "Columns %1 and %2 of the header are both \"%3\".").arg(map.m_index.value(match->key) + 1).arg(i + 1).arg(match->key),
                             QStringLiteral("repeated_column"));
        }
        map.m_index.insert(match->key, i);
    }
    for (const Field &f : known) {
        if (f.required && !map.m_index.contains(f.key)) {
            return makeError(ErrorCode::InvalidInput,
                             QCoreApplication::translate("grab::Import", "The file has no \"%1\" column (%2), which %3 need.")
                                 .arg(f.key, f.aliases.join(QStringLiteral(" / ")), entityName(entity)),
                             QStringLiteral("missing_column"));
        }
    }
    return map;
}

QString HeaderMap::headerOf(const QString &key) const
{
    const int i = indexOf(key);
    return i >= 0 ? m_header.value(i).trimmed() : key;
}

QString ImportRow::cell(const QString &key) const
{
    const int i = m_map.indexOf(key);
    return i >= 0 && i < m_cells.size() ? m_cells[i].trimmed() : QString();
}

} // namespace grab
