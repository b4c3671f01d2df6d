#include "headermap.h"

#include <QCoreApplication>

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

QString normalized(const QString &header)
{
    QString h = header.trimmed().toLower();
    h.remove(QChar(0xFEFF)); // a BOM that a tool left inside the first header
    h.replace(u' ', u'_');
    return h;
}

} // namespace

const QList<HeaderMap::Field> &HeaderMap::fields(ImportEntity entity)
{
    // The Chinese headers are those of the UI and of common Excel sheets; keep README in step.
    static const QList<Field> grabbers{
        {QStringLiteral("name"), true, {QStringLiteral("姓名"), QStringLiteral("名字"), QStringLiteral("抢单员")}},
        {QStringLiteral("team"), false, {QStringLiteral("团队"), QStringLiteral("小组")}},
        {QStringLiteral("level"), false, {QStringLiteral("级别"), QStringLiteral("职级")}},
        {QStringLiteral("skills"), false, {QStringLiteral("技能"), QStringLiteral("产品线")}},
        {QStringLiteral("regions"), false, {QStringLiteral("区域"), QStringLiteral("地区")}},
        {QStringLiteral("status"), false, {QStringLiteral("状态")}},
        {QStringLiteral("daily_cap"), false, {QStringLiteral("每日上限"), QStringLiteral("日上限")}},
        {QStringLiteral("hired_on"), false, {QStringLiteral("入职日期")}},
    };
    static const QList<Field> customers{
        {QStringLiteral("name"), true, {QStringLiteral("名称"), QStringLiteral("客户名称"), QStringLiteral("客户")}},
        {QStringLiteral("tier"), true, {QStringLiteral("等级"), QStringLiteral("客户等级"), QStringLiteral("级别")}},
        {QStringLiteral("region"), true, {QStringLiteral("区域"), QStringLiteral("地区")}},
    };
    static const QList<Field> orders{
        {QStringLiteral("customer"), true, {QStringLiteral("客户"), QStringLiteral("客户名称"), QStringLiteral("客户编号")}},
        {QStringLiteral("amount"), true, {QStringLiteral("金额"), QStringLiteral("金额（元）"), QStringLiteral("金额(元)")}},
        {QStringLiteral("skill"), false, {QStringLiteral("技能"), QStringLiteral("产品线")}},
        {QStringLiteral("region"), false, {QStringLiteral("区域"), QStringLiteral("地区")}},
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

Result<HeaderMap> HeaderMap::build(ImportEntity entity, const QStringList &header)
{
    HeaderMap map;
    map.m_header = header;
    const QList<Field> &known = fields(entity);
    for (int i = 0; i < header.size(); ++i) {
        const QString h = normalized(header[i]);
        if (h.isEmpty()) {
            continue; // Excel leaves empty header cells after the last column
        }
        const Field *match = nullptr;
        for (const Field &f : known) {
            if (h == f.key || f.aliases.contains(h)) {
                match = &f;
                break;
            }
        }
        if (!match) {
            QStringList names;
            for (const Field &f : known) {
                names.append(f.key);
            }
            return makeError(ErrorCode::InvalidInput,
                             QCoreApplication::translate("grab::Import", "Column %1 of the header, \"%2\", is not a field of %3; the columns are %4 (or their Chinese names).")
                                 .arg(i + 1)
                                 .arg(header[i].trimmed(), entityName(entity), names.join(QStringLiteral(", "))),
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
