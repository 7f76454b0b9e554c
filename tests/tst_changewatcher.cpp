#include "storage/db/changewatcher.h"
#include "storage/db/database.h"
#include "storage/incidents/incidentstore.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTest>

using namespace warroom;

class TestChangeWatcher : public QObject
{
    Q_OBJECT

private slots:
    void noticesCommitsOfOtherConnections();
    void storeForwardsExternalChanges();
};

void TestChangeWatcher::noticesCommitsOfOtherConnections()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("shared.sqlite"));
    auto gui = Database::open(DatabaseConfig::sqlite(file));
    auto script = Database::open(DatabaseConfig::sqlite(file));
    QVERIFY(gui && script);
    ManualClock clock(test::testStart());
    IncidentStore guiStore(*gui.value(), clock);
    IncidentStore scriptStore(*script.value(), clock);

    ChangeWatcher watcher(*gui.value());
    QVERIFY(watcher.start());
    QSignalSpy changed(&watcher, &ChangeWatcher::changed);

    watcher.checkNow();
    QCOMPARE(changed.size(), 0);

    // The GUI's own writes are announced by the store, not by the watcher.
    QVERIFY(guiStore.declare(test::validFields(), QStringLiteral("alice")));
    watcher.checkNow();
    QCOMPARE(changed.size(), 0);

    QVERIFY(scriptStore.declare(test::validFields(), QStringLiteral("script")));
    watcher.checkNow();
    QCOMPARE(changed.size(), 1);
    watcher.checkNow();
    QCOMPARE(changed.size(), 1);
}

void TestChangeWatcher::storeForwardsExternalChanges()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("shared.sqlite"));
    auto gui = Database::open(DatabaseConfig::sqlite(file));
    auto script = Database::open(DatabaseConfig::sqlite(file));
    QVERIFY(gui && script);
    ManualClock clock(test::testStart());
    IncidentStore guiStore(*gui.value(), clock);
    IncidentStore scriptStore(*script.value(), clock);
    ChangeWatcher watcher(*gui.value(), 20);
    QObject::connect(&watcher, &ChangeWatcher::changed, &guiStore,
                     &IncidentStore::notifyExternalChange);
    QSignalSpy external(&guiStore, &IncidentStore::externallyChanged);
    QVERIFY(watcher.start());
    QVERIFY(scriptStore.declare(test::validFields(), QStringLiteral("script")));
    // The timer polls every 20 ms; wait for the signal, not for a fixed time.
    QTRY_COMPARE_WITH_TIMEOUT(external.size(), 1, 2000);
}

QTEST_GUILESS_MAIN(TestChangeWatcher)
#include "tst_changewatcher.moc"
