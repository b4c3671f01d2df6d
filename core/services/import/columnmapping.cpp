#include "columnmapping.h"

#include "headermap.h"
#include "importvalues.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRegularExpression>

namespace grab {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("grab::Import", text);
}

// Columns that Chinese CRM exports carry and GrabDesk does not keep: contact details, owners,
// sources, audit times. The wizard proposes to ignore them; the manager confirms. (grabctl never
// ignores a column by itself: --ignore names it.)
const QStringList &notKept()
{
    static const QStringList words{
        QStringLiteral("联系电话"), QStringLiteral("电话"),     QStringLiteral("手机"),     QStringLiteral("手机号"),   QStringLiteral("手机号码"),
        QStringLiteral("联系人"),   QStringLiteral("邮箱"),     QStringLiteral("电子邮箱"), QStringLiteral("微信"),     QStringLiteral("qq"),
        QStringLiteral("负责人"),   QStringLiteral("所属销售"), QStringLiteral("创建人"),   QStringLiteral("创建时间"), QStringLiteral("更新时间"),
        QStringLiteral("最后修改时间"), QStringLiteral("最后跟进时间"), QStringLiteral("下次跟进时间"), QStringLiteral("跟进状态"),
        QStringLiteral("客户来源"), QStringLiteral("来源"),     QStringLiteral("所属行业"), QStringLiteral("行业"),     QStringLiteral("地址"),
        QStringLiteral("详细地址"), QStringLiteral("公司地址"), QStringLiteral("网址"),     QStringLiteral("官网"),     QStringLiteral("客户编号"),
        QStringLiteral("备注"),     QStringLiteral("phone"),    QStringLiteral("email"),    QStringLiteral("owner"),    QStringLiteral("source"),
        QStringLiteral("industry"), QStringLiteral("address"),  QStringLiteral("created_at"), QStringLiteral("updated_at")};
    return words;
}

bool allValues(const QList<QStringList> &rows, int column, const std::function<bool(const QString &)> &test)
{
    int seen = 0;
    for (const QStringList &row : rows) {
        const QString v = row.value(column).trimmed();
        if (v.isEmpty()) {
            continue;
        }
        if (!test(v)) {
            return false;
        }
        ++seen;
    }
    return seen > 0;
}

bool looksLikePhone(const QString &v)
{
    static const QRegularExpression phone(QStringLiteral("^(\\+?86[- ]?)?(1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8})$"));
    QString compact = v;
    compact.remove(u' ');
    return phone.match(compact).hasMatch();
}

bool looksLikeRegion(const QString &v)
{
    static const QStringList regions{QStringLiteral("华东"), QStringLiteral("华南"), QStringLiteral("华北"), QStringLiteral("华中"),
                                     QStringLiteral("西南"), QStringLiteral("西北"), QStringLiteral("东北")};
    return regions.contains(v) || ((v.endsWith(u'省') || v.endsWith(u'区')) && v.size() <= 8);
}

// The value-based guess for a column no name explains: a field of this entity, or *ignore*.
std::optional<std::pair<ColumnGuess::Kind, QString>> guessFromValues(ImportEntity entity, const QList<QStringList> &rows, int column,
                                                                     const QStringList &taken, QString &why)
{
    const auto field = [&](const QString &key) { return HeaderMap::indexOfField(entity, key) >= 0 && !taken.contains(key); };
    if (allValues(rows, column, looksLikePhone)) {
        why = tr("The values look like phone numbers, which GrabDesk does not keep.");
        return std::pair{ColumnGuess::Kind::Ignore, QString()};
    }
    if (field(QStringLiteral("tier")) && allValues(rows, column, [](const QString &v) { return importvalues::tier(v).has_value(); })) {
        why = tr("The values are tiers (VIP, 重点, 普通).");
        return std::pair{ColumnGuess::Kind::Field, QStringLiteral("tier")};
    }
    if (field(QStringLiteral("region")) && allValues(rows, column, looksLikeRegion)) {
        why = tr("The values look like regions.");
        return std::pair{ColumnGuess::Kind::Field, QStringLiteral("region")};
    }
    if (field(QStringLiteral("regions")) && allValues(rows, column, looksLikeRegion)) {
        why = tr("The values look like regions.");
        return std::pair{ColumnGuess::Kind::Field, QStringLiteral("regions")};
    }
    if (field(QStringLiteral("level")) && allValues(rows, column, [](const QString &v) { return importvalues::level(v).has_value(); })) {
        why = tr("The values are levels (初级, 高级, 组长).");
        return std::pair{ColumnGuess::Kind::Field, QStringLiteral("level")};
    }
    if (field(QStringLiteral("amount")) && allValues(rows, column, [](const QString &v) { return importvalues::amount(v).has_value(); })) {
        why = tr("The values are amounts.");
        return std::pair{ColumnGuess::Kind::Field, QStringLiteral("amount")};
    }
    return std::nullopt;
}

} // namespace

Result<ColumnMapping> ColumnMapping::parse(const QString &map, const QString &ignore)
{
    ColumnMapping out;
    for (const QString &pair : map.split(u',', Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.lastIndexOf(u'=');
        const QString header = pair.left(eq).trimmed();
        const QString field = pair.mid(eq + 1).trimmed();
        if (eq < 0 || header.isEmpty() || field.isEmpty()) {
            return makeError(ErrorCode::Usage, QStringLiteral("--map takes HEADER=FIELD pairs separated by commas; \"%1\" is not one.").arg(pair.trimmed()));
        }
        out.fields.insert(header, field);
    }
    for (const QString &header : ignore.split(u',', Qt::SkipEmptyParts)) {
        if (!header.trimmed().isEmpty()) {
            out.ignored.append(header.trimmed());
        }
    }
    return out;
}

namespace columnguess {

QString normalized(const QString &header)
{
    QString h = header.trimmed().toLower();
    h.remove(QChar(0xFEFF)); // a BOM that a tool left inside the first header
    h.replace(u' ', u'_');
    return h;
}

QString fieldNamed(ImportEntity entity, const QString &header)
{
    const QString h = normalized(header);
    for (const HeaderMap::Field &f : HeaderMap::fields(entity)) {
        if (h == f.key || f.aliases.contains(h)) {
            return f.key;
        }
    }
    return {};
}

QString headerSetKey(ImportEntity entity, const QStringList &header)
{
    QStringList names;
    for (const QString &h : header) {
        names << normalized(h);
    }
    return toString(entity) + u'-'
           + QString::fromLatin1(QCryptographicHash::hash(names.join(u'\x1f').toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
}

QList<ColumnGuess> guess(ImportEntity entity, const QStringList &header, const QList<QStringList> &sampleRows)
{
    QList<ColumnGuess> out;
    QStringList taken;
    // Names first, for every column: a value guess must not take a field a later column names.
    for (const QString &h : header) {
        ColumnGuess g;
        g.header = h.trimmed();
        g.field = fieldNamed(entity, h);
        if (!g.field.isEmpty() && !taken.contains(g.field)) {
            g.kind = ColumnGuess::Kind::Field;
            g.why = tr("The header names this field.");
            taken << g.field;
        } else {
            g.field.clear();
        }
        out << g;
    }
    for (int i = 0; i < out.size(); ++i) {
        ColumnGuess &g = out[i];
        for (const QStringList &row : sampleRows) {
            const QString v = row.value(i).trimmed();
            if (!v.isEmpty() && g.samples.size() < 3) {
                g.samples << v;
            }
        }
        if (g.kind != ColumnGuess::Kind::None || normalized(g.header).isEmpty()) {
            continue;
        }
        QString why;
        if (const auto byValues = guessFromValues(entity, sampleRows, i, taken, why)) {
            g.kind = byValues->first;
            g.field = byValues->second;
            g.why = why;
            if (g.kind == ColumnGuess::Kind::Field) {
                taken << g.field;
            }
        } else if (notKept().contains(normalized(g.header))) {
            g.kind = ColumnGuess::Kind::Ignore;
            g.why = tr("A CRM column that GrabDesk does not keep.");
        } else {
            g.why = tr("Choose a field, or ignore the column.");
        }
    }
    return out;
}

} // namespace columnguess

} // namespace grab
