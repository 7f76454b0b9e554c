#include "storage/workspace.h"

#include "storage/calls/accountstore.h"
#include "storage/calls/outreachstore.h"
#include "storage/changerouting.h"
#include "storage/comms/draftstore.h"
#include "storage/comms/outboxstore.h"
#include "storage/comms/signoffgate.h"
#include "storage/comms/templatestore.h"
#include "storage/db/changewatcher.h"
#include "storage/db/database.h"
#include "storage/db/serverlink.h"
#include "storage/db/serverreachability.h"
#include "storage/incidents/incidentstore.h"
#include "storage/incidents/playbookstore.h"
#include "storage/roles/peoplestore.h"
#include "storage/roles/rolestore.h"

#include <QCoreApplication>

namespace warroom {

Result<std::unique_ptr<Workspace>> Workspace::open(const DatabaseConfig &given, const Clock &clock,
                                                   std::optional<Playbook> playbook, Watch watch,
                                                   LinkTiming linkTiming)
{
    // Every connection opened with this config (this one, the outbox sender's, background
    // readers') is cut and refused together when the server stops answering.
    DatabaseConfig config = given;
    const bool watchServer =
        watch == Watch::OtherProcesses && config.backend == DatabaseConfig::Backend::Postgres;
    if (watchServer && !config.reachability)
        config.reachability = std::make_shared<ServerReachability>();
    if (!playbook) {
        Result<Playbook> builtIn = playbook::builtIn();
        if (!builtIn)
            return builtIn.error();
        playbook = std::move(builtIn).value();
    }
    Result<std::unique_ptr<Database>> database = Database::open(config, clock);
    if (!database)
        return database.error();
    std::unique_ptr<Workspace> workspace(
        new Workspace(std::move(database).value(), clock, std::move(*playbook), watch));
    // A database whose dialect cannot tell this seat about other seats' changes is refused here,
    // not left as a board that never refreshes.
    if (workspace->m_watcher) {
        if (Result<void> watching = workspace->m_watcher->start(); !watching)
            return watching.error();
    }
    if (watchServer)
        workspace->startServerLink(linkTiming);
    return workspace;
}

Workspace::Workspace(std::unique_ptr<Database> database, const Clock &clock, Playbook playbook,
                     Watch watch)
    : m_database(std::move(database))
    , m_clock(clock)
    , m_incidents(std::make_unique<IncidentStore>(*m_database, m_clock))
    , m_playbook(std::move(playbook))
    , m_playbookStore(std::make_unique<PlaybookStore>(*m_incidents, m_playbook))
    , m_people(std::make_unique<PeopleStore>(*m_database, m_clock))
    , m_accounts(std::make_unique<AccountStore>(*m_database, m_clock))
    , m_roles(std::make_unique<RoleStore>(*m_incidents, *m_people, m_playbook))
    , m_outreach(std::make_unique<OutreachStore>(*m_incidents, *m_accounts))
    , m_templates(std::make_unique<TemplateStore>(*m_database, m_clock))
    , m_drafts(std::make_unique<DraftStore>(*m_database, *m_incidents, *m_templates, m_playbook))
    , m_gate(std::make_unique<SignOffGate>(*m_drafts, *m_accounts))
    , m_outbox(std::make_unique<OutboxStore>(*m_incidents))
{
    if (watch == Watch::No)
        return;
    m_watcher = std::make_unique<ChangeWatcher>(*m_database);
    QObject::connect(m_watcher.get(), &ChangeWatcher::tablesChanged, m_watcher.get(),
                     [this](const ChangedTables &changes) { refreshStores(changes); });
}

Workspace::~Workspace() = default;

void Workspace::refreshStores(const ChangedTables &changes)
{
    // Only the stores whose tables changed read again (StoresToRefresh).
    const StoresToRefresh refresh = StoresToRefresh::forChanges(changes);
    if (refresh.incidents)
        m_incidents->notifyExternalChange();
    if (refresh.people)
        m_people->notifyExternalChange();
    if (refresh.accounts)
        m_accounts->notifyExternalChange();
    if (refresh.templates)
        m_templates->notifyExternalChange();
    if (refresh.drafts)
        m_drafts->notifyExternalChange();
}

void Workspace::startServerLink(LinkTiming timing)
{
    m_link = std::make_unique<ServerLink>(m_database->config(), timing,
                                          [this] { return reconnectToServer(); });
    // This connection LISTENs: lost on its own (the server ended the session, an idle timeout),
    // it must not be opened again quietly without listening again. Found at the next statement,
    // or at the latest when the watch next hears the server.
    m_database->setLossHandler([this](const QString &reason) { m_link->reportLost(reason); });
    QObject::connect(m_link.get(), &ServerLink::heard, m_link.get(), [this] {
        if (!m_link->isOffline() && m_database->lostConnection())
            m_link->reportLost(QCoreApplication::translate(
                "warroom::Workspace", "the server closed this window's connection"));
    });
    // Offline: the connection is closed (its LISTEN with it); statements are refused meanwhile.
    QObject::connect(m_link.get(), &ServerLink::offline, m_link.get(), [this] {
        m_database->disconnectFromServer();
        m_watcher->stop();
    });
    // Back: whatever other seats changed meanwhile sent notifications nobody heard, so every
    // store reads again.
    QObject::connect(m_link.get(), &ServerLink::online, m_link.get(),
                     [this] { refreshStores(ChangedTables::everything()); });
    m_link->start();
}

Result<void> Workspace::reconnectToServer()
{
    if (Result<void> reopened = m_database->reconnect(); !reopened)
        return reopened;
    return m_watcher->start();
}

} // namespace warroom
