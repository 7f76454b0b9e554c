// Concurrent edits in the GUI (docs/shared-mode.md, "Concurrent edits"): two workspaces on one
// SQLite file, as two seats. The other seat changes something; this seat acts from its stale
// widget, sees who won, and applies its change anyway or discards it.
#include "core/calls/outreach.h"
#include "core/incident/revision.h"
#include "models/board/phaseboardmodel.h"
#include "models/calls/calllistmodel.h"
#include "models/roles/roleboardmodel.h"
#include "session/currentuser.h"
#include "storage/calls/accountstore.h"
#include "storage/calls/outreachstore.h"
#include "storage/comms/draftstore.h"
#include "storage/incidents/incidentstore.h"
#include "storage/incidents/playbookstore.h"
#include "storage/roles/peoplestore.h"
#include "storage/roles/rolestore.h"
#include "storage/workspace.h"
#include "testsupport.h"
#include "widgets/board/phaseboardwidget.h"
#include "widgets/calls/calltrackerwidget.h"
#include "widgets/common/conflictdialog.h"
#include "widgets/comms/drafteditor.h"
#include "widgets/comms/placeholdertextedit.h"
#include "widgets/roles/roleboardwidget.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace warroom;

class TestConflicts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void callStatusApplyMine();
    void callStatusDiscardMine();
    void draftSaveMineOnTopOfTheirs();
    void draftDiscardMineAndKeepEditing();
    void roleAcknowledgeConflict();
    void obligationConflictDiscard();
    void roleUnassignApplyMine();
    void roleUnassignDiscardMine();
    void roleUnassignApplyMineAfterHandover();
    void messageSaysDateAndHowLongAgo();
    void screenshots();

private:
    // Answers the conflict dialog the next exec() shows: records its message and texts, clicks
    // the button named `button`.
    void answerConflict(const QString &button);
    qint64 firstAccount() const
    {
        return m_mine->outreach().accounts(m_id).value().first().accountId;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Workspace> m_mine;   // this seat, with the widgets
    std::unique_ptr<Workspace> m_theirs; // the other seat
    std::unique_ptr<CurrentUser> m_user;
    qint64 m_id = 0;
    QString m_seenMessage;
    QString m_seenTheirText;
    QString m_seenYourText;
    bool m_answered = false;
};

static QByteArray exampleFile(const char *name)
{
    QFile file(QStringLiteral(WARROOM_SOURCE_DIR "/resources/examples/") + QLatin1String(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestConflicts::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestConflicts::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_clock = std::make_unique<ManualClock>(test::testStart());
    const DatabaseConfig config =
        DatabaseConfig::sqlite(m_dir->filePath(QStringLiteral("seats.sqlite")));
    auto mine = Workspace::open(config, *m_clock);
    QVERIFY(mine);
    m_mine = std::move(mine).value();
    auto theirs = Workspace::open(config, *m_clock);
    QVERIFY(theirs);
    m_theirs = std::move(theirs).value();
    QVERIFY(m_mine->people().importCsv(exampleFile("people.csv"), QStringLiteral("ops")));
    QVERIFY(m_mine->accounts().importCsv(exampleFile("key-accounts.csv"), QStringLiteral("ops")));
    m_id = m_mine->incidents().declare(test::validFields(), QStringLiteral("Ana Ortiz")).value();
    QVERIFY(m_mine->outreach().proposeAccounts(m_id, 3, QStringLiteral("Ana Ortiz")));
    m_user = std::make_unique<CurrentUser>();
    m_user->overrideName(QStringLiteral("Dev Patel"));
    m_seenMessage.clear();
    m_seenTheirText.clear();
    m_seenYourText.clear();
    m_answered = false;
}

void TestConflicts::cleanup()
{
    m_user.reset();
    m_theirs.reset();
    m_mine.reset();
    m_dir.reset();
}

void TestConflicts::answerConflict(const QString &button)
{
    QTimer::singleShot(0, this, [this, button] {
        auto *dialog = qobject_cast<ConflictDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        m_seenMessage = dialog->message();
        if (auto *t = dialog->findChild<QPlainTextEdit *>(QStringLiteral("theirText")))
            m_seenTheirText = t->isVisibleTo(dialog) ? t->toPlainText() : QString();
        if (auto *t = dialog->findChild<QPlainTextEdit *>(QStringLiteral("yourText")))
            m_seenYourText = t->isVisibleTo(dialog) ? t->toPlainText() : QString();
        auto *b = dialog->findChild<QPushButton *>(button);
        QVERIFY(b);
        QVERIFY(b->isVisible());
        m_answered = true;
        QTest::mouseClick(b, Qt::LeftButton);
    });
}

void TestConflicts::callStatusApplyMine()
{
    CallTrackerWidget tracker(*m_mine, *m_user, m_id);
    tracker.resize(1000, 500);
    tracker.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tracker));
    QTableView *table = tracker.table();
    table->setFocus();
    QCOMPARE(table->currentIndex().row(), 0);

    // The other seat reaches the customer at 03:05; this screen still shows "Not started".
    m_clock->advanceSecs(300);
    QVERIFY(m_theirs->outreach().recordCall(
        m_id, CallRecord{firstAccount(), CallStatus::Reached, OutreachChannel::Phone, QString()},
        QStringLiteral("Hana Kim")));
    const int before = int(m_mine->incidents().timeline(m_id).value().size());
    m_clock->advanceSecs(130); // this seat acts two minutes later

    answerConflict(QStringLiteral("applyMine"));
    QTest::keyClick(table, Qt::Key_M); // left a message
    QVERIFY(m_answered);
    QCOMPARE(m_seenMessage,
             QStringLiteral("Hana Kim changed this on 29 Nov 03:05 UTC, 2 m 10 s ago (now: %1). "
                            "Your change (%2) was not saved.")
                 .arg(callstatus::displayName(CallStatus::Reached),
                      callstatus::displayName(CallStatus::LeftMessage)));
    QVERIFY(m_seenTheirText.isEmpty()); // no texts to compare for a status
    // Applied on top of theirs: one more call, the status now "left a message", shown here.
    QCOMPARE(int(m_mine->incidents().timeline(m_id).value().size()), before + 1);
    QCOMPARE(m_theirs->outreach().accounts(m_id).value().first().status, CallStatus::LeftMessage);
    QCOMPARE(table->model()->index(0, 0).data(CallListModel::StatusIdRole).toString(),
             callstatus::id(CallStatus::LeftMessage));
    QVERIFY(tracker.errorText().isEmpty());
}

void TestConflicts::callStatusDiscardMine()
{
    CallTrackerWidget tracker(*m_mine, *m_user, m_id);
    tracker.resize(1000, 500);
    tracker.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tracker));
    QTableView *table = tracker.table();
    table->setFocus();
    QVERIFY(m_theirs->outreach().recordCall(
        m_id, CallRecord{firstAccount(), CallStatus::Declined, OutreachChannel::Phone, QString()},
        QStringLiteral("Hana Kim")));
    const int before = int(m_mine->incidents().timeline(m_id).value().size());
    QCOMPARE(table->model()->index(0, 0).data(CallListModel::StatusIdRole).toString(),
             callstatus::id(CallStatus::NotStarted)); // stale

    answerConflict(QStringLiteral("discardMine"));
    QTest::keyClick(table, Qt::Key_R); // reached
    QVERIFY(m_answered);
    QVERIFY2(m_seenMessage.startsWith(
                 QStringLiteral("Hana Kim changed this on 29 Nov 03:00 UTC, 0 s ago (now: ")),
             qPrintable(m_seenMessage));
    // Nothing written; the list shows theirs at once.
    QCOMPARE(int(m_mine->incidents().timeline(m_id).value().size()), before);
    QCOMPARE(table->model()->index(0, 0).data(CallListModel::StatusIdRole).toString(),
             callstatus::id(CallStatus::Declined));
    QVERIFY(tracker.errorText().isEmpty());
}

void TestConflicts::draftSaveMineOnTopOfTheirs()
{
    const qint64 draft =
        m_mine->drafts()
            .create({m_id, QStringLiteral("progress-update"), 0, std::nullopt, QString()},
                    QStringLiteral("Dev Patel"))
            .value();
    DraftEditor editor(*m_mine, *m_user);
    editor.resize(1200, 800);
    editor.show();
    editor.showDraft(draft);
    editor.titleEdit()->setText(QStringLiteral("My title"));
    editor.bodyEdit()->setPlainText(QStringLiteral("My body"));

    m_clock->advanceSecs(125 * 60); // 05:05
    QVERIFY(m_theirs->drafts().save(draft, QStringLiteral("Their title"),
                                    QStringLiteral("Their body"), QStringLiteral("Hana Kim"), 1));
    answerConflict(QStringLiteral("applyMine"));
    QVERIFY(editor.save()); // on top of theirs, after the answer
    QVERIFY(m_answered);
    QCOMPARE(m_seenMessage,
             QStringLiteral("Hana Kim changed this on 29 Nov 05:05 UTC, 0 s ago (now: version 2). "
                            "Your change (your edit of version 1) was not saved."));
    QCOMPARE(m_seenTheirText, QStringLiteral("Their title\n\nTheir body"));
    QCOMPARE(m_seenYourText, QStringLiteral("My title\n\nMy body"));
    const QList<DraftVersion> versions = m_theirs->drafts().versions(draft).value();
    QCOMPARE(versions.size(), 3);
    QCOMPARE(versions.at(1).title, QStringLiteral("Their title"));
    QCOMPARE(versions.at(2).title, QStringLiteral("My title"));
    QCOMPARE(versions.at(2).savedBy, QStringLiteral("Dev Patel"));
    QVERIFY(!editor.hasUnsavedChanges());
}

void TestConflicts::draftDiscardMineAndKeepEditing()
{
    const qint64 draft =
        m_mine->drafts()
            .create({m_id, QStringLiteral("progress-update"), 0, std::nullopt, QString()},
                    QStringLiteral("Dev Patel"))
            .value();
    DraftEditor editor(*m_mine, *m_user);
    editor.resize(1200, 800);
    editor.show();
    editor.showDraft(draft);
    editor.bodyEdit()->setPlainText(QStringLiteral("Mine, first try"));
    QVERIFY(m_theirs->drafts().save(draft, QStringLiteral("Their title"),
                                    QStringLiteral("Their body"), QStringLiteral("Hana Kim"), 1));

    // Keep editing: nothing saved, the text stays; the next save goes on top of theirs.
    answerConflict(QStringLiteral("keepEditing"));
    QVERIFY(!editor.save());
    QVERIFY(m_answered);
    QCOMPARE(editor.bodyEdit()->toPlainText(), QStringLiteral("Mine, first try"));
    QVERIFY2(editor.errorText().contains(QStringLiteral("version 2 by Hana Kim came first")),
             qPrintable(editor.errorText()));
    QCOMPARE(m_theirs->drafts().versions(draft).value().size(), 2);

    // Another save from the other seat; this time discard mine: the editor shows theirs.
    QVERIFY(m_theirs->drafts().save(draft, QStringLiteral("Their title"),
                                    QStringLiteral("Their second body"), QStringLiteral("Hana Kim"),
                                    2));
    m_answered = false;
    answerConflict(QStringLiteral("discardMine"));
    QVERIFY(!editor.save());
    QVERIFY(m_answered);
    QCOMPARE(editor.bodyEdit()->toPlainText(), QStringLiteral("Their second body"));
    QCOMPARE(editor.titleEdit()->text(), QStringLiteral("Their title"));
    QVERIFY(!editor.hasUnsavedChanges());
    QCOMPARE(m_theirs->drafts().versions(draft).value().size(), 3);
}

void TestConflicts::roleAcknowledgeConflict()
{
    QVERIFY(m_mine->roles().assign(m_id, Role::OnCall, QStringLiteral("Dev Patel"), true,
                                   QStringLiteral("Ana Ortiz")));
    RoleBoardWidget board(*m_mine, *m_user, m_id);
    board.resize(1000, 500);
    board.show();
    QVERIFY(QTest::qWaitForWindowExposed(&board));
    auto *table = board.findChild<QTableView *>();
    QVERIFY(table);
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QModelIndex i = table->model()->index(row, 0);
        if (i.data(RoleBoardModel::RoleIdRole).toString() == role::id(Role::OnCall))
            table->setCurrentIndex(i);
    }
    QCOMPARE(table->currentIndex().data(RoleBoardModel::RoleIdRole).toString(),
             role::id(Role::OnCall));
    m_clock->advanceSecs(60);
    QVERIFY(
        m_theirs->roles().acknowledge(m_id, Role::OnCall, QString(), QStringLiteral("Hana Kim")));
    const int before = int(m_mine->incidents().timeline(m_id).value().size());

    // Applied anyway, the rule still holds: it is acknowledged already; the refusal says so.
    answerConflict(QStringLiteral("applyMine"));
    QTest::mouseClick(board.findChild<QPushButton *>(QStringLiteral("acknowledgeRoleButton")),
                      Qt::LeftButton);
    QVERIFY(m_answered);
    QCOMPARE(m_seenMessage,
             QStringLiteral("Hana Kim changed this on 29 Nov 03:01 UTC, 0 s ago (now: Dev Patel "
                            "(acknowledged)). Your change (Dev Patel acknowledges %1) was not "
                            "saved.")
                 .arg(role::displayName(Role::OnCall)));
    QCOMPARE(int(m_mine->incidents().timeline(m_id).value().size()), before);
    auto *error = board.findChild<QLabel *>(QStringLiteral("roleError"));
    QVERIFY(error);
    QVERIFY2(error->text().contains(QStringLiteral("already acknowledged")),
             qPrintable(error->text()));
}

void TestConflicts::obligationConflictDiscard()
{
    QVERIFY(m_mine->roles().assign(m_id, Role::OnCall, QStringLiteral("Dev Patel"), true,
                                   QStringLiteral("Ana Ortiz")));
    QVERIFY(m_mine->roles().assign(m_id, Role::IncidentCommander, QStringLiteral("Hana Kim"), true,
                                   QStringLiteral("Ana Ortiz")));
    PhaseBoardWidget board(*m_mine, *m_user, m_id);
    board.resize(1400, 900);
    board.show();
    QVERIFY(QTest::qWaitForWindowExposed(&board));
    QAbstractItemModel *model = board.view()->model();
    const QModelIndexList found =
        model->match(model->index(0, 0), PhaseBoardModel::ObligationIdRole,
                     QStringLiteral("open-channel"), 1, Qt::MatchExactly | Qt::MatchRecursive);
    QCOMPARE(found.size(), 1);
    board.view()->setCurrentIndex(found.first());

    QVERIFY(m_theirs->playbookStore().markDone(m_id, QStringLiteral("open-channel"),
                                               QStringLiteral("#inc-1"),
                                               QStringLiteral("Hana Kim")));
    const int before = int(m_mine->incidents().timeline(m_id).value().size());
    auto *note = board.findChild<QLineEdit *>(QStringLiteral("obligationNote"));
    note->setText(QStringLiteral("we use the bridge"));
    answerConflict(QStringLiteral("discardMine"));
    QTest::mouseClick(board.findChild<QPushButton *>(QStringLiteral("waiveObligation")),
                      Qt::LeftButton);
    QVERIFY(m_answered);
    QCOMPARE(m_seenMessage,
             QStringLiteral("Hana Kim changed this on 29 Nov 03:00 UTC, 0 s ago (now: %1). Your "
                            "change (waive: \"we use the bridge\") was not saved.")
                 .arg(obligationstate::displayName(ObligationState::Done)));
    QCOMPARE(int(m_mine->incidents().timeline(m_id).value().size()), before);
    QVERIFY(note->text().isEmpty());
}

// The role board with the role `r` selected, shown.
static QTableView *selectRole(RoleBoardWidget &board, Role r)
{
    auto *table = board.findChild<QTableView *>();
    if (!table)
        return nullptr;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QModelIndex i = table->model()->index(row, 0);
        if (i.data(RoleBoardModel::RoleIdRole).toString() == role::id(r))
            table->setCurrentIndex(i);
    }
    return table;
}

void TestConflicts::roleUnassignApplyMine()
{
    QVERIFY(m_mine->roles().assign(m_id, Role::OnCall, QStringLiteral("Dev Patel"), true,
                                   QStringLiteral("Ana Ortiz")));
    RoleBoardWidget board(*m_mine, *m_user, m_id);
    board.resize(1000, 500);
    board.show();
    QVERIFY(QTest::qWaitForWindowExposed(&board));
    QTableView *table = selectRole(board, Role::OnCall);
    QVERIFY(table);
    QCOMPARE(table->currentIndex().data(RoleBoardModel::PersonRole).toString(),
             QStringLiteral("Dev Patel"));

    // The other seat acknowledges for Dev at 03:01; this board still shows "not acknowledged"
    // when the user unassigns, three minutes later.
    m_clock->advanceSecs(60);
    QVERIFY(
        m_theirs->roles().acknowledge(m_id, Role::OnCall, QString(), QStringLiteral("Hana Kim")));
    m_clock->advanceSecs(180);
    const int before = int(m_mine->incidents().timeline(m_id).value().size());

    answerConflict(QStringLiteral("applyMine"));
    QTest::mouseClick(board.findChild<QPushButton *>(QStringLiteral("unassignRoleButton")),
                      Qt::LeftButton);
    QVERIFY(m_answered);
    QCOMPARE(m_seenMessage,
             QStringLiteral("Hana Kim changed this on 29 Nov 03:01 UTC, 3 m 00 s ago (now: Dev "
                            "Patel (acknowledged)). Your change (unassign Dev Patel from %1) was "
                            "not saved.")
                 .arg(role::displayName(Role::OnCall)));
    // Applied on top of theirs: one unassignment, by this seat's user; no error line.
    const QList<TimelineEvent> events = m_theirs->incidents().timeline(m_id).value();
    QCOMPARE(int(events.size()), before + 1);
    QCOMPARE(events.constLast().kind, QStringLiteral("role_unassigned"));
    QCOMPARE(events.constLast().author, QStringLiteral("Dev Patel"));
    for (const RoleAssignment &a : m_theirs->roles().assignments(m_id).value())
        QVERIFY(a.role != Role::OnCall);
    QVERIFY2(board.errorText().isEmpty(), qPrintable(board.errorText()));
}

void TestConflicts::roleUnassignDiscardMine()
{
    QVERIFY(m_mine->roles().assign(m_id, Role::OnCall, QStringLiteral("Dev Patel"), true,
                                   QStringLiteral("Ana Ortiz")));
    RoleBoardWidget board(*m_mine, *m_user, m_id);
    board.resize(1000, 500);
    board.show();
    QVERIFY(QTest::qWaitForWindowExposed(&board));
    QTableView *table = selectRole(board, Role::OnCall);
    QVERIFY(table);

    // The other seat hands the role to Bo Berg (unassign Dev, assign Bo).
    QVERIFY(m_theirs->roles().unassign(m_id, Role::OnCall, QStringLiteral("Dev Patel"),
                                       QStringLiteral("Hana Kim")));
    QVERIFY(m_theirs->roles().assign(m_id, Role::OnCall, QStringLiteral("Bo Berg"), true,
                                     QStringLiteral("Hana Kim")));
    const int before = int(m_mine->incidents().timeline(m_id).value().size());
    QCOMPARE(table->currentIndex().data(RoleBoardModel::PersonRole).toString(),
             QStringLiteral("Dev Patel")); // stale

    answerConflict(QStringLiteral("discardMine"));
    QTest::mouseClick(board.findChild<QPushButton *>(QStringLiteral("unassignRoleButton")),
                      Qt::LeftButton);
    QVERIFY(m_answered);
    QVERIFY2(m_seenMessage.startsWith(QStringLiteral(
                 "Hana Kim changed this on 29 Nov 03:00 UTC, 0 s ago (now: Bo Berg (not "
                 "acknowledged)).")),
             qPrintable(m_seenMessage));
    // Nothing written; the board shows theirs at once, with no error line.
    QCOMPARE(int(m_mine->incidents().timeline(m_id).value().size()), before);
    table = selectRole(board, Role::OnCall);
    QCOMPARE(table->currentIndex().data(RoleBoardModel::PersonRole).toString(),
             QStringLiteral("Bo Berg"));
    QVERIFY2(board.errorText().isEmpty(), qPrintable(board.errorText()));
}

// Applied anyway after the other seat handed the role to someone else: the rule still holds (Dev
// no longer holds it), nothing is written, and the board's error line says why.
void TestConflicts::roleUnassignApplyMineAfterHandover()
{
    QVERIFY(m_mine->roles().assign(m_id, Role::OnCall, QStringLiteral("Dev Patel"), true,
                                   QStringLiteral("Ana Ortiz")));
    RoleBoardWidget board(*m_mine, *m_user, m_id);
    board.resize(1000, 500);
    board.show();
    QVERIFY(QTest::qWaitForWindowExposed(&board));
    QVERIFY(selectRole(board, Role::OnCall));
    QVERIFY(m_theirs->roles().unassign(m_id, Role::OnCall, QStringLiteral("Dev Patel"),
                                       QStringLiteral("Hana Kim")));
    QVERIFY(m_theirs->roles().assign(m_id, Role::OnCall, QStringLiteral("Bo Berg"), true,
                                     QStringLiteral("Hana Kim")));
    const int before = int(m_mine->incidents().timeline(m_id).value().size());

    answerConflict(QStringLiteral("applyMine"));
    QTest::mouseClick(board.findChild<QPushButton *>(QStringLiteral("unassignRoleButton")),
                      Qt::LeftButton);
    QVERIFY(m_answered);
    QCOMPARE(int(m_mine->incidents().timeline(m_id).value().size()), before);
    QVERIFY2(board.errorText().contains(
                 QStringLiteral("Dev Patel does not hold the %1 role").arg(role::id(Role::OnCall))),
             qPrintable(board.errorText()));
}

// The date is there across midnight and days; how long ago only while it helps, by the clock
// given (the workspace's), never the wall clock.
void TestConflicts::messageSaysDateAndHowLongAgo()
{
    const QDateTime late(QDate(2026, 11, 28), QTime(23, 50), Qt::UTC);
    const Conflict theirs{7, QStringLiteral("Hana Kim"), late, QStringLiteral("Reached")};
    const QString mine = QStringLiteral(" Your change (Left a message) was not saved.");
    QCOMPARE(
        ConflictDialog::messageFor(theirs, QStringLiteral("Left a message"), late.addSecs(20 * 60)),
        QStringLiteral("Hana Kim changed this on 28 Nov 23:50 UTC, 20 m 00 s ago (now: "
                       "Reached).") +
            mine);
    QCOMPARE(ConflictDialog::messageFor(theirs, QStringLiteral("Left a message"),
                                        late.addSecs(5 * 3600 + 65)),
             QStringLiteral("Hana Kim changed this on 28 Nov 23:50 UTC, 5 h 01 m ago (now: "
                            "Reached).") +
                 mine);
    // A day or more: the date alone.
    QCOMPARE(ConflictDialog::messageFor(theirs, QStringLiteral("Left a message"), late.addDays(3)),
             QStringLiteral("Hana Kim changed this on 28 Nov 23:50 UTC (now: Reached).") + mine);
    // The other seat's clock ahead of this one's: no "ago" that would be negative.
    QCOMPARE(
        ConflictDialog::messageFor(theirs, QStringLiteral("Left a message"), late.addSecs(-30)),
        QStringLiteral("Hana Kim changed this on 28 Nov 23:50 UTC (now: Reached).") + mine);
    // Nobody changed it by name: no time at all.
    QCOMPARE(ConflictDialog::messageFor(Conflict{7, QString(), QDateTime(), QStringLiteral("Done")},
                                        QStringLiteral("Left a message"), late),
             QStringLiteral("This changed after your screen was read (now: Done).") + mine);

    // The dialog reads the clock it is given: a fake one 26 hours on, the date and no "ago".
    ManualClock later(late.addSecs(26 * 3600));
    ConflictDialog dialog(theirs, QStringLiteral("Left a message"), later);
    QCOMPARE(dialog.message(),
             QStringLiteral("Hana Kim changed this on 28 Nov 23:50 UTC (now: Reached).") + mine);
    auto *label = dialog.findChild<QLabel *>(QStringLiteral("conflictMessage"));
    QVERIFY(label);
    QCOMPARE(label->text(), dialog.message());
}

// The dialog as a seat sees it, over the widget it came from, at 1600x900: a call status, and a
// draft with both texts.
static QPixmap over(QWidget &window, QDialog &dialog)
{
    QPixmap picture = window.grab();
    const QPixmap box = dialog.grab();
    QPainter painter(&picture);
    painter.fillRect(picture.rect(), QColor(0, 0, 0, 60)); // the window behind the modal dialog
    painter.drawPixmap((picture.width() - box.width()) / 2, (picture.height() - box.height()) / 2,
                       box);
    painter.setPen(Qt::darkGray);
    painter.drawRect((picture.width() - box.width()) / 2, (picture.height() - box.height()) / 2,
                     box.width() - 1, box.height() - 1);
    return picture;
}

void TestConflicts::screenshots()
{
    // As tst_screenshots: $WARROOM_SCREENSHOTS, or <temp>/warroom-screenshots.
    const QString out = qEnvironmentVariableIsSet("WARROOM_SCREENSHOTS")
                            ? qEnvironmentVariable("WARROOM_SCREENSHOTS")
                            : QDir::temp().filePath(QStringLiteral("warroom-screenshots"));
    QVERIFY(QDir().mkpath(out));

    m_clock->advanceSecs(11 * 3600 + 5 * 60); // 14:05
    QVERIFY(m_theirs->outreach().recordCall(
        m_id, CallRecord{firstAccount(), CallStatus::Reached, OutreachChannel::Phone, QString()},
        QStringLiteral("Hana Kim")));
    CallTrackerWidget tracker(*m_mine, *m_user, m_id);
    tracker.resize(1600, 900);
    tracker.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tracker));
    const Result<QList<TimelineEvent>> events = m_mine->incidents().timeline(m_id);
    const Conflict call{events->constLast().id, QStringLiteral("Hana Kim"), m_clock->nowUtc(),
                        callstatus::displayName(CallStatus::Reached)};
    m_clock->advanceSecs(3 * 60); // this seat acts at 14:08
    ConflictDialog callDialog(call, callstatus::displayName(CallStatus::LeftMessage), *m_clock,
                              &tracker);
    callDialog.adjustSize();
    callDialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&callDialog));
    QVERIFY(callDialog.width() < 1000); // a dialog, not a second window over the tracker
    QVERIFY(over(tracker, callDialog)
                .save(out + QStringLiteral("/screenshot-conflict-call-status.png")));

    const qint64 draftId =
        m_mine->drafts()
            .create({m_id, QStringLiteral("progress-update"), 0, std::nullopt, QString()},
                    QStringLiteral("Dev Patel"))
            .value();
    DraftEditor editor(*m_mine, *m_user);
    editor.resize(1600, 900);
    editor.show();
    editor.showDraft(draftId);
    const QString title = QStringLiteral("Update: summarization tasks degraded");
    const QString mine = QStringLiteral(
        "We have rolled back yesterday's prompt update on half of the fleet. About 12% of users "
        "are affected; retries succeed.\n\nNext update: 14:45 UTC.");
    const QString theirs =
        QStringLiteral("We have rolled back yesterday's prompt update on all of the fleet. About "
                       "12% of users are affected.\n\nNext update: 15:00 UTC.");
    editor.titleEdit()->setText(title);
    editor.bodyEdit()->setPlainText(mine);
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    const Conflict draft{2, QStringLiteral("Hana Kim"), m_clock->nowUtc().addSecs(-95),
                         QStringLiteral("version 2")};
    ConflictDialog draftDialog(draft, QStringLiteral("your edit of version 1"), *m_clock, &editor);
    draftDialog.showTexts(QStringLiteral("Theirs (version 2, saved by Hana Kim)"),
                          title + QStringLiteral("\n\n") + theirs,
                          title + QStringLiteral("\n\n") + mine);
    draftDialog.setApplyText(QStringLiteral("&Save mine as version 3"));
    draftDialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&draftDialog));
    QVERIFY(over(editor, draftDialog).save(out + QStringLiteral("/screenshot-conflict-draft.png")));
}

QTEST_MAIN(TestConflicts)
#include "tst_conflicts.moc"
