#include "models/incidentfilterproxymodel.h"
#include "models/incidentlistmodel.h"
#include "models/timelinemodel.h"
#include "storage/changewatcher.h"
#include "storage/database.h"
#include "storage/incidentstore.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace warroom;

// The models follow storage: in-process changes through store signals, other processes' changes
// through the change watcher.
class TestIncidentModels : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void listInsertsRowOnDeclare();
    void listUpdatesRowOnStatusChange();
    void listPicksUpOtherProcessesWrites();
    void proxyPutsActiveFirstAndFilters();
    void timelineAppendsEvents();
    void timelineIgnoresOtherIncidents();

private:
    qint64 declare(const QString &title, Severity severity, int minutesAgo);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<IncidentStore> m_store;
};

void TestIncidentModels::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = Database::open(DatabaseConfig::sqlite(m_dir->filePath(QStringLiteral("models.sqlite"))));
    QVERIFY(db);
    m_db = std::move(db).value();
    m_clock = std::make_unique<ManualClock>(test::testStart());
    m_store = std::make_unique<IncidentStore>(*m_db, *m_clock);
}

void TestIncidentModels::cleanup()
{
    m_store.reset();
    m_db.reset();
    m_dir.reset();
}

qint64 TestIncidentModels::declare(const QString &title, Severity severity, int minutesAgo)
{
    IncidentFields f = test::validFields();
    f.title = title;
    f.severity = severity;
    f.detectedAt = m_clock->nowUtc().addSecs(-60 * minutesAgo);
    auto id = m_store->declare(f, QStringLiteral("alice"));
    return id ? id.value() : -1;
}

void TestIncidentModels::listInsertsRowOnDeclare()
{
    IncidentListModel model(*m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QCOMPARE(model.rowCount(), 0);
    const qint64 id = declare(QStringLiteral("Upstream API down"), Severity::Sev1, 5);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.data(model.index(0, IncidentListModel::TitleColumn)).toString(), QStringLiteral("Upstream API down"));
    QCOMPARE(model.data(model.index(0, 0), IncidentListModel::IncidentIdRole).toLongLong(), id);
    QCOMPARE(model.data(model.index(0, IncidentListModel::SeverityColumn)).toString(), QStringLiteral("SEV1"));
}

void TestIncidentModels::listUpdatesRowOnStatusChange()
{
    const qint64 id = declare(QStringLiteral("Quality decline"), Severity::Sev2, 5);
    IncidentListModel model(*m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(m_store->changeStatus(id, IncidentStatus::Restored, QStringLiteral("bob")));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.data(model.index(0, IncidentListModel::StatusColumn)).toString(), QStringLiteral("Restored"));
    QCOMPARE(model.data(model.index(0, 0), IncidentListModel::ActiveRole).toBool(), false);
}

void TestIncidentModels::listPicksUpOtherProcessesWrites()
{
    declare(QStringLiteral("first"), Severity::Sev2, 5);
    IncidentListModel model(*m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ChangeWatcher watcher(*m_db);
    connect(&watcher, &ChangeWatcher::changed, m_store.get(), &IncidentStore::notifyExternalChange);
    watcher.start();

    // A second connection plays warroomctl in another process.
    auto other = Database::open(DatabaseConfig::sqlite(m_dir->filePath(QStringLiteral("models.sqlite"))));
    QVERIFY(other);
    IncidentStore otherStore(*other.value(), *m_clock);
    IncidentFields f = test::validFields();
    f.title = QStringLiteral("from a script");
    QVERIFY(otherStore.declare(f, QStringLiteral("script")));
    QVERIFY(otherStore.changeStatus(1, IncidentStatus::Identified, QStringLiteral("script")));

    QCOMPARE(model.rowCount(), 1); // nothing yet: the watcher has not looked
    watcher.checkNow();
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.data(model.index(1, IncidentListModel::TitleColumn)).toString(), QStringLiteral("from a script"));
    QCOMPARE(model.data(model.index(0, IncidentListModel::StatusColumn)).toString(), QStringLiteral("Identified"));
}

void TestIncidentModels::proxyPutsActiveFirstAndFilters()
{
    const qint64 old = declare(QStringLiteral("old sev1, restored"), Severity::Sev1, 90);
    declare(QStringLiteral("sev3 billing"), Severity::Sev3, 10);
    declare(QStringLiteral("sev2 newer"), Severity::Sev2, 5);
    declare(QStringLiteral("sev2 older"), Severity::Sev2, 30);
    QVERIFY(m_store->changeStatus(old, IncidentStatus::Restored, QStringLiteral("bob")));

    IncidentListModel model(*m_store);
    IncidentFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto titles = [&] {
        QStringList list;
        for (int row = 0; row < proxy.rowCount(); ++row)
            list.append(proxy.index(row, IncidentListModel::TitleColumn).data().toString());
        return list;
    };
    QCOMPARE(titles(), (QStringList{QStringLiteral("sev2 newer"), QStringLiteral("sev2 older"), QStringLiteral("sev3 billing")}));
    proxy.setShowInactive(true);
    QCOMPARE(titles().last(), QStringLiteral("old sev1, restored"));
    proxy.setFilterText(QStringLiteral("OLDER"));
    QCOMPARE(titles(), (QStringList{QStringLiteral("sev2 older")}));
    proxy.setFilterText(QStringLiteral("restored"));
    QCOMPARE(titles(), (QStringList{QStringLiteral("old sev1, restored")}));

    // A change re-sorts: a newly declared SEV1 goes to the top.
    proxy.setFilterText(QString());
    declare(QStringLiteral("new sev1"), Severity::Sev1, 1);
    QCOMPARE(titles().first(), QStringLiteral("new sev1"));
}

void TestIncidentModels::timelineAppendsEvents()
{
    const qint64 id = declare(QStringLiteral("t"), Severity::Sev2, 5);
    TimelineModel model(*m_store, id);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 1);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    m_clock->advanceSecs(60);
    QVERIFY(m_store->addNote(id, QStringLiteral("no new progress"), QStringLiteral("carol")));
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.data(model.index(1, TimelineModel::EventColumn)).toString(), QStringLiteral("no new progress"));
    QCOMPARE(model.data(model.index(1, TimelineModel::AuthorColumn)).toString(), QStringLiteral("carol"));
    QCOMPARE(model.data(model.index(1, TimelineModel::TimeColumn)).toString(), QStringLiteral("29 Nov 03:01:00"));
}

void TestIncidentModels::timelineIgnoresOtherIncidents()
{
    const qint64 a = declare(QStringLiteral("a"), Severity::Sev2, 5);
    const qint64 b = declare(QStringLiteral("b"), Severity::Sev2, 5);
    TimelineModel model(*m_store, a);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QVERIFY(m_store->addNote(b, QStringLiteral("for b"), QStringLiteral("carol")));
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(model.rowCount(), 1);
}

QTEST_GUILESS_MAIN(TestIncidentModels)
#include "tst_incidentmodels.moc"
