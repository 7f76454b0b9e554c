#include "commstestsupport.h"

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
    bool approve(const Draft &d, const QString &kind, const QString &sha = QString());
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

bool TestPublicationGuard::approve(const Draft &d, const QString &kind, const QString &sha)
{
    return m_f->database
        ->exec(QStringLiteral("INSERT INTO comms_approvals (draft_id, draft_version_id, kind, "
                              "sha256, person, approved_at)"
                              " VALUES (?, ?, ?, ?, 'mallory', 0)"),
               {d.id, d.latest.id, kind, sha.isEmpty() ? d.latest.sha256 : sha})
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
            " VALUES (?, ?, ?, ?, '', 'update', 'progress-update', ?, ?, ?, 0, 'mallory')"),
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
    QVERIFY(approve(t.draft, QStringLiteral("ic-approval")));
    QVERIFY(!publishRaw(t.draft));
}

void TestPublicationGuard::legalSignOffMustComeFirst()
{
    const Target t = cleanDraft(Category::OutputErrorLoss);
    QVERIFY(approve(t.draft, QStringLiteral("ic-approval")));
    QVERIFY(approve(t.draft, QStringLiteral("legal-signoff"))); // after the IC: does not count
    QVERIFY(!publishRaw(t.draft));
    QVERIFY(approve(t.draft, QStringLiteral("ic-approval"))); // an IC approval after the sign-off
    QVERIFY(publishRaw(t.draft));
}

void TestPublicationGuard::markedDraftNeedsLegal()
{
    const Target t = cleanDraft(Category::Outage);
    QVERIFY(m_f->drafts->markNeedsLegal(t.draft.id, QStringLiteral("Pia")));
    QVERIFY(approve(t.draft, QStringLiteral("ic-approval")));
    QVERIFY(!publishRaw(t.draft));
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
    // The trigger's list of categories that need legal review is the core rule's list.
    const Target t = cleanDraft(category);
    QVERIFY(approve(t.draft, QStringLiteral("ic-approval")));
    QCOMPARE(publishRaw(t.draft).ok(), !draftgate::legalRequired(category, false));
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
