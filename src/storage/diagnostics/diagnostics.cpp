#include "storage/diagnostics/diagnostics.h"

#include "core/base/uilanguage.h"
#include "core/base/utctime.h"
#include "core/comms/delivery.h"
#include "storage/db/database.h"
#include "storage/migrations/migrations.h"
#include "storage/workspace.h"

#include <QFileInfo>
#include <QLocale>
#include <QSettings>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTranslator>

namespace warroom {
namespace {

QString fileSize(const QString &path)
{
    const QFileInfo file(path);
    if (!file.exists())
        return Diagnostics::tr("(no file)");
    qint64 bytes = file.size();
    // The write-ahead log holds what is committed and not yet copied into the file.
    const QFileInfo wal(path + QStringLiteral("-wal"));
    if (wal.exists())
        bytes += wal.size();
    return Diagnostics::tr("%1 (%2 bytes)")
        .arg(QLocale().formattedDataSize(bytes), QString::number(bytes));
}

} // namespace

QList<DiagnosticItem> Diagnostics::gather(Workspace &workspace, const Seat &seat)
{
    QList<DiagnosticItem> items = program(seat);
    items += database(workspace);
    items.append({tr("Settings"), QSettings().fileName()});
    items.append({tr("Channel secrets"), seat.secrets});
    items += channels(workspace, seat.configured);
    return items;
}

QList<DiagnosticItem> Diagnostics::program(const Seat &seat)
{
    QList<DiagnosticItem> items;
    items.append({tr("War Room version"), QCoreApplication::applicationVersion()});
    items.append({tr("Qt version"),
                  tr("%1 (built with %2)")
                      .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR))});
    items.append({tr("Platform"),
                  tr("%1, %2, kernel %3 %4; window system: %5")
                      .arg(QSysInfo::prettyProductName(), QSysInfo::currentCpuArchitecture(),
                           QSysInfo::kernelType(), QSysInfo::kernelVersion(), seat.windowSystem)});
    const QTranslator *translator = uilanguage::installedTranslator();
    items.append({tr("Interface language"),
                  translator ? QStringLiteral("%1 (%2)").arg(
                                   QLocale(translator->language()).nativeLanguageName(),
                                   translator->language())
                             : QStringLiteral("English (en)")});
    return items;
}

QList<DiagnosticItem> Diagnostics::database(Workspace &workspace)
{
    Database &database = workspace.database();
    QList<DiagnosticItem> items;
    items.append({tr("Database"), database.location()});
    const Result<int> version = migrations::checkedVersion(database);
    items.append(
        {tr("Schema version"),
         version
             ? tr("%1 (this build writes %2)").arg(version.value()).arg(migrations::latestVersion())
             : version.error().message});
    if (database.config().backend == DatabaseConfig::Backend::Sqlite)
        items.append({tr("Database file size"), fileSize(database.config().sqlitePath)});
    const Result<QSqlQuery> counted = database.exec(QStringLiteral(
        "SELECT COUNT(*), COALESCE(SUM(CASE WHEN status <> 'closed' THEN 1 ELSE 0 END), 0)"
        " FROM incidents"));
    if (counted) {
        QSqlQuery query = counted.value();
        query.next();
        items.append({tr("Incidents"), tr("%1 (%2 not closed)")
                                           .arg(query.value(0).toLongLong())
                                           .arg(query.value(1).toLongLong())});
    } else {
        items.append({tr("Incidents"), counted.error().message});
    }
    return items;
}

QList<DiagnosticItem> Diagnostics::channels(Workspace &workspace,
                                            const QSet<Destination> &configured)
{
    Database &database = workspace.database();
    QList<DiagnosticItem> items;
    for (Destination destination : destination::all()) {
        QString value =
            configured.contains(destination) ? tr("configured") : tr("not configured on this seat");
        // The newest row of the destination: the outcome of its last delivery.
        const Result<QSqlQuery> last = database.exec(
            QStringLiteral("SELECT state, queued_at, settled_at, last_message FROM outbox"
                           " WHERE destination = ? ORDER BY id DESC LIMIT 1"),
            {destination::id(destination)});
        if (!last) {
            value += QStringLiteral("; ") + last.error().message;
        } else if (QSqlQuery query = last.value(); query.next()) {
            const std::optional<DeliveryState> state =
                deliverystate::fromId(query.value(0).toString());
            const qint64 at =
                query.value(2).isNull() ? query.value(1).toLongLong() : query.value(2).toLongLong();
            QString outcome =
                tr("last delivery: %1, %2")
                    .arg(state ? deliverystate::displayName(*state) : query.value(0).toString(),
                         utctime::toIso(utctime::fromMSecs(at)));
            const QString message = query.value(3).toString().simplified();
            if (!message.isEmpty())
                outcome += QStringLiteral(" (") + message + QLatin1Char(')');
            value += QStringLiteral("; ") + outcome;
        } else {
            value += QStringLiteral("; ") + tr("nothing delivered yet");
        }
        items.append({tr("Channel: %1").arg(destination::displayName(destination)), value});
    }
    return items;
}

} // namespace warroom
