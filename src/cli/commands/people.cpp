#include "cli/clitext.h"
#include "cli/command.h"
#include "cli/rolescallsparsing.h"
#include "cli/rolescallsstores.h"
#include "core/io/csv.h"

namespace warroom::cli {
namespace {

int runPeople(CommandContext &context)
{
    if (context.args.at(0) != QLatin1String("import"))
        return context.usage(
            Text::tr("people knows one action, import: warroomctl people import FILE.csv"));
    const QString path = context.args.at(1);
    const Result<QByteArray> bytes = csv::readFile(path);
    if (!bytes)
        return context.fail(bytes.error());
    RolesCallsStores stores(context);
    const Result<CsvImportSummary> imported = stores.people.importCsv(*bytes, context.author);
    if (!imported)
        return context.fail(oneLine(path, imported.error().message));
    context.out << Text::tr("%1: %2 added, %3 updated.")
                       .arg(path)
                       .arg(imported->added)
                       .arg(imported->updated)
                << Qt::endl;
    return ExitOk;
}

} // namespace

Command peopleCommand()
{
    Command command;
    command.name = QStringLiteral("people");
    command.synopsis = QStringLiteral("import FILE.csv");
    command.summary = Text::tr("Import the people directory from CSV.");
    command.help = Text::tr(
        "Adds the people of the file and updates those already in the directory (matched by name). "
        "Columns: name, phone, slack, email, roles (docs/csv-formats.md). The whole file is "
        "checked "
        "first; on any problem nothing is imported and every problem is listed with its line.");
    command.arguments = {QStringLiteral("ACTION"), QStringLiteral("FILE")};
    command.writes = true;
    command.run = runPeople;
    return command;
}

} // namespace warroom::cli
