#include "cli/clitext.h"
#include "cli/command.h"
#include "core/base/utctime.h"
#include "core/incident/incidentjson.h"
#include "storage/db/readsnapshot.h"
#include "storage/incidents/incidentstore.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace warroom::cli {
namespace {

const QString kJson = QStringLiteral("json");
const QString kActive = QStringLiteral("active");

void writeTable(QTextStream &out, const QList<Incident> &incidents)
{
    const QString row = QStringLiteral("%1  %2  %3  %4  %5  %6");
    out << row.arg(Text::tr("ID"), -5)
               .arg(Text::tr("SEV"), -4)
               .arg(Text::tr("STATUS"), -13)
               .arg(Text::tr("CATEGORY"), -20)
               .arg(Text::tr("DETECTED"), -24)
               .arg(Text::tr("TITLE"))
        << Qt::endl;
    for (const Incident &incident : incidents) {
        out << row.arg(QString::number(incident.id), -5)
                   .arg(severity::id(incident.fields.severity), -4)
                   .arg(incidentstatus::id(incident.status), -13)
                   .arg(category::id(incident.fields.category), -20)
                   .arg(utctime::toIso(incident.fields.detectedAt), -24)
                   .arg(incident.fields.title)
            << Qt::endl;
    }
}

int runList(CommandContext &context)
{
    const ReadSnapshot snapshot(context.database);
    const Result<QList<Incident>> all = context.store.incidents();
    if (!all)
        return context.fail(all.error());
    const bool activeOnly = context.parser.isSet(kActive);
    QList<Incident> shown;
    for (const Incident &incident : *all) {
        if (!activeOnly || incident.isActive())
            shown.append(incident);
    }

    if (!context.parser.isSet(kJson)) {
        if (shown.isEmpty())
            context.out << (activeOnly ? Text::tr("No active incidents.")
                                       : Text::tr("No incidents."))
                        << Qt::endl;
        else
            writeTable(context.out, shown);
        return ExitOk;
    }
    QJsonArray array;
    for (const Incident &listed : shown) {
        // The list query leaves out the status history, which the JSON shape includes.
        const Result<Incident> full = context.store.incident(listed.id);
        if (!full)
            return context.fail(full.error());
        array.append(incidentjson::incident(*full));
    }
    context.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    return ExitOk;
}

} // namespace

Command listCommand()
{
    Command command;
    command.name = QStringLiteral("list");
    command.synopsis = QStringLiteral("[--json] [--active]");
    command.summary = Text::tr("List incidents, oldest first.");
    command.help = Text::tr(
        "Lists incidents by id, oldest first, as a table or, with --json, as a JSON array of "
        "incidents (each as in 'show --json', without the timeline).");
    command.options = {
        {kJson, Text::tr("Print a JSON array instead of a table.")},
        {kActive, Text::tr("Only incidents not yet restored or closed.")},
    };
    command.run = runList;
    return command;
}

} // namespace warroom::cli
