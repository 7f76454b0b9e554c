#pragma once

// A war room set up on the throwaway PostgreSQL cluster the way an administrator does it
// (docs/shared-mode.md): a fresh schema, one login per person, `warroomctl server init` and
// `server add-person`, then Workspaces and raw SQL as any of those logins. Shared by the suites
// of the rules the server enforces (tst_serverrules, tst_serverrowrules). Needs WARROOM_TEST_PG
// (trust authentication: the logins connect without a password).

#include "cli/runner.h"
#include "core/base/clock.h"
#include "pgtestsupport.h"
#include "storage/db/database.h"
#include "storage/workspace.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QTextStream>
#include <QUrl>

#include <memory>
#include <utility>

namespace warroom::test {

struct Ctl
{
    int code = -1;
    QString out;
    QString err;
};

class ServerWarRoom
{
public:
    explicit ServerWarRoom(ManualClock &clock)
        : m_clock(clock)
        , m_schema(std::make_unique<PgTestSchema>())
    {
    }
    ServerWarRoom(const ServerWarRoom &) = delete;
    ServerWarRoom &operator=(const ServerWarRoom &) = delete;

    // The schema, the logins made for it and its group roles go.
    ~ServerWarRoom()
    {
        const QString schema = m_schema->name();
        m_schema.reset(); // the schema and everything granted in it
        for (const QString &role : std::as_const(m_logins))
            execOnTestServer(QStringLiteral("DROP ROLE IF EXISTS %1").arg(role));
        for (const QString &group : {QStringLiteral("member"), QStringLiteral("ic"),
                                     QStringLiteral("legal"), QStringLiteral("admin")})
            execOnTestServer(QStringLiteral("DROP ROLE IF EXISTS %1_%2").arg(schema, group));
    }

    QString schema() const { return m_schema->name(); }
    QString login(const QString &who) const { return schema() + QStringLiteral("_p_") + who; }
    const QStringList &logins() const { return m_logins; }

    // The server's URL as the login of `who`; the owner's (the test cluster's user) for "".
    QString urlFor(const QString &who) const
    {
        QUrl url(testServerUrl());
        if (!who.isEmpty())
            url.setUserName(login(who));
        return url.toString();
    }

    // Makes the login of `who` (nobody's yet). False when the server refused.
    bool createLogin(const QString &who)
    {
        m_logins.append(login(who));
        return execOnTestServer(QStringLiteral("CREATE ROLE %1 LOGIN").arg(login(who)));
    }

    // warroomctl --server URL --schema SCHEMA ARGUMENTS as `who`.
    Ctl ctl(const QStringList &arguments, const QString &who = QString())
    {
        Ctl run;
        QString out;
        QString err;
        {
            QTextStream outStream(&out);
            QTextStream errStream(&err);
            run.code =
                cli::run(QStringList{QStringLiteral("warroomctl"), QStringLiteral("--server"),
                                     urlFor(who), QStringLiteral("--schema"), schema()} +
                             arguments,
                         QProcessEnvironment(), m_clock, outStream, errStream);
        }
        run.out = out;
        run.err = err;
        return run;
    }

    // Runs server init as the owner and adds each (who, full name) with a login of their own;
    // `admin` is also an administrator. Empty when all went well, else what failed.
    QString setUp(const QList<std::pair<QString, QString>> &people, const QString &admin)
    {
        const Ctl init = ctl({QStringLiteral("server"), QStringLiteral("init")});
        if (init.code != 0)
            return init.err;
        for (const auto &[who, name] : people) {
            if (!m_logins.contains(login(who)) && !createLogin(who))
                return QStringLiteral("CREATE ROLE %1 failed").arg(login(who));
            QStringList arguments{QStringLiteral("server"),
                                  QStringLiteral("add-person"),
                                  login(who),
                                  QStringLiteral("--name"),
                                  name,
                                  QStringLiteral("--email"),
                                  who + QStringLiteral("@example.com")};
            if (who == admin)
                arguments.append(QStringLiteral("--admin"));
            const Ctl added = ctl(arguments);
            if (added.code != 0)
                return added.err;
        }
        return QString();
    }

    // Which of the named triggers exist in the schema as deferred constraint triggers, sorted and
    // joined with commas (read as the owner).
    QString deferredTriggers(const QStringList &names)
    {
        auto owner = as(QString());
        if (!owner)
            return QStringLiteral("(the owner cannot connect)");
        QStringList quoted;
        for (const QString &name : names)
            quoted.append(QLatin1Char('\'') + name + QLatin1Char('\''));
        Result<QSqlQuery> found = owner->database().exec(
            QStringLiteral("SELECT string_agg(t.tgname, ',' ORDER BY t.tgname) FROM pg_trigger t"
                           " JOIN pg_class c ON c.oid = t.tgrelid WHERE c.relnamespace ="
                           " current_schema()::regnamespace AND t.tgname IN (%1)"
                           " AND t.tgdeferrable AND t.tginitdeferred")
                .arg(quoted.join(QLatin1Char(','))));
        if (!found || !found.value().next())
            return QStringLiteral("(the catalog cannot be read)");
        return found.value().value(0).toString();
    }

    // A Workspace as the login of `who` (the owner for ""), not watching other seats.
    std::unique_ptr<Workspace> as(const QString &who)
    {
        auto opened = Workspace::open(DatabaseConfig::postgres(urlFor(who), schema()), m_clock,
                                      std::nullopt, Workspace::Watch::No);
        if (!opened) {
            qWarning("%s", qPrintable(opened.error().message));
            return nullptr;
        }
        return std::move(opened).value();
    }

    // Runs the statements in one transaction as the workspace's login; the refusal's message
    // (from the statement or from COMMIT, where deferred rules run), or "" when it passed.
    static QString refusal(Workspace &workspace,
                           const QList<std::pair<QString, QVariantList>> &statements)
    {
        Result<void> done = workspace.database().inWriteTransaction([&]() -> Result<void> {
            for (const auto &[sql, values] : statements) {
                Result<QSqlQuery> ran = workspace.database().exec(sql, values);
                if (!ran)
                    return ran.error();
            }
            return {};
        });
        return done ? QString() : done.error().message;
    }
    static QString refusal(Workspace &workspace, const QString &sql,
                           const QVariantList &values = {})
    {
        return refusal(workspace, {{sql, values}});
    }

    static QString payload(const QJsonObject &object)
    {
        return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
    }

private:
    ManualClock &m_clock;
    std::unique_ptr<PgTestSchema> m_schema;
    QStringList m_logins;
};

} // namespace warroom::test
