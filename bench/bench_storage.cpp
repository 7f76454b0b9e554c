// Storage and model figures for docs/performance.md, each next to a baseline from the same run:
//  - declaring an incident (validation + row + timeline event + fsync) vs. a bare one-row
//    INSERT transaction on the same database (what SQLite with synchronous=FULL costs anyway);
//  - reading a 5000-event timeline through IncidentStore vs. a bare SELECT of the same rows;
//  - building the incident list model over 1000 incidents vs. the bare SELECT behind it.
#include "core/base/clock.h"
#include "models/incidents/incidentlistmodel.h"
#include "storage/db/database.h"
#include "storage/incidents/incidentstore.h"

#include "benchsupport.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

using namespace warroom;
using bench::medianMicros;
using bench::report;

namespace {

IncidentFields fields(const QDateTime &now, int i)
{
    IncidentFields f;
    f.title = QStringLiteral("Benchmark incident %1").arg(i);
    f.category = Category::BehaviorAnomaly;
    f.severity = Severity::Sev2;
    f.taskType = QStringLiteral("email drafting");
    f.affectedUsersPct = 7.5;
    f.enterpriseAffected = 2;
    f.detectedAt = now.addSecs(-600);
    return f;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTemporaryDir dir;
    ManualClock clock(QDateTime::currentDateTimeUtc());
    auto db = Database::open(DatabaseConfig::sqlite(dir.filePath(QStringLiteral("bench.sqlite"))));
    if (!db) {
        QTextStream(stderr) << db.error().message << '\n';
        return 1;
    }
    Database &database = *db.value();
    IncidentStore store(database, clock);
    QSqlQuery raw(database.connection());
    raw.exec(
        QStringLiteral("CREATE TABLE baseline (id INTEGER PRIMARY KEY, title TEXT, at BIGINT)"));

    constexpr int kDeclares = 200;
    int counter = 0;
    const double declare = medianMicros(5, kDeclares, [&] {
        for (int i = 0; i < kDeclares; ++i)
            (void)store.declare(fields(clock.nowUtc(), ++counter), QStringLiteral("bench"));
    });
    const double bareInsert = medianMicros(5, kDeclares, [&] {
        for (int i = 0; i < kDeclares; ++i) {
            raw.exec(QStringLiteral("BEGIN IMMEDIATE"));
            raw.prepare(QStringLiteral("INSERT INTO baseline (title, at) VALUES (?, ?)"));
            raw.addBindValue(QStringLiteral("row"));
            raw.addBindValue(i);
            raw.exec();
            raw.exec(QStringLiteral("COMMIT"));
        }
    });
    report(out, "declare incident (+event, fsync)", declare, "1-row INSERT txn", bareInsert);

    const qint64 busy = store.incidents().value().constFirst().id;
    constexpr int kEvents = 5000;
    (void)database.inWriteTransaction([&]() -> Result<void> {
        for (int i = 0; i < kEvents; ++i)
            (void)store.appendEvent(
                busy, QStringLiteral("note"),
                QJsonObject{{QStringLiteral("text"), QStringLiteral("sync %1").arg(i)}},
                QStringLiteral("bench"));
        return {};
    });
    const double timeline = medianMicros(7, 1, [&] { (void)store.timeline(busy); });
    const double bareTimeline = medianMicros(7, 1, [&] {
        QSqlQuery q(database.connection());
        q.exec(QStringLiteral("SELECT id, occurred_at, author, kind, payload FROM timeline_events "
                              "WHERE incident_id = %1")
                   .arg(busy));
        while (q.next()) {
        }
    });
    report(out, "load 5000-event timeline", timeline, "bare SELECT", bareTimeline);

    while (store.incidents().value().size() < 1000)
        (void)store.declare(fields(clock.nowUtc(), ++counter), QStringLiteral("bench"));
    const double listModel = medianMicros(7, 1, [&] { IncidentListModel model(store); });
    const double bareList = medianMicros(7, 1, [&] {
        QSqlQuery q(database.connection());
        q.exec(QStringLiteral("SELECT * FROM incidents"));
        while (q.next()) {
        }
    });
    report(out, "build list model, 1000 incidents", listModel, "bare SELECT", bareList);
    return 0;
}
