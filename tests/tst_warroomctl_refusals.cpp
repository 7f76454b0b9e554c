// The refusals of warroomctl: every bad input fails with its exit code, one line on stderr naming
// the problem, nothing on stdout, and nothing written.
#include "cli/runner.h"
#include "ctlinprocess.h"
#include "storage/db/database.h"
#include "storage/incidents/incidentstore.h"
#include "storage/migrations/migrations.h"
#include "testsupport.h"
#include "tst_warroomctl.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

using namespace warroom;
using test::CtlRun;

void TestWarroomctl::refusals_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("mentions"); // the message must contain each of these
    QTest::addColumn<bool>("withoutAuthor");   // no --author and no author in the environment

    const QStringList declare{"declare", "--title",    "T",   "--category",
                              "outage",  "--severity", "SEV1"};
    const auto row = [](const char *name, const QStringList &args, int code,
                        const QStringList &mentions, bool withoutAuthor = false) {
        QTest::newRow(name) << args << code << mentions << withoutAuthor;
    };

    // Values the rules refuse: exit 1.
    row("unknown category", {"declare", "--title", "T", "--category", "nope", "--severity", "SEV1"},
        1, {"--category", "\"nope\"", "behavior-anomaly", "data-leak"});
    row("bad severity", {"declare", "--title", "T", "--category", "outage", "--severity", "SEV4"},
        1, {"--severity", "SEV4", "SEV1, SEV2 or SEV3"});
    row("pct 150", declare + QStringList{"--affected-users-pct", "150"}, 1,
        {"--affected-users-pct", "150", "between 0 and 100"});
    row("pct -5", declare + QStringList{"--affected-users-pct", "-5"}, 1,
        {"--affected-users-pct", "-5", "between 0 and 100"});
    row("pct abc", declare + QStringList{"--affected-users-pct", "abc"}, 1,
        {"--affected-users-pct", "abc", "not a number"});
    row("pct 12%", declare + QStringList{"--affected-users-pct", "12%"}, 1,
        {"12%", "not a number"});
    row("pct NaN", declare + QStringList{"--affected-users-pct", "NaN"}, 1,
        {"NaN", "not a number"});
    row("pct empty", declare + QStringList{"--affected-users-pct", ""}, 1,
        {"--affected-users-pct", "not a number"});
    row("enterprise 2.5", declare + QStringList{"--enterprise-affected", "2.5"}, 1,
        {"--enterprise-affected", "2.5", "whole number"});
    row("enterprise -1", declare + QStringList{"--enterprise-affected", "-1"}, 1,
        {"--enterprise-affected", "negative"});
    row("empty title", {"declare", "--title", "", "--category", "outage", "--severity", "SEV1"}, 1,
        {"--title", "must not be empty"});
    row("blank title", {"declare", "--title", "   ", "--category", "outage", "--severity", "SEV1"},
        1, {"--title", "must not be empty"});
    row("title too long",
        {"declare", "--title", QString(201, QLatin1Char('x')), "--category", "outage", "--severity",
         "SEV1"},
        1, {"--title", "longer than 200"});
    row("detected-at without zone", declare + QStringList{"--detected-at", "2025-01-10T08:30:00"},
        1, {"--detected-at", "2025-01-10T08:30:00", "zone"});
    row("detected-at in the future", declare + QStringList{"--detected-at", "2999-01-01T00:00:00Z"},
        1, {"--detected-at", "2999-01-01", "in the future"});
    row("detected-at not a time", declare + QStringList{"--detected-at", "yesterday"}, 1,
        {"--detected-at", "yesterday"});
    row("unknown status", {"status", "1", "fixed"}, 1, {"\"fixed\"", "investigating, identified"});
    row("disallowed transition", {"status", "1", "closed"}, 1,
        {"closed", "only a restored incident", "can move to"});
    row("same status", {"status", "1", "investigating"}, 1, {"already"});
    row("note on unknown incident", {"note", "99", "hello"}, 1,
        {"no incident 99", "warroomctl list"});
    row("status of unknown incident", {"status", "99", "identified"}, 1, {"no incident 99"});
    row("show unknown incident", {"show", "99", "--json"}, 1, {"no incident 99"});
    row("edit unknown incident", {"edit", "99", "--title", "x"}, 1, {"no incident 99"});
    row("id not a number", {"note", "abc", "hello"}, 1, {"\"abc\"", "positive whole number"});
    row("id zero", {"show", "0"}, 1, {"\"0\"", "positive whole number"});
    row("empty note", {"note", "1", ""}, 1, {"note must not be empty"});
    row("edit pct 150", {"edit", "1", "--affected-users-pct", "150"}, 1,
        {"--affected-users-pct", "150"});
    row("edit unknown category", {"edit", "1", "--category", "misc"}, 1,
        {"--category", "misc", "outage"});
    row("busy timeout not a number", {"--busy-timeout-ms", "soon", "list"}, 1,
        {"--busy-timeout-ms", "soon"});

    // Command lines that cannot be understood: exit 2.
    row("missing severity", {"declare", "--title", "T", "--category", "outage"}, 2, {"--severity"});
    row("missing title", {"declare", "--category", "outage", "--severity", "SEV1"}, 2, {"--title"});
    row("option without value",
        {"declare", "--category", "outage", "--severity", "SEV1", "--title"}, 2, {"--title"});
    row("option given twice", declare + QStringList{"--title", "U"}, 2,
        {"--title", "more than once"});
    row("missing note text", {"note", "1"}, 2, {"TEXT"});
    row("missing id", {"show"}, 2, {"ID"});
    row("extra argument", {"status", "1", "identified", "now"}, 2, {"\"now\""});
    row("unknown command", {"frobnicate"}, 2, {"\"frobnicate\"", "declare, list, show"});
    row("no command", {}, 2, {"No command", "declare"});
    row("unknown option", {"list", "--frob"}, 2, {"frob"});
    row("dash text without --", {"note", "1", "-5%", "since", "rollback"}, 2, {"'--'"});
    row("edit without fields", {"edit", "1"}, 2, {"at least one field option"});
    row("empty author", {"--author", "", "note", "1", "x"}, 2, {"--author"});
    // Bounded input (docs/reliability.md): lengths, control characters, dates.
    row("author of 128 KB", {"--author", QString(128 * 1024, QLatin1Char('a')), "note", "1", "x"},
        2, {"--author", "131072 characters; at most 120"});
    row("author on two lines", {"--author", "Ann\nBob", "note", "1", "x"}, 2,
        {"--author", "line break", "one line"});
    row("NUL in a note", {"note", "1", QString::fromUtf8("a\0b", 3)}, 2,
        {"argument 5", "control character 0x00 at byte offset 1"});
    row("escape in a title",
        {"declare", "--title", "T\x1b[31m", "--category", "outage", "--severity", "SEV1"}, 2,
        {"the value of --title", "0x1b at byte offset 1"});
    row("title on two lines",
        {"declare", "--title", "One\nTwo", "--category", "outage", "--severity", "SEV1"}, 1,
        {"--title", "one line"});
    row("detected-at in 1800", declare + QStringList{"--detected-at", "1800-01-01T00:00:00Z"}, 1,
        {"--detected-at", "1800-01-01", "before 2000-01-01"});
    row("no author anywhere", {"note", "1", "x"}, 2, {"--author", "WARROOM_AUTHOR"}, true);
}

void TestWarroomctl::refusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QStringList, mentions);
    QFETCH(bool, withoutAuthor);

    QCOMPARE(ctl(declareArgs(QStringLiteral("Upstream 503s"))).exitCode, 0);
    const QByteArray before = databaseState();
    QVERIFY(before.contains("Upstream 503s"));

    QProcessEnvironment env = environment();
    if (withoutAuthor)
        env.remove(QStringLiteral("WARROOM_AUTHOR"));
    const CtlRun run = ctl(arguments, env);
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.errIsOneLine(), run.err.constData());
    for (const QString &mention : mentions)
        QVERIFY2(run.errText().contains(mention),
                 qPrintable(mention + QStringLiteral(" not in: ") + run.errText()));
    QCOMPARE(run.out, QByteArray());
    QCOMPARE(databaseState(), before);
}

// main() passes argv's bytes: an argument that is not UTF-8 is refused, not stored with U+FFFD.
void TestWarroomctl::invalidUtf8ArgumentsRefused()
{
    QCOMPARE(ctl(declareArgs(QStringLiteral("Upstream 503s"))).exitCode, 0);
    const QByteArray before = databaseState();
    const auto runRaw = [this](const QList<QByteArray> &arguments) {
        CtlRun run;
        QTextStream out(&run.out, QIODevice::WriteOnly);
        QTextStream err(&run.err, QIODevice::WriteOnly);
        QList<QByteArray> all{"warroomctl", "--db", m_db.toUtf8()};
        all += arguments;
        run.exitCode = cli::run(all, environment(), *m_clock, out, err);
        out.flush();
        err.flush();
        run.finished = true;
        return run;
    };
    const CtlRun latin1 = runRaw({"note", "1", "caf\xE9 au lait"});
    QCOMPARE(latin1.exitCode, 2);
    QVERIFY2(latin1.errIsOneLine(), latin1.err.constData());
    QVERIFY2(latin1.errText().contains(QStringLiteral(
                 "argument 5 is not valid UTF-8: invalid byte 0xe9 at byte offset 3")),
             latin1.err.constData());
    const CtlRun title = runRaw({"edit", "1", "--title=Bad \xC0\x80"});
    QCOMPARE(title.exitCode, 2);
    QVERIFY2(title.errText().contains(QStringLiteral("--title is not valid UTF-8")),
             title.err.constData());
    QCOMPARE(databaseState(), before);
    // Valid UTF-8 passes through the same door.
    const CtlRun ok = runRaw({"note", "1", "caf\xC3\xA9 \xF0\x9F\x9A\xA8"});
    QCOMPARE(ok.exitCode, 0);
    QVERIFY(databaseState().contains("caf\xC3\xA9 \xF0\x9F\x9A\xA8"));
}

// Maximum lengths count characters (code points), not UTF-16 units: a note or title of emoji at
// the limit is accepted, one character more is refused.
void TestWarroomctl::lengthsCountCharacters()
{
    const QString emoji = QString::fromUtf8("\xF0\x9F\x9A\xA8"); // two UTF-16 units
    QCOMPARE(ctl(declareArgs(emoji.repeated(200))).exitCode, 0);
    const CtlRun longTitle = ctl(declareArgs(emoji.repeated(201)));
    QCOMPARE(longTitle.exitCode, 1);
    QVERIFY2(longTitle.errText().contains(QStringLiteral("longer than 200")),
             longTitle.err.constData());

    QCOMPARE(ctl({QStringLiteral("note"), QStringLiteral("1"), emoji.repeated(10000)}).exitCode, 0);
    const CtlRun longNote =
        ctl({QStringLiteral("note"), QStringLiteral("1"), emoji.repeated(10001)});
    QCOMPARE(longNote.exitCode, 1);
    QVERIFY2(longNote.errText().contains(QStringLiteral("limited to 10000 characters; this one "
                                                        "has 10001")),
             longNote.err.constData());

    const QString name = emoji.repeated(120);
    QCOMPARE(ctl({QStringLiteral("--author"), name, QStringLiteral("note"), QStringLiteral("1"),
                  QStringLiteral("x")})
                 .exitCode,
             0);
    QCOMPARE(ctl({QStringLiteral("--author"), name + emoji, QStringLiteral("note"),
                  QStringLiteral("1"), QStringLiteral("x")})
                 .exitCode,
             2);
}

void TestWarroomctl::unusableDatabaseFilesUntouched_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("mention");
    QTest::newRow("not SQLite") << "text"
                                << "not an SQLite database";
    QTest::newRow("schema too new") << "future"
                                    << "newer War Room";
    QTest::newRow("another program's database") << "foreign"
                                                << "another program";
    QTest::newRow("read-only file") << "readonly"
                                    << "read-only";
}

void TestWarroomctl::unusableDatabaseFilesUntouched()
{
    QFETCH(QString, kind);
    QFETCH(QString, mention);

    if (kind == QLatin1String("text")) {
        test::writeFile(m_db, "incident notes, not a database\n");
    } else if (kind == QLatin1String("foreign")) {
        const QString name = QUuid::createUuid().toString();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(m_db);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(
                QStringLiteral("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")));
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    } else {
        auto db = Database::open(DatabaseConfig::sqlite(m_db));
        QVERIFY(db);
        if (kind == QLatin1String("future"))
            QVERIFY(db.value()->exec(
                QStringLiteral("INSERT INTO warroom_schema VALUES (?, 'from the future', 0)"),
                {migrations::latestVersion() + 1}));
    }
    if (kind == QLatin1String("readonly"))
        QVERIFY(
            QFile::setPermissions(m_db, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    const QByteArray digest = test::fileDigest(m_db);
    QVERIFY(!digest.isEmpty());

    const QList<QStringList> commands{
        declareArgs(QStringLiteral("Upstream 503s")),
        {QStringLiteral("list"), QStringLiteral("--json")},
        {QStringLiteral("show"), QStringLiteral("1"), QStringLiteral("--json")},
        {QStringLiteral("note"), QStringLiteral("1"), QStringLiteral("x")}};
    for (const QStringList &command : commands) {
        const CtlRun run = ctl(command);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.errIsOneLine(), run.err.constData());
        QVERIFY2(run.errText().contains(QFileInfo(m_db).absoluteFilePath()),
                 run.err.constData()); // names the file
        QVERIFY2(run.errText().contains(mention), run.err.constData());
        QCOMPARE(run.out, QByteArray());
        QCOMPARE(test::fileDigest(m_db), digest);
    }
    QFile::setPermissions(m_db, QFile::ReadOwner | QFile::WriteOwner);
}

void TestWarroomctl::busyDatabaseFailsClearlyThenSucceeds()
{
    QCOMPARE(ctl(declareArgs(QStringLiteral("Upstream 503s"))).exitCode, 0);
    const QByteArray before = databaseState();

    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase holder = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        holder.setDatabaseName(m_db);
        QVERIFY(holder.open());
        QVERIFY(QSqlQuery(holder).exec(
            QStringLiteral("BEGIN IMMEDIATE"))); // another writer holds the lock

        const QStringList note{QStringLiteral("--busy-timeout-ms"), QStringLiteral("200"),
                               QStringLiteral("note"), QStringLiteral("1"),
                               QStringLiteral("still investigating")};
        QElapsedTimer waited;
        waited.start();
        const CtlRun run = ctl(note);
        const qint64 elapsedMs = waited.elapsed();
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.errIsOneLine(), run.err.constData());
        QVERIFY2(run.errText().contains(QStringLiteral("locked by another writer")),
                 run.err.constData());
        QVERIFY2(run.errText().contains(QStringLiteral("200 ms")), run.err.constData());
        QVERIFY2(run.errText().contains(QStringLiteral("Nothing was written")),
                 run.err.constData());
        QCOMPARE(run.out, QByteArray());
        // It waited for the lock, but only as long as told (the default would be 5 s).
        QVERIFY2(elapsedMs >= 150 && elapsedMs < 4000, qPrintable(QString::number(elapsedMs)));

        // Reading is not blocked by a writer in WAL mode.
        QCOMPARE(databaseState(), before);

        QVERIFY(QSqlQuery(holder).exec(QStringLiteral("ROLLBACK")));
        holder.close();
    }
    QSqlDatabase::removeDatabase(name);

    // Once the lock is gone the same command goes through, exactly once.
    QCOMPARE(
        ctl({QStringLiteral("note"), QStringLiteral("1"), QStringLiteral("still investigating")})
            .exitCode,
        0);
    const QJsonArray timeline =
        ctl({QStringLiteral("show"), QStringLiteral("1"), QStringLiteral("--json")})
            .jsonObject()[QLatin1String("timeline")]
            .toArray();
    QCOMPARE(timeline.size(), 2);
    QCOMPARE(timeline.at(1)[QLatin1String("payload")][QLatin1String("text")].toString(),
             QStringLiteral("still investigating"));
}

// The tests run warroomctl many times in one process: each run, failed or not, must close its
// database connection and remove it, or the connections would pile up and hold the file open.
void TestWarroomctl::repeatedRunsReleaseTheDatabase()
{
    const QStringList connections = QSqlDatabase::connectionNames();
    for (int i = 1; i <= 5; ++i) {
        QCOMPARE(ctl(declareArgs(QStringLiteral("Outage %1").arg(i))).exitCode, 0);
        QCOMPARE(ctl({QStringLiteral("note"), QString::number(i), QStringLiteral("x")}).exitCode,
                 0);
        QCOMPARE(ctl({QStringLiteral("show"), QString::number(i), QStringLiteral("--json")})
                     .jsonObject()[QLatin1String("id")]
                     .toInteger(),
                 i);
        QCOMPARE(ctl({QStringLiteral("show"), QStringLiteral("99")}).exitCode, 1);
        QCOMPARE(QSqlDatabase::connectionNames(), connections);
    }
    QCOMPARE(ctl({QStringLiteral("list"), QStringLiteral("--json")}).jsonArray().size(), 5);

    // A file refused while opening is released too.
    const QString text = m_dir->filePath(QStringLiteral("notes.txt"));
    test::writeFile(text, "not a database\n");
    QCOMPARE(test::runCtl({QStringLiteral("--db"), text, QStringLiteral("list")}, environment(),
                          *m_clock)
                 .exitCode,
             1);
    QCOMPARE(QSqlDatabase::connectionNames(), connections);
}

// Opening reads only the header and the schema; `check` reads every page and lists what SQLite
// finds, without creating, migrating or repairing anything.
void TestWarroomctl::checkFindsTheDamageOpeningDoesNotLookFor()
{
    const CtlRun missing = ctl({QStringLiteral("check")});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.errIsOneLine(), missing.err.constData());
    QVERIFY2(missing.errText().contains(QStringLiteral("does not exist")), missing.err.constData());
    QVERIFY(!QFile::exists(m_db));

    {
        auto db = Database::open(DatabaseConfig::sqlite(m_db), *m_clock);
        QVERIFY(db);
        IncidentStore store(*db.value(), *m_clock);
        IncidentFields fields = test::validFields();
        fields.title = QString(incidentfields::MaxTitleLength, QLatin1Char('t'));
        for (int i = 0; i < 200; ++i)
            QVERIFY(store.declare(fields, QStringLiteral("alice")));
    }
    const QString location = QFileInfo(m_db).absoluteFilePath();
    const CtlRun quick = ctl({QStringLiteral("check")});
    QCOMPARE(quick.exitCode, 0);
    QCOMPARE(QString::fromUtf8(quick.out),
             QStringLiteral("ok: %1 passed PRAGMA quick_check.\n").arg(location));
    const CtlRun full = ctl({QStringLiteral("check"), QStringLiteral("--full")});
    QCOMPARE(full.exitCode, 0);
    QCOMPARE(QString::fromUtf8(full.out),
             QStringLiteral("ok: %1 passed PRAGMA integrity_check.\n").arg(location));

    {
        QFile f(m_db);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const qint64 size = f.size();
        f.seek(size - size / 4);
        f.write(QByteArray(size / 4, '\x5A'));
    }
    const QByteArray digest = test::fileDigest(m_db);
    const CtlRun damaged = ctl({QStringLiteral("check"), QStringLiteral("--full")});
    QCOMPARE(damaged.exitCode, 1);
    QVERIFY(!damaged.out.isEmpty());
    QVERIFY(!damaged.out.startsWith("ok"));
    QVERIFY2(damaged.errIsOneLine(), damaged.err.constData());
    QVERIFY2(damaged.errText().contains(
                 QStringLiteral("%1 is damaged: PRAGMA integrity_check found").arg(location)),
             damaged.err.constData());
    QCOMPARE(test::fileDigest(m_db), digest);
}
