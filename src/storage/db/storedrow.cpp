#include "storage/db/storedrow.h"

#include <QCoreApplication>

namespace warroom {

StoredRow::StoredRow(QString table, qint64 key, QString keyColumn)
    : m_table(std::move(table))
    , m_row(keyColumn == QLatin1String("id") ? QString::number(key)
                                             : QStringLiteral("%1 %2").arg(keyColumn).arg(key))
{
}

void StoredRow::unknown(const QString &column, const QString &value)
{
    if (m_error)
        return;
    m_error = Error{Error::Code::SchemaTooNew,
                    QCoreApplication::translate("warroom::StoredRow",
                                                "%1 row %2 has %3 \"%4\", which this build does "
                                                "not know: was the database written by a newer "
                                                "War Room?")
                        .arg(m_table, m_row, column, value),
                    column};
}

} // namespace warroom
