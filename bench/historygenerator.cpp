#include "historygenerator.h"

#include "core/base/clock.h"
#include "core/calls/callstatus.h"
#include "core/incident/timelineevent.h"
#include "core/roles/roles.h"
#include "storage/calls/accountstore.h"
#include "storage/calls/outreachstore.h"
#include "storage/db/database.h"
#include "storage/incidents/incidentstore.h"
#include "storage/incidents/playbookstore.h"
#include "storage/roles/peoplestore.h"
#include "storage/roles/rolestore.h"
#include "storage/workspace.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace warroom::bench {
namespace {

const QString kAuthor = QStringLiteral("Ana Ortiz");

struct PatternEvent
{
    QString kind;
    QString payload;
    QString author;
};

QString readExample(const char *name, QByteArray *bytes)
{
    QFile file(QStringLiteral(WARROOM_EXAMPLES_DIR "/") + QString::fromLatin1(name));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot read %1: %2").arg(file.fileName(), file.errorString());
    *bytes = file.readAll();
    return {};
}

template <typename T> QString failed(const char *what, const Result<T> &r)
{
    return r ? QString() : QStringLiteral("%1: %2").arg(QLatin1String(what), r.error().message);
}

// One incident written through the stores: the roles of the playbook, the top-10 accounts and
// a round of calls, syncs and notes. Its timeline (after "declared") is the pattern every other
// incident's events are copied from.
QString buildPatternIncident(Workspace &ws, ManualClock &clock, qint64 *id)
{
    IncidentFields f;
    f.title = QStringLiteral("Support agent drafts wrong refund amounts");
    f.category = Category::BehaviorAnomaly;
    f.severity = Severity::Sev2;
    f.taskType = QStringLiteral("refund drafting");
    f.affectedUsersPct = 12.5;
    f.enterpriseAffected = 3;
    f.detectedAt = clock.nowUtc().addSecs(-300);
    const Result<qint64> declared = ws.incidents().declare(f, kAuthor);
    if (!declared)
        return failed("declare", declared);
    *id = *declared;

    const QList<QPair<Role, QString>> roles = {
        {Role::IncidentCommander, QStringLiteral("Ana Ortiz")},
        {Role::OnCall, QStringLiteral("Ben Adeyemi")},
        {Role::CustomerSuccess, QStringLiteral("Chloé Martin")},
        {Role::CustomerSuccess, QStringLiteral("Dev Patel")},
        {Role::Support, QStringLiteral("Support Desk")},
        {Role::ProductOwner, QStringLiteral("Product Owner")},
    };
    for (const auto &[role, person] : roles) {
        clock.advanceSecs(30);
        if (const auto r = ws.roles().assign(*id, role, person, true, kAuthor); !r)
            return failed("assign", r);
    }
    clock.advanceSecs(60);
    if (const auto r = ws.outreach().proposeAccounts(*id, 10, kAuthor); !r)
        return failed("propose accounts", r);
    const Result<QList<AccountOutreach>> accounts = ws.outreach().accounts(*id);
    if (!accounts)
        return failed("accounts", accounts);
    const QList<CallStatus> statuses = {CallStatus::Calling, CallStatus::LeftMessage,
                                        CallStatus::Reached, CallStatus::Unreachable};
    int n = 0;
    for (const AccountOutreach &a : accounts.value()) {
        CallRecord call;
        call.accountId = a.accountId;
        call.status = statuses.at(n++ % statuses.size());
        call.channel = OutreachChannel::Phone;
        call.note = QStringLiteral("Customer saw refunds drafted at twice the invoice amount");
        clock.advanceSecs(45);
        if (const auto r = ws.outreach().recordCall(*id, call, QStringLiteral("Chloé Martin")); !r)
            return failed("call", r);
    }
    for (int i = 0; i < 4; ++i) {
        clock.advanceSecs(15 * 60);
        if (const auto r = ws.playbookStore().postSync(
                *id, QStringLiteral("Sync: rollback of prompt v42 at 60%; refunds on hold"),
                kAuthor);
            !r)
            return failed("sync", r);
        clock.advanceSecs(120);
        if (const auto r = ws.incidents().addNote(
                *id, QStringLiteral("Completion rate 81% on refund drafting, baseline 95%"),
                QStringLiteral("Ben Adeyemi"));
            !r)
            return failed("note", r);
    }
    return {};
}

class Writer
{
public:
    explicit Writer(QSqlDatabase db)
        : m_incident(db)
        , m_event(db)
    {
        m_incident.prepare(QStringLiteral(
            "INSERT INTO incidents (title, category, severity, task_type, affected_users_pct,"
            " enterprise_affected, detected_at, status, declared_at, declared_by, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        m_event.prepare(QStringLiteral("INSERT INTO timeline_events (incident_id, occurred_at,"
                                       " author, kind, payload) VALUES (?, ?, ?, ?, ?)"));
    }

    QString incident(int n, qint64 at, const QString &status, qint64 *id)
    {
        static const char *const categories[] = {"behavior-anomaly",
                                                 "outage",
                                                 "upstream-unavailable",
                                                 "billing-overcharge",
                                                 "billing-undercharge",
                                                 "output-error-loss",
                                                 "data-leak"};
        static const char *const severities[] = {"SEV1", "SEV2", "SEV2", "SEV3"};
        const QVariantList values = {QStringLiteral("Generated incident %1: agents answer slowly "
                                                    "on task class %2")
                                         .arg(n)
                                         .arg(n % 37),
                                     QString::fromLatin1(categories[n % 7]),
                                     QString::fromLatin1(severities[n % 4]),
                                     QStringLiteral("task class %1").arg(n % 37),
                                     double(n % 40),
                                     n % 5,
                                     at - 300,
                                     status,
                                     at,
                                     kAuthor,
                                     at};
        for (int i = 0; i < values.size(); ++i)
            m_incident.bindValue(i, values.at(i));
        if (!m_incident.exec())
            return m_incident.lastError().text();
        *id = m_incident.lastInsertId().toLongLong();
        return {};
    }

    QString event(qint64 incidentId, qint64 at, const PatternEvent &e)
    {
        m_event.bindValue(0, incidentId);
        m_event.bindValue(1, at);
        m_event.bindValue(2, e.author);
        m_event.bindValue(3, e.kind);
        m_event.bindValue(4, e.payload);
        return m_event.exec() ? QString() : m_event.lastError().text();
    }

private:
    QSqlQuery m_incident;
    QSqlQuery m_event;
};

QString copyHistory(Database &database, const HistorySize &size, qint64 patternId, qint64 startMs,
                    GeneratedHistory *out)
{
    QSqlDatabase db = database.connection();
    QList<PatternEvent> pattern;
    PatternEvent declared;
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT kind, payload, author FROM timeline_events"
                                 " WHERE incident_id = ? ORDER BY id"));
        q.addBindValue(patternId);
        if (!q.exec())
            return q.lastError().text();
        while (q.next()) {
            PatternEvent e{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()};
            if (e.kind == QLatin1String(eventkind::Declared))
                declared = e;
            else
                pattern.append(e);
        }
    }
    if (pattern.isEmpty())
        return QStringLiteral("the pattern incident has no events");

    QSqlQuery pragma(db);
    pragma.exec(QStringLiteral("PRAGMA synchronous=OFF"));
    if (!db.transaction())
        return db.lastError().text();
    Writer writer(db);
    const qint64 patternEvents = pattern.size() + 1;
    qint64 written = patternEvents;
    // The big incident is the pattern incident itself, grown to its size.
    for (qint64 i = patternEvents; i < size.bigIncidentEvents; ++i) {
        const qint64 at = startMs + i * 20'000;
        if (QString e = writer.event(patternId, at, pattern.at(i % pattern.size())); !e.isEmpty())
            return e;
        ++written;
    }
    out->bigIncidentId = patternId;

    // The others: history first (closed, spread over three years before the pattern incident),
    // the last few open.
    const int others = size.incidents - 1;
    const qint64 perIncident = qMax<qint64>(1, (size.events - written) / qMax(1, others));
    const qint64 span = 3LL * 365 * 24 * 3600 * 1000;
    static const char *const open[] = {"investigating", "identified", "monitoring"};
    for (int n = 0; n < others; ++n) {
        const bool isOpen = n >= others - size.openIncidents;
        const qint64 at =
            isOpen ? startMs - qint64(others - n) * 600'000 : startMs - span + span / others * n;
        qint64 id = 0;
        const QString status = isOpen ? QString::fromLatin1(open[n % 3]) : QStringLiteral("closed");
        if (QString e = writer.incident(n + 2, at, status, &id); !e.isEmpty())
            return e;
        if (QString e = writer.event(id, at, declared); !e.isEmpty())
            return e;
        const qint64 count = n == others - 1 ? size.events - written - 1 : perIncident - 1;
        for (qint64 i = 0; i < count; ++i) {
            if (QString e = writer.event(id, at + (i + 1) * 30'000, pattern.at(i % pattern.size()));
                !e.isEmpty())
                return e;
        }
        written += count + 1;
        if (isOpen)
            out->smallOpenIncidentId = id;
    }
    if (!db.commit())
        return db.lastError().text();
    pragma.exec(QStringLiteral("PRAGMA synchronous=FULL"));
    out->incidents = size.incidents;
    out->events = written;
    return {};
}

} // namespace

QString generateHistory(const QString &path, const HistorySize &size, GeneratedHistory *out)
{
    if (QFileInfo::exists(path))
        return QStringLiteral("%1 exists already; the generator only writes new files").arg(path);
    // The pattern incident is declared "now" in generated time; all else is before it.
    ManualClock clock(QDateTime(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC));
    QString error;
    {
        auto opened = Workspace::open(DatabaseConfig::sqlite(path), clock, std::nullopt,
                                      Workspace::Watch::No);
        if (!opened) {
            error = opened.error().message;
        } else {
            Workspace &ws = *opened.value();
            QByteArray people;
            QByteArray accounts;
            error = readExample("people.csv", &people);
            if (error.isEmpty())
                error = readExample("key-accounts.csv", &accounts);
            if (error.isEmpty())
                error = failed("people", ws.people().importCsv(people, kAuthor));
            if (error.isEmpty())
                error = failed("accounts", ws.accounts().importCsv(accounts, kAuthor));
            qint64 patternId = 0;
            const qint64 startMs = clock.nowUtc().toMSecsSinceEpoch();
            if (error.isEmpty())
                error = buildPatternIncident(ws, clock, &patternId);
            if (error.isEmpty())
                error = copyHistory(ws.database(), size, patternId, startMs, out);
        }
    }
    if (!error.isEmpty()) {
        for (const char *suffix : {"", "-wal", "-shm", "-journal"})
            QFile::remove(path + QLatin1String(suffix));
    }
    return error;
}

} // namespace warroom::bench
