// Routing a draft's channel to outbox rows (core/comms/delivery.h, docs/outbox.md).
#include "core/comms/delivery.h"

#include <QTest>

using namespace warroom;

class TestDelivery : public QObject
{
    Q_OBJECT

private slots:
    void routesEachChannel_data();
    void routesEachChannel();
    void emailWithoutAnyAddressIsRefused();
    void onlyStatusPageAndEmailGateObligations();
    void keysAreStableAndDistinct();
    void statusPageVocabulary();
};

using Targets = QList<DeliveryTarget>;

void TestDelivery::routesEachChannel_data()
{
    QTest::addColumn<Channel>("channel");
    QTest::addColumn<bool>("slack");
    QTest::addColumn<Targets>("expected");
    const QStringList none;
    QTest::newRow("status page") << Channel::StatusPage << false
                                 << Targets{{Destination::StatusPage, QString()}};
    QTest::newRow("status page, Slack set up")
        << Channel::StatusPage << true
        << Targets{{Destination::StatusPage, QString()}, {Destination::Slack, QString()}};
    QTest::newRow("in-app") << Channel::InApp << false
                            << Targets{{Destination::Webhook, QString()}};
    // Duplicates (any case) and blank addresses go once / not at all.
    QTest::newRow("email") << Channel::Email << false
                           << Targets{{Destination::Email, QStringLiteral("a@x.example")},
                                      {Destination::Email, QStringLiteral("b@y.example")}};
    QTest::newRow("key account, Slack set up")
        << Channel::KeyAccount << true
        << Targets{{Destination::Email, QStringLiteral("a@x.example")},
                   {Destination::Email, QStringLiteral("b@y.example")},
                   {Destination::Slack, QString()}};
}

void TestDelivery::routesEachChannel()
{
    QFETCH(Channel, channel);
    QFETCH(bool, slack);
    QFETCH(Targets, expected);
    const QStringList emails{QStringLiteral(" a@x.example"), QString(),
                             QStringLiteral("b@y.example"), QStringLiteral("A@X.example")};
    QSet<Destination> configured{Destination::Webhook};
    if (slack)
        configured.insert(Destination::Slack);
    const Result<Targets> routed = delivery::route(channel, emails, configured);
    QVERIFY2(routed, routed ? "" : qPrintable(routed.error().message));
    QCOMPARE(*routed, expected);
}

void TestDelivery::emailWithoutAnyAddressIsRefused()
{
    for (Channel c : {Channel::Email, Channel::KeyAccount}) {
        const Result<Targets> routed =
            delivery::route(c, {QString(), QStringLiteral("  ")}, {Destination::Slack});
        QVERIFY(!routed);
        QCOMPARE(routed.error().field, QStringLiteral("recipients"));
        QVERIFY2(routed.error().message.contains(QStringLiteral("Add an email address")),
                 qPrintable(routed.error().message));
    }
    // The status page needs no address.
    QVERIFY(delivery::route(Channel::StatusPage, {}, {}));
}

void TestDelivery::onlyStatusPageAndEmailGateObligations()
{
    QVERIFY(delivery::gatesObligations(Destination::StatusPage));
    QVERIFY(delivery::gatesObligations(Destination::Email));
    QVERIFY(!delivery::gatesObligations(Destination::Slack));
    QVERIFY(!delivery::gatesObligations(Destination::Webhook));
}

void TestDelivery::keysAreStableAndDistinct()
{
    const QString sha = QStringLiteral("ab").repeated(32);
    const DeliveryTarget mail{Destination::Email, QStringLiteral("Ops@Acme.example")};
    const QString key = delivery::idempotencyKey(7, sha, mail);
    QCOMPARE(key, QStringLiteral("warroom-abababababab-7-email-ops@acme.example"));
    QCOMPARE(delivery::idempotencyKey(7, sha, mail), key);
    QVERIFY(delivery::idempotencyKey(8, sha, mail) != key);
    QVERIFY(delivery::idempotencyKey(7, sha, {Destination::Slack, QString()}) != key);
    QVERIFY(delivery::idempotencyKey(7, QStringLiteral("cd").repeated(32), mail) != key);
}

void TestDelivery::statusPageVocabulary()
{
    QCOMPARE(delivery::statusPageStatus(QStringLiteral("investigating")),
             QStringLiteral("investigating"));
    QCOMPARE(delivery::statusPageStatus(QStringLiteral("identified")),
             QStringLiteral("identified"));
    QCOMPARE(delivery::statusPageStatus(QStringLiteral("monitoring")),
             QStringLiteral("monitoring"));
    QCOMPARE(delivery::statusPageStatus(QStringLiteral("restored")), QStringLiteral("resolved"));
    QCOMPARE(delivery::statusPageStatus(QStringLiteral("closed")), QStringLiteral("resolved"));
    QCOMPARE(delivery::statusPageImpact(QStringLiteral("SEV1")), QStringLiteral("critical"));
    QCOMPARE(delivery::statusPageImpact(QStringLiteral("SEV2")), QStringLiteral("major"));
    QCOMPARE(delivery::statusPageImpact(QStringLiteral("SEV3")), QStringLiteral("minor"));
}

QTEST_GUILESS_MAIN(TestDelivery)
#include "tst_delivery.moc"
