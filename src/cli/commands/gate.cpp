#include "cli/clitext.h"
#include "cli/command.h"
#include "cli/draftaddress.h"
#include "integrations/publishing/nopublishers.h"
#include "storage/comms/draftstore.h"
#include "storage/comms/outboxstore.h"
#include "storage/comms/signoffgate.h"
#include "storage/comms/templatestore.h"
#include "storage/workspace.h"

#include <QStringList>

namespace warroom::cli {
namespace {

const QString kReason = QStringLiteral("reason");

struct Step
{
    const char *name;
    GateAction action;
};

constexpr Step kSteps[] = {
    {"mark-needs-legal", GateAction::MarkNeedsLegal},
    {"submit", GateAction::SubmitForReview},
    {"sign-off", GateAction::SignOff},
    {"request-changes", GateAction::RequestChanges},
    {"approve", GateAction::Approve},
    {"publish", GateAction::Publish},
};

QString stepNames()
{
    QStringList names;
    for (const Step &s : kSteps)
        names.append(QString::fromLatin1(s.name));
    return names.join(QStringLiteral(", "));
}

int runGate(CommandContext &context)
{
    const Step *step = nullptr;
    for (const Step &s : kSteps) {
        if (context.args.at(1) == QLatin1String(s.name))
            step = &s;
    }
    if (!step)
        return context.usage(Text::tr("\"%1\" is not a gate step; use one of: %2.")
                                 .arg(context.args.at(1), stepNames()));

    DraftStore &drafts = context.workspace.drafts();
    const Result<Draft> draft = findDraft(drafts, context.args.at(0));
    if (!draft)
        return context.fail(draft.error());
    const qint64 draftId = draft->id;
    SignOffGate &gate = context.workspace.signOffGate();
    const QString reason = context.parser.value(kReason);
    Result<void> done;
    switch (step->action) {
    case GateAction::MarkNeedsLegal:
        done = drafts.markNeedsLegal(draftId, context.author);
        break;
    case GateAction::SubmitForReview:
        done = gate.submitForReview(draftId, reason, context.author);
        break;
    case GateAction::SignOff:
        done = gate.signOff(draftId, context.author);
        break;
    case GateAction::RequestChanges:
        done = gate.requestChanges(draftId, reason, context.author);
        break;
    case GateAction::Approve:
        done = gate.approve(draftId, reason, context.author);
        break;
    case GateAction::Publish: {
        // Slack is queued only when this process can deliver it; the status page and email
        // always are (docs/outbox.md).
        std::unique_ptr<Publishers> publishers =
            context.publishers ? context.publishers() : noPublishers()();
        QSet<Destination> configured;
        for (Destination d : destination::all()) {
            if (publishers->publisher(d))
                configured.insert(d);
        }
        const Result<qint64> publication = gate.publish(draftId, context.author, configured);
        if (!publication)
            return context.fail(publication.error());
        const Result<QList<OutboxRow>> rows =
            context.workspace.outbox().forPublication(*publication);
        if (!rows)
            return context.fail(rows.error());
        context.out << *publication << Qt::endl;
        for (const OutboxRow &row : *rows) {
            const QString where =
                row.recipient.isEmpty()
                    ? destination::displayName(row.destination)
                    : Text::tr("%1 to %2")
                          .arg(destination::displayName(row.destination), row.recipient);
            context.out << (publishers->publisher(row.destination)
                                ? Text::tr("queued #%1: %2").arg(row.id).arg(where)
                                : Text::tr("queued #%1: %2 (not configured here: another "
                                           "process sends it, or post it by hand)")
                                      .arg(row.id)
                                      .arg(where))
                        << Qt::endl;
        }
        context.out << Text::tr("Nothing has been sent yet: 'warroomctl outbox run' sends what "
                                "this process is configured for; 'warroomctl outbox' shows the "
                                "delivery states.")
                    << Qt::endl;
        return ExitOk;
    }
    case GateAction::Edit:
        break;
    }
    if (!done)
        return context.fail(done.error());
    return ExitOk;
}

} // namespace

Command gateCommand()
{
    Command command;
    command.name = QStringLiteral("gate");
    command.synopsis = QStringLiteral("INCIDENT/NUMBER STEP [--reason TEXT]");
    command.summary =
        Text::tr("Take a draft through the sign-off gate (submit, sign-off, approve, publish).");
    command.help =
        Text::tr(
            "Runs one step of the sign-off gate on a draft, as --author: %1. The draft is named "
            "by its incident and its number there, as the board shows it: 3/2 is draft #2 of "
            "incident 3 ('warroomctl show 3' lists them). Legal signs off "
            "(data-leak and output-error-loss incidents, and drafts marked as needing it), the "
            "assigned incident commander approves, the IC or product owner publishes; each step is "
            "checked against the roles on the incident's timeline and recorded there. --reason is "
            "required for request-changes and, for submit and approve, says why lint errors may "
            "stay (logged, shown to legal). publish prints the publication id, then one line per "
            "outbox row it queued (nothing is sent yet: see 'warroomctl outbox'). "
            "docs/templates.md describes the gate.")
            .arg(stepNames());
    command.options = {
        {kReason, Text::tr("Why changes are requested, or why lint errors may stay."),
         QStringLiteral("TEXT")},
    };
    command.arguments = {QStringLiteral("INCIDENT/NUMBER"), QStringLiteral("STEP")};
    command.writes = true;
    command.run = runGate;
    return command;
}

} // namespace warroom::cli
