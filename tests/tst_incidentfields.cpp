#include "core/incident/category.h"
#include "core/incident/incident.h"
#include "core/incident/severity.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QTest>

#include <limits>

using namespace warroom;

class TestIncidentFields : public QObject
{
    Q_OBJECT

private slots:
    void validFieldsPass();
    void invalidFields_data();
    void invalidFields();
    void diffListsOnlyChangedFields();
    void categoryIds();
    void severityIds();
};

void TestIncidentFields::validFieldsPass()
{
    QVERIFY(incidentfields::validate(test::validFields(), test::testStart()).isEmpty());
    // At the limits: 200 emoji (400 UTF-16 units), the first moment of 2000, the allowed skew.
    IncidentFields f = test::validFields();
    f.title = QString::fromUtf8("\xF0\x9F\x9A\xA8").repeated(200);
    f.detectedAt = QDateTime(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC);
    QVERIFY(incidentfields::validate(f, test::testStart()).isEmpty());
    f.detectedAt = test::testStart().addSecs(incidentfields::AllowedClockSkewSecs);
    QVERIFY(incidentfields::validate(f, test::testStart()).isEmpty());
    f.detectedAt = QDateTime(QDate(1999, 12, 31), QTime(23, 59, 59), Qt::UTC);
    QCOMPARE(incidentfields::validate(f, test::testStart()).size(), 1);
}

void TestIncidentFields::invalidFields_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<double>("pct");
    QTest::addColumn<int>("enterprise");
    QTest::addColumn<QString>("title");
    QTest::addColumn<qint64>("detectedOffsetSecs");
    QTest::addColumn<QString>("expectedField");

    const QString ok = test::validFields().title;
    QTest::newRow("empty title") << "title" << 8.0 << 2 << QString() << qint64(-60) << "title";
    QTest::newRow("blank title") << "title" << 8.0 << 2 << QStringLiteral("   ") << qint64(-60)
                                 << "title";
    QTest::newRow("title too long")
        << "title" << 8.0 << 2 << QString(201, QLatin1Char('x')) << qint64(-60) << "title";
    QTest::newRow("pct below 0") << "pct" << -0.1 << 2 << ok << qint64(-60) << "affected_users_pct";
    QTest::newRow("pct above 100")
        << "pct" << 100.1 << 2 << ok << qint64(-60) << "affected_users_pct";
    QTest::newRow("pct NaN") << "pct" << std::numeric_limits<double>::quiet_NaN() << 2 << ok
                             << qint64(-60) << "affected_users_pct";
    QTest::newRow("negative enterprise")
        << "ent" << 8.0 << -1 << ok << qint64(-60) << "enterprise_affected";
    QTest::newRow("detected in the future")
        << "det" << 8.0 << 2 << ok << qint64(301) << "detected_at";
    // Bounded input (docs/reliability.md): characters, not UTF-16 units; one line; 2000 onwards.
    const QString emoji = QString::fromUtf8("\xF0\x9F\x9A\xA8");
    QTest::newRow("201 emoji") << "title" << 8.0 << 2 << emoji.repeated(201) << qint64(-60)
                               << "title";
    QTest::newRow("title on two lines")
        << "title" << 8.0 << 2 << QStringLiteral("One\nTwo") << qint64(-60) << "title";
    QTest::newRow("title with an escape")
        << "title" << 8.0 << 2 << QStringLiteral("Red \x1b[31m") << qint64(-60) << "title";
    QTest::newRow("detected before 2000")
        << "det" << 8.0 << 2 << ok << qint64(-27LL * 365 * 86400) << "detected_at";
}

void TestIncidentFields::invalidFields()
{
    QFETCH(double, pct);
    QFETCH(int, enterprise);
    QFETCH(QString, title);
    QFETCH(qint64, detectedOffsetSecs);
    QFETCH(QString, expectedField);

    IncidentFields f = test::validFields();
    f.title = title;
    f.affectedUsersPct = pct;
    f.enterpriseAffected = enterprise;
    f.detectedAt = test::testStart().addSecs(detectedOffsetSecs);
    const QList<Error> errors = incidentfields::validate(f, test::testStart());
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().field, expectedField);
    QCOMPARE(errors.first().code, Error::Code::InvalidInput);
    QVERIFY(!errors.first().message.isEmpty());
}

void TestIncidentFields::diffListsOnlyChangedFields()
{
    IncidentFields before = test::validFields();
    IncidentFields after = before;
    QVERIFY(incidentfields::diff(before, after).isEmpty());
    after.severity = Severity::Sev1;
    after.affectedUsersPct = 12.5;
    const QJsonObject d = incidentfields::diff(before, after);
    QCOMPARE(d.keys(),
             (QStringList{QStringLiteral("affected_users_pct"), QStringLiteral("severity")}));
    QCOMPARE(d.value(QStringLiteral("severity")).toArray(),
             (QJsonArray{QStringLiteral("SEV2"), QStringLiteral("SEV1")}));
}

void TestIncidentFields::categoryIds()
{
    const QStringList expected{QStringLiteral("behavior-anomaly"),
                               QStringLiteral("outage"),
                               QStringLiteral("upstream-unavailable"),
                               QStringLiteral("billing-overcharge"),
                               QStringLiteral("billing-undercharge"),
                               QStringLiteral("output-error-loss"),
                               QStringLiteral("data-leak")};
    QStringList ids;
    for (Category c : category::all()) {
        ids.append(category::id(c));
        QCOMPARE(category::fromId(category::id(c)), c);
        QVERIFY(!category::displayName(c).isEmpty());
    }
    QCOMPARE(ids, expected);
    QVERIFY(!category::fromId(QStringLiteral("Outage")));
}

void TestIncidentFields::severityIds()
{
    QCOMPARE(severity::fromId(QStringLiteral("sev1")), Severity::Sev1);
    QCOMPARE(severity::fromId(QStringLiteral("SEV3")), Severity::Sev3);
    QVERIFY(!severity::fromId(QStringLiteral("SEV4")));
}

QTEST_GUILESS_MAIN(TestIncidentFields)
#include "tst_incidentfields.moc"
