#include "cli/command.h"

#include "cli/clitext.h"

namespace warroom::cli {

void writeErrorLine(QTextStream &err, const QString &message)
{
    // Scripts read the error as a single line; database texts sometimes carry line breaks.
    QString line = message;
    line.replace(QLatin1String("\r\n"), QLatin1String(" "))
        .replace(QLatin1Char('\n'), QLatin1Char(' '));
    line.replace(QLatin1Char('\r'), QLatin1Char(' '));
    line = line.trimmed();
    if (line.isEmpty())
        line = Text::tr("failed without a message");
    err << QStringLiteral("warroomctl: ") << line << Qt::endl;
}

int CommandContext::fail(const Error &error)
{
    if (error.code == Error::Code::NotFound)
        return fail(error.message + QLatin1Char(' ') +
                    Text::tr("Run 'warroomctl list' to see the incidents."));
    return fail(error.message);
}

int CommandContext::fail(const QString &message)
{
    writeErrorLine(err, message);
    return ExitFailure;
}

int CommandContext::usage(const QString &message)
{
    writeErrorLine(err, message);
    return ExitUsage;
}

} // namespace warroom::cli
