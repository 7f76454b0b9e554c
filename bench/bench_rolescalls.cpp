// Response-desk figures for docs/performance.md, each next to a baseline from the same run:
//  - evaluating every playbook obligation of an incident with a 5000-event timeline vs. one bare
//    pass over the same events (what any reader of the timeline pays anyway);
//  - the phase board's one-second tick (applyClock over the evaluated obligations) vs. that full
//    evaluation, which the board does only when the incident changes;
//  - the word diff of two draft versions (History), long texts with few or all words changed;
//  - linting a 1500-character announcement with the built-in rules (the editor does it as you
//    type) vs. lower-casing and scanning the same text once.
#include "comms/lint/linter.h"
#include "comms/text/worddiff.h"
#include "core/playbook/playbook.h"
#include "core/playbook/playbookengine.h"

#include "benchsupport.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

using namespace warroom;
using bench::medianMicros;
using bench::report;

namespace {

Incident incidentAt(const QDateTime &detected)
{
    Incident incident;
    incident.id = 1;
    incident.fields.title = QStringLiteral("Completion rate down on email drafting");
    incident.fields.category = Category::BehaviorAnomaly;
    incident.fields.severity = Severity::Sev1;
    incident.fields.affectedUsersPct = 8;
    incident.fields.enterpriseAffected = 3;
    incident.fields.detectedAt = detected;
    incident.status = IncidentStatus::Investigating;
    incident.statusHistory = {StatusChange{IncidentStatus::Investigating,
                                           IncidentStatus::Investigating, detected,
                                           QStringLiteral("ana")}};
    return incident;
}

// A long incident: notes, syncs, calls to ten accounts, role changes and announcements.
QList<TimelineEvent> longTimeline(const QDateTime &detected, int count)
{
    QList<TimelineEvent> events;
    QJsonArray accounts;
    for (int a = 1; a <= 10; ++a)
        accounts.append(QJsonObject{{QStringLiteral("id"), a},
                                    {QStringLiteral("name"), QStringLiteral("Account %1").arg(a)}});
    events.append(TimelineEvent{1,
                                1,
                                detected,
                                QStringLiteral("ana"),
                                QString::fromLatin1(eventkind::AccountsSelected),
                                {{QStringLiteral("accounts"), accounts}}});
    for (int i = 1; i < count; ++i) {
        const QDateTime at = detected.addSecs(i * 10);
        QString kind;
        QJsonObject payload;
        switch (i % 5) {
        case 0:
            kind = QString::fromLatin1(eventkind::SyncPosted);
            payload = {{QStringLiteral("text"), QStringLiteral("no new progress")}};
            break;
        case 1:
            kind = QString::fromLatin1(eventkind::CallAttempt);
            payload = {{QStringLiteral("account_id"), 1 + i % 10},
                       {QStringLiteral("status"), QStringLiteral("left-message")}};
            break;
        case 2:
            kind = QString::fromLatin1(eventkind::RoleAssigned);
            payload = {{QStringLiteral("role"), QStringLiteral("customer-success")},
                       {QStringLiteral("person"), QStringLiteral("CSM %1").arg(i % 7)}};
            break;
        case 3:
            kind = QString::fromLatin1(eventkind::AnnouncementPublished);
            payload = {{QStringLiteral("kind"), QStringLiteral("update")}};
            break;
        default:
            kind = QString::fromLatin1(eventkind::Note);
            payload = {{QStringLiteral("text"), QStringLiteral("rolled back the prompt update")}};
        }
        events.append(TimelineEvent{i + 1, 1, at, QStringLiteral("ben"), kind, payload});
    }
    return events;
}

QString announcement()
{
    QString body = QStringLiteral(
        "Update at 14:30 UTC: we are observing task quality decline on email drafting. Replies "
        "generated since 12:10 UTC may stop mid-sentence or repeat the customer's question. We "
        "identified a prompt configuration change as the cause and rolled it back at 14:05 UTC; "
        "completion rates are recovering and we are monitoring. Approximately 8% of users running "
        "email drafting tasks were affected. ");
    while (body.size() < 1500)
        body += QStringLiteral("We will contact affected key accounts directly. ");
    return body + QStringLiteral("Next update: 15:00 UTC, or sooner if anything changes.");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    Result<Playbook> loaded = playbook::builtIn();
    if (!loaded) {
        QTextStream(stderr) << loaded.error().message << '\n';
        return 1;
    }
    const Playbook &playbook = *loaded;
    const QDateTime detected = QDateTime::currentDateTimeUtc().addSecs(-3600);
    const Incident incident = incidentAt(detected);
    const QList<TimelineEvent> events = longTimeline(detected, 5000);

    constexpr int kEvaluations = 20;
    QList<ObligationStatus> statuses;
    const double evaluate = medianMicros(7, kEvaluations, [&] {
        for (int i = 0; i < kEvaluations; ++i)
            statuses = playbookengine::evaluate(playbook, incident, events);
    });
    qint64 sink = 0;
    const double pass = medianMicros(7, kEvaluations, [&] {
        for (int i = 0; i < kEvaluations; ++i) {
            QHash<QString, int> kinds;
            for (const TimelineEvent &e : events)
                ++kinds[e.kind];
            sink += kinds.size();
        }
    });
    report(out, "evaluate 21 obligations, 5000 ev", evaluate, "one pass over the events", pass);

    constexpr int kTicks = 1000;
    QDateTime now = QDateTime::currentDateTimeUtc();
    const double tick = medianMicros(7, kTicks, [&] {
        for (int i = 0; i < kTicks; ++i) {
            now = now.addSecs(1);
            sink += playbookengine::applyClock(statuses, now, playbook.dueSoonMinutes) ? 1 : 0;
        }
    });
    report(out, "board tick (applyClock)", tick, "full evaluation", evaluate);

    const LintRuleSet &rules = LintRuleSet::builtin();
    const LintText text{QStringLiteral("Email drafting: quality decline"), announcement()};
    const LintContext context{Category::BehaviorAnomaly, QStringLiteral("update"),
                              Channel::StatusPage};
    constexpr int kLints = 50;
    const double linted = medianMicros(7, kLints, [&] {
        for (int i = 0; i < kLints; ++i)
            sink += lint(rules, text, context).size();
    });
    const double scanned = medianMicros(7, kLints, [&] {
        for (int i = 0; i < kLints; ++i)
            sink += normalizedForLint(text.body).toLower().count(QLatin1Char('.'));
    });
    report(out, "lint a 1500-char announcement", linted, "normalise + lower-case once", scanned);

    // The History dialog's word diff of two versions (comms/text/worddiff.h): 5,000 words with
    // three words changed, and 1,500 words all rewritten (nothing to anchor on), beside splitting
    // both texts into the diff's pieces alone.
    const auto numbered = [](int count, const QString &stem) {
        QStringList list;
        for (int i = 0; i < count; ++i)
            list.append(stem + QString::number(i));
        return list.join(QLatin1Char(' '));
    };
    const QString longBefore = numbered(5000, QStringLiteral("word"));
    QString longAfter = longBefore;
    for (const int at : {10, 2500, 4990})
        longAfter.replace(QStringLiteral(" word%1 ").arg(at),
                          QStringLiteral(" changed%1 ").arg(at));
    const double fewChanges =
        medianMicros(7, 1, [&] { sink += WordDiff::diff(longBefore, longAfter).size(); });
    const double split = medianMicros(7, 1, [&] {
        sink += WordDiff::tokens(longBefore).size() + WordDiff::tokens(longAfter).size();
    });
    report(out, "word diff, 5000 words, 3 changed", fewChanges, "split both into pieces", split);
    const QString oldText = numbered(1500, QStringLiteral("old"));
    const QString newText = numbered(1500, QStringLiteral("new"));
    const double rewritten =
        medianMicros(3, 1, [&] { sink += WordDiff::diff(oldText, newText).size(); });
    const double splitRewritten = medianMicros(
        7, 1, [&] { sink += WordDiff::tokens(oldText).size() + WordDiff::tokens(newText).size(); });
    report(out, "word diff, 1500 words, all new", rewritten, "split both into pieces",
           splitRewritten);
    out << "(checksum " << sink << ")\n";
    return 0;
}
