#pragma once

#include "core/base/clock.h"
#include "ctlrun.h"

#include <QObject>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <memory>

// warroomctl end to end: cli::run in this process on a temporary database and a manual clock.
// What only the built binary can show is in tst_warroomctl_smoke.
class TestWarroomctl : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void roundTrip();
    void detectedAtDefaultsToNow();
    void noteTextAfterDoubleDash();
    void editRecordsFieldsChanged();
    void listActiveLeavesOutRestored();
    void globalOptionsAnywhere_data();
    void globalOptionsAnywhere();
    void authorResolution_data();
    void authorResolution();
    void helpListsCommandsAndOptions();
    void refusals_data();
    void refusals();
    void invalidUtf8ArgumentsRefused();
    void lengthsCountCharacters();
    void unusableDatabaseFilesUntouched_data();
    void unusableDatabaseFilesUntouched();
    void busyDatabaseFailsClearlyThenSucceeds();
    void repeatedRunsReleaseTheDatabase();
    void checkFindsTheDamageOpeningDoesNotLookFor();

private:
    QProcessEnvironment environment() const;
    // Runs warroomctl on the test database (--db comes first, so any arguments may follow).
    warroom::test::CtlRun ctl(const QStringList &arguments) const;
    warroom::test::CtlRun ctl(const QStringList &arguments,
                              const QProcessEnvironment &environment) const;
    QByteArray databaseState() const;
    static QStringList declareArgs(const QString &title);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
    std::unique_ptr<warroom::ManualClock> m_clock;
};
