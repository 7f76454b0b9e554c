#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace warroom {

class ErrorLine;

class CurrentUser;
class PeopleModel;
class Workspace;

// The people directory, editable: add, edit and remove people, or import a CSV file.
class PeopleDirectoryDialog final : public QDialog
{
    Q_OBJECT

public:
    PeopleDirectoryDialog(Workspace &workspace, CurrentUser &user, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    PeopleModel *model() const { return m_model; }
    QString errorText() const;

    void addPerson();
    void editSelected();
    void removeSelected();

private:
    void showError(const QString &message);

    Workspace &m_workspace;
    CurrentUser &m_user;
    PeopleModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    ErrorLine *m_error = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace warroom
