#pragma once

#include <QDialog>

class QLabel;
class QPushButton;

namespace warroom {

class Workspace;

// The first start on an empty database: what War Room needs before the first incident (the
// people who hold the playbook roles, the key accounts to call) and a way to bring each in from
// a CSV file, or to start empty. Each import opens the import dialog; the welcome stays open and
// counts what is there, so people and then accounts can be imported one after the other.
class WelcomeDialog final : public QDialog
{
    Q_OBJECT

public:
    WelcomeDialog(Workspace &workspace, const QString &author, QWidget *parent = nullptr);

    QPushButton *importPeopleButton() const { return m_importPeople; }
    QPushButton *importAccountsButton() const { return m_importAccounts; }
    QPushButton *demoButton() const { return m_demo; }
    QPushButton *startButton() const { return m_start; }
    // The demo incident the user opened (0: none); the dialog closes once it is made.
    qint64 demoIncidentId() const { return m_demoIncident; }
    // "12 people in the directory, no key accounts yet."
    QString statusText() const;

private:
    void updateStatus();
    void openDemo();

    Workspace &m_workspace;
    const QString m_author;
    QPushButton *m_importPeople = nullptr;
    QPushButton *m_importAccounts = nullptr;
    QPushButton *m_demo = nullptr;
    QPushButton *m_start = nullptr;
    qint64 m_demoIncident = 0;
    QLabel *m_status = nullptr;
};

} // namespace warroom
