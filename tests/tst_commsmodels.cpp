#include "commstestsupport.h"
#include "models/comms/draftlistmodel.h"
#include "models/comms/draftversionmodel.h"
#include "models/comms/lintfindingmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace warroom;

// The item models of the communications pane, each under QAbstractItemModelTester.
class TestCommsModels : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void draftListAppendsAndUpdates();
    void draftListFollowsOtherProcesses();
    void draftListShowsDeliveries();
    void versionsAndApprovals();
    void lintFindings();

private:
    std::unique_ptr<test::CommsFixture> m_f;
};

void TestCommsModels::init()
{
    m_f = std::make_unique<test::CommsFixture>();
    QVERIFY(m_f->open());
}

void TestCommsModels::draftListAppendsAndUpdates()
{
    const qint64 incident = m_f->staffedIncident(Category::Outage);
    const qint64 other = m_f->staffedIncident(Category::Outage);
    // Another incident's draft first: this incident's first draft is its "#1" all the same
    // (numbers run per incident; the database id does not).
    const qint64 elsewhere = m_f->createDraft(other);
    const qint64 first = m_f->createDraft(incident);
    QVERIFY(first > elsewhere);
    DraftListModel model(*m_f->drafts, incident);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, DraftListModel::IdColumn).data().toString(), QStringLiteral("#1"));
    QCOMPARE(model.index(0, DraftListModel::ChannelColumn).data().toString(),
             QStringLiteral("Status page"));
    QCOMPARE(model.index(0, DraftListModel::KindColumn).data().toString(),
             QStringLiteral("Progress update"));
    QCOMPARE(model.index(0, DraftListModel::StateColumn).data().toString(),
             QStringLiteral("Draft"));
    QCOMPARE(model.index(0, DraftListModel::VersionColumn).data().toString(), QStringLiteral("v1"));
    QCOMPARE(model.index(0, 0).data(DraftListModel::DraftIdRole).toLongLong(), first);
    // The list may wrap or shorten its columns to fit; the tooltip has the whole row.
    const QString tip = model.index(0, DraftListModel::KindColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.startsWith(QStringLiteral("#1 · Status page · Progress update\nDraft, version 1")),
             qPrintable(tip));

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    // The placeholder's message names it already: the line says so once.
    const LintText unfilled{QString(), QStringLiteral("Next update at {{next_update_utc}}.")};
    LintFindingModel placeholders;
    placeholders.setFindings(lint(LintRuleSet::builtin(), unfilled, {}), unfilled);
    QCOMPARE(placeholders.rowCount(), 1);
    const QString named = placeholders.index(0).data().toString();
    QCOMPARE(named.count(QStringLiteral("{{next_update_utc}}")), 1);
    // ...first, so that the name survives when the line is cut short to the panel's width.
    QVERIFY2(named.startsWith(QStringLiteral("✖ Error — {{next_update_utc}} has no value yet. "
                                             "Unfilled placeholder")),
             qPrintable(named));
    QVERIFY2(!named.contains(QStringLiteral("placeholder-unfilled")), qPrintable(named));

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    const qint64 second = m_f->createDraft(incident, QStringLiteral("resolved"));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowOf(second), 1);
    QCOMPARE(model.index(1, DraftListModel::IdColumn).data().toString(), QStringLiteral("#2"));
    m_f->createDraft(other); // another incident's draft: not here
    QCOMPARE(model.rowCount(), 2);

    QVERIFY(m_f->makeClean(first));
    QVERIFY(m_f->gate->approve(first, QString(), QStringLiteral("Ines")));
    QVERIFY(changed.count() >= 2);
    QCOMPARE(changed.constLast().at(0).toModelIndex().row(), 0);
    QCOMPARE(model.index(0, DraftListModel::StateColumn).data().toString(),
             QStringLiteral("IC approved"));
    QCOMPARE(model.index(0, DraftListModel::VersionColumn).data().toString(), QStringLiteral("v2"));
    QCOMPARE(reset.count(), 0); // rows keep their identity
    QCOMPARE(model.rowOf(9999), -1);
}

void TestCommsModels::draftListFollowsOtherProcesses()
{
    const qint64 incident = m_f->staffedIncident(Category::Outage);
    DraftListModel model(*m_f->drafts, incident);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // A second connection (another process) writes; the change watcher would call this.
    {
        auto second = Database::open(DatabaseConfig::sqlite(m_f->database->location()));
        QVERIFY(second);
        IncidentStore incidents(*second.value(), m_f->clock);
        TemplateStore templates(*second.value(), m_f->clock);
        DraftStore drafts(*second.value(), incidents, templates, m_f->playbook);
        QVERIFY(drafts.create({incident, QStringLiteral("resolved"), 0, std::nullopt, QString()},
                              QStringLiteral("Pia")));
    }
    QCOMPARE(model.rowCount(), 0);
    m_f->drafts->notifyExternalChange();
    QCOMPARE(model.rowCount(), 1);
}

// A published draft shows where its outbox rows stand, and follows them (docs/outbox.md).
void TestCommsModels::draftListShowsDeliveries()
{
    QVERIFY(m_f->importKeyAccounts());
    const qint64 incident = m_f->staffedIncident(Category::Outage);
    const qint64 draft = m_f->createDraft(incident, QStringLiteral("proactive-email"));
    DraftListModel model(*m_f->drafts, incident, m_f->outbox.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QModelIndex delivery = model.index(0, DraftListModel::DeliveryColumn);
    QVERIFY(delivery.data().toString().isEmpty()); // not published
    QVERIFY(m_f->makeClean(draft));
    QVERIFY(m_f->gate->approve(draft, QString(), QStringLiteral("Ines")));
    const Result<qint64> published = m_f->gate->publish(draft, QStringLiteral("Ines"));
    QVERIFY(published);
    QCOMPARE(delivery.data().toString(), QStringLiteral("0 of 8 delivered, 8 queued"));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    const QList<OutboxRow> rows = m_f->outbox->forPublication(*published).value();
    const QDateTime now = m_f->clock.nowUtc();
    QVERIFY(m_f->outbox->claim(rows.at(0).id, QStringLiteral("t"), now, now.addSecs(60)));
    QVERIFY(m_f->outbox->markSent(rows.at(0).id, QStringLiteral("t"), QString(), QString()));
    QVERIFY(m_f->outbox->claim(rows.at(1).id, QStringLiteral("t"), now, now.addSecs(60)));
    QVERIFY(m_f->outbox->markFailed(rows.at(1).id, QStringLiteral("t"),
                                    QStringLiteral("550 no such user")));
    QVERIFY(m_f->outbox->postByHand(rows.at(2).id, QStringLiteral("Pia")));
    QVERIFY(changed.count() >= 1);
    QCOMPARE(delivery.data().toString(), QStringLiteral("2 of 8 delivered, 1 failed, 5 queued"));
    const QString details = delivery.data(Qt::ToolTipRole).toString();
    QVERIFY2(details.contains(QStringLiteral("#%1 Email to %2: Failed: 550 no such user")
                                  .arg(rows.at(1).id)
                                  .arg(rows.at(1).recipient)),
             qPrintable(details));
    QVERIFY2(details.contains(QStringLiteral("posted by hand by Pia")), qPrintable(details));
    // Every cell's tooltip carries it too (the pane hides the column when narrow).
    const QString row =
        model.index(0, DraftListModel::StateColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(row.contains(QStringLiteral("Delivery: 2 of 8 delivered, 1 failed, 5 queued")),
             qPrintable(row));
}

void TestCommsModels::versionsAndApprovals()
{
    const qint64 incident = m_f->staffedIncident(Category::DataLeak);
    const qint64 id = m_f->createDraft(incident);
    DraftVersionModel model(*m_f->drafts, id);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(m_f->makeClean(id));
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(m_f->gate->submitForReview(id, QString(), QStringLiteral("Pia")));
    QVERIFY(m_f->gate->signOff(id, QStringLiteral("Lea")));
    QCOMPARE(model.index(1, DraftVersionModel::ApprovalsColumn).data().toString(),
             QStringLiteral("legal: Lea"));
    QVERIFY(m_f->gate->approve(id, QString(), QStringLiteral("Ines")));
    QCOMPARE(model.index(1, DraftVersionModel::ApprovalsColumn).data().toString(),
             QStringLiteral("legal: Lea, IC: Ines"));
    QCOMPARE(model.index(1, DraftVersionModel::ByColumn).data().toString(), QStringLiteral("Pia"));
    QCOMPARE(model.index(1, DraftVersionModel::HashColumn).data(Qt::ToolTipRole).toString(),
             m_f->drafts->draft(id)->latest.sha256);
    QVERIFY(model.index(0, DraftVersionModel::ApprovalsColumn).data().toString().isEmpty());
}

void TestCommsModels::lintFindings()
{
    LintFindingModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const LintText text{QStringLiteral("Update"),
                        QStringLiteral("A minor glitch. It will never happen again.")};
    model.setFindings(lint(LintRuleSet::builtin(), text, {}), text);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.errorCount(), 1);
    QCOMPARE(model.warningCount(), 1);
    // Errors first.
    QCOMPARE(model.index(0).data(LintFindingModel::RuleIdRole).toString(),
             QStringLiteral("absolute-promise"));
    QCOMPARE(model.index(0).data(LintFindingModel::SeverityRole).toString(),
             QStringLiteral("error"));
    // A row reads as severity in words, then the message once; the rule id and the words the
    // finding is about are in the tooltip, not repeated on the line.
    const QString line = model.index(0).data().toString();
    QVERIFY2(line.startsWith(QStringLiteral("✖ Error — Absolute promise")), qPrintable(line));
    QVERIFY2(!line.contains(QStringLiteral("absolute-promise")), qPrintable(line));
    QVERIFY2(!line.contains(QStringLiteral("never happen again")), qPrintable(line));
    const QString tip = model.index(0).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("absolute-promise")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("“never happen again”")), qPrintable(tip));
    QVERIFY(model.index(1).data().toString().startsWith(QStringLiteral("⚠ Warning — ")));
    QCOMPARE(model.index(0).data(LintFindingModel::StartRole).toLongLong(), 24);
    QCOMPARE(model.index(1).data(LintFindingModel::RuleIdRole).toString(),
             QStringLiteral("minimizing-impact"));
    QVERIFY(model.index(0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Playbook:")));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setFindings(lint(LintRuleSet::builtin(), text, {}), text); // the same: no reset
    QCOMPARE(reset.count(), 0);
    model.setFindings({}, {});
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(reset.count(), 1);
}

QTEST_GUILESS_MAIN(TestCommsModels)
#include "tst_commsmodels.moc"
