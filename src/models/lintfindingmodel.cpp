#include "models/lintfindingmodel.h"

#include <QBrush>
#include <QColor>

#include <algorithm>

namespace warroom {

LintFindingModel::LintFindingModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int LintFindingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

QString LintFindingModel::quoted(const LintFinding &f) const
{
    const QString &text = f.field == LintField::Title ? m_text.title : m_text.body;
    QString words = text.mid(f.start, f.end - f.start).simplified();
    if (words.size() > 60)
        words = words.left(57) + QStringLiteral("…");
    return words;
}

QVariant LintFindingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LintFinding &f = m_findings.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        const QString where = f.field == LintField::Title ? tr("title") : tr("text");
        const QString words = quoted(f);
        return tr("%1 %2 (%3%4): %5")
            .arg(f.severity == LintSeverity::Error ? QStringLiteral("✖") : QStringLiteral("⚠"),
                 f.ruleId, where, words.isEmpty() ? QString() : QStringLiteral(": “%1”").arg(words),
                 f.message);
    }
    case Qt::ToolTipRole: {
        QString tip = QStringLiteral("<p><b>%1</b></p>").arg(f.message.toHtmlEscaped());
        if (!f.suggestion.isEmpty())
            tip += QStringLiteral("<p>%1</p>").arg(f.suggestion.toHtmlEscaped());
        tip += QStringLiteral("<p><i>%1</i></p>")
                   .arg(tr("Playbook: %1").arg(f.playbook).toHtmlEscaped());
        return tip;
    }
    case Qt::ForegroundRole:
        return QBrush(f.severity == LintSeverity::Error ? QColor(0xb7, 0x1c, 0x1c)
                                                        : QColor(0x8d, 0x5b, 0x00));
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
