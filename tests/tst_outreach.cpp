#include "core/calls/outreach.h"
#include "core/calls/outreachchannel.h"
#include "core/roles/roles.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QTest>

using namespace warroom;

class TestOutreach : public QObject
{
    Q_OBJECT

private slots:
    void progressBuckets();
    void latestSelectionCountsAndHistoryFollowsTheAccount();
    void describesProgress();
    void outreachDoneWhenEveryAccountAttempted();
    void closedOutOnEveryChannelTheAccountHas();
    void emailIsRefusedWithThePlaybooksReason();
    void statusIdsAndKeys();
    void describesTheEvents();

private:
    TimelineEvent selected(const QList<qint64> &ids);
    TimelineEvent call(qint64 account, CallStatus status, const QString &note = QString());
    int m_minute = 0;
};

TimelineEvent TestOutreach::selected(const QList<qint64> &ids)
{
    QJsonArray accounts;
    for (qint64 id : ids)
        accounts.append(QJsonObject{{QStringLiteral("id"), id},
                                    {QStringLiteral("name"), QStringLiteral("A%1").arg(id)}});
    TimelineEvent e;
    e.kind = QString::fromLatin1(eventkind::AccountsSelected);
    e.at = test::testStart().addSecs(60 * ++m_minute);
    e.payload = QJsonObject{{QStringLiteral("accounts"), accounts}};
    return e;
}

TimelineEvent TestOutreach::call(qint64 account, CallStatus status, const QString &note)
{
    TimelineEvent e;
    e.kind = QString::fromLatin1(eventkind::CallAttempt);
    e.at = test::testStart().addSecs(60 * ++m_minute);
    e.author = QStringLiteral("Dev");
    e.payload = QJsonObject{{QStringLiteral("account_id"), account},
                            {QStringLiteral("account_name"), QStringLiteral("A%1").arg(account)},
                            {QStringLiteral("status"), callstatus::id(status)},
                            {QStringLiteral("channel"), QStringLiteral("phone")},
                            {QStringLiteral("note"), note}};
    return e;
}

void TestOutreach::progressBuckets()
{
    QList<TimelineEvent> events{selected({1, 2, 3, 4, 5, 6, 7})};
    events << call(1, CallStatus::Calling)
           << call(1, CallStatus::Reached, QStringLiteral("sees timeouts"))
           << call(2, CallStatus::LeftMessage) << call(3, CallStatus::Unreachable)
           << call(4, CallStatus::Declined) << call(5, CallStatus::Calling)
           << call(6, CallStatus::Reached) << call(6, CallStatus::NotStarted);
    const CallProgress p = outreach::progress(events);
    QCOMPARE(p.total, 7);
    QCOMPARE(p.closedOut, 2); // reached, declined
    QCOMPARE(p.reached, 1);
    QCOMPARE(p.open, 3);       // left message, unreachable on the phone only, calling
    QCOMPARE(p.notStarted, 2); // 6 was reset, 7 never called
    const QList<AccountOutreach> accounts = outreach::accounts(events);
    QCOMPARE(accounts.first().attempts.size(), 2);
    QCOMPARE(accounts.first().attempts.last().note, QStringLiteral("sees timeouts"));
    QCOMPARE(accounts.first().status, CallStatus::Reached);
}

void TestOutreach::latestSelectionCountsAndHistoryFollowsTheAccount()
{
    QList<TimelineEvent> events{selected({1, 2}), call(1, CallStatus::Reached),
                                call(2, CallStatus::Reached), selected({2, 3})};
    const QList<AccountOutreach> accounts = outreach::accounts(events);
    QCOMPARE(accounts.size(), 2);
    QCOMPARE(accounts.at(0).accountId, 2);
    QCOMPARE(accounts.at(0).status, CallStatus::Reached);
    QCOMPARE(accounts.at(1).status, CallStatus::NotStarted);
    QCOMPARE(outreach::progress(accounts), (CallProgress{2, 1, 1, 0, 1}));
    QVERIFY(outreach::hasSelection(events));
    QVERIFY(!outreach::hasSelection({}));
    QCOMPARE(outreach::progress(QList<TimelineEvent>{}), CallProgress{});
}

void TestOutreach::describesProgress()
{
    QCOMPARE(outreach::describe(CallProgress{10, 3, 4, 5, 1}),
             QStringLiteral("4 of 10 closed out (3 reached), 5 still open, 1 not started"));
    QCOMPARE(outreach::describe(CallProgress{}), QStringLiteral("No key accounts selected"));
}

void TestOutreach::outreachDoneWhenEveryAccountAttempted()
{
    QVERIFY(!CallProgress{}.outreachDone());
    QVERIFY(!(CallProgress{3, 2, 2, 0, 1}.outreachDone()));
    QVERIFY(!(CallProgress{3, 1, 2, 1, 0}.outreachDone())); // attempted is not enough
    QVERIFY((CallProgress{3, 1, 3, 0, 0}.outreachDone()));
}

void TestOutreach::closedOutOnEveryChannelTheAccountHas()
{
    AccountOutreach a;
    a.accountName = QStringLiteral("Initech");
    const auto attempt = [&](CallStatus s, const char *channel) {
        a.attempts.append(CallAttempt{0, {}, {}, s, QString::fromLatin1(channel), {}});
        a.status = s;
    };
    attempt(CallStatus::Calling, "phone");
    QVERIFY(!outreach::isClosedOut(a)); // "calling" is never final
    QCOMPARE(outreach::openReason(a), QStringLiteral("calling"));
    attempt(CallStatus::Unreachable, "phone");
    QVERIFY(!outreach::isClosedOut(a)); // both channels assumed when the selection did not say
    QCOMPARE(outreach::openReason(a), QStringLiteral("unreachable on phone, Slack not tried"));
    a.channels = QStringList{QStringLiteral("phone")}; // its contacts have no Slack handle
    QVERIFY(outreach::isClosedOut(a));
    a.channels = QStringList{QStringLiteral("phone"), QStringLiteral("slack")};
    attempt(CallStatus::Unreachable, "slack");
    QVERIFY(outreach::isClosedOut(a));
    attempt(CallStatus::LeftMessage, "slack");
    QVERIFY(!outreach::isClosedOut(a));
    QCOMPARE(outreach::openReason(a), QStringLiteral("left message"));
    attempt(CallStatus::Declined, "phone");
    QVERIFY(outreach::isClosedOut(a));
}

void TestOutreach::emailIsRefusedWithThePlaybooksReason()
{
    QCOMPARE(outreachchannel::parse(QStringLiteral(" Phone ")).value(), OutreachChannel::Phone);
    QCOMPARE(outreachchannel::parse(QStringLiteral("slack")).value(), OutreachChannel::Slack);
    const Result<OutreachChannel> email = outreachchannel::parse(QStringLiteral("email"));
    QVERIFY(!email);
    QCOMPARE(email.error().field, QStringLiteral("channel"));
    QVERIFY(email.error().message.contains(QStringLiteral("phone or Slack, not email")));
    const Result<OutreachChannel> fax = outreachchannel::parse(QStringLiteral("fax"));
    QVERIFY(!fax);
    QVERIFY(fax.error().message.contains(QStringLiteral("\"fax\"")));
}

void TestOutreach::statusIdsAndKeys()
{
    QSet<QChar> keys;
    for (CallStatus s : callstatus::all()) {
        QCOMPARE(callstatus::fromId(callstatus::id(s)), s);
        QCOMPARE(callstatus::fromShortcutKey(callstatus::shortcutKey(s)), s);
        QCOMPARE(callstatus::fromShortcutKey(callstatus::shortcutLetter(s)), s);
        QCOMPARE(callstatus::fromShortcutKey(callstatus::shortcutLetter(s).toUpper()), s);
        keys.insert(callstatus::shortcutKey(s));
        keys.insert(callstatus::shortcutLetter(s));
    }
    QCOMPARE(keys.size(), 2 * callstatus::all().size());
    QCOMPARE(callstatus::fromShortcutKey(u'm'), CallStatus::LeftMessage);
    QVERIFY(!callstatus::fromShortcutKey(u'x'));
    QVERIFY(!callstatus::fromShortcutKey(u'9'));
    QCOMPARE(callstatus::id(CallStatus::LeftMessage), QStringLiteral("left-message"));
    QVERIFY(!callstatus::fromId(QStringLiteral("maybe")));
}

void TestOutreach::describesTheEvents()
{
    QCOMPARE(describeEvent(call(3, CallStatus::LeftMessage, QStringLiteral("sees 502s"))),
             QStringLiteral("A3: Left message (phone) — sees 502s"));
    QCOMPARE(describeEvent(selected({1, 2})), QStringLiteral("Key accounts to call (2): A1, A2"));
    TimelineEvent assigned;
    assigned.kind = QString::fromLatin1(eventkind::RoleAssigned);
    assigned.payload = QJsonObject{{QStringLiteral("role"), QStringLiteral("legal")},
                                   {QStringLiteral("person"), QStringLiteral("Ben")},
                                   {QStringLiteral("override"), true}};
    QCOMPARE(describeEvent(assigned),
             QStringLiteral("Ben assigned as Legal (override: not listed for the role)"));
    assigned.kind = QString::fromLatin1(eventkind::RoleAcknowledged);
    QCOMPARE(describeEvent(assigned), QStringLiteral("Ben acknowledged Legal: \"I have it\""));
    QCOMPARE(currentRoleAssignments({}).size(), 0);
}

QTEST_GUILESS_MAIN(TestOutreach)
#include "tst_outreach.moc"
