#pragma once

#include "core/roles/person.h"

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;

namespace warroom {

class ErrorLine;

// "Who are you?": asked on the first start, and from Window → Set your name. The name is
// recorded as the author of everything the user does; in the local (SQLite) mode nobody checks
// it, the dialog says so. OK stays disabled while the name is blank or refused (the reason shows
// under the field).
class UserNameDialog final : public QDialog
{
    Q_OBJECT

public:
    // `name` prefills the field (the current name, or a directory match on a first start).
    explicit UserNameDialog(const QString &name, QWidget *parent = nullptr);

    QString name() const;

    // The name of the person in the directory whose email (whole, or the part before the "@")
    // or Slack handle is the operating-system login, compared case-insensitively; empty when
    // nobody or more than one person matches.
    static QString nameForLogin(const QList<Person> &people, const QString &login);

private:
    QLineEdit *m_name = nullptr;
    ErrorLine *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace warroom
