#include "enginetestsupport.h"
#include "storage/calls/accountstore.h"
#include "storage/db/database.h"
#include "storage/roles/peoplestore.h"
#include "testsupport.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlRecord>
#include <QTest>

using namespace warroom;

class TestAccountStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void importsTheExampleFile();
    void proposesTheTopTenByRank();
    void reimportKeepsIdsSwapsRanksAndUnlistsTheRest();
    void badFileWritesNothing_data();
    void badFileWritesNothing();
    void unknownAccount();

private:
    QByteArray rowsSnapshot() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<PeopleStore> m_people;
    std::unique_ptr<AccountStore> m_store;
};

static QByteArray exampleFile(const char *name)
{
    QFile file(QStringLiteral(WARROOM_SOURCE_DIR "/resources/examples/") + QLatin1String(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

static const QByteArray kHeader =
    "name,tier,arr,rank,csm,contact1_name,contact1_phone,contact1_slack\n";

void TestAccountStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto db =
        Database::open(test::engineConfig(m_dir->filePath(QStringLiteral("accounts.sqlite"))));
    QVERIFY(db);
    m_db = std::move(db).value();
    m_clock = std::make_unique<ManualClock>(test::testStart());
    m_people = std::make_unique<PeopleStore>(*m_db, *m_clock);
    m_store = std::make_unique<AccountStore>(*m_db, *m_clock);
    QVERIFY(m_people->importCsv(exampleFile("people.csv"), QStringLiteral("ops")));
}

void TestAccountStore::cleanup()
{
    m_store.reset();
    m_people.reset();
    m_db.reset();
    m_dir.reset();
}

QByteArray TestAccountStore::rowsSnapshot() const
{
    QByteArray out;
    for (const char *table : {"key_accounts", "account_contacts", "people"}) {
        auto q =
            m_db->exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(QLatin1String(table)));
        if (!q)
            return "error";
        while (q.value().next()) {
            for (int i = 0; i < q.value().record().count(); ++i)
                out += q.value().value(i).toString().toUtf8() + '|';
            out += '\n';
        }
        out += "--\n";
    }
    return out;
}

void TestAccountStore::importsTheExampleFile()
{
    QSignalSpy changed(m_store.get(), &AccountStore::accountsChanged);
    auto summary = m_store->importCsv(exampleFile("key-accounts.csv"), QStringLiteral("ops"));
    QVERIFY2(summary, summary ? "" : qPrintable(summary.error().message));
    QCOMPARE(summary->added, 12);
    QCOMPARE(changed.size(), 1);
    auto all = m_store->accounts();
    QVERIFY(all);
    QCOMPARE(all->size(), 12);
    const KeyAccount &first = all->first();
    QCOMPARE(first.name, QStringLiteral("Northwind Logistics"));
    QCOMPARE(first.csm, QStringLiteral("Chloé Martin"));
    QVERIFY(first.csmId > 0);
    QCOMPARE(first.contacts.size(), 2);
    QCOMPARE(first.contacts.at(0).slack, QStringLiteral("@maya.brooks"));
    QCOMPARE(first.contacts.at(1).phone, QStringLiteral("+1 212 555 0141"));
    auto again = m_store->account(first.id);
    QVERIFY(again);
    QCOMPARE(again.value(), first);
}

void TestAccountStore::proposesTheTopTenByRank()
{
    QVERIFY(m_store->importCsv(exampleFile("key-accounts.csv"), QStringLiteral("ops")));
    auto top = m_store->proposeTop();
    QVERIFY(top);
    QCOMPARE(top->size(), 10);
    for (int i = 0; i < 10; ++i)
        QCOMPARE(top->at(i).rank, i + 1);
    QCOMPARE(m_store->proposeTop(20)->size(), 12);
    QCOMPARE(m_store->proposeTop(20)->last().name,
             QStringLiteral("Oscorp Labs")); // unranked comes last
}

void TestAccountStore::reimportKeepsIdsSwapsRanksAndUnlistsTheRest()
{
    QVERIFY(m_store->importCsv(kHeader + "Alpha,smb,,1,Dev Patel,A,+1 415 555 0120,\n"
                                         "Beta,smb,,2,Dev Patel,B,+1 415 555 0121,\n"
                                         "Gamma,smb,,3,Dev Patel,C,+1 415 555 0122,\n",
                               QStringLiteral("ops")));
    const QList<KeyAccount> before = m_store->accounts().value();
    m_clock->advanceSecs(3600);
    auto summary = m_store->importCsv(kHeader + "BETA,enterprise,5,1,Emi Tanaka,B2,,@b2\n"
                                                "alpha,smb,,2,Dev Patel,A,+1 415 555 0120,\n"
                                                "Delta,smb,,3,Dev Patel,D,+1 415 555 0123,\n",
                                      QStringLiteral("ops"));
    QVERIFY2(summary, summary ? "" : qPrintable(summary.error().message));
    QCOMPARE(summary->added, 1);
    QCOMPARE(summary->updated, 2);
    QCOMPARE(summary->unlisted, 1);
    const QList<KeyAccount> after = m_store->accounts().value();
    QCOMPARE(after.size(), 3);
    QCOMPARE(after.at(0).name, QStringLiteral("BETA"));
    QCOMPARE(after.at(0).id, before.at(1).id);
    QCOMPARE(after.at(0).csm, QStringLiteral("Emi Tanaka"));
    QCOMPARE(after.at(0).contacts.size(), 1);
    QCOMPARE(after.at(0).contacts.first().slack, QStringLiteral("@b2"));
    QCOMPARE(after.at(1).id, before.at(0).id);
    auto gamma = m_store->account(before.at(2).id);
    QVERIFY(gamma);
    QVERIFY(!gamma->listed);
    QVERIFY(!gamma->rank);
}

void TestAccountStore::badFileWritesNothing_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("says");
    const QByteArray good = "Alpha,smb,,1,Dev Patel,A,+1 415 555 0120,\n";
    QTest::newRow("CSM not in directory")
        << kHeader + good + "Beta,smb,,2,Dev Patle,B,+1 415 555 0121,\n"
        << QStringLiteral("line 3, column csm: \"Dev Patle\" is not in the people directory");
    QTest::newRow("duplicate customer")
        << kHeader + good + "alpha,smb,,2,Dev Patel,B,+1 415 555 0121,\n"
        << QStringLiteral("line 3, column name: Customer \"alpha\" is listed twice");
    QTest::newRow("duplicate rank") << kHeader + good + "Beta,smb,,1,Dev Patel,B,+1 415 555 0121,\n"
                                    << QStringLiteral("line 3, column rank");
    QTest::newRow("unknown column") << QByteArray("name,tier,csm,contact1_name,notes\n")
                                    << QStringLiteral("line 1, column notes");
    QTest::newRow("missing required column")
        << QByteArray("name,tier,rank,contact1_name,contact1_phone\nA,smb,1,B,+1 415 555 0121\n")
        << QStringLiteral("line 1, column csm");
    QTest::newRow("missing tier value")
        << kHeader + good + "Beta,,,2,Dev Patel,B,+1 415 555 0121,\n"
        << QStringLiteral("line 3, column tier");
    QTest::newRow("bad ARR") << kHeader + "Beta,smb,1.2M,2,Dev Patel,B,+1 415 555 0121,\n"
                             << QStringLiteral("line 2, column arr");
    QTest::newRow("email only contact")
        << QByteArray(
               "name,tier,rank,csm,contact1_name,contact1_email\nA,smb,1,Dev Patel,B,b@a.example\n")
        << QStringLiteral("line 2, column contact1_phone");
    QTest::newRow("Windows-1252") << kHeader + good +
                                         "Caf\xE9,smb,,2,Dev Patel,B,+1 415 555 0121,\n"
                                  << QStringLiteral("line 3");
    QTest::newRow("UTF-16 BOM") << QByteArray("\xFF\xFEn\0", 4) << QStringLiteral("UTF-16");
    QTest::newRow("stray quote") << kHeader + "Al\"pha,smb,,1,Dev Patel,A,+1 415 555 0120,\n"
                                 << QStringLiteral("line 2");
    QTest::newRow("header only") << QByteArray() << QStringLiteral("empty");
}

void TestAccountStore::badFileWritesNothing()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, says);
    QVERIFY(m_store->importCsv(exampleFile("key-accounts.csv"), QStringLiteral("ops")));
    const QByteArray before = rowsSnapshot();
    QSignalSpy changed(m_store.get(), &AccountStore::accountsChanged);
    m_clock->advanceSecs(60);
    auto summary = m_store->importCsv(bytes, QStringLiteral("ops"));
    QVERIFY(!summary);
    QCOMPARE(summary.error().code, Error::Code::InvalidInput);
    QVERIFY2(summary.error().message.startsWith(QStringLiteral("Nothing was imported")),
             qPrintable(summary.error().message));
    QVERIFY2(summary.error().message.contains(says), qPrintable(summary.error().message));
    QCOMPARE(rowsSnapshot(), before);
    QCOMPARE(changed.size(), 0);
}

void TestAccountStore::unknownAccount()
{
    auto missing = m_store->account(4711);
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, Error::Code::NotFound);
    QVERIFY(m_store->accounts()->isEmpty());
    QVERIFY(m_store->proposeTop()->isEmpty());
}

QTEST_GUILESS_MAIN(TestAccountStore)
#include "tst_accountstore.moc"
