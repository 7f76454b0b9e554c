// The War Room window on a shared server (docs/shared-mode.md): the password dialog and the
// login flow that asks for a password when the server wants one, the Preferences field for the
// server, who you are on the status bar (SQLite and a real server: the test cluster), the first
// start asking no name on a server, and pictures of them. QtKeychain has no keychain here
// (headless, no D-Bus session): the real "no keychain" path; tst_loginkeychain runs the real one.
#include "pgtestsupport.h"
#include "testsupport.h"

#include "core/base/clock.h"
#include "integrations/channels/channelconfiguration.h"
#include "integrations/channels/channelkeychain.h"
#include "integrations/login/loginkeychain.h"
#include "session/appsettings.h"
#include "session/currentuser.h"
#include "storage/db/database.h"
#include "storage/db/postgresdialect.h"
#include "storage/db/sessionlogin.h"
#include "storage/workspace.h"
#include "widgets/common/errorline.h"
#include "widgets/firstrun/firstrun.h"
#include "widgets/incidents/mainwindow.h"
#include "widgets/login/passworddialog.h"
#include "widgets/login/serverlogin.h"
#include "widgets/settings/preferencesdialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlError>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace warroom;

namespace {

const QString kServer = QStringLiteral("postgresql://hana@db.example.com:5432/warroom");

// Answers the modal dialogs as they come up, one answer each, in order.
class ModalAnswers final : public QObject
{
public:
    explicit ModalAnswers(QList<std::function<void(QWidget *)>> answers)
        : m_answers(std::move(answers))
    {
        m_timer.setInterval(5);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            QWidget *modal = QApplication::activeModalWidget();
            if (!modal || modal == m_last.data() || m_answers.isEmpty() || !modal->isVisible())
                return;
            m_last = modal;
            m_answers.takeFirst()(modal);
        });
        m_timer.start();
    }
    bool allAnswered() const { return m_answers.isEmpty(); }

private:
    QList<std::function<void(QWidget *)>> m_answers;
    QPointer<QWidget> m_last;
    QTimer m_timer;
};

// Types the password into the password dialog (and ticks Remember) and logs in; `seen` gets the
// problem line the dialog showed.
std::function<void(QWidget *)> typePassword(const QString &password, QString *seen = nullptr)
{
    return [password, seen](QWidget *modal) {
        auto *dialog = qobject_cast<PasswordDialog *>(modal);
        QVERIFY(dialog);
        if (seen)
            *seen = dialog->findChild<ErrorLine *>(QStringLiteral("passwordProblem"))->shownText();
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("password")), password);
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
    };
}

std::function<void(QWidget *)> clickButton(const QString &label, QString *said = nullptr)
{
    return [label, said](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        QVERIFY(box);
        if (said)
            *said = box->text();
        for (QAbstractButton *button : box->buttons()) {
            if (button->text().remove(QLatin1Char('&')) == label) {
                QTest::mouseClick(button, Qt::LeftButton);
                return;
            }
        }
        QFAIL("button not found");
    };
}

Error passwordRefusal()
{
    return Error{Error::Code::Storage, QStringLiteral("the server refused the login"),
                 QString::fromLatin1(PostgresDialect::kPasswordField)};
}

QString screenshotFolder()
{
    QString folder = qEnvironmentVariable("WARROOM_SCREENSHOTS");
    if (folder.isEmpty())
        folder = QDir::temp().filePath(QStringLiteral("warroom-screenshots"));
    QDir().mkpath(folder);
    return folder;
}

} // namespace

class TestSeat : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock{test::testStart()};
    QStringList m_tried; // the passwords the opener was given, in order

    // Opens the SQLite file of the test once the password is `accepted`; refuses otherwise as
    // the server refuses a missing or wrong password.
    serverlogin::Opener opener(const QString &accepted)
    {
        return
            [this, accepted](const DatabaseConfig &config) -> Result<std::unique_ptr<Workspace>> {
                m_tried.append(config.password);
                if (config.password != accepted)
                    return passwordRefusal();
                return Workspace::open(
                    DatabaseConfig::sqlite(m_dir.filePath(QStringLiteral("seat.sqlite"))), m_clock);
            };
    }
    static DatabaseConfig serverConfig()
    {
        return DatabaseConfig::postgres(kServer, QStringLiteral("warroom"));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        qunsetenv("DISPLAY");
    }
    void init()
    {
        m_tried.clear();
        QSettings().clear();
    }

    void passwordDialogNamesTheLogin()
    {
        PasswordDialog dialog(QStringLiteral("hana"), QStringLiteral("db.example.com:5432/warroom"),
                              QString(), true);
        dialog.show();
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("passwordPrompt"))
                     ->text()
                     .remove(QLatin1Char('&')),
                 QStringLiteral("Password for hana on db.example.com:5432/warroom:"));
        auto *field = dialog.findChild<QLineEdit *>(QStringLiteral("password"));
        QCOMPARE(field->echoMode(), QLineEdit::Password);
        QCOMPARE(dialog.findChild<ErrorLine *>(QStringLiteral("passwordProblem"))->shownText(),
                 QString());
        QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled()); // nothing to try with an empty password
        QTest::keyClicks(field, QStringLiteral("s3cret"));
        QVERIFY(ok->isEnabled());
        auto *remember = dialog.findChild<QCheckBox *>(QStringLiteral("rememberPassword"));
        QVERIFY(remember->isEnabled());
        QVERIFY(!dialog.remember());
        QTest::mouseClick(remember, Qt::LeftButton);
        QVERIFY(dialog.remember());
        QTest::mouseClick(ok, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.password(), QStringLiteral("s3cret"));
    }

    void withoutKeychainNothingCanBeRemembered()
    {
        PasswordDialog dialog(QStringLiteral("hana"), QStringLiteral("db.example.com:5432/warroom"),
                              QStringLiteral("The server refused this password; type it again."),
                              false);
        dialog.show();
        auto *remember = dialog.findChild<QCheckBox *>(QStringLiteral("rememberPassword"));
        QVERIFY(!remember->isEnabled());
        remember->setChecked(true);
        QVERIFY(!dialog.remember());
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("passwordNote"))
                    ->text()
                    .contains(QLatin1String("~/.pgpass")));
        QCOMPARE(dialog.findChild<ErrorLine *>(QStringLiteral("passwordProblem"))->shownText(),
                 QStringLiteral("The server refused this password; type it again."));
    }

    // The server's words for a missing or wrong password mark the refusal as one a password can
    // fix; a login with no access (pg_hba) is not asked for a password.
    void passwordRefusalsAreRecognised_data()
    {
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("password");
        QTest::newRow("wrong password")
            << "28P01"
            << "FATAL:  password authentication failed for user \"hana\"" << true;
        QTest::newRow("no password")
            << ""
            << "connection to server failed: fe_sendauth: no password supplied" << true;
        QTest::newRow("no access") << "28000"
                                   << "FATAL:  no pg_hba.conf entry for host" << false;
        QTest::newRow("unreachable") << ""
                                     << "could not connect to server" << false;
    }
    void passwordRefusalsAreRecognised()
    {
        QFETCH(QString, state);
        QFETCH(QString, text);
        QFETCH(bool, password);
        const Error error = PostgresDialect().translateError(
            QSqlError(QString(), text, QSqlError::ConnectionError, state), QStringLiteral("here"),
            5000);
        QCOMPARE(error.field == QLatin1String(PostgresDialect::kPasswordField), password);
        QVERIFY2(!error.message.contains(QLatin1String("s3cret")), qPrintable(error.message));
    }

    void asksForThePasswordAndLogsIn()
    {
        ModalAnswers answers({typePassword(QStringLiteral("s3cret"))});
        LoginKeychain keychain(QStringLiteral("War Room test logins"));
        std::unique_ptr<Workspace> workspace = serverlogin::openInteractively(
            serverConfig(), opener(QStringLiteral("s3cret")), keychain);
        QVERIFY(workspace);
        QVERIFY(answers.allAnswered());
        // First as libpq finds it (no keychain here), then with the typed password.
        QCOMPARE(m_tried, (QStringList{QString(), QStringLiteral("s3cret")}));
        // Never into the settings.
        QSettings settings;
        for (const QString &key : settings.allKeys())
            QVERIFY2(!settings.value(key).toString().contains(QLatin1String("s3cret")),
                     qPrintable(key));
    }

    void aRefusedPasswordIsAskedAgainWithTheReason()
    {
        QString second;
        ModalAnswers answers({typePassword(QStringLiteral("wrong")),
                              typePassword(QStringLiteral("s3cret"), &second)});
        std::unique_ptr<Workspace> workspace =
            serverlogin::openInteractively(serverConfig(), opener(QStringLiteral("s3cret")),
                                           LoginKeychain(QStringLiteral("War Room test logins")));
        QVERIFY(workspace);
        QCOMPARE(m_tried,
                 (QStringList{QString(), QStringLiteral("wrong"), QStringLiteral("s3cret")}));
        QCOMPARE(second, QStringLiteral("The server refused this password; type it again."));
    }

    // No D-Bus session here: the keychain says why it cannot help, the dialog's Remember is off.
    void withoutKeychainTheProblemIsSaid()
    {
        const LoginKeychain::Answer answer = LoginKeychain(QStringLiteral("War Room test logins"))
                                                 .read(QStringLiteral("hana@h:1/d"));
        QCOMPARE(answer.password, QString());
        QVERIFY2(answer.problem.contains(QLatin1String("desktop keychain cannot be read")),
                 qPrintable(answer.problem));
        ModalAnswers answers({[](QWidget *modal) {
            auto *remember = modal->findChild<QCheckBox *>(QStringLiteral("rememberPassword"));
            QVERIFY(remember);
            QVERIFY(!remember->isEnabled());
            typePassword(QStringLiteral("s3cret"))(modal);
        }});
        QVERIFY(serverlogin::openInteractively(serverConfig(), opener(QStringLiteral("s3cret")),
                                               LoginKeychain(QStringLiteral("War Room test"))));
        QVERIFY(answers.allAnswered());
    }

    void cancellingThePasswordGivesUp()
    {
        ModalAnswers answers({[](QWidget *modal) {
            auto *dialog = qobject_cast<PasswordDialog *>(modal);
            QVERIFY(dialog);
            QTest::mouseClick(
                dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel),
                Qt::LeftButton);
        }});
        QVERIFY(!serverlogin::openInteractively(serverConfig(), opener(QStringLiteral("s3cret")),
                                                LoginKeychain(QStringLiteral("War Room test"))));
        QCOMPARE(m_tried, QStringList{QString()});
    }

    // Any other refusal: the server's message, then "Try again" tries again and "Quit" gives up.
    void anotherRefusalOffersToRetryOrQuit()
    {
        int calls = 0;
        const Error unreachable{Error::Code::Io,
                                QStringLiteral("db.example.com: the server cannot be reached")};
        const serverlogin::Opener flaky =
            [&](const DatabaseConfig &) -> Result<std::unique_ptr<Workspace>> {
            if (++calls == 1)
                return unreachable;
            return Workspace::open(
                DatabaseConfig::sqlite(m_dir.filePath(QStringLiteral("seat.sqlite"))), m_clock);
        };
        QString said;
        {
            ModalAnswers answers({clickButton(QStringLiteral("Try again"), &said)});
            QVERIFY(serverlogin::openInteractively(serverConfig(), flaky,
                                                   LoginKeychain(QStringLiteral("War Room test"))));
        }
        QCOMPARE(calls, 2);
        QCOMPARE(said, unreachable.message);
        calls = 0;
        ModalAnswers answers({clickButton(QStringLiteral("Quit"))});
        QVERIFY(!serverlogin::openInteractively(serverConfig(), flaky,
                                                LoginKeychain(QStringLiteral("War Room test"))));
        QCOMPARE(calls, 1);
    }

    void statusBarOnSqliteSaysNamesAreSelfDeclared()
    {
        auto opened = Workspace::open(
            DatabaseConfig::sqlite(m_dir.filePath(QStringLiteral("status.sqlite"))), m_clock);
        QVERIFY(opened);
        CurrentUser user;
        user.overrideName(QStringLiteral("Dana Reyes"));
        MainWindow window(*opened.value(), user);
        auto *status = window.findChild<QLabel *>(QStringLiteral("seatStatus"));
        QVERIFY(status);
        const QString sentence = QStringLiteral("This database: %1 — names are self-declared: "
                                                "anyone at this machine can record changes under "
                                                "any name.")
                                     .arg(opened.value()->database().location());
        QCOMPARE(status->text(), QStringLiteral("You: Dana Reyes   ·   ") + sentence);
        QCOMPARE(status->toolTip(), sentence);
        QVERIFY(window.findChild<QAction *>(QStringLiteral("setUserNameAction"))->isVisible());
    }

    void statusBarOnAServerSaysTheLogin()
    {
        WARROOM_REQUIRE_PG();
        test::PgTestSchema schema;
        auto opened = Workspace::open(schema.config(), m_clock);
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
        const Result<QString> login = sessionLogin(opened.value()->database());
        QVERIFY2(login, login ? "" : qPrintable(login.error().message));
        QCOMPARE(login.value(), QUrl(test::testServerUrl()).userName());
        CurrentUser user;
        user.overrideName(QStringLiteral("Hana Kim")); // the directory's name (SharedIdentity)
        MainWindow window(*opened.value(), user);
        auto *status = window.findChild<QLabel *>(QStringLiteral("seatStatus"));
        QCOMPARE(status->text(),
                 QStringLiteral("Shared war room: %1/%2 as Hana Kim (login %3)")
                     .arg(QUrl(test::testServerUrl()).host(), schema.name(), login.value()));
        QVERIFY2(status->toolTip().contains(QLatin1String("maps the login ") + login.value()),
                 qPrintable(status->toolTip()));
        // No name to set on a server: the login is who you are.
        QVERIFY(!window.findChild<QAction *>(QStringLiteral("setUserNameAction"))->isVisible());
    }

    void sqliteHasNoLogin()
    {
        auto opened = Workspace::open(
            DatabaseConfig::sqlite(m_dir.filePath(QStringLiteral("login.sqlite"))), m_clock);
        QVERIFY(opened);
        const Result<QString> login = sessionLogin(opened.value()->database());
        QVERIFY(!login);
        QVERIFY(login.error().message.contains(QLatin1String("self-declared")));
    }

    // The first start on a server asks no name and stores none: the login is the identity.
    void firstStartOnAServerAsksNoName()
    {
        WARROOM_REQUIRE_PG();
        test::PgTestSchema schema;
        auto opened = Workspace::open(schema.config(), m_clock);
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
        CurrentUser user;
        QVERIFY(!user.known());
        ModalAnswers answers({[](QWidget *) { QFAIL("a dialog was shown on a server"); }});
        QVERIFY(firstrun::askNameIfUnknown(user, *opened.value()));
        QApplication::processEvents();
        QVERIFY(!answers.allAnswered());
        QCOMPARE(AppSettings().userName(), QString());
    }

    void preferencesCheckTheServerAsTyped()
    {
        QSettings channelSettings(m_dir.filePath(QStringLiteral("channels.ini")),
                                  QSettings::IniFormat);
        ChannelKeychain channelKeychain(QStringLiteral("War Room test"));
        ChannelConfiguration channels(QProcessEnvironment(), channelSettings, channelKeychain,
                                      m_clock);
        QSignalSpy loaded(&channels, &ChannelConfiguration::loaded);
        channels.load();
        QVERIFY(loaded.count() == 1 || loaded.wait(10000));
        PreferencesDialog dialog(channels);
        dialog.show();
        auto *url = dialog.findChild<QLineEdit *>(QStringLiteral("serverUrl"));
        auto *schema = dialog.findChild<QLineEdit *>(QStringLiteral("serverSchema"));
        auto *error = dialog.findChild<ErrorLine *>(QStringLiteral("serverError"));
        QVERIFY(url && schema && error);
        QCOMPARE(error->shownText(), QString());
        QTest::keyClicks(url, QStringLiteral("postgresql://hana:s3cret@db.example.com/warroom"));
        QVERIFY2(error->shownText().contains(QLatin1String("password")),
                 qPrintable(error->shownText()));
        QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save),
                          Qt::LeftButton);
        QVERIFY(dialog.isVisible()); // refused: nothing saved
        QCOMPARE(AppSettings().serverUrl(), QString());

        url->setText(kServer);
        QCOMPARE(error->shownText(), QString());
        QTest::keyClicks(schema, QStringLiteral("Ops"));
        QVERIFY(error->shownText().contains(QLatin1String("Ops")));
        schema->setText(QStringLiteral("ops"));
        QCOMPARE(error->shownText(), QString());
        QSignalSpy saved(&channels, &ChannelConfiguration::saveFinished);
        QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save),
                          Qt::LeftButton);
        QVERIFY(saved.count() == 1 || saved.wait(10000));
        QVERIFY(!dialog.isVisible());
        QCOMPARE(AppSettings().serverUrl(), kServer);
        QCOMPARE(AppSettings().serverSchema(), QStringLiteral("ops"));
        QSettings settings;
        for (const QString &key : settings.allKeys())
            QVERIFY2(!settings.value(key).toString().contains(QLatin1String("s3cret")),
                     qPrintable(key));
    }

    // Pictures to look at (1600x900): Preferences with a valid and a refused server, the
    // password dialog, the main window on a real server. To $WARROOM_SCREENSHOTS or
    // <temp>/warroom-screenshots.
    void screenshots()
    {
        const QString folder = screenshotFolder();
        QSettings channelSettings(m_dir.filePath(QStringLiteral("shots.ini")),
                                  QSettings::IniFormat);
        ChannelKeychain channelKeychain(QStringLiteral("War Room test"));
        ChannelConfiguration channels(QProcessEnvironment(), channelSettings, channelKeychain,
                                      m_clock);
        QSignalSpy loaded(&channels, &ChannelConfiguration::loaded);
        channels.load();
        QVERIFY(loaded.count() == 1 || loaded.wait(10000));
        for (const auto &[name, text] :
             {std::pair{QStringLiteral("seat-preferences-valid.png"), kServer},
              std::pair{QStringLiteral("seat-preferences-invalid.png"),
                        QStringLiteral("postgresql://hana:s3cret@db.example.com/warroom")}}) {
            PreferencesDialog dialog(channels);
            dialog.show();
            dialog.findChild<QLineEdit *>(QStringLiteral("serverUrl"))->setText(text);
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QApplication::processEvents();
            QVERIFY(dialog.grab().save(QDir(folder).filePath(name)));
        }
        {
            PasswordDialog dialog(QStringLiteral("hana"),
                                  QStringLiteral("db.example.com:5432/warroom"),
                                  QStringLiteral("The server refused this password; type it "
                                                 "again."),
                                  true);
            dialog.show();
            QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("password")),
                             QStringLiteral("s3cret"));
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QVERIFY(dialog.grab().save(QDir(folder).filePath(QStringLiteral("seat-password.png"))));
        }
        const auto window = [&](Workspace &workspace, const QString &who, const QString &name) {
            CurrentUser user;
            user.overrideName(who);
            MainWindow main(workspace, user);
            main.resize(1600, 900);
            main.show();
            QVERIFY(QTest::qWaitForWindowExposed(&main));
            QApplication::processEvents();
            QVERIFY(main.grab().save(QDir(folder).filePath(name)));
        };
        auto file = Workspace::open(
            DatabaseConfig::sqlite(m_dir.filePath(QStringLiteral("shot.sqlite"))), m_clock);
        QVERIFY(file);
        window(*file.value(), QStringLiteral("Dana Reyes"), QStringLiteral("seat-sqlite.png"));
        WARROOM_REQUIRE_PG();
        test::PgTestSchema schema;
        auto server = Workspace::open(schema.config(), m_clock);
        QVERIFY2(server, server ? "" : qPrintable(server.error().message));
        window(*server.value(), QStringLiteral("Hana Kim"), QStringLiteral("seat-server.png"));
    }
};

QTEST_MAIN(TestSeat)
#include "tst_seat.moc"
