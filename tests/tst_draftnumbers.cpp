#include "commstestsupport.h"
#include "core/comms/commsevents.h"
#include "core/comms/draftnumbering.h"
#include "core/incident/incidentjson.h"
#include "models/incidents/timelinemodel.h"

#include <QJsonArray>
#include <QTest>

using namespace warroom;

// A draft has one name everywhere: its number within its incident ("Draft #1" is the incident's
// first draft), on the timeline as in the editor and on the board, never its database id.
class TestDraftNumbers : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void theSecondIncidentsFirstDraftIsNumberOne();
    void everyEventAboutADraftCarriesItsNumber();
    void findsADraftByItsNumber();
    void oldEventsFindTheirNumberOnTheTimeline();
    void anOldEventAloneNamesTheId();

private:
    // Texts of the incident's events about drafts, in timeline order, as the GUI shows them.
    QStringList draftTexts(qint64 incidentId) const;
    // As on a database written before the events carried "draft_number".
    bool forgetRecordedNumbers();

    IncidentStore &reader() const { return m_reader ? *m_reader : *m_f->incidents; }

    std::unique_ptr<test::CommsFixture> m_f;
    // Over the same file, opened after forgetRecordedNumbers(): nothing read before is kept.
    std::unique_ptr<IncidentStore> m_reader;
    qint64 m_first = 0;
    qint64 m_second = 0;
    qint64 m_firstsDraft = 0;
    qint64 m_secondsFirst = 0;
    qint64 m_secondsSecond = 0;
};

void TestDraftNumbers::init()
{
    m_reader.reset();
    m_f = std::make_unique<test::CommsFixture>();
    QVERIFY(m_f->open());
    m_first = m_f->staffedIncident(Category::Outage);
    m_second = m_f->staffedIncident(Category::Outage);
    m_firstsDraft = m_f->createDraft(m_first);
    m_secondsFirst = m_f->createDraft(m_second);
    m_secondsSecond = m_f->createDraft(m_second, QStringLiteral("resolved"));
    QVERIFY(m_firstsDraft > 0 && m_secondsFirst > 0 && m_secondsSecond > 0);
    // The ids run across incidents; the numbers do not.
    QCOMPARE(m_secondsFirst, m_firstsDraft + 1);
    QVERIFY(m_f->makeClean(m_secondsFirst));
    QVERIFY(m_f->gate->approve(m_secondsFirst, QString(), QStringLiteral("Ines")));
    QVERIFY(m_f->drafts->markNeedsLegal(m_secondsSecond, QStringLiteral("Pia")));
}

QStringList TestDraftNumbers::draftTexts(qint64 incidentId) const
{
    TimelineModel model(reader(), incidentId);
    QStringList texts;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.events().at(row).payload.contains(QLatin1String("draft_id")))
            texts.append(model.data(model.index(row, TimelineModel::EventColumn)).toString());
    }
    return texts;
}

bool TestDraftNumbers::forgetRecordedNumbers()
{
    // The timeline is append-only by trigger; an older build simply never wrote the key.
    QSqlQuery triggers = m_f->database
                             ->exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = "
                                                   "'trigger' AND tbl_name = 'timeline_events'"))
                             .value();
    QStringList names;
    while (triggers.next())
        names.append(triggers.value(0).toString());
    triggers.finish();
    for (const QString &name : std::as_const(names)) {
        if (!m_f->database->exec(QStringLiteral("DROP TRIGGER %1").arg(name)))
            return false;
    }
    if (!m_f->database->exec(QStringLiteral(
            "UPDATE timeline_events SET payload = json_remove(payload, '$.draft_number')")))
        return false;
    m_reader = std::make_unique<IncidentStore>(*m_f->database, m_f->clock);
    return true;
}

void TestDraftNumbers::theSecondIncidentsFirstDraftIsNumberOne()
{
    const QStringList texts = draftTexts(m_second);
    QCOMPARE(texts.size(), 5);
    QCOMPARE(texts.at(0), QStringLiteral("Started draft #1: Progress update, Status page"));
    QCOMPARE(texts.at(1), QStringLiteral("Started draft #2: Resolved, Status page"));
    QVERIFY2(texts.at(2).startsWith(QStringLiteral("Saved draft #1 v2 (text ")),
             qPrintable(texts.at(2)));
    QVERIFY2(texts.at(3).startsWith(QStringLiteral("IC approved draft #1 v2 (text ")),
             qPrintable(texts.at(3)));
    QCOMPARE(texts.at(4), QStringLiteral("Marked draft #2 as needing legal review"));
    // Not the database id: draft 2 of the database is this incident's draft #1.
    for (const QString &text : texts)
        QVERIFY2(!text.contains(QStringLiteral("draft %1").arg(m_secondsFirst)) &&
                     !text.contains(QStringLiteral("draft %1").arg(m_secondsSecond)),
                 qPrintable(text));
    QCOMPARE(draftTexts(m_first).constFirst(),
             QStringLiteral("Started draft #1: Progress update, Status page"));
    // The JSON of `warroomctl show` says the same.
    const QJsonArray json = incidentjson::timeline(m_f->incidents->timeline(m_second).value());
    QStringList jsonTexts;
    for (const QJsonValue &e : json)
        jsonTexts.append(e.toObject().value(QLatin1String("text")).toString());
    QVERIFY(jsonTexts.contains(texts.at(0)));
}

void TestDraftNumbers::everyEventAboutADraftCarriesItsNumber()
{
    QVERIFY(m_f->gate->publish(m_secondsFirst, QStringLiteral("Ines")));
    QVERIFY(m_f->outbox->postByHand(1, QStringLiteral("Ines")));
    int aboutDrafts = 0;
    for (const TimelineEvent &e : m_f->incidents->timeline(m_second).value()) {
        if (!e.payload.contains(QLatin1String("draft_id")))
            continue;
        ++aboutDrafts;
        const qint64 id = e.payload.value(QLatin1String("draft_id")).toInteger();
        QCOMPARE(e.payload.value(QLatin1String("draft_number")).toInt(),
                 id == m_secondsFirst ? 1 : 2);
    }
    // created, saved, approved, published, posted by hand; created, marked.
    QCOMPARE(aboutDrafts, 7);
    const TimelineEvent byHand = m_f->lastEvent(m_second);
    QCOMPARE(byHand.kind, QString::fromLatin1(eventkind::AnnouncementPostedByHand));
    QCOMPARE(describeEvent(byHand),
             QStringLiteral("Ines posted publication 1 of draft #1 by hand: Status page"));
    const QList<Publication> published = m_f->drafts->publications(m_second).value();
    QCOMPARE(published.size(), 1);
    QCOMPARE(published.constFirst().draftNumber, 1);
}

void TestDraftNumbers::findsADraftByItsNumber()
{
    QCOMPARE(m_f->drafts->draftByNumber(m_second, 1).value().id, m_secondsFirst);
    QCOMPARE(m_f->drafts->draftByNumber(m_second, 2).value().id, m_secondsSecond);
    QCOMPARE(m_f->drafts->draftByNumber(m_second, 2).value().number, 2);
    QCOMPARE(m_f->drafts->draftByNumber(m_first, 1).value().id, m_firstsDraft);
    const Result<Draft> third = m_f->drafts->draftByNumber(m_second, 3);
    QVERIFY(!third);
    QCOMPARE(third.error().message,
             QStringLiteral("Incident %1 has no draft #3: its drafts are #1 to #2.").arg(m_second));
    QCOMPARE(m_f->drafts->draftByNumber(m_first, 2).error().message,
             QStringLiteral("Incident %1 has no draft #2: its only draft is #1.").arg(m_first));
    const qint64 empty = m_f->declare(Category::Outage);
    QCOMPARE(m_f->drafts->draftByNumber(empty, 1).error().message,
             QStringLiteral("Incident %1 has no draft #1: it has no drafts yet.").arg(empty));
    QCOMPARE(third.error().code, Error::Code::InvalidInput);
    QCOMPARE(m_f->drafts->draftByNumber(999, 1).error().code, Error::Code::NotFound);
}

void TestDraftNumbers::oldEventsFindTheirNumberOnTheTimeline()
{
    const QStringList recorded = draftTexts(m_second);
    QVERIFY(forgetRecordedNumbers());
    const QList<TimelineEvent> events = reader().timeline(m_second).value();
    for (const TimelineEvent &e : events)
        QVERIFY(!e.payload.contains(QLatin1String("draft_number")));
    // Looked up at read time from the incident's draft_created events: the same texts.
    QCOMPARE(draftTexts(m_second), recorded);
    const DraftNumbering numbering(events);
    QCOMPARE(numbering.number(m_secondsFirst), 1);
    QCOMPARE(numbering.number(m_secondsSecond), 2);
    QCOMPARE(numbering.number(m_firstsDraft), 0); // another incident's
    // The JSON keeps the payload as stored; only its text is numbered.
    const QJsonArray json = incidentjson::timeline(events);
    bool started = false;
    for (const QJsonValue &v : json) {
        const QJsonObject e = v.toObject();
        QVERIFY(
            !e.value(QLatin1String("payload")).toObject().contains(QLatin1String("draft_number")));
        started = started || e.value(QLatin1String("text")).toString() ==
                                 QStringLiteral("Started draft #2: Resolved, Status page");
    }
    QVERIFY(started);
}

void TestDraftNumbers::anOldEventAloneNamesTheId()
{
    QVERIFY(forgetRecordedNumbers());
    const QList<TimelineEvent> events = reader().timeline(m_second).value();
    TimelineEvent marked = events.constLast();
    QCOMPARE(marked.kind, QString::fromLatin1(eventkind::DraftMarkedNeedsLegal));
    // Without the timeline before it (or its draft_created event), the id, said as an id.
    QCOMPARE(describeEvent(marked),
             QStringLiteral("Marked draft id %1 as needing legal review").arg(m_secondsSecond));
    QCOMPARE(describeEvent(DraftNumbering().numbered(marked)), describeEvent(marked));
    // A number recorded in the payload wins over counting.
    marked.payload.insert(QStringLiteral("draft_number"), 7);
    QCOMPARE(describeEvent(DraftNumbering(events).numbered(marked)),
             QStringLiteral("Marked draft #7 as needing legal review"));
}

QTEST_GUILESS_MAIN(TestDraftNumbers)
#include "tst_draftnumbers.moc"
