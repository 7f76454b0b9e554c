#include "core/calls/callstatus.h"

#include <QCoreApplication>
#include <QStringList>

#include <array>

namespace warroom::callstatus {
namespace {

struct StatusInfo
{
    CallStatus status;
    const char *id;
    const char *name;
    char key;
    char letter;
};

constexpr std::array<StatusInfo, 6> kStatuses{{
    {CallStatus::NotStarted, "not-started", QT_TRANSLATE_NOOP("warroom::CallStatus", "Not started"),
     '0', 'n'},
    {CallStatus::Calling, "calling", QT_TRANSLATE_NOOP("warroom::CallStatus", "Calling"), '1', 'c'},
    {CallStatus::Reached, "reached", QT_TRANSLATE_NOOP("warroom::CallStatus", "Reached"), '2', 'r'},
    {CallStatus::LeftMessage, "left-message",
     QT_TRANSLATE_NOOP("warroom::CallStatus", "Left message"), '3', 'm'},
    {CallStatus::Unreachable, "unreachable",
     QT_TRANSLATE_NOOP("warroom::CallStatus", "Unreachable"), '4', 'u'},
    {CallStatus::Declined, "declined", QT_TRANSLATE_NOOP("warroom::CallStatus", "Declined to talk"),
     '5', 'd'},
}};

} // namespace

QList<CallStatus> all()
{
    QList<CallStatus> result;
    for (const auto &info : kStatuses)
        result.append(info.status);
    return result;
}

QString id(CallStatus s)
{
    return QString::fromLatin1(kStatuses[static_cast<size_t>(s)].id);
}

std::optional<CallStatus> fromId(const QString &text)
{
    for (const auto &info : kStatuses) {
        if (text == QLatin1String(info.id))
            return info.status;
    }
    return std::nullopt;
}

QString displayName(CallStatus s)
{
    return QCoreApplication::translate("warroom::CallStatus",
                                       kStatuses[static_cast<size_t>(s)].name);
}

QString validIds()
{
    QStringList ids;
    for (const auto &info : kStatuses)
        ids.append(QString::fromLatin1(info.id));
    return ids.join(QStringLiteral(", "));
}

QChar shortcutKey(CallStatus s)
{
    return QChar::fromLatin1(kStatuses[static_cast<size_t>(s)].key);
}

QChar shortcutLetter(CallStatus s)
{
    return QChar::fromLatin1(kStatuses[static_cast<size_t>(s)].letter);
}

std::optional<CallStatus> fromShortcutKey(QChar key)
{
    const QChar lower = key.toLower();
    for (const auto &info : kStatuses) {
        if (lower == QChar::fromLatin1(info.key) || lower == QChar::fromLatin1(info.letter))
            return info.status;
    }
    return std::nullopt;
}

bool isAttempt(CallStatus s)
{
    return s != CallStatus::NotStarted;
}

} // namespace warroom::callstatus
