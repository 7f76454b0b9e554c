// The writer that tst_crashconsistency kills with SIGKILL. It writes through the real storage
// layer and prints a line only after the write it names has returned, so every line the test
// reads is an acknowledged write.
//
//   crashwriter write FILE MAX   prints "opening", opens (creating) FILE with Database::open,
//                                prints "open", then declares up to MAX incidents, printing each
//                                new id after its transaction committed.
//   crashwriter spill FILE       opens FILE with a plain SQLite connection in rollback-journal
//                                mode and holds a big write transaction whose pages no longer fit
//                                the cache, so SQLite has written some of them into FILE with a
//                                hot journal beside it; prints "holding" and waits to be killed.
#include "core/base/clock.h"
#include "storage/db/database.h"
#include "storage/incidents/incidentstore.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <cstdio>

using namespace warroom;

namespace {

void say(const QByteArray &line)
{
    std::fputs(line.constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

int fail(const QString &message)
{
    std::fprintf(stderr, "crashwriter: %s\n", qPrintable(message));
    return 1;
}

int write(const QString &file, int max)
{
    ManualClock clock(test::testStart());
    say("opening");
    auto db = Database::open(DatabaseConfig::sqlite(file), clock);
    if (!db)
        return fail(db.error().message);
    say("open");
    IncidentStore store(*db.value(), clock);
    for (int i = 0; i < max; ++i) {
        const Result<qint64> id = store.declare(test::validFields(), QStringLiteral("crashwriter"));
        if (!id)
            return fail(id.error().message);
        say(QByteArray::number(*id));
        clock.advanceSecs(1);
    }
    return 0;
}

int spill(const QString &file)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"));
        db.setDatabaseName(file);
        if (!db.open())
            return fail(db.lastError().text());
        QSqlQuery q(db);
        const QStringList statements{
            QStringLiteral("PRAGMA journal_mode = DELETE"),
            QStringLiteral("PRAGMA cache_size = 8"),
            QStringLiteral("BEGIN IMMEDIATE"),
            QStringLiteral("CREATE TABLE spill (payload TEXT)"),
        };
        for (const QString &sql : statements) {
            if (!q.exec(sql))
                return fail(sql + QStringLiteral(": ") + q.lastError().text());
        }
        const QString payload(2000, QLatin1Char('x'));
        for (int i = 0; i < 400; ++i) {
            if (!q.exec(QStringLiteral("INSERT INTO spill VALUES ('%1')").arg(payload)))
                return fail(q.lastError().text());
        }
        say("holding");
        std::getchar(); // killed here; returns early only if the test closes the pipe
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 4 && args.at(1) == QLatin1String("write"))
        return write(args.at(2), args.at(3).toInt());
    if (args.size() == 3 && args.at(1) == QLatin1String("spill"))
        return spill(args.at(2));
    return fail(QStringLiteral("usage: crashwriter write FILE MAX | crashwriter spill FILE"));
}
