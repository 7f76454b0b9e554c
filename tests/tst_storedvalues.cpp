// A database written by a newer War Room may hold values this build does not know: a category,
// a draft state, a channel added later. They are refused with an error naming the table, the row,
// the column and the value, never read back as a default, and nothing is written over them.
#include "commstestsupport.h"
#include "core/calls/accounttier.h"
#include "core/comms/delivery.h"
#include "storage/calls/accountstore.h"
#include "storage/comms/commsrecords.h"
#include "storage/migrations/checklist.h"
#include "storage/roles/peoplestore.h"

#include <QRegularExpression>
#include <QTest>

using namespace warroom;

class TestStoredValues : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void unknownIncidentValueIsRefused_data();
    void unknownIncidentValueIsRefused();
    void unknownStatusInTheTimelineIsRefused();
    void unknownDraftStateIsRefused();
    void unknownTemplateChannelIsRefused();
    void unknownRoleAndTierAreRefused();
    void schemaChecksListTheEnums_data();
    void schemaChecksListTheEnums();

private:
    // Writes with the CHECK constraints off, as a newer War Room's schema would allow.
    void writeUnchecked(const QString &sql, const QVariantList &values = {});
    QString stored(const QString &sql, const QVariantList &values = {}) const;
    static QString refusal(const QString &row, const QString &column, const QString &value);

    std::unique_ptr<test::CommsFixture> m_f;
};

void TestStoredValues::init()
{
    m_f = std::make_unique<test::CommsFixture>();
    QVERIFY(m_f->open());
}

void TestStoredValues::cleanup()
{
    m_f.reset();
}

void TestStoredValues::writeUnchecked(const QString &sql, const QVariantList &values)
{
    QVERIFY(m_f->database->exec(QStringLiteral("PRAGMA ignore_check_constraints = ON")));
    const Result<QSqlQuery> done = m_f->database->exec(sql, values);
    QVERIFY2(done, done ? "" : qPrintable(done.error().message));
    QVERIFY(m_f->database->exec(QStringLiteral("PRAGMA ignore_check_constraints = OFF")));
}

QString TestStoredValues::stored(const QString &sql, const QVariantList &values) const
{
    auto q = m_f->database->exec(sql, values);
    return q && q.value().next() ? q.value().value(0).toString() : QString();
}

QString TestStoredValues::refusal(const QString &row, const QString &column, const QString &value)
{
    return QStringLiteral("%1 has %2 \"%3\", which this build does not know: was the database "
                          "written by a newer War Room?")
        .arg(row, column, value);
}

void TestStoredValues::unknownIncidentValueIsRefused_data()
{
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("value");
    QTest::newRow("category") << "category"
                              << "new-kind";
    QTest::newRow("severity") << "severity"
                              << "SEV0";
    QTest::newRow("status") << "status"
                            << "paused";
}

void TestStoredValues::unknownIncidentValueIsRefused()
{
    QFETCH(QString, column);
    QFETCH(QString, value);
    const qint64 id = m_f->declare(Category::Outage);
    QVERIFY(id > 0);
    writeUnchecked(QStringLiteral("UPDATE incidents SET %1 = ? WHERE id = ?").arg(column),
                   {value, id});
    const int events = m_f->count(QStringLiteral("timeline_events"));

    const QString expected = refusal(QStringLiteral("incidents row %1").arg(id), column, value);
    const Result<Incident> read = m_f->incidents->incident(id);
    QVERIFY(!read);
    QCOMPARE(read.error().message, expected);
    QCOMPARE(read.error().code, Error::Code::SchemaTooNew);
    QCOMPARE(read.error().field, column);
    const Result<QList<Incident>> all = m_f->incidents->incidents();
    QVERIFY(!all);
    QCOMPARE(all.error().message, expected);

    // Writes read the incident first: each is refused and writes nothing.
    const Result<void> note = m_f->incidents->addNote(id, QStringLiteral("x"), QStringLiteral("o"));
    QVERIFY(!note);
    QCOMPARE(note.error().message, expected);
    const Result<void> moved =
        m_f->incidents->changeStatus(id, IncidentStatus::Identified, QStringLiteral("o"));
    QVERIFY(!moved);
    QCOMPARE(moved.error().message, expected);
    const Result<void> edited =
        m_f->incidents->updateFields(id, test::validFields(), QStringLiteral("o"));
    QVERIFY(!edited);
    QCOMPARE(edited.error().message, expected);
    QCOMPARE(m_f->count(QStringLiteral("timeline_events")), events);
    QCOMPARE(stored(QStringLiteral("SELECT %1 FROM incidents WHERE id = ?").arg(column), {id}),
             value);
}

void TestStoredValues::unknownStatusInTheTimelineIsRefused()
{
    const qint64 id = m_f->declare(Category::Outage);
    QVERIFY(m_f->incidents->changeStatus(id, IncidentStatus::Identified, QStringLiteral("o")));
    // The timeline refuses UPDATE: a newer build's event is appended as it would write it.
    const auto appended =
        m_f->incidents->appendEvent(id, QString::fromLatin1(eventkind::StatusChanged),
                                    {{QStringLiteral("from"), QStringLiteral("identified")},
                                     {QStringLiteral("to"), QStringLiteral("paused")}},
                                    QStringLiteral("newer"));
    QVERIFY(appended);
    const Result<Incident> read = m_f->incidents->incident(id);
    QVERIFY(!read);
    QCOMPARE(read.error().message,
             refusal(QStringLiteral("timeline_events row %1").arg(*appended),
                     QStringLiteral("payload \"to\""), QStringLiteral("paused")));
}

void TestStoredValues::unknownDraftStateIsRefused()
{
    const qint64 incident = m_f->staffedIncident(Category::Outage);
    const qint64 draft = m_f->createDraft(incident);
    QVERIFY(draft > 0);
    writeUnchecked(QStringLiteral("UPDATE comms_drafts SET state = 'archived' WHERE id = ?"),
                   {draft});
    const int versions = m_f->count(QStringLiteral("comms_draft_versions"));
    const int events = m_f->count(QStringLiteral("timeline_events"));

    const QString expected = refusal(QStringLiteral("comms_drafts row %1").arg(draft),
                                     QStringLiteral("state"), QStringLiteral("archived"));
    const Result<Draft> read = m_f->drafts->draft(draft);
    QVERIFY(!read);
    QCOMPARE(read.error().message, expected);
    const Result<QList<Draft>> all = m_f->drafts->drafts(incident);
    QVERIFY(!all);
    QCOMPARE(all.error().message, expected);

    QVERIFY(!m_f->makeClean(draft)); // saving reads the draft first
    QVERIFY(!m_f->drafts->markNeedsLegal(draft, QStringLiteral("Pia")));
    QCOMPARE(m_f->count(QStringLiteral("comms_draft_versions")), versions);
    QCOMPARE(m_f->count(QStringLiteral("timeline_events")), events);
    QCOMPARE(stored(QStringLiteral("SELECT state FROM comms_drafts WHERE id = ?"), {draft}),
             QStringLiteral("archived"));
}

void TestStoredValues::unknownTemplateChannelIsRefused()
{
    // Templates are append-only: a newer build adds a version on a channel it knows.
    writeUnchecked(QStringLiteral(
        "INSERT INTO comms_templates (template_key, version, name, kind, channel, categories,"
        " title, body, created_at, created_by)"
        " SELECT template_key, version + 1, name, kind, 'fax', categories, title, body,"
        " created_at, 'newer' FROM comms_templates WHERE template_key = 'progress-update'"));
    const QString row =
        stored(QStringLiteral("SELECT id FROM comms_templates WHERE channel = 'fax'"));
    const Result<QList<CommsTemplate>> all = m_f->templates->templates();
    QVERIFY(!all);
    QCOMPARE(all.error().message, refusal(QStringLiteral("comms_templates row %1").arg(row),
                                          QStringLiteral("channel"), QStringLiteral("fax")));
    QVERIFY(!m_f->templates->find(QStringLiteral("progress-update"), 0));
}

void TestStoredValues::unknownRoleAndTierAreRefused()
{
    PeopleStore people(*m_f->database, m_f->clock);
    AccountStore accounts(*m_f->database, m_f->clock);
    QVERIFY(people.importCsv("name,phone,roles\nZed,+1 415 555 0101,customer-success\n",
                             QStringLiteral("o")));
    QVERIFY(accounts.importCsv("name,tier,rank,csm,contact1_name,contact1_phone\n"
                               "Initech,smb,1,Zed,P,+1 415 555 0120\n",
                               QStringLiteral("o")));
    const QString person = stored(QStringLiteral("SELECT id FROM people"));
    const QString account = stored(QStringLiteral("SELECT id FROM key_accounts"));
    writeUnchecked(QStringLiteral("UPDATE person_roles SET role = 'scribe'"));
    writeUnchecked(QStringLiteral("UPDATE key_accounts SET tier = 'strategic'"));

    const Result<QList<Person>> directory = people.people();
    QVERIFY(!directory);
    QCOMPARE(directory.error().message,
             refusal(QStringLiteral("person_roles row person_id %1").arg(person),
                     QStringLiteral("role"), QStringLiteral("scribe")));
    const Result<QList<KeyAccount>> list = accounts.accounts();
    QVERIFY(!list);
    QCOMPARE(list.error().message, refusal(QStringLiteral("key_accounts row %1").arg(account),
                                           QStringLiteral("tier"), QStringLiteral("strategic")));
}

// Every enum stored in a CHECKed column lists exactly the values the schema accepts: a new value
// needs a migration step that adds it to the CHECK (migrations::checkList, docs/architecture.md).
void TestStoredValues::schemaChecksListTheEnums_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("ids");
    using migrations::checkList;
    QTest::newRow("category") << "incidents"
                              << "category" << checkList(category::all(), category::id);
    QTest::newRow("severity") << "incidents"
                              << "severity" << checkList(severity::all(), severity::id);
    QTest::newRow("status") << "incidents"
                            << "status" << checkList(incidentstatus::all(), incidentstatus::id);
    QTest::newRow("role") << "person_roles"
                          << "role" << checkList(role::all(), role::id);
    QTest::newRow("tier") << "key_accounts"
                          << "tier" << checkList(accounttier::all(), accounttier::id);
    for (const char *table : {"comms_templates", "comms_drafts", "comms_publications"})
        QTest::newRow(table) << table << "channel" << checkList(channel::all(), channel::id);
    for (const char *table : {"outbox", "outbox_remote_ids"})
        QTest::newRow(table) << table << "destination"
                             << checkList(destination::all(), destination::id);
    QTest::newRow("delivery state")
        << "outbox"
        << "state" << checkList(deliverystate::all(), deliverystate::id);
    QTest::newRow("draft state") << "comms_drafts"
                                 << "state" << checkList(draftstate::all(), draftstate::id);
    QTest::newRow("approval kind") << "comms_approvals"
                                   << "kind"
                                   << checkList(QList<Approval::Kind>{Approval::Kind::LegalSignOff,
                                                                      Approval::Kind::IcApproval},
                                                approvalkind::id);
}

void TestStoredValues::schemaChecksListTheEnums()
{
    QFETCH(QString, table);
    QFETCH(QString, column);
    QFETCH(QString, ids);
    const QString sql = stored(
        QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?"), {table});
    const QRegularExpression check(
        QStringLiteral("CHECK \\(%1 IN \\(([^)]*)\\)\\)").arg(QRegularExpression::escape(column)));
    const QRegularExpressionMatch match = check.match(sql);
    QVERIFY2(match.hasMatch(), qPrintable(sql));
    QCOMPARE(match.captured(1).simplified(), ids);
}

QTEST_MAIN(TestStoredValues)
#include "tst_storedvalues.moc"
