#include "comms/templates/commstemplate.h"
#include "commstestsupport.h"
#include "core/comms/commsevents.h"
#include "storage/migrations/migrations.h"

#include <QSignalSpy>

using namespace warroom;

// Templates and drafts in storage: versions, rendering at save, timeline events, refusals.
class TestCommsStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void seededTemplates();
    void upgradeFromVersion1SeedsTemplates();
    void upgradeToVersion5KeepsTheLegalRequirement();
    void templateVersions();
    void templateRefusals();
    void templatesAreAppendOnly();
    void createDraft();
    void createRefusals();
    void saveAddsVersions();
    void saveRefusals();
    void renderedTextIsFrozenAtSave();
    void draftVersionsAreAppendOnly();
    void markNeedsLegal();
    void hashIncludesChannel();
    void describedOnTheTimeline();

private:
    std::unique_ptr<test::CommsFixture> m_f;
};

void TestCommsStore::init()
{
    m_f = std::make_unique<test::CommsFixture>();
    QVERIFY(m_f->open());
}

void TestCommsStore::seededTemplates()
{
    const auto stored = m_f->templates->templates();
    QVERIFY(stored);
    const QList<CommsTemplate> builtin = commstemplate::builtin();
    QCOMPARE(stored->size(), builtin.size());
    QCOMPARE(stored->size(), 10);
    for (qsizetype i = 0; i < builtin.size(); ++i) {
        const CommsTemplate &t = stored->at(i);
        QCOMPARE(t.key, builtin.at(i).key);
        QCOMPARE(t.version, 1);
        QCOMPARE(t.body, builtin.at(i).body);
        QCOMPARE(t.title, builtin.at(i).title);
        QCOMPARE(t.channel, builtin.at(i).channel);
        QCOMPARE(t.categories, builtin.at(i).categories);
        QCOMPARE(t.createdBy, QString::fromLatin1(TemplateStore::BuiltinAuthor));
    }
}

void TestCommsStore::upgradeFromVersion1SeedsTemplates()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("v1.sqlite"));
    ManualClock clock(test::testStart());
    qint64 incidentId = 0;
    {
        auto old = Database::openAtVersion(DatabaseConfig::sqlite(file), 1);
        QVERIFY(old);
        QVERIFY(!old.value()->connection().tables().contains(QStringLiteral("comms_templates")));
        IncidentStore store(*old.value(), clock);
        incidentId = store.declare(test::validFields(), QStringLiteral("olga")).value();
    }
    auto db = Database::open(DatabaseConfig::sqlite(file));
    QVERIFY2(db, db ? "" : qPrintable(db.error().message));
    IncidentStore incidents(*db.value(), clock);
    TemplateStore templates(*db.value(), clock);
    DraftStore drafts(*db.value(), incidents, templates, m_f->playbook);
    QCOMPARE(templates.templates()->size(), 10);
    // An incident declared before the upgrade gets drafts like any other.
    QVERIFY(drafts.create({incidentId, QStringLiteral("resolved"), 0, std::nullopt, QString()},
                          QStringLiteral("pia")));
}

// Version 4 decided "needs legal" from the incident's category at each gate step; version 5
// stores it on the draft. Drafts written under version 4 keep what it required of them.
void TestCommsStore::upgradeToVersion5KeepsTheLegalRequirement()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("v4.sqlite"));
    ManualClock clock(test::testStart());
    Playbook v4Rule = m_f->playbook; // version 4 wrote needs_legal = 0 unless marked
    v4Rule.legalReviewCategories.clear();
    qint64 leakDraft = 0;
    qint64 outageDraft = 0;
    {
        auto old = Database::openAtVersion(DatabaseConfig::sqlite(file), 4);
        QVERIFY(old);
        IncidentStore incidents(*old.value(), clock);
        TemplateStore templates(*old.value(), clock);
        DraftStore drafts(*old.value(), incidents, templates, v4Rule);
        IncidentFields leak = test::validFields();
        leak.category = Category::DataLeak;
        const qint64 leakIncident = incidents.declare(leak, QStringLiteral("olga")).value();
        const qint64 outageIncident =
            incidents.declare(test::validFields(), QStringLiteral("olga")).value();
        leakDraft =
            drafts
                .create({leakIncident, QStringLiteral("data-incident"), 0, std::nullopt, QString()},
                        QStringLiteral("pia"))
                .value();
        outageDraft =
            drafts
                .create({outageIncident, QStringLiteral("resolved"), 0, std::nullopt, QString()},
                        QStringLiteral("pia"))
                .value();
        QVERIFY(!drafts.draft(leakDraft)->needsLegal);
    }
    auto db = Database::open(DatabaseConfig::sqlite(file));
    QVERIFY2(db, db ? "" : qPrintable(db.error().message));
    IncidentStore incidents(*db.value(), clock);
    TemplateStore templates(*db.value(), clock);
    DraftStore drafts(*db.value(), incidents, templates, m_f->playbook);
    QVERIFY(drafts.draft(leakDraft)->needsLegal);
    QVERIFY(!drafts.draft(outageDraft)->needsLegal);
}

void TestCommsStore::templateVersions()
{
    QSignalSpy changed(m_f->templates.get(), &TemplateStore::templatesChanged);
    CommsTemplate t = m_f->templates->find(QStringLiteral("progress-update")).value();
    const QString original = t.body;
    t.body = QStringLiteral(
        "Update at {{now_utc}}: {{progress_summary}}\n\nNext update: {{next_update_utc}}.\n");
    m_f->clock.advanceSecs(60);
    QCOMPARE(m_f->templates->save(t, QStringLiteral("pia")).value(), 2);
    QCOMPARE(changed.count(), 1);
    // Saving the same content again adds nothing.
    QCOMPARE(m_f->templates->save(t, QStringLiteral("pia")).value(), 2);
    QCOMPARE(changed.count(), 1);

    const QList<CommsTemplate> versions = m_f->templates->versions(t.key).value();
    QCOMPARE(versions.size(), 2);
    QCOMPARE(versions.at(0).body, original); // the old version stays readable
    QCOMPARE(versions.at(1).body, t.body);
    QCOMPARE(versions.at(1).createdBy, QStringLiteral("pia"));
    QCOMPARE(versions.at(1).createdAt, test::testStart().addSecs(60));
    QCOMPARE(m_f->templates->find(t.key, 1)->body, original);
    QCOMPARE(m_f->templates->find(t.key)->version, 2);
    QCOMPARE(m_f->templates->templates()->size(), 10); // still one entry per template

    // A new key starts at version 1 and is listed after the built-in ones.
    CommsTemplate own = t;
    own.key = QStringLiteral("acme-maintenance");
    own.name = QStringLiteral("Maintenance notice");
    QCOMPARE(m_f->templates->save(own, QStringLiteral("pia")).value(), 1);
    QCOMPARE(m_f->templates->templates()->constLast().key, own.key);
    // A draft made now starts from the latest version.
    const qint64 incident = m_f->declare(Category::Outage);
    const qint64 draft = m_f->createDraft(incident);
    QCOMPARE(m_f->drafts->draft(draft)->templateVersion, 2);
}

void TestCommsStore::templateRefusals()
{
    CommsTemplate t = m_f->templates->find(QStringLiteral("resolved")).value();
    t.body = QStringLiteral("Resolved at {{restored_at}}.");
    auto refused = m_f->templates->save(t, QStringLiteral("pia"));
    QVERIFY(!refused);
    QCOMPARE(refused.error().field, QStringLiteral("body"));
    QVERIFY2(refused.error().message.contains(QStringLiteral("{{restored_at_utc}}")),
             qPrintable(refused.error().message));
    t = m_f->templates->find(QStringLiteral("resolved")).value();
    QCOMPARE(m_f->templates->save(t, QStringLiteral("  ")).error().field, QStringLiteral("author"));
    QCOMPARE(m_f->templates->find(QStringLiteral("nope")).error().code, Error::Code::NotFound);
    QCOMPARE(m_f->templates->find(QStringLiteral("resolved"), 7).error().code,
             Error::Code::NotFound);
    QCOMPARE(m_f->templates->versions(QStringLiteral("resolved"))->size(), 1);
}

void TestCommsStore::templatesAreAppendOnly()
{
    QVERIFY(!m_f->database->exec(QStringLiteral("UPDATE comms_templates SET body = 'x'")));
    QVERIFY(!m_f->database->exec(QStringLiteral("DELETE FROM comms_templates")));
    QCOMPARE(m_f->count(QStringLiteral("comms_templates")), 10);
}

void TestCommsStore::createDraft()
{
    const qint64 incident = m_f->declare(Category::BehaviorAnomaly);
    QSignalSpy changed(m_f->drafts.get(), &DraftStore::draftsChanged);
    m_f->clock.advanceSecs(120);
    const qint64 id = m_f->createDraft(incident);
    QVERIFY(id > 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.constFirst().constFirst().toLongLong(), incident);

    const Draft d = m_f->drafts->draft(id).value();
    QCOMPARE(d.incidentId, incident);
    QCOMPARE(d.channel, Channel::StatusPage);
    QCOMPARE(d.kind, QStringLiteral("update"));
    QCOMPARE(d.templateKey, QStringLiteral("progress-update"));
    QCOMPARE(d.state, DraftState::Draft);
    QCOMPARE(d.latest.version, 1);
    QCOMPARE(d.latest.title, QStringLiteral("Update: {{task_type}} tasks"));
    QCOMPARE(d.latest.renderedTitle, QStringLiteral("Update: email drafting tasks"));
    QVERIFY(d.latest.renderedBody.contains(
        QStringLiteral("Update at 03:02 UTC: {{progress_summary}}")));
    QVERIFY(d.latest.renderedBody.contains(QStringLiteral("approximately 8% of users")));
    QVERIFY(d.latest.renderedBody.contains(QStringLiteral("Next update: 03:32 UTC")));
    QCOMPARE(d.latest.sha256,
             announcementHash(d.channel, d.latest.renderedTitle, d.latest.renderedBody));
    QCOMPARE(d.createdBy, QStringLiteral("Pia"));

    const TimelineEvent e = m_f->lastEvent(incident);
    QCOMPARE(e.kind, QString::fromLatin1(eventkind::DraftCreated));
    QCOMPARE(e.author, QStringLiteral("Pia"));
    QCOMPARE(e.payload.value(QLatin1String("draft_id")).toInteger(), id);
    QCOMPARE(e.payload.value(QLatin1String("template")).toString(),
             QStringLiteral("progress-update"));
    QCOMPARE(e.payload.value(QLatin1String("channel")).toString(), QStringLiteral("status-page"));
    QCOMPARE(e.payload.value(QLatin1String("sha256")).toString(), d.latest.sha256);

    // Another channel and an audience.
    const qint64 email = m_f->drafts
                             ->create({incident, QStringLiteral("progress-update"), 1,
                                       Channel::KeyAccount, QStringLiteral("Acme Corp")},
                                      QStringLiteral("Pia"))
                             .value();
    QCOMPARE(m_f->drafts->draft(email)->channel, Channel::KeyAccount);
    QCOMPARE(m_f->drafts->draft(email)->audience, QStringLiteral("Acme Corp"));
    QCOMPARE(m_f->drafts->drafts(incident)->size(), 2);
    QVERIFY(m_f->drafts->drafts(incident + 1)->isEmpty());
}

void TestCommsStore::createRefusals()
{
    const qint64 incident = m_f->declare(Category::Outage);
    const int events = int(m_f->eventKinds(incident).size());
    QCOMPARE(m_f->drafts
                 ->create({incident, QStringLiteral("nope"), 0, std::nullopt, QString()},
                          QStringLiteral("p"))
                 .error()
                 .code,
             Error::Code::NotFound);
    QCOMPARE(m_f->drafts
                 ->create({incident + 9, QStringLiteral("resolved"), 0, std::nullopt, QString()},
                          QStringLiteral("p"))
                 .error()
                 .code,
             Error::Code::NotFound);
    QCOMPARE(
        m_f->drafts
            ->create({incident, QStringLiteral("resolved"), 0, std::nullopt, QString()}, QString())
            .error()
            .field,
        QStringLiteral("author"));
    QCOMPARE(m_f->drafts
                 ->create({incident, QStringLiteral("resolved"), 0, std::nullopt,
                           QString(121, QLatin1Char('a'))},
                          QStringLiteral("p"))
                 .error()
                 .field,
             QStringLiteral("audience"));
    QCOMPARE(m_f->count(QStringLiteral("comms_drafts")), 0); // nothing half-written
    QCOMPARE(m_f->eventKinds(incident).size(), events);
}

void TestCommsStore::saveAddsVersions()
{
    const qint64 incident = m_f->declare(Category::Outage);
    const qint64 id = m_f->createDraft(incident);
    QSignalSpy changed(m_f->drafts.get(), &DraftStore::draftsChanged);
    const auto saved = m_f->drafts->save(id, test::CommsFixture::cleanTitle(),
                                         test::CommsFixture::cleanBody(), QStringLiteral("Pia"));
    QVERIFY(saved);
    QCOMPARE(saved->version, 2);
    QVERIFY(saved->changed);
    QVERIFY(!saved->voided);
    QCOMPARE(changed.count(), 1);
    const Draft d = m_f->drafts->draft(id).value();
    QCOMPARE(d.latest.body, test::CommsFixture::cleanBody());
    QCOMPARE(m_f->lastEvent(incident).kind, QString::fromLatin1(eventkind::DraftSaved));
    QCOMPARE(m_f->lastEvent(incident).payload.value(QLatin1String("sha256")).toString(),
             d.latest.sha256);
    QCOMPARE(m_f->lastEvent(incident).payload.value(QLatin1String("version")).toInt(), 2);

    const QList<DraftVersion> versions = m_f->drafts->versions(id).value();
    QCOMPARE(versions.size(), 2);
    QCOMPARE(versions.at(0).title,
             QStringLiteral("Update: {{task_type}} tasks")); // version 1 untouched
    QVERIFY(versions.at(0).sha256 != versions.at(1).sha256);

    // The same text again: no version, no event, no signal.
    const int events = int(m_f->eventKinds(incident).size());
    const auto again = m_f->drafts->save(id, test::CommsFixture::cleanTitle(),
                                         test::CommsFixture::cleanBody(), QStringLiteral("Pia"));
    QVERIFY(again && !again->changed);
    QCOMPARE(again->version, 2);
    QCOMPARE(m_f->eventKinds(incident).size(), events);
    QCOMPARE(changed.count(), 1);
}

void TestCommsStore::saveRefusals()
{
    const qint64 incident = m_f->declare(Category::Outage);
    const qint64 id = m_f->createDraft(incident);
    QCOMPARE(m_f->drafts
                 ->save(id, QStringLiteral("two\nlines"), QStringLiteral("b"), QStringLiteral("p"))
                 .error()
                 .field,
             QStringLiteral("title"));
    QCOMPARE(m_f->drafts->save(id, QStringLiteral("t"), QStringLiteral(" \n "), QStringLiteral("p"))
                 .error()
                 .field,
             QStringLiteral("body"));
    QCOMPARE(
        m_f->drafts
            ->save(id, QStringLiteral("t"), QString(20001, QLatin1Char('x')), QStringLiteral("p"))
            .error()
            .field,
        QStringLiteral("body"));
    QCOMPARE(
        m_f->drafts->save(id, QStringLiteral("t"), QStringLiteral("b"), QString()).error().field,
        QStringLiteral("author"));
    QCOMPARE(
        m_f->drafts->save(id + 50, QStringLiteral("t"), QStringLiteral("b"), QStringLiteral("p"))
            .error()
            .code,
        Error::Code::NotFound);
    QCOMPARE(m_f->drafts->versions(id)->size(), 1);
}

void TestCommsStore::renderedTextIsFrozenAtSave()
{
    const qint64 incident = m_f->declare(Category::Outage);
    const qint64 id = m_f->createDraft(incident);
    QVERIFY(m_f->makeClean(id));
    const QString before = m_f->drafts->draft(id)->latest.renderedBody;
    QVERIFY(before.contains(QStringLiteral("About 8% of users")));
    IncidentFields f = test::validFields();
    f.category = Category::Outage;
    f.affectedUsersPct = 15;
    QVERIFY(m_f->incidents->updateFields(incident, f, QStringLiteral("olga")));
    // What was saved (and may be signed) does not change under it...
    QCOMPARE(m_f->drafts->draft(id)->latest.renderedBody, before);
    // ...the live check shows the new value, and the next save takes it.
    const Draft d = m_f->drafts->draft(id).value();
    QVERIFY(m_f->drafts->check(d, d.latest.title, d.latest.body)
                ->body.text.contains(QStringLiteral("About 15% of users")));
    QVERIFY(m_f->drafts->save(id, d.latest.title, d.latest.body + QStringLiteral(" "),
                              QStringLiteral("Pia")));
    QVERIFY(
        m_f->drafts->draft(id)->latest.renderedBody.contains(QStringLiteral("About 15% of users")));
}

void TestCommsStore::draftVersionsAreAppendOnly()
{
    const qint64 id = m_f->createDraft(m_f->declare(Category::Outage));
    QVERIFY(id > 0);
    QVERIFY(!m_f->database->exec(QStringLiteral("UPDATE comms_draft_versions SET body = 'x'")));
    QVERIFY(!m_f->database->exec(QStringLiteral("DELETE FROM comms_draft_versions")));
    QVERIFY(!m_f->database->exec(QStringLiteral("UPDATE comms_drafts SET channel = 'email'")));
    QVERIFY(!m_f->database->exec(QStringLiteral(
        "INSERT INTO comms_drafts (incident_id, channel, template_key,"
        " template_version, kind, state, created_at, created_by, updated_at)"
        " VALUES (1, 'email', 'resolved', 1, 'resolved', 'ic-approved', 0, 'x', 0)")));
    QCOMPARE(m_f->drafts->versions(id)->constFirst().body,
             m_f->templates->find(QStringLiteral("progress-update"))->body);
}

void TestCommsStore::markNeedsLegal()
{
    const qint64 incident = m_f->declare(Category::Outage);
    const qint64 id = m_f->createDraft(incident);
    QVERIFY(!m_f->drafts->legalRequired(m_f->drafts->draft(id).value()));
    QVERIFY(m_f->drafts->markNeedsLegal(id, QStringLiteral("Pia")));
    QVERIFY(m_f->drafts->draft(id)->needsLegal);
    QVERIFY(m_f->drafts->legalRequired(m_f->drafts->draft(id).value()));
    QCOMPARE(m_f->lastEvent(incident).kind, QString::fromLatin1(eventkind::DraftMarkedNeedsLegal));
    const int events = int(m_f->eventKinds(incident).size());
    QVERIFY(m_f->drafts->markNeedsLegal(id, QStringLiteral("Pia"))); // already marked: nothing new
    QCOMPARE(m_f->eventKinds(incident).size(), events);
    // One-way, even by raw SQL.
    QVERIFY(!m_f->database->exec(
        QStringLiteral("UPDATE comms_drafts SET needs_legal = 0 WHERE id = ?"), {id}));
    QVERIFY(m_f->drafts->draft(id)->needsLegal);
}

void TestCommsStore::hashIncludesChannel()
{
    const qint64 incident = m_f->declare(Category::Outage);
    const qint64 page = m_f->createDraft(incident);
    const qint64 mail =
        m_f->drafts
            ->create({incident, QStringLiteral("progress-update"), 0, Channel::Email, QString()},
                     QStringLiteral("p"))
            .value();
    const Draft a = m_f->drafts->draft(page).value();
    const Draft b = m_f->drafts->draft(mail).value();
    QCOMPARE(a.latest.renderedBody, b.latest.renderedBody);
    QVERIFY(a.latest.sha256 != b.latest.sha256);
}

void TestCommsStore::describedOnTheTimeline()
{
    const qint64 incident = m_f->declare(Category::Outage);
    const qint64 id = m_f->createDraft(incident);
    QVERIFY(m_f->makeClean(id));
    const QList<TimelineEvent> events = m_f->incidents->timeline(incident).value();
    // No audience: no dangling "for". The draft is named by its number in the incident.
    QCOMPARE(describeEvent(events.at(events.size() - 2)),
             QStringLiteral("Started draft #1: Progress update, Status page"));
    TimelineEvent withAudience = events.at(events.size() - 2);
    withAudience.payload.insert(QStringLiteral("audience"), QStringLiteral("Acme Corp"));
    QCOMPARE(describeEvent(withAudience),
             QStringLiteral("Started draft #1: Progress update, Status page, for Acme Corp"));
    QVERIFY(
        describeEvent(events.constLast()).startsWith(QStringLiteral("Saved draft #1 v2 (text ")));
}

QTEST_GUILESS_MAIN(TestCommsStore)
#include "tst_commsstore.moc"
