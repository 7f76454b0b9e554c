#include "core/roles/contacthandle.h"

#include <QCoreApplication>

namespace warroom::contacthandle {
namespace {

// This file's translation context, as lupdate records it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(warroom::ContactHandle)
};

} // namespace

QString phoneProblem(const QString &phone)
{
    const QString p = phone.trimmed();
    if (p.isEmpty())
        return {};
    int digits = 0;
    for (qsizetype i = 0; i < p.size(); ++i) {
        const QChar ch = p.at(i);
        if (ch >= u'0' && ch <= u'9')
            ++digits;
        else if (ch == u'+' && i == 0)
            continue;
        else if (ch != u' ' && ch != u'-' && ch != u'(' && ch != u')' && ch != u'.')
            return Text::tr(
                       "\"%1\" is not a phone number: only digits, a leading +, spaces, dashes, "
                       "dots and "
                       "parentheses are allowed.")
                .arg(p);
    }
    if (digits < MinPhoneDigits || digits > MaxPhoneDigits)
        return Text::tr(
                   "\"%1\" is not a phone number: it has %2 digits, a phone number has %3 to %4.")
            .arg(p)
            .arg(digits)
            .arg(MinPhoneDigits)
            .arg(MaxPhoneDigits);
    return {};
}

QString slackProblem(const QString &slack)
{
    QString s = slack.trimmed();
    if (s.isEmpty())
        return {};
    if (s.startsWith(u'@'))
        s.remove(0, 1);
    if (s.isEmpty() || s.size() > 80)
        return Text::tr("\"%1\" is not a Slack handle: it needs 1 to 80 characters after the @.")
            .arg(slack.trimmed());
    for (const QChar ch : std::as_const(s)) {
        const bool ok = (ch >= u'a' && ch <= u'z') || (ch >= u'A' && ch <= u'Z') ||
                        (ch >= u'0' && ch <= u'9') || ch == u'.' || ch == u'_' || ch == u'-';
        if (!ok)
            return Text::tr("\"%1\" is not a Slack handle: use letters, digits, dots, dashes and "
                            "underscores "
                            "(e.g. @dana.k).")
                .arg(slack.trimmed());
    }
    return {};
}

QString emailProblem(const QString &email)
{
    const QString e = email.trimmed();
    if (e.isEmpty())
        return {};
    const qsizetype at = e.indexOf(u'@');
    const bool shaped = at > 0 && at == e.lastIndexOf(u'@') && e.indexOf(u'.', at) > at + 1 &&
                        !e.endsWith(u'.') && !e.contains(u' ') && e.size() <= MaxHandleLength;
    if (!shaped)
        return Text::tr("\"%1\" is not an email address (expected name@example.com).").arg(e);
    return {};
}

QString normalizedSlack(const QString &slack)
{
    QString s = slack.trimmed();
    if (s.isEmpty())
        return s;
    if (!s.startsWith(u'@'))
        s.prepend(u'@');
    return s;
}

} // namespace warroom::contacthandle
