#include "storage/workspace.h"

#include "storage/changewatcher.h"
#include "storage/database.h"
#include "storage/draftstore.h"
#include "storage/incidentstore.h"
#include "storage/signoffgate.h"
#include "storage/templatestore.h"

namespace warroom {

Result<std::unique_ptr<Workspace>> Workspace::open(const DatabaseConfig &config, const Clock &clock)
{
    Result<std::unique_ptr<Database>> database = Database::open(config);
    if (!database)
        return database.error();
    return std::unique_ptr<Workspace>(new Workspace(std::move(database).value(), clock));
}

Workspace::Workspace(std::unique_ptr<Database> database, const Clock &clock)
    : m_database(std::move(database)),
      m_clock(clock),
      m_incidents(std::make_unique<IncidentStore>(*m_database, m_clock)),
      m_templates(std::make_unique<TemplateStore>(*m_database, m_clock)),
      m_drafts(std::make_unique<DraftStore>(*m_database, *m_incidents, *m_templates)),
      m_gate(std::make_unique<SignOffGate>(*m_drafts)),
      m_watcher(std::make_unique<ChangeWatcher>(*m_database))
{
    QObject::connect(m_watcher.get(), &ChangeWatcher::changed, m_incidents.get(),
                     &IncidentStore::notifyExternalChange);
    QObject::connect(m_watcher.get(), &ChangeWatcher::changed, m_templates.get(),
                     &TemplateStore::notifyExternalChange);
    QObject::connect(m_watcher.get(), &ChangeWatcher::changed, m_drafts.get(), &DraftStore::notifyExternalChange);
    m_watcher->start();
}

Workspace::~Workspace() = default;

} // namespace warroom
