#pragma once

// A PostgreSQL cluster of one test's own (scripts/pg-test-cluster.sh), for tests that pause,
// restart or stop the server: the shared test cluster (WARROOM_TEST_PG) serves other tests
// running at the same time, which a paused or restarted server would break.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QUrl>
#include <QUuid>

#include <csignal>
#include <sys/types.h>

namespace warroom::test {

// One statement on the server at url as its superuser, outside War Room's code; true when it
// ran and, for a query, returned at least one row. Any thread.
inline bool execOn(const QString &url, const QString &sql)
{
    const QString name = QStringLiteral("private-") + QUuid::createUuid().toString();
    bool ok = false;
    {
        const QUrl address(url);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(address.host());
        db.setPort(address.port(5432));
        db.setUserName(address.userName());
        db.setDatabaseName(address.path().mid(1));
        if (db.open()) {
            QSqlQuery query(db);
            ok = query.exec(sql) && (!query.isSelect() || query.next());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

class PrivateCluster
{
public:
    PrivateCluster()
    {
        QProcess script;
        script.start(scriptPath(), {QStringLiteral("start")});
        if (!script.waitForFinished(120000) || script.exitCode() != 0) {
            m_error = QString::fromUtf8(script.readAllStandardError());
            return;
        }
        const QStringList lines = QString::fromUtf8(script.readAllStandardOutput()).split('\n');
        for (const QString &line : lines) {
            if (line.startsWith(QLatin1String("WARROOM_TEST_PG_DIR=")))
                m_dir = line.mid(line.indexOf('=') + 1);
            else if (line.startsWith(QLatin1String("WARROOM_TEST_PG=")))
                m_url = line.mid(line.indexOf('=') + 1);
        }
        if (m_dir.isEmpty() || m_url.isEmpty())
            m_error = QStringLiteral("pg-test-cluster.sh start printed no settings");
    }
    ~PrivateCluster()
    {
        if (m_dir.isEmpty())
            return;
        resume();
        QProcess::execute(scriptPath(), {QStringLiteral("stop"), m_dir});
    }
    Q_DISABLE_COPY_MOVE(PrivateCluster)

    bool isRunning() const { return m_error.isEmpty(); }
    const QString &error() const { return m_error; }
    const QString &url() const { return m_url; }

    // SIGSTOP to the postmaster and every server process: the server keeps its sockets (the
    // kernel still accepts connections and acknowledges data) but answers nothing, like a
    // frozen virtual machine.
    bool pause() { return signalAll(SIGSTOP); }
    bool resume() { return signalAll(SIGCONT); }
    // pg_ctl restart -m fast: every session is ended; the server is back on the same port.
    bool restart()
    {
        return QProcess::execute(scriptPath(), {QStringLiteral("restart"), m_dir}) == 0;
    }

private:
    static QString scriptPath()
    {
        return QStringLiteral(WARROOM_SOURCE_DIR "/scripts/pg-test-cluster.sh");
    }

    // The postmaster first (it starts no new process while stopped), then its children.
    bool signalAll(int signal) const
    {
        QFile pidFile(m_dir + QStringLiteral("/data/postmaster.pid"));
        if (!pidFile.open(QIODevice::ReadOnly))
            return false;
        const pid_t postmaster = pid_t(pidFile.readLine().trimmed().toLongLong());
        if (postmaster <= 0 || ::kill(postmaster, signal) != 0)
            return false;
        const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
        for (const QString &entry : entries) {
            bool number = false;
            const pid_t pid = pid_t(entry.toLongLong(&number));
            if (!number)
                continue;
            QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
            if (!stat.open(QIODevice::ReadOnly))
                continue;
            // "pid (name) state ppid ...": the name may hold spaces, so read after its ")".
            const QByteArray line = stat.readAll();
            const QList<QByteArray> rest = line.mid(line.lastIndexOf(')') + 2).split(' ');
            if (rest.size() > 1 && rest.at(1).toLongLong() == postmaster)
                ::kill(pid, signal);
        }
        return true;
    }

    QString m_dir;
    QString m_url;
    QString m_error;
};

} // namespace warroom::test
