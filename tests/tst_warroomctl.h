#pragma once

#include "warroomctlprocess.h"

#include <QObject>
#include <QTemporaryDir>

#include <memory>

// warroomctl end to end: the built binary runs as a subprocess on a temporary database.
class TestWarroomctl : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
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
    void helpAndVersionTouchNoDatabase();
    void defaultDatabaseLocation();
    void refusals_data();
    void refusals();
    void unusableDatabaseFilesUntouched_data();
    void unusableDatabaseFilesUntouched();
    void busyDatabaseFailsClearlyThenSucceeds();

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
};
