// Routing a draft's channel to outbox rows (core/comms/delivery.h, docs/outbox.md).
#include "core/comms/delivery.h"
#include "core/comms/deliveryphrases.h"
#include "nametranslator.h"

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
    void deliveryStatePhrasesAreWholeSentences();
    void noRecipientsNamesTheChannelInASentence();
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

// Every state has its own sentence in each phrase function (issue 13: never a lower-cased
// state name inside a sentence). Under a translation that marks the names, a phrase built by
// lower-casing deliverystate::displayName would contain "⟨queued⟩".
void TestDelivery::deliveryStatePhrasesAreWholeSentences()
{
    const test::NameTranslator names({"warroom::DeliveryState"});
    QSet<QString> targets, counts, rows;
    for (DeliveryState s : deliverystate::all()) {
        const QString name = deliverystate::displayName(s);
        QVERIFY2(name.startsWith(QStringLiteral("⟨")), qPrintable(name)); // the names are marked
        const QString target =
            deliveryphrase::targetInState(s, QStringLiteral("Email to lena@globex.example"));
        const QString count = deliveryphrase::count(s, 3);
        const QString row = deliveryphrase::rowState(s, 7);
        for (const QString &phrase : {target, count, row}) {
            QVERIFY2(!phrase.trimmed().isEmpty(), qPrintable(deliverystate::id(s)));
            QVERIFY2(!phrase.contains(name.toLower()) && !phrase.contains(name),
                     qPrintable(phrase));
            QVERIFY2(!phrase.contains(QLatin1Char('%')), qPrintable(phrase)); // all filled in
        }
        QVERIFY2(target.startsWith(QStringLiteral("Email to lena@globex.example ")),
                 qPrintable(target));
        QVERIFY2(count.startsWith(QStringLiteral("3 ")), qPrintable(count));
        QVERIFY2(row.startsWith(QStringLiteral("Outbox row 7 ")) && row.endsWith(QLatin1Char('.')),
                 qPrintable(row));
        targets.insert(target);
        counts.insert(count);
        rows.insert(row);
    }
    // One sentence per state: no two states read alike.
    QCOMPARE(targets.size(), deliverystate::all().size());
    QCOMPARE(counts.size(), deliverystate::all().size());
    QCOMPARE(rows.size(), deliverystate::all().size());
    QCOMPARE(deliveryphrase::targetInState(DeliveryState::Queued, QStringLiteral("Status page")),
             QStringLiteral("Status page queued"));
    QCOMPARE(deliveryphrase::count(DeliveryState::Failed, 1), QStringLiteral("1 failed"));
    QCOMPARE(deliveryphrase::rowState(DeliveryState::Sent, 12),
             QStringLiteral("Outbox row 12 has been sent."));
}

void TestDelivery::noRecipientsNamesTheChannelInASentence()
{
    const test::NameTranslator names({"warroom::Channel"});
    QSet<QString> sentences;
    for (Channel c : channel::all()) {
        const QString name = channel::displayName(c);
        QVERIFY2(name.startsWith(QStringLiteral("⟨")), qPrintable(name));
        const QString sentence = deliveryphrase::noRecipients(c);
        QVERIFY2(!sentence.isEmpty(), qPrintable(channel::id(c)));
        QVERIFY2(!sentence.contains(name.toLower()) && !sentence.contains(name),
                 qPrintable(sentence));
        QVERIFY2(sentence.contains(QStringLiteral("would reach nobody")) &&
                     sentence.endsWith(QStringLiteral("publish again.")),
                 qPrintable(sentence));
        sentences.insert(sentence);
    }
    QCOMPARE(sentences.size(), channel::all().size());
    // route() says it for the channels that need addresses.
    const Result<Targets> routed = delivery::route(Channel::KeyAccount, {}, {});
    QVERIFY(!routed);
    QCOMPARE(routed.error().message, deliveryphrase::noRecipients(Channel::KeyAccount));
}

QTEST_GUILESS_MAIN(TestDelivery)
#include "tst_delivery.moc"
