#include "cli/clitext.h"
#include "cli/command.h"
#include "cli/showsections.h"
#include "cli/valueparsing.h"
#include "core/base/utctime.h"
#include "core/incident/incidentjson.h"
#include "storage/db/readsnapshot.h"
#include "storage/incidents/incidentstore.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace warroom::cli {
namespace {

const QString kJson = QStringLiteral("json");

void writeIncidentText(QTextStream &out, const Incident &incident)
{
    const IncidentFields &f = incident.fields;
    const QString line = QStringLiteral("  %1 %2");
    out << Text::tr("Incident %1: %2").arg(incident.id).arg(f.title) << Qt::endl;
    out << line.arg(Text::tr("Status:"), -30).arg(incidentstatus::displayName(incident.status))
        << Qt::endl;
    out << line.arg(Text::tr("Severity:"), -30).arg(severity::id(f.severity)) << Qt::endl;
    out << line.arg(Text::tr("Category:"), -30)
               .arg(QStringLiteral("%1 (%2)").arg(category::displayName(f.category),
                                                  category::id(f.category)))
        << Qt::endl;
    out << line.arg(Text::tr("Affected task type:"), -30)
               .arg(f.taskType.isEmpty() ? Text::tr("(not given)") : f.taskType)
        << Qt::endl;
    out << line.arg(Text::tr("Users affected:"), -30)
               .arg(QStringLiteral("%1 %").arg(f.affectedUsersPct))
        << Qt::endl;
    out << line.arg(Text::tr("Enterprise customers affected:"), -30).arg(f.enterpriseAffected)
        << Qt::endl;
    out << line.arg(Text::tr("Detected at:"), -30).arg(utctime::toIso(f.detectedAt)) << Qt::endl;
    out << line.arg(Text::tr("Declared:"), -30)
               .arg(Text::tr("%1 by %2")
                        .arg(utctime::toIso(incident.declaredAt), incident.declaredBy))
        << Qt::endl;
    out << line.arg(Text::tr("Last updated:"), -30).arg(utctime::toIso(incident.updatedAt))
        << Qt::endl;

    out << Qt::endl << Text::tr("Status history") << Qt::endl;
    for (qsizetype i = 0; i < incident.statusHistory.size(); ++i) {
        const StatusChange &change = incident.statusHistory.at(i);
        const QString step =
            i == 0 ? incidentstatus::displayName(change.to)
                   : QStringLiteral("%1 → %2").arg(incidentstatus::displayName(change.from),
                                                   incidentstatus::displayName(change.to));
        out << QStringLiteral("  %1  %2: %3").arg(utctime::toIso(change.at), change.author, step)
            << Qt::endl;
    }
}

// One member of a top-level object as QJsonDocument's indented form writes it (four spaces,
// "key": value), without the separator.
QString memberText(const QString &key, const QJsonValue &value)
{
    const QByteArray doc = QJsonDocument(QJsonObject{{key, value}}).toJson(QJsonDocument::Indented);
    return QString::fromUtf8(doc.mid(2, doc.size() - 5)); // without "{\n" and "\n}\n"
}

// One entry of a top-level array, indented as QJsonDocument writes it there (eight spaces).
QString entryText(const QJsonObject &entry)
{
    QJsonArray inner;
    inner.append(entry);
    QJsonArray outer;
    outer.append(inner);
    const QByteArray doc = QJsonDocument(outer).toJson(QJsonDocument::Indented);
    // "[\n    [\n        {...}\n    ]\n]\n": the innermost entry's lines.
    return QString::fromUtf8(doc.mid(8, doc.size() - 8 - 9));
}

// The JSON form, byte for byte what QJsonDocument(json).toJson(Indented) would write with the
// streamed sections in place, but writing each streamed entry as it is read: memory stays bounded
// however long the timeline is.
Result<void> writeJson(CommandContext &context, qint64 id, const QJsonObject &json,
                       const QHash<QString, const ShowSection *> &streamed)
{
    QTextStream &out = context.out;
    out << "{\n";
    bool firstMember = true;
    for (auto it = json.begin(); it != json.end(); ++it) { // sorted by key, as QJsonDocument
        if (!firstMember)
            out << ",\n";
        firstMember = false;
        const ShowSection *section = streamed.value(it.key());
        if (!section) {
            out << memberText(it.key(), it.value());
            continue;
        }
        const QString empty = memberText(it.key(), QJsonArray()); // "    \"key\": [\n    ]"
        out << empty.left(empty.indexOf(u'[') + 1) << '\n';
        bool firstEntry = true;
        const Result<void> streamedOk =
            section->streamEntries(context, id, [&](const QJsonObject &entry) {
                if (!firstEntry)
                    out << ",\n";
                firstEntry = false;
                out << entryText(entry);
            });
        if (!streamedOk)
            return streamedOk;
        out << (firstEntry ? "" : "\n") << "    ]";
    }
    out << "\n}\n";
    return {};
}

int runShow(CommandContext &context)
{
    const Result<qint64> id = parseIncidentId(context.args.constFirst());
    if (!id)
        return context.fail(id.error());

    const ReadSnapshot snapshot(context.database);
    const Result<Incident> incident = context.store.incident(*id);
    if (!incident)
        return context.fail(incident.error());
    QJsonObject json = incidentjson::incident(*incident);
    const QList<ShowSection> sections = showSections();
    QList<QJsonValue> values;
    QHash<QString, const ShowSection *> streamed;
    // Everything but the streamed sections first, so most failures come before any output.
    for (const ShowSection &section : sections) {
        Q_ASSERT_X(!json.contains(section.key), "show",
                   "a show section reuses a key of the incident itself");
        if (section.streamEntries) {
            streamed.insert(section.key, &section);
            json.insert(section.key, QJsonArray()); // its place in the key order
            values.append(QJsonValue());
            continue;
        }
        const Result<QJsonValue> value = section.build(context, *id);
        if (!value)
            return context.fail(value.error());
        json.insert(section.key, *value);
        values.append(*value);
    }

    // Output stays held back until the command succeeds (the runner), so a failure while
    // streaming still leaves standard output empty.
    if (context.parser.isSet(kJson)) {
        if (const Result<void> written = writeJson(context, *id, json, streamed); !written)
            return context.fail(written.error());
        return ExitOk;
    }
    writeIncidentText(context.out, *incident);
    for (qsizetype i = 0; i < sections.size(); ++i) {
        const ShowSection &section = sections.at(i);
        context.out << Qt::endl << section.heading << Qt::endl;
        if (section.streamEntries) {
            const Result<void> written =
                section.streamEntries(context, *id, [&](const QJsonObject &entry) {
                    context.out << QStringLiteral("  ") << section.entryLine(entry) << '\n';
                });
            if (!written)
                return context.fail(written.error());
            continue;
        }
        for (const QString &line : section.textLines(values.at(i)))
            context.out << QStringLiteral("  ") << line << Qt::endl;
    }
    return ExitOk;
}

} // namespace

Command showCommand()
{
    Command command;
    command.name = QStringLiteral("show");
    command.synopsis = QStringLiteral("ID [--json]");
    command.summary = Text::tr("Show one incident with its timeline and playbook obligations.");
    command.help = Text::tr(
        "Shows every field of the incident, its status history, its timeline, the trigger "
        "conditions ticked at declaration and every playbook obligation with its due time and "
        "state now. With --json the same as one JSON object (the shape is in docs/cli.md).");
    command.options = {{kJson, Text::tr("Print a JSON object instead of text.")}};
    command.arguments = {QStringLiteral("ID")};
    command.run = runShow;
    return command;
}

} // namespace warroom::cli
