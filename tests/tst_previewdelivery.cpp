// The publish preview shows what is delivered (docs/channels.md): the messages the outbox sender
// hands the publishers, after a real publication through the sign-off gate and the outbox store,
// render exactly as the preview rendered the approved draft before it was published.
#include "commstestsupport.h"

#include "integrations/channels/channelrendering.h"
#include "integrations/outbox/outboxsender.h"

#include <QTest>
#include <QTimer>

using namespace warroom;

namespace {

// Records what it is handed and answers Delivered, later, like a real publisher.
class RecordingPublisher final : public QObject, public Publisher
{
public:
    explicit RecordingPublisher(Destination d)
        : m_destination(d)
    {
    }

    Destination destination() const override { return m_destination; }
    QString describe() const override { return destination::displayName(m_destination); }
    void deliver(const Message &message, std::function<void(const Outcome &)> done) override
    {
        received.append(message);
        QTimer::singleShot(0, this, [done]() {
            done(Outcome{Outcome::Kind::Delivered, QStringLiteral("remote1"), QString(), 0});
        });
    }

    QList<Message> received;

private:
    Destination m_destination;
};

class RecordingPublishers final : public Publishers
{
public:
    Publisher *publisher(Destination d) override { return configured.value(d); }
    QHash<Destination, Publisher *> configured;
};

QStringList shown(const rendering::Rendering &r)
{
    QStringList out;
    for (const rendering::Part &part : r.parts)
        out.append(part.label + QStringLiteral(": ") + part.text);
    return out;
}

} // namespace

class TestPreviewDelivery : public QObject
{
    Q_OBJECT

private slots:
    void previewEqualsWhatTheSenderHandsThePublishers();
};

void TestPreviewDelivery::previewEqualsWhatTheSenderHandsThePublishers()
{
    test::CommsFixture f;
    QVERIFY(f.open());
    const qint64 incident = f.staffedIncident(Category::Outage);
    const qint64 draftId = f.createDraft(incident);
    QVERIFY(draftId > 0);
    // Characters each destination escapes its own way, and non-ASCII ones.
    const Result<DraftStore::Saved> saved = f.drafts->save(
        draftId, QStringLiteral("Update: sign-in <errors> & *timeouts* für Kunden"),
        QStringLiteral("We have rolled back yesterday's prompt update on half of the fleet (<50%) "
                       "& watch *error rates*. Naïve ☃ 😀\n\nNext update: {{next_update_utc}}."),
        QStringLiteral("Pia"));
    QVERIFY(saved);
    const Result<void> approved = f.gate->approve(draftId, QString(), QStringLiteral("Ines"));
    QVERIFY2(approved, qPrintable(approved ? QString() : approved.error().message));

    // What the preview shows, computed as the gate bar does just before publishing.
    const Draft draft = f.drafts->draft(draftId).value();
    const Incident inc = f.incidents->incident(incident).value();
    const QSet<Destination> here{Destination::Slack};
    const QList<DeliveryTarget> planned = f.gate->plannedDeliveries(draft, here).value();
    QCOMPARE(planned.size(), 2);
    QHash<Destination, QStringList> previewed;
    for (const DeliveryTarget &target : planned)
        previewed.insert(
            target.destination,
            shown(rendering::render(rendering::messageFor(
                incident, draft.latest.renderedTitle, draft.latest.renderedBody,
                incidentstatus::id(inc.status), severity::id(inc.fields.severity), target))));
    QVERIFY(previewed.value(Destination::StatusPage)
                .join(QLatin1Char('\n'))
                .contains(QStringLiteral("für Kunden")));

    QVERIFY(f.gate->publish(draftId, QStringLiteral("Ines"), here));
    RecordingPublisher page(Destination::StatusPage);
    RecordingPublisher slack(Destination::Slack);
    RecordingPublishers publishers;
    publishers.configured.insert(Destination::StatusPage, &page);
    publishers.configured.insert(Destination::Slack, &slack);
    OutboxSender sender(
        *f.outbox, publishers, f.clock, []() { return 0.5; }, QStringLiteral("t"));
    QCOMPARE(sender.workDueRows(), 2);
    QTRY_COMPARE(page.received.size() + slack.received.size(), 2);
    QCOMPARE(shown(rendering::render(page.received.constFirst())),
             previewed.value(Destination::StatusPage));
    QCOMPARE(shown(rendering::render(slack.received.constFirst())),
             previewed.value(Destination::Slack));
}

QTEST_GUILESS_MAIN(TestPreviewDelivery)
#include "tst_previewdelivery.moc"
