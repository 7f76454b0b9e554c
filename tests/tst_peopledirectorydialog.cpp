#include "models/roles/peoplemodel.h"
#include "session/currentuser.h"
#include "storage/calls/accountstore.h"
#include "storage/roles/peoplestore.h"
#include "storage/workspace.h"
#include "testsupport.h"
#include "widgets/directory/csvimport.h"
#include "widgets/directory/peopledirectorydialog.h"
#include "widgets/directory/persondialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace warroom;

// The people directory dialog and the CSV import the menus use.
class TestPeopleDirectoryDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void personDialogKeepsRefusalsOpen();
    void addEditRemoveThroughTheDirectory();
    void importFileAllOrNothing();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<CurrentUser> m_user;
};

void TestPeopleDirectoryDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestPeopleDirectoryDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_clock = std::make_unique<ManualClock>(test::testStart());
    auto ws = Workspace::open(DatabaseConfig::sqlite(m_dir->filePath(QStringLiteral("dir.sqlite"))),
                              *m_clock);
    QVERIFY(ws);
    m_ws = std::move(ws).value();
    m_user = std::make_unique<CurrentUser>();
    m_user->overrideName(QStringLiteral("Ana Ortiz"));
}

void TestPeopleDirectoryDialog::cleanup()
{
    m_user.reset();
    m_ws.reset();
    m_dir.reset();
}

void TestPeopleDirectoryDialog::personDialogKeepsRefusalsOpen()
{
    int submitted = 0;
    PersonDialog dialog(Person{}, [&](const Person &p) -> Result<void> {
        ++submitted;
        const Result<qint64> id = m_ws->people().add(p, QStringLiteral("Ana Ortiz"));
        return id ? Result<void>() : Result<void>(id.error());
    });
    dialog.show();
    QTest::keyClicks(dialog.nameEdit(), QStringLiteral("Kai Moreau"));
    QTest::keyClicks(dialog.phoneEdit(), QStringLiteral("555"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY2(dialog.errorText().contains(QStringLiteral("not a phone number")),
             qPrintable(dialog.errorText()));
    QCOMPARE(submitted, 0); // refused before it reaches the store
    dialog.phoneEdit()->setText(QStringLiteral("+33 1 55 55 01 11"));
    dialog.roleBox(Role::Legal)->setChecked(true);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    auto kai = m_ws->people().findByName(QStringLiteral("kai moreau"));
    QVERIFY(kai && kai.value());
    QCOMPARE(kai.value()->roles, QList<Role>{Role::Legal});

    PersonDialog twice(Person{}, [&](const Person &p) -> Result<void> {
        const Result<qint64> id = m_ws->people().add(p, QStringLiteral("Ana Ortiz"));
        return id ? Result<void>() : Result<void>(id.error());
    });
    twice.nameEdit()->setText(QStringLiteral("KAI MOREAU"));
    twice.slackEdit()->setText(QStringLiteral("kai2"));
    twice.accept();
    QCOMPARE(twice.result(), int(QDialog::Rejected));
    QVERIFY(twice.errorText().contains(QStringLiteral("already a person")));
}

void TestPeopleDirectoryDialog::addEditRemoveThroughTheDirectory()
{
    QVERIFY(m_ws->people().importCsv("name,phone,roles\nZed,+1 415 555 0101,support\n",
                                     QStringLiteral("ops")));
    PeopleDirectoryDialog dialog(*m_ws, *m_user);
    dialog.show();
    QCOMPARE(dialog.table()->model()->rowCount(), 1);
    dialog.table()->setCurrentIndex(dialog.table()->model()->index(0, 0));

    // Edit: the person dialog opens filled in; change the Slack handle.
    QTimer::singleShot(0, this, [] {
        auto *edit = qobject_cast<PersonDialog *>(QApplication::activeModalWidget());
        QVERIFY(edit);
        QCOMPARE(edit->nameEdit()->text(), QStringLiteral("Zed"));
        QVERIFY(edit->roleBox(Role::Support)->isChecked());
        edit->slackEdit()->setText(QStringLiteral("zed"));
        edit->accept();
    });
    dialog.editSelected();
    QCOMPARE(dialog.table()->model()->index(0, PeopleModel::SlackColumn).data().toString(),
             QStringLiteral("@zed"));

    // Remove asks first; "No" keeps the person.
    QTimer::singleShot(0, this, [] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        box->button(QMessageBox::No)->click();
    });
    dialog.removeSelected();
    QCOMPARE(dialog.table()->model()->rowCount(), 1);
    QTimer::singleShot(0, this, [] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        box->button(QMessageBox::Yes)->click();
    });
    dialog.removeSelected();
    QCOMPARE(dialog.table()->model()->rowCount(), 0);
    QVERIFY(dialog.errorText().isEmpty());
}

void TestPeopleDirectoryDialog::importFileAllOrNothing()
{
    const QString good = m_dir->filePath(QStringLiteral("people.csv"));
    test::writeFile(good,
                    "name,phone,roles\nZed,+1 415 555 0101,support\nYu,+1 415 555 0102,legal\n");
    auto done =
        csvimport::importFile(*m_ws, csvimport::Kind::People, good, QStringLiteral("Ana Ortiz"));
    QVERIFY(done);
    QCOMPARE(done.value(), QStringLiteral("People imported from people.csv: 2 added, 0 updated."));

    const QString bad = m_dir->filePath(QStringLiteral("accounts.csv"));
    test::writeFile(bad, "name,tier,rank,csm,contact1_name,contact1_phone\nA,smb,1,Zed,P,+1 415 "
                         "555 0120\nB,smb,1,Nobody,Q,12\n");
    auto refused =
        csvimport::importFile(*m_ws, csvimport::Kind::Accounts, bad, QStringLiteral("Ana Ortiz"));
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QStringLiteral("line 3, column rank")),
             qPrintable(refused.error().message));
    QVERIFY(m_ws->accounts().accounts()->isEmpty());

    auto missing = csvimport::importFile(*m_ws, csvimport::Kind::People,
                                         m_dir->filePath(QStringLiteral("nope.csv")),
                                         QStringLiteral("Ana Ortiz"));
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, Error::Code::Io);
}

QTEST_MAIN(TestPeopleDirectoryDialog)
#include "tst_peopledirectorydialog.moc"
