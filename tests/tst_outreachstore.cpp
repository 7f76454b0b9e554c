#include "enginetestsupport.h"
#include "storage/calls/accountstore.h"
#include "storage/calls/outreachstore.h"
#include "storage/db/database.h"
#include "storage/incidents/incidentstore.h"
#include "storage/roles/peoplestore.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QTest>

using namespace warroom;

class TestOutreachStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void proposeSelectsTheTopTen();
    void icAdjustsTheSelection();
    void selectionRefusals_data();
    void selectionRefusals();
    void recordCallsAndCountProgress();
    void callRefusals_data();
    void callRefusals();

private:
    int eventCount() const { return int(m_incidents->timeline(m_id).value().size()); }
    qint64 accountId(const QString &name) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<IncidentStore> m_incidents;
    std::unique_ptr<PeopleStore> m_people;
    std::unique_ptr<AccountStore> m_accounts;
    std::unique_ptr<OutreachStore> m_outreach;
    qint64 m_id = 0;
};

static QByteArray exampleFile(const char *name)
{
    QFile file(QStringLiteral(WARROOM_SOURCE_DIR "/resources/examples/") + QLatin1String(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestOutreachStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto db =
        Database::open(test::engineConfig(m_dir->filePath(QStringLiteral("outreach.sqlite"))));
    QVERIFY(db);
    m_db = std::move(db).value();
    m_clock = std::make_unique<ManualClock>(test::testStart());
    m_incidents = std::make_unique<IncidentStore>(*m_db, *m_clock);
    m_people = std::make_unique<PeopleStore>(*m_db, *m_clock);
    m_accounts = std::make_unique<AccountStore>(*m_db, *m_clock);
    m_outreach = std::make_unique<OutreachStore>(*m_incidents, *m_accounts);
    QVERIFY(m_people->importCsv(exampleFile("people.csv"), QStringLiteral("ops")));
    QVERIFY(m_accounts->importCsv(exampleFile("key-accounts.csv"), QStringLiteral("ops")));
    m_id = m_incidents->declare(test::validFields(), QStringLiteral("Ana Ortiz")).value();
}

void TestOutreachStore::cleanup()
{
    m_outreach.reset();
    m_accounts.reset();
    m_people.reset();
    m_incidents.reset();
    m_db.reset();
    m_dir.reset();
}

qint64 TestOutreachStore::accountId(const QString &name) const
{
    const QList<KeyAccount> all = m_accounts->accounts().value();
    for (const KeyAccount &a : all) {
        if (a.name == name)
            return a.id;
    }
    return 0;
}

void TestOutreachStore::proposeSelectsTheTopTen()
{
    QVERIFY(m_outreach->proposeAccounts(m_id, 10, QStringLiteral("Ana Ortiz")));
    const TimelineEvent e = m_incidents->timeline(m_id)->constLast();
    QCOMPARE(e.kind, QLatin1String(eventkind::AccountsSelected));
    const QJsonArray list = e.payload.value(QLatin1String("accounts")).toArray();
    QCOMPARE(list.size(), 10);
    QCOMPARE(list.first().toObject().value(QLatin1String("name")).toString(),
             QStringLiteral("Northwind Logistics"));
    QCOMPARE(list.first().toObject().value(QLatin1String("id")).toInteger(),
             accountId(QStringLiteral("Northwind Logistics")));
    QCOMPARE(m_outreach->progress(m_id).value(), (CallProgress{10, 0, 0, 0, 10}));
}

void TestOutreachStore::icAdjustsTheSelection()
{
    QVERIFY(m_outreach->proposeAccounts(m_id, 10, QStringLiteral("Ana Ortiz")));
    QList<qint64> ids;
    const QList<AccountOutreach> proposed = m_outreach->accounts(m_id).value();
    for (const AccountOutreach &a : proposed)
        ids.append(a.accountId);
    ids.removeLast();
    ids.append(accountId(QStringLiteral("Oscorp Labs")));
    QVERIFY(m_outreach->selectAccounts(m_id, ids, QStringLiteral("Ana Ortiz")));
    const QList<AccountOutreach> selected = m_outreach->accounts(m_id).value();
    QCOMPARE(selected.size(), 10);
    QCOMPARE(selected.last().accountName, QStringLiteral("Oscorp Labs"));
}

void TestOutreachStore::selectionRefusals_data()
{
    QTest::addColumn<QList<qint64>>("ids");
    QTest::addColumn<QString>("says");
    QTest::newRow("empty") << QList<qint64>{} << QStringLiteral("at least one");
    QTest::newRow("unknown account")
        << QList<qint64>{4711} << QStringLiteral("no key account 4711");
    QTest::newRow("twice") << QList<qint64>{-1, -1} << QStringLiteral("selected twice");
}

void TestOutreachStore::selectionRefusals()
{
    QFETCH(QList<qint64>, ids);
    QFETCH(QString, says);
    for (qint64 &id : ids) {
        if (id == -1)
            id = accountId(QStringLiteral("Initech"));
    }
    const int before = eventCount();
    auto r = m_outreach->selectAccounts(m_id, ids, QStringLiteral("x"));
    QVERIFY(!r);
    QVERIFY2(r.error().message.contains(says), qPrintable(r.error().message));
    QCOMPARE(eventCount(), before);
}

void TestOutreachStore::recordCallsAndCountProgress()
{
    QVERIFY(m_outreach->proposeAccounts(m_id, 10, QStringLiteral("Ana Ortiz")));
    const qint64 northwind = accountId(QStringLiteral("Northwind Logistics"));
    m_clock->advanceSecs(300);
    QVERIFY(m_outreach->recordCall(m_id,
                                   {northwind, CallStatus::Calling, OutreachChannel::Phone, {}},
                                   QStringLiteral("Chloé Martin")));
    m_clock->advanceSecs(120);
    auto reached = m_outreach->recordCall(m_id,
                                          {northwind, CallStatus::Reached, OutreachChannel::Phone,
                                           QStringLiteral("  drafts stop half-way  ")},
                                          QStringLiteral("Chloé Martin"));
    QVERIFY(reached);
    // Initech's contact has no Slack handle: a Slack attempt could not have happened.
    const auto noSlack = m_outreach->recordCall(
        m_id,
        {accountId(QStringLiteral("Initech")), CallStatus::Unreachable, OutreachChannel::Slack, {}},
        QStringLiteral("Emi Tanaka"));
    QVERIFY(!noSlack);
    QCOMPARE(noSlack.error().message,
             QStringLiteral("Initech has no Slack contact on the key-account list; record the "
                            "call on the channel you used (phone), or add the contact to the list "
                            "first."));
    QVERIFY(m_outreach->recordCall(
        m_id,
        {accountId(QStringLiteral("Initech")), CallStatus::LeftMessage, OutreachChannel::Phone, {}},
        QStringLiteral("Emi Tanaka")));
    const TimelineEvent e = m_incidents->timeline(m_id)->constLast();
    QCOMPARE(e.kind, QLatin1String(eventkind::CallAttempt));
    QCOMPARE(e.payload.value(QLatin1String("account_name")).toString(), QStringLiteral("Initech"));
    QCOMPARE(e.payload.value(QLatin1String("status")).toString(), QStringLiteral("left-message"));
    QCOMPARE(e.payload.value(QLatin1String("channel")).toString(), QStringLiteral("phone"));

    const AccountOutreach first = m_outreach->accounts(m_id)->first();
    QCOMPARE(first.status, CallStatus::Reached);
    QCOMPARE(first.attempts.size(), 2);
    QCOMPARE(first.attempts.last().at, test::testStart().addSecs(420));
    QCOMPARE(first.attempts.last().note, QStringLiteral("drafts stop half-way"));
    QCOMPARE(first.attempts.last().author, QStringLiteral("Chloé Martin"));
    QCOMPARE(m_outreach->progress(m_id).value(), (CallProgress{10, 1, 1, 1, 8}));

    // A mistaken tick is corrected by going back to not-started, without a channel.
    QVERIFY(m_outreach->recordCall(
        m_id, {accountId(QStringLiteral("Initech")), CallStatus::NotStarted, std::nullopt, {}},
        QStringLiteral("Emi Tanaka")));
    QCOMPARE(m_outreach->progress(m_id).value(), (CallProgress{10, 1, 1, 0, 9}));
}

void TestOutreachStore::callRefusals_data()
{
    QTest::addColumn<QString>("account");
    QTest::addColumn<bool>("withChannel");
    QTest::addColumn<int>("noteLength");
    QTest::addColumn<QString>("says");
    QTest::newRow("not selected") << QStringLiteral("Cyberdyne Systems") << true << 0
                                  << QStringLiteral("not selected for outreach");
    QTest::newRow("no channel") << QStringLiteral("Initech") << false << 0
                                << QStringLiteral("phone or slack");
    QTest::newRow("note too long")
        << QStringLiteral("Initech") << true << 10001 << QStringLiteral("limited to 10000");
}

void TestOutreachStore::callRefusals()
{
    QFETCH(QString, account);
    QFETCH(bool, withChannel);
    QFETCH(int, noteLength);
    QFETCH(QString, says);
    QVERIFY(m_outreach->proposeAccounts(m_id, 10, QStringLiteral("Ana Ortiz")));
    const int before = eventCount();
    CallRecord call{accountId(account), CallStatus::Reached,
                    withChannel ? std::optional<OutreachChannel>(OutreachChannel::Phone)
                                : std::nullopt,
                    QString(noteLength, u'x')};
    auto r = m_outreach->recordCall(m_id, call, QStringLiteral("Emi Tanaka"));
    QVERIFY(!r);
    QVERIFY2(r.error().message.contains(says), qPrintable(r.error().message));
    QCOMPARE(eventCount(), before);
}

QTEST_GUILESS_MAIN(TestOutreachStore)
#include "tst_outreachstore.moc"
