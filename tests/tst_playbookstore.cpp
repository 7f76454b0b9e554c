#include "playbooktestsupport.h"
#include "storage/db/database.h"
#include "storage/incidents/incidentstore.h"
#include "storage/incidents/playbookstore.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace warroom;

// Recording against the playbook on a real SQLite file: trigger conditions stored atomically with
// the declaration, obligations ticked done or waived with the checks the engine makes, syncs.
class TestPlaybookStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void declareStoresTriggers();
    void refusedDeclarationWritesNothing_data();
    void refusedDeclarationWritesNothing();
    void failingTriggerInsertUndoesTheDeclaration();
    void triggersCannotBeRewritten();
    void markDoneAndWaive();
    void onlyHoldersMayTick();
    void closingNeedsEverythingSettled();
    void refusals_data();
    void refusals();
    void syncResetsTheCadence();
    void upgradeFromVersion1();

private:
    int count(const QString &table) const
    {
        auto q = m_db->exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table));
        return q && q.value().next() ? q.value().value(0).toInt() : -1;
    }
    qint64 declare(double usersPct = 1.0)
    {
        IncidentFields fields = test::validFields();
        fields.category = Category::Outage;
        fields.affectedUsersPct = usersPct;
        fields.enterpriseAffected = 0;
        fields.detectedAt = m_clock->nowUtc();
        auto id = m_playbook->declare(fields, {}, QStringLiteral("alice"));
        if (!id)
            return 0;
        // dana is the on-call engineer and erin support: they tick their own obligations.
        assign(*id, "on-call", QStringLiteral("dana"));
        assign(*id, "support", QStringLiteral("erin"));
        return id.value();
    }
    void assign(qint64 id, const char *role, const QString &person)
    {
        QVERIFY(m_store->appendEvent(id, QString::fromLatin1(eventkind::RoleAssigned),
                                     {{QStringLiteral("role"), QString::fromLatin1(role)},
                                      {QStringLiteral("person"), person}},
                                     QStringLiteral("alice")));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<IncidentStore> m_store;
    std::unique_ptr<PlaybookStore> m_playbook;
};

void TestPlaybookStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_clock = std::make_unique<ManualClock>(test::testStart());
    auto db = Database::open(DatabaseConfig::sqlite(m_dir->filePath(QStringLiteral("pb.sqlite"))));
    QVERIFY2(db, db ? "" : qPrintable(db.error().message));
    m_db = std::move(db).value();
    m_store = std::make_unique<IncidentStore>(*m_db, *m_clock);
    m_playbook = std::make_unique<PlaybookStore>(*m_store, test::seedPlaybook());
}

void TestPlaybookStore::cleanup()
{
    m_playbook.reset();
    m_store.reset();
    m_db.reset();
    m_dir.reset();
}

void TestPlaybookStore::declareStoresTriggers()
{
    QSignalSpy declared(m_store.get(), &IncidentStore::incidentDeclared);
    const QStringList ticked{QStringLiteral("data-leaked"), QStringLiteral("completion-rate-drop")};
    auto id = m_playbook->declare(test::validFields(), ticked, QStringLiteral("alice"));
    QVERIFY2(id, id ? "" : qPrintable(id.error().message));
    QCOMPARE(declared.count(), 1);

    auto stored = m_playbook->triggers(id.value());
    QVERIFY(stored);
    QCOMPARE(stored.value(),
             (QStringList{QStringLiteral("completion-rate-drop"), QStringLiteral("data-leaked")}));

    auto events = m_store->timeline(id.value());
    QVERIFY(events);
    QCOMPARE(events->size(), 1);
    const TimelineEvent &event = events->constFirst();
    QCOMPARE(event.payload.value(QStringLiteral("triggers")).toArray(),
             QJsonArray::fromStringList(ticked));
    QCOMPARE(event.payload.value(QStringLiteral("title")).toString(), test::validFields().title);
    QVERIFY2(describeEvent(event).endsWith(
                 QStringLiteral("(trigger conditions: data-leaked, completion-rate-drop)")),
             qPrintable(describeEvent(event)));

    // Without triggers the declaration looks as it always did.
    auto plain = m_playbook->declare(test::validFields(), {}, QStringLiteral("alice"));
    QVERIFY(plain);
    QCOMPARE(m_playbook->triggers(plain.value()).value(), QStringList());
    QVERIFY(!m_store->timeline(plain.value())
                 ->constFirst()
                 .payload.contains(QStringLiteral("triggers")));
    QCOMPARE(m_playbook->triggers(999).error().code, Error::Code::NotFound);
}

void TestPlaybookStore::refusedDeclarationWritesNothing_data()
{
    QTest::addColumn<QStringList>("triggers");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown trigger")
        << QStringList{QStringLiteral("leak")} << QStringLiteral("Leak")
        << QStringLiteral("\"leak\" is not a trigger condition");
    QTest::newRow("trigger twice")
        << QStringList{QStringLiteral("data-leaked"), QStringLiteral("data-leaked")}
        << QStringLiteral("Leak") << QStringLiteral("given twice");
    QTest::newRow("invalid fields")
        << QStringList{QStringLiteral("data-leaked")} << QStringLiteral("  ")
        << QStringLiteral("Title must not be empty");
}

void TestPlaybookStore::refusedDeclarationWritesNothing()
{
    QFETCH(QStringList, triggers);
    QFETCH(QString, title);
    QFETCH(QString, message);
    IncidentFields fields = test::validFields();
    fields.title = title;
    auto id = m_playbook->declare(fields, triggers, QStringLiteral("alice"));
    QVERIFY(!id);
    QVERIFY2(id.error().message.contains(message), qPrintable(id.error().message));
    QCOMPARE(count(QStringLiteral("incidents")), 0);
    QCOMPARE(count(QStringLiteral("timeline_events")), 0);
    QCOMPARE(count(QStringLiteral("incident_triggers")), 0);
}

void TestPlaybookStore::failingTriggerInsertUndoesTheDeclaration()
{
    QVERIFY(m_db->exec(
        QStringLiteral("CREATE TRIGGER refuse_triggers BEFORE INSERT ON incident_triggers"
                       " BEGIN SELECT RAISE(ABORT, 'disk says no'); END")));
    QSignalSpy declared(m_store.get(), &IncidentStore::incidentDeclared);
    auto id = m_playbook->declare(test::validFields(), {QStringLiteral("data-leaked")},
                                  QStringLiteral("alice"));
    QVERIFY(!id);
    QVERIFY2(id.error().message.contains(QStringLiteral("disk says no")),
             qPrintable(id.error().message));
    QCOMPARE(declared.count(), 0);
    QCOMPARE(count(QStringLiteral("incidents")), 0);
    QCOMPARE(count(QStringLiteral("timeline_events")), 0);
}

void TestPlaybookStore::triggersCannotBeRewritten()
{
    auto id = m_playbook->declare(test::validFields(), {QStringLiteral("data-leaked")},
                                  QStringLiteral("alice"));
    QVERIFY(id);
    QVERIFY(!m_db->exec(
        QStringLiteral("UPDATE incident_triggers SET trigger_id = 'upstream-unavailable'")));
    QVERIFY(!m_db->exec(QStringLiteral("DELETE FROM incident_triggers")));
    QVERIFY(!m_db->exec(
        QStringLiteral("INSERT INTO incident_triggers (incident_id, trigger_id) VALUES (?, '')"),
        {id.value()}));
    QCOMPARE(m_playbook->triggers(id.value()).value(), QStringList{QStringLiteral("data-leaked")});
}

void TestPlaybookStore::markDoneAndWaive()
{
    const qint64 id = declare();
    QVERIFY(id > 0);
    QSignalSpy appended(m_store.get(), &IncidentStore::timelineAppended);
    m_clock->advanceSecs(120);
    auto done = m_playbook->markDone(id, QStringLiteral("open-channel"),
                                     QStringLiteral("  #inc-42  "), QStringLiteral("dana"));
    QVERIFY2(done, done ? "" : qPrintable(done.error().message));
    QCOMPARE(appended.count(), 1);
    auto waived = m_playbook->waive(id, QStringLiteral("support-templates"),
                                    QStringLiteral("no tickets yet"), QStringLiteral("erin"));
    QVERIFY(waived);

    const QList<TimelineEvent> events = m_store->timeline(id).value().mid(2); // after the roles
    QCOMPARE(events.at(1).kind, QString::fromLatin1(eventkind::ObligationDone));
    QCOMPARE(events.at(1).payload,
             (QJsonObject{{QStringLiteral("obligation"), QStringLiteral("open-channel")},
                          {QStringLiteral("title"),
                           QStringLiteral("Open the incident channel (Slack / war room)")},
                          {QStringLiteral("note"), QStringLiteral("#inc-42")}}));
    QCOMPARE(describeEvent(events.at(1)),
             QStringLiteral("Done: Open the incident channel (Slack / war room) (#inc-42)"));
    // Events recorded before titles were stored read by id.
    TimelineEvent untitled = events.at(1);
    untitled.payload.remove(QStringLiteral("title"));
    QCOMPARE(describeEvent(untitled), QStringLiteral("Done: open-channel (#inc-42)"));
    QCOMPARE(events.at(2).payload.value(QStringLiteral("reason")).toString(),
             QStringLiteral("no tickets yet"));
    QCOMPARE(
        describeEvent(events.at(2)),
        QStringLiteral("Waived: %1 (reason: no tickets yet)")
            .arg(m_playbook->playbook().obligation(QStringLiteral("support-templates"))->title));

    const QList<ObligationStatus> now = m_playbook->obligations(id, m_clock->nowUtc()).value();
    const ObligationStatus open = test::findObligation(now, QStringLiteral("open-channel"));
    QCOMPARE(open.state, ObligationState::Done);
    QCOMPARE(open.settledBy, QStringLiteral("dana"));
    QCOMPARE(open.settledAt, m_clock->nowUtc());
    QCOMPARE(test::findObligation(now, QStringLiteral("support-templates")).state,
             ObligationState::Waived);

    // A done note is optional.
    QVERIFY(m_playbook->markDone(id, QStringLiteral("confirm-nature"), QString(),
                                 QStringLiteral("dana")));
    QVERIFY(!m_store->timeline(id).value().constLast().payload.contains(QStringLiteral("note")));
}

void TestPlaybookStore::onlyHoldersMayTick()
{
    const qint64 id = declare();
    // Someone unrelated: refused, with who may; the attempt is on the record, nothing changes.
    auto refused = m_playbook->waive(id, QStringLiteral("first-announcement"),
                                     QStringLiteral("not needed"), QStringLiteral("zed"));
    QVERIFY(!refused);
    QCOMPARE(refused.error().message,
             QStringLiteral("Only the incident commander (nobody holds it yet) may waive "
                            "\"Publish the first external announcement (status page + email)\"; "
                            "you are \"zed\". Assign the role first if it is yours."));
    const TimelineEvent last = m_store->timeline(id).value().constLast();
    QCOMPARE(last.kind, QString::fromLatin1(eventkind::ObligationTickRefused));
    QCOMPARE(last.author, QStringLiteral("zed"));
    QCOMPARE(last.payload.value(QStringLiteral("action")).toString(), QStringLiteral("waive"));
    QCOMPARE(test::findObligation(m_playbook->obligations(id, m_clock->nowUtc()).value(),
                                  QStringLiteral("first-announcement"))
                 .state,
             ObligationState::Upcoming);
    // The holder of another role may not tick the on-call's obligation either.
    refused =
        m_playbook->markDone(id, QStringLiteral("open-channel"), QString(), QStringLiteral("Erin"));
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.startsWith(
                 QStringLiteral("Only the On-call engineer (dana) or the incident commander "
                                "(nobody holds it yet) may tick done")),
             qPrintable(refused.error().message));
    // The owner may (names compare case-insensitively), and so may the incident commander.
    QVERIFY(m_playbook->markDone(id, QStringLiteral("open-channel"), QString(),
                                 QStringLiteral("Dana")));
    assign(id, "incident-commander", QStringLiteral("frank"));
    QVERIFY(m_playbook->waive(id, QStringLiteral("first-announcement"),
                              QStringLiteral("internal only"), QStringLiteral("frank")));
    QVERIFY(m_playbook->markDone(id, QStringLiteral("support-templates"), QString(),
                                 QStringLiteral("frank")));
}

void TestPlaybookStore::closingNeedsEverythingSettled()
{
    const qint64 id = declare();
    assign(id, "incident-commander", QStringLiteral("frank"));
    m_clock->advanceSecs(30 * 60);
    QVERIFY(m_store->changeStatus(id, IncidentStatus::Restored, QStringLiteral("frank")));
    m_clock->advanceSecs(10 * 60);
    const int before = count(QStringLiteral("timeline_events"));
    auto refused = m_store->changeStatus(id, IncidentStatus::Closed, QStringLiteral("frank"));
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::InvalidInput);
    const QString message = refused.error().message;
    QVERIFY2(message.startsWith(QStringLiteral("Cannot close incident %1: ").arg(id)),
             qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("Publish the \"resolved\" announcement "
                                             "(Incident commander, overdue 10 m 00 s)")),
             qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("Publish the full external postmortem")),
             qPrintable(message));
    QVERIFY2(!message.contains(QStringLiteral("Sync progress")), qPrintable(message)); // ended
    QCOMPARE(m_store->incident(id)->status, IncidentStatus::Restored);
    QCOMPARE(count(QStringLiteral("timeline_events")), before);

    // Waive every open obligation with its reason: now it closes.
    const QList<ObligationStatus> open = m_playbook->obligations(id, m_clock->nowUtc()).value();
    for (const ObligationStatus &s : open) {
        if (s.isSettled() || s.recurring)
            continue;
        const auto waived =
            m_playbook->waive(id, s.id, QStringLiteral("drill"), QStringLiteral("frank"));
        QVERIFY2(waived, waived ? "" : qPrintable(waived.error().message));
    }
    QVERIFY(m_store->changeStatus(id, IncidentStatus::Closed, QStringLiteral("frank")));
    QCOMPARE(m_store->incident(id)->status, IncidentStatus::Closed);
    // The final account no longer changes.
    QVERIFY(!m_playbook->markDone(id, QStringLiteral("confirm-nature"), QString(),
                                  QStringLiteral("frank")));
    QVERIFY(!m_playbook->postSync(id, QStringLiteral("late"), QStringLiteral("frank")));
    QCOMPARE(
        m_playbook->postSync(id, QStringLiteral("late"), QStringLiteral("frank")).error().message,
        QStringLiteral("Incident %1 is closed: its obligations and syncs are final. Add a note "
                       "if something needs to be said.")
            .arg(id));
}

void TestPlaybookStore::refusals_data()
{
    QTest::addColumn<bool>("waive");
    QTest::addColumn<QString>("obligation");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("author");
    QTest::addColumn<QString>("message");
    const QString who = QStringLiteral("dana");
    QTest::newRow("unknown obligation")
        << false << QStringLiteral("open-chanel") << QString() << who
        << QStringLiteral(
               "\"open-chanel\" is not an obligation of the playbook "
               ":/playbook/default-playbook.json; use one of: confirm-nature, open-channel");
    QTest::newRow("waive without reason")
        << true << QStringLiteral("first-announcement") << QStringLiteral("   ") << who
        << QStringLiteral("Waiving \"Publish the first external announcement (status page + "
                          "email)\" needs a reason");
    QTest::newRow("already done") << false << QStringLiteral("open-channel") << QString() << who
                                  << QStringLiteral(
                                         "\"Open the incident channel (Slack / war room)\" is "
                                         "already done (dana at 03:00 UTC)");
    QTest::newRow("waive what is done")
        << true << QStringLiteral("open-channel") << QStringLiteral("x") << who
        << QStringLiteral("already done");
    QTest::newRow("not applicable")
        << false << QStringLiteral("legal-review") << QString() << who
        << QStringLiteral("\"Legal review of the announcement (compliance or customer loss "
                          "involved)\" does not apply to this incident (only for:");
    QTest::newRow("mandatory IC")
        << true << QStringLiteral("engage-ic") << QStringLiteral("we are fine") << who
        << QStringLiteral("\"Engage IC: decide whether an incident commander is required\" is "
                          "mandatory (8% of users affected (more than 5%))");
    QTest::newRow("over-long note")
        << false << QStringLiteral("confirm-nature") << QString(10001, QLatin1Char('x')) << who
        << QStringLiteral("limited to 10000 characters");
    QTest::newRow("no author") << false << QStringLiteral("confirm-nature") << QString()
                               << QStringLiteral(" ") << QStringLiteral("Author must not be empty");
}

void TestPlaybookStore::refusals()
{
    QFETCH(bool, waive);
    QFETCH(QString, obligation);
    QFETCH(QString, text);
    QFETCH(QString, author);
    QFETCH(QString, message);
    const qint64 id = declare(8.0);
    QVERIFY(m_playbook->markDone(id, QStringLiteral("open-channel"), QString(),
                                 QStringLiteral("dana")));
    const int before = count(QStringLiteral("timeline_events"));
    auto r = waive ? m_playbook->waive(id, obligation, text, author)
                   : m_playbook->markDone(id, obligation, text, author);
    QVERIFY(!r);
    QCOMPARE(r.error().code, Error::Code::InvalidInput);
    QVERIFY2(r.error().message.contains(message), qPrintable(r.error().message));
    // The person reads the obligation's title, not its internal id (unless the id was wrong).
    if (obligation != QLatin1String("open-chanel"))
        QVERIFY2(!r.error().message.contains(obligation), qPrintable(r.error().message));
    QCOMPARE(count(QStringLiteral("timeline_events")), before);

    QCOMPARE(
        m_playbook
            ->markDone(4242, QStringLiteral("confirm-nature"), QString(), QStringLiteral("dana"))
            .error()
            .code,
        Error::Code::NotFound);
}

void TestPlaybookStore::syncResetsTheCadence()
{
    const qint64 id = declare();
    const auto sync = [&] {
        return test::findObligation(m_playbook->obligations(id, m_clock->nowUtc()).value(),
                                    QStringLiteral("channel-sync"));
    };
    m_clock->advanceSecs(20 * 60);
    QCOMPARE(sync().state, ObligationState::Overdue);
    QCOMPARE(m_playbook->postSync(id, QStringLiteral("  "), QStringLiteral("dana")).error().field,
             QStringLiteral("sync"));
    auto posted =
        m_playbook->postSync(id, QStringLiteral("no new progress"), QStringLiteral("dana"));
    QVERIFY(posted);
    QCOMPARE(describeEvent(m_store->timeline(id).value().constLast()),
             QStringLiteral("Sync: no new progress"));
    const ObligationStatus s = sync();
    QCOMPARE(s.state, ObligationState::Upcoming);
    QCOMPARE(s.dueAt, m_clock->nowUtc().addSecs(15 * 60));
    QCOMPARE(s.lastResetBy, QStringLiteral("dana"));
    // A recurring obligation ticked done counts as a sync, as often as needed.
    m_clock->advanceSecs(600);
    QVERIFY(m_playbook->markDone(id, QStringLiteral("channel-sync"),
                                 QStringLiteral("posted in Slack"), QStringLiteral("dana")));
    QVERIFY(m_playbook->markDone(id, QStringLiteral("channel-sync"), QString(),
                                 QStringLiteral("dana")));
    QCOMPARE(sync().dueAt, m_clock->nowUtc().addSecs(15 * 60));
}

void TestPlaybookStore::upgradeFromVersion1()
{
    cleanup();
    m_dir = std::make_unique<QTemporaryDir>();
    const QString file = m_dir->filePath(QStringLiteral("v1.sqlite"));
    qint64 old = 0;
    {
        auto v1 = Database::openAtVersion(DatabaseConfig::sqlite(file), 1);
        QVERIFY(v1);
        QVERIFY(!v1.value()->connection().tables().contains(QStringLiteral("incident_triggers")));
        IncidentStore store(*v1.value(), *m_clock);
        old = store.declare(test::validFields(), QStringLiteral("alice")).value();
    }
    auto db = Database::open(DatabaseConfig::sqlite(file));
    QVERIFY2(db, db ? "" : qPrintable(db.error().message));
    m_db = std::move(db).value();
    m_store = std::make_unique<IncidentStore>(*m_db, *m_clock);
    m_playbook = std::make_unique<PlaybookStore>(*m_store, test::seedPlaybook());
    QCOMPARE(m_playbook->triggers(old).value(), QStringList());
    auto id = m_playbook->declare(test::validFields(), {QStringLiteral("upstream-unavailable")},
                                  QStringLiteral("alice"));
    QVERIFY(id);
    QCOMPARE(m_playbook->triggers(id.value()).value(),
             QStringList{QStringLiteral("upstream-unavailable")});
}

QTEST_GUILESS_MAIN(TestPlaybookStore)
#include "tst_playbookstore.moc"
