// playbook::parse: reads and validates a playbook file (docs/playbook-format.md). Every refusal
// names the file, the line and the JSON path of the value at fault, and says what is expected.

#include "core/jsonlocator.h"
#include "core/playbook.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace warroom::playbook {
namespace {

using jsonlocator::child;
using jsonlocator::element;

QString tr(const char *text)
{
    return QCoreApplication::translate("warroom::Playbook", text);
}

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null: return tr("null");
    case QJsonValue::Bool: return tr("true/false");
    case QJsonValue::Double: return tr("a number");
    case QJsonValue::String: return tr("a text");
    case QJsonValue::Array: return tr("a list");
    case QJsonValue::Object: return tr("an object");
    case QJsonValue::Undefined: break;
    }
    return tr("nothing");
}

constexpr auto kIcThreshold = "ic-engagement-threshold";

class Loader
{
public:
    Loader(QString source, QHash<QString, int> lines) : m_source(std::move(source)), m_lines(std::move(lines)) {}

    Result<Playbook> playbook(const QJsonObject &root);

private:
    Error error(const QString &path, const QString &message) const
    {
        QString located = path;
        while (!located.isEmpty() && !m_lines.contains(located)) { // a missing key: its object's line
            const qsizetype cut = std::max(located.lastIndexOf(QLatin1Char('.')), located.lastIndexOf(QLatin1Char('[')));
            located = cut > 0 ? located.left(cut) : QString();
        }
        const int line = m_lines.value(located, 1);
        const QString where = QStringLiteral("%1:%2").arg(m_source).arg(line);
        const QString text = path.isEmpty() ? tr("%1: %2").arg(where, message)
                                            : tr("%1: %2: %3").arg(where, path, message);
        return Error::invalid(path.isEmpty() ? QStringLiteral("playbook") : path, text);
    }

    Result<QJsonObject> object(const QJsonValue &value, const QString &path, const QStringList &allowedKeys) const
    {
        if (!value.isObject())
            return error(path, tr("must be an object { ... }, not %1").arg(typeName(value)));
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!allowedKeys.contains(it.key()))
                return error(child(path, it.key()), tr("unknown key \"%1\"; the keys allowed here are: %2")
                                                        .arg(it.key(), allowedKeys.join(QStringLiteral(", "))));
        }
        return object;
    }

    Result<QString> text(const QJsonObject &o, const QString &path, const QString &key, bool required = true) const
    {
        const QString at = child(path, key);
        if (!o.contains(key))
            return required ? Result<QString>(error(at, tr("is missing"))) : Result<QString>(QString());
        return textValue(o.value(key), at);
    }

    Result<QString> textValue(const QJsonValue &value, const QString &path) const
    {
        if (!value.isString())
            return error(path, tr("must be a text in quotes, not %1").arg(typeName(value)));
        if (value.toString().trimmed().isEmpty())
            return error(path, tr("must not be empty"));
        return value.toString().trimmed();
    }

    Result<QString> identifier(const QJsonObject &o, const QString &path, const QString &key) const
    {
        static const QRegularExpression pattern(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
        Result<QString> id = text(o, path, key);
        if (id && !pattern.match(*id).hasMatch())
            return error(child(path, key), tr("\"%1\" is not a valid id: use lower-case letters, digits and single dashes"
                                              " (\"first-announcement\")").arg(*id));
        return id;
    }

    Result<qint64> wholeNumber(const QJsonObject &o, const QString &path, const QString &key, qint64 minimum,
                               std::optional<qint64> fallback = std::nullopt) const
    {
        const QString at = child(path, key);
        if (!o.contains(key))
            return fallback ? Result<qint64>(*fallback) : Result<qint64>(error(at, tr("is missing")));
        const QJsonValue value = o.value(key);
        if (!value.isDouble())
            return error(at, tr("must be a number, not %1").arg(typeName(value)));
        const double number = value.toDouble();
        if (number != std::floor(number) || std::abs(number) > 1e12)
            return error(at, tr("must be a whole number, not %1").arg(number));
        if (number < double(minimum))
            return error(at, minimum == 0 ? tr("must not be negative (got %1)").arg(number)
                                          : tr("must be at least %1 (got %2)").arg(minimum).arg(number));
        return qint64(number);
    }

    Result<QJsonArray> array(const QJsonObject &o, const QString &path, const QString &key, bool required,
                             bool nonEmpty) const
    {
        const QString at = child(path, key);
        if (!o.contains(key))
            return required ? Result<QJsonArray>(error(at, tr("is missing"))) : Result<QJsonArray>(QJsonArray());
        if (!o.value(key).isArray())
            return error(at, tr("must be a list [ ... ], not %1").arg(typeName(o.value(key))));
        if (nonEmpty && o.value(key).toArray().isEmpty())
            return error(at, tr("must not be an empty list"));
        return o.value(key).toArray();
    }

    Result<QString> choice(const QJsonObject &o, const QString &path, const QString &key, const QStringList &allowed,
                           bool required = true) const
    {
        Result<QString> value = text(o, path, key, required);
        if (value && !value->isEmpty() && !allowed.contains(*value))
            return error(child(path, key), tr("\"%1\" is not allowed here; use one of: %2")
                                               .arg(*value, allowed.join(QStringLiteral(", "))));
        return value;
    }

    Result<Category> category(const QJsonValue &value, const QString &path) const
    {
        Result<QString> id = textValue(value, path);
        if (!id)
            return id.error();
        if (const auto c = category::fromId(*id))
            return *c;
        return error(path, tr("\"%1\" is not a category; use one of: %2").arg(*id, category::validIds()));
    }

    Result<QList<Category>> categoryList(const QJsonArray &list, const QString &path) const
    {
        QList<Category> result;
        for (qsizetype i = 0; i < list.size(); ++i) {
            Result<Category> c = category(list.at(i), element(path, i));
            if (!c)
                return c.error();
            if (result.contains(*c))
                return error(element(path, i), tr("\"%1\" is listed twice").arg(category::id(*c)));
            result.append(*c);
        }
        return result;
    }

    Result<Role> role(const QJsonValue &value, const QString &path) const
    {
        Result<QString> id = textValue(value, path);
        if (!id)
            return id.error();
        if (const auto r = role::fromId(*id))
            return *r;
        return error(path, tr("\"%1\" is not a role; use one of: %2").arg(*id, role::validIds()));
    }

    Result<QStringList> eventKinds(const QJsonArray &list, const QString &path) const
    {
        QStringList kinds;
        for (qsizetype i = 0; i < list.size(); ++i) {
            Result<QString> kind = textValue(list.at(i), element(path, i));
            if (!kind)
                return kind.error();
            if (!knownEventKinds().contains(*kind))
                return error(element(path, i), tr("\"%1\" is not a timeline event kind; use one of: %2")
                                                   .arg(*kind, knownEventKinds().join(QStringLiteral(", "))));
            kinds.append(*kind);
        }
        return kinds;
    }

    Result<void> icEngagement(const QJsonObject &root, Playbook &pb) const;
    Result<void> triggers(const QJsonObject &root, Playbook &pb) const;
    Result<void> phases(const QJsonObject &root, Playbook &pb) const;
    Result<ObligationDef> obligation(const QJsonValue &value, const QString &path) const;
    Result<void> timing(const QJsonObject &o, const QString &path, ObligationDef &def) const;
    Result<void> conditions(const QJsonObject &o, const QString &path, ObligationDef &def) const;

    QString m_source;
    QHash<QString, int> m_lines;
};

Result<Playbook> Loader::playbook(const QJsonObject &root)
{
    // The version comes first: a newer format may have keys this build does not know.
    const QString versionPath = QStringLiteral("format_version");
    if (!root.contains(versionPath))
        return error(versionPath, tr("is missing; this build reads playbooks with \"format_version\": %1")
                                      .arg(Playbook::FormatVersion));
    Result<qint64> version = wholeNumber(root, QString(), versionPath, 0);
    if (!version)
        return version.error();
    if (*version != Playbook::FormatVersion)
        return error(versionPath, tr("format version %1 is not supported; this build reads format version %2"
                                     " (was the file written for another War Room version?)")
                                      .arg(*version)
                                      .arg(Playbook::FormatVersion));

    const QStringList keys{QStringLiteral("format_version"), QStringLiteral("name"), QStringLiteral("description"),
                           QStringLiteral("due_soon_minutes"), QStringLiteral("ic_engagement"),
                           QStringLiteral("triggers"), QStringLiteral("category_precedence"), QStringLiteral("phases")};
    if (Result<QJsonObject> checked = object(root, QString(), keys); !checked)
        return checked.error();

    Playbook pb;
    pb.source = m_source;
    pb.formatVersion = int(*version);
    Result<QString> name = text(root, QString(), QStringLiteral("name"));
    if (!name)
        return name.error();
    pb.name = *name;
    Result<QString> description = text(root, QString(), QStringLiteral("description"), false);
    if (!description)
        return description.error();
    pb.description = *description;
    Result<qint64> dueSoon = wholeNumber(root, QString(), QStringLiteral("due_soon_minutes"), 0, 5);
    if (!dueSoon)
        return dueSoon.error();
    pb.dueSoonMinutes = *dueSoon;
    for (const auto &part : {&Loader::icEngagement, &Loader::triggers, &Loader::phases}) {
        if (Result<void> done = (this->*part)(root, pb); !done)
            return done.error();
    }
    return pb;
}

Result<void> Loader::icEngagement(const QJsonObject &root, Playbook &pb) const
{
    const QString path = QStringLiteral("ic_engagement");
    if (!root.contains(path))
        return error(path, tr("is missing; it holds \"users_pct_above\" and \"enterprise_customers_above\""));
    Result<QJsonObject> ic = object(root.value(path), path,
                                    {QStringLiteral("users_pct_above"), QStringLiteral("enterprise_customers_above")});
    if (!ic)
        return ic.error();
    const QString pctPath = child(path, QStringLiteral("users_pct_above"));
    const QJsonValue pct = ic->value(QStringLiteral("users_pct_above"));
    if (!ic->contains(QStringLiteral("users_pct_above")))
        return error(pctPath, tr("is missing"));
    if (!pct.isDouble() || pct.toDouble() < 0.0 || pct.toDouble() > 100.0)
        return error(pctPath, tr("must be a number from 0 to 100 (percent of users)"));
    pb.icUsersPctAbove = pct.toDouble();
    Result<qint64> enterprise = wholeNumber(*ic, path, QStringLiteral("enterprise_customers_above"), 0);
    if (!enterprise)
        return enterprise.error();
    pb.icEnterpriseAbove = int(std::min<qint64>(*enterprise, 1000000));
    return {};
}

Result<void> Loader::triggers(const QJsonObject &root, Playbook &pb) const
{
    const QString path = QStringLiteral("triggers");
    Result<QJsonArray> list = array(root, QString(), path, true, false);
    if (!list)
        return list.error();
    QList<std::pair<Category, QString>> suggestedAt; // category, where it is suggested
    for (qsizetype i = 0; i < list->size(); ++i) {
        const QString at = element(path, i);
        Result<QJsonObject> o = object(list->at(i), at, {QStringLiteral("id"), QStringLiteral("title"),
                                                          QStringLiteral("suggests")});
        if (!o)
            return o.error();
        TriggerDef trigger;
        Result<QString> id = identifier(*o, at, QStringLiteral("id"));
        Result<QString> title = text(*o, at, QStringLiteral("title"));
        if (!id || !title)
            return !id ? id.error() : title.error();
        if (pb.trigger(*id))
            return error(child(at, QStringLiteral("id")), tr("trigger id \"%1\" is used twice").arg(*id));
        if (!o->contains(QStringLiteral("suggests")))
            return error(child(at, QStringLiteral("suggests")), tr("is missing (the category this trigger suggests)"));
        Result<Category> suggests = category(o->value(QStringLiteral("suggests")), child(at, QStringLiteral("suggests")));
        if (!suggests)
            return suggests.error();
        pb.triggers.append(TriggerDef{*id, *title, *suggests});
        suggestedAt.append({*suggests, child(at, QStringLiteral("suggests"))});
    }

    const QString precedencePath = QStringLiteral("category_precedence");
    Result<QJsonArray> precedence = array(root, QString(), precedencePath, !pb.triggers.isEmpty(), false);
    if (!precedence)
        return precedence.error();
    Result<QList<Category>> order = categoryList(*precedence, precedencePath);
    if (!order)
        return order.error();
    for (const auto &[suggested, where] : suggestedAt) {
        if (!order->contains(suggested))
            return error(precedencePath, tr("does not list \"%1\", which %2 suggests").arg(category::id(suggested), where));
    }
    pb.categoryPrecedence = *order;
    return {};
}

Result<void> Loader::phases(const QJsonObject &root, Playbook &pb) const
{
    const QString path = QStringLiteral("phases");
    Result<QJsonArray> list = array(root, QString(), path, true, true);
    if (!list)
        return list.error();
    QHash<QString, QString> obligationPaths;
    for (qsizetype i = 0; i < list->size(); ++i) {
        const QString at = element(path, i);
        Result<QJsonObject> o = object(list->at(i), at, {QStringLiteral("id"), QStringLiteral("title"),
                                                          QStringLiteral("obligations")});
        if (!o)
            return o.error();
        Result<QString> id = identifier(*o, at, QStringLiteral("id"));
        Result<QString> title = text(*o, at, QStringLiteral("title"));
        if (!id || !title)
            return !id ? id.error() : title.error();
        if (pb.phase(*id))
            return error(child(at, QStringLiteral("id")), tr("phase id \"%1\" is used twice").arg(*id));
        pb.phases.append(PhaseDef{*id, *title});

        const QString obligationsPath = child(at, QStringLiteral("obligations"));
        Result<QJsonArray> obligations = array(*o, at, QStringLiteral("obligations"), true, true);
        if (!obligations)
            return obligations.error();
        for (qsizetype j = 0; j < obligations->size(); ++j) {
            const QString obligationPath = element(obligationsPath, j);
            Result<ObligationDef> def = obligation(obligations->at(j), obligationPath);
            if (!def)
                return def.error();
            if (obligationPaths.contains(def->id))
                return error(child(obligationPath, QStringLiteral("id")),
                             tr("obligation id \"%1\" is already used at %2").arg(def->id, obligationPaths.value(def->id)));
            obligationPaths.insert(def->id, obligationPath);
            def.value().phaseId = *id;
            pb.obligations.append(*def);
        }
    }
    return {};
}

Result<ObligationDef> Loader::obligation(const QJsonValue &value, const QString &path) const
{
    Result<QJsonObject> o = object(value, path,
                                   {QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("description"),
                                    QStringLiteral("owner"), QStringLiteral("checklist"), QStringLiteral("due"),
                                    QStringLiteral("cadence"), QStringLiteral("done_when"),
                                    QStringLiteral("applies_when"), QStringLiteral("mandatory_when")});
    if (!o)
        return o.error();
    ObligationDef def;
    Result<QString> id = identifier(*o, path, QStringLiteral("id"));
    Result<QString> title = text(*o, path, QStringLiteral("title"));
    Result<QString> description = text(*o, path, QStringLiteral("description"), false);
    for (const Result<QString> *r : {&id, &title, &description}) {
        if (!*r)
            return r->error();
    }
    def.id = *id;
    def.title = *title;
    def.description = *description;
    if (!o->contains(QStringLiteral("owner")))
        return error(child(path, QStringLiteral("owner")), tr("is missing; use a role id: %1").arg(role::validIds()));
    Result<Role> owner = role(o->value(QStringLiteral("owner")), child(path, QStringLiteral("owner")));
    if (!owner)
        return owner.error();
    def.owner = *owner;
    Result<QJsonArray> checklist = array(*o, path, QStringLiteral("checklist"), false, false);
    if (!checklist)
        return checklist.error();
    for (qsizetype i = 0; i < checklist->size(); ++i) {
        Result<QString> item = textValue(checklist->at(i), element(child(path, QStringLiteral("checklist")), i));
        if (!item)
            return item.error();
        def.checklist.append(*item);
    }
    if (Result<void> t = timing(*o, path, def); !t)
        return t.error();
    if (Result<void> c = conditions(*o, path, def); !c)
        return c.error();
    return def;
}

Result<void> Loader::timing(const QJsonObject &o, const QString &path, ObligationDef &def) const
{
    const bool hasDue = o.contains(QStringLiteral("due"));
    const bool hasCadence = o.contains(QStringLiteral("cadence"));
    if (!hasDue && !hasCadence)
        return error(path, tr("needs either \"due\" (a deadline) or \"cadence\" (a recurring obligation)"));
    if (hasDue && hasCadence)
        return error(child(path, QStringLiteral("cadence")),
                     tr("an obligation has either \"due\" or \"cadence\", not both"));
    if (hasDue) {
        const QString at = child(path, QStringLiteral("due"));
        Result<QJsonObject> due = object(o.value(QStringLiteral("due")), at, {QStringLiteral("from"), QStringLiteral("minutes")});
        if (!due)
            return due.error();
        Result<QString> from = choice(*due, at, QStringLiteral("from"), {QStringLiteral("detected"), QStringLiteral("restored")});
        Result<qint64> minutes = wholeNumber(*due, at, QStringLiteral("minutes"), 0);
        if (!from || !minutes)
            return !from ? from.error() : minutes.error();
        def.due = DueRule{*from == QLatin1String("restored") ? DueAnchor::Restored : DueAnchor::Detected, *minutes};
        return {};
    }
    const QString at = child(path, QStringLiteral("cadence"));
    Result<QJsonObject> cadence = object(o.value(QStringLiteral("cadence")), at,
                                         {QStringLiteral("every_minutes"), QStringLiteral("reset_by"),
                                          QStringLiteral("starts"), QStringLiteral("until")});
    if (!cadence)
        return cadence.error();
    CadenceRule rule;
    Result<qint64> every = wholeNumber(*cadence, at, QStringLiteral("every_minutes"), 1);
    if (!every)
        return every.error();
    rule.everyMinutes = *every;
    Result<QJsonArray> resetBy = array(*cadence, at, QStringLiteral("reset_by"), true, true);
    if (!resetBy)
        return resetBy.error();
    Result<QStringList> kinds = eventKinds(*resetBy, child(at, QStringLiteral("reset_by")));
    if (!kinds)
        return kinds.error();
    rule.resetBy = *kinds;
    Result<QString> starts = choice(*cadence, at, QStringLiteral("starts"), {QStringLiteral("detected"), QStringLiteral("first_reset")});
    Result<QString> until = choice(*cadence, at, QStringLiteral("until"), {QStringLiteral("restored")}, false);
    if (!starts || !until)
        return !starts ? starts.error() : until.error();
    rule.startsAtFirstReset = *starts == QLatin1String("first_reset");
    rule.untilRestored = !until->isEmpty();
    def.cadence = rule;
    return {};
}

Result<void> Loader::conditions(const QJsonObject &o, const QString &path, ObligationDef &def) const
{
    if (o.contains(QStringLiteral("done_when"))) {
        const QString at = child(path, QStringLiteral("done_when"));
        if (def.cadence)
            return error(at, tr("a recurring obligation is never done; its \"cadence\" names the events that reset it"));
        Result<QJsonObject> when = object(o.value(QStringLiteral("done_when")), at,
                                          {QStringLiteral("events"), QStringLiteral("events_after"),
                                           QStringLiteral("roles"), QStringLiteral("key_accounts_attempted")});
        if (!when)
            return when.error();
        Result<QJsonArray> events = array(*when, at, QStringLiteral("events"), false, false);
        Result<QJsonArray> roles = array(*when, at, QStringLiteral("roles"), false, false);
        Result<QString> after = choice(*when, at, QStringLiteral("events_after"), {QStringLiteral("restored")}, false);
        if (!events || !roles || !after)
            return !events ? events.error() : !roles ? roles.error() : after.error();
        Result<QStringList> kinds = eventKinds(*events, child(at, QStringLiteral("events")));
        if (!kinds)
            return kinds.error();
        def.doneWhen.events = *kinds;
        if (!after->isEmpty() && kinds->isEmpty())
            return error(child(at, QStringLiteral("events_after")), tr("needs \"events\" to apply to"));
        def.doneWhen.eventsAfterRestoration = !after->isEmpty();
        for (qsizetype i = 0; i < roles->size(); ++i) {
            Result<Role> r = role(roles->at(i), element(child(at, QStringLiteral("roles")), i));
            if (!r)
                return r.error();
            def.doneWhen.roles.append(*r);
        }
        const QString accountsKey = QStringLiteral("key_accounts_attempted");
        if (when->contains(accountsKey) && !when->value(accountsKey).isBool())
            return error(child(at, accountsKey), tr("must be true or false, not %1").arg(typeName(when->value(accountsKey))));
        def.doneWhen.keyAccountsAttempted = when->value(accountsKey).toBool();
        if (def.doneWhen.isEmpty())
            return error(at, tr("names no condition; give \"events\", \"roles\" or \"key_accounts_attempted\": true,"
                                " or leave \"done_when\" out (the obligation is then ticked done by hand)"));
    }

    if (o.contains(QStringLiteral("applies_when"))) {
        const QString at = child(path, QStringLiteral("applies_when"));
        Result<QJsonObject> when = object(o.value(QStringLiteral("applies_when")), at,
                                          {QStringLiteral("categories"), QStringLiteral("unresolved_at_due")});
        if (!when)
            return when.error();
        Result<QJsonArray> categories = array(*when, at, QStringLiteral("categories"), false, false);
        if (!categories)
            return categories.error();
        Result<QList<Category>> list = categoryList(*categories, child(at, QStringLiteral("categories")));
        if (!list)
            return list.error();
        def.categories = *list;
        const QString unresolvedKey = QStringLiteral("unresolved_at_due");
        if (when->contains(unresolvedKey) && !when->value(unresolvedKey).isBool())
            return error(child(at, unresolvedKey), tr("must be true or false, not %1").arg(typeName(when->value(unresolvedKey))));
        def.onlyIfUnresolvedAtDue = when->value(unresolvedKey).toBool();
        if (def.onlyIfUnresolvedAtDue && (!def.due || def.due->from != DueAnchor::Detected))
            return error(child(at, unresolvedKey), tr("needs a \"due\" counted from \"detected\""));
    }

    if (o.contains(QStringLiteral("mandatory_when"))) {
        const QString at = child(path, QStringLiteral("mandatory_when"));
        Result<QString> when = choice(o, path, QStringLiteral("mandatory_when"), {QString::fromLatin1(kIcThreshold)});
        if (!when)
            return when.error();
        if (def.doneWhen.isEmpty())
            return error(at, tr("a mandatory obligation needs \"done_when\": ticking it by hand is refused while it is mandatory"));
        def.mandatoryOnIcThreshold = true;
    }
    return {};
}

} // namespace

Result<Playbook> parse(const QByteArray &rawJson, const QString &sourceName)
{
    QByteArray json = rawJson;
    if (json.startsWith("\xEF\xBB\xBF")) // a UTF-8 byte-order mark, as some editors write
        json.remove(0, 3);
    if (json.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("playbook"),
                              tr("%1: the file is empty; a playbook is a JSON object (docs/playbook-format.md).").arg(sourceName));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Qt reports the offset just past the character it stumbled on.
        const jsonlocator::Position at = jsonlocator::positionOf(json, std::max(0, parseError.offset - 1));
        return Error::invalid(QStringLiteral("playbook"), tr("%1:%2:%3: not valid JSON: %4.")
                                                              .arg(sourceName)
                                                              .arg(at.line)
                                                              .arg(at.column)
                                                              .arg(parseError.errorString()));
    }
    if (!document.isObject())
        return Error::invalid(QStringLiteral("playbook"),
                              tr("%1:1: the top level must be a JSON object { ... }, not a list or a value.").arg(sourceName));
    return Loader(sourceName, jsonlocator::valueLines(json)).playbook(document.object());
}

} // namespace warroom::playbook
