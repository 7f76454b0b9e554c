#include "core/base/clock.h"
#include "core/base/utctime.h"

#include <QTest>

using namespace warroom;

class TestUtcTime : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void roundTripMSecs();
    void manualClockMovesOnlyWhenTold();
};

void TestUtcTime::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("utc");

    QTest::newRow("Z") << "2026-11-29T03:15:00Z" << true << "2026-11-29T03:15:00.000Z";
    QTest::newRow("ms Z") << "2026-11-29T03:15:00.250Z" << true << "2026-11-29T03:15:00.250Z";
    QTest::newRow("offset") << "2026-11-29T04:15:00+01:00" << true << "2026-11-29T03:15:00.000Z";
    QTest::newRow("no zone refused") << "2026-11-29T03:15:00" << false << "";
    QTest::newRow("garbage") << "yesterday" << false << "";
    QTest::newRow("bad month") << "2026-13-29T03:15:00Z" << false << "";
    QTest::newRow("empty") << "" << false << "";
}

void TestUtcTime::parse()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QString, utc);
    const auto parsed = utctime::parseIso(text);
    QCOMPARE(parsed.has_value(), valid);
    if (valid)
        QCOMPARE(utctime::toIso(*parsed), utc);
}

void TestUtcTime::roundTripMSecs()
{
    const QDateTime t = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 678), Qt::UTC);
    QCOMPARE(utctime::fromMSecs(utctime::toMSecs(t)), t);
}

void TestUtcTime::manualClockMovesOnlyWhenTold()
{
    const QDateTime start(QDate(2026, 11, 29), QTime(3, 0), Qt::UTC);
    ManualClock clock(start);
    QCOMPARE(clock.nowUtc(), start);
    clock.advanceSecs(900);
    QCOMPARE(clock.nowUtc(), start.addSecs(900));
    clock.advanceMSecs(-1);
    QCOMPARE(clock.nowUtc(), start.addMSecs(900 * 1000 - 1));
}

QTEST_GUILESS_MAIN(TestUtcTime)
#include "tst_utctime.moc"
