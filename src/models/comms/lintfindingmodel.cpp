#include "models/comms/lintfindingmodel.h"

#include "models/common/statuspalette.h"

#include <QBrush>

#include <algorithm>

namespace warroom {
namespace {

QString severityMark(LintSeverity severity)
{
    return severity == LintSeverity::Error ? QStringLiteral("✖") : QStringLiteral("⚠");
}

QString severityName(LintSeverity severity)
{
    return severity == LintSeverity::Error ? LintFindingModel::tr("Error")
                                           : LintFindingModel::tr("Warning");
}

// "Unfilled placeholder: replace it with words. {{x}} has no value yet." reads, and survives
// shortening to the panel's width, better the other way round: the sentence that names the
// words first, the rule's general sentence after it.
QString detailFirst(const QString &message, const QString &words)
{
    const qsizetype at = words.isEmpty() ? -1 : message.indexOf(words);
    const qsizetype boundary = at > 0 ? message.lastIndexOf(QStringLiteral(". "), at) : -1;
    if (boundary < 0)
        return message;
    return message.mid(boundary + 2) + QLatin1Char(' ') + message.left(boundary + 1);
}

} // namespace

LintFindingModel::LintFindingModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int LintFindingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

QString LintFindingModel::fieldText(const LintFinding &f) const
{
    const QString &text = f.field == LintField::Title ? m_text.title : m_text.body;
    return text.mid(f.start, f.end - f.start);
}

QString LintFindingModel::quoted(const LintFinding &f) const
{
    QString words = fieldText(f).simplified();
    if (words.size() > 60)
        words = words.left(57) + QStringLiteral("…");
    return words;
}

QVariant LintFindingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LintFinding &f = m_findings.at(index.row());
    const QString where = f.field == LintField::Title ? tr("title") : tr("text");
    switch (role) {
    case Qt::DisplayRole:
        // What is wrong, led by the severity in words: the row reads without its colour. The
        // rule id and the words it is about are in the tooltip; a click selects the words.
        return tr("%1 %2 — %3")
            .arg(severityMark(f.severity), severityName(f.severity),
                 detailFirst(f.message, fieldText(f)));
    case Qt::ToolTipRole: {
        const QString words = quoted(f);
        QString tip = QStringLiteral("<p><b>%1: %2</b></p>")
                          .arg(severityName(f.severity), f.message.toHtmlEscaped());
        if (!f.suggestion.isEmpty())
            tip += QStringLiteral("<p>%1</p>").arg(f.suggestion.toHtmlEscaped());
        tip +=
            QStringLiteral("<p>%1</p>")
                .arg(words.isEmpty()
                         ? tr("Rule <tt>%1</tt>, in the %2.").arg(f.ruleId.toHtmlEscaped(), where)
                         : tr("Rule <tt>%1</tt>, in the %2: “%3”")
                               .arg(f.ruleId.toHtmlEscaped(), where, words.toHtmlEscaped()));
        tip += QStringLiteral("<p><i>%1</i></p>")
                   .arg(tr("Playbook: %1").arg(f.playbook).toHtmlEscaped());
        return tip;
    }
    case DetailRole: {
        const QString words = quoted(f);
        QString detail = QStringLiteral("<b>%1: %2</b>")
                             .arg(severityName(f.severity), f.message.toHtmlEscaped());
        if (!f.suggestion.isEmpty())
            detail += QStringLiteral("<br>") +
                      tr("<i>Suggested fix:</i> %1").arg(f.suggestion.toHtmlEscaped());
        detail += QStringLiteral("<br>") +
                  (words.isEmpty()
                       ? tr("Rule <tt>%1</tt>, in the %2.").arg(f.ruleId.toHtmlEscaped(), where)
                       : tr("Rule <tt>%1</tt>, in the %2: “%3”")
                             .arg(f.ruleId.toHtmlEscaped(), where, words.toHtmlEscaped()));
        return detail;
    }
    case Qt::ForegroundRole:
        return QBrush(statuspalette::text(f.severity == LintSeverity::Error
                                              ? statuspalette::Tone::Alarm
                                              : statuspalette::Tone::Pending));
    case RuleIdRole:
        return f.ruleId;
    case SeverityRole:
        return lintseverity::id(f.severity);
    case FieldRole:
        return int(f.field);
    case StartRole:
        return qlonglong(f.start);
    case EndRole:
        return qlonglong(f.end);
    default:
        return {};
    }
}

void LintFindingModel::setFindings(const QList<LintFinding> &findings, const LintText &text)
{
    QList<LintFinding> sorted = findings;
    std::stable_sort(sorted.begin(), sorted.end(), [](const LintFinding &a, const LintFinding &b) {
        return a.severity == LintSeverity::Error && b.severity != LintSeverity::Error;
    });
    if (sorted == m_findings && text.title == m_text.title && text.body == m_text.body)
        return;
    beginResetModel();
    m_findings = sorted;
    m_text = text;
    endResetModel();
}

int LintFindingModel::errorCount() const
{
    return int(std::count_if(m_findings.cbegin(), m_findings.cend(), [](const LintFinding &f) {
        return f.severity == LintSeverity::Error;
    }));
}

int LintFindingModel::warningCount() const
{
    return int(m_findings.size()) - errorCount();
}

} // namespace warroom
