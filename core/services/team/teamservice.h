#pragma once

#include "services/context.h"
#include "domain/customer.h"
#include "base/error.h"
#include "domain/grabber.h"

#include <QJsonObject>
#include <QList>
#include <QSqlQuery>

namespace grab {

// Grabbers and customers: who grabs, and for whom.
class TeamService final
{
public:
    explicit TeamService(Context ctx) : m_ctx(std::move(ctx)) {}

    // Changes to a grabber; unset fields stay as they are.
    struct GrabberChanges
    {
        std::optional<QString> name;
        std::optional<QString> team;
        std::optional<Level> level;
        std::optional<QStringList> skills;
        std::optional<QStringList> regions;
        std::optional<GrabberStatus> status;
        std::optional<std::optional<int>> dailyCapOverride; // set to nullopt inside to clear it
        std::optional<QDate> hiredOn;
    };

    Result<qint64> addGrabber(const Grabber &grabber); // the id field is ignored
    // The same inside a BEGIN IMMEDIATE transaction the caller holds (an import adds many in one).
    Result<qint64> addGrabberIn(const Grabber &grabber);
    Result<Grabber> updateGrabber(qint64 id, const GrabberChanges &changes);
    Result<Grabber> grabber(qint64 id);
    Result<QList<Grabber>> grabbers();

    Result<qint64> addCustomer(const Customer &customer);
    Result<qint64> addCustomerIn(const Customer &customer); // inside the caller's transaction
    Result<Customer> customer(qint64 id);
    Result<QList<Customer>> customers();

    // Inside a transaction: the grabber row only (no skills and regions): what the grab needs.
    static Result<Grabber> grabberCoreIn(const QSqlDatabase &db, qint64 id);
    // Inside a transaction: every grabber with skills and regions, by id.
    static Result<QList<Grabber>> grabbersIn(const QSqlDatabase &db);

    // For a statement that reads a grabber beside other things (the grab's one read): what a
    // grab decides on, of the grabbers table as `alias`: id, name, level, status and personal
    // cap (team and hiring date stay unset, as skills and regions do in grabberCoreIn()).
    static QString grabberDecisionColumns(const QString &alias);
    static constexpr int kGrabberDecisionColumnCount = 5;
    static Grabber readGrabberDecisionRow(const QSqlQuery &q, int first);

private:
    static Grabber readGrabberRow(const QSqlQuery &q, int first);
    Status writeLists(qint64 id, const QStringList &skills, const QStringList &regions);
    Context m_ctx;
};

QJsonObject toJson(const Grabber &g);
QJsonObject toJson(const Customer &c);

} // namespace grab
