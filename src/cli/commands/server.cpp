#include "cli/clitext.h"
#include "cli/command.h"
#include "storage/db/database.h"
#include "storage/db/sessionlogin.h"
#include "storage/migrations/migrations.h"
#include "storage/server/serversetup.h"
#include "storage/server/sharedidentity.h"
#include "storage/workspace.h"

namespace warroom::cli {
namespace {

const QString kName = QStringLiteral("name");
const QString kAdmin = QStringLiteral("admin");
const QString kPhone = QStringLiteral("phone");
const QString kSlack = QStringLiteral("slack");
const QString kEmail = QStringLiteral("email");

int runInit(CommandContext &context)
{
    if (context.args.size() > 1)
        return context.usage(
            Text::tr("server init takes no login; see 'warroomctl server --help'."));
    const Result<serversetup::InitOutcome> done =
        serversetup::init(context.database, context.playbook);
    if (!done)
        return context.fail(done.error());
    const QString schema = context.database.config().schema;
    if (!done->changed) {
        context.out << Text::tr("The war room in schema %1 is already set up (schema version %2); "
                                "nothing changed.")
                           .arg(schema)
                           .arg(migrations::latestVersion())
                    << Qt::endl;
        return ExitOk;
    }
    context.out << Text::tr("Set up the war room in schema %1 (schema version %2): the group roles "
                            "%3, their grants and the rules the server enforces.")
                       .arg(schema)
                       .arg(migrations::latestVersion())
                       .arg(done->roles.all().join(QStringLiteral(", ")))
                << Qt::endl
                << Text::tr("Next, for each person: warroomctl server add-person LOGIN --name "
                            "\"FULL NAME\" --email ADDRESS [--admin]")
                << Qt::endl;
    return ExitOk;
}

int runAddPerson(CommandContext &context)
{
    if (context.args.size() != 2)
        return context.usage(
            Text::tr("server add-person needs the login: warroomctl server "
                     "add-person LOGIN --name \"FULL NAME\" --email ADDRESS [--admin]"));
    if (!context.parser.isSet(kName) || context.parser.value(kName).trimmed().isEmpty())
        return context.usage(Text::tr("server add-person needs --name \"FULL NAME\": the name "
                                      "the people directory and the timeline show."));
    const QString login = context.args.at(1);
    // Recorded as who added them: the administrator's own person, or the owner's login.
    QString author;
    if (Result<SharedIdentity> me = SharedIdentity::resolve(context.database)) {
        author = me->name;
    } else {
        Result<QString> login = sessionLogin(context.database);
        if (!login)
            return context.fail(login.error());
        author = login.value();
    }
    const bool admin = context.parser.isSet(kAdmin);
    Person contact;
    contact.name = context.parser.value(kName);
    contact.phone = context.parser.value(kPhone);
    contact.slack = context.parser.value(kSlack);
    contact.email = context.parser.value(kEmail);
    const Result<serversetup::AddPersonOutcome> done = serversetup::addPerson(
        context.database, context.workspace.people(), login, contact, admin, author);
    if (!done)
        return context.fail(done.error());
    if (!done->changed) {
        context.out << Text::tr("The login %1 is already %2's, with these rights; nothing changed.")
                           .arg(login, done->name)
                    << Qt::endl;
        return ExitOk;
    }
    const QString rights = admin ? Text::tr("a member (%1) and an administrator (%2)")
                                       .arg(done->roles.member, done->roles.admin)
                                 : Text::tr("a member (%1)").arg(done->roles.member);
    context.out << (done->added ? Text::tr("Added %1 to the people directory; the login %2 is "
                                           "theirs and %3.")
                                : Text::tr("The login %2 is now %1's and %3."))
                       .arg(done->name, login, rights)
                << Qt::endl
                << Text::tr("%1 can work now: warroomctl --server postgresql://%2@HOST/DATABASE "
                            "--schema %3 ...")
                       .arg(done->name, login, context.database.config().schema)
                << Qt::endl;
    return ExitOk;
}

int runServer(CommandContext &context)
{
    const QString action = context.args.constFirst();
    if (action == QLatin1String("init"))
        return runInit(context);
    if (action == QLatin1String("add-person"))
        return runAddPerson(context);
    return context.usage(Text::tr("server knows two actions, init and add-person; see "
                                  "'warroomctl server --help'."));
}

} // namespace

Command serverCommand()
{
    Command command;
    command.name = QStringLiteral("server");
    command.synopsis =
        QStringLiteral("init | add-person LOGIN --name \"FULL NAME\" --email ADDRESS [--admin]");
    command.summary = Text::tr("Set up a war room on a PostgreSQL server and add the people who "
                               "work in it.");
    command.help = Text::tr(
        "Works on the server of --server (docs/shared-mode.md). 'init', run by the login that owns "
        "the schema and may create roles: creates or upgrades the schema, the group roles "
        "SCHEMA_member, _ic, _legal and _admin with the least rights they need, and the rules "
        "the server enforces; running it again changes nothing and says so. 'add-person LOGIN', "
        "run by an administrator: the login must exist (CREATE ROLE LOGIN ... PASSWORD ...); "
        "makes it a member (and, with --admin, an administrator, which only the schema's owner "
        "grants), adds the person to the people directory unless they are in it (with --email, "
        "--phone or --slack: one way to reach them), and maps the "
        "login to them: every change made under that login is recorded under their name.");
    command.options = {
        {kName, Text::tr("add-person: the person's name, as the directory and timeline show it."),
         QStringLiteral("NAME")},
        {kEmail,
         Text::tr("add-person: the new person's email (the directory needs one way to "
                  "reach them: --email, --phone or --slack)."),
         QStringLiteral("ADDRESS")},
        {kPhone, Text::tr("add-person: the new person's phone."), QStringLiteral("NUMBER")},
        {kSlack, Text::tr("add-person: the new person's Slack handle."), QStringLiteral("@HANDLE")},
        {kAdmin, Text::tr("add-person: make the login an administrator too (manages people and "
                          "logins).")},
    };
    command.arguments = {QStringLiteral("ACTION"), QStringLiteral("[LOGIN]")};
    command.needsServer = true;
    command.run = runServer;
    return command;
}

} // namespace warroom::cli
