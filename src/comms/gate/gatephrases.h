#pragma once

#include "comms/gate/draftgate.h"
#include "core/comms/channel.h"

#include <QString>

namespace warroom {

// Sentences about the sign-off gate's steps and channels: one whole translatable sentence per
// step or channel, since an action's or a channel's name (gateaction::displayName,
// channel::displayName) is a label and cannot be lower-cased into running text in every
// language.
namespace gatephrase {

// "Next step: send the draft to legal review.", one sentence per step.
QString nextStep(GateAction action);

// The question before publishing: "Publish draft #3 as a status page update? It will be queued
// for: Status page; Slack. …", one sentence per channel. destinations lists where it goes.
QString publishQuestion(Channel channel, int draftNumber, const QString &destinations);

} // namespace gatephrase
} // namespace warroom
