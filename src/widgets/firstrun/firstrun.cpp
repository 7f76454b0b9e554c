#include "widgets/firstrun/firstrun.h"

#include "session/currentuser.h"
#include "storage/incidents/incidentstore.h"
#include "storage/roles/peoplestore.h"
#include "storage/workspace.h"
#include "widgets/firstrun/usernamedialog.h"
#include "widgets/firstrun/welcomedialog.h"

namespace warroom::firstrun {

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
    if (user.known())
        return true;
    UserNameDialog dialog(suggestedName(workspace, CurrentUser::osLogin()), parent);
    if (dialog.exec() != QDialog::Accepted || dialog.name().isEmpty())
        return false;
    user.setName(dialog.name());
    return user.known();
}

bool welcomeIfEmpty(Workspace &workspace, const CurrentUser &user, QWidget *parent)
{
    if (!isEmptyDatabase(workspace))
        return false;
    WelcomeDialog dialog(workspace, user.name(), parent);
    dialog.exec();
    return true;
}

} // namespace warroom::firstrun
