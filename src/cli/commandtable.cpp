#include "cli/commandtable.h"

namespace warroom::cli {

// Each command lives in its own file under commands/. A feature adds its command there and
// one line here.
Command declareCommand();
Command listCommand();
Command showCommand();
Command noteCommand();
Command statusCommand();
Command editCommand();
Command syncCommand();
Command doneCommand();
Command waiveCommand();
Command assignCommand();
Command unassignCommand();
Command ackCommand();
Command callCommand();
Command peopleCommand();
Command accountsCommand();
Command lintCommand();
Command draftCommand();
Command gateCommand();
Command checkCommand();
Command outboxCommand();
Command serverCommand();

// One entry per line, so that feature branches adding commands merge without conflicts.
// clang-format off
QList<Command> commands()
{
    return {
        declareCommand(),
        listCommand(),
        showCommand(),
        noteCommand(),
        statusCommand(),
        editCommand(),
        syncCommand(),
        doneCommand(),
        waiveCommand(),
        assignCommand(),
        unassignCommand(),
        ackCommand(),
        callCommand(),
        peopleCommand(),
        accountsCommand(),
        lintCommand(),
        draftCommand(),
        gateCommand(),
        outboxCommand(),
        checkCommand(),
        serverCommand(),
    };
}
// clang-format on

const Command *findCommand(const QList<Command> &table, const QString &name)
{
    for (const Command &command : table) {
        if (command.name == name)
            return &command;
    }
    return nullptr;
}

} // namespace warroom::cli
