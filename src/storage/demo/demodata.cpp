#include "storage/demo/demodata.h"

#include "core/base/utctime.h"
#include "core/incident/incident.h"
#include "core/io/csv.h"
#include "storage/calls/accountstore.h"
#include "storage/calls/outreachstore.h"
#include "storage/comms/draftstore.h"
#include "storage/db/database.h"
#include "storage/incidents/incidentstore.h"
#include "storage/incidents/playbookstore.h"
#include "storage/migrations/schema_v9_demo.h"
#include "storage/roles/peoplestore.h"
#include "storage/roles/rolestore.h"
#include "storage/workspace.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <functional>

namespace warroom::demo {
namespace {

// This file's translation context, as lupdate records it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(warroom::Demo)
};

QString author()
{
    return QLatin1String(migrations::DemoAuthor);
}

struct DemoPerson
{
    const char *name;
    const char *phone;
    const char *slack;
    const char *email;
    QList<Role> roles;
};

const QList<DemoPerson> &people()
{
    static const QList<DemoPerson> all{
        {"Ana Ortiz (demo)",
         "+1 415 555 0101",
         "@ana.demo",
         "ana.demo@example.com",
         {Role::OnCall, Role::IncidentCommander}},
        {"Ben Adeyemi (demo)",
         "+1 415 555 0102",
         "@ben.demo",
         "ben.demo@example.com",
         {Role::OnCall}},
        {"Chloé Martin (demo)",
         "+33 1 55 55 01 03",
         "@chloe.demo",
         "chloe.demo@example.com",
         {Role::CustomerSuccess}},
        {"Dev Patel (demo)",
         "+1 415 555 0104",
         "@dev.demo",
         "dev.demo@example.com",
         {Role::CustomerSuccess}},
        {"Emi Tanaka (demo)",
         "+81 3 5555 0105",
         "@emi.demo",
         "emi.demo@example.com",
         {Role::Support}},
        {"Farid Haddad (demo)",
         "+1 415 555 0106",
         "@farid.demo",
         "farid.demo@example.com",
         {Role::ProductOwner}},
        {"Grace Liu (demo)",
         "+1 415 555 0107",
         "@grace.demo",
         "grace.demo@example.com",
         {Role::Legal}},
        {"Hana Kim (demo)",
         "+1 415 555 0108",
         "@hana.demo",
         "hana.demo@example.com",
         {Role::VpEngineering}},
    };
    return all;
}

QString name(int person)
{
    return QString::fromUtf8(people().at(person).name);
}

// Marks a row the demo builder just wrote (the schema lets only such a row be marked).
Result<void> mark(Database &db, const char *table, qint64 id)
{
    Result<QSqlQuery> done = db.exec(
        QStringLiteral("UPDATE %1 SET demo = 1 WHERE id = ?").arg(QLatin1String(table)), {id});
    if (!done)
        return done.error();
    return {};
}

Result<void> addPeople(Workspace &ws)
{
    for (const DemoPerson &d : people()) {
        Person p;
        p.name = QString::fromUtf8(d.name);
        p.phone = QLatin1String(d.phone);
        p.slack = QLatin1String(d.slack);
        p.email = QLatin1String(d.email);
        p.roles = d.roles;
        Result<qint64> id = ws.people().add(p, author());
        if (!id)
            return id.error();
        if (Result<void> marked = mark(ws.database(), "people", id.value()); !marked)
            return marked;
    }
    return {};
}

// Inserted directly, not imported: an import makes its file the whole key-account list and
// would unlist the real accounts.
Result<void> addAccounts(Workspace &ws)
{
    struct DemoAccount
    {
        const char *name;
        qint64 arr;
        int csm;
        const char *contact;
        const char *phone;
    };
    const QList<DemoAccount> accounts{
        {"Northwind Logistics (demo)", 2400000, 2, "Maya Brooks", "+1 212 555 0140"},
        {"Globex (demo)", 2100000, 3, "Lena Vogel", "+49 30 5555 0142"},
        {"Initech (demo)", 1800000, 2, "Peter Gibbons", "+1 512 555 0143"},
        {"Umbrella Health (demo)", 1650000, 3, "Alice Abernathy", "+1 617 555 0144"},
        {"Soylent Foods (demo)", 1200000, 2, "Sol Roth", "+1 646 555 0145"},
    };
    Database &db = ws.database();
    const qint64 now = utctime::toMSecs(ws.clock().nowUtc());
    for (const DemoAccount &a : accounts) {
        Result<std::optional<Person>> csm = ws.people().findByName(name(a.csm));
        if (!csm || !csm.value())
            return csm ? Error{Error::Code::Storage, Text::tr("The demo people are missing.")}
                       : csm.error();
        const QString accountName = QString::fromUtf8(a.name);
        // Ranks are unique among all accounts: the demo's take none, ARR orders them.
        Result<QSqlQuery> inserted = db.exec(
            QStringLiteral("INSERT INTO key_accounts (name, name_key, tier, arr, csm_id,"
                           " updated_at, updated_by, demo) VALUES (?, ?, 'enterprise', ?, ?, ?, ?,"
                           " 1) RETURNING id"),
            {accountName, csv::nameKey(accountName), a.arr, csm.value()->id, now, author()});
        if (!inserted)
            return inserted.error();
        if (!inserted.value().next())
            return Error{Error::Code::Storage,
                         Text::tr("The database did not return the new account's id.")};
        const qint64 id = inserted.value().value(0).toLongLong();
        Result<QSqlQuery> contact = db.exec(
            QStringLiteral("INSERT INTO account_contacts (account_id, position, name, phone)"
                           " VALUES (?, 1, ?, ?)"),
            {id, QString::fromUtf8(a.contact), QLatin1String(a.phone)});
        if (!contact)
            return contact.error();
    }
    return {};
}

Result<qint64> addIncident(Workspace &ws)
{
    IncidentFields f;
    f.title = titlePrefix() + Text::tr("Agent task completion down 31% on email drafting");
    f.category = Category::BehaviorAnomaly;
    f.severity = Severity::Sev2;
    f.taskType = Text::tr("email drafting");
    f.affectedUsersPct = 18;
    f.enterpriseAffected = 4;
    f.detectedAt = ws.clock().nowUtc().addSecs(-40 * 60);
    Result<qint64> declared =
        ws.playbookStore().declare(f, {QStringLiteral("completion-rate-drop")}, author());
    if (!declared)
        return declared;
    const qint64 id = declared.value();
    if (Result<void> marked = mark(ws.database(), "incidents", id); !marked)
        return marked.error();

    const QString ana = name(0);
    const QString farid = name(5);
    const auto check = [](const auto &result) -> Result<void> {
        if (!result)
            return result.error();
        return {};
    };
    // Engaging the IC is done by the facts: an incident commander holds the role.
    const QList<std::function<Result<void>()>> steps{
        [&] { return check(ws.roles().assign(id, Role::OnCall, name(1), false, ana)); },
        [&] { return check(ws.roles().acknowledge(id, Role::OnCall, name(1), name(1))); },
        [&] { return check(ws.roles().assign(id, Role::IncidentCommander, ana, false, ana)); },
        [&] { return check(ws.roles().acknowledge(id, Role::IncidentCommander, ana, ana)); },
        [&] { return check(ws.roles().assign(id, Role::CustomerSuccess, name(2), false, ana)); },
        [&] { return check(ws.roles().assign(id, Role::CustomerSuccess, name(3), false, ana)); },
        [&] { return check(ws.roles().assign(id, Role::Support, name(4), false, ana)); },
        [&] { return check(ws.roles().assign(id, Role::ProductOwner, farid, false, ana)); },
        [&] {
            return check(
                ws.playbookStore().markDone(id, QStringLiteral("confirm-nature"), QString(), ana));
        },
        [&] {
            return check(ws.playbookStore().markDone(id, QStringLiteral("open-channel"), QString(),
                                                     name(1)));
        },
        [&] {
            return check(ws.playbookStore().markDone(id, QStringLiteral("ic-comms-decision"),
                                                     Text::tr("Announce: customers see it."), ana));
        },
        [&] { return check(ws.incidents().changeStatus(id, IncidentStatus::Identified, ana)); },
        [&] {
            return check(ws.incidents().addNote(
                id,
                Text::tr("Completion rate on email drafting fell from 94% to 65% after the "
                         "04:10 prompt-template rollout; other task types are normal."),
                name(1)));
        },
        [&] { return check(ws.outreach().proposeAccounts(id, 5, name(2))); },
    };
    for (const auto &step : steps) {
        if (Result<void> done = step(); !done)
            return done.error();
    }
    // Two calls made, one under way.
    Result<QList<AccountOutreach>> selected = ws.outreach().accounts(id);
    if (!selected)
        return selected.error();
    const QList<std::pair<CallStatus, QString>> calls{
        {CallStatus::Reached, Text::tr("Drafts stop half-way since this morning.")},
        {CallStatus::LeftMessage, QString()},
        {CallStatus::Calling, QString()}};
    for (int i = 0; i < calls.size() && i < selected->size(); ++i) {
        Result<qint64> call =
            ws.outreach().recordCall(id,
                                     {selected->at(i).accountId, calls.at(i).first,
                                      OutreachChannel::Phone, calls.at(i).second},
                                     i % 2 == 0 ? name(2) : name(3));
        if (!call)
            return call.error();
    }
    // The first announcement, drafted from its template and not yet approved.
    Result<qint64> draft = ws.drafts().create(
        {id, QStringLiteral("first-announcement"), 0, std::nullopt, QString()}, farid);
    if (!draft)
        return draft.error();
    return id;
}

Result<int> countOf(Database &db, const QString &table)
{
    Result<QSqlQuery> q =
        db.exec(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE demo = 1").arg(table));
    if (!q)
        return q.error();
    return q.value().next() ? q.value().value(0).toInt() : 0;
}

} // namespace

QString titlePrefix()
{
    return Text::tr("DEMO — ");
}

Result<qint64> create(Workspace &workspace)
{
    qint64 id = 0;
    Result<void> written = workspace.database().inWriteTransaction([&]() -> Result<void> {
        if (Result<void> done = addPeople(workspace); !done)
            return done;
        if (Result<void> done = addAccounts(workspace); !done)
            return done;
        Result<qint64> incident = addIncident(workspace);
        if (!incident)
            return incident.error();
        id = incident.value();
        return {};
    });
    if (!written)
        return written.error();
    emit workspace.accounts().accountsChanged();
    return id;
}

Result<QList<qint64>> incidentIds(Workspace &workspace)
{
    Result<QSqlQuery> q =
        workspace.database().exec(QStringLiteral("SELECT id FROM incidents WHERE demo = 1"));
    if (!q)
        return q.error();
    QList<qint64> ids;
    while (q.value().next())
        ids.append(q.value().value(0).toLongLong());
    return ids;
}

Result<bool> isDemo(Workspace &workspace, qint64 incidentId)
{
    Result<QSqlQuery> q = workspace.database().exec(
        QStringLiteral("SELECT demo FROM incidents WHERE id = ?"), {incidentId});
    if (!q)
        return q.error();
    return q.value().next() && q.value().value(0).toInt() == 1;
}

Result<Removed> count(Workspace &workspace)
{
    Removed found;
    for (const auto &[table, n] : {std::pair{QStringLiteral("incidents"), &found.incidents},
                                   std::pair{QStringLiteral("people"), &found.people},
                                   std::pair{QStringLiteral("key_accounts"), &found.accounts}}) {
        Result<int> c = countOf(workspace.database(), table);
        if (!c)
            return c.error();
        *n = c.value();
    }
    return found;
}

Result<Removed> remove(Workspace &workspace)
{
    Database &db = workspace.database();
    Removed removed;
    Result<void> deleted = db.inWriteTransaction([&]() -> Result<void> {
        Result<Removed> before = count(workspace);
        if (!before)
            return before.error();
        removed = before.value();
        const QString ofDemo =
            QStringLiteral("incident_id IN (SELECT id FROM incidents WHERE demo = 1)");
        const QString ofDemoDraft =
            QStringLiteral("draft_id IN (SELECT id FROM comms_drafts WHERE %1)").arg(ofDemo);
        // Children first; each guard lets exactly these rows go (schema version 9).
        const QStringList statements{
            QStringLiteral("DELETE FROM outbox WHERE %1").arg(ofDemo),
            QStringLiteral("DELETE FROM outbox_remote_ids WHERE %1").arg(ofDemo),
            QStringLiteral("DELETE FROM comms_publications WHERE %1").arg(ofDemo),
            QStringLiteral("DELETE FROM comms_approvals WHERE %1").arg(ofDemoDraft),
            QStringLiteral("DELETE FROM comms_draft_versions WHERE %1").arg(ofDemoDraft),
            QStringLiteral("DELETE FROM comms_drafts WHERE %1").arg(ofDemo),
            QStringLiteral("DELETE FROM incident_triggers WHERE %1").arg(ofDemo),
            QStringLiteral("DELETE FROM timeline_events WHERE %1").arg(ofDemo),
            QStringLiteral("DELETE FROM incidents WHERE demo = 1"),
            QStringLiteral("DELETE FROM key_accounts WHERE demo = 1"),
            QStringLiteral("DELETE FROM people WHERE demo = 1"),
        };
        for (const QString &sql : statements) {
            if (Result<QSqlQuery> done = db.exec(sql); !done)
                return done.error();
        }
        return {};
    });
    if (!deleted)
        return Error{deleted.error().code,
                     Text::tr("The demo data was not removed (nothing was deleted): %1")
                         .arg(deleted.error().message)};
    // Nothing else announces deletions: listeners read everything again.
    emit workspace.incidents().externallyChanged(false);
    workspace.people().notifyExternalChange();
    workspace.accounts().notifyExternalChange();
    return removed;
}

} // namespace warroom::demo
