// warroomctl's roles and key-account commands end to end: cli::run in process on a manual clock.
#include "core/base/utctime.h"
#include "ctlinprocess.h"
#include "storage/db/database.h"
#include "testsupport.h"

#include <QTest>

using namespace warroom;
using test::CtlRun;

class TestWarroomctlRoles : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void importAssignAcknowledgeCallAndShow();
    void selectNamedAccountsOrTopN();
    void refusals_data();
    void refusals();
    void badCsvImportsNothing_data();
    void badCsvImportsNothing();
    void helpListsTheCommands();

private:
    CtlRun ctl(const QStringList &arguments) const;
    QByteArray tableRows() const;
    void importExamples();
    qint64 declare();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
    std::unique_ptr<ManualClock> m_clock;
};

static QString example(const char *name)
{
    return QStringLiteral(WARROOM_SOURCE_DIR "/resources/examples/") + QLatin1String(name);
}

void TestWarroomctlRoles::init()
{
    test::failOnCtlWarnings();
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = m_dir->filePath(QStringLiteral("ctl.sqlite"));
    m_clock = std::make_unique<ManualClock>(test::ctlStart());
}

void TestWarroomctlRoles::cleanup()
{
    m_dir.reset();
}

CtlRun TestWarroomctlRoles::ctl(const QStringList &arguments) const
{
    return test::runCtl(QStringList{QStringLiteral("--db"), m_db} + arguments,
                        test::ctlEnvironment(QStringLiteral("Ana Ortiz")), *m_clock);
}

// Every row of every table: "nothing written" means this does not change.
QByteArray TestWarroomctlRoles::tableRows() const
{
    auto db = Database::open(DatabaseConfig::sqlite(m_db));
    if (!db)
        return "cannot open";
    QByteArray out;
    for (const char *table :
         {"people", "person_roles", "key_accounts", "account_contacts", "timeline_events"}) {
        auto q = db.value()->exec(
            QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(QLatin1String(table)));
        if (!q)
            return "error";
        while (q.value().next()) {
            for (int i = 0; i < 8; ++i)
                out += q.value().value(i).toString().toUtf8() + '|';
            out += '\n';
        }
    }
    return out;
}

void TestWarroomctlRoles::importExamples()
{
    const CtlRun people =
        ctl({QStringLiteral("people"), QStringLiteral("import"), example("people.csv")});
    QCOMPARE(people.exitCode, 0);
    QVERIFY(people.out.endsWith(": 10 added, 0 updated.\n"));
    const CtlRun accounts =
        ctl({QStringLiteral("accounts"), QStringLiteral("import"), example("key-accounts.csv")});
    QCOMPARE(accounts.exitCode, 0);
    QVERIFY(accounts.out.endsWith(": 12 added, 0 updated, 0 no longer listed.\n"));
}

qint64 TestWarroomctlRoles::declare()
{
    const CtlRun declared =
        ctl({QStringLiteral("declare"), QStringLiteral("--title"), QStringLiteral("Drafts cut off"),
             QStringLiteral("--category"), QStringLiteral("output-error-loss"),
             QStringLiteral("--severity"), QStringLiteral("SEV1"),
             QStringLiteral("--affected-users-pct"), QStringLiteral("12")});
    return declared.exitCode == 0 ? declared.out.trimmed().toLongLong() : 0;
}

void TestWarroomctlRoles::importAssignAcknowledgeCallAndShow()
{
    importExamples();
    const qint64 id = declare();
    QVERIFY(id > 0);
    const QString n = QString::number(id);
    const auto ok = [&](const QStringList &args) {
        const CtlRun run = ctl(args);
        if (run.exitCode != 0)
            qWarning() << args << run.errText();
        return run.exitCode == 0;
    };
    QVERIFY(ok({QStringLiteral("assign"), n, QStringLiteral("incident-commander"),
                QStringLiteral("Ana"), QStringLiteral("Ortiz")}));
    m_clock->advanceSecs(120);
    QVERIFY(ok(
        {QStringLiteral("ack"), n, QStringLiteral("incident-commander")})); // the author holds it
    QVERIFY(ok({QStringLiteral("assign"), n, QStringLiteral("legal"), QStringLiteral("Ben Adeyemi"),
                QStringLiteral("--override")}));
    QVERIFY(ok({QStringLiteral("assign"), n, QStringLiteral("customer-success"),
                QStringLiteral("Dev Patel")}));
    QVERIFY(ok({QStringLiteral("assign"), n, QStringLiteral("customer-success"),
                QStringLiteral("Emi Tanaka")}));
    QVERIFY(ok({QStringLiteral("ack"), n, QStringLiteral("customer-success"),
                QStringLiteral("--person"), QStringLiteral("emi tanaka")}));

    const CtlRun selected = ctl({QStringLiteral("accounts"), QStringLiteral("select"), n});
    QCOMPARE(selected.exitCode, 0);
    QCOMPARE(selected.out.split('\n').first(), QByteArray("Northwind Logistics"));
    QCOMPARE(selected.out.count('\n'), 10);

    QVERIFY(ok({QStringLiteral("call"), n, QStringLiteral("initech"), QStringLiteral("reached"),
                QStringLiteral("--note"), QStringLiteral("drafts end mid-sentence since 02:40")}));
    QVERIFY(
        ok({QStringLiteral("call"), n, QStringLiteral("Globex, Inc."),
            QStringLiteral("left-message"), QStringLiteral("--channel"), QStringLiteral("slack")}));
    QVERIFY(ok({QStringLiteral("call"), n, QStringLiteral("Northwind Logistics"),
                QStringLiteral("calling")}));

    const CtlRun shown = ctl({QStringLiteral("show"), n, QStringLiteral("--json")});
    QCOMPARE(shown.exitCode, 0);
    const QJsonObject json = shown.jsonObject();
    QHash<QString, QJsonObject> roles;
    for (const QJsonValue &r : json.value(QLatin1String("roles")).toArray())
        roles.insert(r.toObject().value(QLatin1String("role")).toString(), r.toObject());
    QCOMPARE(roles.size(), 8);
    const QJsonObject ic = roles.value(QStringLiteral("incident-commander"));
    QVERIFY(ic.value(QLatin1String("needed")).toBool());
    QCOMPARE(ic.value(QLatin1String("holders")).toArray().size(), 1);
    const QJsonObject icHolder = ic.value(QLatin1String("holders")).toArray().first().toObject();
    QCOMPARE(icHolder.value(QLatin1String("person")).toString(), QStringLiteral("Ana Ortiz"));
    QCOMPARE(icHolder.value(QLatin1String("acknowledged_at")).toString(),
             utctime::toIso(test::ctlStart().addSecs(120)));
    const QJsonObject legal = roles.value(QStringLiteral("legal"));
    QVERIFY(
        legal.value(QLatin1String("needed")).toBool()); // output-error-loss: model output liability
    QVERIFY(legal.value(QLatin1String("holders"))
                .toArray()
                .first()
                .toObject()
                .value(QLatin1String("override"))
                .toBool());
    QVERIFY(legal.value(QLatin1String("holders"))
                .toArray()
                .first()
                .toObject()
                .value(QLatin1String("acknowledged_at"))
                .isNull());
    const QJsonArray csms =
        roles.value(QStringLiteral("customer-success")).value(QLatin1String("holders")).toArray();
    QCOMPARE(csms.size(), 2);
    QVERIFY(csms.at(0).toObject().value(QLatin1String("acknowledged_at")).isNull());
    QVERIFY(csms.at(1).toObject().value(QLatin1String("acknowledged_at")).isString());
    const QJsonObject onCall = roles.value(QStringLiteral("on-call"));
    QVERIFY(onCall.value(QLatin1String("needed")).toBool());
    QVERIFY(onCall.value(QLatin1String("holders")).toArray().isEmpty());
    QVERIFY(!roles.value(QStringLiteral("ceo")).value(QLatin1String("needed")).toBool());

    const QJsonObject outreach = json.value(QLatin1String("outreach")).toObject();
    const QJsonObject progress = outreach.value(QLatin1String("progress")).toObject();
    QCOMPARE(progress.value(QLatin1String("total")).toInt(), 10);
    QCOMPARE(progress.value(QLatin1String("closed_out")).toInt(), 1);
    QCOMPARE(progress.value(QLatin1String("reached")).toInt(), 1);
    QCOMPARE(progress.value(QLatin1String("open")).toInt(), 2);
    QCOMPARE(progress.value(QLatin1String("not_started")).toInt(), 7);
    QCOMPARE(progress.value(QLatin1String("text")).toString(),
             QStringLiteral("1 of 10 closed out (1 reached), 2 still open, 7 not started"));
    QVERIFY(!progress.value(QLatin1String("done")).toBool());
    const QJsonArray accounts = outreach.value(QLatin1String("accounts")).toArray();
    QCOMPARE(accounts.size(), 10);
    const QJsonObject initech = accounts.at(2).toObject();
    QCOMPARE(initech.value(QLatin1String("name")).toString(), QStringLiteral("Initech"));
    QCOMPARE(initech.value(QLatin1String("csm")).toString(), QStringLiteral("Emi Tanaka"));
    QCOMPARE(initech.value(QLatin1String("status")).toString(), QStringLiteral("reached"));
    const QJsonObject attempt =
        initech.value(QLatin1String("attempts")).toArray().first().toObject();
    QCOMPARE(attempt.value(QLatin1String("by")).toString(), QStringLiteral("Ana Ortiz"));
    QCOMPARE(attempt.value(QLatin1String("channel")).toString(), QStringLiteral("phone"));
    QCOMPARE(attempt.value(QLatin1String("note")).toString(),
             QStringLiteral("drafts end mid-sentence since 02:40"));
    QCOMPARE(accounts.at(1)
                 .toObject()
                 .value(QLatin1String("attempts"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QLatin1String("channel"))
                 .toString(),
             QStringLiteral("slack"));

    const CtlRun text = ctl({QStringLiteral("show"), n});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains("1 of 10 closed out (1 reached), 2 still open, 7 not started"));
    QVERIFY(text.out.contains("UNFILLED"));
}

void TestWarroomctlRoles::selectNamedAccountsOrTopN()
{
    importExamples();
    const QString n = QString::number(declare());
    const CtlRun top = ctl({QStringLiteral("accounts"), QStringLiteral("select"), n,
                            QStringLiteral("--top"), QStringLiteral("3")});
    QCOMPARE(top.exitCode, 0);
    QCOMPARE(top.out, QByteArray("Northwind Logistics\nGlobex, Inc.\nInitech\n"));
    const CtlRun named = ctl({QStringLiteral("accounts"), QStringLiteral("select"), n,
                              QStringLiteral("oscorp labs"), QStringLiteral("Initech")});
    QCOMPARE(named.exitCode, 0);
    QCOMPARE(named.out, QByteArray("Oscorp Labs\nInitech\n"));
    const QJsonObject json =
        ctl({QStringLiteral("show"), n, QStringLiteral("--json")}).jsonObject();
    QCOMPARE(json.value(QLatin1String("outreach"))
                 .toObject()
                 .value(QLatin1String("progress"))
                 .toObject()
                 .value(QLatin1String("total"))
                 .toInt(),
             2);
}

void TestWarroomctlRoles::refusals_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("mentions");
    const auto row = [](const char *name, const QStringList &args, int code,
                        const QString &mentions) {
        QTest::newRow(name) << args << code << mentions;
    };
    row("assign not listed", {"assign", "1", "legal", "Farah Haddad"}, 1,
        QStringLiteral("add --override"));
    row("assign unknown role", {"assign", "1", "janitor", "Farah Haddad"}, 1,
        QStringLiteral("\"janitor\" is not a role"));
    row("assign without person", {"assign", "1", "legal"}, 2, QStringLiteral("PERSON"));
    row("ack unfilled role", {"ack", "1", "support"}, 1,
        QStringLiteral("No one holds the support role"));
    row("ack non-holder", {"ack", "1", "on-call", "--person", "Ben Adeyemi"}, 1,
        QStringLiteral("does not hold"));
    row("unassign non-holder", {"unassign", "1", "on-call", "Ben Adeyemi"}, 1,
        QStringLiteral("does not hold"));
    row("call by email", {"call", "1", "Initech", "reached", "--channel", "email"}, 1,
        QStringLiteral("not email"));
    row("call unknown status", {"call", "1", "Initech", "maybe"}, 1,
        QStringLiteral("not-started, calling, reached"));
    row("call account not selected", {"call", "1", "Cyberdyne Systems", "reached"}, 1,
        QStringLiteral("not among the accounts selected"));
    row("call unknown incident", {"call", "99", "Initech", "reached"}, 1,
        QStringLiteral("no incident 99"));
    row("select unknown account", {"accounts", "select", "1", "Nobody Corp"}, 1,
        QStringLiteral("\"Nobody Corp\" is not on the key-account list"));
    row("select top and names", {"accounts", "select", "1", "--top", "3", "Initech"}, 2,
        QStringLiteral("not both"));
    row("select top zero", {"accounts", "select", "1", "--top", "0"}, 1,
        QStringLiteral("between 1 and 50"));
    row("accounts unknown action", {"accounts", "export", "x"}, 2,
        QStringLiteral("import and select"));
    row("people unknown action", {"people", "export", "x.csv"}, 2,
        QStringLiteral("people import FILE.csv"));
    row("import missing file", {"people", "import", "/nonexistent/people.csv"}, 1,
        QStringLiteral("does not exist"));
}

void TestWarroomctlRoles::refusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, mentions);
    importExamples();
    const QString n = QString::number(declare());
    QCOMPARE(n, QStringLiteral("1"));
    QCOMPARE(
        ctl({QStringLiteral("assign"), n, QStringLiteral("on-call"), QStringLiteral("Ana Ortiz")})
            .exitCode,
        0);
    QCOMPARE(ctl({QStringLiteral("accounts"), QStringLiteral("select"), n}).exitCode, 0);
    const QByteArray before = tableRows();
    const CtlRun run = ctl(arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.errIsOneLine(), run.err.constData());
    QVERIFY2(run.errText().contains(mentions), run.err.constData());
    QCOMPARE(tableRows(), before);
}

void TestWarroomctlRoles::badCsvImportsNothing_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("people: duplicate")
        << QStringLiteral("people")
        << QByteArray("name,phone\nZed,+1 415 555 0199\nZED,+1 415 555 0198\n")
        << QStringLiteral("line 3, column name: \"ZED\" is listed twice: first on line 2");
    QTest::newRow("people: UTF-16")
        << QStringLiteral("people") << QByteArray("\xFF\xFEn\0a\0m\0e\0", 10)
        << QStringLiteral("UTF-16");
    QTest::newRow("accounts: CSM unknown")
        << QStringLiteral("accounts")
        << QByteArray("name,tier,rank,csm,contact1_name,contact1_phone\nA,smb,1,Nobody,B,+1 415 "
                      "555 0120\n")
        << QStringLiteral("line 2, column csm");
    QTest::newRow("accounts: two problems")
        << QStringLiteral("accounts")
        << QByteArray("name,tier,rank,csm,contact1_name,contact1_phone\nA,gold,1,Dev Patel,B,+1 "
                      "415 555 0120\nC,smb,x,Dev Patel,D,+1 415 555 0121\n")
        << QStringLiteral("2 problem(s): line 2, column tier: Unknown tier \"gold\"; one of "
                          "enterprise, mid-market, smb.; line 3, column rank");
}

void TestWarroomctlRoles::badCsvImportsNothing()
{
    QFETCH(QString, what);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, mentions);
    importExamples();
    const QString file = m_dir->filePath(QStringLiteral("bad.csv"));
    test::writeFile(file, bytes);
    const QByteArray before = tableRows();
    const CtlRun run = ctl({what, QStringLiteral("import"), file});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.errIsOneLine(), run.err.constData());
    QVERIFY2(run.errText().contains(file + QStringLiteral(": Nothing was imported")),
             run.err.constData());
    QVERIFY2(run.errText().contains(mentions), run.err.constData());
    QCOMPARE(tableRows(), before);
}

void TestWarroomctlRoles::helpListsTheCommands()
{
    const CtlRun help = ctl({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    for (const char *command : {"assign", "unassign", "ack", "call", "people", "accounts"})
        QVERIFY2(help.out.contains(QByteArray(QByteArray("  ") + command)), command);
    const CtlRun call = ctl({QStringLiteral("call"), QStringLiteral("--help")});
    QVERIFY(call.out.contains("email is refused"));
}

QTEST_GUILESS_MAIN(TestWarroomctlRoles)
#include "tst_warroomctlroles.moc"
