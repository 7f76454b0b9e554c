#pragma once

#include "core/base/clock.h"
#include "core/base/result.h"
#include "core/comms/destination.h"
#include "core/playbook/playbook.h"
#include "storage/db/databaseconfig.h"
#include "storage/db/serverprobe.h"

#include <QSet>

#include <memory>
#include <optional>

namespace warroom {

class AccountStore;
class ChangeWatcher;
struct ChangedTables;
class ServerLink;
class Database;
class DraftStore;
class IncidentStore;
class OutboxStore;
class OutreachStore;
class PeopleStore;
class PlaybookStore;
class RoleStore;
class SignOffGate;
class TemplateStore;

// Everything one open database provides to an application: the connection, the repositories
// over it, the playbook they apply, and the watcher that notices other processes' writes.
// Windows share one Workspace.
class Workspace final
{
public:
    // Whether the workspace watches for other processes' writes (the GUI does; a warroomctl
    // command, which lives for one change, does not).
    enum class Watch { OtherProcesses, No };
    // With the built-in playbook unless one is given (warroom --playbook FILE). Watching other
    // processes needs the dialect's change signal: without one, an Error
    // (checkApplicationBackend).
    // On a server, watching also watches the server itself (ServerLink, with linkTiming): when it
    // stops answering, every statement is refused as Offline until it is back, and then the
    // workspace reconnects, listens again and reads everything again.
    static Result<std::unique_ptr<Workspace>> open(const DatabaseConfig &config, const Clock &clock,
                                                   std::optional<Playbook> playbook = std::nullopt,
                                                   Watch watch = Watch::OtherProcesses,
                                                   LinkTiming linkTiming = {});
    ~Workspace();
    Q_DISABLE_COPY_MOVE(Workspace)

    Database &database() const { return *m_database; }
    IncidentStore &incidents() const { return *m_incidents; }
    const Playbook &playbook() const { return m_playbook; }
    PlaybookStore &playbookStore() const { return *m_playbookStore; }
    PeopleStore &people() const { return *m_people; }
    AccountStore &accounts() const { return *m_accounts; }
    RoleStore &roles() const { return *m_roles; }
    OutreachStore &outreach() const { return *m_outreach; }
    TemplateStore &templates() const { return *m_templates; }
    DraftStore &drafts() const { return *m_drafts; }
    SignOffGate &signOffGate() const { return *m_gate; }
    OutboxStore &outbox() const { return *m_outbox; }
    const Clock &clock() const { return m_clock; }
    // The server watch; nullptr on SQLite and when the workspace does not watch.
    ServerLink *serverLink() const { return m_link.get(); }

    // The destinations this process's channel settings can deliver to. Publishing queues a
    // Slack row only when Slack is one of them (docs/outbox.md); the program sets it at start.
    void setDeliverableHere(const QSet<Destination> &destinations)
    {
        m_deliverableHere = destinations;
    }
    const QSet<Destination> &deliverableHere() const { return m_deliverableHere; }

private:
    Workspace(std::unique_ptr<Database> database, const Clock &clock, Playbook playbook,
              Watch watch);
    void startServerLink(LinkTiming timing);
    void refreshStores(const ChangedTables &changes);
    Result<void> reconnectToServer();

    std::unique_ptr<Database> m_database;
    // Destroyed after everything that may wait on the server (the watcher's UNLISTEN, the
    // stores), so that a server that stops answering meanwhile is still cut off.
    std::unique_ptr<ServerLink> m_link;
    const Clock &m_clock;
    std::unique_ptr<IncidentStore> m_incidents;
    const Playbook m_playbook;
    std::unique_ptr<PlaybookStore> m_playbookStore;
    std::unique_ptr<PeopleStore> m_people;
    std::unique_ptr<AccountStore> m_accounts;
    std::unique_ptr<RoleStore> m_roles;
    std::unique_ptr<OutreachStore> m_outreach;
    std::unique_ptr<TemplateStore> m_templates;
    std::unique_ptr<DraftStore> m_drafts;
    std::unique_ptr<SignOffGate> m_gate;
    std::unique_ptr<OutboxStore> m_outbox;
    QSet<Destination> m_deliverableHere;
    std::unique_ptr<ChangeWatcher> m_watcher;
};

} // namespace warroom
