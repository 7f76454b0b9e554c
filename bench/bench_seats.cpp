// Seat-to-seat latency on PostgreSQL (docs/performance.md, "Seat to seat"): 20 writer seats, each
// a Workspace of its own on its own thread and connection, add notes to one incident; one reader
// seat watches the incident's TimelineModel over its own Workspace, as the GUI does. Per note:
// the time from the writer's commit returning to the note's row appearing in the reader's model.
// Baseline in the same run: the raw NOTIFY round trip between two bare QPSQL connections (one
// sends NOTIFY, the other receives it through subscribeToNotification): from sending the NOTIFY
// to its arrival, and the part of that after the sender's exec returned (the seats' measure,
// which is nearly nothing for a bare NOTIFY: the server tells the listener as it commits).
// Prints p50/p99/max of each and the seats' ratio to the round trip; asserts nothing.
//
// Run: bench_seats [postgresql://user@host:port/db]   (default: $WARROOM_TEST_PG; start a
// throwaway server with scripts/pg-test-cluster.sh start)
#include "models/incidents/timelinemodel.h"
#include "storage/db/database.h"
#include "storage/incidents/incidentstore.h"
#include "storage/workspace.h"

#include "core/base/clock.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHash>
#include <QJsonObject>
#include <QMutex>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>
#include <QThread>
#include <QTimer>
#include <QUrl>
#include <QUuid>

#include <algorithm>
#include <atomic>

using namespace warroom;

namespace {

constexpr int kWriters = 20;
constexpr int kNotesPerWriter = 50;
constexpr int kRawRoundTrips = 300;

// One monotonic time base for every thread, in microseconds.
QElapsedTimer g_clock;
qint64 nowMicros()
{
    return g_clock.nsecsElapsed() / 1000;
}

struct Percentiles
{
    double p50 = 0, p99 = 0, max = 0;
};

Percentiles percentiles(QList<double> values)
{
    std::sort(values.begin(), values.end());
    if (values.isEmpty())
        return {};
    const auto at = [&](double q) {
        return values.at(std::min<qsizetype>(values.size() - 1, qsizetype(q * values.size())));
    };
    return {at(0.50), at(0.99), values.constLast()};
}

QSqlDatabase bareConnection(const QString &url, const QString &name)
{
    const QUrl parsed(url);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(parsed.host());
    db.setPort(parsed.port(5432));
    db.setUserName(parsed.userName());
    db.setDatabaseName(parsed.path().mid(1));
    return db;
}

bool execBare(const QString &url, const QString &sql)
{
    const QString name = QStringLiteral("bench-admin");
    bool ok = false;
    {
        QSqlDatabase db = bareConnection(url, name);
        ok = db.open() && QSqlQuery(db).exec(QStringLiteral("SET client_min_messages = warning")) &&
             QSqlQuery(db).exec(sql);
        if (!ok)
            qWarning("%s: %s", qPrintable(sql), qPrintable(db.lastError().text()));
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

struct RawTimes
{
    QList<double> roundTrip;   // from sending NOTIFY to the receiver's signal
    QList<double> afterCommit; // from the sender's exec returning to the receiver's signal
};

// The raw round trip: NOTIFY on one bare connection, received on another through
// QSqlDriver::subscribeToNotification.
RawTimes rawRoundTrips(const QString &url)
{
    RawTimes times;
    {
        QSqlDatabase sender = bareConnection(url, QStringLiteral("bench-sender"));
        QSqlDatabase receiver = bareConnection(url, QStringLiteral("bench-receiver"));
        if (!sender.open() || !receiver.open()) {
            qWarning("cannot connect: %s", qPrintable(receiver.lastError().text()));
            return times;
        }
        const QString channel = QStringLiteral("bench_raw_") +
                                QUuid::createUuid().toString(QUuid::Id128).left(12).toLower();
        receiver.driver()->subscribeToNotification(channel);
        qint64 sentAt = 0;
        qint64 committedAt = 0;
        QEventLoop loop;
        QObject::connect(
            receiver.driver(), &QSqlDriver::notification, &loop,
            [&](const QString &name, QSqlDriver::NotificationSource, const QVariant &) {
                if (name != channel)
                    return;
                const qint64 now = nowMicros();
                times.roundTrip.append(double(now - sentAt) / 1000.0);
                times.afterCommit.append(double(now - committedAt) / 1000.0);
                loop.quit();
            });
        QSqlQuery notify(sender);
        for (int i = 0; i < kRawRoundTrips; ++i) {
            sentAt = nowMicros();
            if (!notify.exec(QStringLiteral("NOTIFY %1, '%2'").arg(channel).arg(i)))
                break;
            committedAt = nowMicros();
            QTimer::singleShot(5000, &loop, &QEventLoop::quit);
            loop.exec();
        }
        receiver.driver()->unsubscribeFromNotification(channel);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench-sender"));
    QSqlDatabase::removeDatabase(QStringLiteral("bench-receiver"));
    return times;
}

// Commit-return times of the notes, by text, written by the writer threads.
struct CommitTimes
{
    QMutex mutex;
    QHash<QString, qint64> at;
    std::atomic<int> failures{0};
};

class WriterSeat final : public QThread
{
public:
    WriterSeat(DatabaseConfig config, qint64 incident, int seat, CommitTimes &times)
        : m_config(std::move(config))
        , m_incident(incident)
        , m_seat(seat)
        , m_times(times)
    {
    }

protected:
    void run() override
    {
        SystemClock clock;
        auto workspace = Workspace::open(m_config, clock, std::nullopt, Workspace::Watch::No);
        if (!workspace) {
            qWarning("seat %d: %s", m_seat, qPrintable(workspace.error().message));
            m_times.failures += kNotesPerWriter;
            return;
        }
        // A seat writes now and then, not in a tight loop: 100 to 300 ms apart, so 20 seats
        // write about 100 notes a second between them.
        QRandomGenerator random(quint32(m_seat + 1));
        for (int k = 0; k < kNotesPerWriter; ++k) {
            QThread::msleep(100 + random.bounded(200));
            const QString text = QStringLiteral("seat %1 note %2").arg(m_seat).arg(k);
            Result<void> added =
                workspace.value()->incidents().addNote(m_incident, text, QStringLiteral("seat"));
            const qint64 at = nowMicros();
            if (!added) {
                qWarning("seat %d: %s", m_seat, qPrintable(added.error().message));
                ++m_times.failures;
                continue;
            }
            QMutexLocker lock(&m_times.mutex);
            m_times.at.insert(text, at);
        }
    }

private:
    const DatabaseConfig m_config;
    const qint64 m_incident;
    const int m_seat;
    CommitTimes &m_times;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QString url =
        argc > 1 ? QString::fromLocal8Bit(argv[1]) : qEnvironmentVariable("WARROOM_TEST_PG");
    if (url.isEmpty()) {
        out << "bench_seats needs a PostgreSQL server: bench_seats postgresql://user@host:port/db, "
               "or WARROOM_TEST_PG (eval \"$(scripts/pg-test-cluster.sh start)\")\n";
        return 2;
    }
    g_clock.start();
    const QString schema =
        QStringLiteral("bench_") + QUuid::createUuid().toString(QUuid::Id128).left(12).toLower();
    const DatabaseConfig config = DatabaseConfig::postgres(url, schema, 30000);

    const RawTimes rawTimes = rawRoundTrips(url);
    const Percentiles raw = percentiles(rawTimes.roundTrip);
    const Percentiles rawAfterCommit = percentiles(rawTimes.afterCommit);

    SystemClock clock;
    int status = 0;
    {
        auto reader = Workspace::open(config, clock);
        if (!reader) {
            out << reader.error().message << "\n";
            return 1;
        }
        IncidentFields fields;
        fields.title = QStringLiteral("Seat latency");
        fields.taskType = QStringLiteral("chat");
        fields.affectedUsersPct = 10;
        fields.detectedAt = clock.nowUtc().addSecs(-60);
        Result<qint64> incident =
            reader.value()->incidents().declare(fields, QStringLiteral("bench"));
        if (!incident) {
            out << incident.error().message << "\n";
            execBare(url, QStringLiteral("DROP SCHEMA %1 CASCADE").arg(schema));
            return 1;
        }
        TimelineModel model(reader.value()->incidents(), incident.value());
        QHash<QString, qint64> visibleAt;
        int twice = 0; // rows of a note the model already showed
        int refreshes = 0;
        QObject::connect(&reader.value()->incidents(), &IncidentStore::externallyChanged,
                         [&refreshes] { ++refreshes; });
        // Where the time goes: from a notification's arrival at the reader's connection to the
        // end of the refresh it caused (the incident store read the new events and the model
        // took its rows: externallyChanged comes after the per-incident signals).
        qint64 firstArrival = -1;
        QList<double> readingMillis;
        QObject::connect(reader.value()->database().connection().driver(),
                         &QSqlDriver::notification,
                         [&firstArrival](const QString &, QSqlDriver::NotificationSource source) {
                             if (source == QSqlDriver::OtherSource && firstArrival < 0)
                                 firstArrival = nowMicros();
                         });
        QObject::connect(&reader.value()->incidents(), &IncidentStore::externallyChanged,
                         [&firstArrival, &readingMillis] {
                             if (firstArrival >= 0)
                                 readingMillis.append(double(nowMicros() - firstArrival) / 1000.0);
                             firstArrival = -1;
                         });
        QObject::connect(
            &model, &QAbstractItemModel::rowsInserted,
            [&](const QModelIndex &, int first, int last) {
                const qint64 at = nowMicros();
                for (int row = first; row <= last; ++row) {
                    const QString text =
                        model.events().at(row).payload.value(QLatin1String("text")).toString();
                    if (visibleAt.contains(text))
                        ++twice;
                    visibleAt.insert(text, at);
                }
            });

        CommitTimes times;
        QList<WriterSeat *> seats;
        for (int s = 0; s < kWriters; ++s)
            seats.append(new WriterSeat(config, incident.value(), s, times));
        QElapsedTimer wall;
        wall.start();
        for (WriterSeat *seat : seats)
            seat->start();
        const int expected = kWriters * kNotesPerWriter;
        // Until every note is visible, or a minute passed.
        while ((visibleAt.size() < expected - times.failures) && wall.elapsed() < 60000)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        for (WriterSeat *seat : seats) {
            seat->wait();
            delete seat;
        }
        const double seconds = double(wall.elapsed()) / 1000.0;

        QList<double> latencies;
        int missing = 0;
        for (auto it = times.at.cbegin(); it != times.at.cend(); ++it) {
            if (!visibleAt.contains(it.key())) {
                ++missing;
                continue;
            }
            latencies.append(double(visibleAt.value(it.key()) - it.value()) / 1000.0);
        }
        const Percentiles seat = percentiles(latencies);
        out << QStringLiteral("%1 writer seats x %2 notes: %3 committed, %4 failed, %5 never seen, "
                              "%6 shown twice, in %7 s; the reader refreshed %8 times\n")
                   .arg(kWriters)
                   .arg(kNotesPerWriter)
                   .arg(times.at.size())
                   .arg(times.failures.load())
                   .arg(missing)
                   .arg(twice)
                   .arg(seconds, 0, 'f', 1)
                   .arg(refreshes);
        const auto line = [&out](const char *what, const Percentiles &p) {
            out << QStringLiteral("%1 p50 %2 ms   p99 %3 ms   max %4 ms\n")
                       .arg(QString::fromLatin1(what), -44)
                       .arg(p.p50, 7, 'f', 2)
                       .arg(p.p99, 7, 'f', 2)
                       .arg(p.max, 7, 'f', 2);
        };
        line("commit to the reader's TimelineModel", seat);
        line("  of which notification to refresh done", percentiles(readingMillis));
        line("baseline: raw NOTIFY round trip (QPSQL)", raw);
        line("  of which after the sender's exec returned", rawAfterCommit);
        out << QStringLiteral("ratio p50 %1   p99 %2\n")
                   .arg(raw.p50 > 0 ? seat.p50 / raw.p50 : 0.0, 0, 'f', 1)
                   .arg(raw.p99 > 0 ? seat.p99 / raw.p99 : 0.0, 0, 'f', 1);
        status = missing == 0 && twice == 0 && times.failures == 0 ? 0 : 1;
    }
    execBare(url, QStringLiteral("DROP SCHEMA %1 CASCADE").arg(schema));
    return status;
}
