#pragma once

class QWidget;

namespace warroom {

class ChannelConfiguration;
class OutboxWorker;
class Workspace;

// Every time the channel settings are read or saved (ChannelConfiguration::setupChanged), the
// program delivers with them: the workspace learns what is deliverable here, the outbox worker
// gets the new publishers (started on the first settings; afterwards swapped once the requests in
// flight have ended, docs/outbox.md) and settings that cannot be used are said on stderr and in a
// window. All of them must outlive the program's event loop; `window` may go away first.
void deliverWithChannelSettings(ChannelConfiguration &channels, Workspace &workspace,
                                OutboxWorker &outbox, QWidget *window);

} // namespace warroom
