#include "core/io/accountscsv.h"

#include <QFile>
#include <QTest>

using namespace warroom;

class TestAccountsCsv : public QObject
{
    Q_OBJECT

private slots:
    void exampleFileIsValid();
    void problems_data();
    void problems();
};

void TestAccountsCsv::exampleFileIsValid()
{
    QFile file(QStringLiteral(WARROOM_SOURCE_DIR "/resources/examples/key-accounts.csv"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const AccountsCsv parsed = accountscsv::parse(file.readAll());
    QVERIFY2(parsed.problems.isEmpty(), qPrintable(csv::describeAll(parsed.problems)));
    QCOMPARE(parsed.accounts.size(), 12);
    const KeyAccount &first = parsed.accounts.first().account;
    QCOMPARE(first.name, QStringLiteral("Northwind Logistics"));
    QCOMPARE(first.tier, AccountTier::Enterprise);
    QCOMPARE(first.arr, 2400000);
    QCOMPARE(first.rank, 1);
    QCOMPARE(first.csm, QStringLiteral("Chloé Martin"));
    QCOMPARE(first.contacts.size(), 2);
    QCOMPARE(first.contacts.at(1).name, QStringLiteral("Omar Said"));
    QCOMPARE(parsed.accounts.at(1).account.name, QStringLiteral("Globex, Inc."));
    QCOMPARE(parsed.accounts.at(1).account.contacts.size(), 1);
    const KeyAccount &unranked = parsed.accounts.last().account;
    QVERIFY(!unranked.rank);
    QCOMPARE(unranked.contacts.first().slack, QStringLiteral("@norman.o"));
}

void TestAccountsCsv::problems_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("says");

    const QByteArray header =
        "name,tier,arr,rank,csm,contact1_name,contact1_phone,contact1_slack,contact1_email\n";
    const QByteArray good =
        "Initech,enterprise,1800000,3,Emi Tanaka,Peter Gibbons,+1 512 555 0143,,\n";
    QTest::newRow("unknown column")
        << QByteArray("name,tier,csm,contact1_name,contact4_name\n") << 1
        << QStringLiteral("contact4_name") << QStringLiteral("Unknown column");
    QTest::newRow("missing csm column")
        << QByteArray("name,tier,rank,contact1_name,contact1_phone\nA,smb,1,B,+1 512 555 0143\n")
        << 1 << QStringLiteral("csm") << QStringLiteral("required column");
    QTest::newRow("missing name") << header + good +
                                         ",enterprise,1,4,Emi Tanaka,P,+1 512 555 0143,,\n"
                                  << 3 << QStringLiteral("name")
                                  << QStringLiteral("customer's name");
    QTest::newRow("missing tier") << header + "A,,1,4,Emi Tanaka,P,+1 512 555 0143,,\n"
                                  << 2 << QStringLiteral("tier") << QStringLiteral("required");
    QTest::newRow("bad tier") << header + "A,platinum,1,4,Emi Tanaka,P,+1 512 555 0143,,\n"
                              << 2 << QStringLiteral("tier")
                              << QStringLiteral("Unknown tier \"platinum\"");
    QTest::newRow("ARR with separators")
        << header + "A,smb,\"1,200,000\",4,Emi Tanaka,P,+1 512 555 0143,,\n"
        << 2 << QStringLiteral("arr") << QStringLiteral("digits only");
    QTest::newRow("rank zero") << header + "A,smb,,0,Emi Tanaka,P,+1 512 555 0143,,\n"
                               << 2 << QStringLiteral("rank") << QStringLiteral("not a rank");
    QTest::newRow("rank not a number")
        << header + "A,smb,,first,Emi Tanaka,P,+1 512 555 0143,,\n"
        << 2 << QStringLiteral("rank") << QStringLiteral("not a rank");
    QTest::newRow("neither rank nor ARR")
        << header + "A,smb,,,Emi Tanaka,P,+1 512 555 0143,,\n"
        << 2 << QStringLiteral("rank") << QStringLiteral("rank or an ARR");
    QTest::newRow("missing csm") << header + "A,smb,,4,,P,+1 512 555 0143,,\n"
                                 << 2 << QStringLiteral("csm")
                                 << QStringLiteral("customer success manager");
    QTest::newRow("no contact") << header + "A,smb,,4,Emi Tanaka,,,,\n"
                                << 2 << QStringLiteral("contact1_name")
                                << QStringLiteral("needs a name");
    QTest::newRow("email-only contact")
        << header + "A,smb,,4,Emi Tanaka,P,,,p@a.example\n"
        << 2 << QStringLiteral("contact1_phone") << QStringLiteral("not email");
    QTest::newRow("bad contact phone")
        << header + "A,smb,,4,Emi Tanaka,P,ext. 12,,\n"
        << 2 << QStringLiteral("contact1_phone") << QStringLiteral("not a phone number");
    QTest::newRow("duplicate customer")
        << header + good + "INITECH ,smb,5,9,Emi Tanaka,P,+1 512 555 0143,,\n"
        << 3 << QStringLiteral("name") << QStringLiteral("first on line 2");
    QTest::newRow("duplicate rank")
        << header + good + "B,smb,5,3,Emi Tanaka,P,+1 512 555 0143,,\n"
        << 3 << QStringLiteral("rank") << QStringLiteral("Rank 3 is given twice");
    QTest::newRow("invalid UTF-8")
        << header + good + "Caf\xE9,smb,5,9,Emi Tanaka,P,+1 512 555 0143,,\n"
        << 3 << QString() << QStringLiteral("not valid UTF-8");
    QTest::newRow("unterminated quote") << header + "\"A,smb,5,9,Emi Tanaka,P,+1 512 555 0143,,\n"
                                        << 2 << QString() << QStringLiteral("never closed");
}

void TestAccountsCsv::problems()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, line);
    QFETCH(QString, column);
    QFETCH(QString, says);
    const AccountsCsv parsed = accountscsv::parse(bytes);
    QVERIFY(!parsed.problems.isEmpty());
    const CsvProblem &p = parsed.problems.first();
    QCOMPARE(p.line, line);
    QCOMPARE(p.column, column);
    QVERIFY2(p.message.contains(says), qPrintable(p.message));
}

QTEST_GUILESS_MAIN(TestAccountsCsv)
#include "tst_accountscsv.moc"
