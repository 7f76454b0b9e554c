// War Room at the size users reach: a generated history of years (10,000 incidents, 1,000,000
// timeline events, one incident with 100,000 events), measured as a user meets it and each figure
// printed beside a bare baseline run in the same session. Not part of the test suite.
//   bench/run-scale.sh            build (default preset), generate once, measure
//   bench_scale --data DIR [--runs N] [--idle-seconds S] [--incidents N --events N --big N]
// The measured programs are child processes of this executable (scalechild.h).
#include "historygenerator.h"
#include "scalechild.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QTextStream>

#include <algorithm>

using namespace warroom::bench;

namespace {

QTextStream out(stdout);

struct Databases
{
    QString path;
    int bigEvents = 0;
    GeneratedHistory history;
};

double median(QList<double> values)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

void line(const QString &what, double value, const QString &baselineName, double baseline,
          const QString &unit)
{
    out << QStringLiteral("%1 %2 %3   baseline (%4) %5 %3   ratio %6")
               .arg(what, -46)
               .arg(value, 9, 'f', 1)
               .arg(unit)
               .arg(baselineName)
               .arg(baseline, 0, 'f', 1)
               .arg(baseline > 0 ? QString::number(value / baseline, 'f', 2)
                                 : QStringLiteral("n/a"))
        << Qt::endl;
}

QProcess *startChild(const QStringList &args)
{
    auto *p = new QProcess;
    p->setProgram(QCoreApplication::applicationFilePath());
    p->setArguments(QStringList{QStringLiteral("--child")} + args);
    p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p->start();
    return p;
}

// Process start to the child's "frame" line, in milliseconds.
double timeToFrame(const QStringList &args)
{
    QElapsedTimer t;
    t.start();
    std::unique_ptr<QProcess> p(startChild(args));
    while (p->waitForReadyRead(30000)) {
        if (p->readAllStandardOutput().contains("frame")) {
            const double ms = t.nsecsElapsed() / 1e6;
            p->waitForFinished(30000);
            return ms;
        }
    }
    p->kill();
    p->waitForFinished();
    return -1;
}

// Runs a child to the end and collects its "key value" lines (several values per key possible).
QHash<QString, QList<double>> childFigures(const QStringList &args, int timeoutMs)
{
    std::unique_ptr<QProcess> p(startChild(args));
    QHash<QString, QList<double>> figures;
    if (!p->waitForFinished(timeoutMs) || p->exitCode() != 0) {
        out << "child failed: " << args.join(QLatin1Char(' ')) << Qt::endl;
        return figures;
    }
    for (const QByteArray &l : p->readAllStandardOutput().split('\n')) {
        const QList<QByteArray> parts = l.trimmed().split(' ');
        if (parts.size() == 2)
            figures[QString::fromLatin1(parts.at(0))].append(parts.at(1).toDouble());
    }
    return figures;
}

double timeProcessMs(const QString &program, const QStringList &args)
{
    QElapsedTimer t;
    t.start();
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(program, args);
    p.waitForFinished(60000);
    const double ms = t.nsecsElapsed() / 1e6;
    if (p.exitCode() != 0)
        out << "failed: " << program << ' ' << args.join(QLatin1Char(' ')) << Qt::endl;
    return ms;
}

Databases prepare(const QString &dir, const QString &name, const HistorySize &size)
{
    Databases db;
    db.path = QDir(dir).filePath(name);
    db.bigEvents = size.bigIncidentEvents;
    const QString ids = db.path + QStringLiteral(".ids");
    if (QFileInfo::exists(db.path) && QFileInfo::exists(ids)) {
        QFile f(ids);
        f.open(QIODevice::ReadOnly);
        const QList<QByteArray> v = f.readAll().trimmed().split(' ');
        db.history = {v.value(0).toLongLong(), v.value(1).toLongLong(), v.value(2).toLongLong(),
                      v.value(3).toLongLong()};
        return db;
    }
    QFile::remove(db.path);
    QElapsedTimer t;
    t.start();
    const QString error = generateHistory(db.path, size, &db.history);
    if (!error.isEmpty()) {
        out << "cannot generate " << db.path << ": " << error << Qt::endl;
        ::exit(1);
    }
    QFile f(ids);
    f.open(QIODevice::WriteOnly);
    f.write(QStringLiteral("%1 %2 %3 %4\n")
                .arg(db.history.bigIncidentId)
                .arg(db.history.smallOpenIncidentId)
                .arg(db.history.incidents)
                .arg(db.history.events)
                .toLatin1());
    out << QStringLiteral("generated %1: %2 incidents, %3 events (big incident %4) in %5 s, %6 MB")
               .arg(name)
               .arg(db.history.incidents)
               .arg(db.history.events)
               .arg(db.history.bigIncidentId)
               .arg(t.elapsed() / 1000.0, 0, 'f', 1)
               .arg(QFileInfo(db.path).size() / 1e6, 0, 'f', 0)
        << Qt::endl;
    return db;
}

void measureStartup(const Databases &small, const Databases &large, int runs)
{
    QList<double> bare, smallWarroom, reader, largeWarroom, largeIncident;
    for (int i = 0; i < runs; ++i) {
        bare.append(timeToFrame({QStringLiteral("window-bare")}));
        smallWarroom.append(timeToFrame({QStringLiteral("warroom"), small.path}));
        reader.append(timeToFrame({QStringLiteral("reader-bare"), large.path}));
        largeWarroom.append(timeToFrame({QStringLiteral("warroom"), large.path}));
        largeIncident.append(timeToFrame({QStringLiteral("warroom-incident"), large.path}));
    }
    line(QStringLiteral("start-up to first frame, small database"), median(smallWarroom),
         QStringLiteral("bare Qt window"), median(bare), QStringLiteral("ms"));
    line(QStringLiteral("start-up to first frame, large history"), median(largeWarroom),
         QStringLiteral("bare QSQLITE reader of the incidents"), median(reader),
         QStringLiteral("ms"));
    line(QStringLiteral("  … until the selected incident has painted"), median(largeIncident),
         QStringLiteral("bare QSQLITE reader of the incidents"), median(reader),
         QStringLiteral("ms"));
}

void measureOpen(const Databases &large, int runs)
{
    QList<double> open, freeze, bare;
    for (int i = 0; i < runs; ++i) {
        const auto f = childFigures(
            {QStringLiteral("open"), large.path, QString::number(large.history.bigIncidentId)},
            120000);
        open += f.value(QStringLiteral("open_ms"));
        freeze += f.value(QStringLiteral("freeze_ms"));
        bare += f.value(QStringLiteral("bare_select_ms"));
    }
    line(QStringLiteral("open the largest incident (%1 events)").arg(large.bigEvents), median(open),
         QStringLiteral("bare SELECT of its events"), median(bare), QStringLiteral("ms"));
    line(QStringLiteral("  longest GUI freeze while opening it"), median(freeze),
         QStringLiteral("bare SELECT of its events"), median(bare), QStringLiteral("ms"));
}

void measureWall(const Databases &large, int runs)
{
    QList<double> frame, loaded, freeze, tick, bare;
    for (int i = 0; i < runs; ++i) {
        const auto f = childFigures({QStringLiteral("wall"), large.path}, 120000);
        frame += f.value(QStringLiteral("wall_frame_ms"));
        loaded += f.value(QStringLiteral("wall_loaded_ms"));
        freeze += f.value(QStringLiteral("wall_freeze_ms"));
        tick += f.value(QStringLiteral("wall_tick_ms"));
        bare.append(timeToFrame({QStringLiteral("window-bare")}));
    }
    line(QStringLiteral("wall screen: start to first frame"), median(frame),
         QStringLiteral("bare Qt window"), median(bare), QStringLiteral("ms"));
    line(QStringLiteral("  … until every active incident is shown"), median(loaded),
         QStringLiteral("bare Qt window"), median(bare), QStringLiteral("ms"));
    line(QStringLiteral("  longest GUI freeze meanwhile"), median(freeze),
         QStringLiteral("bare Qt window"), median(bare), QStringLiteral("ms"));
    line(QStringLiteral("  one clock tick (models, text, paint)"), median(tick),
         QStringLiteral("frame budget at 60 Hz"), 1000.0 / 60, QStringLiteral("ms"));
}

void measureForeignCommits(const Databases &large, const QString &ctl, int runs)
{
    const auto f = childFigures(
        {QStringLiteral("foreign"), large.path, QString::number(large.history.bigIncidentId),
         QString::number(large.history.smallOpenIncidentId), ctl, QString::number(runs)},
        600000);
    const double poll = 500;
    line(QStringLiteral("another process's note on the shown incident: commit to update"),
         median(f.value(QStringLiteral("shown_latency_ms"))),
         QStringLiteral("change-watcher poll period"), poll, QStringLiteral("ms"));
    line(QStringLiteral("  longest GUI freeze it causes"),
         median(f.value(QStringLiteral("shown_freeze_ms"))),
         QStringLiteral("change-watcher poll period"), poll, QStringLiteral("ms"));
    line(QStringLiteral("another process's note on another incident: freeze"),
         median(f.value(QStringLiteral("other_freeze_ms"))),
         QStringLiteral("change-watcher poll period"), poll, QStringLiteral("ms"));
}

void measureWrites(const Databases &db, const QString &label, const QString &ctl, int runs)
{
    QList<double> note, bare;
    const QString id = QString::number(db.history.smallOpenIncidentId);
    for (int i = 0; i < runs; ++i) {
        note.append(timeProcessMs(ctl, {QStringLiteral("--db"), db.path, QStringLiteral("--author"),
                                        QStringLiteral("Ben Adeyemi"), QStringLiteral("note"), id,
                                        QStringLiteral("Bench note %1").arg(i)}));
        bare.append(
            timeProcessMs(QCoreApplication::applicationFilePath(),
                          {QStringLiteral("--child"), QStringLiteral("insert-bare"), db.path, id}));
    }
    line(QStringLiteral("warroomctl note, %1").arg(label), median(note),
         QStringLiteral("bare INSERT process, synchronous=FULL"), median(bare),
         QStringLiteral("ms"));
}

void measureIdle(const Databases &large, int seconds)
{
    const auto room =
        childFigures({QStringLiteral("idle"), large.path,
                      QString::number(large.history.bigIncidentId), QString::number(seconds)},
                     (seconds + 120) * 1000);
    const auto bare = childFigures({QStringLiteral("idle-bare"), QString::number(seconds)},
                                   (seconds + 60) * 1000);
    line(QStringLiteral("idle CPU over %1 s, largest incident shown").arg(seconds),
         room.value(QStringLiteral("cpu_pct")).value(0, -1), QStringLiteral("bare window"),
         bare.value(QStringLiteral("cpu_pct")).value(0, -1), QStringLiteral("% of a core"));
    const double start = room.value(QStringLiteral("rss_start_kb")).value(0) / 1024;
    const double end = room.value(QStringLiteral("rss_end_kb")).value(0) / 1024;
    line(QStringLiteral("RSS after the idle period (start %1 MB)").arg(start, 0, 'f', 1), end,
         QStringLiteral("bare window"), bare.value(QStringLiteral("rss_end_kb")).value(0) / 1024,
         QStringLiteral("MB"));
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc > 2 && qstrcmp(argv[1], "--child") == 0) {
        // The bare INSERT stands for warroomctl, a QCoreApplication; the others show windows.
        if (qstrcmp(argv[2], "insert-bare") == 0) {
            QCoreApplication app(argc, argv);
            return runChild(QCoreApplication::arguments().mid(2));
        }
        QApplication app(argc, argv);
        return runChild(QCoreApplication::arguments().mid(2));
    }
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption dataOpt(QStringLiteral("data"),
                                     QStringLiteral("Folder for the generated databases."),
                                     QStringLiteral("DIR"), QStringLiteral("bench-data"));
    const QCommandLineOption runsOpt(QStringLiteral("runs"), QStringLiteral("Runs per figure."),
                                     QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption idleOpt(QStringLiteral("idle-seconds"),
                                     QStringLiteral("Idle measurement length (0 skips it)."),
                                     QStringLiteral("S"), QStringLiteral("60"));
    const QCommandLineOption incidentsOpt(QStringLiteral("incidents"),
                                          QStringLiteral("Incidents in the large history."),
                                          QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption eventsOpt(QStringLiteral("events"),
                                       QStringLiteral("Events in the large history."),
                                       QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption bigOpt(QStringLiteral("big"),
                                    QStringLiteral("Events of the largest incident."),
                                    QStringLiteral("N"), QStringLiteral("100000"));
    parser.addOptions({dataOpt, runsOpt, idleOpt, incidentsOpt, eventsOpt, bigOpt});
    parser.process(app);

    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen")
                                                                    : qgetenv("QT_QPA_PLATFORM"));
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        QDir().mkpath(parser.value(dataOpt) + QStringLiteral("/runtime"));
        QFile::setPermissions(parser.value(dataOpt) + QStringLiteral("/runtime"),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                  QFileDevice::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", QFileInfo(parser.value(dataOpt) + QStringLiteral("/runtime"))
                                       .absoluteFilePath()
                                       .toLocal8Bit());
    }
    // Children must not read or write the user's settings (window geometry, text size, name).
    QDir().mkpath(parser.value(dataOpt) + QStringLiteral("/config"));
    qputenv("XDG_CONFIG_HOME", QFileInfo(parser.value(dataOpt) + QStringLiteral("/config"))
                                   .absoluteFilePath()
                                   .toLocal8Bit());

    HistorySize large;
    large.incidents = parser.value(incidentsOpt).toInt();
    large.events = parser.value(eventsOpt).toLongLong();
    large.bigIncidentEvents = parser.value(bigOpt).toInt();
    const QString tag = QStringLiteral("%1-%2-%3.sqlite")
                            .arg(large.incidents)
                            .arg(large.events)
                            .arg(large.bigIncidentEvents);
    const Databases small =
        prepare(parser.value(dataOpt), QStringLiteral("small.sqlite"), {20, 400, 60, 5});
    const Databases big = prepare(parser.value(dataOpt), QStringLiteral("large-") + tag, large);
    const int runs = qMax(1, parser.value(runsOpt).toInt());
    const QString ctl = QStringLiteral(WARROOMCTL_PATH);

    out << QStringLiteral("runs per figure: %1 (medians)").arg(runs) << Qt::endl;
    measureStartup(small, big, runs);
    measureOpen(big, qMin(runs, 3));
    measureWall(big, qMin(runs, 3));
    measureWrites(small, QStringLiteral("small database"), ctl, runs * 2);
    measureWrites(big, QStringLiteral("large history"), ctl, runs * 2);
    measureForeignCommits(big, ctl, runs);
    if (const int seconds = parser.value(idleOpt).toInt(); seconds > 0)
        measureIdle(big, seconds);
    return 0;
}
