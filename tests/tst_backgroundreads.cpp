#include "core/playbook/playbookengine.h"
#include "models/board/phaseboardmodel.h"
#include "models/common/backgroundevaluation.h"
#include "models/incidents/incidentlistmodel.h"
#include "playbooktestsupport.h"
#include "storage/db/database.h"
#include "storage/incidents/backgroundreads.h"
#include "storage/incidents/incidentstore.h"
#include "storage/incidents/incidenttimeline.h"
#include "storage/incidents/playbookstore.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace warroom;

// What the GUI turns on so a 100,000-event incident never freezes it (docs/performance.md): the
// timeline's first read and the models' evaluations on a thread pool of their own. Each answer
// must be the one the synchronous path gives, events committed while a read runs must not be
// lost, stale evaluations must not overwrite newer ones, and nothing may arrive for an object
// that is gone.
class TestBackgroundReads : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void timelineLoadsOffTheGuiThreadAndCatchesUp();
    void unknownIncidentFailsWithAMessage();
    void timelineGoneBeforeItsReadArrives();
    void boardShowsWhatTheSynchronousEvaluationGives();
    void boardFollowsChangesEvaluatedInBackground();
    void newestEvaluationWins();
    void nothingAppliedAfterTheOwnerIsGone();
    void incidentListShowsDeadlinesOnceEvaluated();

private:
    qint64 declareWithNotes(int notes)
    {
        IncidentFields fields = test::validFields();
        fields.category = Category::Outage;
        fields.detectedAt = m_clock->nowUtc();
        const qint64 id = m_playbook->declare(fields, {}, QStringLiteral("alice")).value();
        for (int i = 0; i < notes; ++i)
            if (!m_store->addNote(id, QStringLiteral("note %1").arg(i), QStringLiteral("bob")))
                qFatal("cannot add a note");
        return id;
    }
    void enableBackground(qsizetype fromEvents)
    {
        m_store->setBackgroundReads(BackgroundReads{true, fromEvents});
    }
    QList<ObligationStatus> expectedBoard(qint64 id) const
    {
        QList<ObligationStatus> all =
            playbookengine::evaluateAt(test::seedPlaybook(), m_store->incident(id).value(),
                                       m_store->timeline(id).value(), m_clock->nowUtc());
        QList<ObligationStatus> shown;
        for (const ObligationStatus &s : all) {
            if (s.state != ObligationState::NotApplicable)
                shown.append(s);
        }
        return shown;
    }
    static bool boardMatches(const PhaseBoardModel &model, const QList<ObligationStatus> &expected)
    {
        if (model.rowCount() != expected.size())
            return false;
        for (const ObligationStatus &s : expected) {
            const int row = model.rowOf(s.id);
            if (row < 0 ||
                model.index(row, 0).data(PhaseBoardModel::StateRole).toInt() != int(s.state))
                return false;
        }
        return true;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<IncidentStore> m_store;
    std::unique_ptr<PlaybookStore> m_playbook;
};

void TestBackgroundReads::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_clock = std::make_unique<ManualClock>(test::testStart());
    auto db = Database::open(DatabaseConfig::sqlite(m_dir->filePath(QStringLiteral("bg.sqlite"))));
    QVERIFY(db);
    m_db = std::move(db).value();
    m_store = std::make_unique<IncidentStore>(*m_db, *m_clock);
    m_playbook = std::make_unique<PlaybookStore>(*m_store, test::seedPlaybook());
}

void TestBackgroundReads::cleanup()
{
    // Nothing of this test may still run against the next one's database.
    backgroundReadPool()->waitForDone();
    QCoreApplication::processEvents();
    m_playbook.reset();
    m_store.reset();
    m_db.reset();
    m_dir.reset();
}

void TestBackgroundReads::timelineLoadsOffTheGuiThreadAndCatchesUp()
{
    const qint64 id = declareWithNotes(200);
    enableBackground(0);
    // Holds the pool's threads until the note below is committed, so the background read
    // cannot have seen it: only the catch-up read after it arrives can.
    QSemaphore release;
    QSemaphore blocked;
    for (int i = 0; i < backgroundReadPool()->maxThreadCount(); ++i)
        backgroundReadPool()->start([&] {
            blocked.release();
            release.acquire();
        });
    blocked.acquire(backgroundReadPool()->maxThreadCount());

    std::shared_ptr<IncidentTimeline> timeline = m_store->sharedTimeline(id);
    QSignalSpy appended(timeline.get(), &IncidentTimeline::eventsAppended);
    QSignalSpy changed(timeline.get(), &IncidentTimeline::changed);
    QVERIFY(timeline->isLoading());
    QVERIFY(!timeline->isLoaded());
    QVERIFY(timeline->events().isEmpty());
    QVERIFY(timeline->errorText().isEmpty());

    // Committed while the read waits: the store's signal reaches a loading timeline.
    QVERIFY(m_store->addNote(id, QStringLiteral("while loading"), QStringLiteral("carol")));
    QVERIFY(timeline->isLoading());
    release.release(backgroundReadPool()->maxThreadCount());

    QTRY_VERIFY(timeline->isLoaded());
    QVERIFY(!timeline->isLoading());
    const QList<TimelineEvent> expected = m_store->timeline(id).value();
    QCOMPARE(timeline->events().size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i)
        QCOMPARE(timeline->events().at(i).id, expected.at(i).id);
    QCOMPARE(timeline->events().constLast().payload.value(QLatin1String("text")).toString(),
             QStringLiteral("while loading"));
    QCOMPARE(timeline->incident().id, id);
    QCOMPARE(timeline->incident().fields.title, test::validFields().title);
    // All of it announced at once, from the first event.
    QCOMPARE(appended.count(), 1);
    QCOMPARE(appended.at(0).at(0).value<qsizetype>(), qsizetype(0));
    QCOMPARE(appended.at(0).at(1).value<qsizetype>(), expected.size());
    QCOMPARE(changed.count(), 1);

    // From here on it reads only what is new, here on the GUI thread.
    QVERIFY(m_store->addNote(id, QStringLiteral("after"), QStringLiteral("carol")));
    QCOMPARE(timeline->events().size(), expected.size() + 1);
}

void TestBackgroundReads::unknownIncidentFailsWithAMessage()
{
    enableBackground(0);
    std::shared_ptr<IncidentTimeline> timeline = m_store->sharedTimeline(4242);
    QSignalSpy failed(timeline.get(), &IncidentTimeline::loadFailed);
    QVERIFY(timeline->isLoading());
    QTRY_COMPARE(failed.count(), 1);
    QVERIFY(!timeline->isLoading());
    QVERIFY(!timeline->isLoaded());
    QVERIFY2(timeline->errorText().contains(QStringLiteral("4242")),
             qPrintable(timeline->errorText()));
}

void TestBackgroundReads::timelineGoneBeforeItsReadArrives()
{
    const qint64 id = declareWithNotes(50);
    enableBackground(0);
    std::weak_ptr<IncidentTimeline> weak;
    {
        std::shared_ptr<IncidentTimeline> timeline = m_store->sharedTimeline(id);
        weak = timeline;
        QVERIFY(timeline->isLoading());
    }
    QVERIFY(weak.expired());
    backgroundReadPool()->waitForDone();
    QCoreApplication::processEvents(); // the finished signal has nobody to reach
    // A new holder reads afresh.
    std::shared_ptr<IncidentTimeline> again = m_store->sharedTimeline(id);
    QTRY_VERIFY(again->isLoaded());
    QCOMPARE(again->events().size(), m_store->timeline(id).value().size());
}

void TestBackgroundReads::boardShowsWhatTheSynchronousEvaluationGives()
{
    const qint64 id = declareWithNotes(300);
    enableBackground(100); // this timeline is above the threshold
    PhaseBoardModel board(*m_store, test::seedPlaybook(), *m_clock, id);
    board.setTicking(false);
    QAbstractItemModelTester tester(&board, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(board.rowCount(), 0); // still loading; no half answer, no error
    const QList<ObligationStatus> expected = expectedBoard(id);
    QVERIFY(!expected.isEmpty());
    QTRY_VERIFY(boardMatches(board, expected));
}

void TestBackgroundReads::boardFollowsChangesEvaluatedInBackground()
{
    const qint64 id = declareWithNotes(20);
    enableBackground(0);
    PhaseBoardModel board(*m_store, test::seedPlaybook(), *m_clock, id);
    board.setTicking(false);
    QTRY_VERIFY(boardMatches(board, expectedBoard(id)));
    const QString obligation = QStringLiteral("engage-ic");
    QVERIFY(board.rowOf(obligation) >= 0);

    // An IC takes the role: evaluated on the pool, the board changes when the answer arrives.
    QVERIFY(m_store->appendEvent(id, QString::fromLatin1(eventkind::RoleAssigned),
                                 {{QStringLiteral("role"), QStringLiteral("incident-commander")},
                                  {QStringLiteral("person"), QStringLiteral("ana")}},
                                 QStringLiteral("alice")));
    const QList<ObligationStatus> after = expectedBoard(id);
    QCOMPARE(test::findObligation(after, obligation).state, ObligationState::Done);
    QTRY_VERIFY(boardMatches(board, after));
}

void TestBackgroundReads::newestEvaluationWins()
{
    QObject owner;
    BackgroundEvaluation<int> evaluation(&owner);
    QList<int> applied;
    QSemaphore firstMayFinish;
    evaluation.run(
        [&] {
            firstMayFinish.acquire(); // finishes after the second request was made
            return 1;
        },
        [&](int v) { applied.append(v); });
    evaluation.run([] { return 2; }, [&](int v) { applied.append(v); });
    QVERIFY(evaluation.isRunning());
    firstMayFinish.release();
    QTRY_VERIFY(!evaluation.isRunning());
    backgroundReadPool()->waitForDone();
    QCoreApplication::processEvents();
    QCOMPARE(applied, QList<int>{2});

    // An answer given at once drops whatever still runs.
    QSemaphore slowMayFinish;
    evaluation.run(
        [&] {
            slowMayFinish.acquire();
            return 3;
        },
        [&](int v) { applied.append(v); });
    evaluation.applyNow([&] { applied.append(4); });
    slowMayFinish.release();
    backgroundReadPool()->waitForDone();
    QCoreApplication::processEvents();
    QCOMPARE(applied, (QList<int>{2, 4}));
}

void TestBackgroundReads::nothingAppliedAfterTheOwnerIsGone()
{
    int applied = 0;
    QSemaphore mayFinish;
    {
        QObject owner;
        BackgroundEvaluation<int> evaluation(&owner);
        evaluation.run(
            [&] {
                mayFinish.acquire();
                return 1;
            },
            [&](int) { ++applied; });
    }
    mayFinish.release();
    backgroundReadPool()->waitForDone();
    QCoreApplication::processEvents();
    QCOMPARE(applied, 0);
}

void TestBackgroundReads::incidentListShowsDeadlinesOnceEvaluated()
{
    const qint64 id = declareWithNotes(30);
    // The answer the list gives without background reads.
    QString synchronous;
    {
        IncidentListModel list(*m_store, *m_playbook, *m_clock);
        list.setTicking(false);
        synchronous =
            list.index(list.rowOf(id), IncidentListModel::DeadlinesColumn).data().toString();
    }
    QVERIFY(!synchronous.isEmpty());
    QVERIFY(synchronous != QStringLiteral("…"));

    enableBackground(0);
    IncidentListModel list(*m_store, *m_playbook, *m_clock);
    list.setTicking(false);
    QAbstractItemModelTester tester(&list, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QModelIndex cell = list.index(list.rowOf(id), IncidentListModel::DeadlinesColumn);
    QCOMPARE(cell.data().toString(), QStringLiteral("…")); // being evaluated, said so
    QSignalSpy changed(&list, &QAbstractItemModel::dataChanged);
    QTRY_COMPARE(cell.data().toString(), synchronous);
    QVERIFY(changed.count() >= 1);

    // Fifteen minutes on and a note later, it is evaluated again, in the background.
    m_clock->advanceSecs(20 * 60);
    QVERIFY(m_store->addNote(id, QStringLiteral("later"), QStringLiteral("bob")));
    const QString later = IncidentListModel::deadlinesText(
        playbookengine::evaluateAt(test::seedPlaybook(), m_store->incident(id).value(),
                                   m_store->timeline(id).value(), m_clock->nowUtc()),
        m_clock->nowUtc(), true);
    QVERIFY(later != synchronous);
    QTRY_COMPARE(cell.data().toString(), later);
}

QTEST_MAIN(TestBackgroundReads)
#include "tst_backgroundreads.moc"
