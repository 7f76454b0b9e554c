#include "core/comms/announcementkind.h"

#include <QCoreApplication>
#include <QStringList>

#include <array>

namespace warroom::announcementkind {
namespace {

struct KindInfo
{
    const char *id;
    const char *name;
};

constexpr std::array<KindInfo, 9> kKinds{{
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
}};

} // namespace

QList<QString> all()
{
    QList<QString> ids;
    for (const auto &info : kKinds)
        ids.append(QString::fromLatin1(info.id));
    return ids;
}

bool isKnown(const QString &kind)
{
    return all().contains(kind);
}

QString displayName(const QString &kind)
{
    for (const auto &info : kKinds) {
        if (kind == QLatin1String(info.id))
            return QCoreApplication::translate("warroom::AnnouncementKind", info.name);
    }
    return kind;
}

QString validIds()
{
    return QStringList(all()).join(QStringLiteral(", "));
}

} // namespace warroom::announcementkind
