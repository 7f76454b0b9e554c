#include "models/calls/calllistfilterproxymodel.h"
#include "models/calls/calllistmodel.h"
#include "storage/calls/accountstore.h"
#include "storage/calls/outreachstore.h"
#include "storage/incidents/incidentstore.h"
#include "storage/roles/peoplestore.h"
#include "storage/workspace.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace warroom;

class TestCallListModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void emptyUntilAccountsAreSelected();
    void showsTheSelectionInCallOrder();
    void callsChangeRowsInPlaceAndCountProgress();
    void newSelectionResets();
    void myAccountsFilter();

private:
    void call(int row, CallStatus status, const QString &note = QString());

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<CallListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    qint64 m_id = 0;
};

static QByteArray exampleFile(const char *name)
{
    QFile file(QStringLiteral(WARROOM_SOURCE_DIR "/resources/examples/") + QLatin1String(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestCallListModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_clock = std::make_unique<ManualClock>(test::testStart());
    auto ws = Workspace::open(
        DatabaseConfig::sqlite(m_dir->filePath(QStringLiteral("calls.sqlite"))), *m_clock);
    QVERIFY(ws);
    m_ws = std::move(ws).value();
    QVERIFY(m_ws->people().importCsv(exampleFile("people.csv"), QStringLiteral("ops")));
    QVERIFY(m_ws->accounts().importCsv(exampleFile("key-accounts.csv"), QStringLiteral("ops")));
    m_id = m_ws->incidents().declare(test::validFields(), QStringLiteral("Ana Ortiz")).value();
    m_model = std::make_unique<CallListModel>(m_ws->incidents(), m_ws->accounts(), *m_clock, m_id);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestCallListModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_ws.reset();
    m_dir.reset();
}

void TestCallListModel::call(int row, CallStatus status, const QString &note)
{
    const qint64 account = m_model->index(row, 0).data(CallListModel::AccountIdRole).toLongLong();
    QVERIFY(m_ws->outreach().recordCall(m_id, {account, status, OutreachChannel::Phone, note},
                                        QStringLiteral("Dev Patel")));
}

void TestCallListModel::emptyUntilAccountsAreSelected()
{
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->progressText(), QStringLiteral("No key accounts selected"));
}

void TestCallListModel::showsTheSelectionInCallOrder()
{
    QSignalSpy progress(m_model.get(), &CallListModel::progressChanged);
    QVERIFY(m_ws->outreach().proposeAccounts(m_id, 10, QStringLiteral("Ana Ortiz")));
    QCOMPARE(m_model->rowCount(), 10);
    QCOMPARE(progress.size(), 1);
    QCOMPARE(m_model->index(0, CallListModel::AccountColumn).data().toString(),
             QStringLiteral("1. Northwind Logistics"));
    QCOMPARE(m_model->index(0, CallListModel::CsmColumn).data().toString(),
             QStringLiteral("Chloé Martin"));
    QCOMPARE(m_model->index(0, CallListModel::StatusColumn).data().toString(),
             QStringLiteral("[0] Not started"));
    QCOMPARE(m_model->index(0, CallListModel::ContactColumn).data().toString(),
             QStringLiteral("Maya Brooks · +1 212 555 0140"));
    QCOMPARE(m_model->progressText(),
             QStringLiteral("0 of 10 closed out (0 reached), 0 still open, 10 not started"));
}

void TestCallListModel::callsChangeRowsInPlaceAndCountProgress()
{
    QVERIFY(m_ws->outreach().proposeAccounts(m_id, 10, QStringLiteral("Ana Ortiz")));
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy progress(m_model.get(), &CallListModel::progressChanged);
    m_clock->advanceSecs(120);
    call(2, CallStatus::Reached, QStringLiteral("half-written drafts in Outlook"));
    QCOMPARE(reset.size(), 0);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 2);
    QCOMPARE(progress.size(), 1);
    QCOMPARE(m_model->index(2, CallListModel::StatusColumn).data().toString(),
             QStringLiteral("[2] Reached"));
    QCOMPARE(m_model->index(2, CallListModel::NoteColumn).data().toString(),
             QStringLiteral("half-written drafts in Outlook"));
    QCOMPARE(m_model->index(2, CallListModel::LastAttemptColumn).data().toString(),
             QStringLiteral("0 min ago · phone"));
    QVERIFY(m_model->index(2, CallListModel::LastAttemptColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("03:02"))); // the time of day of each attempt
    m_clock->advanceSecs(600);
    m_model->clockAdvanced();
    QCOMPARE(m_model->index(2, CallListModel::LastAttemptColumn).data().toString(),
             QStringLiteral("10 min ago · phone"));

    call(0, CallStatus::Calling);
    call(1, CallStatus::Unreachable);
    call(3, CallStatus::Declined);
    // Declined closes an account out; calling and unreachable on the phone alone do not.
    QCOMPARE(m_model->progress(), (CallProgress{10, 1, 2, 2, 6}));
    QCOMPARE(m_model->progressText(),
             QStringLiteral("2 of 10 closed out (1 reached), 2 still open, 6 not started"));
    // A later note without a new status keeps the earlier note visible until it is replaced.
    call(2, CallStatus::Reached);
    QCOMPARE(m_model->index(2, CallListModel::NoteColumn).data().toString(),
             QStringLiteral("half-written drafts in Outlook"));
    QCOMPARE(m_model->index(2, 0).data(CallListModel::AttemptCountRole).toInt(), 2);
}

void TestCallListModel::newSelectionResets()
{
    QVERIFY(m_ws->outreach().proposeAccounts(m_id, 10, QStringLiteral("Ana Ortiz")));
    call(0, CallStatus::Reached);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QVERIFY(m_ws->outreach().proposeAccounts(m_id, 3, QStringLiteral("Ana Ortiz")));
    QCOMPARE(reset.size(), 1);
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->progress(), (CallProgress{3, 1, 1, 0, 2}));
}

void TestCallListModel::myAccountsFilter()
{
    QVERIFY(m_ws->outreach().proposeAccounts(m_id, 10, QStringLiteral("Ana Ortiz")));
    CallListFilterProxyModel proxy;
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(m_model.get());
    QCOMPARE(proxy.rowCount(), 10);
    proxy.setCsm(QStringLiteral("  dev   PATEL "));
    QCOMPARE(proxy.rowCount(), 3); // Globex, Stark, Acme in the top 10
    for (int row = 0; row < proxy.rowCount(); ++row)
        QCOMPARE(proxy.index(row, CallListModel::CsmColumn).data().toString(),
                 QStringLiteral("Dev Patel"));
    call(1, CallStatus::Reached); // Globex, Dev's: stays in his list with its new status
    QCOMPARE(proxy.rowCount(), 3);
    QCOMPARE(proxy.index(0, CallListModel::StatusColumn).data().toString(),
             QStringLiteral("[2] Reached"));
    proxy.setCsm(QStringLiteral("Somebody Else"));
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setCsm(QString());
    QCOMPARE(proxy.rowCount(), 10);
}

QTEST_MAIN(TestCallListModel)
#include "tst_calllistmodel.moc"
