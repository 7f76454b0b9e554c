// The communications desk and the playbook board meet on the timeline: drafting and publishing
// through the real sign-off gate complete the playbook's announcement obligations, each by its
// kind of announcement (docs/playbook-format.md).
#include "commstestsupport.h"
#include "playbooktestsupport.h"
#include "storage/playbookstore.h"

#include <QTest>

using namespace warroom;

class TestPublicationObligations : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void draftingAndPublishingCompleteTheAnnouncementObligations();
    void aPostmortemIsNotTheFirstAnnouncement();

private:
    ObligationStatus obligation(qint64 incidentId, const char *id) const
    {
        return test::findObligation(
            m_playbook->obligations(incidentId, m_f->clock.nowUtc()).value(),
            QString::fromLatin1(id));
    }
    // Draft from the template, save a clean text, IC approval, publish: the gate's real path.
    bool publish(qint64 incidentId, const char *templateKey)
    {
        const qint64 draft = m_f->createDraft(incidentId, QString::fromLatin1(templateKey));
        return draft > 0 && m_f->makeClean(draft) &&
               m_f->gate->approve(draft, QString(), QStringLiteral("Ines")).ok() &&
               m_f->gate->publish(draft, QStringLiteral("Ines")).ok();
    }

    std::unique_ptr<test::CommsFixture> m_f;
    std::unique_ptr<PlaybookStore> m_playbook;
};

void TestPublicationObligations::init()
{
    m_f = std::make_unique<test::CommsFixture>();
    QVERIFY(m_f->open());
    m_playbook = std::make_unique<PlaybookStore>(*m_f->incidents, test::seedPlaybook());
}

void TestPublicationObligations::cleanup()
{
    m_playbook.reset();
    m_f.reset();
}

void TestPublicationObligations::draftingAndPublishingCompleteTheAnnouncementObligations()
{
    const qint64 id = m_f->staffedIncident(Category::Outage);
    QVERIFY(!obligation(id, "announcement-draft").isSettled());
    QVERIFY(!obligation(id, "first-announcement").isSettled());
    QVERIFY(!obligation(id, "external-updates").dueAt.isValid()); // starts with the first one

    m_f->clock.advanceSecs(20 * 60);
    const qint64 draft = m_f->createDraft(id, QStringLiteral("first-announcement"));
    QVERIFY(draft > 0);
    QCOMPARE(obligation(id, "announcement-draft").state, ObligationState::Done);
    QCOMPARE(obligation(id, "announcement-draft").settledBy, QStringLiteral("Pia"));
    QVERIFY(!obligation(id, "first-announcement").isSettled()); // drafted is not published

    m_f->clock.advanceSecs(10 * 60);
    QVERIFY(m_f->makeClean(draft));
    QVERIFY(m_f->gate->approve(draft, QString(), QStringLiteral("Ines")));
    QVERIFY(m_f->gate->publish(draft, QStringLiteral("Ines")));
    const QDateTime publishedAt = m_f->clock.nowUtc();
    const ObligationStatus first = obligation(id, "first-announcement");
    QCOMPARE(first.state, ObligationState::Done);
    QCOMPARE(first.settledBy, QStringLiteral("Ines"));
    QCOMPARE(first.settledAt, publishedAt);
    QCOMPARE(obligation(id, "external-updates").dueAt, publishedAt.addSecs(30 * 60));

    // Restored: the "resolved" notice and the email to affected customers are due; each is
    // completed by publishing its own kind, not by any publication.
    m_f->clock.advanceSecs(15 * 60);
    QVERIFY(m_f->incidents->changeStatus(id, IncidentStatus::Restored, QStringLiteral("Ines")));
    m_f->clock.advanceSecs(60);
    QCOMPARE(obligation(id, "resolved-announcement").state, ObligationState::Overdue);
    QVERIFY(publish(id, "proactive-email"));
    QCOMPARE(obligation(id, "proactive-email").state, ObligationState::Done);
    QCOMPARE(obligation(id, "resolved-announcement").state, ObligationState::Overdue);
    QVERIFY(publish(id, "resolved"));
    QCOMPARE(obligation(id, "resolved-announcement").state, ObligationState::Done);
    QCOMPARE(obligation(id, "postmortem").state, ObligationState::Upcoming);
}

void TestPublicationObligations::aPostmortemIsNotTheFirstAnnouncement()
{
    const qint64 id = m_f->staffedIncident(Category::Outage);
    m_f->clock.advanceSecs(30 * 60);
    QVERIFY(publish(id, "postmortem-outline"));
    QVERIFY(!obligation(id, "first-announcement").isSettled());
    QVERIFY(!obligation(id, "announcement-draft").isSettled());
    QVERIFY(!obligation(id, "external-updates").dueAt.isValid());
    // Published before restoration, it does not count as the postmortem either.
    m_f->clock.advanceSecs(60);
    QVERIFY(m_f->incidents->changeStatus(id, IncidentStatus::Restored, QStringLiteral("Ines")));
    QCOMPARE(obligation(id, "postmortem").state, ObligationState::Upcoming);
}

QTEST_GUILESS_MAIN(TestPublicationObligations)
#include "tst_publicationobligations.moc"
