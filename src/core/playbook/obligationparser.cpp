// Reading one obligation of a playbook file, and the role, category and event-kind ids the
// file uses (docs/playbook-format.md).

#include "core/playbook/obligationparser.h"

#include "core/comms/announcementkind.h"
#include "core/comms/channel.h"
#include "core/comms/commsevents.h"
#include "core/io/jsonlocator.h"

#include <QCoreApplication>

#include <algorithm>

namespace warroom::playbook::detail {
namespace {

using jsonlocator::child;
using jsonlocator::element;

// This file's translation context, as lupdate records it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(warroom::Playbook)
};

constexpr auto kIcThreshold = "ic-engagement-threshold";

Result<void> readTiming(const JsonReader &json, const QJsonObject &o, const QString &path,
                        ObligationDef &def)
{
    const bool hasDue = o.contains(QStringLiteral("due"));
    const bool hasCadence = o.contains(QStringLiteral("cadence"));
    if (!hasDue && !hasCadence)
        return json.error(
            path,
            Text::tr("needs either \"due\" (a deadline) or \"cadence\" (a recurring obligation)"));
    if (hasDue && hasCadence)
        return json.error(child(path, QStringLiteral("cadence")),
                          Text::tr("an obligation has either \"due\" or \"cadence\", not both"));
    if (hasDue) {
        const QString at = child(path, QStringLiteral("due"));
        Result<QJsonObject> due = json.object(o.value(QStringLiteral("due")), at,
                                              {QStringLiteral("from"), QStringLiteral("minutes")});
        if (!due)
            return due.error();
        Result<QString> from =
            json.choice(*due, at, QStringLiteral("from"),
                        {QStringLiteral("detected"), QStringLiteral("restored")});
        Result<qint64> minutes = json.wholeNumber(*due, at, QStringLiteral("minutes"), 0);
        if (!from || !minutes)
            return !from ? from.error() : minutes.error();
        def.due =
            DueRule{*from == QLatin1String("restored") ? DueAnchor::Restored : DueAnchor::Detected,
                    *minutes};
        return {};
    }
    const QString at = child(path, QStringLiteral("cadence"));
    Result<QJsonObject> cadence = json.object(
        o.value(QStringLiteral("cadence")), at,
        {QStringLiteral("every_minutes"), QStringLiteral("reset_by"),
         QStringLiteral("announcement_kinds"), QStringLiteral("starts"), QStringLiteral("until")});
    if (!cadence)
        return cadence.error();
    CadenceRule rule;
    Result<qint64> every = json.wholeNumber(*cadence, at, QStringLiteral("every_minutes"), 1);
    if (!every)
        return every.error();
    rule.everyMinutes = *every;
    Result<QJsonArray> resetBy = json.array(*cadence, at, QStringLiteral("reset_by"), true, true);
    if (!resetBy)
        return resetBy.error();
    Result<QStringList> kinds =
        readEventKinds(json, *resetBy, child(at, QStringLiteral("reset_by")));
    if (!kinds)
        return kinds.error();
    rule.resetBy = *kinds;
    Result<QStringList> announcements = readAnnouncementKinds(json, *cadence, at, rule.resetBy);
    if (!announcements)
        return announcements.error();
    rule.announcementKinds = *announcements;
    Result<QString> starts =
        json.choice(*cadence, at, QStringLiteral("starts"),
                    {QStringLiteral("detected"), QStringLiteral("first_reset")});
    Result<QString> until =
        json.choice(*cadence, at, QStringLiteral("until"), {QStringLiteral("restored")}, false);
    if (!starts || !until)
        return !starts ? starts.error() : until.error();
    rule.startsAtFirstReset = *starts == QLatin1String("first_reset");
    rule.untilRestored = !until->isEmpty();
    def.cadence = rule;
    return {};
}

Result<KeyAccountRule> readKeyAccounts(const JsonReader &json, const QJsonObject &when,
                                       const QString &at)
{
    const QString key = QStringLiteral("key_accounts");
    const QString legacy = QStringLiteral("key_accounts_attempted");
    if (when.contains(key) && when.contains(legacy))
        return json.error(
            child(at, legacy),
            Text::tr("say it once: \"key_accounts\" replaces \"key_accounts_attempted\""));
    Result<bool> attempted = json.flag(when, at, legacy);
    if (!attempted)
        return attempted.error();
    if (*attempted)
        return KeyAccountRule::Attempted;
    Result<QString> rule = json.choice(
        when, at, key, {QStringLiteral("attempted"), QStringLiteral("closed_out")}, false);
    if (!rule)
        return rule.error();
    if (rule->isEmpty())
        return KeyAccountRule::None;
    return *rule == QLatin1String("closed_out") ? KeyAccountRule::ClosedOut
                                                : KeyAccountRule::Attempted;
}

Result<QStringList> readChannels(const JsonReader &json, const QJsonObject &when, const QString &at,
                                 const QStringList &events)
{
    const QString key = QStringLiteral("channels");
    if (!when.contains(key))
        return QStringList();
    const QString path = child(at, key);
    Result<QJsonArray> list = json.array(when, at, key, true, true);
    if (!list)
        return list.error();
    if (!events.contains(QLatin1String(eventkind::AnnouncementPublished)))
        return json.error(path, Text::tr("counts publications; list \"%1\" among the events")
                                    .arg(QLatin1String(eventkind::AnnouncementPublished)));
    QStringList channels;
    for (qsizetype i = 0; i < list->size(); ++i) {
        Result<QString> id = json.textValue(list->at(i), element(path, i));
        if (!id)
            return id.error();
        if (!channel::fromId(*id))
            return json.error(
                element(path, i),
                Text::tr("\"%1\" is not a channel; use one of: %2").arg(*id, channel::validIds()));
        if (channels.contains(*id))
            return json.error(element(path, i), Text::tr("\"%1\" is listed twice").arg(*id));
        channels.append(*id);
    }
    return channels;
}

Result<void> readDoneWhen(const JsonReader &json, const QJsonObject &o, const QString &path,
                          ObligationDef &def)
{
    const QString at = child(path, QStringLiteral("done_when"));
    if (def.cadence)
        return json.error(at, Text::tr("a recurring obligation is never done; its \"cadence\" "
                                       "names the events that reset it"));
    Result<QJsonObject> when = json.object(
        o.value(QStringLiteral("done_when")), at,
        {QStringLiteral("events"), QStringLiteral("announcement_kinds"),
         QStringLiteral("events_after"), QStringLiteral("channels"), QStringLiteral("draft_ready"),
         QStringLiteral("legal_signoff"), QStringLiteral("roles"), QStringLiteral("key_accounts"),
         QStringLiteral("key_accounts_attempted")});
    if (!when)
        return when.error();
    Result<QJsonArray> events = json.array(*when, at, QStringLiteral("events"), false, false);
    Result<QJsonArray> roles = json.array(*when, at, QStringLiteral("roles"), false, false);
    Result<QString> after =
        json.choice(*when, at, QStringLiteral("events_after"), {QStringLiteral("restored")}, false);
    if (!events || !roles || !after)
        return !events ? events.error() : !roles ? roles.error() : after.error();
    Result<QStringList> kinds = readEventKinds(json, *events, child(at, QStringLiteral("events")));
    if (!kinds)
        return kinds.error();
    CompletionRule &rule = def.doneWhen;
    rule.events = *kinds;
    Result<QStringList> announcements = readAnnouncementKinds(json, *when, at, *kinds);
    if (!announcements)
        return announcements.error();
    rule.announcementKinds = *announcements;
    if (!after->isEmpty() && kinds->isEmpty())
        return json.error(child(at, QStringLiteral("events_after")),
                          Text::tr("needs \"events\" to apply to"));
    rule.eventsAfterRestoration = !after->isEmpty();
    Result<QStringList> channels = readChannels(json, *when, at, *kinds);
    if (!channels)
        return channels.error();
    rule.channels = *channels;
    Result<bool> ready = json.flag(*when, at, QStringLiteral("draft_ready"));
    Result<bool> legal = json.flag(*when, at, QStringLiteral("legal_signoff"));
    if (!ready || !legal)
        return !ready ? ready.error() : legal.error();
    if (*ready && !kinds->contains(QLatin1String(eventkind::DraftCreated)))
        return json.error(child(at, QStringLiteral("draft_ready")),
                          Text::tr("judges drafts; list \"%1\" among the events")
                              .arg(QLatin1String(eventkind::DraftCreated)));
    rule.draftReady = *ready;
    rule.legalSignOff = *legal;
    for (qsizetype i = 0; i < roles->size(); ++i) {
        Result<Role> r =
            readRole(json, roles->at(i), element(child(at, QStringLiteral("roles")), i));
        if (!r)
            return r.error();
        rule.roles.append(*r);
    }
    Result<KeyAccountRule> accounts = readKeyAccounts(json, *when, at);
    if (!accounts)
        return accounts.error();
    rule.keyAccounts = *accounts;
    if (rule.isEmpty())
        return json.error(at, Text::tr("names no condition; give \"events\", \"roles\", "
                                       "\"legal_signoff\" or \"key_accounts\","
                                       " or leave \"done_when\" out (the obligation is then ticked "
                                       "done by hand)"));
    return {};
}

Result<void> readConditions(const JsonReader &json, const QJsonObject &o, const QString &path,
                            ObligationDef &def)
{
    if (o.contains(QStringLiteral("done_when"))) {
        if (Result<void> read = readDoneWhen(json, o, path, def); !read)
            return read;
    }
    def.manualDone = def.doneWhen.isEmpty();
    Result<bool> manual = json.flag(o, path, QStringLiteral("manual_done"));
    if (!manual)
        return manual.error();
    if (o.contains(QStringLiteral("manual_done"))) {
        if (def.cadence)
            return json.error(child(path, QStringLiteral("manual_done")),
                              Text::tr("a recurring obligation is always ticked by hand (each tick "
                                       "counts as posting it)"));
        def.manualDone = *manual;
    }

    if (o.contains(QStringLiteral("applies_when"))) {
        const QString at = child(path, QStringLiteral("applies_when"));
        Result<QJsonObject> when =
            json.object(o.value(QStringLiteral("applies_when")), at,
                        {QStringLiteral("categories"), QStringLiteral("legal_review_required"),
                         QStringLiteral("unresolved_at_due")});
        if (!when)
            return when.error();
        Result<QJsonArray> categories =
            json.array(*when, at, QStringLiteral("categories"), false, false);
        if (!categories)
            return categories.error();
        Result<QList<Category>> list =
            readCategories(json, *categories, child(at, QStringLiteral("categories")));
        if (!list)
            return list.error();
        def.categories = *list;
        Result<bool> legal = json.flag(*when, at, QStringLiteral("legal_review_required"));
        if (!legal)
            return legal.error();
        def.onlyIfLegalReviewRequired = *legal;
        Result<bool> unresolved = json.flag(*when, at, QStringLiteral("unresolved_at_due"));
        if (!unresolved)
            return unresolved.error();
        def.onlyIfUnresolvedAtDue = *unresolved;
        if (def.onlyIfUnresolvedAtDue && (!def.due || def.due->from != DueAnchor::Detected))
            return json.error(child(at, QStringLiteral("unresolved_at_due")),
                              Text::tr("needs a \"due\" counted from \"detected\""));
    }

    if (o.contains(QStringLiteral("mandatory_when"))) {
        const QString at = child(path, QStringLiteral("mandatory_when"));
        Result<QString> when = json.choice(o, path, QStringLiteral("mandatory_when"),
                                           {QString::fromLatin1(kIcThreshold)});
        if (!when)
            return when.error();
        if (def.doneWhen.isEmpty())
            return json.error(at,
                              Text::tr("a mandatory obligation needs \"done_when\": ticking it by "
                                       "hand is refused while it is mandatory"));
        def.mandatoryOnIcThreshold = true;
    }
    return {};
}

} // namespace

Result<Category> readCategory(const JsonReader &json, const QJsonValue &value, const QString &path)
{
    Result<QString> id = json.textValue(value, path);
    if (!id)
        return id.error();
    if (const auto c = category::fromId(*id))
        return *c;
    return json.error(
        path, Text::tr("\"%1\" is not a category; use one of: %2").arg(*id, category::validIds()));
}

Result<QList<Category>> readCategories(const JsonReader &json, const QJsonArray &list,
                                       const QString &path)
{
    QList<Category> result;
    for (qsizetype i = 0; i < list.size(); ++i) {
        Result<Category> c = readCategory(json, list.at(i), element(path, i));
        if (!c)
            return c.error();
        if (result.contains(*c))
            return json.error(element(path, i),
                              Text::tr("\"%1\" is listed twice").arg(category::id(*c)));
        result.append(*c);
    }
    return result;
}

Result<Role> readRole(const JsonReader &json, const QJsonValue &value, const QString &path)
{
    Result<QString> id = json.textValue(value, path);
    if (!id)
        return id.error();
    if (const auto r = role::fromId(*id))
        return *r;
    return json.error(path,
                      Text::tr("\"%1\" is not a role; use one of: %2").arg(*id, role::validIds()));
}

Result<QStringList> readEventKinds(const JsonReader &json, const QJsonArray &list,
                                   const QString &path)
{
    QStringList kinds;
    for (qsizetype i = 0; i < list.size(); ++i) {
        Result<QString> kind = json.textValue(list.at(i), element(path, i));
        if (!kind)
            return kind.error();
        if (!knownEventKinds().contains(*kind))
            return json.error(element(path, i),
                              Text::tr("\"%1\" is not a timeline event kind; use one of: %2")
                                  .arg(*kind, knownEventKinds().join(QStringLiteral(", "))));
        kinds.append(*kind);
    }
    return kinds;
}

Result<QStringList> readAnnouncementKinds(const JsonReader &json, const QJsonObject &o,
                                          const QString &path, const QStringList &eventKinds)
{
    const QString key = QStringLiteral("announcement_kinds");
    if (!o.contains(key))
        return QStringList();
    const QString at = child(path, key);
    Result<QJsonArray> list = json.array(o, path, key, true, true);
    if (!list)
        return list.error();
    const bool namesAnnouncements =
        std::any_of(eventKinds.begin(), eventKinds.end(),
                    [](const QString &kind) { return announcementEventKinds().contains(kind); });
    if (!namesAnnouncements)
        return json.error(at,
                          Text::tr("applies only to announcement events; list %1 among the events")
                              .arg(announcementEventKinds().join(Text::tr(" or "))));
    QStringList kinds;
    for (qsizetype i = 0; i < list->size(); ++i) {
        Result<QString> kind = json.textValue(list->at(i), element(at, i));
        if (!kind)
            return kind.error();
        if (!announcementkind::isKnown(*kind))
            return json.error(element(at, i),
                              Text::tr("\"%1\" is not a kind of announcement; use one of: %2")
                                  .arg(*kind, announcementkind::validIds()));
        if (kinds.contains(*kind))
            return json.error(element(at, i), Text::tr("\"%1\" is listed twice").arg(*kind));
        kinds.append(*kind);
    }
    return kinds;
}

Result<ObligationDef> readObligation(const JsonReader &json, const QJsonValue &value,
                                     const QString &path)
{
    Result<QJsonObject> o = json.object(
        value, path,
        {QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("description"),
         QStringLiteral("owner"), QStringLiteral("checklist"), QStringLiteral("due"),
         QStringLiteral("cadence"), QStringLiteral("done_when"), QStringLiteral("applies_when"),
         QStringLiteral("mandatory_when"), QStringLiteral("manual_done")});
    if (!o)
        return o.error();
    ObligationDef def;
    Result<QString> id = json.identifier(*o, path, QStringLiteral("id"));
    Result<QString> title = json.text(*o, path, QStringLiteral("title"));
    Result<QString> description = json.text(*o, path, QStringLiteral("description"), false);
    for (const Result<QString> *r : {&id, &title, &description}) {
        if (!*r)
            return r->error();
    }
    def.id = *id;
    def.title = *title;
    def.description = *description;
    if (!o->contains(QStringLiteral("owner")))
        return json.error(child(path, QStringLiteral("owner")),
                          Text::tr("is missing; use a role id: %1").arg(role::validIds()));
    Result<Role> owner =
        readRole(json, o->value(QStringLiteral("owner")), child(path, QStringLiteral("owner")));
    if (!owner)
        return owner.error();
    def.owner = *owner;
    Result<QJsonArray> checklist = json.array(*o, path, QStringLiteral("checklist"), false, false);
    if (!checklist)
        return checklist.error();
    for (qsizetype i = 0; i < checklist->size(); ++i) {
        Result<QString> item =
            json.textValue(checklist->at(i), element(child(path, QStringLiteral("checklist")), i));
        if (!item)
            return item.error();
        def.checklist.append(*item);
    }
    if (Result<void> t = readTiming(json, *o, path, def); !t)
        return t.error();
    if (Result<void> c = readConditions(json, *o, path, def); !c)
        return c.error();
    return def;
}

} // namespace warroom::playbook::detail
