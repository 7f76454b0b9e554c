// Concurrent edits (docs/shared-mode.md, "Concurrent edits"): two connections to one database
// (one SQLite file, or one PostgreSQL schema as tst_revisions_postgres), each with its own stores,
// as two seats have. A change based on an older revision writes nothing and reports who won.
#include "commstestsupport.h"
#include "core/incident/revision.h"
#include "storage/calls/outreachstore.h"
#include "storage/incidents/playbookstore.h"
#include "storage/roles/rolestore.h"

#include <QThread>

#include <atomic>

using namespace warroom;

namespace {

// One seat: a connection and the stores over it.
struct Seat
{
    test::CommsFixture f;
    std::unique_ptr<OutreachStore> outreach;
    std::unique_ptr<RoleStore> roles;
    std::unique_ptr<PlaybookStore> playbook;

    bool open(const DatabaseConfig &config)
    {
        if (!f.open(config))
            return false;
        outreach = std::make_unique<OutreachStore>(*f.incidents, *f.accounts);
        roles = std::make_unique<RoleStore>(*f.incidents, *f.people, f.playbook);
        playbook = std::make_unique<PlaybookStore>(*f.incidents, f.playbook);
        return true;
    }
    QList<TimelineEvent> events(qint64 incidentId) const
    {
        return f.incidents->timeline(incidentId).value();
    }
};

} // namespace

class TestRevisions : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void callStatusConflict();
    void roleConflict();
    void obligationConflict();
    void draftConflict();
    void racingSeatsLoseNoUpdate();

private:
    qint64 firstAccount() const { return m_a->outreach->accounts(m_id).value().first().accountId; }

    QTemporaryDir m_dir;
    DatabaseConfig m_config;
    std::unique_ptr<Seat> m_a;
    std::unique_ptr<Seat> m_b;
    qint64 m_id = 0;
};

void TestRevisions::init()
{
    static int n = 0;
    m_config = test::engineConfig(m_dir.filePath(QStringLiteral("revisions%1.sqlite").arg(++n)));
    m_a = std::make_unique<Seat>();
    m_b = std::make_unique<Seat>();
    QVERIFY(m_a->open(m_config));
    QVERIFY(m_b->open(m_config));
    QVERIFY(m_a->f.importKeyAccounts());
    m_id = m_a->f.declare(Category::Outage);
    QVERIFY(m_id > 0);
    QVERIFY(m_a->outreach->proposeAccounts(m_id, 3, QStringLiteral("Ines")));
}

void TestRevisions::cleanup()
{
    m_b.reset();
    m_a.reset();
}

void TestRevisions::callStatusConflict()
{
    const qint64 account = firstAccount();
    // Both screens show the account not started: revision 0.
    const qint64 seen = revision::of(revision::latest(m_b->events(m_id), revision::call(account)));
    QCOMPARE(seen, 0);

    m_a->f.clock.advanceSecs(300);
    const auto won = m_a->outreach->recordCall(
        m_id, CallRecord{account, CallStatus::Reached, OutreachChannel::Phone, QString(), seen},
        QStringLiteral("Hana Kim"));
    QVERIFY2(won, won ? "" : qPrintable(won.error().message));

    const qsizetype before = m_b->events(m_id).size();
    const auto stale = m_b->outreach->recordCall(
        m_id, CallRecord{account, CallStatus::LeftMessage, OutreachChannel::Phone, QString(), seen},
        QStringLiteral("Sam Lee"));
    QVERIFY(!stale);
    QCOMPARE(stale.error().code, Error::Code::Conflict);
    QVERIFY(stale.error().conflict);
    const Conflict &c = *stale.error().conflict;
    QCOMPARE(c.revision, won.value());
    QCOMPARE(c.author, QStringLiteral("Hana Kim"));
    QCOMPARE(c.at, test::testStart().addSecs(300));
    QCOMPARE(c.now, callstatus::displayName(CallStatus::Reached));
    QVERIFY2(stale.error().message.contains(QStringLiteral("Hana Kim changed this at")),
             qPrintable(stale.error().message));
    QCOMPARE(m_b->events(m_id).size(), before); // nothing written

    // "Apply mine anyway": again, against the revision the conflict reported.
    const auto applied = m_b->outreach->recordCall(
        m_id,
        CallRecord{account, CallStatus::LeftMessage, OutreachChannel::Phone, QString(), c.revision},
        QStringLiteral("Sam Lee"));
    QVERIFY2(applied, applied ? "" : qPrintable(applied.error().message));
    QCOMPARE(m_a->outreach->accounts(m_id).value().first().status, CallStatus::LeftMessage);
    // The rules still hold for the resubmission: a channel the account has no contact on.
    const auto refused = m_a->outreach->recordCall(
        m_id, CallRecord{account, CallStatus::Reached, std::nullopt, QString(), applied.value()},
        QStringLiteral("Hana Kim"));
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::InvalidInput);
    // Without a revision (warroomctl) nothing is compared.
    QVERIFY(m_a->outreach->recordCall(
        m_id, CallRecord{account, CallStatus::Declined, OutreachChannel::Phone, QString()},
        QStringLiteral("Hana Kim")));
}

void TestRevisions::roleConflict()
{
    const QString oncall = role::id(Role::OnCall);
    QVERIFY(m_a->roles->assign(m_id, Role::OnCall, QStringLiteral("Ada"), true,
                               QStringLiteral("Ines"), 0));
    // Assigning again "based on nobody" is stale now.
    const auto twice = m_b->roles->assign(m_id, Role::OnCall, QStringLiteral("Bo"), true,
                                          QStringLiteral("Sam"), 0);
    QVERIFY(!twice);
    QCOMPARE(twice.error().code, Error::Code::Conflict);
    QCOMPARE(twice.error().conflict->author, QStringLiteral("Ines"));
    QCOMPARE(twice.error().conflict->now, QStringLiteral("Ada (not acknowledged)"));

    const qint64 seen = revision::of(revision::latest(m_b->events(m_id), revision::role(oncall)));
    QCOMPARE(seen, twice.error().conflict->revision);
    const auto ack =
        m_a->roles->acknowledge(m_id, Role::OnCall, QString(), QStringLiteral("Ada"), seen);
    QVERIFY2(ack, ack ? "" : qPrintable(ack.error().message));
    const qsizetype before = m_b->events(m_id).size();
    const auto staleAck = m_b->roles->acknowledge(m_id, Role::OnCall, QStringLiteral("Ada"),
                                                  QStringLiteral("Ada"), seen);
    QCOMPARE(staleAck.error().code, Error::Code::Conflict);
    QCOMPARE(staleAck.error().conflict->now, QStringLiteral("Ada (acknowledged)"));
    const auto staleAssign = m_b->roles->assign(m_id, Role::OnCall, QStringLiteral("Bo"), true,
                                                QStringLiteral("Sam"), seen);
    QCOMPARE(staleAssign.error().code, Error::Code::Conflict);
    const auto staleUnassign = m_b->roles->unassign(m_id, Role::OnCall, QStringLiteral("Ada"),
                                                    QStringLiteral("Sam"), seen);
    QCOMPARE(staleUnassign.error().code, Error::Code::Conflict);
    QCOMPARE(m_b->events(m_id).size(), before);
    // Another role's change is not this role's revision.
    QVERIFY(m_a->roles->assign(m_id, Role::IncidentCommander, QStringLiteral("Ines"), true,
                               QStringLiteral("Ines"), 0));
    const auto applied = m_b->roles->assign(m_id, Role::OnCall, QStringLiteral("Bo"), true,
                                            QStringLiteral("Sam"), ack.value());
    QVERIFY2(applied, applied ? "" : qPrintable(applied.error().message));
    // Applying again against the new revision still meets every rule: Bo holds it already.
    const auto again = m_a->roles->assign(m_id, Role::OnCall, QStringLiteral("Bo"), true,
                                          QStringLiteral("Ines"), applied.value());
    QCOMPARE(again.error().code, Error::Code::InvalidInput);
}

void TestRevisions::obligationConflict()
{
    const QString obligation = QStringLiteral("open-channel");
    QVERIFY(m_a->f.assign(m_id, Role::IncidentCommander, QStringLiteral("Ines")));
    QVERIFY(m_a->f.assign(m_id, Role::OnCall, QStringLiteral("Dana")));
    const qint64 seen =
        revision::of(revision::latest(m_b->events(m_id), revision::obligation(obligation)));
    QCOMPARE(seen, 0);
    m_a->f.clock.advanceSecs(60);
    const auto done = m_a->playbook->markDone(m_id, obligation, QStringLiteral("#inc"),
                                              QStringLiteral("Dana"), seen);
    QVERIFY2(done, done ? "" : qPrintable(done.error().message));

    const qsizetype before = m_b->events(m_id).size();
    const auto stale = m_b->playbook->waive(m_id, obligation, QStringLiteral("not needed"),
                                            QStringLiteral("Ines"), seen);
    QCOMPARE(stale.error().code, Error::Code::Conflict);
    QCOMPARE(stale.error().conflict->revision, done.value());
    QCOMPARE(stale.error().conflict->author, QStringLiteral("Dana"));
    QCOMPARE(stale.error().conflict->now, obligationstate::displayName(ObligationState::Done));
    // Nothing written, not even a refused attempt.
    QCOMPARE(m_b->events(m_id).size(), before);
    // Applied anyway: the playbook's own rule refuses ticking a settled obligation again.
    const auto again = m_b->playbook->waive(m_id, obligation, QStringLiteral("not needed"),
                                            QStringLiteral("Ines"), done.value());
    QVERIFY(!again);
    QCOMPARE(again.error().code, Error::Code::InvalidInput);
}

void TestRevisions::draftConflict()
{
    const qint64 draft = m_a->f.createDraft(m_id);
    QVERIFY(draft > 0);
    QCOMPARE(m_b->f.drafts->draft(draft).value().latest.version, 1);
    m_a->f.clock.advanceSecs(120);
    const auto theirs =
        m_a->f.drafts->save(draft, QStringLiteral("Their title"), QStringLiteral("Their body"),
                            QStringLiteral("Hana Kim"), 1);
    QVERIFY2(theirs, theirs ? "" : qPrintable(theirs.error().message));
    QCOMPARE(theirs->version, 2);

    const auto mine = m_b->f.drafts->save(draft, QStringLiteral("My title"),
                                          QStringLiteral("My body"), QStringLiteral("Sam"), 1);
    QVERIFY(!mine);
    QCOMPARE(mine.error().code, Error::Code::Conflict);
    QCOMPARE(mine.error().conflict->revision, 2);
    QCOMPARE(mine.error().conflict->author, QStringLiteral("Hana Kim"));
    QCOMPARE(mine.error().conflict->at, test::testStart().addSecs(120));
    QCOMPARE(m_b->f.drafts->versions(draft).value().size(), 2);
    // The same text as theirs is no conflict: nothing to write.
    const auto same = m_b->f.drafts->save(draft, QStringLiteral("Their title"),
                                          QStringLiteral("Their body"), QStringLiteral("Sam"), 1);
    QVERIFY(same);
    QVERIFY(!same->changed);
    // Saved on top of theirs.
    const auto applied =
        m_b->f.drafts->save(draft, QStringLiteral("My title"), QStringLiteral("My body"),
                            QStringLiteral("Sam"), mine.error().conflict->revision);
    QVERIFY(applied);
    QCOMPARE(applied->version, 3);
    // Without a version (warroomctl) nothing is compared.
    QVERIFY(m_a->f.drafts->save(draft, QStringLiteral("T"), QStringLiteral("B"),
                                QStringLiteral("Hana Kim")));
}

// Two seats on two connections record calls to one account as fast as they can, each based on
// what it last read. Every call that was written must have been based on the call just before
// it: no update was lost between a seat's read and its write.
void TestRevisions::racingSeatsLoseNoUpdate()
{
    const qint64 account = firstAccount();
    constexpr int Attempts = 25;
    struct Written
    {
        qint64 basedOn;
        qint64 id;
    };
    QList<Written> written[2];
    int conflicts[2] = {0, 0};
    QString failure[2];
    auto run = [&](int seat) {
        Seat own; // its own connection, made on its own thread
        if (!own.open(m_config)) {
            failure[seat] = QStringLiteral("could not open");
            return;
        }
        const QString who = seat == 0 ? QStringLiteral("Hana Kim") : QStringLiteral("Sam Lee");
        for (int i = 0; i < Attempts; ++i) {
            const qint64 seen =
                revision::of(revision::latest(own.events(m_id), revision::call(account)));
            const auto done = own.outreach->recordCall(
                m_id,
                CallRecord{account, i % 2 ? CallStatus::Calling : CallStatus::LeftMessage,
                           OutreachChannel::Phone, QString(), seen},
                who);
            if (done)
                written[seat].append({seen, done.value()});
            else if (done.error().code == Error::Code::Conflict)
                ++conflicts[seat];
            else {
                failure[seat] = done.error().message;
                return;
            }
        }
    };
    std::unique_ptr<QThread> first(QThread::create(run, 0));
    std::unique_ptr<QThread> second(QThread::create(run, 1));
    first->start();
    second->start();
    QVERIFY(first->wait(120000));
    QVERIFY(second->wait(120000));
    QVERIFY2(failure[0].isEmpty(), qPrintable(failure[0]));
    QVERIFY2(failure[1].isEmpty(), qPrintable(failure[1]));
    qInfo("written %d and %d, conflicts %d and %d", int(written[0].size()), int(written[1].size()),
          conflicts[0], conflicts[1]);

    QList<qint64> calls;
    for (const TimelineEvent &e : m_a->events(m_id)) {
        if (revision::call(account)(e))
            calls.append(e.id);
    }
    QCOMPARE(calls.size(), written[0].size() + written[1].size());
    QCOMPARE(written[0].size() + conflicts[0], Attempts);
    QCOMPARE(written[1].size() + conflicts[1], Attempts);
    for (const QList<Written> &seat : written) {
        for (const Written &w : seat) {
            const qsizetype at = calls.indexOf(w.id);
            QVERIFY(at >= 0);
            QCOMPARE(w.basedOn, at == 0 ? 0 : calls.at(at - 1));
        }
    }
}

QTEST_GUILESS_MAIN(TestRevisions)
#include "tst_revisions.moc"
