#include "models/wall/wallboard.h"

#include "models/wall/wallincidentmodel.h"
#include "storage/incidents/incidentstore.h"
#include "storage/workspace.h"

#include <algorithm>

namespace warroom {

WallBoard::WallBoard(Workspace &workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
{
    IncidentStore &store = workspace.incidents();
    connect(&store, &IncidentStore::incidentDeclared, this, &WallBoard::reload);
    connect(&store, &IncidentStore::incidentChanged, this, &WallBoard::reload);
    connect(&store, &IncidentStore::externallyChanged, this, &WallBoard::reload);
    reload();
}

void WallBoard::reload()
{
    Result<QList<Incident>> read =
        m_workspace.incidents().incidents(IncidentStore::Scope::NotClosed);
    if (!read) {
        m_error = read.error().message;
        emit incidentsChanged();
        return;
    }
    const bool hadError = !m_error.isEmpty();
    m_error.clear();
    QList<Incident> active = std::move(read).value();
    std::stable_sort(active.begin(), active.end(), [](const Incident &a, const Incident &b) {
        if (a.fields.severity != b.fields.severity)
            return a.fields.severity < b.fields.severity; // SEV1 first
        return a.fields.detectedAt > b.fields.detectedAt;
    });
    QList<WallIncidentModel *> models;
    for (const Incident &incident : std::as_const(active)) {
        const auto kept =
            std::find_if(m_incidents.cbegin(), m_incidents.cend(),
                         [&](WallIncidentModel *m) { return m->incidentId() == incident.id; });
        if (kept != m_incidents.cend()) {
            models.append(*kept);
            continue;
        }
        auto *model = new WallIncidentModel(m_workspace, incident.id, this);
        connect(model, &WallIncidentModel::changed, this, &WallBoard::factsChanged);
        models.append(model);
    }
    const bool same = models == m_incidents;
    for (WallIncidentModel *old : std::as_const(m_incidents)) {
        if (!models.contains(old))
            old->deleteLater();
    }
    m_incidents = models;
    if (!same || hadError)
        emit incidentsChanged();
}

void WallBoard::tick()
{
    for (WallIncidentModel *model : std::as_const(m_incidents))
        model->tick();
}

} // namespace warroom
