#include "widgets/incidents/databasechooser.h"

#include "storage/workspace.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>

namespace warroom {

namespace {

// This file's translation context, as lupdate records it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(warroom::DatabaseChooser)
};

} // namespace

std::unique_ptr<Workspace> openWorkspaceInteractively(DatabaseConfig config, const Clock &clock,
                                                      QWidget *parent,
                                                      const std::optional<Playbook> &playbook)
{
    for (;;) {
        Result<std::unique_ptr<Workspace>> opened = Workspace::open(config, clock, playbook);
        if (opened)
            return std::move(opened).value();
        QMessageBox box(QMessageBox::Critical, Text::tr("War Room cannot open the database"),
                        opened.error().message, QMessageBox::NoButton, parent);
        box.setObjectName(QStringLiteral("databaseErrorBox"));
        QPushButton *other =
            box.addButton(Text::tr("Open &another file…"), QMessageBox::AcceptRole);
        box.addButton(Text::tr("&Quit"), QMessageBox::RejectRole);
        box.exec();
        if (box.clickedButton() != other)
            return nullptr;
        const QString file = QFileDialog::getSaveFileName(
            parent, Text::tr("Open or create a War Room database"), config.sqlitePath,
            Text::tr("War Room databases (*.sqlite *.db);;All files (*)"), nullptr,
            QFileDialog::DontConfirmOverwrite);
        if (file.isEmpty())
            return nullptr;
        config.sqlitePath = file;
    }
}

} // namespace warroom
