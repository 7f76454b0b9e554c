#include "models/common/statuspalette.h"
#include "models/roles/roleboardmodel.h"
#include "storage/incidents/incidentstore.h"
#include "storage/roles/peoplestore.h"
#include "storage/roles/rolestore.h"
#include "storage/workspace.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace warroom;

class TestRoleBoardModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void everyRoleIsOnTheBoardAndUnfilledOnesAreLoud();
    void assignmentsAndAcknowledgementsShowUp();
    void waitingTimeFollowsTheInjectedClock();
    void severalCustomerSuccessHolders();
    void needsFollowFieldEditsAndTheHour();

private:
    int rowOf(Role r, const QString &person = QString()) const;
    QString cell(int row, int column) const
    {
        return m_model->index(row, column).data().toString();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<RoleBoardModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    qint64 m_id = 0;
};

void TestRoleBoardModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_clock = std::make_unique<ManualClock>(test::testStart());
    auto ws = Workspace::open(
        DatabaseConfig::sqlite(m_dir->filePath(QStringLiteral("board.sqlite"))), *m_clock);
    QVERIFY(ws);
    m_ws = std::move(ws).value();
    QFile people(QStringLiteral(WARROOM_SOURCE_DIR "/resources/examples/people.csv"));
    QVERIFY(people.open(QIODevice::ReadOnly));
    QVERIFY(m_ws->people().importCsv(people.readAll(), QStringLiteral("ops")));
    m_id = m_ws->incidents()
               .declare(test::validFields(), QStringLiteral("Ana Ortiz"))
               .value(); // 8% users: IC needed
    m_model = std::make_unique<RoleBoardModel>(m_ws->incidents(), m_ws->roles(), *m_clock, m_id);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestRoleBoardModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_ws.reset();
    m_dir.reset();
}

int TestRoleBoardModel::rowOf(Role r, const QString &person) const
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex i = m_model->index(row, 0);
        if (i.data(RoleBoardModel::RoleIdRole).toString() == role::id(r) &&
            (person.isNull() || i.data(RoleBoardModel::PersonRole).toString() == person))
            return row;
    }
    return -1;
}

void TestRoleBoardModel::everyRoleIsOnTheBoardAndUnfilledOnesAreLoud()
{
    QCOMPARE(m_model->rowCount(), 8);
    const int ic = rowOf(Role::IncidentCommander);
    QVERIFY(m_model->index(ic, 0).data(RoleBoardModel::UnfilledRole).toBool());
    QCOMPARE(cell(ic, RoleBoardModel::StateColumn), QStringLiteral("UNFILLED"));
    QCOMPARE(m_model->index(ic, RoleBoardModel::StateColumn)
                 .data(Qt::BackgroundRole)
                 .value<QBrush>()
                 .color(),
             statuspalette::signal(statuspalette::Tone::Alarm).background);
    QVERIFY(m_model->index(ic, 0).data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(
        cell(ic, RoleBoardModel::NeededColumn).contains(QStringLiteral("More than 5% of users")));
    const int legal = rowOf(Role::Legal);
    QVERIFY(!m_model->index(legal, 0).data(RoleBoardModel::UnfilledRole).toBool());
    QCOMPARE(cell(legal, RoleBoardModel::StateColumn), QStringLiteral("not needed now"));
    QVERIFY(!m_model->index(legal, 0).data(Qt::BackgroundRole).isValid());
    QCOMPARE(m_model->unfilledRoles(),
             (QList<Role>{Role::OnCall, Role::IncidentCommander, Role::CustomerSuccess,
                          Role::Support, Role::ProductOwner}));
}

void TestRoleBoardModel::assignmentsAndAcknowledgementsShowUp()
{
    QSignalSpy unfilled(m_model.get(), &RoleBoardModel::unfilledChanged);
    QVERIFY(m_ws->roles().assign(m_id, Role::IncidentCommander, QStringLiteral("Ana Ortiz"), false,
                                 QStringLiteral("x")));
    const int ic = rowOf(Role::IncidentCommander);
    QCOMPARE(cell(ic, RoleBoardModel::HolderColumn), QStringLiteral("Ana Ortiz"));
    QVERIFY(!m_model->index(ic, 0).data(RoleBoardModel::UnfilledRole).toBool());
    QCOMPARE(unfilled.size(), 1);
    QVERIFY(!m_model->unfilledRoles().contains(Role::IncidentCommander));

    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_clock->advanceSecs(45);
    QVERIFY(m_ws->roles().acknowledge(m_id, Role::IncidentCommander, QString(),
                                      QStringLiteral("Ana Ortiz")));
    QCOMPARE(reset.size(), 0); // acknowledging changes the row in place
    QVERIFY(changed.size() >= 1);
    QVERIFY(m_model->index(ic, 0).data(RoleBoardModel::AcknowledgedRole).toBool());
    QCOMPARE(cell(ic, RoleBoardModel::StateColumn), QStringLiteral("Acknowledged 03:00 UTC"));

    QVERIFY(m_ws->roles().assign(m_id, Role::IncidentCommander, QStringLiteral("Ivan Petrov"),
                                 false, QStringLiteral("x")));
    QCOMPARE(cell(rowOf(Role::IncidentCommander), RoleBoardModel::HolderColumn),
             QStringLiteral("Ivan Petrov"));
    QVERIFY(!m_model->index(rowOf(Role::IncidentCommander), 0)
                 .data(RoleBoardModel::AcknowledgedRole)
                 .toBool());
}

void TestRoleBoardModel::waitingTimeFollowsTheInjectedClock()
{
    QVERIFY(m_ws->roles().assign(m_id, Role::OnCall, QStringLiteral("Ben Adeyemi"), false,
                                 QStringLiteral("x")));
    const int row = rowOf(Role::OnCall);
    QCOMPARE(cell(row, RoleBoardModel::StateColumn),
             QStringLiteral("Not acknowledged — assigned 0 s ago"));
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_clock->advanceSecs(7 * 60 + 5);
    m_model->clockAdvanced();
    QVERIFY(changed.size() >= 1);
    QCOMPARE(cell(row, RoleBoardModel::StateColumn),
             QStringLiteral("Not acknowledged — assigned 7 min ago"));
    QCOMPARE(m_model->index(row, 0).data(RoleBoardModel::WaitingSecsRole).toLongLong(), 425);
    m_clock->advanceSecs(3600);
    m_model->clockAdvanced();
    QCOMPARE(cell(row, RoleBoardModel::StateColumn),
             QStringLiteral("Not acknowledged — assigned 1 h 7 min ago"));
}

void TestRoleBoardModel::severalCustomerSuccessHolders()
{
    QVERIFY(m_ws->roles().assign(m_id, Role::CustomerSuccess, QStringLiteral("Dev Patel"), false,
                                 QStringLiteral("x")));
    QVERIFY(m_ws->roles().assign(m_id, Role::CustomerSuccess, QStringLiteral("Emi Tanaka"), false,
                                 QStringLiteral("x")));
    QCOMPARE(m_model->rowCount(), 9);
    QVERIFY(rowOf(Role::CustomerSuccess, QStringLiteral("Dev Patel")) >= 0);
    QCOMPARE(rowOf(Role::CustomerSuccess, QStringLiteral("Emi Tanaka")),
             rowOf(Role::CustomerSuccess, QStringLiteral("Dev Patel")) + 1);
    QVERIFY(m_ws->roles().unassign(m_id, Role::CustomerSuccess, QStringLiteral("Dev Patel"),
                                   QStringLiteral("x")));
    QCOMPARE(m_model->rowCount(), 8);
}

void TestRoleBoardModel::needsFollowFieldEditsAndTheHour()
{
    IncidentFields fields = test::validFields();
    fields.category = Category::DataLeak;
    QVERIFY(m_ws->incidents().updateFields(m_id, fields, QStringLiteral("x")));
    QVERIFY(m_model->unfilledRoles().contains(Role::Legal));
    QVERIFY(!m_model->unfilledRoles().contains(Role::Ceo));
    m_clock->advanceSecs(3600); // detected ten minutes before the start
    m_model->clockAdvanced();
    QVERIFY(m_model->unfilledRoles().contains(Role::Ceo));
    QVERIFY(m_model->unfilledRoles().contains(Role::VpEngineering));
}

QTEST_MAIN(TestRoleBoardModel)
#include "tst_roleboardmodel.moc"
