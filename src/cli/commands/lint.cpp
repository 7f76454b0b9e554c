#include "cli/clitext.h"
#include "cli/command.h"
#include "cli/textfile.h"
#include "comms/lint/linter.h"
#include "core/comms/announcementkind.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace warroom::cli {
namespace {

const QString kCategory = QStringLiteral("category");
const QString kKind = QStringLiteral("kind");

// UTF-16 offsets to Unicode code point offsets (what jq, Python and most editors count).
QList<qsizetype> codePointIndex(const QString &text)
{
    QList<qsizetype> index(text.size() + 1);
    qsizetype cp = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        index[i] = cp;
        // The high half of a surrogate pair shares its code point with the low half.
        if (!(text.at(i).isHighSurrogate() && i + 1 < text.size() &&
              text.at(i + 1).isLowSurrogate()))
            ++cp;
    }
    index[text.size()] = cp;
    return index;
}

// Where each line starts (UTF-16 offsets), found once: a finding's line is a binary search, so
// printing many findings stays linear in the text.
QList<qsizetype> lineStarts(const QString &text)
{
    QList<qsizetype> starts{0};
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('\n'))
            starts.append(i + 1);
    }
    return starts;
}

int usageError(QTextStream &err, const QString &message)
{
    writeErrorLine(err, message);
    return ExitUsage;
}

int runLint(const QCommandLineParser &parser, const QStringList &args, QTextStream &out,
            QTextStream &err)
{
    LintContext context;
    if (parser.isSet(kCategory)) {
        context.category = category::fromId(parser.value(kCategory));
        if (!context.category)
            return usageError(
                err, Text::tr("--category \"%1\" is not a category; the categories are: %2.")
                         .arg(parser.value(kCategory), category::validIds()));
    }
    if (parser.isSet(kKind)) {
        context.kind = parser.value(kKind);
        if (!announcementkind::isKnown(context.kind))
            return usageError(
                err, Text::tr("--kind \"%1\" is not an announcement kind; the kinds are: %2.")
                         .arg(context.kind, announcementkind::validIds()));
    }

    const Result<QString> read = readTextFile(args.constFirst());
    if (!read)
        return usageError(err, read.error().message);
    const QString &text = *read;

    const QList<LintFinding> findings =
        lint(LintRuleSet::builtin(), LintText{QString(), text}, context);
    const QList<qsizetype> cp = codePointIndex(text);
    const QList<qsizetype> lines = lineStarts(text);
    for (const LintFinding &f : findings) {
        // The last line that starts at or before the finding.
        const auto line = std::upper_bound(lines.cbegin(), lines.cend(), f.start) - 1;
        const qsizetype lineStart = *line;
        const QJsonObject json{{QStringLiteral("rule"), f.ruleId},
                               {QStringLiteral("severity"), lintseverity::id(f.severity)},
                               {QStringLiteral("start"), cp.at(f.start)},
                               {QStringLiteral("end"), cp.at(f.end)},
                               {QStringLiteral("line"), qsizetype(line - lines.cbegin()) + 1},
                               {QStringLiteral("column"), cp.at(f.start) - cp.at(lineStart) + 1},
                               {QStringLiteral("text"), text.mid(f.start, f.end - f.start)},
                               {QStringLiteral("message"), f.message},
                               {QStringLiteral("suggestion"), f.suggestion}};
        out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)) << '\n';
    }
    return lintfindings::hasErrors(findings) ? ExitFailure : ExitOk;
}

} // namespace

Command lintCommand()
{
    Command command;
    command.name = QStringLiteral("lint");
    command.synopsis = QStringLiteral("[--category C] [--kind K] FILE");
    command.summary = Text::tr("Check an announcement text against the playbook's rules.");
    command.help = Text::tr(
        "Checks the text in FILE (UTF-8; '-' reads standard input) with War Room's announcement "
        "lint: "
        "absolute promises, defending decisions, blaming the upstream provider, \"status "
        "normal\" during "
        "a behaviour anomaly, refunds without a timeline, back-billing, customer loss without "
        "ownership, "
        "progress updates without the next update time, and placeholders left in the text. "
        "Prints one "
        "JSON object per finding (rule, severity, start and end as character offsets, line, "
        "column, text, "
        "message, suggestion) and exits 1 when any finding is an error, 0 otherwise; an "
        "unreadable or "
        "non-UTF-8 file exits 2. The rules are in docs/lint-rules.md. Reads no database.");
    command.options = {
        {kCategory,
         Text::tr("The incident category the text is for: %1.").arg(category::validIds()),
         QStringLiteral("C")},
        {kKind, Text::tr("The kind of announcement: %1.").arg(announcementkind::validIds()),
         QStringLiteral("K")},
    };
    command.arguments = {QStringLiteral("FILE")};
    command.runWithoutDatabase = runLint;
    return command;
}

} // namespace warroom::cli
