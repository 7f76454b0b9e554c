// The rules a PostgreSQL server enforces per login (docs/shared-mode.md, "Rules the server
// enforces"): `warroomctl server init` and `server add-person` set up a war room in a fresh schema
// with logins of their own; each rule is then attempted through raw SQL on a QPSQL connection as
// the wrong login and must be refused with the rule's sentence, and the right login's same change
// through War Room's stores must succeed. Needs WARROOM_TEST_PG (the throwaway cluster, trust
// authentication: the logins connect without a password).

#include "cli/runner.h"
#include "core/incident/timelineevent.h"
#include "core/roles/roles.h"
#include "serverwarroomsupport.h"
#include "storage/comms/draftstore.h"
#include "storage/comms/signoffgate.h"
#include "storage/db/database.h"
#include "storage/incidents/incidentstore.h"
#include "storage/incidents/playbookstore.h"
#include "storage/roles/rolestore.h"
#include "storage/workspace.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTest>
#include <QUrl>

#include <memory>

using namespace warroom;

using test::Ctl;

class TestServerRules : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }
    void initIsIdempotent();
    void initIsRefusedToAMember();
    void addPersonRefusals();
    void anAdministratorAddsAPerson();
    void anUnmappedLoginWritesNothing();
    void everyRowCarriesTheLoginsPerson();
    void temporaryTablesDoNotStandInForTheRealOnes();
    void aMemberCannotRedirectTheOutbox();
    void theEnvironmentNamesTheServerNotTheAuthor();
    void theTimelineStaysAppendOnly();
    void onlyLegalSignsOff();
    void onlyTheIcApproves();
    void onlyTheApprovedTextIsPublished();
    void nobodyAssignsThemselfARole();
    void onlyTheOwnerOrTheIcTicksAnObligation();
    void aFailedTlsConnectionSaysWhatToCheck();

private:
    QString login(const QString &who) const { return m_room->login(who); }
    QString urlFor(const QString &who) const { return m_room->urlFor(who); }
    Ctl ctl(const QStringList &arguments, const QString &who = QString())
    {
        return m_room->ctl(arguments, who);
    }
    std::unique_ptr<Workspace> as(const QString &who) { return m_room->as(who); }
    // Runs one statement as the login; the refusal's message, or an empty string when it passed.
    static QString refusal(Workspace &workspace, const QString &sql,
                           const QVariantList &values = {})
    {
        return test::ServerWarRoom::refusal(workspace, sql, values);
    }
    qint64 draftInReview(Workspace &product);
    static QString payload(const QJsonObject &object)
    {
        return test::ServerWarRoom::payload(object);
    }

    ManualClock m_clock{test::testStart()};
    std::unique_ptr<test::ServerWarRoom> m_room;
    qint64 m_incident = 0;
};

void TestServerRules::initTestCase()
{
    WARROOM_REQUIRE_PG();
    m_room = std::make_unique<test::ServerWarRoom>(m_clock);
    for (const QString &who :
         {QStringLiteral("ines"), QStringLiteral("lea"), QStringLiteral("omar"),
          QStringLiteral("olga"), QStringLiteral("ada"), QStringLiteral("pia"),
          QStringLiteral("nia"), QStringLiteral("ghost")}) {
        QVERIFY(m_room->createLogin(who));
    }
    const Ctl init = ctl({QStringLiteral("server"), QStringLiteral("init")});
    QVERIFY2(init.code == 0, qPrintable(init.err));
    QVERIFY2(
        init.out.contains(QStringLiteral("Set up the war room in schema %1").arg(m_room->schema())),
        qPrintable(init.out));
    const QList<std::pair<QString, QString>> people{
        {QStringLiteral("ines"), QStringLiteral("Ines Ic")},
        {QStringLiteral("lea"), QStringLiteral("Lea Legal")},
        {QStringLiteral("omar"), QStringLiteral("Omar Oncall")},
        {QStringLiteral("olga"), QStringLiteral("Olga Other")},
        {QStringLiteral("ada"), QStringLiteral("Ada Admin")},
        {QStringLiteral("pia"), QStringLiteral("Pia Product")}};
    for (const auto &[who, name] : people) {
        QStringList arguments{QStringLiteral("server"),
                              QStringLiteral("add-person"),
                              login(who),
                              QStringLiteral("--name"),
                              name,
                              QStringLiteral("--email"),
                              who + QStringLiteral("@example.com")};
        if (who == QLatin1String("ada"))
            arguments.append(QStringLiteral("--admin"));
        const Ctl added = ctl(arguments);
        QVERIFY2(added.code == 0, qPrintable(added.err));
        QVERIFY2(added.out.contains(QStringLiteral("Added %1 to the people directory").arg(name)),
                 qPrintable(added.out));
    }

    // Ines declares a data leak (legal review required); Ada, the administrator, staffs it.
    auto ines = as(QStringLiteral("ines"));
    QVERIFY(ines);
    IncidentFields fields = test::validFields();
    fields.category = Category::DataLeak;
    Result<qint64> declared = ines->incidents().declare(fields, QStringLiteral("Ines Ic"));
    QVERIFY2(declared, declared ? "" : qPrintable(declared.error().message));
    m_incident = *declared;
    auto ada = as(QStringLiteral("ada"));
    QVERIFY(ada);
    for (const auto &[role, name] :
         QList<std::pair<Role, QString>>{{Role::IncidentCommander, QStringLiteral("Ines Ic")},
                                         {Role::Legal, QStringLiteral("Lea Legal")},
                                         {Role::OnCall, QStringLiteral("Omar Oncall")},
                                         {Role::ProductOwner, QStringLiteral("Pia Product")}}) {
        Result<qint64> assigned =
            ada->roles().assign(m_incident, role, name, true, QStringLiteral("Ada Admin"));
        QVERIFY2(assigned, assigned ? "" : qPrintable(assigned.error().message));
    }
}

void TestServerRules::cleanupTestCase()
{
    m_room.reset(); // the schema, the logins and the group roles
}

void TestServerRules::initIsIdempotent()
{
    const Ctl again = ctl({QStringLiteral("server"), QStringLiteral("init")});
    QVERIFY2(again.code == 0, qPrintable(again.err));
    QVERIFY2(again.out.contains(QStringLiteral("already set up")) &&
                 again.out.contains(QStringLiteral("nothing changed")),
             qPrintable(again.out));
    // The group roles exist, cannot log in, and add-person run again changes nothing either.
    auto owner = as(QString());
    QVERIFY(owner);
    auto groups = owner->database().exec(
        QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname LIKE ? AND NOT rolcanlogin"),
        {QVariant(m_room->schema() + QStringLiteral("\\_%"))});
    QVERIFY(groups && groups.value().next());
    QCOMPARE(groups.value().value(0).toInt(), 4);
    const Ctl readd =
        ctl({QStringLiteral("server"), QStringLiteral("add-person"), login(QStringLiteral("olga")),
             QStringLiteral("--name"), QStringLiteral("Olga Other")});
    QVERIFY2(readd.code == 0, qPrintable(readd.err));
    QVERIFY2(readd.out.contains(QStringLiteral("nothing changed")), qPrintable(readd.out));
}

void TestServerRules::initIsRefusedToAMember()
{
    const Ctl init =
        ctl({QStringLiteral("server"), QStringLiteral("init")}, QStringLiteral("olga"));
    QCOMPARE(init.code, 1);
    QVERIFY2(init.err.contains(QStringLiteral("server init is run by the login that owns the "
                                              "schema")),
             qPrintable(init.err));
}

void TestServerRules::addPersonRefusals()
{
    const QString stranger = m_room->schema() + QStringLiteral("_nobody");
    Ctl missing = ctl({QStringLiteral("server"), QStringLiteral("add-person"), stranger,
                       QStringLiteral("--name"), QStringLiteral("No Body")});
    QCOMPARE(missing.code, 1);
    QVERIFY2(missing.err.contains(QStringLiteral("There is no login %1 on this server; create it "
                                                 "first")
                                      .arg(stranger)) &&
                 missing.err.contains(QStringLiteral("CREATE ROLE %1 LOGIN").arg(stranger)),
             qPrintable(missing.err));

    const Ctl group = ctl({QStringLiteral("server"), QStringLiteral("add-person"),
                           m_room->schema() + QStringLiteral("_member"), QStringLiteral("--name"),
                           QStringLiteral("Group Role")});
    QCOMPARE(group.code, 1);
    QVERIFY2(group.err.contains(QStringLiteral("cannot log in")), qPrintable(group.err));

    // One login is one person, one person has one login.
    const Ctl taken =
        ctl({QStringLiteral("server"), QStringLiteral("add-person"), login(QStringLiteral("olga")),
             QStringLiteral("--name"), QStringLiteral("Sam Else"), QStringLiteral("--email"),
             QStringLiteral("sam@example.com")});
    QCOMPARE(taken.code, 1);
    QVERIFY2(taken.err.contains(QStringLiteral("already belongs to Olga Other")),
             qPrintable(taken.err));
    const Ctl twice =
        ctl({QStringLiteral("server"), QStringLiteral("add-person"), login(QStringLiteral("ghost")),
             QStringLiteral("--name"), QStringLiteral("Ines Ic")});
    QCOMPARE(twice.code, 1);
    QVERIFY2(
        twice.err.contains(
            QStringLiteral("already works under the login %1").arg(login(QStringLiteral("ines")))),
        qPrintable(twice.err));

    // A member is no administrator: nothing is written.
    const Ctl member =
        ctl({QStringLiteral("server"), QStringLiteral("add-person"), login(QStringLiteral("ghost")),
             QStringLiteral("--name"), QStringLiteral("Gus Ghost"), QStringLiteral("--email"),
             QStringLiteral("gus@example.com")},
            QStringLiteral("olga"));
    QCOMPARE(member.code, 1);
    QVERIFY2(member.err.contains(QStringLiteral("this login may not do that")),
             qPrintable(member.err));
    // Only the owner makes administrators.
    const Ctl promote =
        ctl({QStringLiteral("server"), QStringLiteral("add-person"), login(QStringLiteral("olga")),
             QStringLiteral("--name"), QStringLiteral("Olga Other"), QStringLiteral("--admin")},
            QStringLiteral("ada"));
    QCOMPARE(promote.code, 1);
    QVERIFY2(promote.err.contains(QStringLiteral("this login may not do that")),
             qPrintable(promote.err));
    auto owner = as(QString());
    QVERIFY(owner);
    auto people = owner->database().exec(QStringLiteral(
        "SELECT count(*) FROM people WHERE name IN ('Gus Ghost', 'No Body', 'Sam Else')"));
    QVERIFY(people && people.value().next());
    QCOMPARE(people.value().value(0).toInt(), 0);

    // On an SQLite file there are no logins.
    QTemporaryDir dir;
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    const int code = cli::run(QStringList{QStringLiteral("warroomctl"), QStringLiteral("--db"),
                                          dir.filePath(QStringLiteral("w.sqlite")),
                                          QStringLiteral("server"), QStringLiteral("init")},
                              QProcessEnvironment(), m_clock, outStream, errStream);
    errStream.flush();
    QCOMPARE(code, 2);
    QVERIFY2(err.contains(QStringLiteral("server works on a PostgreSQL server")), qPrintable(err));
}

void TestServerRules::anAdministratorAddsAPerson()
{
    const Ctl added =
        ctl({QStringLiteral("server"), QStringLiteral("add-person"), login(QStringLiteral("nia")),
             QStringLiteral("--name"), QStringLiteral("Nia New"), QStringLiteral("--slack"),
             QStringLiteral("@nia")},
            QStringLiteral("ada"));
    QVERIFY2(added.code == 0, qPrintable(added.err));
    QVERIFY2(added.out.contains(QStringLiteral("Added Nia New to the people directory")),
             qPrintable(added.out));
    // Recorded under the administrator's own person, and Nia can work at once.
    auto nia = as(QStringLiteral("nia"));
    QVERIFY(nia);
    auto updatedBy = nia->database().exec(
        QStringLiteral("SELECT updated_by FROM people WHERE name = 'Nia New'"));
    QVERIFY(updatedBy && updatedBy.value().next());
    QCOMPARE(updatedBy.value().value(0).toString(), QStringLiteral("Ada Admin"));
    const Ctl note =
        ctl({QStringLiteral("note"), QString::number(m_incident), QStringLiteral("joined")},
            QStringLiteral("nia"));
    QVERIFY2(note.code == 0, qPrintable(note.err));
    QCOMPARE(nia->incidents().timeline(m_incident)->constLast().author, QStringLiteral("Nia New"));
}

void TestServerRules::anUnmappedLoginWritesNothing()
{
    // A login made a member by hand, without add-person: it reads, but writes nothing.
    QVERIFY(test::execOnTestServer(QStringLiteral("GRANT %1_member TO %2")
                                       .arg(m_room->schema(), login(QStringLiteral("ghost")))));
    auto ghost = as(QStringLiteral("ghost"));
    QVERIFY(ghost);
    const QString refused = refusal(
        *ghost,
        QStringLiteral("INSERT INTO timeline_events (incident_id, occurred_at, author, kind, "
                       "payload) VALUES (?, 0, 'Gus Ghost', 'note', '{\"text\": \"boo\"}')"),
        {m_incident});
    QVERIFY2(refused.contains(QStringLiteral("the login %1 is not in this war room's people "
                                             "directory; an administrator runs: warroomctl server "
                                             "add-person %1")
                                  .arg(login(QStringLiteral("ghost")))),
             qPrintable(refused));
    const Ctl note =
        ctl({QStringLiteral("note"), QString::number(m_incident), QStringLiteral("boo")},
            QStringLiteral("ghost"));
    QCOMPARE(note.code, 1);
    QVERIFY2(note.err.contains(QStringLiteral("is not in this war room's people directory")),
             qPrintable(note.err));
    QVERIFY(test::execOnTestServer(QStringLiteral("REVOKE %1_member FROM %2")
                                       .arg(m_room->schema(), login(QStringLiteral("ghost")))));
}

// Rule (a): every row names the login's own person.
void TestServerRules::everyRowCarriesTheLoginsPerson()
{
    auto olga = as(QStringLiteral("olga"));
    QVERIFY(olga);
    const QString asInes = refusal(
        *olga,
        QStringLiteral("INSERT INTO timeline_events (incident_id, occurred_at, author, kind, "
                       "payload) VALUES (?, 0, 'Ines Ic', 'note', '{\"text\": \"close it\"}')"),
        {m_incident});
    QVERIFY2(asInes.contains(QStringLiteral("timeline_events: refused - the login %1 records "
                                            "changes only under its own name, Olga Other, not as "
                                            "\"Ines Ic\"")
                                 .arg(login(QStringLiteral("olga")))),
             qPrintable(asInes));
    const QString declaredAs = refusal(
        *olga, QStringLiteral("INSERT INTO incidents (title, category, severity, detected_at, "
                              "status, declared_at, declared_by, updated_at) VALUES ('t', "
                              "'outage', 'SEV1', 0, 'investigating', 0, 'Ada Admin', 0)"));
    QVERIFY2(declaredAs.contains(QStringLiteral("incidents: refused - the login")),
             qPrintable(declaredAs));
    // Nor rewrites who wrote a row she may update.
    const QString rewritten = refusal(
        *olga, QStringLiteral("UPDATE incidents SET declared_by = 'Olga Other' WHERE id = ?"),
        {m_incident});
    QVERIFY2(rewritten.contains(QStringLiteral("incidents: refused - declared_by records who "
                                               "wrote the row and never changes")),
             qPrintable(rewritten));
    const Result<void> moved = olga->incidents().changeStatus(
        m_incident, IncidentStatus::Identified, QStringLiteral("Olga Other"));
    QVERIFY2(moved, moved ? "" : qPrintable(moved.error().message));
    // The store, under her own name: recorded.
    QVERIFY(olga->incidents().addNote(m_incident, QStringLiteral("on it"),
                                      QStringLiteral("Olga Other")));
    QCOMPARE(olga->incidents().timeline(m_incident)->constLast().author,
             QStringLiteral("Olga Other"));
    // warroomctl records her, whatever --author or WARROOM_AUTHOR say.
    const Ctl typed =
        ctl({QStringLiteral("--author"), QStringLiteral("Ines Ic"), QStringLiteral("note"),
             QString::number(m_incident), QStringLiteral("x")},
            QStringLiteral("olga"));
    QCOMPARE(typed.code, 2);
    QVERIFY2(typed.err.contains(QStringLiteral("--author is not accepted on a server: changes are "
                                               "recorded under your login's name, Olga Other.")),
             qPrintable(typed.err));
}

// A member's own temporary tables come first in an unqualified search unless pg_temp is named in
// the path: the rules must read the real people directory and the real catalog, not a
// "person_logins" that maps Olga to Ines or a "pg_namespace" that makes Olga the schema's owner.
void TestServerRules::temporaryTablesDoNotStandInForTheRealOnes()
{
    auto olga = as(QStringLiteral("olga"));
    QVERIFY(olga);
    Database &db = olga->database();
    for (const QString &sql :
         {QStringLiteral("CREATE TEMP TABLE pg_namespace (nspname name, nspowner oid)"),
          QStringLiteral("INSERT INTO pg_temp.pg_namespace VALUES ('%1', '%2'::regrole)")
              .arg(m_room->schema(), login(QStringLiteral("olga"))),
          QStringLiteral("CREATE TEMP TABLE people (id BIGINT, name TEXT)"),
          QStringLiteral("INSERT INTO pg_temp.people VALUES (1, 'Ines Ic')"),
          QStringLiteral("CREATE TEMP TABLE person_logins (login TEXT, person_id BIGINT)"),
          QStringLiteral("INSERT INTO pg_temp.person_logins VALUES ('%1', 1)")
              .arg(login(QStringLiteral("olga")))}) {
        Result<QSqlQuery> ran = db.exec(sql);
        QVERIFY2(ran, ran ? "" : qPrintable(ran.error().message));
    }
    const QString asInes = refusal(
        *olga,
        QStringLiteral("INSERT INTO timeline_events (incident_id, occurred_at, author, kind, "
                       "payload) VALUES (?, 0, 'Ines Ic', 'note', '{\"text\": \"close it\"}')"),
        {m_incident});
    QVERIFY2(asInes.contains(QStringLiteral("records changes only under its own name, Olga "
                                            "Other, not as \"Ines Ic\"")),
             qPrintable(asInes));
}

// Members update the outbox's delivery state, never what is sent or to whom.
void TestServerRules::aMemberCannotRedirectTheOutbox()
{
    auto olga = as(QStringLiteral("olga"));
    QVERIFY(olga);
    for (const QString &column : {QStringLiteral("recipient"), QStringLiteral("destination"),
                                  QStringLiteral("status_page_status"), QStringLiteral("impact")}) {
        const QString redirected =
            refusal(*olga, QStringLiteral("UPDATE outbox SET %1 = %1 WHERE id = -1").arg(column));
        QVERIFY2(redirected.contains(QStringLiteral("this login may not do that")),
                 qPrintable(column + QStringLiteral(": ") + redirected));
    }
    QCOMPARE(refusal(*olga, QStringLiteral("UPDATE outbox SET state = state, attempts = attempts"
                                           " WHERE id = -1")),
             QString());
}

// WARROOM_SERVER and WARROOM_SCHEMA name the war room; a WARROOM_AUTHOR that names somebody else
// is ignored, with a note.
void TestServerRules::theEnvironmentNamesTheServerNotTheAuthor()
{
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("WARROOM_SERVER"), urlFor(QStringLiteral("olga")));
    environment.insert(QStringLiteral("WARROOM_SCHEMA"), m_room->schema());
    environment.insert(QStringLiteral("WARROOM_AUTHOR"), QStringLiteral("Ines Ic"));
    QString out;
    QString err;
    int code = -1;
    {
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        code = cli::run(QStringList{QStringLiteral("warroomctl"), QStringLiteral("note"),
                                    QString::number(m_incident), QStringLiteral("from the env")},
                        environment, m_clock, outStream, errStream);
    }
    QVERIFY2(code == 0, qPrintable(err));
    QCOMPARE(err, QStringLiteral("warroomctl: note: $WARROOM_AUTHOR (Ines Ic) is ignored on a "
                                 "server; the change is recorded under your login's name, Olga "
                                 "Other.\n"));
    auto olga = as(QStringLiteral("olga"));
    QVERIFY(olga);
    const TimelineEvent last = olga->incidents().timeline(m_incident)->constLast();
    QCOMPARE(last.author, QStringLiteral("Olga Other"));
    QCOMPARE(last.payload.value(QStringLiteral("text")).toString(), QStringLiteral("from the env"));
}

// Rule (b): nobody changes or deletes the timeline, whatever the login.
void TestServerRules::theTimelineStaysAppendOnly()
{
    auto ines = as(QStringLiteral("ines"));
    QVERIFY(ines);
    const QString update = refusal(*ines,
                                   QStringLiteral("UPDATE timeline_events SET author = "
                                                  "'Ines Ic' WHERE incident_id = ?"),
                                   {m_incident});
    QVERIFY2(update.contains(QStringLiteral("permission denied for table timeline_events")),
             qPrintable(update));
    const QString remove = refusal(
        *ines, QStringLiteral("DELETE FROM timeline_events WHERE incident_id = ?"), {m_incident});
    QVERIFY2(remove.contains(QStringLiteral("permission denied")), qPrintable(remove));
    // Not even the owner, who may everything else.
    auto owner = as(QString());
    QVERIFY(owner);
    const QString owned = refusal(*owner,
                                  QStringLiteral("UPDATE timeline_events SET author = "
                                                 "'x' WHERE incident_id = ?"),
                                  {m_incident});
    QVERIFY2(owned.contains(QStringLiteral("timeline_events is append-only")), qPrintable(owned));
}

qint64 TestServerRules::draftInReview(Workspace &product)
{
    auto id = product.drafts().create(
        {m_incident, QStringLiteral("progress-update"), 0, std::nullopt, QString()},
        QStringLiteral("Pia Product"));
    if (!id)
        return 0;
    const QString body = QStringLiteral(
        "We have rolled back yesterday's prompt update on half of the fleet. About "
        "{{affected_users_pct}}% of users are affected.\n\nNext update: {{next_update_utc}}.");
    if (!product.drafts().save(*id, QStringLiteral("Update: {{task_type}} tasks"), body,
                               QStringLiteral("Pia Product")))
        return 0;
    if (!product.signOffGate().submitForReview(*id, QString(), QStringLiteral("Pia Product")))
        return 0;
    return *id;
}

// Rule (c): a legal sign-off comes only from the login holding legal on the incident.
void TestServerRules::onlyLegalSignsOff()
{
    auto pia = as(QStringLiteral("pia"));
    QVERIFY(pia);
    const qint64 draft = draftInReview(*pia);
    QVERIFY(draft);
    const Draft current = *pia->drafts().draft(draft);
    auto olga = as(QStringLiteral("olga"));
    QVERIFY(olga);
    const QString refused = refusal(
        *olga,
        QStringLiteral("INSERT INTO comms_approvals (draft_id, draft_version_id, kind, sha256, "
                       "person, approved_at) VALUES (?, ?, 'legal-signoff', ?, 'Olga Other', 1)"),
        {draft, current.latest.id, current.latest.sha256});
    QVERIFY2(refused.contains(QStringLiteral("comms_approvals: refused - a legal sign-off on "
                                             "incident %1 comes only from the login holding the "
                                             "legal role there; Olga Other (login %2) does not")
                                  .arg(m_incident)
                                  .arg(login(QStringLiteral("olga")))),
             qPrintable(refused));
    auto lea = as(QStringLiteral("lea"));
    QVERIFY(lea);
    m_clock.advanceSecs(60);
    const Result<void> signedOff = lea->signOffGate().signOff(draft, QStringLiteral("Lea Legal"));
    QVERIFY2(signedOff, signedOff ? "" : qPrintable(signedOff.error().message));
}

// Rule (d): an approval as incident commander only from the login holding IC on the incident.
void TestServerRules::onlyTheIcApproves()
{
    auto pia = as(QStringLiteral("pia"));
    QVERIFY(pia);
    const qint64 draft = draftInReview(*pia);
    QVERIFY(draft);
    auto lea = as(QStringLiteral("lea"));
    QVERIFY(lea);
    m_clock.advanceSecs(60);
    QVERIFY(lea->signOffGate().signOff(draft, QStringLiteral("Lea Legal")));
    const Draft current = *pia->drafts().draft(draft);
    m_clock.advanceSecs(60);
    const QString refused = refusal(
        *pia,
        QStringLiteral("INSERT INTO comms_approvals (draft_id, draft_version_id, kind, sha256, "
                       "person, approved_at) VALUES (?, ?, 'ic-approval', ?, 'Pia Product', ?)"),
        {draft, current.latest.id, current.latest.sha256, m_clock.nowUtc().toMSecsSinceEpoch()});
    QVERIFY2(refused.contains(QStringLiteral("comms_approvals: refused - an approval as incident "
                                             "commander on incident %1 comes only from the login "
                                             "holding the incident-commander role there; Pia "
                                             "Product (login %2) does not")
                                  .arg(m_incident)
                                  .arg(login(QStringLiteral("pia")))),
             qPrintable(refused));
    auto ines = as(QStringLiteral("ines"));
    QVERIFY(ines);
    const Result<void> approved =
        ines->signOffGate().approve(draft, QString(), QStringLiteral("Ines Ic"));
    QVERIFY2(approved, approved ? "" : qPrintable(approved.error().message));
}

// Rule (e): a publication only of the current approved text, with its hash.
void TestServerRules::onlyTheApprovedTextIsPublished()
{
    auto pia = as(QStringLiteral("pia"));
    auto lea = as(QStringLiteral("lea"));
    auto ines = as(QStringLiteral("ines"));
    QVERIFY(pia && lea && ines);
    const qint64 draft = draftInReview(*pia);
    QVERIFY(draft);
    m_clock.advanceSecs(60);
    QVERIFY(lea->signOffGate().signOff(draft, QStringLiteral("Lea Legal")));
    m_clock.advanceSecs(60);
    QVERIFY(ines->signOffGate().approve(draft, QString(), QStringLiteral("Ines Ic")));
    const Draft current = *ines->drafts().draft(draft);
    m_clock.advanceSecs(60);
    const QString altered = refusal(
        *ines,
        QStringLiteral("INSERT INTO comms_publications (draft_id, draft_version_id, incident_id, "
                       "channel, kind, template_key, title, body, sha256, published_at, "
                       "published_by) VALUES (?, ?, ?, ?, 'update', 'progress-update', ?, ?, ?, "
                       "?, 'Ines Ic')"),
        {draft, current.latest.id, m_incident, channel::id(current.channel),
         current.latest.renderedTitle, QStringLiteral("All fixed, nothing leaked."),
         current.latest.sha256, m_clock.nowUtc().toMSecsSinceEpoch()});
    QVERIFY2(altered.contains(QStringLiteral("comms_publications: refused - the text is not the "
                                             "latest version with an IC approval")),
             qPrintable(altered));
    const Result<qint64> published = ines->signOffGate().publish(draft, QStringLiteral("Ines Ic"));
    QVERIFY2(published, published ? "" : qPrintable(published.error().message));
}

// Rule (f): a role for oneself only from the IC or an administrator.
void TestServerRules::nobodyAssignsThemselfARole()
{
    auto olga = as(QStringLiteral("olga"));
    QVERIFY(olga);
    const QString raw = refusal(
        *olga,
        QStringLiteral("INSERT INTO timeline_events (incident_id, occurred_at, author, kind, "
                       "payload) VALUES (?, 0, 'Olga Other', 'role_assigned', ?)"),
        {m_incident, payload({{QStringLiteral("role"), QStringLiteral("legal")},
                              {QStringLiteral("person"), QStringLiteral("Olga Other")},
                              {QStringLiteral("override"), true}})});
    QVERIFY2(raw.contains(QStringLiteral("timeline_events: refused - Olga Other (login %1) cannot "
                                         "assign themself the legal role on incident %2: only the "
                                         "incident commander or an administrator")
                              .arg(login(QStringLiteral("olga")))
                              .arg(m_incident)),
             qPrintable(raw));
    const Result<qint64> viaStore =
        olga->roles().assign(m_incident, Role::Support, QStringLiteral("Olga Other"), true,
                             QStringLiteral("Olga Other"));
    QVERIFY(!viaStore);
    QVERIFY2(viaStore.error().message.contains(QStringLiteral("cannot assign themself")),
             qPrintable(viaStore.error().message));
    // Assigning somebody else is anybody's; the IC and an administrator may take a role.
    QVERIFY(olga->roles().assign(m_incident, Role::Support, QStringLiteral("Omar Oncall"), true,
                                 QStringLiteral("Olga Other")));
    auto ines = as(QStringLiteral("ines"));
    QVERIFY(ines);
    const Result<qint64> ic =
        ines->roles().assign(m_incident, Role::CustomerSuccess, QStringLiteral("Ines Ic"), true,
                             QStringLiteral("Ines Ic"));
    QVERIFY2(ic, ic ? "" : qPrintable(ic.error().message));
    auto ada = as(QStringLiteral("ada"));
    QVERIFY(ada);
    const Result<qint64> admin =
        ada->roles().assign(m_incident, Role::CustomerSuccess, QStringLiteral("Ada Admin"), true,
                            QStringLiteral("Ada Admin"));
    QVERIFY2(admin, admin ? "" : qPrintable(admin.error().message));
}

// Rule (g): done or waived only by the owner role's holder or the IC.
void TestServerRules::onlyTheOwnerOrTheIcTicksAnObligation()
{
    auto olga = as(QStringLiteral("olga"));
    QVERIFY(olga);
    const QString raw = refusal(
        *olga,
        QStringLiteral("INSERT INTO timeline_events (incident_id, occurred_at, author, kind, "
                       "payload) VALUES (?, 0, 'Olga Other', 'obligation_done', ?)"),
        {m_incident, payload({{QStringLiteral("obligation"), QStringLiteral("open-channel")},
                              {QStringLiteral("title"), QStringLiteral("Open the channel")}})});
    QVERIFY2(
        raw.contains(QStringLiteral("timeline_events: refused - only the holder of the on-call "
                                    "role or the incident commander on incident %1 ticks "
                                    "\"open-channel\" done or waives it; Olga Other (login "
                                    "%2) holds neither")
                         .arg(m_incident)
                         .arg(login(QStringLiteral("olga")))),
        qPrintable(raw));
    const QString waived = refusal(
        *olga,
        QStringLiteral("INSERT INTO timeline_events (incident_id, occurred_at, author, kind, "
                       "payload) VALUES (?, 0, 'Olga Other', 'obligation_waived', ?)"),
        {m_incident, payload({{QStringLiteral("obligation"), QStringLiteral("confirm-nature")},
                              {QStringLiteral("reason"), QStringLiteral("no")}})});
    QVERIFY2(waived.contains(QStringLiteral("ticks \"confirm-nature\" done or waives it")),
             qPrintable(waived));
    auto omar = as(QStringLiteral("omar"));
    QVERIFY(omar);
    const Result<qint64> done =
        omar->playbookStore().markDone(m_incident, QStringLiteral("open-channel"),
                                       QStringLiteral("#inc"), QStringLiteral("Omar Oncall"));
    QVERIFY2(done, done ? "" : qPrintable(done.error().message));
    auto ines = as(QStringLiteral("ines"));
    QVERIFY(ines);
    const Result<qint64> waivedByIc =
        ines->playbookStore().waive(m_incident, QStringLiteral("confirm-nature"),
                                    QStringLiteral("obvious"), QStringLiteral("Ines Ic"));
    QVERIFY2(waivedByIc, waivedByIc ? "" : qPrintable(waivedByIc.error().message));
}

// sslmode=verify-full against the test cluster (TLS off), or with a root certificate that is not
// there: one line naming what to check, not a bare database error.
void TestServerRules::aFailedTlsConnectionSaysWhatToCheck()
{
    const QByteArray before = qgetenv("PGSSLROOTCERT");
    qputenv("PGSSLROOTCERT",
            QFile::encodeName(QDir::temp().filePath(
                QStringLiteral("warroom-no-such-root-%1.crt").arg(m_room->schema()))));
    QString out;
    QString err;
    int code = -1;
    {
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        code = cli::run(
            QStringList{QStringLiteral("warroomctl"), QStringLiteral("--server"),
                        urlFor(QStringLiteral("olga")) + QStringLiteral("?sslmode=verify-full"),
                        QStringLiteral("--schema"), m_room->schema(), QStringLiteral("list")},
            QProcessEnvironment(), m_clock, outStream, errStream);
    }
    if (before.isNull())
        qunsetenv("PGSSLROOTCERT");
    else
        qputenv("PGSSLROOTCERT", before);
    QCOMPARE(code, 1);
    QVERIFY2(err.contains(QStringLiteral("the secure connection failed")) &&
                 err.contains(QStringLiteral("~/.postgresql/root.crt")),
             qPrintable(err));
    QCOMPARE(err.count(QLatin1Char('\n')), 1);
}

QTEST_GUILESS_MAIN(TestServerRules)
#include "tst_serverrules.moc"
