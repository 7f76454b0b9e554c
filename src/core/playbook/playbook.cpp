#include "core/playbook/playbook.h"

#include "core/comms/commsevents.h"
#include "core/incident/timelineevent.h"
#include "core/io/boundedfile.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>

namespace warroom {
namespace {

// This file's translation context, as lupdate records it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(warroom::Playbook)
};

template <typename T> const T *findById(const QList<T> &list, const QString &id)
{
    for (const T &item : list) {
        if (item.id == id)
            return &item;
    }
    return nullptr;
}

template <typename T> QString joinIds(const QList<T> &list)
{
    QStringList ids;
    for (const T &item : list)
        ids.append(item.id);
    return ids.join(QStringLiteral(", "));
}

} // namespace

const ObligationDef *Playbook::obligation(const QString &id) const
{
    return findById(obligations, id);
}

const PhaseDef *Playbook::phase(const QString &id) const
{
    return findById(phases, id);
}

const TriggerDef *Playbook::trigger(const QString &id) const
{
    return findById(triggers, id);
}

QString Playbook::obligationIds() const
{
    return joinIds(obligations);
}

QString Playbook::triggerIds() const
{
    return joinIds(triggers);
}

namespace playbook {

Result<Playbook> builtIn()
{
    return loadFile(QStringLiteral(":/playbook/default-playbook.json"));
}

Result<Playbook> loadFile(const QString &path)
{
    if (!QFileInfo(path).isFile())
        return Error{Error::Code::Io,
                     Text::tr("Playbook %1 does not exist or is not a file.").arg(path)};
    const Result<QByteArray> bytes = readBoundedFile(path, MaxFileBytes);
    if (!bytes)
        return bytes.error();
    return parse(*bytes, path);
}

std::optional<Category> suggestCategory(const Playbook &playbook, const QStringList &triggerIds)
{
    QList<Category> suggested;
    for (const QString &id : triggerIds) {
        if (const TriggerDef *trigger = playbook.trigger(id))
            suggested.append(trigger->suggests);
    }
    for (Category c : playbook.categoryPrecedence) {
        if (suggested.contains(c))
            return c;
    }
    return std::nullopt;
}

Result<void> checkTriggerIds(const Playbook &playbook, const QStringList &triggerIds)
{
    QSet<QString> seen;
    for (const QString &id : triggerIds) {
        if (!playbook.trigger(id))
            return Error::invalid(
                QStringLiteral("trigger"),
                Text::tr("\"%1\" is not a trigger condition of the playbook; use one of: %2.")
                    .arg(id, playbook.triggerIds()));
        if (seen.contains(id))
            return Error::invalid(QStringLiteral("trigger"),
                                  Text::tr("Trigger condition \"%1\" is given twice.").arg(id));
        seen.insert(id);
    }
    return {};
}

QStringList knownEventKinds()
{
    using namespace eventkind;
    QStringList kinds;
    for (const char *kind :
         {Declared, FieldsChanged, StatusChanged, Note, SyncPosted, RoleAssigned, RoleUnassigned,
          RoleAcknowledged, AccountsSelected, CallAttempt, ObligationDone, ObligationWaived,
          AnnouncementPublished, DraftCreated, DraftSignedOff, DraftApproved})
        kinds.append(QString::fromLatin1(kind));
    return kinds;
}

QStringList announcementEventKinds()
{
    static const QStringList kinds{QString::fromLatin1(eventkind::AnnouncementPublished),
                                   QString::fromLatin1(eventkind::DraftCreated)};
    return kinds;
}

bool appliesToCategory(const Playbook &playbook, const ObligationDef &def, Category category)
{
    if (def.onlyIfLegalReviewRequired && !playbook.needsLegalReview(category))
        return false;
    return def.categories.isEmpty() || def.categories.contains(category);
}

bool eventMatches(const TimelineEvent &event, const QStringList &kinds,
                  const QStringList &announcementKinds)
{
    if (!kinds.contains(event.kind))
        return false;
    if (announcementKinds.isEmpty() || !announcementEventKinds().contains(event.kind))
        return true;
    return announcementKinds.contains(event.payload.value(QLatin1String("kind")).toString());
}

} // namespace playbook
} // namespace warroom
