#include "comms/templates/commstemplate.h"
#include "commstestsupport.h"
#include "session/currentuser.h"
#include "storage/workspace.h"
#include "widgets/comms/draftversionsdialog.h"
#include "widgets/comms/placeholdertextedit.h"
#include "widgets/comms/templatelibrarydialog.h"
#include "widgets/comms/worddiffview.h"

#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>

using namespace warroom;

// The version history of a draft and the template library, driven through their widgets.
class TestCommsDialogs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void draftVersionsShowEveryVersion();
    void draftVersionsShowTheWordDiff();
    void templateLibrarySavesNewVersions();
    void templateLibraryRefusesBadPlaceholders();

private:
    std::unique_ptr<test::CommsFixture> m_f;
    std::unique_ptr<CurrentUser> m_user;
};

void TestCommsDialogs::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestCommsDialogs::init()
{
    m_f = std::make_unique<test::CommsFixture>();
    QVERIFY(m_f->open());
    m_user = std::make_unique<CurrentUser>();
    m_user->overrideName(QStringLiteral("Pia"));
}

void TestCommsDialogs::draftVersionsShowEveryVersion()
{
    const qint64 incident = m_f->staffedIncident(Category::DataLeak);
    const qint64 id = m_f->createDraft(incident);
    QVERIFY(m_f->makeClean(id));
    QVERIFY(m_f->gate->submitForReview(id, QString(), QStringLiteral("Pia")));
    QVERIFY(m_f->gate->signOff(id, QStringLiteral("Lea")));

    DraftVersionsDialog dialog(*m_f->drafts, id, 1);
    dialog.show();
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Versions of draft #1"));
    QTableView *table = dialog.table();
    QCOMPARE(table->model()->rowCount(), 2);
    QCOMPARE(table->model()->index(1, 4).data().toString(), QStringLiteral("legal: Lea"));
    // The latest is selected; choosing the first shows its text.
    QCOMPARE(dialog.chosen()->version, 2);
    table->selectRow(0);
    QCOMPARE(dialog.chosen()->version, 1);
    const auto text = [&](const char *name) {
        return dialog.findChild<QPlainTextEdit *>(QString::fromLatin1(name))->toPlainText();
    };
    QVERIFY(
        text("versionWritten")
            .startsWith(QStringLiteral("Update: {{task_type}} tasks\n\nUpdate at {{now_utc}}")));
    QVERIFY(text("versionRendered")
                .startsWith(QStringLiteral("Update: email drafting tasks\n\nUpdate at 03:00 UTC")));
    QCoreApplication::processEvents();
    QVERIFY(
        dialog.grab().save(QDir::temp().filePath(QStringLiteral("warroom-draft-versions.png"))));
    QPushButton *restore = dialog.findChild<QPushButton *>(QStringLiteral("restoreVersion"));
    QVERIFY(restore->isEnabled());
    QTest::mouseClick(restore, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

// Legal reads only what changed: the words removed and added since the version before, marked
// by strike-through and underline (not colour alone), the rest as it was.
void TestCommsDialogs::draftVersionsShowTheWordDiff()
{
    const qint64 incident = m_f->staffedIncident(Category::DataLeak);
    const qint64 id = m_f->createDraft(incident);
    QVERIFY(m_f->drafts->save(id, QStringLiteral("Sign-in errors"),
                              QStringLiteral("Some customers cannot sign in.\nWe are on it."),
                              QStringLiteral("Pia")));
    QVERIFY(m_f->drafts->save(id, QStringLiteral("Sign-in errors"),
                              QStringLiteral("Many customers cannot sign in.\nWe are on it, with "
                                             "the vendor."),
                              QStringLiteral("Pia")));
    DraftVersionsDialog dialog(*m_f->drafts, id, 1);
    dialog.resize(1280, 720);
    dialog.show();
    QCOMPARE(dialog.chosen()->version, 3);
    WordDiffView *diff = dialog.diffView();
    QCOMPARE(diff->plainDiff(), QStringLiteral("Sign-in errors\n\n[-Some-]{+Many+} customers "
                                               "cannot sign in.\nWe are on it{+, with the "
                                               "vendor+}."));
    const QString html = diff->toHtml();
    QVERIFY2(html.contains(QStringLiteral("line-through")), qPrintable(html));
    QVERIFY2(html.contains(QStringLiteral("underline")), qPrintable(html));
    const auto label = dialog.findChild<QLabel *>(QStringLiteral("versionDiffLabel"));
    QVERIFY(label->text().contains(QStringLiteral("from version 2 to 3")));
    // The plain-text copy keeps the marks.
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("copyVersionDiff")),
                      Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), diff->plainDiff());
    QCoreApplication::processEvents();
    QVERIFY(dialog.grab().save(
        QDir::temp().filePath(QStringLiteral("warroom-draft-versions-diff.png"))));
    // The first version has nothing before it: all of it is new.
    dialog.table()->selectRow(0);
    QVERIFY(label->text().contains(QStringLiteral("first")));
    QVERIFY(diff->plainDiff().startsWith(QStringLiteral("{+")));
}

void TestCommsDialogs::templateLibrarySavesNewVersions()
{
    TemplateLibraryDialog dialog(*m_f->templates, *m_user);
    dialog.show();
    QCOMPARE(dialog.templateList()->count(), 10);
    dialog.templateList()->setCurrentRow(2); // progress-update
    QCOMPARE(dialog.titleEdit()->text(), QStringLiteral("Update: {{task_type}} tasks"));
    QCOMPARE(dialog.versionPicker()->count(), 1);
    dialog.bodyEdit()->moveCursor(QTextCursor::End);
    QTest::keyClicks(dialog.bodyEdit(), QStringLiteral("Questions? Reply to this message."));
    QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
    QVERIFY2(dialog.message().contains(QStringLiteral("version 2")), qPrintable(dialog.message()));
    QCOMPARE(dialog.versionPicker()->count(), 2);
    QCoreApplication::processEvents();
    QVERIFY(dialog.grab().save(QDir::temp().filePath(QStringLiteral("warroom-templates.png"))));
    const QList<CommsTemplate> versions =
        m_f->templates->versions(QStringLiteral("progress-update")).value();
    QCOMPARE(versions.size(), 2);
    QVERIFY(versions.at(1).body.endsWith(QStringLiteral("Questions? Reply to this message.")));
    QCOMPARE(versions.at(1).createdBy, QStringLiteral("Pia"));
    // The old version stays viewable.
    dialog.versionPicker()->setCurrentIndex(0);
    QCOMPARE(dialog.bodyEdit()->toPlainText(), versions.at(0).body);
}

void TestCommsDialogs::templateLibraryRefusesBadPlaceholders()
{
    TemplateLibraryDialog dialog(*m_f->templates, *m_user);
    dialog.show();
    dialog.titleEdit()->selectAll();
    QTest::keyClicks(dialog.titleEdit(), QStringLiteral("Notice for {{task type}}"));
    QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
    QVERIFY2(dialog.message().contains(QStringLiteral("not a placeholder name")),
             qPrintable(dialog.message()));
    QCOMPARE(dialog.titleEdit()->text(),
             QStringLiteral("Notice for {{task type}}")); // kept for fixing
    QCOMPARE(m_f->templates
                 ->versions(dialog.templateList()->currentItem()->data(Qt::UserRole).toString())
                 ->size(),
             1);
}

QTEST_MAIN(TestCommsDialogs)
#include "tst_commsdialogs.moc"
