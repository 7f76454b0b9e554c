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
    void ownEventsAreNotAnnouncedAgain();
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

// The store announced its own declaration when it wrote it; another process's commit afterwards
// announces that process's incident only.
void TestChangeWatcher::ownEventsAreNotAnnouncedAgain()
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
    QObject::connect(&watcher, &ChangeWatcher::changed, &guiStore,
                     &IncidentStore::notifyExternalChange);
    QVERIFY(watcher.start());
    QSignalSpy declared(&guiStore, &IncidentStore::incidentDeclared);
    Result<qint64> own = guiStore.declare(test::validFields(), QStringLiteral("alice"));
    Result<qint64> theirs = scriptStore.declare(test::validFields(), QStringLiteral("script"));
    QVERIFY(own && theirs);
    watcher.checkNow();
    QCOMPARE(declared.size(), 2);
    QCOMPARE(declared.at(0).at(0).toLongLong(), own.value());
    QCOMPARE(declared.at(1).at(0).toLongLong(), theirs.value());
    // Another own write, then another foreign one: still each once.
    QVERIFY(guiStore.addNote(own.value(), QStringLiteral("mine"), QStringLiteral("alice")));
    QSignalSpy appended(&guiStore, &IncidentStore::timelineAppended);
    QVERIFY(guiStore.addNote(own.value(), QStringLiteral("mine too"), QStringLiteral("alice")));
    QVERIFY(
        scriptStore.addNote(theirs.value(), QStringLiteral("theirs"), QStringLiteral("script")));
    watcher.checkNow();
    QCOMPARE(appended.size(), 2);
    QCOMPARE(appended.at(0).at(0).toLongLong(), own.value());
    QCOMPARE(appended.at(1).at(0).toLongLong(), theirs.value());
}

QTEST_GUILESS_MAIN(TestChangeWatcher)
#include "tst_changewatcher.moc"
