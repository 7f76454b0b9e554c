#include "cli/clitext.h"
#include "cli/command.h"
#include "cli/showsections.h"
#include "cli/valueparsing.h"
#include "core/base/utctime.h"
#include "core/incident/incidentjson.h"
#include "storage/db/readsnapshot.h"
#include "storage/incidents/incidentstore.h"

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
    for (const ShowSection &section : sections) {
        const Result<QJsonValue> value = section.build(context, *id);
        if (!value)
            return context.fail(value.error());
        Q_ASSERT_X(!json.contains(section.key), "show",
                   "a show section reuses a key of the incident itself");
        json.insert(section.key, *value);
        values.append(*value);
    }

    if (context.parser.isSet(kJson)) {
        context.out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    writeIncidentText(context.out, *incident);
    for (qsizetype i = 0; i < sections.size(); ++i) {
        context.out << Qt::endl << sections.at(i).heading << Qt::endl;
        for (const QString &line : sections.at(i).textLines(values.at(i)))
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
