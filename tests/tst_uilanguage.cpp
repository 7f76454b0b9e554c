// The language of the user interface (core/base/uilanguage.h): which codes exist (the .qm files
// compiled into this test as into both programs, under :/i18n), how a code is checked, which
// source wins, and that installing a code installs War Room's translator for that language. The
// .ts files are being translated, so nothing here depends on a translated string: the installed
// translator's own language is what is compared.
#include "core/base/uilanguage.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPointer>
#include <QTest>
#include <QTranslator>

using namespace warroom;

class TestUiLanguage : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void availableListsTheCompiledInTranslations();
    void installLoadsTheRequestedLanguage_data();
    void installLoadsTheRequestedLanguage();
    void englishInstallsNoTranslator();
    void installReplacesTheEarlierTranslator();
    void unknownCodeIsRefusedWithTheList_data();
    void unknownCodeIsRefusedWithTheList();
    void codesAreForgiving();
    void commandLineThenEnvironmentThenPreference();
    void argumentsAreReadBeforeTheParser_data();
    void argumentsAreReadBeforeTheParser();
};

void TestUiLanguage::cleanup()
{
    uilanguage::install(QStringLiteral("en"));
}

void TestUiLanguage::availableListsTheCompiledInTranslations()
{
    QCOMPARE(uilanguage::available(),
             (QStringList{QStringLiteral("de"), QStringLiteral("en"), QStringLiteral("zh_CN")}));
}

void TestUiLanguage::installLoadsTheRequestedLanguage_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QLocale::Language>("language");
    QTest::addColumn<QLocale::Territory>("territory");
    QTest::newRow("de") << QStringLiteral("de") << QLocale::German << QLocale::AnyTerritory;
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QLocale::Chinese << QLocale::China;
}

void TestUiLanguage::installLoadsTheRequestedLanguage()
{
    QFETCH(QString, code);
    QFETCH(QLocale::Language, language);
    QFETCH(QLocale::Territory, territory);
    QVERIFY(uilanguage::installedTranslator() == nullptr);
    uilanguage::install(code);
    const QTranslator *translator = uilanguage::installedTranslator();
    QVERIFY2(translator, qPrintable(code));
    const QLocale installed(translator->language());
    QVERIFY2(installed.language() == language, qPrintable(translator->language()));
    if (territory != QLocale::AnyTerritory)
        QVERIFY2(installed.territory() == territory, qPrintable(translator->language()));
    QVERIFY(translator->filePath().startsWith(QLatin1String(":/i18n/warroom_")));
}

void TestUiLanguage::englishInstallsNoTranslator()
{
    uilanguage::install(QStringLiteral("de"));
    QVERIFY(uilanguage::installedTranslator());
    uilanguage::install(QStringLiteral("en"));
    QVERIFY(uilanguage::installedTranslator() == nullptr);
}

void TestUiLanguage::installReplacesTheEarlierTranslator()
{
    uilanguage::install(QStringLiteral("de"));
    const QPointer<const QTranslator> german = uilanguage::installedTranslator();
    uilanguage::install(QStringLiteral("zh_CN"));
    QVERIFY(german.isNull()); // removed and deleted, not left installed under the new one
    QCOMPARE(QLocale(uilanguage::installedTranslator()->language()).language(), QLocale::Chinese);
}

void TestUiLanguage::unknownCodeIsRefusedWithTheList_data()
{
    QTest::addColumn<int>("source");
    QTest::addColumn<QString>("named");
    QTest::newRow("command line") << int(uilanguage::Source::CommandLine)
                                  << QStringLiteral("--lang");
    QTest::newRow("environment") << int(uilanguage::Source::Environment)
                                 << QStringLiteral("WARROOM_LANG");
    QTest::newRow("preferences") << int(uilanguage::Source::Preferences)
                                 << QStringLiteral("Preferences");
}

void TestUiLanguage::unknownCodeIsRefusedWithTheList()
{
    QFETCH(int, source);
    QFETCH(QString, named);
    const Result<QString> checked =
        uilanguage::check(QStringLiteral("fr"), static_cast<uilanguage::Source>(source));
    QVERIFY(!checked);
    const QString message = checked.error().message;
    QVERIFY2(message.contains(named), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("\"fr\"")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("de, en, zh_CN")), qPrintable(message));
}

void TestUiLanguage::codesAreForgiving()
{
    QCOMPARE(uilanguage::check(QStringLiteral("DE"), uilanguage::Source::CommandLine).value(),
             QStringLiteral("de"));
    QCOMPARE(uilanguage::check(QStringLiteral("zh-cn"), uilanguage::Source::CommandLine).value(),
             QStringLiteral("zh_CN"));
    QCOMPARE(uilanguage::check(QStringLiteral(" en "), uilanguage::Source::Environment).value(),
             QStringLiteral("en"));
    // A language with a territory War Room does not have is not quietly made another one.
    QVERIFY(!uilanguage::check(QStringLiteral("zh_TW"), uilanguage::Source::CommandLine));
    QVERIFY(!uilanguage::check(QStringLiteral("de_AT"), uilanguage::Source::CommandLine));
}

void TestUiLanguage::commandLineThenEnvironmentThenPreference()
{
    const QString de = QStringLiteral("de");
    const QString en = QStringLiteral("en");
    const QString zh = QStringLiteral("zh_CN");
    QCOMPARE(uilanguage::choose(de, en, zh).value(), de);
    QCOMPARE(uilanguage::choose({}, en, zh).value(), en);
    QCOMPARE(uilanguage::choose({}, {}, zh).value(), zh);
    QCOMPARE(uilanguage::choose({}, {}, {}).value(), QString()); // the system's
    // A bad command line or variable stops the program; it is never passed over for the next.
    QVERIFY(!uilanguage::choose(QStringLiteral("xx"), en, zh));
    QVERIFY(!uilanguage::choose({}, QStringLiteral("xx"), zh));
    // A preference this build has no translation for (saved by another build) is passed over.
    QCOMPARE(uilanguage::choose({}, {}, QStringLiteral("xx")).value(), QString());
}

void TestUiLanguage::argumentsAreReadBeforeTheParser_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("code");
    const QString program = QStringLiteral("warroom");
    QTest::newRow("none") << QStringList{program, QStringLiteral("list")} << QString();
    QTest::newRow("separate") << QStringList{program, QStringLiteral("--lang"),
                                             QStringLiteral("de"), QStringLiteral("list")}
                              << QStringLiteral("de");
    QTest::newRow("equals") << QStringList{program, QStringLiteral("list"),
                                           QStringLiteral("--lang=zh_CN")}
                            << QStringLiteral("zh_CN");
    QTest::newRow("after --") << QStringList{program, QStringLiteral("note"), QStringLiteral("--"),
                                             QStringLiteral("--lang=de")}
                              << QString();
    QTest::newRow("program name only") << QStringList{QStringLiteral("--lang=de")} << QString();
}

void TestUiLanguage::argumentsAreReadBeforeTheParser()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, code);
    QCOMPARE(uilanguage::fromArguments(arguments), code);
}

QTEST_GUILESS_MAIN(TestUiLanguage)
#include "tst_uilanguage.moc"
