#include "cli/commandtable.h"
#include "cli/showsections.h"
#include "core/incident/incidentjson.h"
#include "testsupport.h"

#include <QSet>
#include <QTest>

using namespace warroom;

// The invariants the runner relies on when later features add commands and show sections.
class TestCommandTable : public QObject
{
    Q_OBJECT

private slots:
    void commandsAreComplete();
    void requiredOptionsAreDeclared();
    void onlyTheLastArgumentTakesTheRest();
    void showSectionKeysAreFree();
};

void TestCommandTable::commandsAreComplete()
{
    const QList<cli::Command> table = cli::commands();
    QVERIFY(table.size() >= 6);
    QSet<QString> names;
    for (const cli::Command &command : table) {
        QVERIFY2(!command.name.isEmpty() && !command.name.startsWith(QLatin1Char('-')),
                 qPrintable(command.name));
        QVERIFY2(!names.contains(command.name),
                 qPrintable(command.name + QStringLiteral(" twice")));
        names.insert(command.name);
        QVERIFY2(!command.summary.isEmpty(), qPrintable(command.name));
        QVERIFY2(!command.help.isEmpty(), qPrintable(command.name));
        // Exactly one way to run: on the database, or (lint) without one.
        QVERIFY2((command.run != nullptr) != (command.runWithoutDatabase != nullptr),
                 qPrintable(command.name));
        QCOMPARE(cli::findCommand(table, command.name), &command);
    }
    QCOMPARE(cli::findCommand(table, QStringLiteral("nope")), nullptr);
    for (const char *expected : {"declare", "list", "show", "note", "status", "edit"})
        QVERIFY2(names.contains(QString::fromLatin1(expected)), expected);
}

void TestCommandTable::requiredOptionsAreDeclared()
{
    for (const cli::Command &command : cli::commands()) {
        QStringList declared;
        for (const QCommandLineOption &option : command.options)
            declared += option.names();
        for (const QString &required : command.requiredOptions)
            QVERIFY2(declared.contains(required),
                     qPrintable(command.name + QStringLiteral(" --") + required));
    }
}

void TestCommandTable::onlyTheLastArgumentTakesTheRest()
{
    for (const cli::Command &command : cli::commands()) {
        for (qsizetype i = 0; i + 1 < command.arguments.size(); ++i)
            QVERIFY2(!command.arguments.at(i).endsWith(QLatin1String("...")),
                     qPrintable(command.name));
    }
}

void TestCommandTable::showSectionKeysAreFree()
{
    Incident incident;
    incident.fields = test::validFields();
    const QJsonObject base = incidentjson::incident(incident);
    QSet<QString> keys;
    for (const cli::ShowSection &section : cli::showSections()) {
        QVERIFY2(!base.contains(section.key),
                 qPrintable(section.key)); // would overwrite the incident's own key
        QVERIFY2(!keys.contains(section.key), qPrintable(section.key));
        keys.insert(section.key);
        QVERIFY(!section.heading.isEmpty());
        QVERIFY(section.build != nullptr);
        QVERIFY(section.textLines != nullptr);
    }
    QVERIFY(keys.contains(QStringLiteral("timeline")));
}

QTEST_GUILESS_MAIN(TestCommandTable)
#include "tst_commandtable.moc"
