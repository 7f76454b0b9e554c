#include "core/io/peoplecsv.h"

#include <QFile>
#include <QTest>

using namespace warroom;

class TestPeopleCsv : public QObject
{
    Q_OBJECT

private slots:
    void exampleFileIsValid();
    void columnsInAnyOrderAndCase();
    void problems_data();
    void problems();
    void reportsEveryProblemNotJustTheFirst();
    void headerProblemsComeAloneAndTogether();
};

void TestPeopleCsv::exampleFileIsValid()
{
    QFile file(QStringLiteral(WARROOM_SOURCE_DIR "/resources/examples/people.csv"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const PeopleCsv parsed = peoplecsv::parse(file.readAll());
    QVERIFY2(parsed.problems.isEmpty(), qPrintable(csv::describeAll(parsed.problems)));
    QCOMPARE(parsed.people.size(), 10);
    const Person &ana = parsed.people.first().person;
    QCOMPARE(ana.name, QStringLiteral("Ana Ortiz"));
    QCOMPARE(ana.slack, QStringLiteral("@ana.ortiz"));
    QCOMPARE(ana.roles, (QList<Role>{Role::OnCall, Role::IncidentCommander}));
    QCOMPARE(parsed.people.first().line, 2);
    QCOMPARE(parsed.people.at(2).person.name, QStringLiteral("Chloé Martin"));
}

void TestPeopleCsv::columnsInAnyOrderAndCase()
{
    const PeopleCsv parsed =
        peoplecsv::parse("Roles,SLACK,Name\n\"support; legal\",dana.k,\"  Dana   Kay \"\n");
    QVERIFY2(parsed.problems.isEmpty(), qPrintable(csv::describeAll(parsed.problems)));
    QCOMPARE(parsed.people.size(), 1);
    const Person &p = parsed.people.first().person;
    QCOMPARE(p.name, QStringLiteral("Dana Kay"));
    QCOMPARE(p.slack, QStringLiteral("@dana.k"));
    QCOMPARE(p.roles, (QList<Role>{Role::Support, Role::Legal}));
}

void TestPeopleCsv::problems_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("says");

    QTest::newRow("unknown column") << QByteArray("name,phone,fax\nAna,+1 415 555 0101,123\n") << 1
                                    << QStringLiteral("fax") << QStringLiteral("Unknown column");
    QTest::newRow("column twice") << QByteArray(
                                         "name,phone,Phone\nAna,+1 415 555 0101,+1 415 555 0102\n")
                                  << 1 << QStringLiteral("Phone") << QStringLiteral("twice");
    QTest::newRow("missing name column")
        << QByteArray("phone,roles\n+1 415 555 0101,on-call\n") << 1 << QStringLiteral("name")
        << QStringLiteral("required column");
    QTest::newRow("header with empty column name")
        << QByteArray("name,,phone\nAna,x,+1 415 555 0101\n") << 1 << QString()
        << QStringLiteral("has no name");
    QTest::newRow("missing name value")
        << QByteArray("name,phone\nAna,+1 415 555 0101\n ,+1 415 555 0102\n") << 3
        << QStringLiteral("name") << QStringLiteral("needs a name");
    QTest::newRow("no way to reach")
        << QByteArray("name,phone,roles\nAna,,on-call\n") << 2 << QStringLiteral("phone")
        << QStringLiteral("at least one way");
    QTest::newRow("bad phone") << QByteArray("name,phone\nAna,call me\n") << 2
                               << QStringLiteral("phone") << QStringLiteral("not a phone number");
    QTest::newRow("too short phone") << QByteArray("name,phone\nAna,555 01\n") << 2
                                     << QStringLiteral("phone") << QStringLiteral("5 digits");
    QTest::newRow("bad slack") << QByteArray("name,slack\nAna,@ana ortiz\n") << 2
                               << QStringLiteral("slack") << QStringLiteral("not a Slack handle");
    QTest::newRow("bad email") << QByteArray("name,email\nAna,ana.example.com\n") << 2
                               << QStringLiteral("email") << QStringLiteral("not an email address");
    QTest::newRow("unknown role") << QByteArray(
                                         "name,phone,roles\nAna,+1 415 555 0101,on-call;janitor\n")
                                  << 2 << QStringLiteral("roles")
                                  << QStringLiteral("Unknown role janitor");
    QTest::newRow("duplicate, other case and spacing")
        << QByteArray("name,phone\nAna Ortiz,+1 415 555 0101\nana  ORTIZ,+1 415 555 0102\n") << 3
        << QStringLiteral("name") << QStringLiteral("first on line 2");
    QTest::newRow("wrong field count") << QByteArray("name,phone\nAna,+1 415 555 0101,extra\n") << 2
                                       << QString() << QStringLiteral("3 fields");
    QTest::newRow("Windows-1252") << QByteArray("name,phone\nChlo\xE9,+1 415 555 0101\n") << 2
                                  << QString() << QStringLiteral("not valid UTF-8");
    QTest::newRow("UTF-16") << QByteArray("\xFF\xFEn\0a\0m\0e\0", 10) << 0 << QString()
                            << QStringLiteral("UTF-16");
    QTest::newRow("empty") << QByteArray("") << 0 << QString() << QStringLiteral("empty");
}

void TestPeopleCsv::problems()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, line);
    QFETCH(QString, column);
    QFETCH(QString, says);
    const PeopleCsv parsed = peoplecsv::parse(bytes);
    QVERIFY(!parsed.problems.isEmpty());
    const CsvProblem &p = parsed.problems.first();
    QCOMPARE(p.line, line);
    QCOMPARE(p.column, column);
    QVERIFY2(p.message.contains(says), qPrintable(p.message));
}

void TestPeopleCsv::reportsEveryProblemNotJustTheFirst()
{
    const PeopleCsv parsed = peoplecsv::parse("name,phone,roles\n"
                                              "Ana,+1 415 555 0101,\n"
                                              ",+1 415 555 0102,\n"
                                              "Ben,12,\n"
                                              "Cy,+1 415 555 0104\n"
                                              "ana,+1 415 555 0103,\n");
    QList<int> lines;
    for (const CsvProblem &p : parsed.problems)
        lines.append(p.line);
    QCOMPARE(lines, (QList<int>{3, 4, 5, 6}));
    QCOMPARE(parsed.people.size(), 1);
}

// A wrong header makes every record wrong: only the header's problems are worth reporting.
void TestPeopleCsv::headerProblemsComeAloneAndTogether()
{
    const PeopleCsv parsed = peoplecsv::parse("nom,tel,phone,fax\nAna,1,2,3\n");
    QCOMPARE(parsed.problems.size(), 2);
    QCOMPARE(parsed.problems.at(0).column, QStringLiteral("nom, tel, fax"));
    QCOMPARE(parsed.problems.at(1).column, QStringLiteral("name"));
    QVERIFY(parsed.problems.at(1).message.contains(QStringLiteral("required column")));
}

QTEST_GUILESS_MAIN(TestPeopleCsv)
#include "tst_peoplecsv.moc"
