#include "enginetestsupport.h"
#include "storage/db/database.h"
#include "storage/roles/peoplestore.h"
#include "testsupport.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlRecord>
#include <QTest>

using namespace warroom;

class TestPeopleStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void importsTheExampleFile();
    void reimportUpdatesByNameAndKeepsOthers();
    void badFileWritesNothing_data();
    void badFileWritesNothing();
    void addUpdateRemove();
    void refusesDuplicateNamesAndInvalidPeople();
    void removeRefusedWhileOwningAccounts();

private:
    QByteArray rowsSnapshot() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<PeopleStore> m_store;
};

static QByteArray example()
{
    QFile file(QStringLiteral(WARROOM_SOURCE_DIR "/resources/examples/people.csv"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestPeopleStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = Database::open(test::engineConfig(m_dir->filePath(QStringLiteral("people.sqlite"))));
    QVERIFY(db);
    m_db = std::move(db).value();
    m_clock = std::make_unique<ManualClock>(test::testStart());
    m_store = std::make_unique<PeopleStore>(*m_db, *m_clock);
}

void TestPeopleStore::cleanup()
{
    m_store.reset();
    m_db.reset();
    m_dir.reset();
}

// Every row of both tables, so "nothing written" compares the whole stored state.
QByteArray TestPeopleStore::rowsSnapshot() const
{
    QByteArray out;
    for (const char *sql : {"SELECT id, name, name_key, phone, slack, email, updated_at, "
                            "updated_by FROM people ORDER BY id",
                            "SELECT person_id, role FROM person_roles ORDER BY person_id, role"}) {
        auto q = m_db->exec(QString::fromLatin1(sql));
        if (!q)
            return "error";
        while (q.value().next()) {
            for (int i = 0; i < q.value().record().count(); ++i)
                out += q.value().value(i).toString().toUtf8() + '|';
            out += '\n';
        }
        out += "--\n";
    }
    return out;
}

void TestPeopleStore::importsTheExampleFile()
{
    QSignalSpy changed(m_store.get(), &PeopleStore::peopleChanged);
    auto summary = m_store->importCsv(example(), QStringLiteral("ops"));
    QVERIFY2(summary, summary ? "" : qPrintable(summary.error().message));
    QCOMPARE(summary->added, 10);
    QCOMPARE(summary->updated, 0);
    QCOMPARE(changed.size(), 1);
    auto people = m_store->people();
    QVERIFY(people);
    QCOMPARE(people->size(), 10);
    auto emi = m_store->findByName(QStringLiteral("  emi   TANAKA "));
    QVERIFY(emi && emi.value());
    QCOMPARE(emi.value()->name, QStringLiteral("Emi Tanaka"));
    QCOMPARE(emi.value()->roles, (QList<Role>{Role::CustomerSuccess, Role::Support}));
    QCOMPARE(emi.value()->phone, QStringLiteral("+81 3 5555 0105"));
}

void TestPeopleStore::reimportUpdatesByNameAndKeepsOthers()
{
    QVERIFY(m_store->importCsv(example(), QStringLiteral("ops")));
    auto before = m_store->findByName(QStringLiteral("Ana Ortiz"));
    QVERIFY(before && before.value());
    auto summary =
        m_store->importCsv("name,slack,roles\nANA ORTIZ,@ana2,legal\nNew Person,@new,support\n",
                           QStringLiteral("ops"));
    QVERIFY2(summary, summary ? "" : qPrintable(summary.error().message));
    QCOMPARE(summary->added, 1);
    QCOMPARE(summary->updated, 1);
    auto ana = m_store->findByName(QStringLiteral("Ana Ortiz"));
    QVERIFY(ana && ana.value());
    QCOMPARE(ana.value()->id, before.value()->id);
    QCOMPARE(ana.value()->name, QStringLiteral("ANA ORTIZ")); // the file's spelling wins
    QCOMPARE(ana.value()->slack, QStringLiteral("@ana2"));
    QCOMPARE(ana.value()->phone,
             QString()); // a column the file leaves out is cleared: the file is the record
    QCOMPARE(ana.value()->roles, QList<Role>{Role::Legal});
    QCOMPARE(m_store->people()->size(), 11);
}

void TestPeopleStore::badFileWritesNothing_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("says");
    QTest::newRow("unknown column") << QByteArray("name,phone,pager\nZed,+1 415 555 0199,1\n")
                                    << QStringLiteral("line 1, column pager");
    QTest::newRow("missing required column")
        << QByteArray("phone\n+1 415 555 0199\n") << QStringLiteral("line 1, column name");
    QTest::newRow("missing name") << QByteArray(
                                         "name,phone\nZed,+1 415 555 0199\n,+1 415 555 0198\n")
                                  << QStringLiteral("line 3, column name");
    QTest::newRow("duplicate in file")
        << QByteArray("name,phone\nZed,+1 415 555 0199\nzed,+1 415 555 0198\n")
        << QStringLiteral("first on line 2");
    QTest::newRow("bad role on last line")
        << QByteArray("name,phone,roles\nZed,+1 415 555 0199,on-call\nYu,+1 415 555 0198,boss\n")
        << QStringLiteral("line 3, column roles");
    QTest::newRow("bad phone") << QByteArray("name,phone\nZed,12\n")
                               << QStringLiteral("line 2, column phone");
    QTest::newRow("bad email") << QByteArray("name,email\nZed,zed@\n")
                               << QStringLiteral("line 2, column email");
    QTest::newRow("wrong field count")
        << QByteArray("name,phone\nZed,+1 415 555 0199\nYu\n") << QStringLiteral("line 3:");
    QTest::newRow("Latin-1") << QByteArray("name,phone\nZo\xEB,+1 415 555 0199\n")
                             << QStringLiteral("line 2: Byte");
    QTest::newRow("UTF-16 LE") << QByteArray("\xFF\xFEn\0a\0m\0e\0\n\0", 12)
                               << QStringLiteral("UTF-16");
    QTest::newRow("UTF-16 BE") << QByteArray("\xFE\xFF\0n\0a\0m\0e\0\n", 12)
                               << QStringLiteral("UTF-16");
    QTest::newRow("unterminated quote")
        << QByteArray("name,phone\n\"Zed,+1 415 555 0199\n") << QStringLiteral("line 2");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
}

void TestPeopleStore::badFileWritesNothing()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, says);
    QVERIFY(m_store->importCsv(example(), QStringLiteral("ops")));
    const QByteArray before = rowsSnapshot();
    QSignalSpy changed(m_store.get(), &PeopleStore::peopleChanged);
    m_clock->advanceSecs(60);
    auto summary = m_store->importCsv(bytes, QStringLiteral("ops"));
    QVERIFY(!summary);
    QCOMPARE(summary.error().code, Error::Code::InvalidInput);
    QVERIFY2(summary.error().message.startsWith(QStringLiteral("Nothing was imported")),
             qPrintable(summary.error().message));
    QVERIFY2(summary.error().message.contains(says), qPrintable(summary.error().message));
    QCOMPARE(rowsSnapshot(), before);
    QCOMPARE(changed.size(), 0);
}

void TestPeopleStore::addUpdateRemove()
{
    QSignalSpy changed(m_store.get(), &PeopleStore::peopleChanged);
    Person p;
    p.name = QStringLiteral(" Kai  Moreau ");
    p.slack = QStringLiteral("kai");
    p.roles = {Role::Legal, Role::OnCall, Role::Legal};
    auto id = m_store->add(p, QStringLiteral("ops"));
    QVERIFY(id);
    auto stored = m_store->person(id.value());
    QVERIFY(stored);
    QCOMPARE(stored->name, QStringLiteral("Kai Moreau"));
    QCOMPARE(stored->slack, QStringLiteral("@kai"));
    QCOMPARE(stored->roles, (QList<Role>{Role::OnCall, Role::Legal}));

    Person edited = stored.value();
    edited.roles = {Role::Ceo};
    edited.email = QStringLiteral("kai@example.com");
    QVERIFY(m_store->update(id.value(), edited, QStringLiteral("ops")));
    QCOMPARE(m_store->person(id.value())->roles, QList<Role>{Role::Ceo});
    QCOMPARE(m_store->person(id.value())->email, QStringLiteral("kai@example.com"));

    QVERIFY(m_store->remove(id.value(), QStringLiteral("ops")));
    QCOMPARE(m_store->person(id.value()).error().code, Error::Code::NotFound);
    QCOMPARE(changed.size(), 3);
    auto roles = m_db->exec(QStringLiteral("SELECT COUNT(*) FROM person_roles"));
    QVERIFY(roles && roles.value().next());
    QCOMPARE(roles.value().value(0).toInt(), 0);
}

void TestPeopleStore::refusesDuplicateNamesAndInvalidPeople()
{
    Person p;
    p.name = QStringLiteral("Kai");
    p.phone = QStringLiteral("+1 415 555 0111");
    auto first = m_store->add(p, QStringLiteral("ops"));
    QVERIFY(first);
    p.name = QStringLiteral("KAI");
    auto twice = m_store->add(p, QStringLiteral("ops"));
    QVERIFY(!twice);
    QCOMPARE(twice.error().field, QStringLiteral("name"));

    Person other;
    other.name = QStringLiteral("Lou");
    other.phone = QStringLiteral("+1 415 555 0112");
    auto lou = m_store->add(other, QStringLiteral("ops"));
    QVERIFY(lou);
    other.name = QStringLiteral("kai");
    QCOMPARE(m_store->update(lou.value(), other, QStringLiteral("ops")).error().field,
             QStringLiteral("name"));

    Person unreachable;
    unreachable.name = QStringLiteral("Mo");
    auto refused = m_store->add(unreachable, QStringLiteral("ops"));
    QVERIFY(!refused);
    QVERIFY(refused.error().message.contains(QStringLiteral("way to reach")));
    QVERIFY(!m_store->add(p, QStringLiteral(" ")));
    QCOMPARE(m_store->people()->size(), 2);
}

void TestPeopleStore::removeRefusedWhileOwningAccounts()
{
    QVERIFY(m_store->importCsv(example(), QStringLiteral("ops")));
    auto dev = m_store->findByName(QStringLiteral("Dev Patel"));
    QVERIFY(dev && dev.value());
    auto inserted = m_db->exec(
        QStringLiteral(
            "INSERT INTO key_accounts (name, name_key, tier, account_rank, csm_id,"
            " updated_at, updated_by) VALUES ('Globex', 'globex', 'enterprise', 1, ?, 0, 't')"),
        {dev.value()->id});
    QVERIFY(inserted);
    auto removed = m_store->remove(dev.value()->id, QStringLiteral("ops"));
    QVERIFY(!removed);
    QVERIFY2(removed.error().message.contains(QStringLiteral("Globex")),
             qPrintable(removed.error().message));
    QVERIFY(m_store->person(dev.value()->id));
}

QTEST_GUILESS_MAIN(TestPeopleStore)
#include "tst_peoplestore.moc"
