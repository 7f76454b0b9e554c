#include "core/incident/incidentstatus.h"

#include <QTest>

using namespace warroom;

class TestIncidentStatus : public QObject
{
    Q_OBJECT

private slots:
    void transitions_data();
    void transitions();
    void idsRoundTrip();
    void activeMeansNotYetRestored();
    void openMeansNotClosed();
};

void TestIncidentStatus::transitions_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<bool>("allowed");

    const char *rows[][3] = {
        {"investigating", "identified", "yes"},
        {"investigating", "monitoring", "yes"},
        {"investigating", "restored", "yes"},
        {"investigating", "closed", "no"},
        {"investigating", "investigating", "no"},
        {"identified", "monitoring", "yes"},
        {"identified", "restored", "yes"},
        {"identified", "investigating", "yes"},
        {"identified", "closed", "no"},
        {"monitoring", "restored", "yes"},
        {"monitoring", "identified", "no"},
        {"monitoring", "investigating", "yes"},
        {"monitoring", "closed", "no"},
        {"restored", "closed", "yes"},
        {"restored", "investigating", "yes"},
        {"restored", "monitoring", "no"},
        {"restored", "identified", "no"},
        {"closed", "investigating", "no"},
        {"closed", "restored", "no"},
        {"closed", "closed", "no"},
    };
    for (const auto &row : rows) {
        QTest::addRow("%s->%s", row[0], row[1])
            << QString::fromLatin1(row[0]) << QString::fromLatin1(row[1])
            << (qstrcmp(row[2], "yes") == 0);
    }
}

void TestIncidentStatus::transitions()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(bool, allowed);
    const auto f = incidentstatus::fromId(from);
    const auto t = incidentstatus::fromId(to);
    QVERIFY(f && t);
    QCOMPARE(incidentstatus::canTransition(*f, *t), allowed);
    QCOMPARE(incidentstatus::transitionError(*f, *t).isEmpty(), allowed);
    QCOMPARE(incidentstatus::allowedTransitions(*f).contains(*t), allowed);
}

void TestIncidentStatus::idsRoundTrip()
{
    for (IncidentStatus s : incidentstatus::all())
        QCOMPARE(incidentstatus::fromId(incidentstatus::id(s)), s);
    QVERIFY(!incidentstatus::fromId(QStringLiteral("resolved")));
    QVERIFY(!incidentstatus::fromId(QStringLiteral("Investigating")));
}

void TestIncidentStatus::activeMeansNotYetRestored()
{
    QVERIFY(incidentstatus::isActive(IncidentStatus::Investigating));
    QVERIFY(incidentstatus::isActive(IncidentStatus::Monitoring));
    QVERIFY(!incidentstatus::isActive(IncidentStatus::Restored));
    QVERIFY(!incidentstatus::isActive(IncidentStatus::Closed));
}

// Restored incidents still owe the resolved announcement, the customer email and the postmortem:
// they are open (listed) until closed. Only closing is final.
void TestIncidentStatus::openMeansNotClosed()
{
    for (IncidentStatus s : incidentstatus::all()) {
        QCOMPARE(incidentstatus::isOpen(s), s != IncidentStatus::Closed);
        QCOMPARE(incidentstatus::isFinal(s), s == IncidentStatus::Closed);
    }
}

QTEST_GUILESS_MAIN(TestIncidentStatus)
#include "tst_incidentstatus.moc"
