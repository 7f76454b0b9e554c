#include "closingsupport.h"
#include "models/board/phaseboardmodel.h"
#include "models/calls/calllistmodel.h"
#include "models/incidents/incidentfilterproxymodel.h"
#include "models/incidents/incidentlistmodel.h"
#include "models/incidents/timelinemodel.h"
#include "models/roles/roleboardmodel.h"
#include "playbooktestsupport.h"
#include "storage/db/changewatcher.h"
#include "storage/db/database.h"
#include "storage/incidents/incidentstore.h"
#include "storage/incidents/incidenttimeline.h"
#include "storage/incidents/playbookstore.h"
#include "storage/roles/rolestore.h"
#include "storage/workspace.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QFont>
#include <QIcon>
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
    void restoredStaysListedUntilClosed();
    void deadlinesText();
    void deadlinesCountOverdueAndNext();
    void deadlinesFollowTheClockWithoutQuerying();
    void closedIncidentShowsNoDeadlines();
    void closedIncidentsReadWhenAsked();
    void timelineAppendsEvents();
    void timelineIgnoresOtherIncidents();
    void timelineIsReadOnceAndShared();
    void externalChangesNameTheIncidents();
    void anotherIncidentsCommitTouchesNothing();
    void incrementalStateMatchesAFreshLoad();
    void eventsOfARolledBackChangeNeverShow();

private:
    qint64 declare(const QString &title, Severity severity, int minutesAgo);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<IncidentStore> m_store;
    std::unique_ptr<PlaybookStore> m_playbook;
};

void TestIncidentModels::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto db =
        Database::open(DatabaseConfig::sqlite(m_dir->filePath(QStringLiteral("models.sqlite"))));
    QVERIFY(db);
    m_db = std::move(db).value();
    m_clock = std::make_unique<ManualClock>(test::testStart());
    m_store = std::make_unique<IncidentStore>(*m_db, *m_clock);
    m_playbook = std::make_unique<PlaybookStore>(*m_store, test::seedPlaybook());
}

void TestIncidentModels::cleanup()
{
    m_playbook.reset();
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
    QCOMPARE(model.data(model.index(0, IncidentListModel::TitleColumn)).toString(),
             QStringLiteral("Upstream API down"));
    QCOMPARE(model.data(model.index(0, 0), IncidentListModel::IncidentIdRole).toLongLong(), id);
    QCOMPARE(model.data(model.index(0, IncidentListModel::SeverityColumn)).toString(),
             QStringLiteral("SEV1"));
}

void TestIncidentModels::listUpdatesRowOnStatusChange()
{
    const qint64 id = declare(QStringLiteral("Quality decline"), Severity::Sev2, 5);
    IncidentListModel model(*m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(m_store->changeStatus(id, IncidentStatus::Restored, QStringLiteral("bob")));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.data(model.index(0, IncidentListModel::StatusColumn)).toString(),
             QStringLiteral("Restored"));
    QCOMPARE(model.data(model.index(0, 0), IncidentListModel::ActiveRole).toBool(), false);
    QCOMPARE(model.data(model.index(0, 0), IncidentListModel::OpenRole).toBool(), true);
}

void TestIncidentModels::listPicksUpOtherProcessesWrites()
{
    declare(QStringLiteral("first"), Severity::Sev2, 5);
    IncidentListModel model(*m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ChangeWatcher watcher(*m_db);
    connect(&watcher, &ChangeWatcher::changed, m_store.get(), &IncidentStore::notifyExternalChange);
    QVERIFY(watcher.start());

    // A second connection plays warroomctl in another process.
    auto other =
        Database::open(DatabaseConfig::sqlite(m_dir->filePath(QStringLiteral("models.sqlite"))));
    QVERIFY(other);
    IncidentStore otherStore(*other.value(), *m_clock);
    IncidentFields f = test::validFields();
    f.title = QStringLiteral("from a script");
    QVERIFY(otherStore.declare(f, QStringLiteral("script")));
    QVERIFY(otherStore.changeStatus(1, IncidentStatus::Identified, QStringLiteral("script")));

    QCOMPARE(model.rowCount(), 1); // nothing yet: the watcher has not looked
    watcher.checkNow();
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.data(model.index(1, IncidentListModel::TitleColumn)).toString(),
             QStringLiteral("from a script"));
    QCOMPARE(model.data(model.index(0, IncidentListModel::StatusColumn)).toString(),
             QStringLiteral("Identified"));
}

void TestIncidentModels::proxyPutsActiveFirstAndFilters()
{
    const qint64 old = declare(QStringLiteral("old sev1, closed"), Severity::Sev1, 90);
    declare(QStringLiteral("sev3 billing"), Severity::Sev3, 10);
    declare(QStringLiteral("sev2 newer"), Severity::Sev2, 5);
    declare(QStringLiteral("sev2 older"), Severity::Sev2, 30);
    QVERIFY(test::settleAndClose(*m_store, *m_playbook, old));

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
    QCOMPARE(titles(), (QStringList{QStringLiteral("sev2 newer"), QStringLiteral("sev2 older"),
                                    QStringLiteral("sev3 billing")}));
    proxy.setShowClosed(true);
    QCOMPARE(titles().last(), QStringLiteral("old sev1, closed"));
    proxy.setFilterText(QStringLiteral("OLDER"));
    QCOMPARE(titles(), (QStringList{QStringLiteral("sev2 older")}));
    proxy.setFilterText(QStringLiteral("closed"));
    QCOMPARE(titles(), (QStringList{QStringLiteral("old sev1, closed")}));

    // A change re-sorts: a newly declared SEV1 goes to the top.
    proxy.setFilterText(QString());
    declare(QStringLiteral("new sev1"), Severity::Sev1, 1);
    QCOMPARE(titles().first(), QStringLiteral("new sev1"));
}

// Restoring is exactly when the resolved announcement, the customer email and the postmortem fall
// due: a restored incident stays in the list (after the still-burning ones of its severity) until
// it is closed.
void TestIncidentModels::restoredStaysListedUntilClosed()
{
    const qint64 restored = declare(QStringLiteral("sev2 restored, newest"), Severity::Sev2, 1);
    declare(QStringLiteral("sev2 burning"), Severity::Sev2, 30);
    declare(QStringLiteral("sev3 burning"), Severity::Sev3, 10);
    QVERIFY(m_store->changeStatus(restored, IncidentStatus::Restored, QStringLiteral("bob")));

    IncidentListModel model(*m_store, *m_playbook, *m_clock);
    model.setTicking(false);
    IncidentFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto titles = [&] {
        QStringList list;
        for (int row = 0; row < proxy.rowCount(); ++row)
            list.append(proxy.index(row, IncidentListModel::TitleColumn).data().toString());
        return list;
    };
    QCOMPARE(titles(),
             (QStringList{QStringLiteral("sev2 burning"), QStringLiteral("sev2 restored, newest"),
                          QStringLiteral("sev3 burning")}));
    QVERIFY(!proxy.showClosed());

    QVERIFY(test::settleAndClose(*m_store, *m_playbook, restored));
    QCOMPARE(titles(),
             (QStringList{QStringLiteral("sev2 burning"), QStringLiteral("sev3 burning")}));
    proxy.setShowClosed(true);
    QCOMPARE(titles().last(), QStringLiteral("sev2 restored, newest"));
}

void TestIncidentModels::deadlinesText()
{
    const QDateTime now = m_clock->nowUtc();
    const auto open = [&](ObligationState state, qint64 secsFromNow) {
        ObligationStatus s;
        s.state = state;
        s.dueAt = now.addSecs(secsFromNow);
        return s;
    };
    ObligationStatus settled = open(ObligationState::Done, -600);
    ObligationStatus waiting = open(ObligationState::Upcoming, 0);
    waiting.dueAt = QDateTime();
    const QList<ObligationStatus> threeOverdue{open(ObligationState::Overdue, -60),
                                               open(ObligationState::Overdue, -3000),
                                               open(ObligationState::Overdue, -1),
                                               open(ObligationState::Upcoming, 14 * 60 + 38),
                                               open(ObligationState::Upcoming, 3600),
                                               settled,
                                               waiting};
    QCOMPARE(IncidentListModel::deadlinesText(threeOverdue, now),
             QStringLiteral("3 overdue · next in 14 m 38 s"));
    QCOMPARE(IncidentListModel::deadlinesText(threeOverdue, now, true),
             QStringLiteral("3 overdue\nnext in 14 m 38 s"));
    QCOMPARE(
        IncidentListModel::deadlinesText({open(ObligationState::Upcoming, 65 * 60), settled}, now),
        QStringLiteral("next in 1 h 05 m"));
    QCOMPARE(IncidentListModel::deadlinesText({open(ObligationState::Overdue, -5)}, now),
             QStringLiteral("1 overdue"));
    QCOMPARE(IncidentListModel::deadlinesText({settled, waiting}, now), QStringLiteral("—"));
}

// The list shows what the board would: the overdue count and the next deadline, as evaluated by
// the playbook store, re-evaluated when the incident's timeline changes.
void TestIncidentModels::deadlinesCountOverdueAndNext()
{
    const qint64 id = declare(QStringLiteral("outage"), Severity::Sev2, 10); // T+10 at 03:00
    QVERIFY(test::assignCommander(*m_store, id));
    IncidentListModel model(*m_store, *m_playbook, *m_clock);
    model.setTicking(false);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QModelIndex cell = model.index(model.rowOf(id), IncidentListModel::DeadlinesColumn);
    // The T+15 obligations are due in 5 minutes; nothing is overdue yet.
    QCOMPARE(cell.data().toString(), QStringLiteral("next in 5 m 00 s"));
    QCOMPARE(cell.data(IncidentListModel::OverdueRole).toInt(), 0);
    QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(QStringLiteral("due 03:05 UTC")));

    m_clock->advanceSecs(7 * 60); // T+17: the T+15 obligations are overdue
    model.tick();
    const auto expected = m_playbook->obligations(id, m_clock->nowUtc());
    QVERIFY(expected);
    const int overdue =
        int(std::count_if(expected->begin(), expected->end(), [](const ObligationStatus &s) {
            return s.state == ObligationState::Overdue;
        }));
    QVERIFY(overdue >= 3);
    QCOMPARE(cell.data(IncidentListModel::OverdueRole).toInt(), overdue);
    QCOMPARE(cell.data().toString(),
             QStringLiteral("%1 overdue\nnext in 43 m 00 s").arg(overdue)); // T+60 at 03:50
    QCOMPARE(cell.data(Qt::ForegroundRole).value<QColor>(), QColor(0xb7, 0x1c, 0x1c));
    // Not by colour alone: the overdue icon and a bold "N overdue" on the alarm tint.
    QVERIFY(!cell.data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(cell.data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(cell.data(Qt::BackgroundRole).isValid());
    const QModelIndex calm = model.index(model.rowOf(id), IncidentListModel::TitleColumn);
    QVERIFY(!calm.data(Qt::DecorationRole).isValid());

    // Ticking one off in this process re-evaluates at once.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(m_playbook->markDone(id, QStringLiteral("open-channel"), QString(),
                                 QStringLiteral("Ines")));
    QVERIFY(!changed.isEmpty());
    QCOMPARE(cell.data(IncidentListModel::OverdueRole).toInt(), overdue - 1);
}

// Once a second the clock moves the states and countdowns; nothing is read from storage then.
// A write by another process shows only when the change watcher reports it.
void TestIncidentModels::deadlinesFollowTheClockWithoutQuerying()
{
    const qint64 id = declare(QStringLiteral("outage"), Severity::Sev2, 10);
    QVERIFY(test::assignCommander(*m_store, id));
    IncidentListModel model(*m_store, *m_playbook, *m_clock);
    model.setTicking(false);
    const QModelIndex cell = model.index(model.rowOf(id), IncidentListModel::DeadlinesColumn);
    QCOMPARE(cell.data().toString(), QStringLiteral("next in 5 m 00 s"));

    // Another connection ticks the T+15 obligations done; no signal reaches this store.
    auto other =
        Database::open(DatabaseConfig::sqlite(m_dir->filePath(QStringLiteral("models.sqlite"))));
    QVERIFY(other);
    IncidentStore otherStore(*other.value(), *m_clock);
    PlaybookStore otherPlaybook(otherStore, test::seedPlaybook());
    for (const char *obligation : {"confirm-nature", "open-channel", "ic-comms-decision"})
        QVERIFY(otherPlaybook.markDone(id, QString::fromLatin1(obligation), QString(),
                                       QStringLiteral("Ines")));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    m_clock->advanceSecs(61);
    model.tick();
    QCOMPARE(changed.size(), 1);
    QCOMPARE(cell.data().toString(), QStringLiteral("next in 3 m 59 s")); // the clock only
    m_clock->advanceSecs(4 * 60); // 03:05:01: by the old facts every T+15 one is overdue
    model.tick();
    const int before = cell.data(IncidentListModel::OverdueRole).toInt();
    QVERIFY(before >= 3);

    m_store->notifyExternalChange(); // what the change watcher does
    QCOMPARE(cell.data(IncidentListModel::OverdueRole).toInt(), before - 3);
}

void TestIncidentModels::closedIncidentShowsNoDeadlines()
{
    const qint64 id = declare(QStringLiteral("outage"), Severity::Sev2, 10);
    IncidentListModel model(*m_store, *m_playbook, *m_clock);
    model.setTicking(false);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QModelIndex cell = model.index(model.rowOf(id), IncidentListModel::DeadlinesColumn);
    QVERIFY(!cell.data().toString().isEmpty());
    QVERIFY(test::settleAndClose(*m_store, *m_playbook, id));
    QCOMPARE(cell.data().toString(), QString());
    QCOMPARE(cell.data(IncidentListModel::OverdueRole).toInt(), 0);
    QVERIFY(model.obligationsOf(id).isEmpty());
    m_clock->advanceSecs(3 * 24 * 3600);
    model.tick();
    QCOMPARE(cell.data().toString(), QString());
    // Without a playbook store the column stays empty.
    IncidentListModel plain(*m_store);
    QCOMPARE(plain.index(0, IncidentListModel::DeadlinesColumn).data().toString(), QString());
}

// Closed incidents are read only when asked for; one closed while listed stays listed.
void TestIncidentModels::closedIncidentsReadWhenAsked()
{
    const qint64 closed = declare(QStringLiteral("old"), Severity::Sev2, 10);
    QVERIFY(test::settleAndClose(*m_store, *m_playbook, closed));
    const qint64 open = declare(QStringLiteral("new"), Severity::Sev2, 10);
    IncidentListModel model(*m_store, *m_playbook, *m_clock,
                            IncidentListModel::Closed::ReadWhenAsked);
    model.setTicking(false);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(!model.closedRead());
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.rowOf(closed), -1);
    QVERIFY(model.rowOf(open) >= 0);

    QVERIFY(test::settleAndClose(*m_store, *m_playbook, open));
    QCOMPARE(model.rowCount(), 1); // closed while listed: still a row, now closed
    QVERIFY(!model.index(model.rowOf(open), 0).data(IncidentListModel::OpenRole).toBool());

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.setClosedRead(true);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(model.rowOf(closed) >= 0);
    // A second closed incident after that is read like any change.
    const qint64 third = declare(QStringLiteral("third"), Severity::Sev2, 10);
    QVERIFY(test::settleAndClose(*m_store, *m_playbook, third));
    QCOMPARE(model.rowCount(), 3);
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
    QCOMPARE(model.data(model.index(1, TimelineModel::EventColumn)).toString(),
             QStringLiteral("no new progress"));
    QCOMPARE(model.data(model.index(1, TimelineModel::AuthorColumn)).toString(),
             QStringLiteral("carol"));
    QCOMPARE(model.data(model.index(1, TimelineModel::TimeColumn)).toString(),
             QStringLiteral("29 Nov 03:01:00"));
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

void TestIncidentModels::timelineIsReadOnceAndShared()
{
    const qint64 a = declare(QStringLiteral("a"), Severity::Sev2, 5);
    QVERIFY(!m_store->heldTimeline(a));
    {
        TimelineModel first(*m_store, a);
        TimelineModel second(*m_store, a);
        const std::shared_ptr<IncidentTimeline> held = m_store->heldTimeline(a);
        QVERIFY(held);
        QCOMPARE(m_store->sharedTimeline(a).get(), held.get());
        QCOMPARE(&first.events(), &held->events()); // one copy of the events for both
        QCOMPARE(&second.events(), &held->events());
        QVERIFY(m_store->addNote(a, QStringLiteral("n"), QStringLiteral("carol")));
        QCOMPARE(first.rowCount(), 2);
        QCOMPARE(second.rowCount(), 2);
        QCOMPARE(held->events().size(), 2);
    }
    QVERIFY(!m_store->heldTimeline(a)); // let go with the last model
}

// Another process's commits are found by the events they recorded: each changed incident is
// named, with what changed, and the others are not.
void TestIncidentModels::externalChangesNameTheIncidents()
{
    declare(QStringLiteral("a"), Severity::Sev2, 5);
    const qint64 b = declare(QStringLiteral("b"), Severity::Sev2, 5);
    auto other =
        Database::open(DatabaseConfig::sqlite(m_dir->filePath(QStringLiteral("models.sqlite"))));
    QVERIFY(other);
    IncidentStore script(*other.value(), *m_clock);
    // The check cannot tell this process's own commits from others' (ids are all it has): the
    // first one names a and b again, which costs a re-read of nothing new.
    m_store->notifyExternalChange();
    QSignalSpy appended(m_store.get(), &IncidentStore::timelineAppended);
    QSignalSpy changed(m_store.get(), &IncidentStore::incidentChanged);
    QSignalSpy declared(m_store.get(), &IncidentStore::incidentDeclared);
    QSignalSpy external(m_store.get(), &IncidentStore::externallyChanged);
    QVERIFY(script.addNote(b, QStringLiteral("from a script"), QStringLiteral("script")));
    QVERIFY(script.changeStatus(b, IncidentStatus::Identified, QStringLiteral("script")));
    const Result<qint64> c = script.declare(test::validFields(), QStringLiteral("script"));
    QVERIFY(c);

    m_store->notifyExternalChange();
    QCOMPARE(appended.size(), 2);
    QCOMPARE(appended.at(0).at(0).toLongLong(), b);
    QCOMPARE(appended.at(1).at(0).toLongLong(), c.value());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toLongLong(), b);
    QCOMPARE(declared.size(), 1);
    QCOMPARE(declared.at(0).at(0).toLongLong(), c.value());
    QCOMPARE(external.size(), 1);
    QCOMPARE(external.at(0).at(0).toBool(), true);

    m_store->notifyExternalChange(); // nothing new since: nothing named
    QCOMPARE(appended.size(), 2);
    QCOMPARE(external.size(), 2);
}

void TestIncidentModels::anotherIncidentsCommitTouchesNothing()
{
    const qint64 a = declare(QStringLiteral("a"), Severity::Sev2, 5);
    const qint64 b = declare(QStringLiteral("b"), Severity::Sev2, 5);
    TimelineModel model(*m_store, a);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const std::shared_ptr<IncidentTimeline> held = m_store->heldTimeline(a);
    QSignalSpy timelineChanged(held.get(), &IncidentTimeline::changed);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    auto other =
        Database::open(DatabaseConfig::sqlite(m_dir->filePath(QStringLiteral("models.sqlite"))));
    QVERIFY(other);
    IncidentStore script(*other.value(), *m_clock);

    QVERIFY(script.addNote(b, QStringLiteral("for b"), QStringLiteral("script")));
    m_store->notifyExternalChange();
    QCOMPARE(timelineChanged.size(), 0);
    QCOMPARE(inserted.size(), 0);

    QVERIFY(script.addNote(a, QStringLiteral("for a"), QStringLiteral("script")));
    m_store->notifyExternalChange();
    QCOMPARE(timelineChanged.size(), 1);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.data(model.index(1, TimelineModel::EventColumn)).toString(),
             QStringLiteral("for a"));
}

namespace {

// Every cell's text and tooltip and the model's own roles (the states its colours follow), row by
// row.
QStringList cells(const QAbstractItemModel &model)
{
    QStringList lines;
    for (int row = 0; row < model.rowCount(); ++row) {
        QStringList line;
        for (int column = 0; column < model.columnCount(); ++column) {
            const QModelIndex index = model.index(row, column);
            for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole)})
                line.append(index.data(role).toString());
            for (int role = Qt::UserRole + 1; role < Qt::UserRole + 8; ++role)
                line.append(index.data(role).toString());
        }
        lines.append(line.join(u'|'));
    }
    return lines;
}

struct Models
{
    Models(Workspace &w, qint64 incident)
        : list(w.incidents(), w.playbookStore(), w.clock())
        , timeline(w.incidents(), incident)
        , board(w.incidents(), w.playbook(), w.clock(), incident)
        , roles(w.incidents(), w.roles(), w.clock(), incident)
        , calls(w.incidents(), w.accounts(), w.clock(), incident)
    {
        list.setTicking(false);
        board.setTicking(false);
    }
    IncidentListModel list;
    TimelineModel timeline;
    PhaseBoardModel board;
    RoleBoardModel roles;
    CallListModel calls;
};

} // namespace

// "The board never lies": models kept up to date by difference (this process's writes, another
// process's writes found by the change check, the clock moving) show exactly what models built
// from a fresh read of the database show.
void TestIncidentModels::incrementalStateMatchesAFreshLoad()
{
    m_playbook.reset();
    m_store.reset();
    const DatabaseConfig config =
        DatabaseConfig::sqlite(m_dir->filePath(QStringLiteral("models.sqlite")));
    auto gui = Workspace::open(config, *m_clock, test::seedPlaybook(), Workspace::Watch::No);
    auto script = Workspace::open(config, *m_clock, test::seedPlaybook(), Workspace::Watch::No);
    QVERIFY(gui && script);
    IncidentStore &mine = gui.value()->incidents();
    IncidentStore &theirs = script.value()->incidents();
    const QString ic = QStringLiteral("Dana IC");
    const Result<qint64> a = mine.declare(test::validFields(), QStringLiteral("alice"));
    const Result<qint64> b = mine.declare(test::validFields(), QStringLiteral("alice"));
    QVERIFY(a && b);
    Models open(*gui.value(), a.value());
    QAbstractItemModelTester tester(&open.timeline,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester boardTester(&open.board,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);

    // This process.
    m_clock->advanceSecs(120);
    QVERIFY(mine.addNote(a.value(), QStringLiteral("looking"), QStringLiteral("alice")));
    QVERIFY(gui.value()->roles().assign(a.value(), Role::IncidentCommander, ic, true,
                                        QStringLiteral("alice")));
    // Another process, to this incident and the other one.
    m_clock->advanceSecs(300);
    QVERIFY(script.value()->roles().acknowledge(a.value(), Role::IncidentCommander, ic, ic));
    QVERIFY(
        script.value()->playbookStore().postSync(a.value(), QStringLiteral("no new progress"), ic));
    QVERIFY(theirs.changeStatus(a.value(), IncidentStatus::Identified, ic));
    QVERIFY(theirs.addNote(b.value(), QStringLiteral("elsewhere"), QStringLiteral("bob")));
    IncidentFields edited = test::validFields();
    edited.title = QStringLiteral("edited by a script");
    edited.severity = Severity::Sev1;
    QVERIFY(theirs.updateFields(a.value(), edited, ic));
    QVERIFY(theirs.declare(test::validFields(), QStringLiteral("bob")));
    mine.notifyExternalChange();
    // This process again, then the clock alone.
    QVERIFY(mine.changeStatus(b.value(), IncidentStatus::Restored, QStringLiteral("alice")));
    QVERIFY(mine.addNote(a.value(), QStringLiteral("more"), QStringLiteral("alice")));
    m_clock->advanceSecs(3600);
    open.list.tick();
    open.board.tick();
    open.roles.clockAdvanced();
    open.calls.clockAdvanced();

    auto fresh = Workspace::open(config, *m_clock, test::seedPlaybook(), Workspace::Watch::No);
    QVERIFY(fresh);
    Models reread(*fresh.value(), a.value());
    QCOMPARE(open.timeline.rowCount(), 8);
    QCOMPARE(cells(open.timeline), cells(reread.timeline));
    QCOMPARE(cells(open.list), cells(reread.list));
    QCOMPARE(cells(open.board), cells(reread.board));
    QCOMPARE(cells(open.roles), cells(reread.roles));
    QCOMPARE(cells(open.calls), cells(reread.calls));
    const std::shared_ptr<IncidentTimeline> held = mine.heldTimeline(a.value());
    QCOMPARE(held->incident().fields.title, QStringLiteral("edited by a script"));
    QCOMPARE(held->incident().statusHistory.size(), 2);
}

// An event appended as part of a larger write (a draft's) is announced before the outermost
// commit; the shared timeline reads it only once that transaction has ended, so what a rollback
// takes back never shows.
void TestIncidentModels::eventsOfARolledBackChangeNeverShow()
{
    const qint64 id = declare(QStringLiteral("t"), Severity::Sev2, 5);
    TimelineModel model(*m_store, id);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const Result<void> undone = m_db->inWriteTransaction([&]() -> Result<void> {
        if (Result<void> noted =
                m_store->addNote(id, QStringLiteral("taken back"), QStringLiteral("carol"));
            !noted)
            return noted;
        return Error::invalid(QStringLiteral("draft"), QStringLiteral("a later step failed"));
    });
    QVERIFY(!undone);
    QCoreApplication::processEvents(); // the deferred read: nothing committed
    QCOMPARE(model.rowCount(), 1);

    QVERIFY(m_db->inWriteTransaction([&]() -> Result<void> {
        return m_store->addNote(id, QStringLiteral("kept"), QStringLiteral("carol"));
    }));
    QCOMPARE(model.rowCount(), 1); // committed, but the read waits for the event loop
    QTRY_COMPARE(model.rowCount(), 2);
    QCOMPARE(model.data(model.index(1, TimelineModel::EventColumn)).toString(),
             QStringLiteral("kept"));
}

QTEST_MAIN(TestIncidentModels)
#include "tst_incidentmodels.moc"
