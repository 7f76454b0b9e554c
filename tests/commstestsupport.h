#pragma once

#include "core/playbook/playbook.h"
#include "core/roles/roles.h"
#include "enginetestsupport.h"
#include "storage/calls/accountstore.h"
#include "storage/comms/draftstore.h"
#include "storage/comms/outboxstore.h"
#include "storage/comms/signoffgate.h"
#include "storage/comms/templatestore.h"
#include "storage/db/database.h"
#include "storage/incidents/incidentstore.h"
#include "storage/roles/peoplestore.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonObject>
#include <QTest>

#include <memory>

namespace warroom::test {

// A real database with every store of the communications desk over it: an SQLite file, or with
// open() and WARROOM_TEST_ENGINE=postgresql a fresh PostgreSQL schema (enginetestsupport.h).
struct CommsFixture
{
    QTemporaryDir dir;
    ManualClock clock{testStart()};
    std::unique_ptr<Database> database;
    std::unique_ptr<IncidentStore> incidents;
    std::unique_ptr<TemplateStore> templates;
    Playbook playbook = playbook::builtIn().value();
    std::unique_ptr<DraftStore> drafts;
    std::unique_ptr<PeopleStore> people;
    std::unique_ptr<AccountStore> accounts;
    std::unique_ptr<SignOffGate> gate;
    std::unique_ptr<OutboxStore> outbox;

    bool open() { return open(engineConfig(dir.filePath(QStringLiteral("comms.sqlite")))); }
    bool open(const QString &path) { return open(DatabaseConfig::sqlite(path)); }
    bool open(const DatabaseConfig &config)
    {
        auto opened = Database::open(config);
        if (!opened)
            return false;
        attach(std::move(opened).value());
        return true;
    }

    // The file at path migrated only as far as version (on this clock), the stores over it: what
    // a build of that schema wrote, for the migration tests. close() lets the next step open it.
    Result<void> openAtVersion(const QString &path, int version)
    {
        auto opened = Database::openAtVersion(DatabaseConfig::sqlite(path), version, clock);
        if (!opened)
            return opened.error();
        attach(std::move(opened).value());
        return {};
    }

    void close()
    {
        outbox.reset();
        gate.reset();
        accounts.reset();
        people.reset();
        drafts.reset();
        templates.reset();
        incidents.reset();
        database.reset();
    }

    void attach(std::unique_ptr<Database> opened)
    {
        database = std::move(opened);
        incidents = std::make_unique<IncidentStore>(*database, clock);
        templates = std::make_unique<TemplateStore>(*database, clock);
        drafts = std::make_unique<DraftStore>(*database, *incidents, *templates, playbook);
        people = std::make_unique<PeopleStore>(*database, clock);
        accounts = std::make_unique<AccountStore>(*database, clock);
        gate = std::make_unique<SignOffGate>(*drafts, *accounts);
        outbox = std::make_unique<OutboxStore>(*incidents);
    }

    // The example people and key accounts, whose contacts have email addresses: email and
    // key-account publications have recipients (eight addresses).
    bool importKeyAccounts()
    {
        return people->importCsv(exampleCsv("people.csv"), QStringLiteral("olga")).ok() &&
               accounts->importCsv(exampleCsv("key-accounts.csv"), QStringLiteral("olga")).ok();
    }

    qint64 declare(Category category)
    {
        IncidentFields f = validFields();
        f.category = category;
        auto id = incidents->declare(f, QStringLiteral("olga"));
        return id ? *id : 0;
    }

    // The real mechanism the roles feature uses: a role_assigned event on the timeline.
    bool assign(qint64 incidentId, Role role, const QString &person)
    {
        return incidents
            ->appendEvent(incidentId, QString::fromLatin1(eventkind::RoleAssigned),
                          {{QStringLiteral("role"), role::id(role)},
                           {QStringLiteral("person"), person},
                           {QStringLiteral("override"), false}},
                          QStringLiteral("olga"))
            .ok();
    }

    // An incident with an IC (Ines), legal (Lea) and a product owner (Pia) assigned.
    qint64 staffedIncident(Category category)
    {
        const qint64 id = declare(category);
        assign(id, Role::IncidentCommander, QStringLiteral("Ines"));
        assign(id, Role::Legal, QStringLiteral("Lea"));
        assign(id, Role::ProductOwner, QStringLiteral("Pia"));
        return id;
    }

    qint64 createDraft(qint64 incidentId,
                       const QString &templateKey = QStringLiteral("progress-update"))
    {
        auto id = drafts->create({incidentId, templateKey, 0, std::nullopt, QString()},
                                 QStringLiteral("Pia"));
        return id ? *id : 0;
    }

    // A progress update that lints clean and has no placeholders left once rendered.
    static QString cleanTitle() { return QStringLiteral("Update: {{task_type}} tasks"); }
    static QString cleanBody()
    {
        return QStringLiteral(
            "We have rolled back yesterday's prompt update on half of the fleet. About "
            "{{affected_users_pct}}% of users are affected.\n\nNext update: {{next_update_utc}}.");
    }
    bool makeClean(qint64 draftId)
    {
        return drafts->save(draftId, cleanTitle(), cleanBody(), QStringLiteral("Pia")).ok();
    }

    DraftState state(qint64 draftId) const
    {
        auto d = drafts->draft(draftId);
        return d ? d->state : DraftState::Draft;
    }

    QStringList eventKinds(qint64 incidentId) const
    {
        QStringList kinds;
        const QList<TimelineEvent> events = incidents->timeline(incidentId).value();
        for (const TimelineEvent &e : events)
            kinds.append(e.kind);
        return kinds;
    }

    TimelineEvent lastEvent(qint64 incidentId) const
    {
        return incidents->timeline(incidentId).value().constLast();
    }

    int count(const QString &table) const
    {
        auto q = database->exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table));
        return q && q.value().next() ? q.value().value(0).toInt() : -1;
    }
};

} // namespace warroom::test
