#include "enginetestsupport.h"
#include "storage/db/database.h"
#include "storage/incidents/incidentstore.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTest>

using namespace warroom;

class TestIncidentStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void declareStoresFieldsAndEvent();
    void declareWithoutTaskType();
    void declareRefusesInvalidAndWritesNothing_data();
    void declareRefusesInvalidAndWritesNothing();
    void statusChangesFollowLifecycle();
    void refusedTransitionWritesNothing();
    void updateFieldsRecordsDiff();
    void notes();
    void unknownIncident();
    void eventTimesComeFromClock();

private:
    int eventCount(qint64 id) const;
    int incidentCount() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<IncidentStore> m_store;
};

void TestIncidentStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = Database::open(test::engineConfig(m_dir->filePath(QStringLiteral("store.sqlite"))));
    QVERIFY(db);
    m_db = std::move(db).value();
    m_clock = std::make_unique<ManualClock>(test::testStart());
    m_store = std::make_unique<IncidentStore>(*m_db, *m_clock);
}

void TestIncidentStore::cleanup()
{
    m_store.reset();
    m_db.reset();
    m_dir.reset();
}

int TestIncidentStore::eventCount(qint64 id) const
{
    auto events = m_store->timeline(id);
    return events ? int(events->size()) : -1;
}

int TestIncidentStore::incidentCount() const
{
    auto all = m_store->incidents();
    return all ? int(all->size()) : -1;
}

void TestIncidentStore::declareStoresFieldsAndEvent()
{
    QSignalSpy declared(m_store.get(), &IncidentStore::incidentDeclared);
    QSignalSpy appended(m_store.get(), &IncidentStore::timelineAppended);
    IncidentFields fields = test::validFields();
    fields.title = QStringLiteral("  padded title  ");
    auto id = m_store->declare(fields, QStringLiteral("alice"));
    QVERIFY(id);
    QCOMPARE(declared.size(), 1);
    QCOMPARE(declared.first().first().toLongLong(), id.value());
    QCOMPARE(appended.size(), 1);

    auto incident = m_store->incident(id.value());
    QVERIFY(incident);
    QCOMPARE(incident->fields.title, QStringLiteral("padded title"));
    QCOMPARE(incident->fields.category, Category::BehaviorAnomaly);
    QCOMPARE(incident->fields.affectedUsersPct, 8.0);
    QCOMPARE(incident->fields.enterpriseAffected, 2);
    QCOMPARE(incident->fields.detectedAt, test::testStart().addSecs(-600));
    QCOMPARE(incident->status, IncidentStatus::Investigating);
    QCOMPARE(incident->declaredBy, QStringLiteral("alice"));
    QCOMPARE(incident->statusHistory.size(), 1);

    auto events = m_store->timeline(id.value());
    QVERIFY(events);
    QCOMPARE(events->size(), 1);
    QCOMPARE(events->first().kind, QStringLiteral("declared"));
    QCOMPARE(events->first().payload.value(QStringLiteral("title")).toString(),
             QStringLiteral("padded title"));
}

void TestIncidentStore::declareWithoutTaskType()
{
    // The task type is optional: a default-constructed (null) QString must store as empty text.
    IncidentFields fields = test::validFields();
    fields.taskType = QString();
    auto id = m_store->declare(fields, QStringLiteral("alice"));
    QVERIFY2(id, id ? "" : qPrintable(id.error().message));
    auto incident = m_store->incident(id.value());
    QVERIFY(incident);
    QVERIFY(incident->fields.taskType.isEmpty());
}

void TestIncidentStore::declareRefusesInvalidAndWritesNothing_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("field");
    QTest::newRow("empty title") << "title"
                                 << "title";
    QTest::newRow("pct 101") << "pct"
                             << "affected_users_pct";
    QTest::newRow("negative enterprise") << "enterprise"
                                         << "enterprise_affected";
    QTest::newRow("no detected time") << "detected"
                                      << "detected_at";
    QTest::newRow("empty author") << "author"
                                  << "author";
    // The store is the last guard behind the CLI and the GUI (docs/reliability.md).
    QTest::newRow("author of 121 characters") << "long author"
                                              << "author";
    QTest::newRow("author on two lines") << "two-line author"
                                         << "author";
    QTest::newRow("detected in 1999") << "1999"
                                      << "detected_at";
}

void TestIncidentStore::declareRefusesInvalidAndWritesNothing()
{
    QFETCH(QString, what);
    QFETCH(QString, field);
    IncidentFields f = test::validFields();
    QString author = QStringLiteral("alice");
    if (what == QLatin1String("title"))
        f.title.clear();
    else if (what == QLatin1String("pct"))
        f.affectedUsersPct = 101;
    else if (what == QLatin1String("enterprise"))
        f.enterpriseAffected = -3;
    else if (what == QLatin1String("detected"))
        f.detectedAt = QDateTime();
    else if (what == QLatin1String("author"))
        author = QStringLiteral(" ");
    else if (what == QLatin1String("long author"))
        author = QString(121, QLatin1Char('a'));
    else if (what == QLatin1String("two-line author"))
        author = QStringLiteral("Ann\nBob");
    else if (what == QLatin1String("1999"))
        f.detectedAt = QDateTime(QDate(1999, 12, 31), QTime(23, 0), Qt::UTC);
    QSignalSpy declared(m_store.get(), &IncidentStore::incidentDeclared);
    auto id = m_store->declare(f, author);
    QVERIFY(!id);
    QCOMPARE(id.error().code, Error::Code::InvalidInput);
    QCOMPARE(id.error().field, field);
    QCOMPARE(incidentCount(), 0);
    QCOMPARE(declared.size(), 0);
}

void TestIncidentStore::statusChangesFollowLifecycle()
{
    auto id = m_store->declare(test::validFields(), QStringLiteral("alice"));
    QVERIFY(id);
    QSignalSpy changed(m_store.get(), &IncidentStore::incidentChanged);
    const IncidentStatus path[] = {IncidentStatus::Identified, IncidentStatus::Monitoring,
                                   IncidentStatus::Restored, IncidentStatus::Closed};
    for (IncidentStatus s : path) {
        m_clock->advanceSecs(60);
        QVERIFY(m_store->changeStatus(id.value(), s, QStringLiteral("bob")));
    }
    QCOMPARE(changed.size(), 4);
    auto incident = m_store->incident(id.value());
    QVERIFY(incident);
    QCOMPARE(incident->status, IncidentStatus::Closed);
    QCOMPARE(incident->statusHistory.size(), 5);
    QCOMPARE(incident->statusHistory.at(2).from, IncidentStatus::Identified);
    QCOMPARE(incident->statusHistory.at(2).to, IncidentStatus::Monitoring);
    QCOMPARE(incident->statusHistory.at(2).at, test::testStart().addSecs(120));
    QCOMPARE(incident->statusHistory.at(4).author, QStringLiteral("bob"));
}

void TestIncidentStore::refusedTransitionWritesNothing()
{
    auto id = m_store->declare(test::validFields(), QStringLiteral("alice"));
    QVERIFY(id);
    auto refused = m_store->changeStatus(id.value(), IncidentStatus::Closed, QStringLiteral("bob"));
    QVERIFY(!refused);
    QCOMPARE(refused.error().field, QStringLiteral("status"));
    QVERIFY(
        refused.error().message.contains(QStringLiteral("only a restored incident can be closed")));
    QCOMPARE(eventCount(id.value()), 1);
    QCOMPARE(m_store->incident(id.value())->status, IncidentStatus::Investigating);
}

void TestIncidentStore::updateFieldsRecordsDiff()
{
    auto id = m_store->declare(test::validFields(), QStringLiteral("alice"));
    QVERIFY(id);
    QSignalSpy changed(m_store.get(), &IncidentStore::incidentChanged);
    IncidentFields f = test::validFields();
    QVERIFY(m_store->updateFields(id.value(), f, QStringLiteral("bob")));
    QCOMPARE(changed.size(), 0); // nothing changed, nothing recorded
    QCOMPARE(eventCount(id.value()), 1);

    f.severity = Severity::Sev1;
    f.affectedUsersPct = 12.5;
    QVERIFY(m_store->updateFields(id.value(), f, QStringLiteral("bob")));
    QCOMPARE(changed.size(), 1);
    auto events = m_store->timeline(id.value(), 0);
    QVERIFY(events);
    QCOMPARE(events->size(), 2);
    const QJsonObject changes = events->last().payload.value(QStringLiteral("changes")).toObject();
    QCOMPARE(changes.keys(),
             (QStringList{QStringLiteral("affected_users_pct"), QStringLiteral("severity")}));
    QCOMPARE(m_store->incident(id.value())->fields.severity, Severity::Sev1);

    f.affectedUsersPct = 250;
    QVERIFY(!m_store->updateFields(id.value(), f, QStringLiteral("bob")));
    QCOMPARE(m_store->incident(id.value())->fields.affectedUsersPct, 12.5);
    QCOMPARE(eventCount(id.value()), 2);
}

void TestIncidentStore::notes()
{
    auto id = m_store->declare(test::validFields(), QStringLiteral("alice"));
    QVERIFY(id);
    QVERIFY(
        m_store->addNote(id.value(), QStringLiteral("no new progress"), QStringLiteral("carol")));
    QVERIFY(!m_store->addNote(id.value(), QStringLiteral("   "), QStringLiteral("carol")));
    QVERIFY(!m_store->addNote(id.value(),
                              QString(IncidentStore::MaxNoteLength + 1, QLatin1Char('x')),
                              QStringLiteral("carol")));
    // Characters, not UTF-16 units: a note of emoji at the limit is accepted, one more refused.
    const QString emoji = QString::fromUtf8("\xF0\x9F\x9A\xA8");
    QVERIFY(m_store->addNote(id.value(), emoji.repeated(IncidentStore::MaxNoteLength),
                             QStringLiteral("carol")));
    QVERIFY(!m_store->addNote(id.value(), emoji.repeated(IncidentStore::MaxNoteLength + 1),
                              QStringLiteral("carol")));
    QVERIFY(!m_store->addNote(id.value(), QStringLiteral("x"), QString(121, QLatin1Char('c'))));
    auto events = m_store->timeline(id.value(), 1);
    QVERIFY(events);
    QCOMPARE(events->size(), 2);
    QCOMPARE(describeEvent(events->first()), QStringLiteral("no new progress"));
}

void TestIncidentStore::unknownIncident()
{
    auto noted = m_store->addNote(42, QStringLiteral("hello"), QStringLiteral("carol"));
    QVERIFY(!noted);
    QCOMPARE(noted.error().code, Error::Code::NotFound);
    QVERIFY(!m_store->changeStatus(42, IncidentStatus::Identified, QStringLiteral("carol")));
    QCOMPARE(m_store->incident(42).error().code, Error::Code::NotFound);
}

void TestIncidentStore::eventTimesComeFromClock()
{
    auto id = m_store->declare(test::validFields(), QStringLiteral("alice"));
    QVERIFY(id);
    m_clock->advanceSecs(15 * 60);
    QVERIFY(m_store->addNote(id.value(), QStringLiteral("sync"), QStringLiteral("alice")));
    auto events = m_store->timeline(id.value());
    QVERIFY(events);
    QCOMPARE(events->at(0).at, test::testStart());
    QCOMPARE(events->at(1).at, test::testStart().addSecs(15 * 60));
}

QTEST_GUILESS_MAIN(TestIncidentStore)
#include "tst_incidentstore.moc"
