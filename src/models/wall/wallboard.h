#pragma once

#include <QList>
#include <QObject>

namespace warroom {

class Workspace;
class WallIncidentModel;

// The active (not closed) incidents on the wall screen, worst severity first, then the newest:
// one WallIncidentModel each. The list follows declarations and status changes, this process's
// and other processes' (the workspace's change watcher), as the incident list does.
class WallBoard final : public QObject
{
    Q_OBJECT

public:
    explicit WallBoard(Workspace &workspace, QObject *parent = nullptr);

    const QList<WallIncidentModel *> &incidents() const { return m_incidents; }
    // Why the incidents could not be listed; empty when they could.
    const QString &errorText() const { return m_error; }

public slots:
    // Reads which incidents are active; keeps the models of those still active.
    void reload();
    // Moves every incident to the clock's time.
    void tick();

signals:
    // Incidents came or went (or their order changed).
    void incidentsChanged();
    // Something an incident shows may have changed.
    void factsChanged();

private:
    Workspace &m_workspace;
    QList<WallIncidentModel *> m_incidents;
    QString m_error;
};

} // namespace warroom
