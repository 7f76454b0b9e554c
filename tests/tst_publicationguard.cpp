#include "commstestsupport.h"
#include "core/comms/commsevents.h"

using namespace warroom;

// The database itself refuses a publication that skipped the gate, whoever writes it: these
// tests write raw SQL, as a bug or a second client would, and keep a positive control so the
// trigger is shown to refuse for the right reason.
class TestPublicationGuard : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void positiveControl();
    void noApprovalRefused();
    void approvalMustNameTheVersionHash();
    void legalSignOffRequired();
    void legalSignOffMustComeFirst();
    void markedDraftNeedsLegal();
    void categoryChangeNeverLowersTheRequirement();
    void categoryChangeRaisesTheRequirement();
    void noSignOffOnceApproved();
    void approvalsOnlyByTheRoleHolders();
    void noApprovalWithoutAnIncidentCommander();
    void onePersonCannotBothSignAndApprove();
    void deletesRefusedWithoutForeignKeys();
    void textMustMatchTheApprovedVersion_data();
    void textMustMatchTheApprovedVersion();
    void onlyTheLatestVersion();
    void placeholdersRefused();
    void legalCategoriesMatchCore_data();
    void legalCategoriesMatchCore();
    void draftStateGuards();
    void publicationsAreAppendOnly();
    void publishRechecksTheHash();

private:
    struct Target
    {
        qint64 incident = 0;
        Draft draft;
    };
    Target cleanDraft(Category category);
    // Raw INSERT of a sign-off or approval; by default as the role's holder on a staffed incident
    // (Ines the IC, Lea legal), legal at 100 ms, the IC at 200 ms.
    bool approve(const Draft &d, const QString &kind, const QString &sha = QString(),
                 const QString &person = QString(), qint64 atMs = -1);
    // INSERT INTO comms_publications copying the draft's latest version; fields may be overridden.
    Result<QSqlQuery> publishRaw(const Draft &d, const QVariantMap &overrides = {});

    std::unique_ptr<test::CommsFixture> m_f;
};

void TestPublicationGuard::init()
{
    m_f = std::make_unique<test::CommsFixture>();
    QVERIFY(m_f->open());
}

TestPublicationGuard::Target TestPublicationGuard::cleanDraft(Category category)
{
    Target t;
    t.incident = m_f->staffedIncident(category);
    const qint64 id = m_f->createDraft(t.incident);
    m_f->makeClean(id);
    t.draft = m_f->drafts->draft(id).value();
    return t;
}

bool TestPublicationGuard::approve(const Draft &d, const QString &kind, const QString &sha,
                                   const QString &person, qint64 atMs)
{
    const bool legal = kind == QLatin1String("legal-signoff");
    const QString who =
        person.isEmpty() ? (legal ? QStringLiteral("Lea") : QStringLiteral("Ines")) : person;
    const qint64 at = atMs >= 0 ? atMs : (legal ? 100 : 200);
    return m_f->database
        ->exec(QStringLiteral("INSERT INTO comms_approvals (draft_id, draft_version_id, kind, "
                              "sha256, person, approved_at)"
                              " VALUES (?, ?, ?, ?, ?, ?)"),
               {d.id, d.latest.id, kind, sha.isEmpty() ? d.latest.sha256 : sha, who, at})
        .ok();
}

Result<QSqlQuery> TestPublicationGuard::publishRaw(const Draft &d, const QVariantMap &overrides)
{
    QVariantMap v{{QStringLiteral("draft_id"), d.id},
                  {QStringLiteral("draft_version_id"), d.latest.id},
                  {QStringLiteral("incident_id"), d.incidentId},
                  {QStringLiteral("channel"), channel::id(d.channel)},
                  {QStringLiteral("title"), d.latest.renderedTitle},
                  {QStringLiteral("body"), d.latest.renderedBody},
                  {QStringLiteral("sha256"), d.latest.sha256}};
    for (auto it = overrides.cbegin(); it != overrides.cend(); ++it)
        v.insert(it.key(), it.value());
    return m_f->database->exec(
        QStringLiteral(
            "INSERT INTO comms_publications (draft_id, draft_version_id, incident_id, channel, "
            "audience,"
            " kind, template_key, title, body, sha256, published_at, published_by)"
            " VALUES (?, ?, ?, ?, '', 'update', 'progress-update', ?, ?, ?, 1000, 'mallory')"),
        {v.value(QStringLiteral("draft_id")), v.value(QStringLiteral("draft_version_id")),
         v.value(QStringLiteral("incident_id")), v.value(QStringLiteral("channel")),
         v.value(QStringLiteral("title")), v.value(QStringLiteral("body")),
         v.value(QStringLiteral("sha256"))});
}

void TestPublicationGuard::positiveControl()
{
    // No legal review needed; the IC's approval of this exact version and hash: accepted.
    const Target t = cleanDraft(Category::Outage);
    QVERIFY(approve(t.draft, QStringLiteral("ic-approval")));
    const Result<QSqlQuery> ok = publishRaw(t.draft);
    QVERIFY2(ok, ok ? "" : qPrintable(ok.error().message));
    QCOMPARE(m_f->count(QStringLiteral("comms_publications")), 1);
    // One publication per draft.
    QVERIFY(!publishRaw(t.draft));
}

void TestPublicationGuard::noApprovalRefused()
{
    const Target t = cleanDraft(Category::Outage);
    const Result<QSqlQuery> refused = publishRaw(t.draft);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QStringLiteral("comms_publications: refused")),
             qPrintable(refused.error().message));
    // An approval only by the legal kind does not stand in for the IC's.
    QVERIFY(approve(t.draft, QStringLiteral("legal-signoff")));
    QVERIFY(!publishRaw(t.draft));
    QCOMPARE(m_f->count(QStringLiteral("comms_publications")), 0);
}

void TestPublicationGuard::approvalMustNameTheVersionHash()
{
    const Target t = cleanDraft(Category::Outage);
    QVERIFY(!approve(t.draft, QStringLiteral("ic-approval"), QString(64, QLatin1Char('0'))));
    // Nor can an approval name another draft's version.
    const qint64 other = m_f->createDraft(t.incident);
    Draft crossed = t.draft;
    crossed.id = other;
    QVERIFY(!approve(crossed, QStringLiteral("ic-approval")));
    QCOMPARE(m_f->count(QStringLiteral("comms_approvals")), 0);
}

void TestPublicationGuard::legalSignOffRequired()
{
    const Target t = cleanDraft(Category::DataLeak);
    QVERIFY(!approve(t.draft, QStringLiteral("ic-approval")));
    QVERIFY(!publishRaw(t.draft));
}

void TestPublicationGuard::legalSignOffMustComeFirst()
{
    const Target t = cleanDraft(Category::OutputErrorLoss);
    // The IC cannot approve a draft that needs legal before legal signed it off ...
    QVERIFY(!approve(t.draft, QStringLiteral("ic-approval")));
    // ... and order is by time, not by row id: a sign-off at 300 ms does not precede an
    // approval stamped 200 ms, whichever row is written first.
    QVERIFY(approve(t.draft, QStringLiteral("legal-signoff"), QString(), QString(), 300));
    QVERIFY(!approve(t.draft, QStringLiteral("ic-approval"), QString(), QString(), 200));
    QVERIFY(!publishRaw(t.draft));
    QVERIFY(approve(t.draft, QStringLiteral("ic-approval"), QString(), QString(), 400));
    QVERIFY(publishRaw(t.draft));
}

void TestPublicationGuard::noSignOffOnceApproved()
{
    // A draft marked for legal after the IC approved it: a sign-off recorded now, even one
    // stamped with an earlier time, comes after the approval and is refused.
    const Target t = cleanDraft(Category::Outage);
    QVERIFY(approve(t.draft, QStringLiteral("ic-approval"), QString(), QString(), 200));
    QVERIFY(!approve(t.draft, QStringLiteral("legal-signoff"), QString(), QString(), 100));
    QCOMPARE(m_f->count(QStringLiteral("comms_approvals")), 1);
}

void TestPublicationGuard::approvalsOnlyByTheRoleHolders()
{
    const Target t = cleanDraft(Category::DataLeak);
    // Someone who holds no role on the incident.
    QVERIFY(
        !approve(t.draft, QStringLiteral("legal-signoff"), QString(), QStringLiteral("mallory")));
    // The product owner is not legal; the IC is not legal either.
    QVERIFY(!approve(t.draft, QStringLiteral("legal-signoff"), QString(), QStringLiteral("Pia")));
    QVERIFY(approve(t.draft, QStringLiteral("legal-signoff"), QString(), QStringLiteral(" lea ")));
    QVERIFY(!approve(t.draft, QStringLiteral("ic-approval"), QString(), QStringLiteral("mallory")));
    QVERIFY(!approve(t.draft, QStringLiteral("ic-approval"), QString(), QStringLiteral("Lea")));
    // The IC role handed over: the former holder can no longer approve, the new one can.
    QVERIFY(m_f->assign(t.incident, Role::IncidentCommander, QStringLiteral("Ivo")));
    QVERIFY(!approve(t.draft, QStringLiteral("ic-approval"), QString(), QStringLiteral("Ines")));
    QVERIFY(approve(t.draft, QStringLiteral("ic-approval"), QString(), QStringLiteral("Ivo")));
    QVERIFY(publishRaw(t.draft));
}

void TestPublicationGuard::noApprovalWithoutAnIncidentCommander()
{
    const qint64 incident = m_f->declare(Category::Outage); // nobody assigned
    const qint64 id = m_f->createDraft(incident);
    QVERIFY(m_f->makeClean(id));
    const Draft d = m_f->drafts->draft(id).value();
    QVERIFY(!approve(d, QStringLiteral("ic-approval"), QString(), QStringLiteral("Ines")));
    QVERIFY(!publishRaw(d));
    // Assigned, then unassigned: gone again.
    QVERIFY(m_f->assign(incident, Role::IncidentCommander, QStringLiteral("Ines")));
    QVERIFY(
        m_f->incidents->appendEvent(incident, QString::fromLatin1(eventkind::RoleUnassigned),
                                    {{QStringLiteral("role"), QStringLiteral("incident-commander")},
                                     {QStringLiteral("person"), QStringLiteral("Ines")}},
                                    QStringLiteral("olga")));
    QVERIFY(!approve(d, QStringLiteral("ic-approval"), QString(), QStringLiteral("Ines")));
    QCOMPARE(m_f->count(QStringLiteral("comms_approvals")), 0);
}

void TestPublicationGuard::onePersonCannotBothSignAndApprove()
{
    const Target t = cleanDraft(Category::DataLeak);
    // Lea signs off through the gate, then takes the IC role as well.
    QVERIFY(m_f->gate->submitForReview(t.draft.id, QString(), QStringLiteral("Pia")));
    QVERIFY(m_f->gate->signOff(t.draft.id, QStringLiteral("Lea")));
    QVERIFY(m_f->assign(t.incident, Role::IncidentCommander, QStringLiteral("Lea")));
    QVERIFY(!approve(t.draft, QStringLiteral("ic-approval"), QString(), QStringLiteral("LEA"),
                     m_f->clock.nowUtc().toMSecsSinceEpoch()));
    // The C++ gate says so in words before the database has to.
    const Result<void> refused = m_f->gate->approve(t.draft.id, QString(), QStringLiteral("Lea"));
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QStringLiteral("four eyes")),
             qPrintable(refused.error().message));
}

void TestPublicationGuard::deletesRefusedWithoutForeignKeys()
{
    const Target t = cleanDraft(Category::Outage);
    QVERIFY(approve(t.draft, QStringLiteral("ic-approval")));
    QVERIFY(publishRaw(t.draft));
    QVERIFY(m_f->database->exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
    QVERIFY(!m_f->database->exec(QStringLiteral("DELETE FROM comms_publications")));
    QVERIFY(!m_f->database->exec(QStringLiteral("DELETE FROM comms_drafts")));
    QVERIFY(!m_f->database->exec(QStringLiteral("DELETE FROM incidents")));
    QCOMPARE(m_f->count(QStringLiteral("incidents")), 1);
    QCOMPARE(m_f->count(QStringLiteral("comms_drafts")), 1);
    QCOMPARE(m_f->count(QStringLiteral("comms_publications")), 1);
}

void TestPublicationGuard::markedDraftNeedsLegal()
{
    const Target t = cleanDraft(Category::Outage);
    QVERIFY(m_f->drafts->markNeedsLegal(t.draft.id, QStringLiteral("Pia")));
    QVERIFY(!approve(t.draft, QStringLiteral("ic-approval")));
    QVERIFY(!publishRaw(t.draft));
}

void TestPublicationGuard::categoryChangeNeverLowersTheRequirement()
{
    // Defect 5 of issue 9: data leak -> outage -> approve -> publish -> data leak again.
    const Target t = cleanDraft(Category::DataLeak);
    QVERIFY(t.draft.needsLegal);
    IncidentFields fields = m_f->incidents->incident(t.incident)->fields;
    fields.category = Category::Outage;
    QVERIFY(m_f->incidents->updateFields(t.incident, fields, QStringLiteral("olga")));
    QVERIFY(m_f->drafts->draft(t.draft.id)->needsLegal); // fixed at creation, never lowered
    const Result<void> refused = m_f->gate->approve(t.draft.id, QString(), QStringLiteral("Ines"));
    QVERIFY(!refused);
    QVERIFY(!approve(t.draft, QStringLiteral("ic-approval")));
    QVERIFY(!publishRaw(t.draft));
}

void TestPublicationGuard::categoryChangeRaisesTheRequirement()
{
    const Target t = cleanDraft(Category::Outage);
    QVERIFY(!t.draft.needsLegal);
    QVERIFY(m_f->gate->approve(t.draft.id, QString(), QStringLiteral("Ines")));
    QCOMPARE(m_f->state(t.draft.id), DraftState::IcApproved);
    IncidentFields fields = m_f->incidents->incident(t.incident)->fields;
    fields.category = Category::DataLeak;
    QVERIFY(m_f->incidents->updateFields(t.incident, fields, QStringLiteral("olga")));
    // Raised, and the approval given without legal is void: back to draft, recorded.
    const Draft after = m_f->drafts->draft(t.draft.id).value();
    QVERIFY(after.needsLegal);
    QCOMPARE(after.state, DraftState::Draft);
    QVERIFY(m_f->eventKinds(t.incident).contains(QLatin1String(eventkind::DraftVoided)));
    // The timeline says it in words, without internal ids.
    const TimelineEvent voided = m_f->lastEvent(t.incident);
    QCOMPARE(voided.kind, QLatin1String(eventkind::DraftVoided));
    QCOMPARE(describeEvent(voided),
             QStringLiteral("Draft #%1 went back to draft (it was IC approved) because the "
                            "category changed to Customer data leak or compliance event, which "
                            "needs legal review: IC approval by Ines")
                 .arg(t.draft.number));
    QVERIFY(!m_f->gate->publish(t.draft.id, QStringLiteral("Ines")));
    QVERIFY(!publishRaw(t.draft));
    QCOMPARE(m_f->count(QStringLiteral("comms_publications")), 0);
}

void TestPublicationGuard::textMustMatchTheApprovedVersion_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QVariant>("value");
    QTest::newRow("body changed") << QStringLiteral("body")
                                  << QVariant(QStringLiteral("All systems operational."));
    QTest::newRow("title changed")
        << QStringLiteral("title") << QVariant(QStringLiteral("Resolved"));
    QTest::newRow("hash of other text")
        << QStringLiteral("sha256") << QVariant(QString(64, QLatin1Char('a')));
    QTest::newRow("other channel")
        << QStringLiteral("channel") << QVariant(QStringLiteral("email"));
    QTest::newRow("other incident") << QStringLiteral("incident_id") << QVariant(qint64(999));
}

void TestPublicationGuard::textMustMatchTheApprovedVersion()
{
    QFETCH(QString, field);
    QFETCH(QVariant, value);
    const Target t = cleanDraft(Category::Outage);
    QVERIFY(approve(t.draft, QStringLiteral("ic-approval")));
    QVERIFY(!publishRaw(t.draft, {{field, value}}));
    QVERIFY(publishRaw(t.draft)); // the unchanged row passes
}

void TestPublicationGuard::onlyTheLatestVersion()
{
    const Target t = cleanDraft(Category::Outage);
    QVERIFY(approve(t.draft, QStringLiteral("ic-approval")));
    QVERIFY(m_f->drafts->save(t.draft.id, t.draft.latest.title,
                              t.draft.latest.body + QStringLiteral(" More."),
                              QStringLiteral("Pia")));
    QVERIFY(!publishRaw(t.draft)); // the approved version is no longer the text of the draft
}

void TestPublicationGuard::placeholdersRefused()
{
    const qint64 incident = m_f->staffedIncident(Category::Outage);
    const Draft d = m_f->drafts->draft(m_f->createDraft(incident)).value(); // unfilled placeholders
    QVERIFY(d.latest.renderedBody.contains(QStringLiteral("{{")));
    QVERIFY(approve(d, QStringLiteral("ic-approval")));
    QVERIFY(!publishRaw(d));
}

void TestPublicationGuard::legalCategoriesMatchCore_data()
{
    QTest::addColumn<Category>("category");
    for (Category c : category::all())
        QTest::newRow(qPrintable(category::id(c))) << c;
}

void TestPublicationGuard::legalCategoriesMatchCore()
{
    QFETCH(Category, category);
    // The draft's stored requirement, fixed from the playbook at creation, is what the trigger
    // reads: the playbook's legal categories and nothing else.
    const Target t = cleanDraft(category);
    QCOMPARE(t.draft.needsLegal, m_f->playbook.needsLegalReview(category));
    QCOMPARE(approve(t.draft, QStringLiteral("ic-approval")),
             !m_f->playbook.needsLegalReview(category));
    QCOMPARE(publishRaw(t.draft).ok(), !m_f->playbook.needsLegalReview(category));
}

void TestPublicationGuard::draftStateGuards()
{
    const Target t = cleanDraft(Category::Outage);
    QVERIFY(!m_f->database->exec(
        QStringLiteral("UPDATE comms_drafts SET state = 'published' WHERE id = ?"), {t.draft.id}));
    QVERIFY(m_f->database->exec(
        QStringLiteral("UPDATE comms_drafts SET state = 'ic-approved' WHERE id = ?"),
        {t.draft.id}));
    QVERIFY(m_f->gate->publish(t.draft.id, QStringLiteral("Ines"))
                .error()
                .message.contains(QStringLiteral("IC approval")));
    QVERIFY(approve(t.draft, QStringLiteral("ic-approval")));
    QVERIFY(m_f->gate->publish(t.draft.id, QStringLiteral("Ines")));
    QVERIFY(!m_f->database->exec(
        QStringLiteral("UPDATE comms_drafts SET state = 'draft' WHERE id = ?"), {t.draft.id}));
}

void TestPublicationGuard::publicationsAreAppendOnly()
{
    const Target t = cleanDraft(Category::Outage);
    QVERIFY(approve(t.draft, QStringLiteral("ic-approval")));
    QVERIFY(publishRaw(t.draft));
    QVERIFY(!m_f->database->exec(QStringLiteral("UPDATE comms_publications SET body = 'x'")));
    QVERIFY(!m_f->database->exec(QStringLiteral("DELETE FROM comms_publications")));
    QVERIFY(!m_f->database->exec(QStringLiteral("DELETE FROM comms_approvals")));
    QVERIFY(!m_f->database->exec(QStringLiteral("UPDATE comms_approvals SET sha256 = ?"),
                                 {QString(64, QLatin1Char('b'))}));
}

void TestPublicationGuard::publishRechecksTheHash()
{
    const Target t = cleanDraft(Category::Outage);
    QVERIFY(m_f->gate->approve(t.draft.id, QString(), QStringLiteral("Ines")));
    // Someone goes around the append-only trigger and rewrites the approved text.
    QVERIFY(m_f->database->exec(QStringLiteral("DROP TRIGGER comms_draft_versions_no_update")));
    QVERIFY(m_f->database->exec(
        QStringLiteral("UPDATE comms_draft_versions SET rendered_body = 'All good.' WHERE id = ?"),
        {t.draft.latest.id}));
    const Result<qint64> refused = m_f->gate->publish(t.draft.id, QStringLiteral("Ines"));
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::Corrupt);
    QCOMPARE(m_f->count(QStringLiteral("comms_publications")), 0);
}

QTEST_GUILESS_MAIN(TestPublicationGuard)
#include "tst_publicationguard.moc"
