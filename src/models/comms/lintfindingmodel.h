#pragma once

#include "comms/lint/linter.h"

#include <QAbstractListModel>

namespace warroom {

// The findings of the lint panel, errors first then warnings, each in text order. The text it
// was run on is kept so that each row can quote the words it is about.
class LintFindingModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Roles {
        RuleIdRole = Qt::UserRole + 1,
        SeverityRole, // "error" / "warning"
        FieldRole,    // int(LintField)
        StartRole,
        EndRole,
        // Rich text for the panel under the list: severity and the whole message, the
        // suggested fix, the rule and the words it is about.
        DetailRole,
    };

    explicit LintFindingModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    void setFindings(const QList<LintFinding> &findings, const LintText &text);
    const QList<LintFinding> &findings() const { return m_findings; }
    int errorCount() const;
    int warningCount() const;

private:
    QString fieldText(const LintFinding &finding) const; // the words the finding is about
    QString quoted(const LintFinding &finding) const;    // the same, shortened for a tooltip

    QList<LintFinding> m_findings;
    LintText m_text;
};

} // namespace warroom
