#include "core/calls/outreach.h"
#include "models/calls/calllistmodel.h"
#include "models/roles/roleboardmodel.h"
#include "session/currentuser.h"
#include "storage/calls/accountstore.h"
#include "storage/calls/outreachstore.h"
#include "storage/incidents/incidentstore.h"
#include "storage/roles/peoplestore.h"
#include "storage/roles/rolestore.h"
#include "storage/workspace.h"
#include "testsupport.h"
#include "widgets/calls/calltrackerwidget.h"
#include "widgets/incidents/incidentview.h"
#include "widgets/incidents/mainwindow.h"
#include "widgets/roles/assignroledialog.h"
#include "widgets/roles/roleboardwidget.h"
#include "widgets/roles/rolescallspane.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace warroom;

// The "Roles & calls" pane driven like a person would: keys on the call list, buttons and
// dialogs on the role board.
class TestRolesCallsPane : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void ticksThreeAccountsWithTheKeyboard();
    void enterWritesWhatTheCustomerObserved();
    void myAccountsOnlyAndKeysHitTheRightAccount();
    void channelsAreTheOnesThePlaybookAllows();
    void proposeTopTenFromThePane();
    void emptyListSaysWhatToDo();
    void phonesAndStatesAreNeverCutOff();
    void unfilledRolesAreNamedAndAcknowledgeWorks();
    void assignDialogNeedsTheOverrideForUnlistedPeople();
    void mainWindowShowsThePane();
    void screenshot();

private:
    std::unique_ptr<RolesCallsPane> makePane();
    QTableView *callTable(RolesCallsPane &pane) const { return pane.callTracker()->table(); }
    QString status(RolesCallsPane &pane, int row) const
    {
        return callTable(pane)->model()->index(row, CallListModel::StatusColumn).data().toString();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<CurrentUser> m_user;
    qint64 m_id = 0;
};

static QByteArray exampleFile(const char *name)
{
    QFile file(QStringLiteral(WARROOM_SOURCE_DIR "/resources/examples/") + QLatin1String(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestRolesCallsPane::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestRolesCallsPane::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_clock = std::make_unique<ManualClock>(test::testStart());
    auto ws = Workspace::open(
        DatabaseConfig::sqlite(m_dir->filePath(QStringLiteral("pane.sqlite"))), *m_clock);
    QVERIFY(ws);
    m_ws = std::move(ws).value();
    QVERIFY(m_ws->people().importCsv(exampleFile("people.csv"), QStringLiteral("ops")));
    QVERIFY(m_ws->accounts().importCsv(exampleFile("key-accounts.csv"), QStringLiteral("ops")));
    m_id = m_ws->incidents().declare(test::validFields(), QStringLiteral("Ana Ortiz")).value();
    m_user = std::make_unique<CurrentUser>();
    m_user->overrideName(QStringLiteral("Dev Patel"));
}

void TestRolesCallsPane::cleanup()
{
    m_user.reset();
    m_ws.reset();
    m_dir.reset();
}

std::unique_ptr<RolesCallsPane> TestRolesCallsPane::makePane()
{
    auto pane = std::make_unique<RolesCallsPane>(*m_ws, *m_user, m_id);
    pane->resize(1100, 800);
    pane->show();
    return pane;
}

void TestRolesCallsPane::ticksThreeAccountsWithTheKeyboard()
{
    QVERIFY(m_ws->outreach().proposeAccounts(m_id, 10, QStringLiteral("Ana Ortiz")));
    auto pane = makePane();
    QTableView *table = callTable(*pane);
    QVERIFY(QTest::qWaitForWindowExposed(pane.get()));
    table->setFocus();
    QCOMPARE(table->currentIndex().row(), 0);
    QCOMPARE(pane->callTracker()->progressText(),
             QStringLiteral("Key-account outreach: 0 of 10 closed out (0 reached), 0 still open, "
                            "10 not started"));

    QTest::keyClick(table, Qt::Key_2); // Northwind: reached
    QTest::keyClick(table, Qt::Key_Down);
    QTest::keyClick(table, Qt::Key_R); // Globex: reached, by letter
    QTest::keyClick(table, Qt::Key_Down);
    QTest::keyClick(table, Qt::Key_3);        // Initech: left a message
    QCOMPARE(table->currentIndex().row(), 2); // recording keeps the selection

    QCOMPARE(status(*pane, 0), QStringLiteral("[2] Reached"));
    QCOMPARE(status(*pane, 1), QStringLiteral("[2] Reached"));
    QCOMPARE(status(*pane, 2), QStringLiteral("[3] Left message"));
    QCOMPARE(pane->callTracker()->progressText(),
             QStringLiteral("Key-account outreach: 2 of 10 closed out (2 reached), 1 still open, "
                            "7 not started"));
    QVERIFY(pane->callTracker()->errorText().isEmpty());

    // The record is in the timeline, by the person at the keyboard, on the chosen channel.
    const QList<TimelineEvent> events = m_ws->incidents().timeline(m_id).value();
    QCOMPARE(events.constLast().kind, QLatin1String(eventkind::CallAttempt));
    QCOMPARE(events.constLast().author, QStringLiteral("Dev Patel"));
    QCOMPARE(events.constLast().payload.value(QLatin1String("account_name")).toString(),
             QStringLiteral("Initech"));
    QCOMPARE(events.constLast().payload.value(QLatin1String("channel")).toString(),
             QStringLiteral("phone"));
    QCOMPARE(outreach::progress(events), (CallProgress{10, 2, 2, 1, 7}));

    QTest::keyClick(table, Qt::Key_0); // a mistaken tick goes back
    QCOMPARE(pane->callTracker()->progressText(),
             QStringLiteral("Key-account outreach: 2 of 10 closed out (2 reached), 0 still open, "
                            "8 not started"));
    QTest::keyClick(table, Qt::Key_X); // not a status key: nothing recorded
    QCOMPARE(m_ws->incidents().timeline(m_id)->size(), events.size() + 1);
}

void TestRolesCallsPane::enterWritesWhatTheCustomerObserved()
{
    QVERIFY(m_ws->outreach().proposeAccounts(m_id, 10, QStringLiteral("Ana Ortiz")));
    auto pane = makePane();
    QTableView *table = callTable(*pane);
    QVERIFY(QTest::qWaitForWindowExposed(pane.get()));
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Down);
    QTest::keyClick(table, Qt::Key_2);
    QTest::keyClick(table, Qt::Key_Return);
    auto *note = pane->findChild<QLineEdit *>(QStringLiteral("callNote"));
    QVERIFY(note->hasFocus());
    QTest::keyClicks(note, QStringLiteral("drafts stop mid-sentence since 02:40"));
    QTest::keyClick(note, Qt::Key_Return);
    QVERIFY(table->hasFocus());
    QVERIFY(note->text().isEmpty());
    QCOMPARE(table->model()->index(1, CallListModel::NoteColumn).data().toString(),
             QStringLiteral("drafts stop mid-sentence since 02:40"));
    QCOMPARE(status(*pane, 1), QStringLiteral("[2] Reached")); // the note keeps the status
    const TimelineEvent last = m_ws->incidents().timeline(m_id)->constLast();
    QCOMPARE(last.payload.value(QLatin1String("status")).toString(), QStringLiteral("reached"));

    // Esc abandons a note.
    QTest::keyClick(table, Qt::Key_Return);
    QTest::keyClicks(note, QStringLiteral("never mind"));
    QTest::keyClick(note, Qt::Key_Escape);
    QVERIFY(table->hasFocus());
    QCOMPARE(m_ws->incidents().timeline(m_id)->constLast().id, last.id);
}

void TestRolesCallsPane::myAccountsOnlyAndKeysHitTheRightAccount()
{
    QVERIFY(m_ws->outreach().proposeAccounts(m_id, 10, QStringLiteral("Ana Ortiz")));
    auto pane = makePane();
    QTableView *table = callTable(*pane);
    auto *mine = pane->findChild<QCheckBox *>(QStringLiteral("myAccounts"));
    QTest::mouseClick(mine, Qt::LeftButton, {}, QPoint(4, mine->height() / 2));
    QVERIFY(mine->isChecked());
    QCOMPARE(table->model()->rowCount(), 3);
    table->setFocus();
    table->setCurrentIndex(table->model()->index(1, 0)); // Stark Components, Dev's second
    QTest::keyClick(table, Qt::Key_4);
    const TimelineEvent last = m_ws->incidents().timeline(m_id)->constLast();
    QCOMPARE(last.payload.value(QLatin1String("account_name")).toString(),
             QStringLiteral("Stark Components"));
    QCOMPARE(last.payload.value(QLatin1String("status")).toString(), QStringLiteral("unreachable"));
    m_user->overrideName(QStringLiteral("Emi Tanaka"));
    QCOMPARE(table->model()->rowCount(), 3);
    QCOMPARE(table->model()->index(0, CallListModel::CsmColumn).data().toString(),
             QStringLiteral("Emi Tanaka"));
    mine->setChecked(false);
    QCOMPARE(table->model()->rowCount(), 10);
}

void TestRolesCallsPane::channelsAreTheOnesThePlaybookAllows()
{
    QVERIFY(m_ws->outreach().proposeAccounts(m_id, 10, QStringLiteral("Ana Ortiz")));
    auto pane = makePane();
    auto *channel = pane->findChild<QComboBox *>(QStringLiteral("callChannel"));
    QCOMPARE(channel->count(), 2);
    QCOMPARE(channel->itemData(0).toString(), QStringLiteral("phone"));
    QCOMPARE(channel->itemData(1).toString(), QStringLiteral("slack"));
    channel->setCurrentIndex(1);
    QTableView *table = callTable(*pane);
    table->setFocus();
    QTest::keyClick(table, Qt::Key_C);
    QCOMPARE(m_ws->incidents()
                 .timeline(m_id)
                 ->constLast()
                 .payload.value(QLatin1String("channel"))
                 .toString(),
             QStringLiteral("slack"));
}

void TestRolesCallsPane::proposeTopTenFromThePane()
{
    auto pane = makePane();
    QCOMPARE(callTable(*pane)->model()->rowCount(), 0);
    QCOMPARE(pane->callTracker()->progressText(),
             QStringLiteral("Key-account outreach: No key accounts selected"));
    QTest::mouseClick(pane->findChild<QPushButton *>(QStringLiteral("proposeAccounts")),
                      Qt::LeftButton);
    QCOMPARE(callTable(*pane)->model()->rowCount(), 10);
    QCOMPARE(callTable(*pane)->currentIndex().row(), 0); // ready for the keyboard
    QCOMPARE(m_ws->incidents().timeline(m_id)->constLast().author, QStringLiteral("Dev Patel"));
}

void TestRolesCallsPane::emptyListSaysWhatToDo()
{
    auto pane = makePane();
    CallTrackerWidget *calls = pane->callTracker();
    // Nothing selected yet: the hint names the button that fixes it, in place of an empty table.
    QVERIFY2(calls->emptyHintText().contains(QStringLiteral("“Propose top 10”")),
             qPrintable(calls->emptyHintText()));
    QVERIFY(!callTable(*pane)->isVisible());
    QVERIFY(m_ws->outreach().proposeAccounts(m_id, 10, QStringLiteral("Ana Ortiz")));
    QVERIFY(calls->emptyHintText().isEmpty());
    QVERIFY(callTable(*pane)->isVisible());
    // "My accounts only" for someone who owns none: says why the list is empty and the way back.
    m_user->overrideName(QStringLiteral("Hana Kim"));
    pane->findChild<QCheckBox *>(QStringLiteral("myAccounts"))->setChecked(true);
    QVERIFY2(calls->emptyHintText().contains(QStringLiteral("you are “Hana Kim”")),
             qPrintable(calls->emptyHintText()));
    QVERIFY(calls->emptyHintText().contains(QStringLiteral("“My accounts only”")));
    m_user->overrideName(QStringLiteral("Dev Patel"));
    QVERIFY(calls->emptyHintText().isEmpty());
}

void TestRolesCallsPane::phonesAndStatesAreNeverCutOff()
{
    QVERIFY(m_ws->outreach().proposeAccounts(m_id, 10, QStringLiteral("Ana Ortiz")));
    QVERIFY(m_ws->roles().assign(m_id, Role::OnCall, QStringLiteral("Ben Adeyemi"), false,
                                 QStringLiteral("Ana Ortiz")));
    m_clock->advanceSecs(2 * 3600 + 5 * 60); // "assigned 2 h 5 min ago": a long state
    auto pane = makePane();
    pane->resize(900, 600);
    QVERIFY(QTest::qWaitForWindowExposed(pane.get()));
    QApplication::processEvents();
    // Every column but the last is as wide as its widest text, the phone numbers included;
    // only the notes (in full in the tooltip) take what is left.
    const auto fitsItsText = [](QTableView *table, int column) {
        const QAbstractItemView *view = table; // sizeHintForColumn is public there
        return table->columnWidth(column) >= view->sizeHintForColumn(column);
    };
    QTableView *calls = callTable(*pane);
    for (int c = 0; c < CallListModel::NoteColumn; ++c)
        QVERIFY2(fitsItsText(calls, c), qPrintable(QString::number(c)));
    QCOMPARE(calls->horizontalHeader()->sectionResizeMode(CallListModel::NoteColumn),
             QHeaderView::Stretch);
    QTableView *roles = pane->roleBoard()->table();
    for (int c = 0; c < RoleBoardModel::NeededColumn; ++c)
        QVERIFY2(fitsItsText(roles, c), qPrintable(QString::number(c)));
    QVERIFY(roles->model()
                ->index(0, RoleBoardModel::StateColumn)
                .data()
                .toString()
                .contains(QStringLiteral("2 h 5 min")));
    // The text grows with the waiting time and the text size; the columns follow.
    QFont larger = pane->font();
    larger.setPointSizeF(larger.pointSizeF() * 1.5);
    pane->setFont(larger);
    QApplication::processEvents();
    for (int c = 0; c < CallListModel::NoteColumn; ++c)
        QVERIFY2(fitsItsText(calls, c), qPrintable(QString::number(c)));
    for (int c = 0; c < RoleBoardModel::NeededColumn; ++c)
        QVERIFY2(fitsItsText(roles, c), qPrintable(QString::number(c)));
    // The call list gets the larger share of the height.
    QVERIFY(pane->callTracker()->height() > pane->roleBoard()->height());
}

void TestRolesCallsPane::unfilledRolesAreNamedAndAcknowledgeWorks()
{
    auto pane = makePane();
    RoleBoardWidget *board = pane->roleBoard();
    QCOMPARE(board->unfilledText(),
             QStringLiteral("UNFILLED: On-call engineer, Incident commander, Customer success, "
                            "Support, Product owner"));
    QVERIFY(m_ws->roles().assign(m_id, Role::OnCall, QStringLiteral("Ben Adeyemi"), false,
                                 QStringLiteral("Ana Ortiz")));
    QVERIFY(!board->unfilledText().contains(QStringLiteral("On-call")));

    auto *ack = pane->findChild<QPushButton *>(QStringLiteral("acknowledgeRoleButton"));
    board->table()->setCurrentIndex(board->model()->index(0, 0)); // on-call, Ben
    QVERIFY(ack->isEnabled());
    m_clock->advanceSecs(75);
    QTest::mouseClick(ack, Qt::LeftButton);
    QVERIFY(board->model()->index(0, 0).data(RoleBoardModel::AcknowledgedRole).toBool());
    QVERIFY(!ack->isEnabled());
    const TimelineEvent last = m_ws->incidents().timeline(m_id)->constLast();
    QCOMPARE(last.kind, QLatin1String(eventkind::RoleAcknowledged));
    QCOMPARE(last.payload.value(QLatin1String("person")).toString(), QStringLiteral("Ben Adeyemi"));
    QCOMPARE(last.at, test::testStart().addSecs(75));

    board->table()->setCurrentIndex(board->model()->index(1, 0)); // incident commander, nobody
    QVERIFY(!ack->isEnabled());

    // Every needed role held: no banner, a quiet heading instead.
    auto *allHeld = pane->findChild<QLabel *>(QStringLiteral("allRolesHeld"));
    QVERIFY(!allHeld->isVisible());
    for (Role r : board->model()->unfilledRoles())
        QVERIFY(m_ws->roles().assign(m_id, r, QStringLiteral("Farah Haddad"), true,
                                     QStringLiteral("Ana Ortiz")));
    QVERIFY(board->unfilledText().isEmpty());
    QVERIFY(allHeld->isVisible());
}

void TestRolesCallsPane::assignDialogNeedsTheOverrideForUnlistedPeople()
{
    int calls = 0;
    Role assignedRole = Role::OnCall;
    bool overridden = false;
    AssignRoleDialog dialog(m_ws->people(), Role::Legal,
                            [&](Role r, const QString &person, bool override) -> Result<void> {
                                ++calls;
                                assignedRole = r;
                                overridden = override;
                                const Result<qint64> done = m_ws->roles().assign(
                                    m_id, r, person, override, QStringLiteral("Ana Ortiz"));
                                return done ? Result<void>() : Result<void>(done.error());
                            });
    dialog.show();
    QCOMPARE(dialog.personBox()->itemData(0).toString(),
             QStringLiteral("Hana Kim")); // listed for legal: first
    QVERIFY(dialog.personBox()->itemText(1).contains(QStringLiteral("not listed")));
    dialog.personBox()->setCurrentIndex(
        dialog.personBox()->findData(QStringLiteral("Farah Haddad")));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected)); // still open
    QVERIFY(dialog.errorText().contains(QStringLiteral("not listed for the legal role")));
    dialog.overrideBox()->setChecked(true);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(calls, 2);
    QCOMPARE(assignedRole, Role::Legal);
    QVERIFY(overridden);
    const TimelineEvent last = m_ws->incidents().timeline(m_id)->constLast();
    QCOMPARE(last.payload.value(QLatin1String("person")).toString(),
             QStringLiteral("Farah Haddad"));
    QVERIFY(last.payload.value(QLatin1String("override")).toBool());
}

void TestRolesCallsPane::mainWindowShowsThePane()
{
    MainWindow window(*m_ws, *m_user);
    window.show();
    window.selectIncident(m_id);
    QVERIFY(window.incidentView());
    auto *tabs = window.incidentView()->findChild<QTabWidget *>();
    QVERIFY(tabs);
    QStringList titles;
    for (int i = 0; i < tabs->count(); ++i)
        titles.append(tabs->tabText(i));
    QVERIFY2(titles.contains(QStringLiteral("Roles && ca&lls")), qPrintable(titles.join(u'|')));
    QVERIFY(window.incidentView()->findChild<RolesCallsPane *>());
}

// Not a check: a picture to look at (/tmp/warroom-roles-calls.png) after the suite runs.
void TestRolesCallsPane::screenshot()
{
    QVERIFY(m_ws->roles().assign(m_id, Role::IncidentCommander, QStringLiteral("Ana Ortiz"), false,
                                 QStringLiteral("Ana Ortiz")));
    QVERIFY(m_ws->roles().acknowledge(m_id, Role::IncidentCommander, QString(),
                                      QStringLiteral("Ana Ortiz")));
    QVERIFY(m_ws->roles().assign(m_id, Role::CustomerSuccess, QStringLiteral("Dev Patel"), false,
                                 QStringLiteral("Ana Ortiz")));
    QVERIFY(m_ws->roles().assign(m_id, Role::Legal, QStringLiteral("Ben Adeyemi"), true,
                                 QStringLiteral("Ana Ortiz")));
    QVERIFY(m_ws->outreach().proposeAccounts(m_id, 10, QStringLiteral("Ana Ortiz")));
    m_clock->advanceSecs(6 * 60);
    MainWindow window(*m_ws, *m_user);
    window.resize(1400, 900);
    window.show();
    window.selectIncident(m_id);
    auto *tabs = window.incidentView()->findChild<QTabWidget *>();
    tabs->setCurrentIndex(tabs->count() - 1);
    auto *pane = window.incidentView()->findChild<RolesCallsPane *>();
    QTableView *table = callTable(*pane);
    table->setFocus();
    for (int key :
         {Qt::Key_2, Qt::Key_Down, Qt::Key_3, Qt::Key_Down, Qt::Key_1, Qt::Key_Down, Qt::Key_2})
        QTest::keyClick(table, Qt::Key(key));
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.grab().save(QStringLiteral("/tmp/warroom-roles-calls.png")));
}

QTEST_MAIN(TestRolesCallsPane)
#include "tst_rolescallspane.moc"
