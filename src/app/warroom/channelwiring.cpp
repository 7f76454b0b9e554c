#include "channelwiring.h"

#include "integrations/channels/channelconfiguration.h"
#include "integrations/outbox/outboxworker.h"
#include "storage/workspace.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPointer>
#include <QTextStream>

namespace warroom {

void deliverWithChannelSettings(ChannelConfiguration &channels, Workspace &workspace,
                                OutboxWorker &outbox, QWidget *window)
{
    QObject::connect(
        &channels, &ChannelConfiguration::setupChanged, &outbox,
        [&workspace, &outbox, window = QPointer<QWidget>(window)](const ChannelSetup &setup) {
            workspace.setDeliverableHere(setup.deliverable);
            outbox.setPublishers(setup.publishers);
            if (!outbox.isRunning())
                outbox.start();
            if (setup.problem.isEmpty())
                return;
            QTextStream(stderr) << "warroom: channel settings cannot be used: "
                                << setup.problem.simplified() << Qt::endl;
            if (!window)
                return;
            auto *box = new QMessageBox(
                QMessageBox::Warning,
                QCoreApplication::translate("warroom::ChannelSetup", "Channel settings"),
                QCoreApplication::translate(
                    "warroom::ChannelSetup",
                    "The channel settings cannot be used, so this window delivers nothing: "
                    "announcements wait in the outbox until the settings are fixed or the text "
                    "is posted by hand.\n\n%1")
                    .arg(setup.problem),
                QMessageBox::Ok, window);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        });
}

} // namespace warroom
