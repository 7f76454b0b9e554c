#include "cli/clitext.h"
#include "cli/command.h"
#include "cli/draftaddress.h"
#include "cli/textfile.h"
#include "cli/valueparsing.h"
#include "storage/comms/draftstore.h"
#include "storage/comms/templatestore.h"
#include "storage/incidents/incidentstore.h"
#include "storage/workspace.h"

namespace warroom::cli {
namespace {

const QString kTemplate = QStringLiteral("template");
const QString kChannel = QStringLiteral("channel");
const QString kAudience = QStringLiteral("audience");
const QString kTitle = QStringLiteral("title");
const QString kBodyFile = QStringLiteral("body-file");

int runDraft(CommandContext &context)
{
    const Result<qint64> incident = parseIncidentId(context.args.constFirst());
    if (!incident)
        return context.fail(incident.error());
    DraftStore::NewDraft request;
    request.incidentId = *incident;
    request.templateKey = context.parser.value(kTemplate);
    if (context.parser.isSet(kChannel)) {
        request.channel = channel::fromId(context.parser.value(kChannel));
        if (!request.channel)
            return context.fail(Text::tr("--channel \"%1\" is not a channel; use one of: %2.")
                                    .arg(context.parser.value(kChannel), channel::validIds()));
    }
    request.audience = context.parser.value(kAudience);
    if (context.parser.isSet(kTitle))
        request.title = context.parser.value(kTitle);
    if (context.parser.isSet(kBodyFile)) {
        const Result<QString> body = readTextFile(context.parser.value(kBodyFile));
        if (!body)
            return context.fail(body.error().message);
        request.body = *body;
    }
    DraftStore &drafts = context.workspace.drafts();
    const Result<qint64> id = drafts.create(request, context.author);
    if (!id) {
        if (id.error().code == Error::Code::NotFound &&
            id.error().message.contains(request.templateKey))
            return context.fail(
                id.error().message + QLatin1Char(' ') +
                Text::tr("The built-in templates are listed in docs/templates.md."));
        return context.fail(id.error());
    }
    const Result<Draft> created = drafts.draft(*id);
    if (!created)
        return context.fail(created.error());
    context.out << draftAddress(*created) << Qt::endl;
    return ExitOk;
}

} // namespace

Command draftCommand()
{
    Command command;
    command.name = QStringLiteral("draft");
    command.synopsis = QStringLiteral(
        "ID --template KEY [--channel CH] [--audience TEXT] [--title TEXT] [--body-file FILE]");
    command.summary =
        Text::tr("Start a draft external message for an incident and print its INCIDENT/NUMBER.");
    command.help = Text::tr(
        "Creates a draft from a template (e.g. progress-update, resolved, overcharge-refund; "
        "docs/templates.md) for the incident, on the template's channel unless --channel says "
        "otherwise. --title and --body-file (UTF-8, '-' for standard input) give the text of "
        "the first version instead of the template's; placeholders such as {{task_type}} are "
        "filled from the incident. Prints the draft's name for the other commands alone: "
        "INCIDENT/NUMBER, e.g. 3/2 for the incident's second draft (\"Draft #2\" on the "
        "board). The draft then goes through the sign-off gate: see 'warroomctl gate --help'.");
    command.options = {
        {kTemplate, Text::tr("The template key."), QStringLiteral("KEY")},
        {kChannel, Text::tr("status-page, email, in-app or key-account (default: the template's)."),
         QStringLiteral("CH")},
        {kAudience, Text::tr("Who it is for, e.g. a key account's name."), QStringLiteral("TEXT")},
        {kTitle, Text::tr("The title (email subject, status page title)."), QStringLiteral("TEXT")},
        {kBodyFile, Text::tr("A file with the message text; '-' reads standard input."),
         QStringLiteral("FILE")},
    };
    command.requiredOptions = {kTemplate};
    command.arguments = {QStringLiteral("ID")};
    command.writes = true;
    command.run = runDraft;
    return command;
}

} // namespace warroom::cli
