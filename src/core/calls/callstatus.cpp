#include "core/calls/callstatus.h"

#include "core/base/enumtable.h"

#include <QCoreApplication>

namespace warroom::callstatus {
namespace {

struct StatusInfo
{
    CallStatus value;
    const char *id;
    const char *name;
    char key;
    char letter;
};

constexpr EnumTable<StatusInfo, 6> kStatuses{{{
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
}}};

} // namespace

WARROOM_ENUM_FUNCTIONS(CallStatus, kStatuses, "warroom::CallStatus")

QChar shortcutKey(CallStatus s)
{
    return QChar::fromLatin1(kStatuses.row(s).key);
}

QChar shortcutLetter(CallStatus s)
{
    return QChar::fromLatin1(kStatuses.row(s).letter);
}

std::optional<CallStatus> fromShortcutKey(QChar key)
{
    const QChar lower = key.toLower();
    for (const auto &info : kStatuses.rows) {
        if (lower == QChar::fromLatin1(info.key) || lower == QChar::fromLatin1(info.letter))
            return info.value;
    }
    return std::nullopt;
}

bool isAttempt(CallStatus s)
{
    return s != CallStatus::NotStarted;
}

} // namespace warroom::callstatus
