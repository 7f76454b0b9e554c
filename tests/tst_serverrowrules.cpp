// The rules a PostgreSQL server enforces on the rows members update in place and on what they
// queue (docs/shared-mode.md, "Rules the server enforces", rules h to j), and how it compares
// names (rules c, d, f, g): each forbidden change is attempted through raw SQL on a QPSQL
// connection as a member login and must be refused with SQLSTATE WR001 and the rule's sentence;
// the same change through War Room's stores, as the right login, must go through. Needs
// WARROOM_TEST_PG (the throwaway cluster).

#include "core/comms/channel.h"
#include "core/incident/incidentstatus.h"
#include "core/incident/timelineevent.h"
#include "core/roles/roles.h"
#include "serverwarroomsupport.h"
#include "storage/calls/accountstore.h"
#include "storage/comms/draftstore.h"
#include "storage/comms/signoffgate.h"
#include "storage/incidents/incidentstore.h"
#include "storage/roles/rolestore.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

using namespace warroom;

namespace {

using Statements = QList<std::pair<QString, QVariantList>>;

const QString kEvent = QStringLiteral("INSERT INTO timeline_events (incident_id, occurred_at, "
                                      "author, kind, payload) VALUES (?, 0, ?, ?, ?)");
const QString kEventAt = QStringLiteral("INSERT INTO timeline_events (incident_id, occurred_at, "
                                        "author, kind, payload) VALUES (?, ?, ?, ?, ?)");

} // namespace

class TestServerRowRules : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }
    void initStaysIdempotent();
    void aStatusChangesOnlyWithItsEvent();
    void fieldsChangeOnlyWithTheirEvent();
    void whatTheRowRecordsNeverChanges();
    void newRowsComeWithTheirEvent();
    void aDraftMovesOnlyWithItsGateStep();
    void theStoresStillMoveDraftsThroughTheGate();
    void theOutboxQueuesOnlyWhatThePublicationListed();
    void emailGoesOnlyToKeyAccountContacts();
    void namesWithWhiteSpaceAroundAreRefused();
    void namesAreComparedWithUnicodeCase();
    void anEventGivesTheOldValuesAndTheTime();

private:
    std::unique_ptr<Workspace> as(const QString &who) { return m_room->as(who); }
    QString login(const QString &who) const { return m_room->login(who); }
    static QString refusal(Workspace &workspace, const Statements &statements)
    {
        return test::ServerWarRoom::refusal(workspace, statements);
    }
    static QString payload(const QJsonObject &object)
    {
        return test::ServerWarRoom::payload(object);
    }
    // A draft of the incident saved and sent to legal review by Pia through the stores.
    qint64 draftInReview(Workspace &pia, qint64 incident);
    qint64 declare(Workspace &workspace, const QString &author, Category category);
    void staff(qint64 incident);

    ManualClock m_clock{test::testStart()};
    std::unique_ptr<test::ServerWarRoom> m_room;
    qint64 m_incident = 0;
};

qint64 TestServerRowRules::declare(Workspace &workspace, const QString &author, Category category)
{
    IncidentFields fields = test::validFields();
    fields.category = category;
    Result<qint64> declared = workspace.incidents().declare(fields, author);
    if (!declared)
        qWarning("%s", qPrintable(declared.error().message));
    return declared ? *declared : 0;
}

// Ada, the administrator, staffs the incident: Ines IC, Lea legal, Pia product owner.
void TestServerRowRules::staff(qint64 incident)
{
    auto ada = as(QStringLiteral("ada"));
    QVERIFY(ada);
    for (const auto &[role, name] :
         QList<std::pair<Role, QString>>{{Role::IncidentCommander, QStringLiteral("Ines Ic")},
                                         {Role::Legal, QStringLiteral("Lea Legal")},
                                         {Role::ProductOwner, QStringLiteral("Pia Product")}}) {
        Result<qint64> assigned =
            ada->roles().assign(incident, role, name, true, QStringLiteral("Ada Admin"));
        QVERIFY2(assigned, assigned ? "" : qPrintable(assigned.error().message));
    }
}

void TestServerRowRules::initTestCase()
{
    WARROOM_REQUIRE_PG();
    m_room = std::make_unique<test::ServerWarRoom>(m_clock);
    const QString problem = m_room->setUp({{QStringLiteral("ines"), QStringLiteral("Ines Ic")},
                                           {QStringLiteral("lea"), QStringLiteral("Lea Legal")},
                                           {QStringLiteral("olga"), QStringLiteral("Olga Other")},
                                           {QStringLiteral("ada"), QStringLiteral("Ada Admin")},
                                           {QStringLiteral("pia"), QStringLiteral("Pia Product")},
                                           {QStringLiteral("zoe"), QString::fromUtf8("Zoë Åberg")}},
                                          QStringLiteral("ada"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    auto ines = as(QStringLiteral("ines"));
    QVERIFY(ines);
    m_incident = declare(*ines, QStringLiteral("Ines Ic"), Category::DataLeak);
    QVERIFY(m_incident);
    staff(m_incident);
}

void TestServerRowRules::cleanupTestCase()
{
    m_room.reset();
}

// The new rules are part of server init: a second run finds them in place.
void TestServerRowRules::initStaysIdempotent()
{
    const test::Ctl again = m_room->ctl({QStringLiteral("server"), QStringLiteral("init")});
    QVERIFY2(again.code == 0, qPrintable(again.err));
    QVERIFY2(again.out.contains(QStringLiteral("nothing changed")), qPrintable(again.out));
    // The name rule checks as the row comes (BEFORE INSERT); the row rules at COMMIT.
    QCOMPARE(m_room->deferredTriggers(
                 {QStringLiteral("incidents_srv_row"), QStringLiteral("incidents_srv_new"),
                  QStringLiteral("comms_drafts_srv_row"), QStringLiteral("comms_drafts_srv_new"),
                  QStringLiteral("comms_draft_versions_srv_new"), QStringLiteral("outbox_srv_row"),
                  QStringLiteral("timeline_events_srv_names")}),
             QStringLiteral("comms_draft_versions_srv_new,comms_drafts_srv_new,"
                            "comms_drafts_srv_row,incidents_srv_new,incidents_srv_row,"
                            "outbox_srv_row"));
}

// Rule (h): a status change needs the status_changed event of the same transaction.
void TestServerRowRules::aStatusChangesOnlyWithItsEvent()
{
    auto olga = as(QStringLiteral("olga"));
    QVERIFY(olga);
    const QString olgaName = QStringLiteral("Olga Other");
    const QString update = QStringLiteral("UPDATE incidents SET status = ? WHERE id = ?");
    const QString bare = refusal(*olga, {{update, {QStringLiteral("monitoring"), m_incident}}});
    QVERIFY2(bare.contains(QStringLiteral("incidents: refused - the status of incident %1 changes "
                                          "from investigating to monitoring only together with "
                                          "the status_changed event saying so")
                               .arg(m_incident)),
             qPrintable(bare));
    // An event saying something else does not cover it.
    const QString wrong =
        refusal(*olga, {{update, {QStringLiteral("monitoring"), m_incident}},
                        {kEvent,
                         {m_incident, olgaName, QStringLiteral("status_changed"),
                          payload({{QStringLiteral("from"), QStringLiteral("investigating")},
                                   {QStringLiteral("to"), QStringLiteral("identified")}})}}});
    QVERIFY2(wrong.contains(QStringLiteral("only together with the status_changed event")),
             qPrintable(wrong));
    // Nor does an event an earlier transaction wrote.
    QCOMPARE(refusal(*olga, {{kEvent,
                              {m_incident, olgaName, QStringLiteral("status_changed"),
                               payload({{QStringLiteral("from"), QStringLiteral("investigating")},
                                        {QStringLiteral("to"), QStringLiteral("monitoring")}})}}}),
             QString());
    const QString earlier = refusal(*olga, {{update, {QStringLiteral("monitoring"), m_incident}}});
    QVERIFY2(earlier.contains(QStringLiteral("only together with the status_changed event")),
             qPrintable(earlier));
    QCOMPARE(olga->incidents().incident(m_incident)->status, IncidentStatus::Investigating);

    // The event written inside a savepoint of the same transaction counts (its row carries the
    // subtransaction's id), whichever comes first; updated_at is the event's time.
    const qint64 at = m_clock.nowUtc().toMSecsSinceEpoch();
    QCOMPARE(refusal(*olga, {{QStringLiteral("SAVEPOINT s"), {}},
                             {kEventAt,
                              {m_incident, at, olgaName, QStringLiteral("status_changed"),
                               payload({{QStringLiteral("from"), QStringLiteral("investigating")},
                                        {QStringLiteral("to"), QStringLiteral("identified")}})}},
                             {QStringLiteral("RELEASE SAVEPOINT s"), {}},
                             {QStringLiteral("UPDATE incidents SET status = ?, updated_at = ? "
                                             "WHERE id = ?"),
                              {QStringLiteral("identified"), at, m_incident}}}),
             QString());
    // Through the store, the usual way: the row first, then the event.
    m_clock.advanceSecs(60);
    const Result<void> changed =
        olga->incidents().changeStatus(m_incident, IncidentStatus::Monitoring, olgaName);
    QVERIFY2(changed, changed ? "" : qPrintable(changed.error().message));
    QCOMPARE(olga->incidents().incident(m_incident)->status, IncidentStatus::Monitoring);
    const TimelineEvent last = olga->incidents().timeline(m_incident)->constLast();
    QCOMPARE(last.kind, QStringLiteral("status_changed"));
    QCOMPARE(last.author, olgaName);
}

// Rule (h): the fields change with a fields_changed event giving each old and new value.
void TestServerRowRules::fieldsChangeOnlyWithTheirEvent()
{
    auto olga = as(QStringLiteral("olga"));
    QVERIFY(olga);
    const QString olgaName = QStringLiteral("Olga Other");
    const QString category =
        refusal(*olga, {{QStringLiteral("UPDATE incidents SET category = 'outage', updated_at ="
                                        " updated_at + 1 WHERE id = ?"),
                         {m_incident}}});
    QVERIFY2(category.contains(QStringLiteral("incidents: refused - category of incident %1 "
                                              "change only together with the fields_changed event "
                                              "giving each old and new value")
                                   .arg(m_incident)),
             qPrintable(category));
    // The event must give every changed field, with the value written.
    const Incident before = *olga->incidents().incident(m_incident);
    const QString detectedAt =
        QString::number(before.fields.detectedAt.addSecs(-3600).toMSecsSinceEpoch());
    const QString partial = refusal(
        *olga,
        {{QStringLiteral("UPDATE incidents SET title = 'Quiet', detected_at = ? WHERE id = ?"),
          {detectedAt, m_incident}},
         {kEvent,
          {m_incident, olgaName, QStringLiteral("fields_changed"),
           payload({{QStringLiteral("changes"),
                     QJsonObject{{QStringLiteral("title"),
                                  QJsonArray{before.fields.title, QStringLiteral("Quiet")}}}}})}}});
    QVERIFY2(partial.contains(QStringLiteral("title, detected_at of incident %1 change only "
                                             "together with the fields_changed event")
                                  .arg(m_incident)),
             qPrintable(partial));
    const QString otherValue = refusal(
        *olga,
        {{QStringLiteral("UPDATE incidents SET severity = 'SEV3' WHERE id = ?"), {m_incident}},
         {kEvent,
          {m_incident, olgaName, QStringLiteral("fields_changed"),
           payload(
               {{QStringLiteral("changes"),
                 QJsonObject{{QStringLiteral("severity"),
                              QJsonArray{QStringLiteral("SEV1"), QStringLiteral("SEV2")}}}}})}}});
    QVERIFY2(otherValue.contains(QStringLiteral("severity of incident")), qPrintable(otherValue));
    const QString touched = refusal(
        *olga, {{QStringLiteral("UPDATE incidents SET updated_at = updated_at + 1 WHERE id = ?"),
                 {m_incident}}});
    QVERIFY2(touched.contains(QStringLiteral("updated_at of incident %1 changes only with a "
                                             "change of its status or fields")
                                  .arg(m_incident)),
             qPrintable(touched));

    // Through the store: the category, the share of users and the detection time at once.
    IncidentFields fields = before.fields;
    fields.category = Category::Outage;
    fields.affectedUsersPct = 12.5;
    fields.detectedAt = before.fields.detectedAt.addSecs(-1800);
    m_clock.advanceSecs(60);
    const Result<void> updated = olga->incidents().updateFields(m_incident, fields, olgaName);
    QVERIFY2(updated, updated ? "" : qPrintable(updated.error().message));
    const Incident after = *olga->incidents().incident(m_incident);
    QCOMPARE(after.fields.category, Category::Outage);
    QCOMPARE(after.fields.affectedUsersPct, 12.5);
    QCOMPARE(after.fields.detectedAt, fields.detectedAt);
    // Back to a data leak (legal review again), also through the store.
    fields.category = Category::DataLeak;
    m_clock.advanceSecs(60);
    const Result<void> back = olga->incidents().updateFields(m_incident, fields, olgaName);
    QVERIFY2(back, back ? "" : qPrintable(back.error().message));
}

// Rules (h) and (i): what a row records about itself is not a state to update.
void TestServerRowRules::whatTheRowRecordsNeverChanges()
{
    auto olga = as(QStringLiteral("olga"));
    QVERIFY(olga);
    const QString declared = refusal(
        *olga, {{QStringLiteral("UPDATE incidents SET declared_at = declared_at - 86400000 WHERE "
                                "id = ?"),
                 {m_incident}}});
    QVERIFY2(declared.contains(QStringLiteral("incidents: refused - declared_at of incident %1 "
                                              "never changes")
                                   .arg(m_incident)),
             qPrintable(declared));
    auto pia = as(QStringLiteral("pia"));
    QVERIFY(pia);
    const qint64 draft = draftInReview(*pia, m_incident);
    QVERIFY(draft);
    const QString audience = refusal(
        *olga,
        {{QStringLiteral("UPDATE comms_drafts SET audience = 'everyone' WHERE id = ?"), {draft}}});
    QVERIFY2(audience.contains(QStringLiteral("comms_drafts: refused - audience of draft %1 never "
                                              "changes")
                                   .arg(draft)),
             qPrintable(audience));
}

// Rules (h) and (i) for new rows: an incident comes with its declared event and starts
// investigating, a draft with its draft_created event. (Declaring and creating through the
// stores is done by every other test.)
void TestServerRowRules::newRowsComeWithTheirEvent()
{
    auto olga = as(QStringLiteral("olga"));
    QVERIFY(olga);
    const QString olgaName = QStringLiteral("Olga Other");
    const QString insert = QStringLiteral(
        "INSERT INTO incidents (title, category, severity, detected_at, status, declared_at,"
        " declared_by, updated_at) VALUES ('Quiet', 'outage', 'SEV3', ?, ?, 0, ?, 0)");
    const qint64 detected = test::testStart().addSecs(-600).toMSecsSinceEpoch();
    const QString closed =
        refusal(*olga, {{insert, {detected, QStringLiteral("closed"), olgaName}}});
    QVERIFY2(closed.contains(QStringLiteral("incidents: refused - incident")) &&
                 closed.contains(QStringLiteral("is declared only together with its declared "
                                                "event giving its fields, in the same "
                                                "transaction, and starts investigating (not "
                                                "closed)")),
             qPrintable(closed));
    // A declared event that says another title is not this incident's declaration.
    const QString declaredAs =
        payload({{QStringLiteral("title"), QStringLiteral("Loud")},
                 {QStringLiteral("category"), QStringLiteral("outage")},
                 {QStringLiteral("severity"), QStringLiteral("SEV3")},
                 {QStringLiteral("task_type"), QString()},
                 {QStringLiteral("affected_users_pct"), 0},
                 {QStringLiteral("enterprise_affected"), 0},
                 {QStringLiteral("detected_at"),
                  test::testStart().addSecs(-600).toUTC().toString(Qt::ISODateWithMs)}});
    const QString otherTitle = refusal(
        *olga, {{QStringLiteral("WITH i AS (") + insert +
                     QStringLiteral(" RETURNING id) INSERT INTO timeline_events "
                                    "(incident_id, occurred_at, author, kind, payload) "
                                    "SELECT i.id, 0, ?, 'declared', ? FROM i"),
                 {detected, QStringLiteral("investigating"), olgaName, olgaName, declaredAs}}});
    QVERIFY2(otherTitle.contains(QStringLiteral("is declared only together with its declared "
                                                "event")),
             qPrintable(otherTitle));
    // The same with the title the row has passes: row and event agree on every field (the
    // detection time as ISO text, the numbers as numbers).
    QCOMPARE(
        refusal(*olga,
                {{QStringLiteral("WITH i AS (") + insert +
                      QStringLiteral(" RETURNING id) INSERT INTO timeline_events "
                                     "(incident_id, occurred_at, author, kind, "
                                     "payload) SELECT i.id, 0, ?, 'declared', ? FROM "
                                     "i"),
                  {detected, QStringLiteral("investigating"), olgaName, olgaName,
                   QString(declaredAs).replace(QStringLiteral("Loud"), QStringLiteral("Quiet"))}}}),
        QString());
    const QString draft = refusal(
        *olga, {{QStringLiteral("INSERT INTO comms_drafts (incident_id, channel, audience, "
                                "template_key, template_version, kind, needs_legal, state, "
                                "created_at, created_by, updated_at) SELECT ?, channel, '', "
                                "template_key, version, kind, 1, 'draft', 0, ?, 0 FROM "
                                "comms_templates WHERE template_key = 'progress-update' ORDER BY "
                                "version DESC LIMIT 1"),
                 {m_incident, olgaName}}});
    QVERIFY2(draft.contains(QStringLiteral("comms_drafts: refused - draft")) &&
                 draft.contains(QStringLiteral("is created only together with its draft_created "
                                               "event")),
             qPrintable(draft));
    // A new text of a draft Pia created, without the draft_saved event.
    auto pia = as(QStringLiteral("pia"));
    QVERIFY(pia);
    auto created = pia->drafts().create(
        {m_incident, QStringLiteral("progress-update"), 0, std::nullopt, QString()},
        QStringLiteral("Pia Product"));
    QVERIFY(created);
    const QString text = refusal(
        *olga, {{QStringLiteral("INSERT INTO comms_draft_versions (draft_id, version, title, body,"
                                " rendered_title, rendered_body, sha256, saved_at, saved_by) "
                                "SELECT ?, max(version) + 1, 'Fine', 'All fine.', 'Fine', 'All "
                                "fine.', repeat('a', 64), 0, ? FROM comms_draft_versions WHERE "
                                "draft_id = ?"),
                 {*created, olgaName, *created}}});
    QVERIFY2(text.contains(QStringLiteral("comms_draft_versions: refused - version 2 of draft %1 "
                                          "is saved only together with the draft_saved event")
                               .arg(*created)),
             qPrintable(text));
    QCOMPARE(pia->drafts().draft(*created)->latest.version, 1);
}

qint64 TestServerRowRules::draftInReview(Workspace &pia, qint64 incident)
{
    auto id = pia.drafts().create(
        {incident, QStringLiteral("progress-update"), 0, std::nullopt, QString()},
        QStringLiteral("Pia Product"));
    if (!id)
        return 0;
    const QString body = QStringLiteral(
        "We have rolled back yesterday's prompt update on half of the fleet. About "
        "{{affected_users_pct}}% of users are affected.\n\nNext update: {{next_update_utc}}.");
    if (!pia.drafts().save(*id, QStringLiteral("Update: {{task_type}} tasks"), body,
                           QStringLiteral("Pia Product")))
        return 0;
    const Result<void> submitted =
        pia.signOffGate().submitForReview(*id, QString(), QStringLiteral("Pia Product"));
    if (!submitted) {
        qWarning("%s", qPrintable(submitted.error().message));
        return 0;
    }
    return *id;
}

// Rule (i): a draft's gate state moves only with the gate step's event (and its approval or
// publication), its lint override only with the reason recorded.
void TestServerRowRules::aDraftMovesOnlyWithItsGateStep()
{
    auto pia = as(QStringLiteral("pia"));
    auto olga = as(QStringLiteral("olga"));
    QVERIFY(pia && olga);
    const qint64 draft = draftInReview(*pia, m_incident);
    QVERIFY(draft);
    const QString move = QStringLiteral("UPDATE comms_drafts SET state = ? WHERE id = ?");
    const QString bare = refusal(*olga, {{move, {QStringLiteral("legally-signed-off"), draft}}});
    QVERIFY2(bare.contains(QStringLiteral("comms_drafts: refused - draft %1 goes from "
                                          "in-legal-review to legally-signed-off only together "
                                          "with the timeline event of that step "
                                          "(draft_signed_off) and a legal sign-off "
                                          "(comms_approvals)")
                               .arg(draft)),
             qPrintable(bare));
    // The event alone, without Lea's sign-off row, is not the step.
    const QString eventOnly = refusal(
        *olga, {{move, {QStringLiteral("legally-signed-off"), draft}},
                {kEvent,
                 {m_incident, QStringLiteral("Olga Other"), QStringLiteral("draft_signed_off"),
                  payload({{QStringLiteral("draft_id"), draft}})}}});
    QVERIFY2(eventOnly.contains(QStringLiteral("and a legal sign-off (comms_approvals)")),
             qPrintable(eventOnly));
    // (Publishing without a publication is refused before this rule, by the draft's guard.)
    const QString published = refusal(*olga, {{move, {QStringLiteral("published"), draft}}});
    QVERIFY2(published.contains(QStringLiteral("is published only through a publication")),
             qPrintable(published));
    const QString back = refusal(*olga, {{move, {QStringLiteral("draft"), draft}}});
    QVERIFY2(back.contains(QStringLiteral("(draft_saved or draft_marked_needs_legal)")),
             qPrintable(back));
    const QString lint = refusal(
        *olga, {{QStringLiteral("UPDATE comms_drafts SET lint_override = 'legal said fine' WHERE "
                                "id = ?"),
                 {draft}}});
    QVERIFY2(lint.contains(QStringLiteral("the lint override of draft %1 is recorded only "
                                          "together with the submission or approval")
                               .arg(draft)),
             qPrintable(lint));
    const QString touched = refusal(
        *olga, {{QStringLiteral("UPDATE comms_drafts SET updated_at = updated_at + 1 WHERE id = ?"),
                 {draft}}});
    QVERIFY2(touched.contains(QStringLiteral("updated_at of draft %1 changes only with an event "
                                             "of the draft")
                                  .arg(draft)),
             qPrintable(touched));
    QCOMPARE(olga->drafts().draft(draft)->state, DraftState::InLegalReview);
}

// Rule (i) lets every step of the stores through: legal review, sign-off, approval,
// publication, a save after approval (voiding it), marking a draft as needing legal review and
// a category change that needs it.
void TestServerRowRules::theStoresStillMoveDraftsThroughTheGate()
{
    auto pia = as(QStringLiteral("pia"));
    auto lea = as(QStringLiteral("lea"));
    auto ines = as(QStringLiteral("ines"));
    QVERIFY(pia && lea && ines);
    const qint64 draft = draftInReview(*pia, m_incident);
    QVERIFY(draft);
    m_clock.advanceSecs(60);
    const Result<void> signedOff = lea->signOffGate().signOff(draft, QStringLiteral("Lea Legal"));
    QVERIFY2(signedOff, signedOff ? "" : qPrintable(signedOff.error().message));
    m_clock.advanceSecs(60);
    const Result<void> approved =
        ines->signOffGate().approve(draft, QString(), QStringLiteral("Ines Ic"));
    QVERIFY2(approved, approved ? "" : qPrintable(approved.error().message));
    m_clock.advanceSecs(60);
    const Result<qint64> published = ines->signOffGate().publish(draft, QStringLiteral("Ines Ic"));
    QVERIFY2(published, published ? "" : qPrintable(published.error().message));
    QCOMPARE(ines->drafts().draft(draft)->state, DraftState::Published);

    // A second draft approved, then edited: the save takes it back to draft.
    const qint64 edited = draftInReview(*pia, m_incident);
    QVERIFY(edited);
    QVERIFY(lea->signOffGate().signOff(edited, QStringLiteral("Lea Legal")));
    QVERIFY(ines->signOffGate().approve(edited, QString(), QStringLiteral("Ines Ic")));
    m_clock.advanceSecs(60);
    const auto saved = pia->drafts().save(edited, QStringLiteral("Update"),
                                          QStringLiteral("Rolled back. Next update at 15:00 UTC."),
                                          QStringLiteral("Pia Product"), std::nullopt);
    QVERIFY2(saved, saved ? "" : qPrintable(saved.error().message));
    QCOMPARE(pia->drafts().draft(edited)->state, DraftState::Draft);

    // An outage needs no legal review: marked by hand, or by a change to a data leak.
    const qint64 outage = declare(*ines, QStringLiteral("Ines Ic"), Category::Outage);
    QVERIFY(outage);
    staff(outage);
    auto marked = pia->drafts().create(
        {outage, QStringLiteral("progress-update"), 0, std::nullopt, QString()},
        QStringLiteral("Pia Product"));
    QVERIFY(marked);
    const Result<void> needsLegal =
        pia->drafts().markNeedsLegal(*marked, QStringLiteral("Pia Product"));
    QVERIFY2(needsLegal, needsLegal ? "" : qPrintable(needsLegal.error().message));
    QVERIFY(pia->drafts().draft(*marked)->needsLegal);
    auto raised = pia->drafts().create(
        {outage, QStringLiteral("progress-update"), 0, std::nullopt, QString()},
        QStringLiteral("Pia Product"));
    QVERIFY(raised);
    IncidentFields fields = ines->incidents().incident(outage)->fields;
    fields.category = Category::DataLeak;
    m_clock.advanceSecs(60);
    const Result<void> recategorised =
        ines->incidents().updateFields(outage, fields, QStringLiteral("Ines Ic"));
    QVERIFY2(recategorised, recategorised ? "" : qPrintable(recategorised.error().message));
    QVERIFY(pia->drafts().draft(*raised)->needsLegal);
}

// Rule (j): a delivery is queued by its publication's own transaction, as its event lists it,
// and e-mail only to a key account's contact; a sync only with its event.
void TestServerRowRules::theOutboxQueuesOnlyWhatThePublicationListed()
{
    auto pia = as(QStringLiteral("pia"));
    auto lea = as(QStringLiteral("lea"));
    auto ines = as(QStringLiteral("ines"));
    QVERIFY(pia && lea && ines);
    const qint64 draft = draftInReview(*pia, m_incident);
    QVERIFY(draft);
    QVERIFY(lea->signOffGate().signOff(draft, QStringLiteral("Lea Legal")));
    QVERIFY(ines->signOffGate().approve(draft, QString(), QStringLiteral("Ines Ic")));
    m_clock.advanceSecs(60);
    const Result<qint64> published = ines->signOffGate().publish(draft, QStringLiteral("Ines Ic"));
    QVERIFY2(published, published ? "" : qPrintable(published.error().message));
    auto queued = ines->database().exec(
        QStringLiteral("SELECT count(*) FROM outbox WHERE publication_id = ?"), {*published});
    QVERIFY(queued && queued.value().next());
    QVERIFY(queued.value().value(0).toInt() >= 1);

    const QString insert = QStringLiteral(
        "INSERT INTO outbox (publication_id, incident_id, destination, recipient, "
        "idempotency_key, state, attempts, next_attempt_at, queued_at) VALUES (?, ?, 'email', ?, "
        "?, 'queued', 0, 0, 0)");
    const QString redirected =
        refusal(*ines, {{insert,
                         {*published, m_incident, QStringLiteral("mallory@evil.example"),
                          QStringLiteral("warroom-extra-1")}}});
    QVERIFY2(redirected.contains(QStringLiteral("outbox: refused - a delivery of publication %1 "
                                                "to email (mallory@evil.example) is queued only "
                                                "by the transaction that publishes it")
                                     .arg(*published)),
             qPrintable(redirected));
    auto olga = as(QStringLiteral("olga"));
    QVERIFY(olga);
    // A sync row for a sync_posted event an earlier transaction wrote.
    QCOMPARE(
        refusal(*olga, {{kEvent,
                         {m_incident, QStringLiteral("Olga Other"), QStringLiteral("sync_posted"),
                          payload({{QStringLiteral("text"), QStringLiteral("all good")}})}}}),
        QString());
    const qint64 lastEvent = olga->incidents().timeline(m_incident)->constLast().id;
    const QString sync = refusal(
        *olga, {{QStringLiteral("INSERT INTO outbox (sync_event_id, incident_id, destination, "
                                "recipient, idempotency_key, state, attempts, next_attempt_at, "
                                "queued_at) VALUES (?, ?, 'slack', '', 'warroom-sync-x', "
                                "'queued', 0, 0, 0)"),
                 {lastEvent, m_incident}}});
    QVERIFY2(sync.contains(QStringLiteral("outbox: refused - the sync of event %1 is queued only "
                                          "by the transaction that records the event")
                               .arg(lastEvent)),
             qPrintable(sync));
    queued = ines->database().exec(QStringLiteral("SELECT count(*) FROM outbox WHERE recipient = "
                                                  "'mallory@evil.example' OR idempotency_key = "
                                                  "'warroom-sync-x'"));
    QVERIFY(queued && queued.value().next());
    QCOMPARE(queued.value().value(0).toInt(), 0);
}

// Rule (j): a publication's own transaction, its event listing the row, still cannot e-mail
// somebody who is no key account contact; an e-mail announcement through the stores goes to the
// contacts an administrator imported.
void TestServerRowRules::emailGoesOnlyToKeyAccountContacts()
{
    auto ada = as(QStringLiteral("ada"));
    auto pia = as(QStringLiteral("pia"));
    auto lea = as(QStringLiteral("lea"));
    auto ines = as(QStringLiteral("ines"));
    QVERIFY(ada && pia && lea && ines);
    const Result<CsvImportSummary> imported = ada->accounts().importCsv(
        QByteArrayLiteral("name,tier,arr,csm,contact1_name,contact1_phone,contact1_email\n"
                          "Acme,enterprise,1200000,Ada Admin,Carl Client,+1 555 0100,"
                          "Carl@Acme.example\n"),
        QStringLiteral("Ada Admin"));
    QVERIFY2(imported, imported ? "" : qPrintable(imported.error().message));

    auto approvedEmail = [&]() -> qint64 {
        auto id = pia->drafts().create({m_incident, QStringLiteral("progress-update"), 0,
                                        Channel::Email, QStringLiteral("customers")},
                                       QStringLiteral("Pia Product"));
        if (!id || !pia->drafts().save(*id, QStringLiteral("Update"),
                                       QStringLiteral("We rolled back the change. Next update at "
                                                      "15:00 UTC."),
                                       QStringLiteral("Pia Product")))
            return 0;
        if (!pia->signOffGate().submitForReview(*id, QString(), QStringLiteral("Pia Product")) ||
            !lea->signOffGate().signOff(*id, QStringLiteral("Lea Legal")) ||
            !ines->signOffGate().approve(*id, QString(), QStringLiteral("Ines Ic")))
            return 0;
        return *id;
    };
    const qint64 draft = approvedEmail();
    QVERIFY(draft);
    const Draft current = *ines->drafts().draft(draft);
    m_clock.advanceSecs(60);
    // Ines publishes by hand, and her transaction queues, and lists, an extra recipient.
    const QString extra = refusal(
        *ines,
        {{QStringLiteral(
              "WITH p AS (INSERT INTO comms_publications (draft_id, draft_version_id, "
              "incident_id, channel, audience, kind, template_key, title, body, sha256, "
              "published_at, published_by) VALUES (?, ?, ?, 'email', ?, ?, ?, ?, ?, ?, ?, "
              "'Ines Ic') RETURNING id), o AS (INSERT INTO outbox (publication_id, incident_id, "
              "destination, recipient, idempotency_key, state, attempts, next_attempt_at, "
              "queued_at) SELECT p.id, ?, 'email', 'mallory@evil.example', 'warroom-extra-2', "
              "'queued', 0, 0, 0 FROM p) INSERT INTO timeline_events (incident_id, occurred_at, "
              "author, kind, payload) SELECT ?, 0, 'Ines Ic', 'announcement_published', "
              "jsonb_build_object('publication_id', p.id, 'draft_id', ?::bigint, 'deliveries', "
              "jsonb_build_array(jsonb_build_object('key', 'warroom-extra-2', 'destination', "
              "'email', 'recipient', 'mallory@evil.example')))::text FROM p"),
          {draft, current.latest.id, m_incident, current.audience, current.kind,
           current.templateKey, current.latest.renderedTitle, current.latest.renderedBody,
           current.latest.sha256, m_clock.nowUtc().toMSecsSinceEpoch(), m_incident, m_incident,
           draft}}});
    QVERIFY2(extra.contains(QStringLiteral("outbox: refused - mallory@evil.example is no contact "
                                           "of a key account")),
             qPrintable(extra));
    const Result<qint64> published = ines->signOffGate().publish(draft, QStringLiteral("Ines Ic"));
    QVERIFY2(published, published ? "" : qPrintable(published.error().message));
    auto queued = ines->database().exec(
        QStringLiteral("SELECT string_agg(recipient, ',') FROM outbox WHERE publication_id = ? AND "
                       "destination = 'email'"),
        {*published});
    QVERIFY(queued && queued.value().next());
    QCOMPARE(queued.value().value(0).toString(), QStringLiteral("Carl@Acme.example"));
}

// Rule (f) and the role readings of (c), (d), (g): a name with white space around it is refused
// as it comes, whatever kind of white space.
void TestServerRowRules::namesWithWhiteSpaceAroundAreRefused()
{
    auto olga = as(QStringLiteral("olga"));
    QVERIFY(olga);
    const QList<std::pair<QString, QString>> names{
        {QStringLiteral("Olga Other\t"), QStringLiteral("\"Olga Other\\t\"")},
        {QStringLiteral("Olga Other") + QChar(0x00A0),
         QStringLiteral("\"Olga Other") + QChar(0x00A0) + QLatin1Char('"')},
        {QChar(0x3000) + QStringLiteral("Ines Ic"),
         QLatin1Char('"') + QChar(0x3000) + QStringLiteral("Ines Ic\"")},
        {QStringLiteral("Ines Ic") + QChar(0x200B),
         QStringLiteral("\"Ines Ic") + QChar(0x200B) + QLatin1Char('"')}};
    for (const auto &[name, shown] : names) {
        const QString refused = refusal(
            *olga, {{kEvent,
                     {m_incident, QStringLiteral("Olga Other"), QStringLiteral("role_assigned"),
                      payload({{QStringLiteral("role"), QStringLiteral("legal")},
                               {QStringLiteral("person"), name},
                               {QStringLiteral("override"), true}})}}});
        QVERIFY2(refused.contains(QStringLiteral("timeline_events: refused - the person of a "
                                                 "role_assigned event must be a name without "
                                                 "white space")) &&
                     refused.contains(QStringLiteral("got ") + shown),
                 qPrintable(refused));
    }
    const QString unassigned = refusal(
        *olga, {{kEvent,
                 {m_incident, QStringLiteral("Olga Other"), QStringLiteral("role_unassigned"),
                  payload({{QStringLiteral("role"), QStringLiteral("incident-commander")},
                           {QStringLiteral("person"), QStringLiteral("Ines Ic ")}})}}});
    QVERIFY2(unassigned.contains(QStringLiteral("the person of a role_unassigned event")),
             qPrintable(unassigned));
    // Assigning somebody else through the store, by their name as the directory has it, passes.
    const Result<qint64> assigned = olga->roles().assign(
        m_incident, Role::Support, QStringLiteral("Zoë Åberg"), true, QStringLiteral("Olga Other"));
    QVERIFY2(assigned, assigned ? "" : qPrintable(assigned.error().message));
}

// The rules fold case as the application does (Qt::CaseInsensitive), beyond ASCII: "ZOË ÅBERG"
// is Zoë Åberg, even in a database made with the C locale (the test cluster's).
void TestServerRowRules::namesAreComparedWithUnicodeCase()
{
    auto zoe = as(QStringLiteral("zoe"));
    QVERIFY(zoe);
    const QString zoeName = QString::fromUtf8("Zoë Åberg");
    const QString self =
        refusal(*zoe, {{kEvent,
                        {m_incident, zoeName, QStringLiteral("role_assigned"),
                         payload({{QStringLiteral("role"), QStringLiteral("legal")},
                                  {QStringLiteral("person"), QString::fromUtf8("ZOË ÅBERG")},
                                  {QStringLiteral("override"), true}})}}});
    QVERIFY2(self.contains(QString::fromUtf8("timeline_events: refused - Zoë Åberg (login %1) "
                                             "cannot assign themself the legal role")
                               .arg(login(QStringLiteral("zoe")))),
             qPrintable(self));
    // Rule (a) reads the author the same way: "zoë åberg" is her; "Zoe Aberg" is not.
    QCOMPARE(refusal(*zoe, {{kEvent,
                             {m_incident, QString::fromUtf8("zoë åberg"), QStringLiteral("note"),
                              payload({{QStringLiteral("text"), QStringLiteral("hi")}})}}}),
             QString());
    const QString other =
        refusal(*zoe, {{kEvent,
                        {m_incident, QStringLiteral("Zoe Aberg"), QStringLiteral("note"),
                         payload({{QStringLiteral("text"), QStringLiteral("hi")}})}}});
    QVERIFY2(other.contains(QStringLiteral("records changes only under its own name")),
             qPrintable(other));
    // Her own note through the store.
    const Result<void> note =
        zoe->incidents().addNote(m_incident, QStringLiteral("on it"), zoeName);
    QVERIFY2(note, note ? "" : qPrintable(note.error().message));
}

// Rule (h): the event gives the values the row had (not a made-up "from") and the time the row
// records as updated_at (the store writes both from one clock reading).
void TestServerRowRules::anEventGivesTheOldValuesAndTheTime()
{
    auto olga = as(QStringLiteral("olga"));
    QVERIFY(olga);
    const QString olgaName = QStringLiteral("Olga Other");
    const Incident before = *olga->incidents().incident(m_incident);
    const qint64 at = m_clock.nowUtc().toMSecsSinceEpoch();
    const QString update =
        QStringLiteral("UPDATE incidents SET title = 'x2', updated_at = ? WHERE id = ?");
    auto retitled = [&](const QString &from, qint64 occurredAt) {
        return std::pair<QString, QVariantList>{
            kEventAt,
            {m_incident, occurredAt, olgaName, QStringLiteral("fields_changed"),
             payload({{QStringLiteral("changes"),
                       QJsonObject{
                           {QStringLiteral("title"), QJsonArray{from, QStringLiteral("x2")}}}}})}};
    };
    const QString wrongFrom = refusal(
        *olga, {{update, {at, m_incident}}, retitled(QStringLiteral("NOT THE OLD TITLE"), at)});
    QVERIFY2(wrongFrom.contains(QStringLiteral("title of incident %1 change only together with "
                                               "the fields_changed event giving each old and new "
                                               "value, occurring at the row's new updated_at")
                                    .arg(m_incident)),
             qPrintable(wrongFrom));
    const QString future = refusal(
        *olga, {{update, {qint64(99999999999999), m_incident}}, retitled(before.fields.title, at)});
    QVERIFY2(future.contains(QStringLiteral("title of incident %1 change only").arg(m_incident)),
             qPrintable(future));
    // The status likewise: updated_at is the status_changed event's time.
    const QString status = refusal(
        *olga, {{QStringLiteral("UPDATE incidents SET status = 'identified', updated_at = ? "
                                "WHERE id = ?"),
                 {qint64(99999999999999), m_incident}},
                {kEventAt,
                 {m_incident, at, olgaName, QStringLiteral("status_changed"),
                  payload({{QStringLiteral("from"), incidentstatus::id(before.status)},
                           {QStringLiteral("to"), QStringLiteral("identified")}})}}});
    QVERIFY2(status.contains(QStringLiteral("the status of incident %1 changes from %2 to "
                                            "identified only together with the status_changed "
                                            "event saying so, occurring at the row's new "
                                            "updated_at")
                                 .arg(m_incident)
                                 .arg(incidentstatus::id(before.status))),
             qPrintable(status));
    QCOMPARE(olga->incidents().incident(m_incident)->fields.title, before.fields.title);
    // The old title and the event's time: accepted.
    QCOMPARE(refusal(*olga, {{update, {at, m_incident}}, retitled(before.fields.title, at)}),
             QString());
    QCOMPARE(olga->incidents().incident(m_incident)->fields.title, QStringLiteral("x2"));
}

QTEST_GUILESS_MAIN(TestServerRowRules)
#include "tst_serverrowrules.moc"
