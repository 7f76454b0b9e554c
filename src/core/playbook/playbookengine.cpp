#include "core/playbook/playbookengine.h"

#include "core/base/utctime.h"
#include "core/comms/commsevents.h"
#include "core/playbook/playbookfacts.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QLocale>

#include <algorithm>
#include <optional>

namespace warroom::playbookengine {
namespace {

// This file's translation context, as lupdate records it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(warroom::PlaybookEngine)
};

QString durationText(qint64 minutes)
{
    if (minutes % 60 != 0)
        return minutes > 60 ? Text::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60)
                            : Text::tr("%1 min").arg(minutes);
    return Text::tr("%1 h").arg(minutes / 60);
}

// What a cadence that starts at its first reset waits for, as one whole sentence per kind.
QString waitingForFirst(const QString &kind)
{
    if (kind == QLatin1String(eventkind::SyncPosted))
        return Text::tr("starts when the first sync is posted");
    if (kind == QLatin1String(eventkind::AnnouncementPublished))
        return Text::tr("starts when the first announcement is published");
    if (kind == QLatin1String(eventkind::DraftCreated))
        return Text::tr("starts when the first announcement draft is started");
    return Text::tr("starts when the first \"%1\" is recorded").arg(kind);
}

const QStringList &tickKinds()
{
    static const QStringList kinds{QString::fromLatin1(eventkind::ObligationDone),
                                   QString::fromLatin1(eventkind::ObligationWaived)};
    return kinds;
}

struct Settlement
{
    ObligationState state = ObligationState::Done;
    QDateTime at;
    QString by;
    QString note;
};

QString obligationOf(const TimelineEvent &e)
{
    return e.payload.value(QLatin1String("obligation")).toString();
}

// The first obligation_done / obligation_waived for the obligation, not before notBefore.
std::optional<Settlement> firstTick(const Facts &facts, const QString &id,
                                    const QDateTime &notBefore, bool waiversOnly);

std::optional<Settlement> firstWaiver(const Facts &facts, const QString &id,
                                      const QDateTime &notBefore)
{
    return firstTick(facts, id, notBefore, true);
}

std::optional<Settlement> firstTick(const Facts &facts, const QString &id,
                                    const QDateTime &notBefore)
{
    return firstTick(facts, id, notBefore, false);
}

std::optional<Settlement> firstTick(const Facts &facts, const QString &id,
                                    const QDateTime &notBefore, bool waiversOnly)
{
    for (const TimelineEvent *event : facts.ofKinds(tickKinds())) {
        const TimelineEvent &e = *event;
        const bool done = e.kind == QLatin1String(eventkind::ObligationDone);
        if (obligationOf(e) != id || (notBefore.isValid() && e.at < notBefore) ||
            (done && waiversOnly))
            continue;
        return Settlement{done ? ObligationState::Done : ObligationState::Waived, e.at, e.author,
                          e.payload.value(QLatin1String(done ? "note" : "reason")).toString()};
    }
    return std::nullopt;
}

// The facts of "done_when", all of them, as they stand now; nullopt while any is missing, with
// what is missing (or what withdrew it) in progress.
std::optional<Settlement> completedByFacts(const CompletionRule &rule, const Facts &facts,
                                           QString *progress)
{
    if (rule.isEmpty())
        return std::nullopt;
    Settlement result;
    QStringList notes;
    QStringList missing;
    const auto later = [&](const QDateTime &at, const QString &by) {
        if (!result.at.isValid() || at > result.at) {
            result.at = at;
            result.by = by;
        }
    };
    const auto take = [&](const Evidence &e) {
        if (e.holds) {
            later(e.since, e.by);
            if (!e.note.isEmpty())
                notes.append(e.note);
        } else {
            missing.append(e.missing);
        }
    };
    const QDateTime notBefore = rule.eventsAfterRestoration ? facts.restoredAt : QDateTime();
    const QString published = QString::fromLatin1(eventkind::AnnouncementPublished);
    for (const QString &kind : rule.events) {
        if (kind == published) {
            // A publication counts once it reached its audience (docs/outbox.md).
            if (rule.eventsAfterRestoration && !facts.restoredAt.isValid())
                missing.append(QString());
            else
                take(evidence::publishedOnChannels(facts, rule.channels, rule.announcementKinds,
                                                   notBefore));
            continue;
        }
        if (rule.draftReady && kind == QLatin1String(eventkind::DraftCreated)) {
            take(evidence::readyDraft(facts, rule.announcementKinds));
            continue;
        }
        const QList<const TimelineEvent *> ofKind = facts.byKind.value(kind);
        const auto found = std::find_if(ofKind.begin(), ofKind.end(), [&](const TimelineEvent *e) {
            return playbook::eventMatches(*e, {kind}, rule.announcementKinds) &&
                   (!rule.eventsAfterRestoration ||
                    (facts.restoredAt.isValid() && e->at >= facts.restoredAt));
        });
        if (found == ofKind.end()) {
            missing.append(QString()); // the event itself is the evidence: nothing to explain
            continue;
        }
        later((*found)->at, (*found)->author);
        notes.append(Text::tr("%1 at %2")
                         .arg(QString(kind).replace(QLatin1Char('_'), QLatin1Char(' ')),
                              utctime::hhmm((*found)->at)));
    }
    if (rule.legalSignOff)
        take(evidence::legalSignOff(facts));
    for (Role r : rule.roles) {
        const auto holder = std::find_if(facts.roles.begin(), facts.roles.end(),
                                         [&](const RoleAssignment &a) { return a.role == r; });
        if (holder == facts.roles.end()) {
            missing.append(Text::tr("nobody holds %1").arg(role::displayName(r)));
            continue;
        }
        later(holder->assignedAt, holder->assignedBy);
        notes.append(Text::tr("%1: %2").arg(role::displayName(r), holder->person));
    }
    if (rule.keyAccounts != KeyAccountRule::None)
        take(evidence::keyAccounts(facts, rule.keyAccounts == KeyAccountRule::ClosedOut));
    if (!missing.isEmpty()) {
        missing.removeAll(QString());
        *progress = missing.join(QStringLiteral("; "));
        return std::nullopt;
    }
    result.state = ObligationState::Done;
    result.note = notes.join(QStringLiteral("; "));
    return result;
}

void settle(ObligationStatus &s, const Settlement &how)
{
    s.state = how.state;
    s.settledAt = how.at;
    s.settledBy = how.by;
    s.note = how.note;
}

void evaluateDeadline(const ObligationDef &def, const Playbook &playbook, const Incident &incident,
                      const Facts &facts, ObligationStatus &s)
{
    const DueRule &due = *def.due;
    if (due.from == DueAnchor::Detected)
        s.dueAt = facts.detected.addSecs(due.minutes * 60);
    else if (facts.restoredAt.isValid())
        s.dueAt = facts.restoredAt.addSecs(due.minutes * 60);
    else
        s.waitingFor = due.minutes == 0
                           ? Text::tr("due on restoration")
                           : Text::tr("due %1 after restoration").arg(durationText(due.minutes));

    if (def.onlyIfUnresolvedAtDue && facts.restoredAt.isValid() && facts.restoredAt <= s.dueAt) {
        s.state = ObligationState::NotApplicable;
        s.waitingFor = Text::tr("restored at %1, within %2 of detection")
                           .arg(utctime::hhmm(facts.restoredAt), durationText(due.minutes));
        return;
    }

    const std::optional<Settlement> byFacts = completedByFacts(def.doneWhen, facts, &s.progress);
    if (def.mandatoryOnIcThreshold && !byFacts) {
        const IcEngagement ic = icEngagement(playbook, incident.fields);
        s.mandatory = ic.required;
        s.mandatoryReason = ic.reason;
    }
    // A relapse voids what was ticked for the earlier restoration.
    const QDateTime ticksFrom = due.from == DueAnchor::Restored ? facts.reopenedAt : QDateTime();
    std::optional<Settlement> tick =
        s.mandatory ? std::nullopt : firstTick(facts, def.id, ticksFrom);
    // A done tick counts only where the playbook lets people tick it (manual_done); a waiver
    // with its reason always counts.
    if (tick && tick->state == ObligationState::Done && !def.manualDone)
        tick = firstWaiver(facts, def.id, ticksFrom);
    if (byFacts && tick && tick->state == ObligationState::Done && tick->at < byFacts->at)
        settle(s, *tick);
    else if (byFacts)
        settle(s, *byFacts);
    else if (tick)
        settle(s, *tick);
}

void evaluateCadence(const ObligationDef &def, const Facts &facts, ObligationStatus &s)
{
    const CadenceRule &cadence = *def.cadence;
    if (cadence.untilRestored && facts.restoredAt.isValid()) {
        s.state = ObligationState::NotApplicable;
        s.waitingFor = Text::tr("ended at restoration (%1)").arg(utctime::hhmm(facts.restoredAt));
        return;
    }
    const TimelineEvent *first = nullptr;
    const TimelineEvent *last = nullptr;
    for (const TimelineEvent *event : facts.ofKinds(cadence.resetBy + tickKinds())) {
        const TimelineEvent &e = *event;
        const bool tickedDone =
            e.kind == QLatin1String(eventkind::ObligationDone) && obligationOf(e) == def.id;
        if (tickedDone || playbook::eventMatches(e, cadence.resetBy, cadence.announcementKinds)) {
            if (!first)
                first = &e;
            last = &e;
        }
        if (e.kind == QLatin1String(eventkind::ObligationWaived) && obligationOf(e) == def.id &&
            (!facts.reopenedAt.isValid() || e.at >= facts.reopenedAt)) {
            settle(s, Settlement{ObligationState::Waived, e.at, e.author,
                                 e.payload.value(QLatin1String("reason")).toString()});
            return;
        }
    }
    if (last) {
        s.lastResetAt = last->at;
        s.lastResetBy = last->author;
        if (last->kind == QLatin1String(eventkind::SyncPosted))
            s.lastResetDelivery = evidence::syncDelivery(facts, *last);
    }
    if (cadence.startsAtFirstReset && !first) {
        s.waitingFor = waitingForFirst(cadence.resetBy.constFirst());
        return;
    }
    QDateTime from = cadence.startsAtFirstReset ? first->at : facts.detected;
    for (const QDateTime &candidate : {last ? last->at : QDateTime(), facts.reopenedAt}) {
        if (candidate.isValid() && candidate > from)
            from = candidate;
    }
    s.dueAt = from.addSecs(cadence.everyMinutes * 60);
}

} // namespace

IcEngagement icEngagement(const Playbook &playbook, const IncidentFields &fields)
{
    QStringList reasons;
    if (fields.affectedUsersPct > playbook.icUsersPctAbove)
        reasons.append(Text::tr("%1% of users affected (more than %2%)")
                           .arg(QLocale().toString(fields.affectedUsersPct, 'g', 4),
                                QLocale().toString(playbook.icUsersPctAbove, 'g', 4)));
    if (fields.enterpriseAffected > playbook.icEnterpriseAbove)
        reasons.append(Text::tr("%1 enterprise customers affected (more than %2)")
                           .arg(fields.enterpriseAffected)
                           .arg(playbook.icEnterpriseAbove));
    return IcEngagement{!reasons.isEmpty(), reasons.join(QStringLiteral("; "))};
}

QList<ObligationStatus> evaluate(const Playbook &playbook, const Incident &incident,
                                 const QList<TimelineEvent> &events)
{
    const Facts facts = gatherFacts(incident, events);
    QList<ObligationStatus> result;
    result.reserve(playbook.obligations.size());
    for (const ObligationDef &def : playbook.obligations) {
        ObligationStatus s;
        s.id = def.id;
        s.title = def.title;
        s.description = def.description;
        s.phaseId = def.phaseId;
        const PhaseDef *phase = playbook.phase(def.phaseId);
        s.phaseTitle = phase ? phase->title : def.phaseId;
        s.owner = def.owner;
        s.checklist = def.checklist;
        s.recurring = def.isRecurring();
        s.manualDone = def.manualDone || def.isRecurring();
        if (!playbook::appliesToCategory(playbook, def, facts.category)) {
            QStringList names;
            for (Category c :
                 def.onlyIfLegalReviewRequired ? playbook.legalReviewCategories : def.categories)
                names.append(category::displayName(c));
            s.state = ObligationState::NotApplicable;
            s.waitingFor = Text::tr("only for: %1").arg(names.join(QStringLiteral(", ")));
        } else if (def.cadence) {
            evaluateCadence(def, facts, s);
        } else {
            evaluateDeadline(def, playbook, incident, facts, s);
        }
        result.append(s);
    }
    return result;
}

ObligationState stateAt(const ObligationStatus &status, const QDateTime &now, qint64 dueSoonMinutes)
{
    if (status.isSettled() || !status.dueAt.isValid())
        return status.isSettled() ? status.state : ObligationState::Upcoming;
    const qint64 left = now.msecsTo(status.dueAt);
    if (left < 0)
        return ObligationState::Overdue;
    if (left <= dueSoonMinutes * 60 * 1000)
        return ObligationState::DueSoon;
    return ObligationState::Upcoming;
}

bool applyClock(QList<ObligationStatus> &statuses, const QDateTime &now, qint64 dueSoonMinutes)
{
    bool changed = false;
    for (ObligationStatus &s : statuses) {
        const ObligationState state = stateAt(s, now, dueSoonMinutes);
        changed = changed || state != s.state;
        s.state = state;
    }
    return changed;
}

QList<ObligationStatus> evaluateAt(const Playbook &playbook, const Incident &incident,
                                   const QList<TimelineEvent> &events, const QDateTime &now)
{
    QList<ObligationStatus> statuses = evaluate(playbook, incident, events);
    applyClock(statuses, now, playbook.dueSoonMinutes);
    return statuses;
}

Result<void> checkTick(const ObligationStatus &s, bool waive)
{
    // Named by its title, as the board shows it (the CLI adds the id for scripts).
    const auto refuse = [&](const QString &message) {
        return Error::invalid(QStringLiteral("obligation"), message);
    };
    if (s.state == ObligationState::NotApplicable)
        return refuse(
            Text::tr("\"%1\" does not apply to this incident (%2).").arg(s.title, s.waitingFor));
    if (s.mandatory)
        return refuse(
            Text::tr("\"%1\" is mandatory (%2): it is completed by the facts on the timeline "
                     "(for IC engagement:"
                     " assigning an incident commander), not by ticking it.")
                .arg(s.title, s.mandatoryReason));
    const QString when = s.settledAt.isValid() ? utctime::hhmm(s.settledAt) : QString();
    if (!waive && !s.manualDone && s.state != ObligationState::Done &&
        s.state != ObligationState::Waived)
        return refuse(
            Text::tr("\"%1\" is completed by the facts on the timeline, not by ticking it "
                     "(%2). If it will not be done, waive it with the reason.")
                .arg(s.title, s.progress.isEmpty() ? Text::tr("see the playbook") : s.progress));
    if (s.state == ObligationState::Waived)
        return refuse(
            Text::tr("\"%1\" was already waived by %2 at %3.").arg(s.title, s.settledBy, when));
    if (s.state == ObligationState::Done && !s.recurring)
        return refuse(
            Text::tr("\"%1\" is already done (%2 at %3).").arg(s.title, s.settledBy, when));
    return {};
}

} // namespace warroom::playbookengine
