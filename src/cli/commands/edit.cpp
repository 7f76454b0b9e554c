#include "cli/clitext.h"
#include "cli/command.h"
#include "cli/fieldoptions.h"
#include "cli/valueparsing.h"
#include "storage/db/database.h"
#include "storage/incidents/incidentstore.h"

namespace warroom::cli {
namespace {

int runEdit(CommandContext &context)
{
    if (!anyFieldOptionSet(context.parser))
        return context.usage(
            Text::tr("edit needs at least one field option such as --title or --severity; see "
                     "'warroomctl edit --help'."));
    const Result<qint64> id = parseIncidentId(context.args.constFirst());
    if (!id)
        return context.fail(id.error());
    // Refuse unreadable values before taking the write lock; they do not depend on the incident.
    IncidentFields scratch;
    if (const Result<void> readable = applyFieldOptions(context.parser, scratch); !readable)
        return context.fail(readable.error());

    // Read, change and write under one write lock, so that fields this command does not touch
    // cannot overwrite an edit someone else made in between.
    const Result<void> written = context.database.inWriteTransaction([&]() -> Result<void> {
        const Result<Incident> current = context.store.incident(*id);
        if (!current)
            return current.error();
        IncidentFields fields = current->fields;
        if (const Result<void> applied = applyFieldOptions(context.parser, fields); !applied)
            return applied;
        return context.store.updateFields(*id, fields, context.author);
    });
    if (!written)
        return context.fail(withOptionValue(written.error(), context.parser));
    return ExitOk;
}

} // namespace

Command editCommand()
{
    Command command;
    command.name = QStringLiteral("edit");
    command.synopsis =
        QStringLiteral("ID [--title TEXT] [--category ID] [--severity SEV] [--task-type TEXT] "
                       "[--affected-users-pct P] [--enterprise-affected N] [--detected-at TIME]");
    command.summary = Text::tr("Change fields of an incident.");
    command.help = Text::tr(
        "Changes the given fields and records them as one \"fields_changed\" timeline event with "
        "the old and new values. Values equal to the current ones change nothing and record "
        "nothing.");
    command.options = incidentFieldOptions();
    command.arguments = {QStringLiteral("ID")};
    command.writes = true;
    command.run = runEdit;
    return command;
}

} // namespace warroom::cli
