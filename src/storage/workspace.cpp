#include "storage/workspace.h"

#include "storage/calls/accountstore.h"
#include "storage/calls/outreachstore.h"
#include "storage/comms/draftstore.h"
#include "storage/comms/outboxstore.h"
#include "storage/comms/signoffgate.h"
#include "storage/comms/templatestore.h"
#include "storage/db/appbackend.h"
#include "storage/db/changewatcher.h"
#include "storage/db/database.h"
#include "storage/incidents/incidentstore.h"
#include "storage/incidents/playbookstore.h"
#include "storage/roles/peoplestore.h"
#include "storage/roles/rolestore.h"

namespace warroom {

Result<std::unique_ptr<Workspace>> Workspace::open(const DatabaseConfig &config, const Clock &clock,
                                                   std::optional<Playbook> playbook, Watch watch)
{
    // A workspace that does not watch (warroomctl's, one command long) needs no change signal:
    // it may open a server before change notification exists (docs/shared-mode.md).
    if (watch == Watch::OtherProcesses) {
        if (Result<void> usable = checkApplicationBackend(config); !usable)
            return usable.error();
    }
    if (!playbook) {
        Result<Playbook> builtIn = playbook::builtIn();
        if (!builtIn)
            return builtIn.error();
        playbook = std::move(builtIn).value();
    }
    Result<std::unique_ptr<Database>> database = Database::open(config, clock);
    if (!database)
        return database.error();
    return std::unique_ptr<Workspace>(
        new Workspace(std::move(database).value(), clock, std::move(*playbook), watch));
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
    QObject::connect(m_watcher.get(), &ChangeWatcher::changed, m_incidents.get(),
                     &IncidentStore::notifyExternalChange);
    QObject::connect(m_watcher.get(), &ChangeWatcher::changed, m_people.get(),
                     &PeopleStore::notifyExternalChange);
    QObject::connect(m_watcher.get(), &ChangeWatcher::changed, m_accounts.get(),
                     &AccountStore::notifyExternalChange);
    QObject::connect(m_watcher.get(), &ChangeWatcher::changed, m_templates.get(),
                     &TemplateStore::notifyExternalChange);
    QObject::connect(m_watcher.get(), &ChangeWatcher::changed, m_drafts.get(),
                     &DraftStore::notifyExternalChange);
    m_watcher->start();
}

Workspace::~Workspace() = default;

} // namespace warroom
