// Incident → Preferences… (widgets/settings/preferencesdialog.h) over the real channel settings:
// a QSettings file of the test's own and QtKeychain, which has no keychain here (headless, no
// D-Bus session), so saving a secret is refused: the real all-or-nothing path.
#include "widgets/settings/preferencesdialog.h"

#include "core/base/clock.h"
#include "integrations/channels/channelconfiguration.h"
#include "integrations/channels/channelkeychain.h"
#include "integrations/channels/storedchannelsettings.h"
#include "session/appsettings.h"
#include "widgets/common/errorline.h"
#include "widgets/common/theme.h"

#include <QtTest>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace warroom;

class TestPreferencesDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC)};
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ChannelKeychain> m_keychain;
    std::unique_ptr<ChannelConfiguration> m_channels;

    void open(const QProcessEnvironment &env)
    {
        m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("warroom.ini")),
                                                 QSettings::IniFormat);
        m_keychain = std::make_unique<ChannelKeychain>(QStringLiteral("War Room test"));
        m_channels = std::make_unique<ChannelConfiguration>(env, *m_settings, *m_keychain, m_clock);
        QSignalSpy loaded(m_channels.get(), &ChannelConfiguration::loaded);
        m_channels->load();
        QVERIFY(loaded.count() == 1 || loaded.wait(10000));
    }
    static QLineEdit *field(QDialog &dialog, const QString &name)
    {
        return dialog.findChild<QLineEdit *>(name);
    }
    static QString error(QDialog &dialog, const QString &name)
    {
        auto *line = dialog.findChild<ErrorLine *>(QStringLiteral("error_") + name);
        return line ? line->shownText() : QStringLiteral("<no error line>");
    }
    static void save(QDialog &dialog)
    {
        auto *buttons = dialog.findChild<QDialogButtonBox *>();
        QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true); // AppSettings: the language and the theme
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        qunsetenv("DISPLAY");
    }
    void cleanup()
    {
        m_channels.reset();
        m_keychain.reset();
        m_settings.reset();
        QFile::remove(m_dir.filePath(QStringLiteral("warroom.ini")));
    }

    void environmentFieldsAreReadOnlyAndSaySo()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("WARROOM_STATUSPAGE_API_KEY"), QStringLiteral("sp-key-123"));
        open(env);
        PreferencesDialog dialog(*m_channels);
        dialog.show();
        QLineEdit *key = field(dialog, QStringLiteral("WARROOM_STATUSPAGE_API_KEY"));
        QVERIFY(key);
        QVERIFY(key->isReadOnly());
        QCOMPARE(key->echoMode(), QLineEdit::Password);
        QCOMPARE(key->text(), QString()); // the environment's secret is not copied here
        auto *origin =
            dialog.findChild<QLabel *>(QStringLiteral("origin_WARROOM_STATUSPAGE_API_KEY"));
        QVERIFY(origin->text().contains(QLatin1String("WARROOM_STATUSPAGE_API_KEY")));
        QVERIFY(origin->text().contains(QLatin1String("environment")));
        QLineEdit *page = field(dialog, QStringLiteral("WARROOM_STATUSPAGE_PAGE_ID"));
        QVERIFY(!page->isReadOnly());
        QCOMPARE(page->echoMode(), QLineEdit::Normal);
        QCOMPARE(
            dialog.findChild<QLabel *>(QStringLiteral("origin_WARROOM_STATUSPAGE_PAGE_ID"))->text(),
            QStringLiteral("Not set."));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("keychainState"))
                    ->text()
                    .startsWith(QLatin1String("No keychain")));
    }

    void validationErrorsShowNextToTheirFields()
    {
        open(QProcessEnvironment());
        PreferencesDialog dialog(*m_channels);
        dialog.show();
        QTest::keyClicks(field(dialog, QStringLiteral("WARROOM_SMTP_URL")),
                         QStringLiteral("smtp://127.0.0.1:2525"));
        QTest::keyClicks(field(dialog, QStringLiteral("WARROOM_SLACK_WEBHOOK_URL")),
                         QStringLiteral("http://hooks.example.com/x"));
        save(dialog);
        QVERIFY(dialog.isVisible());
        QVERIFY2(error(dialog, QStringLiteral("WARROOM_SMTP_FROM"))
                     .contains(QLatin1String("WARROOM_SMTP_FROM is not set")),
                 qPrintable(error(dialog, QStringLiteral("WARROOM_SMTP_FROM"))));
        QVERIFY(!error(dialog, QStringLiteral("WARROOM_SLACK_WEBHOOK_URL")).isEmpty());
        QCOMPARE(error(dialog, QStringLiteral("WARROOM_SMTP_URL")), QString());
        QVERIFY(storedchannelsettings::read(*m_settings).isEmpty());

        // Fixed, the errors go and the settings are saved (no secret: no keychain needed).
        QLineEdit *slack = field(dialog, QStringLiteral("WARROOM_SLACK_WEBHOOK_URL"));
        slack->clear();
        QTest::keyClicks(field(dialog, QStringLiteral("WARROOM_SMTP_FROM")),
                         QStringLiteral("War Room <alerts@example.com>"));
        QSignalSpy changed(m_channels.get(), &ChannelConfiguration::setupChanged);
        save(dialog);
        QTRY_VERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(m_channels->setup().deliverable, QSet<Destination>{Destination::Email});
        QCOMPARE(
            storedchannelsettings::read(*m_settings).value(QStringLiteral("WARROOM_SMTP_FROM")),
            QStringLiteral("War Room <alerts@example.com>"));
    }

    // Language and theme (issue 13): the language combo lists the system's and every compiled-in
    // translation by its own name and says it takes effect at the next start; saving stores it
    // (core/base/uilanguage.h reads it at start-up) and applies the theme at once.
    void languageAndThemeAreStored()
    {
        open(QProcessEnvironment());
        PreferencesDialog dialog(*m_channels);
        dialog.show();
        auto *language = dialog.findChild<QComboBox *>(QStringLiteral("languageCombo"));
        auto *appearance = dialog.findChild<QComboBox *>(QStringLiteral("themeCombo"));
        QVERIFY(language && appearance);
        QStringList names;
        for (int i = 0; i < language->count(); ++i)
            names.append(language->itemText(i));
        QCOMPARE(names, (QStringList{QStringLiteral("System default"), QStringLiteral("English"),
                                     QStringLiteral("Deutsch"), QStringLiteral("简体中文")}));
        QCOMPARE(language->currentData().toString(), QString()); // nothing chosen yet
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("languageNote"))
                    ->text()
                    .contains(QLatin1String("next start")));
        QCOMPARE(appearance->currentData().toString(), QStringLiteral("system"));

        language->setCurrentIndex(language->findData(QStringLiteral("de")));
        appearance->setCurrentIndex(appearance->findData(QStringLiteral("dark")));
        save(dialog);
        QTRY_VERIFY(!dialog.isVisible());
        QCOMPARE(AppSettings().uiLanguage(), QStringLiteral("de"));
        QCOMPARE(AppSettings().theme(), QStringLiteral("dark"));
        QCOMPARE(theme::current(), theme::Choice::Dark);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 80);

        // Opened again, it shows what was stored; System default removes the choice.
        PreferencesDialog again(*m_channels);
        auto *languageAgain = again.findChild<QComboBox *>(QStringLiteral("languageCombo"));
        QCOMPARE(languageAgain->currentData().toString(), QStringLiteral("de"));
        QCOMPARE(
            again.findChild<QComboBox *>(QStringLiteral("themeCombo"))->currentData().toString(),
            QStringLiteral("dark"));
        languageAgain->setCurrentIndex(0);
        again.findChild<QComboBox *>(QStringLiteral("themeCombo"))->setCurrentIndex(0);
        again.show();
        save(again);
        QTRY_VERIFY(!again.isVisible());
        QCOMPARE(AppSettings().uiLanguage(), QString());
        QCOMPARE(theme::current(), theme::Choice::System);
    }

    void keychainRefusalSavesNothing()
    {
        open(QProcessEnvironment());
        PreferencesDialog dialog(*m_channels);
        dialog.show();
        QTest::keyClicks(field(dialog, QStringLiteral("WARROOM_STATUSPAGE_PAGE_ID")),
                         QStringLiteral("pg7"));
        QTest::keyClicks(field(dialog, QStringLiteral("WARROOM_STATUSPAGE_API_KEY")),
                         QStringLiteral("sp-key-123"));
        QSignalSpy finished(m_channels.get(), &ChannelConfiguration::saveFinished);
        QSignalSpy changed(m_channels.get(), &ChannelConfiguration::setupChanged);
        save(dialog);
        QVERIFY(finished.count() == 1 || finished.wait(10000));
        QVERIFY(dialog.isVisible());
        const QString shown =
            dialog.findChild<ErrorLine *>(QStringLiteral("saveError"))->shownText();
        QVERIFY2(shown.contains(QLatin1String("nothing was saved")), qPrintable(shown));
        QVERIFY(shown.contains(QLatin1String("WARROOM_SECRETS_FILE")));
        QVERIFY(!shown.contains(QLatin1String("sp-key-123")));
        QCOMPARE(changed.count(), 0);
        QVERIFY(storedchannelsettings::read(*m_settings).isEmpty()); // not even the page id
        // What was typed stays, to be saved once a keychain runs or copied elsewhere.
        QCOMPARE(field(dialog, QStringLiteral("WARROOM_STATUSPAGE_PAGE_ID"))->text(),
                 QStringLiteral("pg7"));
        QVERIFY(
            dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->isEnabled());
    }
};

QTEST_MAIN(TestPreferencesDialog)
#include "tst_preferencesdialog.moc"
