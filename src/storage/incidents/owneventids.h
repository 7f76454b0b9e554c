#pragma once

#include <QList>
#include <QString>
#include <QVariantList>

namespace warroom {

// The timeline events this connection wrote itself, kept until the external-change check has
// read past them, so that the check (IncidentStore::notifyExternalChange) does not announce
// them a second time: the store announced them when it wrote them. Held as runs of ids: one
// writer at a time means the events of one transaction have consecutive ids.
class OwnEventIds
{
public:
    void add(qint64 id);
    // " AND NOT (id BETWEEN ? AND ?)" for every run, with its values appended to values.
    QString excludeClause(QVariantList &values) const;
    // Forgets the runs at or below the id the check has read up to.
    void forgetUpTo(qint64 id);
    bool isEmpty() const { return m_runs.isEmpty(); }

private:
    struct Run
    {
        qint64 first;
        qint64 last;
    };
    QList<Run> m_runs;
};

} // namespace warroom
