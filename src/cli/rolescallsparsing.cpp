#include "cli/rolescallsparsing.h"

#include "cli/clitext.h"
#include "core/io/csv.h"

#include <QStringList>

namespace warroom::cli {

Result<Role> parseRole(const QString &text)
{
    if (const auto r = role::fromId(text.trimmed().toLower()))
        return *r;
    return Error::invalid(
        QStringLiteral("role"),
        Text::tr("\"%1\" is not a role; use one of: %2.").arg(text, role::validIds()));
}

Result<CallStatus> parseCallStatus(const QString &text)
{
    if (const auto s = callstatus::fromId(text.trimmed().toLower()))
        return *s;
    return Error::invalid(
        QStringLiteral("status"),
        Text::tr("\"%1\" is not a call status; use one of: %2.").arg(text, callstatus::validIds()));
}

Result<AccountOutreach> findSelectedAccount(const QList<AccountOutreach> &selected,
                                            const QString &text, qint64 incidentId)
{
    bool isNumber = false;
    const qint64 id = text.toLongLong(&isNumber);
    const QString key = csv::nameKey(text);
    QStringList names;
    for (const AccountOutreach &a : selected) {
        if ((isNumber && a.accountId == id) || csv::nameKey(a.accountName) == key)
            return a;
        names.append(a.accountName);
    }
    if (selected.isEmpty())
        return Error::invalid(
            QStringLiteral("account"),
            Text::tr(
                "No key accounts are selected on incident %1; run 'warroomctl accounts select %1' "
                "first.")
                .arg(incidentId));
    return Error::invalid(QStringLiteral("account"),
                          Text::tr("\"%1\" is not among the accounts selected on incident %2: %3.")
                              .arg(text)
                              .arg(incidentId)
                              .arg(names.join(QStringLiteral(", "))));
}

QString oneLine(const QString &path, const QString &message)
{
    QString text = message;
    text.replace(QStringLiteral(":\n"), QStringLiteral(": "));
    text.replace(QLatin1Char('\n'), QStringLiteral("; "));
    return QStringLiteral("%1: %2").arg(path, text);
}

} // namespace warroom::cli
