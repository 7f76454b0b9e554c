// Help → Diagnostics… (issue 13): what Diagnostics (storage/diagnostics/diagnostics.h) gathers
// from a real SQLite file (its path, schema version, size, incidents, each channel's state and
// last delivery) and what the dialog shows and copies.
#include "core/base/diagnosticitem.h"
#include "session/currentuser.h"
#include "storage/comms/outboxstore.h"
#include "storage/diagnostics/diagnostics.h"
#include "storage/incidents/playbookstore.h"
#include "storage/migrations/migrations.h"
#include "storage/workspace.h"
#include "testsupport.h"
#include "widgets/help/diagnosticsdialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileInfo>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace warroom;

class TestDiagnostics : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void gathersTheDatabaseAndChannels();
    void dialogShowsAndCopiesTheSame();

private:
    QString value(const QList<DiagnosticItem> &items, const QString &label) const;
    QString path() const { return m_dir->filePath(QStringLiteral("diag.sqlite")); }
    Diagnostics::Seat seat() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Workspace> m_workspace;
};

void TestDiagnostics::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0"));
}

void TestDiagnostics::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_clock = std::make_unique<ManualClock>(test::testStart());
    auto ws = Workspace::open(DatabaseConfig::sqlite(path()), *m_clock);
    QVERIFY(ws);
    m_workspace = std::move(ws).value();
    for (int i = 0; i < 2; ++i)
        QVERIFY(m_workspace->playbookStore().declare(test::validFields(), QStringList(),
                                                     QStringLiteral("olga")));
    // A sync posted where Slack is set up queues a Slack row; it failed: the outcome
    // Diagnostics reports for Slack.
    QVERIFY(m_workspace->playbookStore().postSync(1, QStringLiteral("no new progress"),
                                                  QStringLiteral("olga"), {Destination::Slack}));
    OutboxStore &outbox = m_workspace->outbox();
    const Result<QList<OutboxRow>> rows = outbox.rows();
    QVERIFY(rows && rows.value().size() == 1);
    const qint64 row = rows.value().constFirst().id;
    const QString me = QStringLiteral("test");
    QVERIFY(outbox.claim(row, me, m_clock->nowUtc(), m_clock->nowUtc().addSecs(60)));
    QVERIFY(outbox.markFailed(row, me, QStringLiteral("HTTP 404: no_service")));
}

void TestDiagnostics::cleanup()
{
    m_workspace.reset();
    m_dir.reset();
}

QString TestDiagnostics::value(const QList<DiagnosticItem> &items, const QString &label) const
{
    for (const DiagnosticItem &item : items) {
        if (item.label == label)
            return item.value;
    }
    return QStringLiteral("<no %1>").arg(label);
}

Diagnostics::Seat TestDiagnostics::seat() const
{
    Diagnostics::Seat seat;
    seat.windowSystem = QStringLiteral("offscreen");
    seat.configured = {Destination::Slack};
    seat.secrets = QStringLiteral("the desktop keychain");
    return seat;
}

void TestDiagnostics::gathersTheDatabaseAndChannels()
{
    const QList<DiagnosticItem> items = Diagnostics::gather(*m_workspace, seat());
    QCOMPARE(value(items, QStringLiteral("War Room version")), QStringLiteral("0.1.0"));
    QVERIFY(value(items, QStringLiteral("Qt version")).startsWith(QString::fromLatin1(qVersion())));
    QVERIFY(value(items, QStringLiteral("Platform")).contains(QLatin1String("offscreen")));
    QCOMPARE(value(items, QStringLiteral("Interface language")), QStringLiteral("English (en)"));
    QCOMPARE(value(items, QStringLiteral("Database")), path());
    QVERIFY2(value(items, QStringLiteral("Schema version"))
                 .startsWith(QString::number(migrations::latestVersion()) + QLatin1Char(' ')),
             qPrintable(value(items, QStringLiteral("Schema version"))));
    // The file and its write-ahead log, as stored right now.
    const qint64 bytes =
        QFileInfo(path()).size() + QFileInfo(path() + QStringLiteral("-wal")).size();
    QVERIFY(bytes > 0);
    QVERIFY2(value(items, QStringLiteral("Database file size"))
                 .contains(QStringLiteral("(%1 bytes)").arg(bytes)),
             qPrintable(value(items, QStringLiteral("Database file size"))));
    QCOMPARE(value(items, QStringLiteral("Incidents")), QStringLiteral("2 (2 not closed)"));
    QVERIFY(!value(items, QStringLiteral("Settings")).isEmpty());
    QCOMPARE(value(items, QStringLiteral("Channel secrets")),
             QStringLiteral("the desktop keychain"));

    const QString slack = value(items, QStringLiteral("Channel: Slack incident channel"));
    QVERIFY2(slack.startsWith(QLatin1String("configured; last delivery: Failed, 2026-11-29T03:00")),
             qPrintable(slack));
    QVERIFY2(slack.endsWith(QLatin1String("(HTTP 404: no_service)")), qPrintable(slack));
    QCOMPARE(value(items, QStringLiteral("Channel: Email")),
             QStringLiteral("not configured on this seat; nothing delivered yet"));
    QVERIFY(value(items, QStringLiteral("Channel: Status page")).startsWith(QLatin1String("not")));
    QVERIFY(value(items, QStringLiteral("Channel: Webhook")).startsWith(QLatin1String("not")));
}

void TestDiagnostics::dialogShowsAndCopiesTheSame()
{
    const QList<DiagnosticItem> items = Diagnostics::gather(*m_workspace, seat());
    DiagnosticsDialog dialog(items);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.table()->rowCount(), items.size());
    for (int row = 0; row < items.size(); ++row) {
        QCOMPARE(dialog.table()->item(row, 0)->text(), items.at(row).label);
        QCOMPARE(dialog.table()->item(row, 1)->text(), items.at(row).value);
    }
    const QString text = dialog.text();
    QVERIFY(text.contains(QStringLiteral("Database: ") + path() + QLatin1Char('\n')));
    QVERIFY(text.contains(QLatin1String("\nIncidents: 2 (2 not closed)\n")));
    QCOMPARE(text.count(QLatin1Char('\n')), items.size());

    // For a look: <temp>/warroom-theme/diagnostics.png, or WARROOM_SCREENSHOTS.
    QString folder = qEnvironmentVariable("WARROOM_SCREENSHOTS");
    if (folder.isEmpty())
        folder = QDir::temp().filePath(QStringLiteral("warroom-theme"));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(dialog.grab().save(QDir(folder).filePath(QStringLiteral("diagnostics.png"))));

    QApplication::clipboard()->clear();
    auto *copy = dialog.findChild<QPushButton *>(QStringLiteral("copyDiagnostics"));
    QVERIFY(copy);
    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), text);
}

QTEST_MAIN(TestDiagnostics)
#include "tst_diagnostics.moc"
