#include "storage/db/database.h"
#include "storage/workspace.h"
#include "testsupport.h"
#include "widgets/incidents/databasechooser.h"

#include <QApplication>
#include <QFileDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

using namespace warroom;

// The GUI's answer to a refused database: a message naming the file, and a way out that never
// touches the refused file.
class TestDatabaseChooser : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void quitLeavesRefusedFileUntouched();
    void openAnotherFileRecovers();
    void headlessGuiSaysWhyAndExits();

private:
    // Clicks the button whose text starts with `label` on the error box once it is up, and
    // remembers what the box said.
    void answerErrorBox(const QString &label);
    QString m_boxText;
};

void TestDatabaseChooser::answerErrorBox(const QString &label)
{
    QTimer::singleShot(0, this, [this, label] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        m_boxText = box->text();
        for (QAbstractButton *button : box->buttons()) {
            if (button->text().remove(QLatin1Char('&')).startsWith(label)) {
                QTest::mouseClick(button, Qt::LeftButton);
                return;
            }
        }
        QFAIL("button not found");
    });
}

void TestDatabaseChooser::quitLeavesRefusedFileUntouched()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("notes.sqlite"));
    test::writeFile(file, QByteArray("these are my notes, not a database\n"));
    const QByteArray before = test::fileDigest(file);
    ManualClock clock(test::testStart());
    answerErrorBox(QStringLiteral("Quit"));
    std::unique_ptr<Workspace> workspace =
        openWorkspaceInteractively(DatabaseConfig::sqlite(file), clock);
    QVERIFY(!workspace);
    QVERIFY2(m_boxText.contains(QStringLiteral("notes.sqlite")), qPrintable(m_boxText));
    QVERIFY(m_boxText.contains(QStringLiteral("not an SQLite database")));
    QCOMPARE(test::fileDigest(file), before);
}

void TestDatabaseChooser::openAnotherFileRecovers()
{
    QTemporaryDir dir;
    const QString bad = dir.filePath(QStringLiteral("bad.sqlite"));
    const QString good = dir.filePath(QStringLiteral("good.sqlite"));
    test::writeFile(bad, QByteArray(4096, '\x01'));
    const QByteArray before = test::fileDigest(bad);
    ManualClock clock(test::testStart());
    answerErrorBox(QStringLiteral("Open another file"));
    // Then Qt's file dialog, once it is the modal window: choose the new file. (Typing into its
    // name field and pressing Return did not accept it under the offscreen platform.)
    QTimer poll;
    poll.setInterval(10);
    connect(&poll, &QTimer::timeout, this, [&poll, good] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        if (!dialog->isVisible())
            return;
        poll.stop();
        dialog->selectFile(good);
        QMetaObject::invokeMethod(dialog, "accept");
    });
    poll.start();
    std::unique_ptr<Workspace> workspace =
        openWorkspaceInteractively(DatabaseConfig::sqlite(bad), clock);
    QVERIFY(workspace);
    QCOMPARE(workspace->database().config().sqlitePath, good);
    QCOMPARE(test::fileDigest(bad), before);
}

// Without a screen (offscreen, minimal) nobody can answer the dialog: the GUI says why in one
// line on standard error and exits 1 instead of waiting forever.
void TestDatabaseChooser::headlessGuiSaysWhyAndExits()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("notes.sqlite"));
    test::writeFile(file, QByteArray("these are my notes, not a database\n"));
    const QByteArray before = test::fileDigest(file);
    QProcess gui;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    gui.setProcessEnvironment(env);
    gui.start(qEnvironmentVariable("WARROOM_GUI"), {QStringLiteral("--db"), file});
    const bool finished = gui.waitForFinished(30000);
    if (!finished) {
        gui.kill();
        gui.waitForFinished();
    }
    QVERIFY2(finished, "the GUI is waiting on a dialog nobody can see");
    QCOMPARE(gui.exitStatus(), QProcess::NormalExit);
    QCOMPARE(gui.exitCode(), 1);
    // One line of War Room's own (Qt may add warnings of its own, such as XDG_RUNTIME_DIR).
    const QStringList lines = QString::fromUtf8(gui.readAllStandardError())
                                  .split(QLatin1Char('\n'))
                                  .filter(QRegularExpression(QStringLiteral("^warroom: ")));
    QCOMPARE(lines.size(), 1);
    const QString err = lines.constFirst();
    QVERIFY2(err.contains(file), qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral("not an SQLite database")), qPrintable(err));
    QCOMPARE(test::fileDigest(file), before);
}

QTEST_MAIN(TestDatabaseChooser)
#include "tst_databasechooser.moc"
