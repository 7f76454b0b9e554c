#include "support/everydialog.h"

#include "integrations/channels/channelconfiguration.h"
#include "integrations/channels/channelkeychain.h"
#include "widgets/calls/selectaccountsdialog.h"
#include "widgets/common/conflictdialog.h"
#include "widgets/comms/communicationspane.h"
#include "widgets/comms/deliveriesdialog.h"
#include "widgets/comms/drafteditor.h"
#include "widgets/comms/draftversionsdialog.h"
#include "widgets/comms/publishpreviewdialog.h"
#include "widgets/comms/templatelibrarydialog.h"
#include "widgets/directory/peopledirectorydialog.h"
#include "widgets/directory/persondialog.h"
#include "widgets/help/diagnosticsdialog.h"
#include "widgets/help/keyboardshortcutsdialog.h"
#include "widgets/incidents/declareincidentdialog.h"
#include "widgets/incidents/incidentview.h"
#include "widgets/roles/assignroledialog.h"
#include "widgets/settings/preferencesdialog.h"

#include <QComboBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

namespace warroom::test {

qint64 createDraftInPane(CommunicationsPane &comms)
{
    comms.templatePicker()->setCurrentIndex(comms.templatePicker()->count() - 1);
    QTest::mouseClick(comms.createButton(), Qt::LeftButton);
    return comms.editor()->draftId();
}

void forEveryDialog(PopulatedWorkspace &fixture,
                    const std::function<void(QDialog &dialog, const QString &name)> &check)
{
    Workspace &ws = *fixture.workspace;
    const auto ok = [](const auto &...) -> Result<void> { return {}; };

    DeclareIncidentDialog declare(ws.clock(), ok);
    declare.offerTriggers(ws.playbook());
    check(declare, QStringLiteral("declare"));
    DeclareIncidentDialog edit(ws.clock(), ok);
    edit.setFields(validFields());
    check(edit, QStringLiteral("edit incident"));

    AssignRoleDialog assign(ws.people(), Role::Legal,
                            [](Role, const QString &, bool) -> Result<void> { return {}; });
    check(assign, QStringLiteral("assign role"));
    PeopleDirectoryDialog people(ws, fixture.user);
    check(people, QStringLiteral("people directory"));
    PersonDialog person(Person{}, [](const Person &) -> Result<void> { return {}; });
    check(person, QStringLiteral("person"));
    SelectAccountsDialog accounts(ws.accounts(), {},
                                  [](const QList<qint64> &) -> Result<void> { return {}; });
    check(accounts, QStringLiteral("select accounts"));
    TemplateLibraryDialog library(ws.templates(), fixture.user);
    check(library, QStringLiteral("template library"));

    IncidentView view(ws, fixture.user, fixture.incident);
    const qint64 draft = createDraftInPane(*view.communications());
    QVERIFY(draft > 0);
    DraftVersionsDialog versions(ws.drafts(), draft, 1);
    check(versions, QStringLiteral("draft versions"));
    DeliveriesDialog deliveries(ws, fixture.user, fixture.incident, draft);
    check(deliveries, QStringLiteral("deliveries"));
    PublishPreviewDialog preview(QStringLiteral("Publish draft?"), {});
    check(preview, QStringLiteral("publish preview"));
    // A concurrent edit (docs/shared-mode.md): a status, and a draft with both texts.
    const Conflict theirs{2, QStringLiteral("Hana Kim"), ws.clock().nowUtc().addSecs(-180),
                          QStringLiteral("Reached")};
    ConflictDialog conflict(theirs, QStringLiteral("Left a message"), ws.clock());
    check(conflict, QStringLiteral("conflict"));
    ConflictDialog draftConflict(theirs, QStringLiteral("your edit of version 1"), ws.clock());
    draftConflict.showTexts(QStringLiteral("Theirs (version 2, saved by Hana Kim)"),
                            QStringLiteral("Their title\n\nTheir body"),
                            QStringLiteral("My title\n\nMy body"));
    draftConflict.setApplyText(QStringLiteral("&Save mine as version 3"));
    check(draftConflict, QStringLiteral("draft conflict"));

    // A dialog has failed its check: waiting for the channels now would return at once and say
    // so a second time.
    if (QTest::currentTestFailed())
        return;
    QSettings settings(fixture.dir.filePath(QStringLiteral("warroom.ini")), QSettings::IniFormat);
    ChannelKeychain keychain(QStringLiteral("War Room test"));
    ChannelConfiguration channels(QProcessEnvironment(), settings, keychain, fixture.clock);
    QSignalSpy loaded(&channels, &ChannelConfiguration::loaded);
    channels.load();
    QVERIFY2(loaded.count() == 1 || loaded.wait(10000),
             qPrintable(QString::number(loaded.count())));
    PreferencesDialog preferences(channels);
    check(preferences, QStringLiteral("preferences"));

    KeyboardShortcutsDialog keys(&preferences);
    check(keys, QStringLiteral("keyboard shortcuts"));
    DiagnosticsDialog diagnostics(Diagnostics::gather(ws, DiagnosticsDialog::seat(&channels)));
    check(diagnostics, QStringLiteral("diagnostics"));
}

} // namespace warroom::test
