#include "core/calls/keyaccount.h"

#include "core/base/inputlimits.h"
#include "core/roles/contacthandle.h"

#include <QCoreApplication>

#include <algorithm>

namespace warroom::keyaccount {
namespace {

// This file's translation context, as lupdate records it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(warroom::KeyAccount)
};

QString contactField(int index, const char *suffix)
{
    return QStringLiteral("contact%1_%2").arg(index + 1).arg(QLatin1String(suffix));
}

} // namespace

QList<Error> validate(const KeyAccount &a)
{
    QList<Error> errors;
    const QString name = a.name.simplified();
    if (name.isEmpty())
        errors.append(
            Error::invalid(QLatin1String(Name), Text::tr("An account needs the customer's name.")));
    else if (inputlimits::characters(name) > MaxNameLength)
        errors.append(
            Error::invalid(QLatin1String(Name),
                           Text::tr("A customer name is limited to %1 characters; this one has %2.")
                               .arg(MaxNameLength)
                               .arg(inputlimits::characters(name))));
    if (a.arr && (*a.arr < 0 || *a.arr > MaxArr))
        errors.append(Error::invalid(QLatin1String(Arr),
                                     Text::tr("ARR must be between 0 and %1.").arg(MaxArr)));
    if (a.rank && (*a.rank < 1 || *a.rank > MaxRank))
        errors.append(Error::invalid(QLatin1String(Rank),
                                     Text::tr("Rank must be between 1 and %1.").arg(MaxRank)));
    if (!a.arr && !a.rank)
        errors.append(Error::invalid(
            QLatin1String(Rank),
            Text::tr("Give a rank or an ARR: the accounts to call are proposed by them.")));
    if (a.csm.simplified().isEmpty() && a.csmId == 0)
        errors.append(Error::invalid(
            QLatin1String(Csm), Text::tr("An account needs its owning customer success manager.")));
    if (a.contacts.isEmpty())
        errors.append(
            Error::invalid(contactField(0, "name"),
                           Text::tr("An account needs at least one primary contact to call.")));
    if (a.contacts.size() > MaxContacts)
        errors.append(
            Error::invalid(QLatin1String(Contacts),
                           Text::tr("At most %1 primary contacts per account.").arg(MaxContacts)));
    for (int i = 0; i < a.contacts.size(); ++i) {
        const AccountContact &c = a.contacts.at(i);
        if (c.name.simplified().isEmpty())
            errors.append(Error::invalid(contactField(i, "name"),
                                         Text::tr("Contact %1 needs a name.").arg(i + 1)));
        if (const QString p = contacthandle::phoneProblem(c.phone); !p.isEmpty())
            errors.append(Error::invalid(contactField(i, "phone"), p));
        if (const QString p = contacthandle::slackProblem(c.slack); !p.isEmpty())
            errors.append(Error::invalid(contactField(i, "slack"), p));
        if (const QString p = contacthandle::emailProblem(c.email); !p.isEmpty())
            errors.append(Error::invalid(contactField(i, "email"), p));
        // The playbook: phone or Slack, not email. An email-only contact cannot be called.
        if (c.phone.trimmed().isEmpty() && c.slack.trimmed().isEmpty())
            errors.append(Error::invalid(
                contactField(i, "phone"),
                Text::tr("Contact %1 needs a phone number or a Slack handle: the playbook "
                         "reaches key accounts by phone or Slack, not email.")
                    .arg(i + 1)));
    }
    return errors;
}

KeyAccount normalized(KeyAccount a)
{
    a.name = a.name.simplified();
    a.csm = a.csm.simplified();
    for (AccountContact &c : a.contacts) {
        c.name = c.name.simplified();
        c.phone = c.phone.trimmed();
        c.slack = contacthandle::normalizedSlack(c.slack);
        c.email = c.email.trimmed();
    }
    return a;
}

bool outreachBefore(const KeyAccount &a, const KeyAccount &b)
{
    if (a.rank.has_value() != b.rank.has_value())
        return a.rank.has_value();
    if (a.rank && *a.rank != *b.rank)
        return *a.rank < *b.rank;
    const qint64 arrA = a.arr.value_or(-1);
    const qint64 arrB = b.arr.value_or(-1);
    if (arrA != arrB)
        return arrA > arrB;
    const int byName = a.name.compare(b.name, Qt::CaseInsensitive);
    if (byName != 0)
        return byName < 0;
    return a.id < b.id;
}

QList<KeyAccount> proposeTop(QList<KeyAccount> accounts, int count)
{
    std::sort(accounts.begin(), accounts.end(), outreachBefore);
    if (count >= 0 && accounts.size() > count)
        accounts.resize(count);
    return accounts;
}

} // namespace warroom::keyaccount
