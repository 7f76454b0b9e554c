#pragma once

#include "integrations/publishing/publisher.h"

namespace warroom {

// A process with no destination configured: every outbox row waits for another process, or for
// someone to post the text by hand. What warroomctl and the GUI use until the channel clients
// are wired in.
class NoPublishers final : public Publishers
{
public:
    Publisher *publisher(Destination) override { return nullptr; }
};

// Makes NoPublishers.
PublishersFactory noPublishers();

} // namespace warroom
