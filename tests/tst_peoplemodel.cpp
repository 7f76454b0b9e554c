#include "models/roles/peoplemodel.h"
#include "storage/db/database.h"
#include "storage/roles/peoplestore.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace warroom;

class TestPeopleModel : public QObject
{
    Q_OBJECT

private slots:
    void followsTheDirectory();
    void loadFailureIsReported();
};

void TestPeopleModel::followsTheDirectory()
{
    QTemporaryDir dir;
    auto db = Database::open(DatabaseConfig::sqlite(dir.filePath(QStringLiteral("p.sqlite"))));
    QVERIFY(db);
    ManualClock clock(test::testStart());
    PeopleStore store(*db.value(), clock);
    PeopleModel model(store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);

    QVERIFY(
        store.importCsv("name,phone,slack,roles\nZoe,+1 415 555 0101,,legal;on-call\nAdam,,adam,\n",
                        QStringLiteral("ops")));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, PeopleModel::NameColumn).data().toString(), QStringLiteral("Adam"));
    QCOMPARE(model.index(0, PeopleModel::SlackColumn).data().toString(), QStringLiteral("@adam"));
    QCOMPARE(model.index(1, PeopleModel::RolesColumn).data().toString(),
             QStringLiteral("On-call engineer, Legal"));
    QCOMPARE(model.index(1, 0).data(PeopleModel::RoleIdsRole).toStringList(),
             (QStringList{QStringLiteral("on-call"), QStringLiteral("legal")}));
    const qint64 zoe = model.index(1, 0).data(PeopleModel::PersonIdRole).toLongLong();
    QCOMPARE(model.rowOf(zoe), 1);

    Person renamed = model.personAt(1);
    renamed.name = QStringLiteral("Aaron");
    QVERIFY(store.update(zoe, renamed, QStringLiteral("ops")));
    QCOMPARE(model.index(0, PeopleModel::NameColumn).data().toString(), QStringLiteral("Aaron"));
    QCOMPARE(model.rowOf(zoe), 0);
    QVERIFY(store.remove(zoe, QStringLiteral("ops")));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.rowOf(zoe), -1);
}

void TestPeopleModel::loadFailureIsReported()
{
    QTemporaryDir dir;
    auto db = Database::open(DatabaseConfig::sqlite(dir.filePath(QStringLiteral("p.sqlite"))));
    QVERIFY(db);
    ManualClock clock(test::testStart());
    PeopleStore store(*db.value(), clock);
    PeopleModel model(store);
    QSignalSpy failed(&model, &PeopleModel::loadFailed);
    // Another program broke the table: the model says so instead of showing nothing silently.
    QVERIFY(db.value()->exec(QStringLiteral("ALTER TABLE people RENAME TO people_gone")));
    model.reload();
    QCOMPARE(failed.size(), 1);
    QVERIFY(!failed.first().first().toString().isEmpty());
}

QTEST_MAIN(TestPeopleModel)
#include "tst_peoplemodel.moc"
