// rules show|export|import|set: the rule set as JSON.
#include "clicontext.h"
#include "io/atomicfile.h"
#include "io/protectedfiles.h"

#include "services/rules/ruleservice.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace grab::cli {
namespace {

QJsonObject withVersion(const RuleSet &r)
{
    QJsonObject o = r.toJson();
    o.insert(QStringLiteral("version"), r.version);
    return o;
}

int writeRules(CliContext &ctx, const QString &outPath)
{
    Database *db = ctx.database();
    if (!db) {
        return ctx.fail(ctx.lastOpenError());
    }
    auto rules = RuleService(ctx.serviceContext()).current();
    if (!rules) {
        return ctx.fail(rules.error());
    }
    const QByteArray json = QJsonDocument(withVersion(*rules)).toJson(QJsonDocument::Indented);
    if (outPath.isEmpty()) {
        ctx.out() << QString::fromUtf8(json);
        ctx.out().flush();
        return 0;
    }
    AtomicFile file(outPath); // all or nothing: never a half-written rules file
    if (auto opened = file.open(); !opened) {
        return ctx.fail(opened.error());
    }
    file.write(json);
    if (auto committed = file.commit(); !committed) {
        return ctx.fail(committed.error());
    }
    if (ctx.json) {
        ctx.printJson(QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("file"), outPath}, {QStringLiteral("version"), rules->version}});
    } else {
        ctx.out() << "Rule set version " << rules->version << " written to " << outPath << Qt::endl;
    }
    return 0;
}

int show(CliContext &ctx, const QCommandLineParser &, const QStringList &)
{
    return writeRules(ctx, QString());
}

int exportRules(CliContext &ctx, const QCommandLineParser &p, const QStringList &)
{
    return writeRules(ctx, p.value(QStringLiteral("out")));
}

int applyRules(CliContext &ctx, const QJsonObject &json)
{
    auto rules = RuleSet::fromJson(json);
    if (!rules) {
        return ctx.fail(rules.error());
    }
    auto version = RuleService(ctx.serviceContext()).replace(*rules);
    if (!version) {
        return ctx.fail(version.error());
    }
    if (ctx.json) {
        ctx.printJson(QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("version"), *version}});
    } else {
        ctx.out() << "Rule set version " << *version << " is in force." << Qt::endl;
    }
    return 0;
}

int import(CliContext &ctx, const QCommandLineParser &, const QStringList &args)
{
    if (!ctx.database()) {
        return ctx.fail(ctx.lastOpenError());
    }
    if (auto s = protectedfiles::check(args.constFirst()); !s) {
        return ctx.fail(s.error());
    }
    QFile file(args.constFirst());
    if (!file.open(QIODevice::ReadOnly)) {
        return ctx.fail(makeError(ErrorCode::InvalidInput, QStringLiteral("Cannot read %1: %2").arg(file.fileName(), file.errorString())));
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.read(4 * 1024 * 1024), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        return ctx.fail(makeError(ErrorCode::InvalidInput,
                                  QStringLiteral("%1 is not a JSON rule set (%2 at byte %3).")
                                      .arg(file.fileName(), parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                                                          : QStringLiteral("not an object"))
                                      .arg(parseError.offset)));
    }
    Database *db = ctx.database();
    if (!db) {
        return ctx.fail(ctx.lastOpenError());
    }
    QJsonObject json = doc.object();
    json.remove(QStringLiteral("version")); // the store numbers versions, not the file
    return applyRules(ctx, json);
}

// Sets a dotted path ("dailyCap.junior", "grabWindows.0.end") inside a JSON value.
// The value at `path` in `node`, or undefined.
QJsonValue valueAt(QJsonValue node, const QStringList &path)
{
    for (const QString &key : path) {
        if (node.isArray()) {
            bool ok = false;
            const int i = key.toInt(&ok);
            node = ok ? node.toArray().at(i) : QJsonValue(QJsonValue::Undefined);
        } else {
            node = node.toObject().value(key);
        }
    }
    return node;
}

// The settings under a group, written as full keys: "dailyCap.junior, dailyCap.senior, …".
QStringList keysUnder(const QJsonValue &group, const QString &prefix)
{
    QStringList keys;
    if (group.isObject()) {
        const QJsonObject o = group.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            keys << prefix + u'.' + it.key();
        }
    } else {
        for (int i = 0; i < group.toArray().size(); ++i) {
            keys << prefix + u'.' + QString::number(i);
        }
    }
    return keys;
}

bool setPath(QJsonValue &node, QStringList path, const QJsonValue &value)
{
    if (path.isEmpty()) {
        node = value;
        return true;
    }
    const QString key = path.takeFirst();
    if (node.isArray()) {
        QJsonArray a = node.toArray();
        bool ok = false;
        const int i = key.toInt(&ok);
        if (!ok || i < 0 || i >= a.size()) {
            return false;
        }
        QJsonValue child = a.at(i);
        if (!setPath(child, path, value)) {
            return false;
        }
        a.replace(i, child);
        node = a;
        return true;
    }
    if (!node.isObject()) {
        return false;
    }
    QJsonObject o = node.toObject();
    if (!o.contains(key) && !path.isEmpty()) {
        return false;
    }
    QJsonValue child = o.value(key);
    if (!setPath(child, path, value)) {
        return false;
    }
    o.insert(key, child);
    node = o;
    return true;
}

int set(CliContext &ctx, const QCommandLineParser &, const QStringList &args)
{
    Database *db = ctx.database();
    if (!db) {
        return ctx.fail(ctx.lastOpenError());
    }
    auto rules = RuleService(ctx.serviceContext()).current();
    if (!rules) {
        return ctx.fail(rules.error());
    }
    QJsonValue root = rules->toJson();
    for (const QString &assignment : args) {
        const qsizetype eq = assignment.indexOf(u'=');
        if (eq <= 0) {
            return ctx.usage(QStringLiteral("\"%1\" is not KEY=VALUE (e.g. dailyCap.junior=25).").arg(assignment));
        }
        const QString key = assignment.left(eq);
        const QString text = assignment.mid(eq + 1);
        // Numbers, true/false, lists and objects are JSON; anything else is a string.
        QJsonParseError err;
        const QJsonDocument doc = QJsonDocument::fromJson(QByteArray("[") + text.toUtf8() + "]", &err);
        const QJsonValue value = err.error == QJsonParseError::NoError && doc.array().size() == 1 ? doc.array().at(0) : QJsonValue(text);
        // "dailyCap=5" names a group of settings, not one: it used to replace the group with a
        // number, which the rules then ignored, and say "version 1 is in force" for a change
        // that changed nothing.
        const QJsonValue current = valueAt(root, key.split(u'.'));
        if ((current.isObject() && !value.isObject()) || (current.isArray() && !value.isArray())) {
            return ctx.fail(makeError(ErrorCode::InvalidInput,
                                      QStringLiteral("\"%1\" is a group of settings, not one value: set one of %2.")
                                          .arg(key, keysUnder(current, key).join(QStringLiteral(", "))),
                                      QStringLiteral("not_a_setting")));
        }
        if (!setPath(root, key.split(u'.'), value)) {
            return ctx.fail(makeError(ErrorCode::InvalidInput, QStringLiteral("The rules have no setting \"%1\".").arg(key)));
        }
    }
    return applyRules(ctx, root.toObject());
}

} // namespace

QList<Command> ruleCommands()
{
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("Write to this file instead of the standard output."),
                                 QStringLiteral("FILE"));
    return {
        Command{QStringLiteral("rules show"), QStringLiteral("Print the rule set in force as JSON."), {}, {}, show},
        Command{QStringLiteral("rules export"), QStringLiteral("Write the rule set in force as JSON."), {out}, {}, exportRules},
        Command{QStringLiteral("rules import"), QStringLiteral("Replace the rules with a JSON file (validated first)."), {}, {QStringLiteral("FILE")},
                import},
        Command{QStringLiteral("rules set"), QStringLiteral("Change settings, e.g. dailyCap.junior=25 vipAlwaysOpen=true."), {},
                {QStringLiteral("KEY=VALUE...")}, set},
    };
}

} // namespace grab::cli
