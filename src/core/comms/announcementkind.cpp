#include "core/comms/announcementkind.h"

#include "core/base/enumtable.h"

#include <QCoreApplication>

namespace warroom::announcementkind {
namespace {

// The one list of kinds: a new kind is a row here (the header names the ids code refers to).
constexpr IdTable<IdRow, 9> kKinds{{{
    {Initial, QT_TRANSLATE_NOOP("warroom::AnnouncementKind", "First announcement")},
    {Update, QT_TRANSLATE_NOOP("warroom::AnnouncementKind", "Progress update")},
    {Resolved, QT_TRANSLATE_NOOP("warroom::AnnouncementKind", "Resolved")},
    {CustomerEmail, QT_TRANSLATE_NOOP("warroom::AnnouncementKind", "Email to affected customers")},
    {RefundNotice, QT_TRANSLATE_NOOP("warroom::AnnouncementKind", "Refund notice")},
    {BillingFixed,
     QT_TRANSLATE_NOOP("warroom::AnnouncementKind", "Billing fixed, no back-billing")},
    {DataIncident, QT_TRANSLATE_NOOP("warroom::AnnouncementKind", "Data incident notice")},
    {OwnershipStatement, QT_TRANSLATE_NOOP("warroom::AnnouncementKind", "Ownership statement")},
    {Postmortem, QT_TRANSLATE_NOOP("warroom::AnnouncementKind", "Postmortem")},
}}};

} // namespace

QList<QString> all()
{
    return kKinds.ids();
}

bool isKnown(const QString &kind)
{
    return kKinds.contains(kind);
}

QString displayName(const QString &kind)
{
    if (const IdRow *row = kKinds.find(kind))
        return QCoreApplication::translate("warroom::AnnouncementKind", row->name);
    return kind;
}

QString validIds()
{
    return kKinds.validIds();
}

} // namespace warroom::announcementkind
