#include "closingsupport.h"
#include "models/board/phaseboardmodel.h"
#include "playbooktestsupport.h"
#include "storage/db/database.h"
#include "storage/incidents/incidentstore.h"
#include "storage/incidents/playbookstore.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace warroom;

// The phase board model over a real database: what it shows, how it ticks (dataChanged and layout
// changes only, no storage access), and how it follows the timeline.
class TestPhaseBoardModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void showsTheApplicableObligations();
    void ticksWithoutTouchingStorage();
    void overdueSortsToTheTop();
    void dueSoonBoundary();
    void doneAndWaivedRows();
    void otherProcessesWritesShowUp();
    void notApplicableRowsOnRequest();
    void alertsOncePerTransition();
    void icFlagClearsWhenAnIcIsAssigned();
    void closedBoardStopsAndShowsTheFinalAccount();
    void ownerNamesThePeopleHoldingTheRole();

private:
    qint64 declareOutage(double usersPct)
    {
        IncidentFields fields = test::validFields();
        fields.severity = Severity::Sev1;
        fields.category = Category::Outage;
        fields.affectedUsersPct = usersPct;
        fields.enterpriseAffected = 0;
        fields.detectedAt = m_clock->nowUtc();
        const qint64 id = m_playbook->declare(fields, {}, QStringLiteral("alice")).value();
        // dana is on call: she ticks the on-call engineer's obligations.
        // value() throws if an assignment was refused, so a broken setup fails the test.
        m_store
            ->appendEvent(id, QString::fromLatin1(eventkind::RoleAssigned),
                          {{QStringLiteral("role"), QStringLiteral("on-call")},
                           {QStringLiteral("person"), QStringLiteral("dana")}},
                          QStringLiteral("alice"))
            .value();
        m_store
            ->appendEvent(id, QString::fromLatin1(eventkind::RoleAssigned),
                          {{QStringLiteral("role"), QStringLiteral("support")},
                           {QStringLiteral("person"), QStringLiteral("erin")}},
                          QStringLiteral("alice"))
            .value();
        return id;
    }
    std::unique_ptr<PhaseBoardModel> board(qint64 id)
    {
        auto model =
            std::make_unique<PhaseBoardModel>(*m_store, test::seedPlaybook(), *m_clock, id);
        model->setTicking(false);
        return model;
    }
    static QString cell(const PhaseBoardModel &model, const QString &id, int column,
                        int role = Qt::DisplayRole)
    {
        const int row = model.rowOf(id);
        return row < 0 ? QStringLiteral("<no row>")
                       : model.index(row, column).data(role).toString();
    }
    static QStringList order(const PhaseBoardModel &model)
    {
        QStringList ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids.append(model.index(row, 0).data(PhaseBoardModel::ObligationIdRole).toString());
        return ids;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<IncidentStore> m_store;
    std::unique_ptr<PlaybookStore> m_playbook;
};

void TestPhaseBoardModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_clock = std::make_unique<ManualClock>(test::testStart());
    auto db =
        Database::open(DatabaseConfig::sqlite(m_dir->filePath(QStringLiteral("board.sqlite"))));
    QVERIFY(db);
    m_db = std::move(db).value();
    m_store = std::make_unique<IncidentStore>(*m_db, *m_clock);
    m_playbook = std::make_unique<PlaybookStore>(*m_store, test::seedPlaybook());
}

void TestPhaseBoardModel::cleanup()
{
    m_playbook.reset();
    m_store.reset();
    m_db.reset();
    m_dir.reset();
}

void TestPhaseBoardModel::showsTheApplicableObligations()
{
    const qint64 id = declareOutage(8.0);
    auto model = board(id);
    QAbstractItemModelTester tester(model.get(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->columnCount(), int(PhaseBoardModel::ColumnCount));
    // 21 obligations; the 7 category rules do not apply to an outage.
    QCOMPARE(model->rowCount(), 14);
    QCOMPARE(model->rowOf(QStringLiteral("legal-review")), -1);

    const QString engage = QStringLiteral("engage-ic");
    QVERIFY(model->index(model->rowOf(engage), 0).data(PhaseBoardModel::MandatoryRole).toBool());
    QCOMPARE(cell(*model, engage, PhaseBoardModel::ObligationColumn),
             QStringLiteral("⚑ Engage IC: decide whether an incident commander is required"));
    QCOMPARE(cell(*model, engage, PhaseBoardModel::DetailColumn),
             QStringLiteral("MANDATORY: 8% of users affected (more than 5%) · nobody holds "
                            "Incident commander"));
    QCOMPARE(cell(*model, engage, PhaseBoardModel::OwnerColumn),
             QStringLiteral("On-call engineer\ndana"));
    QCOMPARE(cell(*model, engage, PhaseBoardModel::CountdownColumn), QStringLiteral("15 m 00 s"));
    QCOMPARE(cell(*model, engage, PhaseBoardModel::DueColumn), QStringLiteral("03:15 UTC"));
    QCOMPARE(cell(*model, QStringLiteral("first-announcement"), PhaseBoardModel::CountdownColumn),
             QStringLiteral("1 h 00 m"));
    QCOMPARE(cell(*model, QStringLiteral("postmortem"), PhaseBoardModel::CountdownColumn),
             QStringLiteral("—"));
    QCOMPARE(cell(*model, QStringLiteral("postmortem"), PhaseBoardModel::DetailColumn),
             QStringLiteral("due 72 h after restoration"));
    QCOMPARE(cell(*model, QStringLiteral("channel-sync"), PhaseBoardModel::DetailColumn),
             QStringLiteral("none posted yet"));
    QVERIFY(model->openIcEngagement().required);
    QVERIFY(!model->index(0, PhaseBoardModel::StateColumn)
                 .data(Qt::DecorationRole)
                 .value<QIcon>()
                 .isNull());
    QVERIFY(!model->index(0, PhaseBoardModel::ObligationColumn)
                 .data(Qt::ToolTipRole)
                 .toString()
                 .isEmpty());
}

void TestPhaseBoardModel::ticksWithoutTouchingStorage()
{
    const qint64 id = declareOutage(8.0);
    auto model = board(id);
    QAbstractItemModelTester tester(model.get(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy inserted(model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy failed(model.get(), &PhaseBoardModel::loadFailed);

    // With the connection closed, any query during a tick would fail and be reported.
    m_db->connection().close();
    for (int second = 1; second <= 20 * 60; ++second) {
        m_clock->advanceSecs(1);
        model->tick();
    }
    QCOMPARE(failed.count(), 0);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(removed.count(), 0);
    QVERIFY(changed.count() >= 20 * 60);
    const QString sync = QStringLiteral("channel-sync");
    QCOMPARE(cell(*model, sync, PhaseBoardModel::StateColumn), QStringLiteral("Overdue"));
    QCOMPARE(cell(*model, sync, PhaseBoardModel::CountdownColumn),
             QStringLiteral("overdue 5 m 00 s"));
    QCOMPARE(model->index(model->rowOf(sync), 0).data(PhaseBoardModel::MsecsLeftRole).toLongLong(),
             -300000);
    QCOMPARE(cell(*model, QStringLiteral("first-announcement"), PhaseBoardModel::CountdownColumn),
             QStringLiteral("40 m 00 s"));

    // Only rows whose countdown reads differently are announced: at T+3 h every open row counts
    // in hours and minutes (due times fall on whole minutes: a countdown turns one second past
    // the minute, an overdue count on it), so the 58 ticks in between change nothing a view
    // must repaint.
    m_clock->advanceSecs(3 * 3600 + 1 - 20 * 60); // T+3:00:01
    model->tick();
    QSignalSpy ticked(model.get(), &PhaseBoardModel::ticked);
    changed.clear();
    for (int second = 2; second <= 59; ++second) {
        m_clock->advanceSecs(1);
        model->tick();
    }
    QCOMPARE(ticked.count(), 58);
    QCOMPARE(changed.count(), 0);
    m_clock->advanceSecs(1); // T+3:01:00: every overdue count turns
    model->tick();
    QVERIFY(changed.count() >= 1);
    QCOMPARE(cell(*model, sync, PhaseBoardModel::CountdownColumn),
             QStringLiteral("overdue 2 h 46 m"));
}

void TestPhaseBoardModel::overdueSortsToTheTop()
{
    const qint64 id = declareOutage(1.0);
    auto model = board(id);
    QAbstractItemModelTester tester(model.get(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    // At T+0 the T+15 items lead by due time, in playbook order among equals.
    QCOMPARE(order(*model).mid(0, 5),
             (QStringList{QStringLiteral("confirm-nature"), QStringLiteral("open-channel"),
                          QStringLiteral("engage-ic"), QStringLiteral("ic-comms-decision"),
                          QStringLiteral("channel-sync")}));

    // Ticking one done moves it to the bottom through a layout change, not a reset; a persistent
    // index follows the row.
    QSignalSpy layout(model.get(), &QAbstractItemModel::layoutChanged);
    QSignalSpy reset(model.get(), &QAbstractItemModel::modelReset);
    const QPersistentModelIndex confirmRow = model->index(0, PhaseBoardModel::ObligationColumn);
    QVERIFY(m_playbook->markDone(id, QStringLiteral("confirm-nature"), QString(),
                                 QStringLiteral("dana")));
    QCOMPARE(layout.count(), 1);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(order(*model).constLast(), QStringLiteral("confirm-nature"));
    QCOMPARE(confirmRow.row(), model->rowCount() - 1);
    QCOMPARE(confirmRow.data(PhaseBoardModel::ObligationIdRole).toString(),
             QStringLiteral("confirm-nature"));

    m_clock->advanceSecs(10 * 60);
    QVERIFY(m_playbook->postSync(id, QStringLiteral("rolling back"),
                                 QStringLiteral("dana"))); // next due T+25
    m_clock->advanceSecs(6 * 60);
    model->tick();
    // T+16: the three T+15 items are overdue and on top; the sync (due T+25) follows.
    QCOMPARE(order(*model).mid(0, 4),
             (QStringList{QStringLiteral("open-channel"), QStringLiteral("engage-ic"),
                          QStringLiteral("ic-comms-decision"), QStringLiteral("channel-sync")}));
    for (int row = 0; row < 3; ++row)
        QCOMPARE(model->index(row, 0).data(PhaseBoardModel::StateRole).toInt(),
                 int(ObligationState::Overdue));
    QCOMPARE(model->index(3, 0).data(PhaseBoardModel::StateRole).toInt(),
             int(ObligationState::Upcoming));

    // T+26: everything up to the sync is overdue, the longest overdue first.
    m_clock->advanceSecs(10 * 60);
    model->tick();
    QCOMPARE(order(*model).at(3), QStringLiteral("channel-sync"));
    QCOMPARE(cell(*model, QStringLiteral("channel-sync"), PhaseBoardModel::CountdownColumn),
             QStringLiteral("overdue 1 m 00 s"));
    QCOMPARE(cell(*model, QStringLiteral("open-channel"), PhaseBoardModel::CountdownColumn),
             QStringLiteral("overdue 11 m 00 s"));

    // Waiting for the restoration sorts after everything with a time, before done.
    const QStringList all = order(*model);
    QVERIFY(all.indexOf(QStringLiteral("postmortem")) >
            all.indexOf(QStringLiteral("first-announcement")));
    QVERIFY(all.indexOf(QStringLiteral("postmortem")) <
            all.indexOf(QStringLiteral("confirm-nature")));
    QCOMPARE(reset.count(), 0);
}

void TestPhaseBoardModel::dueSoonBoundary()
{
    const qint64 id = declareOutage(1.0);
    auto model = board(id);
    const QString open = QStringLiteral("open-channel");
    m_clock->advanceSecs(10 * 60 - 1);
    model->tick();
    QCOMPARE(cell(*model, open, PhaseBoardModel::StateColumn), QStringLiteral("Upcoming"));
    QCOMPARE(cell(*model, open, PhaseBoardModel::CountdownColumn), QStringLiteral("5 m 01 s"));
    QVERIFY(!model->index(model->rowOf(open), PhaseBoardModel::StateColumn)
                 .data(Qt::BackgroundRole)
                 .isValid());
    m_clock->advanceSecs(1);
    model->tick();
    QCOMPARE(cell(*model, open, PhaseBoardModel::StateColumn), QStringLiteral("Due soon"));
    QCOMPARE(cell(*model, open, PhaseBoardModel::CountdownColumn), QStringLiteral("5 m 00 s"));
    QCOMPARE(model->index(model->rowOf(open), PhaseBoardModel::StateColumn)
                 .data(Qt::BackgroundRole)
                 .value<QBrush>()
                 .color(),
             QColor(0xff, 0xc1, 0x07));
    m_clock->advanceSecs(5 * 60 + 1);
    model->tick();
    QCOMPARE(cell(*model, open, PhaseBoardModel::StateColumn), QStringLiteral("Overdue"));
    QCOMPARE(cell(*model, open, PhaseBoardModel::CountdownColumn), QStringLiteral("overdue 1 s"));
}

void TestPhaseBoardModel::doneAndWaivedRows()
{
    const qint64 id = declareOutage(1.0);
    auto model = board(id);
    QAbstractItemModelTester tester(model.get(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_clock->advanceSecs(120);
    QVERIFY(m_playbook->markDone(id, QStringLiteral("open-channel"), QStringLiteral("#inc-1"),
                                 QStringLiteral("dana")));
    QVERIFY(m_playbook->waive(id, QStringLiteral("support-templates"), QStringLiteral("no tickets"),
                              QStringLiteral("erin")));
    QCOMPARE(cell(*model, QStringLiteral("open-channel"), PhaseBoardModel::StateColumn),
             QStringLiteral("Done"));
    QCOMPARE(cell(*model, QStringLiteral("open-channel"), PhaseBoardModel::CountdownColumn),
             QString());
    QCOMPARE(cell(*model, QStringLiteral("open-channel"), PhaseBoardModel::DetailColumn),
             QStringLiteral("done by dana at 03:02 UTC · #inc-1"));
    QCOMPARE(cell(*model, QStringLiteral("support-templates"), PhaseBoardModel::DetailColumn),
             QStringLiteral("waived by erin at 03:02 UTC · no tickets"));
    const QStringList ids = order(*model);
    QCOMPARE(ids.mid(ids.size() - 2),
             (QStringList{QStringLiteral("open-channel"), QStringLiteral("support-templates")}));
}

void TestPhaseBoardModel::otherProcessesWritesShowUp()
{
    const qint64 id = declareOutage(1.0);
    auto model = board(id);
    auto other =
        Database::open(DatabaseConfig::sqlite(m_dir->filePath(QStringLiteral("board.sqlite"))));
    QVERIFY(other);
    IncidentStore otherStore(*other.value(), *m_clock);
    PlaybookStore otherPlaybook(otherStore, test::seedPlaybook());
    m_clock->advanceSecs(300);
    QVERIFY(otherPlaybook.postSync(id, QStringLiteral("from the CLI"), QStringLiteral("cli")));
    QCOMPARE(cell(*model, QStringLiteral("channel-sync"), PhaseBoardModel::CountdownColumn),
             QStringLiteral("10 m 00 s"));
    m_store->notifyExternalChange(); // what the workspace's ChangeWatcher does
    QCOMPARE(cell(*model, QStringLiteral("channel-sync"), PhaseBoardModel::CountdownColumn),
             QStringLiteral("15 m 00 s"));
    QCOMPARE(cell(*model, QStringLiteral("channel-sync"), PhaseBoardModel::DetailColumn),
             QStringLiteral("last sync 03:05 UTC by cli: recorded here only (Slack not set up)"));
}

void TestPhaseBoardModel::notApplicableRowsOnRequest()
{
    auto model = board(declareOutage(1.0));
    QAbstractItemModelTester tester(model.get(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(model.get(), &QAbstractItemModel::rowsInserted);
    model->setShowNotApplicable(true);
    QCOMPARE(model->rowCount(), 21);
    QCOMPARE(order(*model).constLast(), QStringLiteral("regulatory-notification"));
    QCOMPARE(cell(*model, QStringLiteral("legal-review"), PhaseBoardModel::StateColumn),
             QStringLiteral("Not applicable"));
    QCOMPARE(inserted.count(), 1);
    model->setShowNotApplicable(false);
    QCOMPARE(model->rowCount(), 14);
}

void TestPhaseBoardModel::alertsOncePerTransition()
{
    const qint64 id = declareOutage(1.0);
    auto model = board(id);
    QSignalSpy alerts(model.get(), &PhaseBoardModel::alertsRaised);
    const auto idsOf = [&](int call) {
        QStringList ids;
        for (const ObligationAlert &a : alerts.at(call).at(0).value<QList<ObligationAlert>>())
            ids.append(obligationstate::id(a.state) + QLatin1Char(' ') + a.obligationId);
        return ids;
    };
    m_clock->advanceSecs(10 * 60 - 1);
    model->tick();
    QCOMPARE(alerts.count(), 0);
    m_clock->advanceSecs(1);
    model->tick();
    QCOMPARE(alerts.count(), 1);
    QCOMPARE(idsOf(0), (QStringList{QStringLiteral("due-soon confirm-nature"),
                                    QStringLiteral("due-soon open-channel"),
                                    QStringLiteral("due-soon engage-ic"),
                                    QStringLiteral("due-soon ic-comms-decision"),
                                    QStringLiteral("due-soon channel-sync")}));
    model->tick();
    m_clock->advanceSecs(60);
    model->tick();
    QCOMPARE(alerts.count(), 1);
    QVERIFY(m_playbook->markDone(id, QStringLiteral("confirm-nature"), QString(),
                                 QStringLiteral("dana")));
    m_clock->advanceSecs(4 * 60 + 1);
    model->tick();
    QCOMPARE(alerts.count(), 2);
    QCOMPARE(idsOf(1), (QStringList{QStringLiteral("overdue open-channel"),
                                    QStringLiteral("overdue engage-ic"),
                                    QStringLiteral("overdue ic-comms-decision"),
                                    QStringLiteral("overdue channel-sync")}));
    // A posted sync starts a new cycle, which alerts again when it comes due.
    QVERIFY(m_playbook->postSync(id, QStringLiteral("no new progress"), QStringLiteral("dana")));
    m_clock->advanceSecs(10 * 60);
    model->tick();
    QCOMPARE(alerts.count(), 3);
    QCOMPARE(idsOf(2), QStringList{QStringLiteral("due-soon channel-sync")});

    // A second board opened now starts from what it sees: no alerts for what is already late.
    auto second = board(id);
    QSignalSpy secondAlerts(second.get(), &PhaseBoardModel::alertsRaised);
    second->tick();
    QCOMPARE(secondAlerts.count(), 0);
}

void TestPhaseBoardModel::icFlagClearsWhenAnIcIsAssigned()
{
    const qint64 id = declareOutage(8.0);
    auto model = board(id);
    QSignalSpy flags(model.get(), &PhaseBoardModel::flagsChanged);
    QCOMPARE(model->openIcEngagement().reason,
             QStringLiteral("8% of users affected (more than 5%)"));
    QVERIFY(m_store->appendEvent(id, QString::fromLatin1(eventkind::RoleAssigned),
                                 {{QStringLiteral("role"), QStringLiteral("incident-commander")},
                                  {QStringLiteral("person"), QStringLiteral("Frank")}},
                                 QStringLiteral("dana")));
    QVERIFY(flags.count() >= 1);
    QVERIFY(!model->openIcEngagement().required);
    QCOMPARE(cell(*model, QStringLiteral("engage-ic"), PhaseBoardModel::StateColumn),
             QStringLiteral("Done"));
    QCOMPARE(cell(*model, QStringLiteral("engage-ic"), PhaseBoardModel::DetailColumn),
             QStringLiteral("done by dana at 03:00 UTC · Incident commander: Frank"));
}

// Once closed the board stands still at the closing time and says what was missed: done late
// first (longest first) with "… late" where the countdown was, then waived, then on time.
void TestPhaseBoardModel::closedBoardStopsAndShowsTheFinalAccount()
{
    const qint64 id = declareOutage(1.0); // detected 03:00
    QVERIFY(test::assignCommander(*m_store, id));
    auto model = board(id);
    QAbstractItemModelTester tester(model.get(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString ines = QStringLiteral("Ines");
    QVERIFY(m_playbook->markDone(id, QStringLiteral("confirm-nature"), QString(), ines));
    m_clock->advanceSecs(21 * 60); // the channel opened 6 minutes after its T+15 deadline
    QVERIFY(m_playbook->markDone(id, QStringLiteral("open-channel"), QString(), ines));
    m_clock->advanceSecs(19 * 60); // T+40
    QVERIFY(m_store->changeStatus(id, IncidentStatus::Restored, ines));
    QVERIFY(m_playbook->waive(id, QStringLiteral("proactive-email"),
                              QStringLiteral("the status page reached everyone"), ines));
    m_clock->advanceSecs(30 * 60); // T+70: the T+60 support templates, 10 minutes late
    QVERIFY(m_playbook->markDone(id, QStringLiteral("support-templates"), QString(), ines));
    QCOMPARE(model->headerData(PhaseBoardModel::CountdownColumn, Qt::Horizontal).toString(),
             QStringLiteral("Time left"));
    QVERIFY(!model->finalAccount());

    m_clock->advanceSecs(30 * 60); // closed at T+100 (04:40)
    QSignalSpy header(model.get(), &QAbstractItemModel::headerDataChanged);
    QSignalSpy alerts(model.get(), &PhaseBoardModel::alertsRaised);
    QVERIFY(test::settleAndClose(*m_store, *m_playbook, id, ines));
    QVERIFY(model->finalAccount());
    QCOMPARE(model->finalAccount()->closedAt, m_clock->nowUtc());
    QCOMPARE(model->finalAccount()->closedBy, ines);
    QCOMPARE(model->boardTime(), m_clock->nowUtc());
    QCOMPARE(header.size(), 1);
    QCOMPARE(model->headerData(PhaseBoardModel::CountdownColumn, Qt::Horizontal).toString(),
             QStringLiteral("Late by"));
    const QStringList rows = order(*model);
    QCOMPARE(rows.mid(0, 2),
             (QStringList{QStringLiteral("support-templates"), QStringLiteral("open-channel")}));
    QCOMPARE(cell(*model, QStringLiteral("support-templates"), PhaseBoardModel::CountdownColumn),
             QStringLiteral("10 min late"));
    QCOMPARE(cell(*model, QStringLiteral("open-channel"), PhaseBoardModel::CountdownColumn),
             QStringLiteral("6 min late"));
    QCOMPARE(cell(*model, QStringLiteral("confirm-nature"), PhaseBoardModel::CountdownColumn),
             QString()); // on time
    QCOMPARE(cell(*model, QStringLiteral("proactive-email"), PhaseBoardModel::StateColumn),
             QStringLiteral("Waived"));
    QCOMPARE(cell(*model, QStringLiteral("proactive-email"), PhaseBoardModel::DetailColumn),
             QStringLiteral("the status page reached everyone · waived by Ines at 03:40 UTC"));
    // Waived ones after the late ones, on-time ones after the waived ones.
    QVERIFY(rows.indexOf(QStringLiteral("proactive-email")) > 1);
    QVERIFY(rows.indexOf(QStringLiteral("confirm-nature")) >
            rows.indexOf(QStringLiteral("proactive-email")));
    QVERIFY(!model->openIcEngagement().required);

    // Three days on, nothing moves: no data change, no alert, the same text.
    const QString before = cell(*model, QStringLiteral("open-channel"), PhaseBoardModel::DueColumn);
    QSignalSpy changed(model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy layout(model.get(), &QAbstractItemModel::layoutChanged);
    m_clock->advanceSecs(3 * 24 * 3600);
    model->tick();
    QCOMPARE(changed.size(), 0);
    QCOMPARE(layout.size(), 0);
    QCOMPARE(model->boardTime(), model->finalAccount()->closedAt);
    QCOMPARE(cell(*model, QStringLiteral("open-channel"), PhaseBoardModel::DueColumn), before);
    QVERIFY(!model->index(0, 0).data(PhaseBoardModel::MsecsLeftRole).isValid()); // nothing counts
    QCOMPARE(alerts.size(), 0);
}

// The owner column names who holds the role, not only the role; a role nobody holds says so, and
// an assignment or unassignment shows at once (dataChanged on the owner cells).
void TestPhaseBoardModel::ownerNamesThePeopleHoldingTheRole()
{
    const qint64 id = declareOutage(8.0);
    auto model = board(id);
    QAbstractItemModelTester tester(model.get(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString calls = QStringLiteral("key-account-outreach");
    QVERIFY(model->rowOf(calls) >= 0);
    QCOMPARE(cell(*model, calls, PhaseBoardModel::OwnerColumn),
             QStringLiteral("Customer success\nunfilled"));
    QCOMPARE(cell(*model, QStringLiteral("engage-ic"), PhaseBoardModel::OwnerColumn),
             QStringLiteral("On-call engineer\ndana"));

    QSignalSpy changed(model.get(), &QAbstractItemModel::dataChanged);
    const auto assign = [&](const char *kind, const QString &person) {
        m_store
            ->appendEvent(id, QString::fromLatin1(kind),
                          {{QStringLiteral("role"), QStringLiteral("customer-success")},
                           {QStringLiteral("person"), person}},
                          QStringLiteral("alice"))
            .value();
    };
    assign(eventkind::RoleAssigned, QStringLiteral("Chen Li"));
    QCOMPARE(cell(*model, calls, PhaseBoardModel::OwnerColumn),
             QStringLiteral("Customer success\nChen Li"));
    const int row = model->rowOf(calls);
    const bool ownerCellChanged = std::any_of(changed.begin(), changed.end(), [&](const auto &a) {
        const auto from = a.at(0).template value<QModelIndex>();
        const auto to = a.at(1).template value<QModelIndex>();
        return from.row() <= row && to.row() >= row &&
               from.column() <= int(PhaseBoardModel::OwnerColumn) &&
               to.column() >= int(PhaseBoardModel::OwnerColumn);
    });
    QVERIFY(ownerCellChanged);

    // Customer success may be held by several people: all of them are named.
    assign(eventkind::RoleAssigned, QStringLiteral("Dev Patel"));
    QCOMPARE(cell(*model, calls, PhaseBoardModel::OwnerColumn),
             QStringLiteral("Customer success\nChen Li, Dev Patel"));
    assign(eventkind::RoleUnassigned, QStringLiteral("Chen Li"));
    assign(eventkind::RoleUnassigned, QStringLiteral("Dev Patel"));
    QCOMPARE(cell(*model, calls, PhaseBoardModel::OwnerColumn),
             QStringLiteral("Customer success\nunfilled"));
}

QTEST_MAIN(TestPhaseBoardModel)
#include "tst_phaseboardmodel.moc"
