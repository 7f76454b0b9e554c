#pragma once

#include "core/base/result.h"

#include <QByteArray>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace warroom {

enum class LintSeverity { Error, Warning };

// One rule of resources/lint/rules.json (the format is in docs/lint-rules.md). Patterns are
// compiled case-insensitive; "@set" entries and "<<macro>>" references are already expanded.
struct LintRule
{
    enum class Check {
        Forbid,              // every match of patterns is a finding
        Require,             // a finding when none of patterns matches
        PlaceholderSyntax,   // malformed {{ }} syntax
        PlaceholderUnknown,  // {{name}} War Room does not know
        PlaceholderUnfilled, // {{name}} left without a value
        ChannelLimits,       // title/body longer than the channel allows, missing title
    };

    QString id;
    LintSeverity severity = LintSeverity::Error;
    Check check = Check::Forbid;
    QList<QRegularExpression> patterns;

    // When the rule applies. No condition at all: always. Otherwise any of: the incident's
    // category is listed, the draft's kind is listed, or a "when text" pattern matches.
    QStringList whenCategories;
    QStringList whenKinds;
    QList<QRegularExpression> whenText;
    QStringList exceptKinds; // never for these kinds (e.g. a resolved notice may say "normal")

    QList<QRegularExpression> unlessMessage;  // the whole message matches: no finding at all
    QList<QRegularExpression> unlessSentence; // the match's sentence matches: not a finding
    QList<QRegularExpression> unlessBefore;   // the sentence before the match matches (negation)

    QString message;
    QString suggestion;
    QString playbook; // the playbook line the rule comes from

    bool hasCondition() const
    {
        return !whenCategories.isEmpty() || !whenKinds.isEmpty() || !whenText.isEmpty();
    }
};

class LintRuleSet final
{
public:
    // Parses and compiles a rules file. Errors name the source, the rule (by id or position)
    // and the field at fault, e.g. "rules.json: rule 3 (absolute-promise): patterns[2]: ...".
    static Result<LintRuleSet> fromJson(const QByteArray &json, const QString &sourceName);
    // The rules shipped in resources/lint/rules.json (compiled into the program).
    static const LintRuleSet &builtin();

    const QList<LintRule> &rules() const { return m_rules; }
    const LintRule *rule(const QString &id) const;

private:
    QList<LintRule> m_rules;
};

namespace lintseverity {
QString id(LintSeverity s); // "error" / "warning"
}

} // namespace warroom
