#include "core/base/clock.h"
#include "storage/db/database.h"
#include "testsupport.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

using namespace warroom;

// Nothing acknowledged is lost and nothing is left unusable when a writer dies with SIGKILL: during
// the database's first creation, during a write, or in the middle of a big rollback-journal
// transaction. The writer is a real process over the real storage layer (crashwriter.cpp).
class TestCrashConsistency : public QObject
{
    Q_OBJECT

private slots:
    void randomKillsLoseNoAcknowledgedWrite();
    void hotJournalOfAKilledTransactionIsRolledBack_data();
    void hotJournalOfAKilledTransactionIsRolledBack();

private:
    struct Reopened
    {
        QSet<qint64> incidents;
        int withoutDeclaredEvent = -1;
        QString integrity;
        QString error;
    };
    static Reopened reopen(const QString &file);
};

namespace {

QString writerPath()
{
    return qEnvironmentVariable("CRASHWRITER");
}

quint32 envNumber(const char *name, quint32 fallback)
{
    bool ok = false;
    const quint32 value = qEnvironmentVariable(name).toUInt(&ok);
    return ok ? value : fallback;
}

void removeDatabase(const QString &file)
{
    for (const char *suffix : {"", "-journal", "-wal", "-shm"})
        QFile::remove(file + QLatin1String(suffix));
}

// Reads whole lines from the writer; a line cut off by the kill is not one.
class LineReader
{
public:
    explicit LineReader(QProcess &process)
        : m_process(process)
    {
    }
    // Waits (on the pipe, at most timeoutMs) until `count` lines have arrived in all.
    bool waitForLines(int count, int timeoutMs = 10000)
    {
        while (m_lines.size() < count) {
            if (!take() && !m_process.waitForReadyRead(timeoutMs))
                return take() && m_lines.size() >= count;
        }
        return true;
    }
    void drain()
    {
        while (take()) {
        }
    }
    const QList<QByteArray> &lines() const { return m_lines; }

private:
    bool take()
    {
        m_buffer += m_process.readAllStandardOutput();
        bool any = false;
        qsizetype end;
        while ((end = m_buffer.indexOf('\n')) >= 0) {
            m_lines.append(m_buffer.left(end));
            m_buffer.remove(0, end + 1);
            any = true;
        }
        return any;
    }
    QProcess &m_process;
    QByteArray m_buffer;
    QList<QByteArray> m_lines;
};

void kill(QProcess &process)
{
    process.kill(); // SIGKILL
    process.waitForFinished(10000);
}

} // namespace

TestCrashConsistency::Reopened TestCrashConsistency::reopen(const QString &file)
{
    Reopened result;
    ManualClock clock(test::testStart());
    auto db = Database::open(DatabaseConfig::sqlite(file), clock);
    if (!db) {
        result.error = db.error().message;
        return result;
    }
    QSqlQuery check(db.value()->connection());
    if (check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next())
        result.integrity = check.value(0).toString();
    QSqlQuery ids(db.value()->connection());
    if (ids.exec(QStringLiteral("SELECT id FROM incidents"))) {
        while (ids.next())
            result.incidents.insert(ids.value(0).toLongLong());
    }
    QSqlQuery orphans(db.value()->connection());
    if (orphans.exec(QStringLiteral(
            "SELECT COUNT(*) FROM incidents i WHERE NOT EXISTS (SELECT 1 FROM timeline_events e "
            "WHERE e.incident_id = i.id AND e.kind = 'declared')")) &&
        orphans.next())
        result.withoutDeclaredEvent = orphans.value(0).toInt();
    return result;
}

void TestCrashConsistency::randomKillsLoseNoAcknowledgedWrite()
{
    QVERIFY2(QFileInfo(writerPath()).isExecutable(), "CRASHWRITER names no executable");
    // WARROOM_CRASH_SEED repeats a run; WARROOM_CRASH_ROUNDS makes a longer one.
    const quint32 seed = envNumber("WARROOM_CRASH_SEED", QRandomGenerator::global()->generate());
    const int rounds = int(envNumber("WARROOM_CRASH_ROUNDS", 200));
    qInfo("crash consistency: seed %u, %d kills (repeat with WARROOM_CRASH_SEED=%u)", seed, rounds,
          seed);
    QRandomGenerator random(seed);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("crash.sqlite"));
    QSet<qint64> acknowledged;
    int creationKills = 0;
    int hotJournals = 0;
    int walsLeft = 0;
    for (int round = 0; round < rounds; ++round) {
        // Every fourth round starts over with no file, and is killed while the database is being
        // created: between a few microseconds and a few milliseconds after it began opening.
        const bool creation = round % 4 == 0;
        if (creation) {
            removeDatabase(file);
            acknowledged.clear();
        }
        QProcess writer;
        writer.start(writerPath(), {QStringLiteral("write"), file, QStringLiteral("100000")});
        QVERIFY2(writer.waitForStarted(10000), qPrintable(writer.errorString()));
        LineReader reader(writer);
        if (creation) {
            QVERIFY2(reader.waitForLines(1), "the writer never started opening");
            ++creationKills;
            QThread::usleep(random.bounded(8000));
        } else {
            // After 0 to 10 acknowledged writes, then somewhere inside the next ones.
            const int writes = int(random.bounded(11));
            QVERIFY2(reader.waitForLines(2 + writes),
                     qPrintable(QString::fromUtf8(writer.readAllStandardError())));
            QThread::usleep(random.bounded(3000));
        }
        kill(writer);
        reader.drain();
        // Killed, not stopped by an error of its own (which it would have printed).
        QVERIFY2(writer.exitStatus() == QProcess::CrashExit,
                 qPrintable(QString::fromUtf8(writer.readAllStandardError())));
        for (const QByteArray &line : reader.lines()) {
            bool number = false;
            const qint64 id = line.toLongLong(&number);
            if (number)
                acknowledged.insert(id);
        }
        hotJournals += QFileInfo(file + QStringLiteral("-journal")).size() > 0;
        walsLeft += QFileInfo(file + QStringLiteral("-wal")).size() > 0;

        const Reopened after = reopen(file);
        const QString where = QStringLiteral("round %1 (seed %2): ").arg(round).arg(seed);
        QVERIFY2(after.error.isEmpty(), qPrintable(where + after.error));
        QCOMPARE(after.integrity, QStringLiteral("ok"));
        QCOMPARE(after.withoutDeclaredEvent, 0);
        const QSet<qint64> lost = acknowledged - after.incidents;
        QVERIFY2(
            lost.isEmpty(),
            qPrintable(where + QStringLiteral("%1 acknowledged writes lost").arg(lost.size())));
        // What the killed writer committed without saying so yet is kept too; it is not lost.
        acknowledged = after.incidents;
    }
    qInfo("crash consistency: %d kills during creation, %d hot journals and %d write-ahead logs "
          "left behind, all recovered",
          creationKills, hotJournals, walsLeft);
}

void TestCrashConsistency::hotJournalOfAKilledTransactionIsRolledBack_data()
{
    QTest::addColumn<bool>("existing");
    QTest::newRow("new file") << false;
    QTest::newRow("War Room database") << true;
}

// Deterministic: the killed writer left pages of its transaction in the file and a hot journal
// beside it. The next open rolls the journal back; the database is as it was before.
void TestCrashConsistency::hotJournalOfAKilledTransactionIsRolledBack()
{
    QFETCH(bool, existing);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("journal.sqlite"));
    int before = 0;
    if (existing) {
        QProcess writer;
        writer.start(writerPath(), {QStringLiteral("write"), file, QStringLiteral("3")});
        QVERIFY(writer.waitForFinished(30000));
        QCOMPARE(writer.exitCode(), 0);
        before = 3;
    }
    QProcess holder;
    holder.start(writerPath(), {QStringLiteral("spill"), file});
    LineReader reader(holder);
    QVERIFY2(reader.waitForLines(1), qPrintable(QString::fromUtf8(holder.readAllStandardError())));
    QCOMPARE(reader.lines().constFirst(), QByteArray("holding"));
    kill(holder);
    QVERIFY(QFileInfo(file + QStringLiteral("-journal")).size() > 0);
    QVERIFY(QFileInfo(file).size() > 0);

    const Reopened after = reopen(file);
    QVERIFY2(after.error.isEmpty(), qPrintable(after.error));
    QCOMPARE(after.integrity, QStringLiteral("ok"));
    QCOMPARE(after.incidents.size(), before);
    QVERIFY(!QFile::exists(file + QStringLiteral("-journal")));
}

QTEST_GUILESS_MAIN(TestCrashConsistency)
#include "tst_crashconsistency.moc"
