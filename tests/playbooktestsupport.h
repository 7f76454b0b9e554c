#pragma once

#include "core/incident/incident.h"
#include "core/incident/timelineevent.h"
#include "core/playbook/obligation.h"
#include "core/playbook/playbook.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QTest>

namespace warroom::test {

// The seed playbook; every engine test runs against the data file that ships.
inline const Playbook &seedPlaybook()
{
    static const Playbook playbook = [] {
        Result<Playbook> loaded = playbook::builtIn();
        if (!loaded)
            qFatal("the built-in playbook does not load: %s", qPrintable(loaded.error().message));
        return loaded.value();
    }();
    return playbook;
}

// T+0 of every engine test: detected at testStart().
inline QDateTime t0()
{
    return testStart();
}

inline QDateTime atMinutes(double minutes)
{
    return t0().addMSecs(qint64(minutes * 60 * 1000));
}

inline Incident incidentAt(Category category, double usersPct = 1.0, int enterprise = 0)
{
    Incident incident;
    incident.id = 1;
    incident.fields = validFields();
    incident.fields.category = category;
    incident.fields.affectedUsersPct = usersPct;
    incident.fields.enterpriseAffected = enterprise;
    incident.fields.detectedAt = t0();
    incident.declaredAt = t0();
    incident.statusHistory.append(StatusChange{IncidentStatus::Investigating,
                                               IncidentStatus::Investigating, t0(),
                                               QStringLiteral("alice")});
    return incident;
}

inline void moveStatus(Incident &incident, IncidentStatus to, const QDateTime &at)
{
    incident.statusHistory.append(StatusChange{incident.status, to, at, QStringLiteral("alice")});
    incident.status = to;
}

inline TimelineEvent timelineEvent(const char *kind, const QDateTime &at,
                                   const QJsonObject &payload = {},
                                   const QString &author = QStringLiteral("bob"))
{
    static qint64 nextId = 1;
    return TimelineEvent{nextId++, 1, at, author, QString::fromLatin1(kind), payload};
}

// An announcement_published event of one kind of announcement (core/announcementkind.h) that
// queued the given deliveries ({key, destination id[, recipient]}, docs/outbox.md). With none,
// nothing waits for delivery: it reached its audience when published.
inline TimelineEvent published(const char *announcementKind, const QDateTime &at,
                               const char *channel = "status-page",
                               const QList<QStringList> &deliveries = {})
{
    QJsonArray list;
    for (const QStringList &d : deliveries) {
        QJsonObject o{{QStringLiteral("key"), d.value(0)},
                      {QStringLiteral("destination"), d.value(1)}};
        if (d.size() > 2)
            o.insert(QStringLiteral("recipient"), d.value(2));
        list.append(o);
    }
    return timelineEvent(eventkind::AnnouncementPublished, at,
                         {{QStringLiteral("kind"), QString::fromLatin1(announcementKind)},
                          {QStringLiteral("channel"), QString::fromLatin1(channel)},
                          {QStringLiteral("draft_id"), 1},
                          {QStringLiteral("deliveries"), list}});
}

// An outbox event (announcement_delivered, _posted_by_hand, _delivery_failed, ...) for a key.
inline TimelineEvent deliveryEvent(const char *kind, const QString &key, const char *destination,
                                   const QDateTime &at, const QString &message = QString(),
                                   const QString &recipient = QString())
{
    QJsonObject p{{QStringLiteral("key"), key},
                  {QStringLiteral("destination"), QString::fromLatin1(destination)},
                  {QStringLiteral("message"), message},
                  {QStringLiteral("by"), QStringLiteral("hana")}};
    if (!recipient.isEmpty())
        p.insert(QStringLiteral("recipient"), recipient);
    return timelineEvent(kind, at, p, QStringLiteral("outbox"));
}

// A draft_created (version 1) or draft_saved event with the readiness evidence DraftStore
// records: the placeholders left to fill and the lint errors of the saved text.
inline TimelineEvent draftEvent(const char *kind, qint64 draftId, const QDateTime &at,
                                const QStringList &unfilled = {},
                                const QStringList &lintErrors = {},
                                const char *announcementKind = "initial")
{
    return timelineEvent(kind, at,
                         {{QStringLiteral("draft_id"), draftId},
                          {QStringLiteral("kind"), QString::fromLatin1(announcementKind)},
                          {QStringLiteral("unfilled"), QJsonArray::fromStringList(unfilled)},
                          {QStringLiteral("lint_errors"), QJsonArray::fromStringList(lintErrors)}},
                         QStringLiteral("pia"));
}

inline TimelineEvent roleAssigned(const char *role, const QString &person, const QDateTime &at)
{
    return timelineEvent(
        eventkind::RoleAssigned, at,
        {{QStringLiteral("role"), QString::fromLatin1(role)}, {QStringLiteral("person"), person}});
}

inline TimelineEvent tick(const char *kind, const char *obligation, const QDateTime &at,
                          const QString &text = {})
{
    const bool waived = QLatin1String(kind) == QLatin1String(eventkind::ObligationWaived);
    return timelineEvent(kind, at,
                         {{QStringLiteral("obligation"), QString::fromLatin1(obligation)},
                          {waived ? QStringLiteral("reason") : QStringLiteral("note"), text}},
                         QStringLiteral("carol"));
}

inline ObligationStatus findObligation(const QList<ObligationStatus> &list, const QString &id)
{
    for (const ObligationStatus &s : list) {
        if (s.id == id)
            return s;
    }
    qFatal("no obligation %s", qPrintable(id));
}

} // namespace warroom::test

namespace QTest {
template <> inline char *toString(const warroom::ObligationState &state)
{
    return qstrdup(qPrintable(warroom::obligationstate::id(state)));
}
} // namespace QTest
