#pragma once

#include "core/base/clock.h"
#include "core/base/utctime.h"
#include "core/incident/incident.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>

namespace warroom::test {

// The fixed "now" every test clock starts at.
inline QDateTime testStart()
{
    return QDateTime(QDate(2026, 11, 29), QTime(3, 0), Qt::UTC);
}

inline IncidentFields validFields()
{
    IncidentFields f;
    f.title = QStringLiteral("Completion rate drop on email drafting");
    f.category = Category::BehaviorAnomaly;
    f.severity = Severity::Sev2;
    f.taskType = QStringLiteral("email drafting");
    f.affectedUsersPct = 8.0;
    f.enterpriseAffected = 2;
    f.detectedAt = testStart().addSecs(-600);
    return f;
}

#ifdef WARROOM_SOURCE_DIR // tests, not the crash writer
// A file of resources/examples/ (the example people and key accounts), empty if unreadable.
inline QByteArray exampleCsv(const char *name)
{
    QFile file(QStringLiteral(WARROOM_SOURCE_DIR "/resources/examples/") + QLatin1String(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
#endif

inline QByteArray fileDigest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

inline void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(bytes);
}

} // namespace warroom::test
