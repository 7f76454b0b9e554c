#include "cli/clitext.h"
#include "cli/command.h"
#include "cli/rolescallsparsing.h"
#include "cli/rolescallsstores.h"
#include "cli/valueparsing.h"
#include "core/io/csv.h"

#include <QSet>

namespace warroom::cli {
namespace {

const QString kTop = QStringLiteral("top");

int importAccounts(CommandContext &context)
{
    if (context.args.size() != 2)
        return context.usage(
            Text::tr("accounts import takes one file: warroomctl accounts import FILE.csv"));
    const QString path = context.args.at(1);
    const Result<QByteArray> bytes = csv::readFile(path);
    if (!bytes)
        return context.fail(bytes.error());
    RolesCallsStores stores(context);
    const Result<CsvImportSummary> imported = stores.accounts.importCsv(*bytes, context.author);
    if (!imported)
        return context.fail(oneLine(path, imported.error().message));
    context.out << Text::tr("%1: %2 added, %3 updated, %4 no longer listed.")
                       .arg(path)
                       .arg(imported->added)
                       .arg(imported->updated)
                       .arg(imported->unlisted)
                << Qt::endl;
    return ExitOk;
}

int selectAccounts(CommandContext &context)
{
    if (context.args.size() < 2)
        return context.usage(
            Text::tr("accounts select needs the incident id: warroomctl accounts select ID "
                     "[--top N | ACCOUNT...]"));
    const Result<qint64> id = parseIncidentId(context.args.at(1));
    if (!id)
        return context.fail(id.error());
    const QStringList named = context.args.mid(2);
    if (context.parser.isSet(kTop) && !named.isEmpty())
        return context.usage(Text::tr("Give either --top N or account names, not both."));
    RolesCallsStores stores(context);
    Result<qint64> selected = qint64(0);
    if (named.isEmpty()) {
        int count = keyaccount::DefaultOutreachCount;
        if (context.parser.isSet(kTop)) {
            const Result<int> top = parseWholeNumber(kTop, context.parser.value(kTop));
            if (!top)
                return context.fail(top.error());
            count = *top;
        }
        selected = stores.outreach.proposeAccounts(*id, count, context.author);
    } else {
        const Result<QList<KeyAccount>> listed = stores.accounts.accounts();
        if (!listed)
            return context.fail(listed.error());
        QList<AccountOutreach> candidates;
        for (const KeyAccount &a : *listed)
            candidates.append(AccountOutreach{a.id, a.name, CallStatus::NotStarted, {}, {}});
        QList<qint64> ids;
        for (const QString &name : named) {
            const Result<AccountOutreach> found = findSelectedAccount(candidates, name, *id);
            if (!found)
                return context.fail(Text::tr("\"%1\" is not on the key-account list.").arg(name));
            ids.append(found->accountId);
        }
        selected = stores.outreach.selectAccounts(*id, ids, context.author);
    }
    if (!selected)
        return context.fail(selected.error());
    const Result<QList<AccountOutreach>> now = stores.outreach.accounts(*id);
    if (now) {
        for (const AccountOutreach &a : *now)
            context.out << a.accountName << Qt::endl;
    }
    return ExitOk;
}

int runAccounts(CommandContext &context)
{
    const QString action = context.args.at(0);
    if (action == QLatin1String("import"))
        return importAccounts(context);
    if (action == QLatin1String("select"))
        return selectAccounts(context);
    return context.usage(Text::tr(
        "accounts knows the actions import and select; see 'warroomctl accounts --help'."));
}

} // namespace

Command accountsCommand()
{
    Command command;
    command.name = QStringLiteral("accounts");
    command.synopsis = QStringLiteral("import FILE.csv | select ID [--top N | ACCOUNT...]");
    command.summary =
        Text::tr("Import the key-account list; select the accounts to call on an incident.");
    command.help = Text::tr(
        "import FILE.csv makes the file the key-account list (docs/csv-formats.md): accounts are "
        "matched by name, accounts the file no longer has are taken off the list. The whole file "
        "is checked first; on any problem nothing is imported.\n"
        "select ID selects the top 10 accounts (--top N for another number) by rank, then ARR, for "
        "outreach on the incident; select ID ACCOUNT... selects exactly the named accounts (names "
        "or ids, in call order). Prints the selected accounts. Records an accounts_selected "
        "event.");
    command.options = {{kTop, Text::tr("How many of the top accounts to select (default 10)."),
                        QStringLiteral("N")}};
    command.arguments = {QStringLiteral("ACTION"), QStringLiteral("ARGUMENTS...")};
    command.writes = true;
    command.run = runAccounts;
    return command;
}

} // namespace warroom::cli
