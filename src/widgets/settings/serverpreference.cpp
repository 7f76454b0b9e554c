#include "widgets/settings/serverpreference.h"

#include "session/appsettings.h"
#include "storage/db/connectionchoice.h"
#include "widgets/common/errorline.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>

namespace warroom {

ServerPreference::ServerPreference(QWidget *parent)
    : QGroupBox(tr("Shared war room server"), parent)
{
    setObjectName(QStringLiteral("serverPreference"));
    auto *grid = new QGridLayout(this);
    grid->setColumnStretch(1, 1);
    grid->setVerticalSpacing(2);
    const AppSettings settings;
    m_url = new QLineEdit(settings.serverUrl(), this);
    m_url->setObjectName(QStringLiteral("serverUrl"));
    m_url->setPlaceholderText(QStringLiteral("postgresql://user@db.example.com:5432/warroom"));
    auto *urlLabel = new QLabel(tr("Server &URL:"), this);
    urlLabel->setBuddy(m_url);
    m_schema = new QLineEdit(settings.serverSchema(), this);
    m_schema->setObjectName(QStringLiteral("serverSchema"));
    m_schema->setPlaceholderText(QString::fromLatin1(connectionchoice::kDefaultSchema));
    auto *schemaLabel = new QLabel(tr("Sc&hema:"), this);
    schemaLabel->setBuddy(m_schema);
    m_error = new ErrorLine(QStringLiteral("serverError"), this);
    m_error->setWordWrap(true);
    auto *note = new QLabel(
        tr("Used from the next start when neither --db, --server nor WARROOM_SERVER names a "
           "database; empty: the SQLite file on this computer. No password here: it comes from "
           "~/.pgpass, PGPASSWORD or the desktop keychain."),
        this);
    note->setObjectName(QStringLiteral("serverNote"));
    note->setWordWrap(true);
    note->setEnabled(false); // the palette's quieter text
    grid->addWidget(urlLabel, 0, 0);
    grid->addWidget(m_url, 0, 1);
    grid->addWidget(schemaLabel, 1, 0);
    grid->addWidget(m_schema, 1, 1);
    grid->addWidget(m_error, 2, 1);
    grid->addWidget(note, 3, 1);
    connect(m_url, &QLineEdit::textChanged, this, &ServerPreference::recheck);
    connect(m_schema, &QLineEdit::textChanged, this, &ServerPreference::recheck);
    recheck();
}

QString ServerPreference::problem() const
{
    // A schema without a server has nothing to name.
    if (m_url->text().trimmed().isEmpty() && !m_schema->text().trimmed().isEmpty())
        return tr("A schema needs a server: give the server URL too, or clear the schema.");
    return connectionchoice::checkPreference(m_url->text(), m_schema->text());
}

bool ServerPreference::checkBeforeSave()
{
    recheck();
    if (problem().isEmpty())
        return true;
    m_url->setFocus();
    return false;
}

void ServerPreference::save() const
{
    AppSettings().setServer(m_url->text().trimmed(), m_schema->text().trimmed());
}

void ServerPreference::recheck()
{
    const QString now = problem();
    m_error->showMessage(now);
    if (now != m_shown) {
        m_shown = now;
        emit problemChanged();
    }
}

} // namespace warroom
