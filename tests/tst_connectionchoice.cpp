// Where the GUI connects (storage/db/connectionchoice.h, docs/shared-mode.md): --db or --server,
// then WARROOM_SERVER, then Preferences, then the default SQLite file; the schema goes with its
// server; conflicts and bad addresses refused with the source named. No server is needed: the
// choice never connects.
#include "storage/db/connectionchoice.h"

#include <QTest>

using namespace warroom;

namespace {

const QString kUrl = QStringLiteral("postgresql://hana@db.example.com:5432/warroom");
const QString kOtherUrl = QStringLiteral("postgresql://ops@other.example.com/ops");

ConnectionSources defaults()
{
    ConnectionSources sources;
    sources.defaultSqlitePath = QStringLiteral("/home/hana/.local/share/War Room/warroom.sqlite");
    return sources;
}

} // namespace

class TestConnectionChoice : public QObject
{
    Q_OBJECT

private slots:
    void nothingNamedIsTheDefaultFile()
    {
        const Result<DatabaseConfig> chosen = connectionchoice::choose(defaults());
        QVERIFY(chosen);
        QCOMPARE(chosen->backend, DatabaseConfig::Backend::Sqlite);
        QCOMPARE(chosen->sqlitePath, defaults().defaultSqlitePath);
    }

    void precedence_data()
    {
        QTest::addColumn<QString>("db");
        QTest::addColumn<QString>("server");
        QTest::addColumn<QString>("variable");
        QTest::addColumn<QString>("preference");
        QTest::addColumn<QString>("expected"); // "file:PATH" or the server URL
        QTest::newRow("--db over everything") << "/tmp/a.sqlite"
                                              << "" << kUrl << kOtherUrl << "file:/tmp/a.sqlite";
        QTest::newRow("--server over the environment and preferences")
            << "" << kUrl << kOtherUrl << kOtherUrl << kUrl;
        QTest::newRow("environment over preferences") << ""
                                                      << "" << kUrl << kOtherUrl << kUrl;
        QTest::newRow("preferences over the default file") << ""
                                                           << ""
                                                           << "" << kUrl << kUrl;
        QTest::newRow("a blank variable is unset") << ""
                                                   << ""
                                                   << "  " << kUrl << kUrl;
    }
    void precedence()
    {
        QFETCH(QString, db);
        QFETCH(QString, server);
        QFETCH(QString, variable);
        QFETCH(QString, preference);
        QFETCH(QString, expected);
        ConnectionSources sources = defaults();
        sources.dbOption = db;
        sources.serverOption = server;
        sources.serverVariable = variable;
        sources.serverPreference = preference;
        const Result<DatabaseConfig> chosen = connectionchoice::choose(sources);
        QVERIFY2(chosen, chosen ? "" : qPrintable(chosen.error().message));
        if (expected.startsWith(QLatin1String("file:"))) {
            QCOMPARE(chosen->backend, DatabaseConfig::Backend::Sqlite);
            QCOMPARE(chosen->sqlitePath, expected.mid(5));
        } else {
            QCOMPARE(chosen->backend, DatabaseConfig::Backend::Postgres);
            QCOMPARE(chosen->serverUrl, expected);
            QCOMPARE(chosen->password, QString());
        }
    }

    void schemaGoesWithItsServer_data()
    {
        QTest::addColumn<QString>("server");
        QTest::addColumn<QString>("schemaOption");
        QTest::addColumn<QString>("variable");
        QTest::addColumn<QString>("schemaVariable");
        QTest::addColumn<QString>("schemaPreference");
        QTest::addColumn<QString>("expected");
        QTest::newRow("default") << kUrl << ""
                                 << ""
                                 << ""
                                 << ""
                                 << "warroom";
        QTest::newRow("--schema first") << kUrl << "drill"
                                        << ""
                                        << "ops"
                                        << "prefs"
                                        << "drill";
        QTest::newRow("WARROOM_SCHEMA for --server") << kUrl << ""
                                                     << ""
                                                     << "ops"
                                                     << "prefs"
                                                     << "ops";
        QTest::newRow("WARROOM_SCHEMA for WARROOM_SERVER") << ""
                                                           << "" << kUrl << "ops"
                                                           << "prefs"
                                                           << "ops";
        // The preferences' schema belongs to the preferences' server, not to another one.
        QTest::newRow("not the preferences' schema for another server") << kUrl << ""
                                                                        << ""
                                                                        << ""
                                                                        << "prefs"
                                                                        << "warroom";
        QTest::newRow("the preferences' schema for their server") << ""
                                                                  << ""
                                                                  << ""
                                                                  << "ops"
                                                                  << "prefs"
                                                                  << "prefs";
    }
    void schemaGoesWithItsServer()
    {
        QFETCH(QString, server);
        QFETCH(QString, schemaOption);
        QFETCH(QString, variable);
        QFETCH(QString, schemaVariable);
        QFETCH(QString, schemaPreference);
        QFETCH(QString, expected);
        ConnectionSources sources = defaults();
        sources.serverOption = server;
        sources.schemaOption = schemaOption;
        sources.serverVariable = variable;
        sources.schemaVariable = schemaVariable;
        sources.serverPreference = kUrl;
        sources.schemaPreference = schemaPreference;
        const Result<DatabaseConfig> chosen = connectionchoice::choose(sources);
        QVERIFY2(chosen, chosen ? "" : qPrintable(chosen.error().message));
        QCOMPARE(chosen->schema, expected);
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("db");
        QTest::addColumn<QString>("server");
        QTest::addColumn<QString>("schema");
        QTest::addColumn<bool>("as");
        QTest::addColumn<QString>("variable");
        QTest::addColumn<QString>("preference");
        QTest::addColumn<QString>("expected"); // parts of the message
        QTest::newRow("--db with --server")
            << "/tmp/a.sqlite" << kUrl << "" << false << ""
            << ""
            << "--db and --server cannot be given together|Give one of them";
        QTest::newRow("--schema without a server") << ""
                                                   << ""
                                                   << "ops" << false << ""
                                                   << ""
                                                   << "no server is given|--server URL";
        QTest::newRow("--schema with --db") << "/tmp/a.sqlite"
                                            << ""
                                            << "ops" << false << kUrl << ""
                                            << "no server is given";
        QTest::newRow("--as on a server")
            << "" << kUrl << "" << true << ""
            << ""
            << "--as is not accepted on a shared server: changes are recorded under your login";
        QTest::newRow("--as on the environment's server") << ""
                                                          << ""
                                                          << "" << true << kUrl << ""
                                                          << "--as is not accepted";
        QTest::newRow("a password in --server")
            << ""
            << "postgresql://hana:secret@db.example.com/warroom"
            << "" << false << ""
            << ""
            << "--server: |password|postgresql://hana:…@db.example.com/warroom|"
               "postgresql://user@host:port/database";
        QTest::newRow("another scheme in WARROOM_SERVER")
            << ""
            << ""
            << "" << false << "mysql://hana@db/warroom"
            << ""
            << "WARROOM_SERVER: |postgresql://user@host:port/database";
        QTest::newRow("no user in the preferences")
            << ""
            << ""
            << "" << false << ""
            << "postgresql://db.example.com/warroom"
            << "The shared war room server in Preferences: |user";
        QTest::newRow("a bad schema") << "" << kUrl << "Ops-Room" << false << ""
                                      << ""
                                      << "--server: |Ops-Room|lower-case";
        QTest::newRow("the public schema") << "" << kUrl << "public" << false << ""
                                           << ""
                                           << "\"public\"|choose another name";
    }
    void refusals()
    {
        QFETCH(QString, db);
        QFETCH(QString, server);
        QFETCH(QString, schema);
        QFETCH(bool, as);
        QFETCH(QString, variable);
        QFETCH(QString, preference);
        QFETCH(QString, expected);
        ConnectionSources sources = defaults();
        sources.dbOption = db;
        sources.serverOption = server;
        sources.schemaOption = schema;
        sources.asOption = as;
        sources.serverVariable = variable;
        sources.serverPreference = preference;
        const Result<DatabaseConfig> chosen = connectionchoice::choose(sources);
        QVERIFY(!chosen);
        QCOMPARE(chosen.error().code, Error::Code::InvalidInput);
        // A password typed into an address is never repeated in the refusal.
        QVERIFY2(!chosen.error().message.contains(QLatin1String("secret")),
                 qPrintable(chosen.error().message));
        for (const QString &part : expected.split(QLatin1Char('|')))
            QVERIFY2(chosen.error().message.contains(part),
                     qPrintable(chosen.error().message + QStringLiteral(" lacks ") + part));
    }

    // --as stays accepted on an SQLite file, where names are self-declared.
    void asIsAcceptedOnAFile()
    {
        ConnectionSources sources = defaults();
        sources.asOption = true;
        QVERIFY(connectionchoice::choose(sources));
        sources.dbOption = QStringLiteral("/tmp/a.sqlite");
        QVERIFY(connectionchoice::choose(sources));
    }

    void preferenceCheck()
    {
        QCOMPARE(connectionchoice::checkPreference(QString(), QString()), QString());
        QCOMPARE(connectionchoice::checkPreference(kUrl, QString()), QString());
        QCOMPARE(connectionchoice::checkPreference(kUrl, QStringLiteral("ops")), QString());
        QVERIFY(connectionchoice::checkPreference(QStringLiteral("postgresql://hana:pw@db/w"), {})
                    .contains(QLatin1String("password")));
        QVERIFY(connectionchoice::checkPreference(kUrl, QStringLiteral("1ops"))
                    .contains(QLatin1String("1ops")));
    }
};

QTEST_GUILESS_MAIN(TestConnectionChoice)
#include "tst_connectionchoice.moc"
