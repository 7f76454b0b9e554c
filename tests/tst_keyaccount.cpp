#include "core/calls/keyaccount.h"

#include <QTest>

using namespace warroom;

class TestKeyAccount : public QObject
{
    Q_OBJECT

private slots:
    void validAccount();
    void proposalOrder();
    void proposeTopTakesTheFirstN();
};

static KeyAccount account(const QString &name, std::optional<int> rank, std::optional<qint64> arr)
{
    KeyAccount a;
    a.name = name;
    a.rank = rank;
    a.arr = arr;
    a.csm = QStringLiteral("Dev Patel");
    a.contacts = {
        AccountContact{QStringLiteral("Lena"), QStringLiteral("+49 30 5555 0142"), {}, {}}};
    return a;
}

void TestKeyAccount::validAccount()
{
    QVERIFY(keyaccount::validate(account(QStringLiteral("A"), 1, std::nullopt)).isEmpty());
    QVERIFY(keyaccount::validate(account(QStringLiteral("A"), std::nullopt, 10)).isEmpty());
    KeyAccount slackOnly = account(QStringLiteral("A"), 1, std::nullopt);
    slackOnly.contacts = {AccountContact{QStringLiteral("Lena"), {}, QStringLiteral("lena"), {}}};
    QVERIFY(keyaccount::validate(slackOnly).isEmpty());
    QCOMPARE(keyaccount::normalized(slackOnly).contacts.first().slack, QStringLiteral("@lena"));

    KeyAccount tooMany = slackOnly;
    tooMany.contacts = QList<AccountContact>(4, slackOnly.contacts.first());
    const QList<Error> errors = keyaccount::validate(tooMany);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().field, QStringLiteral("contacts"));
}

void TestKeyAccount::proposalOrder()
{
    QList<KeyAccount> all{account(QStringLiteral("unranked small"), std::nullopt, 100),
                          account(QStringLiteral("rank 2"), 2, 1),
                          account(QStringLiteral("unranked big"), std::nullopt, 900),
                          account(QStringLiteral("rank 1"), 1, std::nullopt),
                          account(QStringLiteral("b same ARR"), std::nullopt, 100)};
    const QList<KeyAccount> sorted = keyaccount::proposeTop(all, 100);
    QStringList names;
    for (const KeyAccount &a : sorted)
        names.append(a.name);
    QCOMPARE(names, (QStringList{QStringLiteral("rank 1"), QStringLiteral("rank 2"),
                                 QStringLiteral("unranked big"), QStringLiteral("b same ARR"),
                                 QStringLiteral("unranked small")}));
}

void TestKeyAccount::proposeTopTakesTheFirstN()
{
    QList<KeyAccount> all;
    for (int rank = 15; rank >= 1; --rank)
        all.append(account(QStringLiteral("r%1").arg(rank), rank, std::nullopt));
    const QList<KeyAccount> top = keyaccount::proposeTop(all);
    QCOMPARE(top.size(), keyaccount::DefaultOutreachCount);
    QCOMPARE(top.first().rank, 1);
    QCOMPARE(top.last().rank, 10);
    QCOMPARE(keyaccount::proposeTop(all.mid(0, 3)).size(), 3);
}

QTEST_GUILESS_MAIN(TestKeyAccount)
#include "tst_keyaccount.moc"
