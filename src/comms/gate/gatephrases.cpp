#include "comms/gate/gatephrases.h"

#include <QCoreApplication>

namespace warroom {
namespace {

// This file's translation context, as lupdate records it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(warroom::GatePhrase)
};

} // namespace

namespace gatephrase {

QString nextStep(GateAction action)
{
    switch (action) {
    case GateAction::Edit:
        return Text::tr("Next step: edit the text.");
    case GateAction::MarkNeedsLegal:
        return Text::tr("Next step: mark the draft as needing legal review.");
    case GateAction::SubmitForReview:
        return Text::tr("Next step: send the draft to legal review.");
    case GateAction::SignOff:
        return Text::tr("Next step: sign off.");
    case GateAction::RequestChanges:
        return Text::tr("Next step: request changes.");
    case GateAction::Approve:
        return Text::tr("Next step: approve.");
    case GateAction::Publish:
        return Text::tr("Next step: publish.");
    }
    Q_UNREACHABLE();
}

QString publishQuestion(Channel channel, int draftNumber, const QString &destinations)
{
    const QString rest =
        Text::tr("Nothing is sent until the outbox delivers it; each delivery's state shows on "
                 "the board and in 'warroomctl outbox'. The text is final afterwards.");
    QString question;
    switch (channel) {
    case Channel::StatusPage:
        question = Text::tr("Publish draft #%1 as a status page update? It will be queued for: "
                            "%2.");
        break;
    case Channel::Email:
        question = Text::tr("Publish draft #%1 as an email to affected customers? It will be "
                            "queued for: %2.");
        break;
    case Channel::InApp:
        question = Text::tr("Publish draft #%1 as an in-app notice? It will be queued for: %2.");
        break;
    case Channel::KeyAccount:
        question = Text::tr("Publish draft #%1 as a key-account message? It will be queued for: "
                            "%2.");
        break;
    }
    return Text::tr("%1 %2", "the publish question, then what happens after it")
        .arg(question.arg(draftNumber).arg(destinations), rest);
}

} // namespace gatephrase
} // namespace warroom
