#include "integrations/channels/channellimits.h"

#include "core/base/inputlimits.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace warroom::channellimits {
namespace {

// This file's translation context, as lupdate records it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(warroom::ChannelLimits)
};

using Kind = rendering::Part::Kind;

Check make(const QString &what, const QString &text, qsizetype limit, bool hard, const QString &fix)
{
    return Check{what, inputlimits::characters(text), limit, hard, fix};
}

} // namespace

QString Check::summary() const
{
    const QLocale locale;
    const QString counted =
        Text::tr("%1 of %2 characters")
            .arg(locale.toString(qlonglong(count)), locale.toString(qlonglong(limit)));
    if (!over())
        return counted;
    return Text::tr("%1: over by %2, %3")
        .arg(counted, locale.toString(qlonglong(count - limit)), fix);
}

QList<Check> check(const rendering::Rendering &rendering)
{
    QList<Check> out;
    for (const rendering::Part &part : rendering.parts) {
        switch (part.kind) {
        case Kind::IncidentName:
            out.append(make(Text::tr("Incident name"), part.text, StatusPageNameMax, true,
                            Text::tr("shorten the title")));
            break;
        case Kind::IncidentUpdate:
            out.append(make(Text::tr("Update"), part.text, StatusPageBodyMax, true,
                            Text::tr("shorten the body")));
            break;
        case Kind::SlackText:
            out.append(make(Text::tr("Notification text"), part.text, SlackTextMax, true,
                            Text::tr("shorten the body")));
            break;
        case Kind::SlackTitle:
            out.append(make(Text::tr("Title section"), part.text, SlackSectionMax, true,
                            Text::tr("shorten the title")));
            break;
        case Kind::EmailSubject:
            out.append(make(Text::tr("Subject"), part.text, EmailSubjectShownMax, false,
                            Text::tr("mail clients cut it off on screen; shorten the title")));
            break;
        case Kind::IncidentState:
        case Kind::SlackSection:
        case Kind::SlackContext:
        case Kind::EmailPlainText:
        case Kind::EmailHtml:
        case Kind::WebhookJson:
            break;
        }
    }
    // The body's sections are cut to fit by the publisher: one line for the longest of them.
    const QList<rendering::Part> sections = rendering.partsOf(Kind::SlackSection);
    if (!sections.isEmpty()) {
        const auto longest =
            std::max_element(sections.cbegin(), sections.cend(), [](const auto &a, const auto &b) {
                return inputlimits::characters(a.text) < inputlimits::characters(b.text);
            });
        out.append(make(sections.size() == 1
                            ? Text::tr("Body section")
                            : Text::tr("Longest of %1 body sections").arg(sections.size()),
                        longest->text, SlackSectionMax, true, Text::tr("shorten the body")));
    }
    return out;
}

QStringList hardFailures(const QList<Check> &checks)
{
    QStringList out;
    const QLocale locale;
    for (const Check &c : checks) {
        if (c.hard && c.over())
            out.append(Text::tr("%1 is over its limit of %2 characters by %3: %4.")
                           .arg(c.what, locale.toString(qlonglong(c.limit)),
                                locale.toString(qlonglong(c.count - c.limit)), c.fix));
    }
    return out;
}

} // namespace warroom::channellimits
