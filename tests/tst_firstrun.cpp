#include "models/incidents/incidentlistmodel.h"
#include "session/appsettings.h"
#include "session/currentuser.h"
#include "storage/calls/accountstore.h"
#include "storage/calls/outreachstore.h"
#include "storage/comms/draftstore.h"
#include "storage/comms/outboxstore.h"
#include "storage/db/database.h"
#include "storage/demo/demodata.h"
#include "storage/incidents/incidentstore.h"
#include "storage/incidents/playbookstore.h"
#include "storage/roles/peoplestore.h"
#include "storage/roles/rolestore.h"
#include "storage/workspace.h"
#include "testsupport.h"
#include "widgets/common/errorline.h"
#include "widgets/directory/csvimportdialog.h"
#include "widgets/firstrun/firstrun.h"
#include "widgets/firstrun/usernamedialog.h"
#include "widgets/firstrun/welcomedialog.h"
#include "widgets/incidents/incidentview.h"
#include "widgets/incidents/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace warroom;

// The first start: who the user is, the welcome on an empty database, and the CSV import dialog
// that lists every problem of a file by line.
class TestFirstRun : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void nameForLoginMatchesEmailOrSlack();
    void nameIsAskedOnTheFirstStartOnly();
    void cancelledNameLeavesTheUserUnknown();
    void menuRenamesThroughTheSameDialog();
    void welcomeOnAnEmptyDatabaseOnly();
    void importListsEveryProblemAndImportsNothing();
    void correctedFileImportsFromTheSameDialog();
    void accountsImportNamesUnknownCsmsByLine();
    void demoIsCreatedAndRemovedLeavingRealDataIntact();
    void welcomeOpensTheDemoAndTheMenuRemovesIt();
    void pictures();

private:
    // Runs `answer` on the next modal dialog once it is shown; `seen` counts the dialogs.
    void onNextModal(const std::function<void(QWidget *)> &answer);
    QString file(const char *name, const QByteArray &bytes) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Workspace> m_ws;
    int m_modals = 0;
};

namespace {
const QByteArray GoodPeople = "name,phone,slack,email,roles\n"
                              "Ana Ortiz,+1 415 555 0101,@ana.ortiz,ana.ortiz@example.com,"
                              "incident-commander\n"
                              "Chloé Martin,+33 1 55 55 01 03,,chloe.martin@example.com,"
                              "customer-success\n";
const QByteArray BadPeople = "name,phone,slack,email,roles\n"
                             "Ana Ortiz,+1 415 555 0101,@ana.ortiz,ana.ortiz@example.com,"
                             "incident-commander\n"
                             "Chloé Martin,+33 1 55 55 01 03,,bob@,customer-success\n"
                             "Ben Adeyemi,,,,on-call\n"
                             "Ana Ortiz,+1 415 555 0109,,,wizard\n";
} // namespace

void TestFirstRun::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestFirstRun::init()
{
    QSettings().remove(QStringLiteral("user/name")); // every test starts like a first start
    m_dir = std::make_unique<QTemporaryDir>();
    m_clock = std::make_unique<ManualClock>(test::testStart());
    auto ws = Workspace::open(
        DatabaseConfig::sqlite(m_dir->filePath(QStringLiteral("first.sqlite"))), *m_clock);
    QVERIFY(ws);
    m_ws = std::move(ws).value();
    m_modals = 0;
}

void TestFirstRun::cleanup()
{
    m_ws.reset();
    m_dir.reset();
    QSettings().remove(QStringLiteral("user/name"));
}

void TestFirstRun::onNextModal(const std::function<void(QWidget *)> &answer)
{
    QTimer::singleShot(0, this, [this, answer] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal) {
            onNextModal(answer); // not shown yet
            return;
        }
        ++m_modals;
        answer(modal);
    });
}

QString TestFirstRun::file(const char *name, const QByteArray &bytes) const
{
    const QString path = m_dir->filePath(QString::fromLatin1(name));
    test::writeFile(path, bytes);
    return path;
}

void TestFirstRun::nameForLoginMatchesEmailOrSlack()
{
    const QList<Person> people{
        {1,
         QStringLiteral("Ana Ortiz"),
         {},
         QStringLiteral("@ana.o"),
         QStringLiteral("Ana.Ortiz@example.com"),
         {}},
        {2,
         QStringLiteral("Ben Adeyemi"),
         {},
         QStringLiteral("@ben"),
         QStringLiteral("ben@x.io"),
         {}},
        {3, QStringLiteral("Ben Brown"), {}, {}, QStringLiteral("ben@y.io"), {}},
    };
    QCOMPARE(UserNameDialog::nameForLogin(people, QStringLiteral("ana.ortiz")),
             QStringLiteral("Ana Ortiz"));
    QCOMPARE(UserNameDialog::nameForLogin(people, QStringLiteral("ana.o")),
             QStringLiteral("Ana Ortiz"));
    QCOMPARE(UserNameDialog::nameForLogin(people, QStringLiteral("ANA.ORTIZ@EXAMPLE.COM")),
             QStringLiteral("Ana Ortiz"));
    QCOMPARE(UserNameDialog::nameForLogin(people, QStringLiteral("ben")), QString()); // two Bens
    QCOMPARE(UserNameDialog::nameForLogin(people, QStringLiteral("root")), QString());
    QCOMPARE(UserNameDialog::nameForLogin(people, QString()), QString());
}

void TestFirstRun::nameIsAskedOnTheFirstStartOnly()
{
    QVERIFY(m_ws->people().importCsv(GoodPeople, QStringLiteral("setup")));
    qputenv("USER", "ana.ortiz");
    {
        CurrentUser user;
        QVERIFY(!user.known());
        QVERIFY(user.name().isEmpty()); // never "operator" or the login, silently
        QString prefilled;
        bool okWhenBlank = true;
        onNextModal([&](QWidget *modal) {
            auto *dialog = qobject_cast<UserNameDialog *>(modal);
            QVERIFY(dialog);
            auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("userName"));
            QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            prefilled = edit->text();
            edit->clear();
            QTest::keyClicks(edit, QStringLiteral("   "));
            okWhenBlank = ok->isEnabled();
            edit->clear();
            QTest::keyClicks(edit, QStringLiteral("Ana  Ortiz "));
            ok->click();
        });
        QVERIFY(firstrun::askNameIfUnknown(user, *m_ws));
        QCOMPARE(m_modals, 1);
        QCOMPARE(prefilled, QStringLiteral("Ana Ortiz")); // the directory knows the login
        QVERIFY(!okWhenBlank);
        QCOMPARE(user.name(), QStringLiteral("Ana Ortiz"));
    }
    QCOMPARE(AppSettings().userName(), QStringLiteral("Ana Ortiz"));

    // The second start knows the name: no dialog.
    CurrentUser again;
    QVERIFY(again.known());
    QCOMPARE(again.name(), QStringLiteral("Ana Ortiz"));
    QVERIFY(firstrun::askNameIfUnknown(again, *m_ws));
    QTest::qWait(20); // a dialog would have been answered by now
    QCOMPARE(m_modals, 1);
}

void TestFirstRun::cancelledNameLeavesTheUserUnknown()
{
    qputenv("USER", "nobody-in-the-directory");
    CurrentUser user;
    QString prefilled = QStringLiteral("unset");
    onNextModal([&](QWidget *modal) {
        prefilled = modal->findChild<QLineEdit *>(QStringLiteral("userName"))->text();
        qobject_cast<QDialog *>(modal)->reject();
    });
    QVERIFY(!firstrun::askNameIfUnknown(user, *m_ws));
    QCOMPARE(prefilled, QString()); // no match: empty, not the login
    QVERIFY(!user.known());
    QVERIFY(AppSettings().userName().isEmpty());
}

// Window → Set your name… asks with the first start's dialog, prefilled with the current name; a
// name the timeline would refuse keeps OK disabled and says why under the field.
void TestFirstRun::menuRenamesThroughTheSameDialog()
{
    CurrentUser user;
    user.setName(QStringLiteral("Ana Ortiz"));
    MainWindow window(*m_ws, user);
    QAction *rename = nullptr;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->text() == MainWindow::tr("Set &your name…"))
            rename = action;
    }
    QVERIFY(rename);
    QString prefilled;
    bool okWithControl = true;
    QString problem;
    onNextModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<UserNameDialog *>(modal);
        QVERIFY(dialog);
        auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("userName"));
        QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        prefilled = edit->text();
        edit->setText(QStringLiteral("Ana\u0007Ortiz"));
        okWithControl = ok->isEnabled();
        problem = dialog->findChild<ErrorLine *>(QStringLiteral("userNameProblem"))->shownText();
        edit->clear();
        QTest::keyClicks(edit, QStringLiteral("Ana Maria Ortiz"));
        QVERIFY(dialog->findChild<ErrorLine *>(QStringLiteral("userNameProblem"))
                    ->shownText()
                    .isEmpty());
        ok->click();
    });
    rename->trigger();
    QCOMPARE(m_modals, 1);
    QCOMPARE(prefilled, QStringLiteral("Ana Ortiz"));
    QVERIFY(!okWithControl);
    QVERIFY2(problem.contains(QStringLiteral("control character")), qPrintable(problem));
    QCOMPARE(user.name(), QStringLiteral("Ana Maria Ortiz"));
}

void TestFirstRun::welcomeOnAnEmptyDatabaseOnly()
{
    CurrentUser user;
    user.overrideName(QStringLiteral("Ana Ortiz"));
    QVERIFY(firstrun::isEmptyDatabase(*m_ws));
    QString start;
    onNextModal([&](QWidget *modal) {
        auto *welcome = qobject_cast<WelcomeDialog *>(modal);
        QVERIFY(welcome);
        start = welcome->startButton()->text();
        welcome->startButton()->click();
    });
    QVERIFY(firstrun::welcomeIfEmpty(*m_ws, user));
    QCOMPARE(m_modals, 1);
    QCOMPARE(start, QStringLiteral("&Start empty"));

    // Anybody in the directory, or any incident, and the welcome is not shown again.
    QVERIFY(m_ws->people().importCsv(GoodPeople, QStringLiteral("Ana Ortiz")));
    QVERIFY(!firstrun::isEmptyDatabase(*m_ws));
    QVERIFY(!firstrun::welcomeIfEmpty(*m_ws, user));

    auto other = Workspace::open(
        DatabaseConfig::sqlite(m_dir->filePath(QStringLiteral("incident.sqlite"))), *m_clock);
    QVERIFY(other);
    QVERIFY((*other)->incidents().declare(test::validFields(), QStringLiteral("Ana Ortiz")));
    QVERIFY(!firstrun::isEmptyDatabase(**other));
    QCOMPARE(m_modals, 1);
}

void TestFirstRun::importListsEveryProblemAndImportsNothing()
{
    CsvImportDialog dialog(*m_ws, csvimport::Kind::People, QStringLiteral("Ana Ortiz"));
    dialog.show();
    dialog.setPath(file("people.csv", BadPeople));
    QVERIFY(!dialog.importNow());
    const QStringList lines = dialog.problemLines();
    QCOMPARE(lines.size(), 4);
    QVERIFY2(lines.at(0).startsWith(QStringLiteral("Line 3, column email: \"bob@\" is not an email "
                                                   "address")),
             qPrintable(lines.at(0)));
    QVERIFY2(lines.at(1).startsWith(QStringLiteral("Line 4, column phone: Ben Adeyemi has no "
                                                   "phone, Slack handle or email")),
             qPrintable(lines.at(1)));
    QVERIFY2(lines.at(2).startsWith(QStringLiteral("Line 5, column roles: Unknown role wizard")),
             qPrintable(lines.at(2)));
    QVERIFY2(lines.at(3).startsWith(QStringLiteral("Line 5, column name: \"Ana Ortiz\" is listed "
                                                   "twice: first on line 2.")),
             qPrintable(lines.at(3)));
    for (const QString &line : lines)
        QVERIFY2(!line.contains(QStringLiteral("csv-formats")), qPrintable(line));
    QVERIFY2(dialog.outcome().contains(QStringLiteral("Nothing was imported: people.csv has 4 "
                                                      "problem(s)")),
             qPrintable(dialog.outcome()));
    QVERIFY(!dialog.outcome().contains(QStringLiteral("csv-formats")));
    QVERIFY(m_ws->people().people()->isEmpty()); // not even the good lines
    QVERIFY(dialog.findChild<QListWidget *>(QStringLiteral("csvProblems"))->isVisible());

    // The columns are explained in the dialog itself.
    const QString help = dialog.findChild<QLabel *>(QStringLiteral("csvColumnsHelp"))->text();
    for (const char *column : {"name", "phone", "slack", "email", "roles", "incident-commander"})
        QVERIFY2(help.contains(QLatin1String(column)), column);
}

void TestFirstRun::correctedFileImportsFromTheSameDialog()
{
    CsvImportDialog dialog(*m_ws, csvimport::Kind::People, QStringLiteral("Ana Ortiz"));
    dialog.show();
    const QString path = file("people.csv", BadPeople);
    dialog.setPath(path);
    QVERIFY(!dialog.importNow());
    QVERIFY(!dialog.problemLines().isEmpty());

    test::writeFile(path, GoodPeople); // fixed in the spreadsheet, saved again
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("csvImportButton")),
                      Qt::LeftButton);
    QVERIFY(dialog.imported());
    QCOMPARE(dialog.problemLines(), QStringList());
    QVERIFY(!dialog.findChild<QListWidget *>(QStringLiteral("csvProblems"))->isVisible());
    QCOMPARE(dialog.outcome(), QStringLiteral("People imported from people.csv: 2 added, 0 "
                                              "updated."));
    QCOMPARE(m_ws->people().people()->size(), 2);
    QCOMPARE(m_ws->people().people()->at(0).email, QStringLiteral("ana.ortiz@example.com"));
}

void TestFirstRun::accountsImportNamesUnknownCsmsByLine()
{
    QVERIFY(m_ws->people().importCsv(GoodPeople, QStringLiteral("Ana Ortiz")));
    CurrentUser user;
    user.overrideName(QStringLiteral("Ana Ortiz"));
    const QString bad = file("accounts.csv", "name,tier,rank,csm,contact1_name,contact1_phone\n"
                                             "Northwind,enterprise,1,Chloé Martin,Maya,+1 212 555 "
                                             "0140\n"
                                             "Globex,enterprise,2,Nobody Known,Lena,+49 30 5555 "
                                             "0142\n");
    // Through the welcome dialog, as on a first start.
    WelcomeDialog welcome(*m_ws, user.name());
    welcome.show();
    QStringList lines;
    onNextModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<CsvImportDialog *>(modal);
        QVERIFY(dialog);
        dialog->setPath(bad);
        QVERIFY(!dialog->importNow());
        lines = dialog->problemLines();
        test::writeFile(bad, "name,tier,rank,csm,contact1_name,contact1_phone\n"
                             "Northwind,enterprise,1,Chloé Martin,Maya,+1 212 555 0140\n"
                             "Globex,enterprise,2,Ana Ortiz,Lena,+49 30 5555 0142\n");
        QVERIFY(dialog->importNow());
        dialog->reject();
    });
    welcome.importAccountsButton()->click();
    QCOMPARE(m_modals, 1);
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.at(0).startsWith(
                 QStringLiteral("Line 3, column csm: \"Nobody Known\" is not in the people "
                                "directory")),
             qPrintable(lines.at(0)));
    QCOMPARE(m_ws->accounts().accounts()->size(), 2);
    QCOMPARE(welcome.statusText(),
             QStringLiteral("Now: 2 people in the directory, 2 key accounts."));
}

namespace {
// Everything real a database holds, to compare before and after the demo comes and goes.
QStringList realData(Workspace &ws, qint64 incident)
{
    QStringList dump;
    for (const Person &p : ws.people().people().value())
        dump.append(QStringLiteral("person %1 %2 %3").arg(p.id).arg(p.name, p.email));
    for (const KeyAccount &a : ws.accounts().accounts().value())
        dump.append(QStringLiteral("account %1 %2 %3").arg(a.id).arg(a.name, a.csm));
    for (const TimelineEvent &e : ws.incidents().timeline(incident).value())
        dump.append(QStringLiteral("event %1 %2").arg(e.id).arg(e.kind));
    dump.append(ws.incidents().incident(incident)->fields.title);
    for (const Draft &d : ws.drafts().drafts(incident).value())
        dump.append(QStringLiteral("draft %1").arg(d.id));
    return dump;
}
} // namespace

void TestFirstRun::demoIsCreatedAndRemovedLeavingRealDataIntact()
{
    const QString ana = QStringLiteral("Ana Ortiz");
    QVERIFY(m_ws->people().importCsv(test::exampleCsv("people.csv"), ana));
    QVERIFY(m_ws->accounts().importCsv(test::exampleCsv("key-accounts.csv"), ana));
    const qint64 real = m_ws->incidents().declare(test::validFields(), ana).value();
    QVERIFY(m_ws->roles().assign(real, Role::IncidentCommander, ana, false, ana));
    QVERIFY(m_ws->drafts().create(
        {real, QStringLiteral("first-announcement"), 0, std::nullopt, QString()}, ana));
    const QStringList before = realData(*m_ws, real);
    const int realAccounts = int(m_ws->accounts().accounts()->size());

    const Result<qint64> made = demo::create(*m_ws);
    QVERIFY2(made, made ? "" : qPrintable(made.error().message));
    const qint64 id = made.value();
    const Incident incident = m_ws->incidents().incident(id).value();
    QVERIFY(incident.fields.title.startsWith(QStringLiteral("DEMO — ")));
    QCOMPARE(incident.fields.category, Category::BehaviorAnomaly);
    QCOMPARE(incident.status, IncidentStatus::Identified);
    // A populated board: roles held, steps done, calls made, a draft.
    QVERIFY(m_ws->roles().assignments(id)->size() >= 6);
    int done = 0;
    for (const ObligationStatus &o :
         m_ws->playbookStore().obligations(id, m_clock->nowUtc()).value())
        done += o.state == ObligationState::Done ? 1 : 0;
    QVERIFY2(done >= 4, qPrintable(QString::number(done)));
    int called = 0;
    for (const AccountOutreach &a : m_ws->outreach().accounts(id).value())
        called += a.status != CallStatus::NotStarted ? 1 : 0;
    QCOMPARE(called, 3);
    QCOMPARE(m_ws->drafts().drafts(id)->size(), 1);
    // The real accounts are still listed: the demo did not replace the list.
    QCOMPARE(int(m_ws->accounts().accounts()->size()), realAccounts + 5);
    const Result<demo::Removed> counted = demo::count(*m_ws);
    QVERIFY(counted);
    QCOMPARE(counted->incidents, 1);
    QCOMPARE(counted->people, 8);
    QCOMPARE(counted->accounts, 5);
    QCOMPARE(demo::incidentIds(*m_ws).value(), QList<qint64>{id});

    // Nothing of the demo incident is queued for the channels (a sync to Slack, say).
    auto event = m_ws->database().exec(
        QStringLiteral("SELECT MAX(id) FROM timeline_events WHERE incident_id = %1").arg(id));
    QVERIFY(event && event.value().next());
    const Result<QString> queued =
        OutboxStore::insertSyncRow(m_ws->database(), event.value().value(0).toLongLong(), id,
                                   Destination::Slack, m_clock->nowUtc());
    QVERIFY(!queued);
    QVERIFY2(queued.error().message.contains(QStringLiteral("demo incident sends nothing")),
             qPrintable(queued.error().message));

    // The real incident, people and accounts cannot be deleted through the demo's way out.
    QVERIFY(!m_ws->database().exec(
        QStringLiteral("DELETE FROM timeline_events WHERE incident_id = %1").arg(real)));
    QVERIFY(!m_ws->database().exec(
        QStringLiteral("UPDATE incidents SET demo = 1 WHERE id = %1").arg(real)));

    int listChanges = 0;
    connect(&m_ws->incidents(), &IncidentStore::externallyChanged, this,
            [&listChanges] { ++listChanges; });
    const Result<demo::Removed> removed = demo::remove(*m_ws);
    QVERIFY2(removed, removed ? "" : qPrintable(removed.error().message));
    QCOMPARE(removed->incidents, 1);
    QCOMPARE(removed->people, 8);
    QCOMPARE(removed->accounts, 5);
    QCOMPARE(listChanges, 1);
    QVERIFY(!m_ws->incidents().incident(id));
    QCOMPARE(realData(*m_ws, real), before);
    QCOMPARE(demo::count(*m_ws)->people, 0);
    auto orphans = m_ws->database().exec(QStringLiteral("PRAGMA foreign_key_check"));
    QVERIFY(orphans && !orphans.value().next());
    auto left =
        m_ws->database().exec(QStringLiteral("SELECT COUNT(*) FROM timeline_events WHERE "
                                             "incident_id NOT IN (SELECT id FROM incidents)"));
    QVERIFY(left && left.value().next());
    QCOMPARE(left.value().value(0).toInt(), 0);
}

void TestFirstRun::welcomeOpensTheDemoAndTheMenuRemovesIt()
{
    CurrentUser user;
    user.overrideName(QStringLiteral("Dana"));
    MainWindow window(*m_ws, user);
    window.resize(1280, 720);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    onNextModal([](QWidget *modal) {
        auto *welcome = qobject_cast<WelcomeDialog *>(modal);
        QVERIFY(welcome);
        welcome->demoButton()->click();
        if (welcome->isVisible()) { // refused: say why instead of waiting forever
            QWARN(qPrintable(welcome->statusText()));
            welcome->reject();
        }
    });
    qint64 opened = 0;
    QVERIFY(firstrun::welcomeIfEmpty(*m_ws, user, &window, [&](qint64 id) {
        opened = id;
        window.selectIncident(id);
    }));
    QVERIFY(opened > 0);
    QTRY_VERIFY(window.incidentView() && window.incidentView()->incidentId() == opened);
    QCOMPARE(window.incidentTable()->model()->rowCount(), 1);
    QVERIFY(window.incidentTable()
                ->model()
                ->index(0, IncidentListModel::TitleColumn)
                .data()
                .toString()
                .startsWith(QStringLiteral("DEMO — ")));
    auto *badge = window.incidentView()->findChild<QLabel *>(QStringLiteral("demoBadge"));
    QVERIFY(badge && badge->isVisible());
    QCOMPARE(badge->text(), QStringLiteral("DEMO"));
    QVERIFY(window.grab().save(QStringLiteral("/tmp/warroom-firstrun-demo.png")));

    // Directory → Remove demo data…, answered Yes.
    QAction *remove = nullptr;
    for (QAction *action : window.findChildren<QAction *>())
        if (action->text() == QStringLiteral("Remove &demo data…"))
            remove = action;
    QVERIFY(remove);
    QString question;
    onNextModal([&](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        QVERIFY(box);
        question = box->text();
        box->button(QMessageBox::Yes)->click();
    });
    remove->trigger();
    QVERIFY2(question.contains(QStringLiteral("1 demo incident")), qPrintable(question));
    QTRY_COMPARE(window.incidentTable()->model()->rowCount(), 0);
    QVERIFY(!window.incidentView());
    QCOMPARE(demo::count(*m_ws)->incidents, 0);
    QVERIFY(firstrun::isEmptyDatabase(*m_ws));
}

// Not a check: pictures to look at after the suite runs (/tmp/warroom-firstrun-*.png).
void TestFirstRun::pictures()
{
    UserNameDialog name(QStringLiteral("Ana Ortiz"));
    name.show();
    QVERIFY(QTest::qWaitForWindowExposed(&name));
    QVERIFY(name.grab().save(QStringLiteral("/tmp/warroom-firstrun-name.png")));

    WelcomeDialog welcome(*m_ws, QStringLiteral("Ana Ortiz"));
    welcome.show();
    QVERIFY(QTest::qWaitForWindowExposed(&welcome));
    QVERIFY(welcome.grab().save(QStringLiteral("/tmp/warroom-firstrun-welcome.png")));

    CsvImportDialog import(*m_ws, csvimport::Kind::People, QStringLiteral("Ana Ortiz"));
    import.show();
    import.setPath(file("people.csv", BadPeople));
    import.importNow();
    QVERIFY(QTest::qWaitForWindowExposed(&import));
    QVERIFY(import.grab().save(QStringLiteral("/tmp/warroom-firstrun-import-people.png")));

    CsvImportDialog accounts(*m_ws, csvimport::Kind::Accounts, QStringLiteral("Ana Ortiz"));
    accounts.show();
    QVERIFY(QTest::qWaitForWindowExposed(&accounts));
    QVERIFY(accounts.grab().save(QStringLiteral("/tmp/warroom-firstrun-import-accounts.png")));
}

QTEST_MAIN(TestFirstRun)
#include "tst_firstrun.moc"
