#pragma once

// The PostgreSQL server of the tests (docs/shared-mode.md, "How the tests get a server"):
// WARROOM_TEST_PG names it (scripts/pg-test-cluster.sh start prints it; quickstart test always
// sets it). Each test works in a schema of its own, dropped at the end, so that tests run in
// parallel on one server.

#include "storage/db/databaseconfig.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

namespace warroom::test {

inline QString testServerUrl()
{
    return qEnvironmentVariable("WARROOM_TEST_PG");
}

// Skips the calling test function when no server is configured, saying how to get one.
#define WARROOM_REQUIRE_PG()                                                                       \
    do {                                                                                           \
        if (warroom::test::testServerUrl().isEmpty())                                              \
            QSKIP("WARROOM_TEST_PG is not set: run eval \"$(scripts/pg-test-cluster.sh start)\"; " \
                  "export WARROOM_TEST_PG (scripts/quickstart.sh test does this)");                \
    } while (false)

// Runs one statement on the test server outside War Room's code (creating and dropping schemas,
// reading the catalog); false with a warning when it fails.
inline bool execOnTestServer(const QString &sql)
{
    const QString name = QStringLiteral("pgtest-") + QUuid::createUuid().toString();
    bool ok = false;
    {
        const QUrl url(testServerUrl());
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setDatabaseName(url.path().mid(1));
        if (db.open()) {
            QSqlQuery query(db);
            ok = query.exec(QStringLiteral("SET client_min_messages = warning")) && query.exec(sql);
            if (!ok)
                qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        } else {
            qWarning("cannot connect to %s: %s", qPrintable(testServerUrl()),
                     qPrintable(db.lastError().text()));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// A fresh, unique schema on the test server for the lifetime of this object; dropped (with
// everything in it) at the end.
class PgTestSchema
{
public:
    PgTestSchema()
        : m_name(QStringLiteral("t_") +
                 QUuid::createUuid().toString(QUuid::Id128).left(16).toLower())
    {
    }
    ~PgTestSchema()
    {
        execOnTestServer(QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE").arg(m_name));
    }
    Q_DISABLE_COPY_MOVE(PgTestSchema)

    const QString &name() const { return m_name; }
    DatabaseConfig config(int busyTimeoutMs = 5000) const
    {
        return DatabaseConfig::postgres(testServerUrl(), m_name, busyTimeoutMs);
    }

private:
    QString m_name;
};

} // namespace warroom::test
