#include "widgets/login/serverlogin.h"

#include "integrations/login/loginkeychain.h"
#include "storage/db/postgresdialect.h"
#include "storage/db/serverurl.h"
#include "storage/workspace.h"
#include "widgets/login/passworddialog.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace warroom::serverlogin {
namespace {

// This file's translation context, as lupdate records it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(warroom::ServerLogin)
};

bool wantsPassword(const Error &error)
{
    return error.field == QLatin1String(PostgresDialect::kPasswordField);
}

// The server's refusal, with "Try again" and "Quit": true to try again.
bool offerRetry(const Error &error, QWidget *parent)
{
    QMessageBox box(QMessageBox::Critical, Text::tr("War Room cannot open the shared war room"),
                    error.message, QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("serverErrorBox"));
    QPushButton *again = box.addButton(Text::tr("&Try again"), QMessageBox::AcceptRole);
    box.addButton(Text::tr("&Quit"), QMessageBox::RejectRole);
    box.exec();
    return box.clickedButton() == again;
}

} // namespace

std::unique_ptr<Workspace> openInteractively(DatabaseConfig config, const Opener &open,
                                             const LoginKeychain &keychain, QWidget *parent)
{
    const Result<ServerUrl> url = ServerUrl::parse(config.serverUrl);
    if (!url) {
        offerRetry(url.error(), parent); // nothing to retry: the address itself is wrong
        return nullptr;
    }
    const ServerUrl &server = url.value();
    const QString key = LoginKeychain::key(server.user, server.host, server.port, server.database);
    const LoginKeychain::Answer stored = keychain.read(key);
    const bool keychainAvailable = stored.problem.isEmpty();
    if (config.password.isEmpty())
        config.password = stored.password;
    bool remember = false;
    bool asked = false;
    for (;;) {
        Result<std::unique_ptr<Workspace>> opened = open(config);
        if (opened) {
            if (asked && (remember || !stored.password.isEmpty())) {
                // Ticked: keep the accepted password; unticked: forget a stored one.
                const QString problem = keychain.write(key, remember ? config.password : QString());
                if (!problem.isEmpty())
                    QMessageBox::warning(parent, Text::tr("Password not remembered"), problem);
            }
            return std::move(opened).value();
        }
        if (!wantsPassword(opened.error())) {
            if (!offerRetry(opened.error(), parent))
                return nullptr;
            continue;
        }
        const QString problem =
            config.password.isEmpty()
                ? QString()
                : (asked || stored.password.isEmpty()
                       ? Text::tr("The server refused this password; type it again.")
                       : Text::tr("The server refused the password stored in the desktop "
                                  "keychain; type the current one."));
        PasswordDialog dialog(
            server.user,
            QStringLiteral("%1:%2/%3").arg(server.host).arg(server.port).arg(server.database),
            problem, keychainAvailable, parent);
        if (dialog.exec() != QDialog::Accepted)
            return nullptr;
        config.password = dialog.password();
        remember = dialog.remember();
        asked = true;
    }
}

} // namespace warroom::serverlogin
