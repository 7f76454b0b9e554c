#include "comms/templates/commstemplate.h"

#include "comms/text/placeholders.h"
#include "core/base/inputlimits.h"
#include "core/comms/announcementkind.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace warroom::commstemplate {
namespace {

// This file's translation context, as lupdate records it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(warroom::Templates)
};

void checkPlaceholders(const QString &field, const QString &text, QList<Error> &errors)
{
    const PlaceholderScan scan = scanPlaceholders(text);
    for (const PlaceholderProblem &problem : scan.problems)
        errors.append(Error::invalid(field, Text::tr("%1: %2").arg(field, problem.message)));
    for (const PlaceholderToken &token : scan.tokens) {
        if (placeholders::isKnown(token.name))
            continue;
        const QString closest = placeholders::closestKnown(token.name);
        errors.append(Error::invalid(
            field,
            closest.isEmpty()
                ? Text::tr("%1: {{%2}} at offset %3 is not a placeholder War Room knows.")
                      .arg(field, token.name)
                      .arg(token.start)
                : Text::tr("%1: {{%2}} at offset %3 is not a placeholder War Room knows; did you "
                           "mean {{%4}}?")
                      .arg(field, token.name)
                      .arg(token.start)
                      .arg(closest)));
    }
}

} // namespace

QList<Error> validate(const CommsTemplate &t)
{
    QList<Error> errors;
    static const QRegularExpression keySyntax(QStringLiteral("^[a-z][a-z0-9-]*$"));
    if (!keySyntax.match(t.key).hasMatch() || inputlimits::characters(t.key) > MaxKeyLength)
        errors.append(Error::invalid(
            QStringLiteral("key"),
            Text::tr("The template key \"%1\" must be lowercase letters, digits and dashes, "
                     "starting with a letter, at most %2 characters.")
                .arg(t.key)
                .arg(MaxKeyLength)));
    if (t.name.trimmed().isEmpty() || inputlimits::characters(t.name) > MaxNameLength)
        errors.append(Error::invalid(
            QStringLiteral("name"),
            Text::tr("A template needs a name of 1 to %1 characters.").arg(MaxNameLength)));
    if (!announcementkind::isKnown(t.kind))
        errors.append(
            Error::invalid(QStringLiteral("kind"),
                           Text::tr("\"%1\" is not an announcement kind; the kinds are: %2.")
                               .arg(t.kind, announcementkind::validIds())));
    if (t.title.contains(QLatin1Char('\n')))
        errors.append(
            Error::invalid(QStringLiteral("title"), Text::tr("The title must be a single line.")));
    if (t.body.trimmed().isEmpty())
        errors.append(
            Error::invalid(QStringLiteral("body"), Text::tr("The template body is empty.")));
    if (inputlimits::characters(t.body) > MaxBodyLength)
        errors.append(
            Error::invalid(QStringLiteral("body"),
                           Text::tr("The template body has %1 characters; the limit is %2.")
                               .arg(t.body.size())
                               .arg(MaxBodyLength)));
    checkPlaceholders(QStringLiteral("title"), t.title, errors);
    checkPlaceholders(QStringLiteral("body"), t.body, errors);
    return errors;
}

Result<CommsTemplate> parse(const QString &text, const QString &sourceName)
{
    CommsTemplate t;
    t.version = 1;
    const QStringList lines = text.split(QLatin1Char('\n'));
    qsizetype i = 0;
    bool separated = false;
    for (; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line == QLatin1String("---")) {
            separated = true;
            ++i;
            break;
        }
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon <= 0)
            return Error::invalid(QStringLiteral("header"),
                                  Text::tr("%1, line %2: expected \"field: value\" or \"---\".")
                                      .arg(sourceName)
                                      .arg(i + 1));
        const QString field = line.left(colon).trimmed();
        const QString value = line.mid(colon + 1).trimmed();
        if (field == QLatin1String("key"))
            t.key = value;
        else if (field == QLatin1String("name"))
            t.name = value;
        else if (field == QLatin1String("kind"))
            t.kind = value;
        else if (field == QLatin1String("title"))
            t.title = value;
        else if (field == QLatin1String("categories")) {
            for (const QString &id : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                const auto c = category::fromId(id.trimmed());
                if (!c)
                    return Error::invalid(
                        QStringLiteral("categories"),
                        Text::tr("%1, line %2: \"%3\" is not a category; the categories are: %4.")
                            .arg(sourceName)
                            .arg(i + 1)
                            .arg(id.trimmed(), category::validIds()));
                t.categories.append(*c);
            }
        } else if (field == QLatin1String("channel")) {
            const auto c = channel::fromId(value);
            if (!c)
                return Error::invalid(
                    QStringLiteral("channel"),
                    Text::tr("%1, line %2: \"%3\" is not a channel; the channels are: %4.")
                        .arg(sourceName)
                        .arg(i + 1)
                        .arg(value, channel::validIds()));
            t.channel = *c;
        } else {
            return Error::invalid(field, Text::tr("%1, line %2: unknown field \"%3\".")
                                             .arg(sourceName)
                                             .arg(i + 1)
                                             .arg(field));
        }
    }
    if (!separated)
        return Error::invalid(QStringLiteral("body"),
                              Text::tr("%1: no \"---\" line before the body.").arg(sourceName));
    t.body = lines.mid(i).join(QLatin1Char('\n')).trimmed() + QLatin1Char('\n');
    if (const QList<Error> errors = validate(t); !errors.isEmpty())
        return Error::invalid(
            errors.constFirst().field,
            QStringLiteral("%1: %2").arg(sourceName, errors.constFirst().message));
    return t;
}

QList<CommsTemplate> builtin()
{
    QList<CommsTemplate> templates;
    const QDir dir(QStringLiteral(":/comms/templates"));
    const QStringList files = dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("A built-in template cannot be read from the resources");
        Result<CommsTemplate> parsed = parse(QString::fromUtf8(file.readAll()), name);
        // Compiled in and loaded by tst_templates: a failure is a build defect.
        if (!parsed)
            qFatal("A built-in template does not parse: %s",
                   qUtf8Printable(parsed.error().message));
        templates.append(*parsed);
    }
    return templates;
}

QString categoriesToText(const QList<Category> &categories)
{
    QStringList ids;
    for (Category c : categories)
        ids.append(category::id(c));
    return ids.join(QLatin1Char(','));
}

} // namespace warroom::commstemplate
