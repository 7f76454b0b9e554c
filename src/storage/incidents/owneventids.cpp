#include "storage/incidents/owneventids.h"

namespace warroom {

void OwnEventIds::add(qint64 id)
{
    if (!m_runs.isEmpty() && m_runs.last().last + 1 == id) {
        m_runs.last().last = id;
        return;
    }
    m_runs.append(Run{id, id});
}

QString OwnEventIds::excludeClause(QVariantList &values) const
{
    QString clause;
    for (const Run &run : m_runs) {
        clause += QStringLiteral(" AND NOT (id BETWEEN ? AND ?)");
        values << run.first << run.last;
    }
    return clause;
}

void OwnEventIds::forgetUpTo(qint64 id)
{
    m_runs.removeIf([id](const Run &run) { return run.last <= id; });
}

} // namespace warroom
