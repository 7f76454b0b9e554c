#include "scalechild.h"

#include "core/base/appidentity.h"
#include "core/base/clock.h"
#include "models/wall/wallincidentmodel.h"
#include "session/currentuser.h"
#include "storage/incidents/incidentstore.h"
#include "storage/workspace.h"
#include "widgets/incidents/incidentview.h"
#include "widgets/incidents/mainwindow.h"
#include "widgets/wall/wallscreen.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTextStream>
#include <QTimer>
#include <QVariant>
#include <QWidget>

#include <sys/resource.h>

#include <functional>

namespace warroom::bench {
namespace {

void say(const QString &key, double value)
{
    QTextStream(stdout) << key << ' ' << QString::number(value, 'f', 3) << Qt::endl;
}

// Calls `then` once, after the first paint of `window` has been flushed.
class FirstFrame final : public QObject
{
public:
    FirstFrame(QWidget *window, std::function<void()> then)
        : QObject(window)
        , m_then(std::move(then))
    {
        window->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            QTimer::singleShot(0, this, m_then);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_then;
    bool m_done = false;
};

// The longest time the event loop went without running a 2 ms timer: how long the GUI froze.
class FreezeMeter final : public QObject
{
public:
    FreezeMeter()
    {
        m_timer.setInterval(2);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            m_longest = qMax(m_longest, m_since.nsecsElapsed() / 1e6);
            m_since.restart();
        });
    }
    void start()
    {
        m_longest = 0;
        m_since.start();
        m_timer.start();
    }
    // Ends the measurement, counting the gap up to now.
    double stop()
    {
        m_timer.stop();
        return qMax(m_longest, m_since.nsecsElapsed() / 1e6);
    }

private:
    QTimer m_timer;
    QElapsedTimer m_since;
    double m_longest = 0;
};

void waitMs(int ms)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
}

qint64 rssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec +
           (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// warroom's main() without the command line: the workspace, the window, shown.
struct WarRoom
{
    SystemClock clock;
    std::unique_ptr<Workspace> workspace;
    CurrentUser user;
    MainWindow *window = nullptr;

    explicit WarRoom(const QString &path)
    {
        applyApplicationIdentity();
        auto opened = Workspace::open(DatabaseConfig::sqlite(path), clock);
        if (!opened) {
            QTextStream(stderr) << opened.error().message << Qt::endl;
            ::exit(1);
        }
        workspace = std::move(opened).value();
        user.overrideName(QStringLiteral("Ana Ortiz"));
        workspace->incidents().setBackgroundReads(BackgroundReads{true}); // as warroom's main()
        MainWindow::applyRememberedTextSize();
        window = new MainWindow(*workspace, user);
        window->setAttribute(Qt::WA_DeleteOnClose);
    }
    // Runs the event loop until the window's first frame.
    void showAndWaitForFrame()
    {
        QEventLoop loop;
        new FirstFrame(window, [&loop] { loop.quit(); });
        window->show();
        loop.exec();
    }
};

int frameAndQuit(QWidget *window)
{
    new FirstFrame(window, [] {
        QTextStream(stdout) << "frame" << Qt::endl;
        QCoreApplication::quit();
    });
    window->show();
    return QCoreApplication::exec();
}

double bareSelectMs(const QString &path, qint64 incidentId)
{
    QElapsedTimer t;
    t.start();
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bare"));
        db.setDatabaseName(path);
        db.open();
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT id, incident_id, occurred_at, author, kind, payload"
                                 " FROM timeline_events WHERE incident_id = ? ORDER BY id"));
        q.addBindValue(incidentId);
        q.exec();
        qint64 bytes = 0;
        while (q.next())
            bytes += q.value(5).toString().size() + q.value(3).toString().size();
        Q_UNUSED(bytes);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bare"));
    return t.nsecsElapsed() / 1e6;
}

int foreignWrites(WarRoom &room, qint64 shown, qint64 other, const QString &ctl, int rounds,
                  const QString &path)
{
    QElapsedTimer sinceCommit;
    bool updated = false;
    for (QAbstractItemView *view : room.window->findChildren<QAbstractItemView *>()) {
        QAbstractItemModel *model = view->model();
        if (!model)
            continue;
        const auto mark = [&updated] { updated = true; };
        QObject::connect(model, &QAbstractItemModel::rowsInserted, room.window, mark);
        QObject::connect(model, &QAbstractItemModel::modelReset, room.window, mark);
        QObject::connect(model, &QAbstractItemModel::dataChanged, room.window, mark);
    }
    FreezeMeter freeze;
    for (const qint64 target : {shown, other}) {
        const QString prefix = target == shown ? QStringLiteral("shown") : QStringLiteral("other");
        for (int i = 0; i < rounds; ++i) {
            QProcess writer;
            writer.setProgram(ctl);
            writer.setArguments({QStringLiteral("--db"), path, QStringLiteral("--author"),
                                 QStringLiteral("Ben Adeyemi"), QStringLiteral("note"),
                                 QString::number(target),
                                 QStringLiteral("Foreign write %1").arg(i)});
            writer.start();
            while (writer.state() != QProcess::NotRunning)
                QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
            if (writer.exitCode() != 0) {
                QTextStream(stderr) << writer.readAllStandardError();
                return 1;
            }
            updated = false;
            sinceCommit.start();
            freeze.start();
            // The watcher polls every 500 ms; wait out a full period after the update.
            while (!updated && sinceCommit.elapsed() < 3000)
                QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
            const double latency = updated ? sinceCommit.nsecsElapsed() / 1e6 : -1;
            waitMs(600);
            say(prefix + QStringLiteral("_latency_ms"), latency);
            say(prefix + QStringLiteral("_freeze_ms"), freeze.stop());
        }
    }
    return 0;
}

} // namespace

int runChild(const QStringList &args)
{
    const QString mode = args.value(0);
    const QString path = args.value(1);
    if (mode == QLatin1String("window-bare")) {
        QWidget window;
        window.resize(1280, 800);
        return frameAndQuit(&window);
    }
    if (mode == QLatin1String("reader-bare")) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"));
        db.setDatabaseName(path);
        db.open();
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.exec(QStringLiteral("SELECT * FROM incidents ORDER BY id"));
        QList<QVariantList> rows;
        while (q.next()) {
            QVariantList row;
            for (int i = 0; i < 12; ++i)
                row.append(q.value(i));
            rows.append(row);
        }
        QWidget window;
        window.resize(1280, 800);
        window.setWindowTitle(QString::number(rows.size()));
        return frameAndQuit(&window);
    }
    if (mode == QLatin1String("warroom")) {
        WarRoom room(path);
        return frameAndQuit(room.window);
    }
    if (mode == QLatin1String("warroom-incident")) {
        // Start-up until the selected incident's view has painted (it is built after the
        // window's first frame).
        WarRoom room(path);
        QTimer poll;
        poll.setInterval(1);
        QObject::connect(&poll, &QTimer::timeout, [&poll, &room] {
            auto *view = room.window->findChild<IncidentView *>();
            if (!view)
                return;
            poll.stop();
            new FirstFrame(view, [] {
                QTextStream(stdout) << "frame" << Qt::endl;
                QCoreApplication::quit();
            });
        });
        poll.start();
        room.window->show();
        return QCoreApplication::exec();
    }
    if (mode == QLatin1String("wall")) {
        // warroom --wall on the whole history: first frame, then until every panel on screen
        // shows its incident (the largest one is active), the longest freeze meanwhile, and
        // what one clock tick (models, countdowns, text re-fitted) costs afterwards.
        applyApplicationIdentity();
        // A manual clock set to now: each measured tick moves it one second, so countdowns and
        // the T+ clocks change as they do on a real wall screen.
        ManualClock clock(QDateTime::currentDateTimeUtc());
        QElapsedTimer sinceStart;
        sinceStart.start();
        auto opened = Workspace::open(DatabaseConfig::sqlite(path), clock);
        if (!opened) {
            QTextStream(stderr) << opened.error().message << Qt::endl;
            return 1;
        }
        std::unique_ptr<Workspace> workspace = std::move(opened).value();
        workspace->incidents().setBackgroundReads(BackgroundReads{true});
        WallScreen wall(*workspace);
        wall.resize(1920, 1080);
        QEventLoop loop;
        new FirstFrame(&wall, [&loop] { loop.quit(); });
        wall.show();
        loop.exec();
        say(QStringLiteral("wall_frame_ms"), sinceStart.nsecsElapsed() / 1e6);
        FreezeMeter freeze;
        freeze.start();
        const auto loading = [&wall] {
            const auto models = wall.findChildren<WallIncidentModel *>();
            for (const WallIncidentModel *model : models) {
                if (!model->facts().error.isEmpty())
                    return true; // still loading its timeline (or failed: the wait ends at 60 s)
            }
            return models.isEmpty();
        };
        QElapsedTimer waited;
        waited.start();
        while (loading() && waited.elapsed() < 60000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        say(QStringLiteral("wall_loaded_ms"), sinceStart.nsecsElapsed() / 1e6);
        say(QStringLiteral("wall_freeze_ms"), freeze.stop());
        for (int i = 0; i < 15; ++i) {
            clock.advanceSecs(1);
            QElapsedTimer t;
            t.start();
            wall.tick();
            QCoreApplication::processEvents(); // the queued refresh and its paint
            say(QStringLiteral("wall_tick_ms"), t.nsecsElapsed() / 1e6);
        }
        return 0;
    }
    if (mode == QLatin1String("open")) {
        const qint64 id = args.value(2).toLongLong();
        WarRoom room(path);
        room.showAndWaitForFrame();
        waitMs(200);
        FreezeMeter freeze;
        freeze.start();
        QElapsedTimer t;
        t.start();
        room.window->selectIncident(id);
        const double openMs = t.nsecsElapsed() / 1e6;
        waitMs(1000); // anything the view loads afterwards counts as a freeze too
        say(QStringLiteral("open_ms"), openMs);
        say(QStringLiteral("freeze_ms"), freeze.stop());
        say(QStringLiteral("bare_select_ms"), bareSelectMs(path, id));
        return 0;
    }
    if (mode == QLatin1String("foreign")) {
        WarRoom room(path);
        room.showAndWaitForFrame();
        room.window->selectIncident(args.value(2).toLongLong());
        waitMs(1000);
        return foreignWrites(room, args.value(2).toLongLong(), args.value(3).toLongLong(),
                             args.value(4), args.value(5).toInt(), path);
    }
    if (mode == QLatin1String("insert-bare")) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"));
        db.setDatabaseName(path);
        if (!db.open())
            return 1;
        QSqlQuery q(db);
        q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        q.exec(QStringLiteral("PRAGMA synchronous=FULL"));
        q.exec(QStringLiteral("BEGIN IMMEDIATE"));
        q.prepare(QStringLiteral("INSERT INTO timeline_events (incident_id, occurred_at, author,"
                                 " kind, payload) VALUES (?, ?, 'Ben Adeyemi', 'note', ?)"));
        q.addBindValue(args.value(2).toLongLong());
        q.addBindValue(QDateTime::currentMSecsSinceEpoch());
        q.addBindValue(QStringLiteral("{\"text\":\"Bare insert\"}"));
        const bool ok = q.exec();
        q.exec(QStringLiteral("COMMIT"));
        return ok ? 0 : 1;
    }
    if (mode == QLatin1String("idle") || mode == QLatin1String("idle-bare")) {
        const bool bare = mode == QLatin1String("idle-bare");
        const int seconds = args.value(bare ? 1 : 3).toInt();
        std::unique_ptr<WarRoom> room;
        std::unique_ptr<QWidget> window;
        if (bare) {
            window = std::make_unique<QWidget>();
            window->resize(1280, 800);
            window->show();
        } else {
            room = std::make_unique<WarRoom>(path);
            room->showAndWaitForFrame();
            room->window->selectIncident(args.value(2).toLongLong());
        }
        // Settle: first layouts, fonts, caches, and the background reads of the shown incident and
        // of the list (a second or two for the 100,000-event incident on a loaded machine).
        waitMs(5000);
        const qint64 rssStart = rssKb();
        const double cpuStart = cpuSeconds();
        QElapsedTimer t;
        t.start();
        QTimer::singleShot(seconds * 1000, qApp, &QCoreApplication::quit);
        QCoreApplication::exec();
        say(QStringLiteral("cpu_pct"), (cpuSeconds() - cpuStart) / (t.nsecsElapsed() / 1e9) * 100);
        say(QStringLiteral("rss_start_kb"), rssStart);
        say(QStringLiteral("rss_end_kb"), rssKb());
        return 0;
    }
    QTextStream(stderr) << "unknown child mode " << mode << Qt::endl;
    return 2;
}

} // namespace warroom::bench
