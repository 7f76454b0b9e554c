#pragma once

#include "core/clock.h"
#include "core/result.h"
#include "storage/databaseconfig.h"

#include <memory>

namespace warroom {

class ChangeWatcher;
class Database;
class DraftStore;
class IncidentStore;
class SignOffGate;
class TemplateStore;

// Everything one open database provides to an application: the connection, the repositories
// over it, and the watcher that notices other processes' writes. Windows share one Workspace.
class Workspace final
{
public:
    static Result<std::unique_ptr<Workspace>> open(const DatabaseConfig &config, const Clock &clock);
    ~Workspace();
    Q_DISABLE_COPY_MOVE(Workspace)

    Database &database() const { return *m_database; }
    IncidentStore &incidents() const { return *m_incidents; }
    TemplateStore &templates() const { return *m_templates; }
    DraftStore &drafts() const { return *m_drafts; }
    SignOffGate &signOffGate() const { return *m_gate; }
    ChangeWatcher &changeWatcher() const { return *m_watcher; }
    const Clock &clock() const { return m_clock; }

private:
    Workspace(std::unique_ptr<Database> database, const Clock &clock);

    std::unique_ptr<Database> m_database;
    const Clock &m_clock;
    std::unique_ptr<IncidentStore> m_incidents;
    std::unique_ptr<TemplateStore> m_templates;
    std::unique_ptr<DraftStore> m_drafts;
    std::unique_ptr<SignOffGate> m_gate;
    std::unique_ptr<ChangeWatcher> m_watcher;
};

} // namespace warroom
