#pragma once

#include "core/base/result.h"
#include "core/incident/category.h"
#include "core/incident/timelineevent.h"
#include "core/roles/roles.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace warroom {

// The response playbook as data: phases of obligations with their deadlines or cadences,
// owners and checklists, the trigger conditions of the declare flow, and the escalation
// thresholds. Loaded from JSON (docs/playbook-format.md); the seed's playbook is built in.

// What a deadline counts from.
enum class DueAnchor {
    Detected, // the incident's detected-at time (T+0)
    Restored, // the latest move to "restored"
};

struct DueRule
{
    DueAnchor from = DueAnchor::Detected;
    qint64 minutes = 0;
};

// A recurring obligation: due every N minutes after the last matching event.
struct CadenceRule
{
    qint64 everyMinutes = 0;
    QStringList resetBy; // timeline event kinds that count as "posted"
    QStringList
        announcementKinds; // of those, announcements count only of these kinds (any when empty)
    bool startsAtFirstReset = false; // false: the first one is due N minutes after detection
    bool untilRestored = false;      // ends when the incident is restored
};

// How far the key-account outreach must have gone.
enum class KeyAccountRule {
    None,
    Attempted, // every selected account has an attempt recorded (any status but not-started)
    ClosedOut, // every selected account reached, declined, or unreachable on phone and on Slack
};

// Facts on the timeline that complete an obligation by themselves (besides ticking it done).
// Every condition given must hold, now: a fact that is withdrawn (a sign-off voided by an edit,
// a role unassigned, a draft saved again with placeholders) reopens the obligation.
struct CompletionRule
{
    QStringList events;            // each kind recorded at least once
    QStringList announcementKinds; // announcement events count only of these kinds (any when empty)
    bool eventsAfterRestoration = false; // ... at or after the latest restoration
    // announcement_published: one publication on each of these channels (channel ids).
    QStringList channels;
    // draft_created: a draft of the announcement kinds whose latest saved version has no
    // placeholder left to fill and no lint error.
    bool draftReady = false;
    // A legal sign-off on the current text of a draft that no edit has voided.
    bool legalSignOff = false;
    QList<Role> roles; // each role currently assigned
    KeyAccountRule keyAccounts = KeyAccountRule::None;

    bool isEmpty() const
    {
        return events.isEmpty() && roles.isEmpty() && keyAccounts == KeyAccountRule::None &&
               !legalSignOff;
    }
};

struct ObligationDef
{
    QString id;
    QString title;
    QString description;
    QString phaseId;
    Role owner = Role::OnCall;
    QStringList checklist;
    std::optional<DueRule> due; // exactly one of due and cadence is set
    std::optional<CadenceRule> cadence;
    CompletionRule doneWhen;
    QList<Category> categories; // empty: applies to every category
    // Applies only when the incident's category needs legal review
    // (Playbook::legalReviewCategories).
    bool onlyIfLegalReviewRequired = false;
    bool onlyIfUnresolvedAtDue = false;
    // Whether a person may tick it done by hand. Default: only when there is no done_when (an
    // obligation with facts is completed by the facts; deciding against it is a waiver).
    bool manualDone = true;
    // While the IC engagement thresholds are crossed, only doneWhen's facts complete it:
    // ticking it done or waiving it is refused.
    bool mandatoryOnIcThreshold = false;

    bool isRecurring() const { return cadence.has_value(); }
};

struct PhaseDef
{
    QString id;
    QString title;
};

struct TriggerDef
{
    QString id;
    QString title;
    Category suggests = Category::Outage;
};

struct Playbook
{
    static constexpr int FormatVersion = 1;

    int formatVersion = FormatVersion;
    QString name;
    QString description;
    QString source; // where it was loaded from, for messages
    qint64 dueSoonMinutes = 5;
    double icUsersPctAbove = 5.0;
    int icEnterpriseAbove = 1;
    QList<PhaseDef> phases;
    QList<ObligationDef> obligations; // in phase order
    QList<TriggerDef> triggers;
    QList<Category> categoryPrecedence;
    // The categories whose announcements need legal's sign-off before the IC approves them
    // ("legal_review": {"categories": [...]}). The one source of that rule: the board, the
    // sign-off gate and the draft's stored requirement all read it from here.
    QList<Category> legalReviewCategories;

    bool needsLegalReview(Category category) const
    {
        return legalReviewCategories.contains(category);
    }

    const ObligationDef *obligation(const QString &id) const;
    const PhaseDef *phase(const QString &id) const;
    const TriggerDef *trigger(const QString &id) const;
    QString obligationIds() const; // comma-separated, for error messages
    QString triggerIds() const;
};

namespace playbook {

// The seed playbook compiled into the program (resources/playbook/default-playbook.json).
Result<Playbook> builtIn();
// An organisation's own playbook file. Errors name the file, the line and the JSON path.
// The largest playbook file read: the seed playbook is a few kilobytes.
inline constexpr qint64 MaxFileBytes = 1024 * 1024;

Result<Playbook> loadFile(const QString &path);
// sourceName is used in error messages ("custom.json:12: phases[0].id: ...").
Result<Playbook> parse(const QByteArray &json, const QString &sourceName);

// The category the ticked trigger conditions point to: of the categories they suggest, the one
// listed first in the playbook's precedence. nullopt when nothing is ticked.
std::optional<Category> suggestCategory(const Playbook &playbook, const QStringList &triggerIds);
// Refuses unknown and repeated trigger ids, naming them and the valid ones.
Result<void> checkTriggerIds(const Playbook &playbook, const QStringList &triggerIds);

// Whether the obligation's "applies_when" categories (its own list, or the legal-review
// categories) include this category. Deadlines and cadences are not considered.
bool appliesToCategory(const Playbook &playbook, const ObligationDef &def, Category category);

// The timeline event kinds a playbook may refer to (timelineevent.h, commsevents.h).
QStringList knownEventKinds();
// The event kinds whose payload names a kind of announcement ("kind", core/announcementkind.h):
// announcement_published and draft_created.
QStringList announcementEventKinds();
// Whether a timeline event is one of `kinds` and, when it is an announcement event and
// `announcementKinds` is not empty, announces one of those.
bool eventMatches(const TimelineEvent &event, const QStringList &kinds,
                  const QStringList &announcementKinds);

} // namespace playbook
} // namespace warroom
