#pragma once

#include "core/playbook/obligation.h"
#include "models/wall/wallfacts.h"
#include "storage/comms/commsrecords.h"

#include <QObject>

#include <memory>
#include <optional>

namespace warroom {

class CallListModel;
class IncidentTimeline;
class PhaseBoardModel;
class RoleBoardModel;
class Workspace;

// One active incident as the wall screen shows it (WallFacts): the phase board, the role board
// and the call list models the incident view uses, over the incident's shared timeline, plus its
// publications. changed() says when anything shown may have changed (the timeline, a model's
// evaluation, a tick); facts() builds the text from what is held, without reading storage.
class WallIncidentModel final : public QObject
{
    Q_OBJECT

public:
    WallIncidentModel(Workspace &workspace, qint64 incidentId, QObject *parent = nullptr);
    ~WallIncidentModel() override;

    qint64 incidentId() const { return m_incidentId; }
    WallFacts facts() const;

public slots:
    // The clock moved: countdowns, states and waiting times follow it (no storage read).
    void tick();

signals:
    void changed();

private:
    void readPublications();
    void watch(QObject *model);
    QStringList holders(Role role) const;
    WallObligation obligation(const ObligationStatus &s, const QDateTime &now) const;
    void addNextUpdate(WallFacts &facts, const QDateTime &now) const;

    Workspace &m_workspace;
    qint64 m_incidentId;
    std::shared_ptr<IncidentTimeline> m_timeline;
    PhaseBoardModel *m_board = nullptr;
    RoleBoardModel *m_roles = nullptr;
    CallListModel *m_calls = nullptr;
    std::optional<Publication> m_latest;
    QString m_publicationError;
};

} // namespace warroom
