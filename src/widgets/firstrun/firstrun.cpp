#include "widgets/firstrun/firstrun.h"

#include "models/incidents/incidentlistmodel.h"
#include "session/currentuser.h"
#include "storage/db/database.h"
#include "storage/demo/demodata.h"
#include "storage/incidents/incidentstore.h"
#include "storage/roles/peoplestore.h"
#include "storage/workspace.h"
#include "widgets/firstrun/usernamedialog.h"
#include "widgets/firstrun/welcomedialog.h"

#include <QCoreApplication>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QTableView>

namespace warroom::firstrun {
namespace {

// This file's translation context, as lupdate records it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(warroom::FirstRun)
};

} // namespace

bool isEmptyDatabase(Workspace &workspace)
{
    // A database that cannot be read is not offered as empty: an import could not help it.
    const Result<QList<Person>> people = workspace.people().people();
    if (!people || !people->isEmpty())
        return false;
    const Result<QList<Incident>> incidents = workspace.incidents().incidents();
    return incidents && incidents->isEmpty();
}

QString suggestedName(Workspace &workspace, const QString &login)
{
    const Result<QList<Person>> people = workspace.people().people();
    return people ? UserNameDialog::nameForLogin(people.value(), login) : QString();
}

bool askNameIfUnknown(CurrentUser &user, Workspace &workspace, QWidget *parent)
{
    // On a shared server the login is who you are: no name is asked, none typed is recorded.
    if (workspace.database().config().backend != DatabaseConfig::Backend::Sqlite)
        return true;
    if (user.known())
        return true;
    UserNameDialog dialog(suggestedName(workspace, CurrentUser::osLogin()), parent);
    if (dialog.exec() != QDialog::Accepted || dialog.name().isEmpty())
        return false;
    user.setName(dialog.name());
    return user.known();
}

bool welcomeIfEmpty(Workspace &workspace, const CurrentUser &user, QWidget *parent,
                    const std::function<void(qint64)> &openIncident)
{
    if (!isEmptyDatabase(workspace))
        return false;
    WelcomeDialog dialog(workspace, user.name(), parent);
    dialog.exec();
    if (dialog.demoIncidentId() > 0 && openIncident)
        openIncident(dialog.demoIncidentId());
    return true;
}

void removeDemoData(QWidget *parent, Workspace &workspace, QTableView *incidents)
{
    const QString title = Text::tr("Remove demo data");
    const Result<demo::Removed> found = demo::count(workspace);
    if (!found) {
        QMessageBox::warning(parent, title, found.error().message);
        return;
    }
    if (found->incidents + found->people + found->accounts == 0) {
        QMessageBox::information(parent, title, Text::tr("There is no demo data to remove."));
        return;
    }
    const auto answer = QMessageBox::question(
        parent, title,
        Text::tr("Delete the demo data: %1, %2 and %3? Your own incidents, people and key "
                 "accounts stay as they are.")
            .arg(Text::tr("%n demo incident(s)", nullptr, found->incidents),
                 Text::tr("%n demo person(s)", nullptr, found->people),
                 Text::tr("%n demo key account(s)", nullptr, found->accounts)));
    if (answer != QMessageBox::Yes)
        return;
    // The incident shown is let go first when it is a demo one: its view must not outlive it.
    if (incidents && incidents->selectionModel()) {
        const Result<QList<qint64>> ids = demo::incidentIds(workspace);
        const QModelIndex current = incidents->selectionModel()->currentIndex();
        if (ids && current.isValid() &&
            ids->contains(current.data(IncidentListModel::IncidentIdRole).toLongLong()))
            incidents->selectionModel()->clear();
    }
    const Result<demo::Removed> removed = demo::remove(workspace);
    if (!removed)
        QMessageBox::warning(parent, title, removed.error().message);
}

} // namespace warroom::firstrun
