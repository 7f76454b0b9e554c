#include "comms/lint/lintrules.h"

#include "core/comms/announcementkind.h"
#include "core/incident/category.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace warroom {
namespace {

// This file's translation context, as lupdate records it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(warroom::LintRules)
};

struct CheckName
{
    const char *name;
    LintRule::Check check;
    bool takesPatterns;
};

constexpr CheckName kChecks[] = {
    {"forbid", LintRule::Check::Forbid, true},
    {"require", LintRule::Check::Require, true},
    {"placeholder_syntax", LintRule::Check::PlaceholderSyntax, false},
    {"placeholder_unknown", LintRule::Check::PlaceholderUnknown, false},
    {"placeholder_unfilled", LintRule::Check::PlaceholderUnfilled, false},
    {"channel_limits", LintRule::Check::ChannelLimits, false},
};

// Parses one rules file; every error says where it is.
class RuleParser
{
public:
    explicit RuleParser(QString source)
        : m_source(std::move(source))
    {
    }

    Result<LintRuleSet> parse(const QByteArray &json, QList<LintRule> &out);

private:
    Error fail(const QString &where, const QString &what) const
    {
        return Error::invalid(where, QStringLiteral("%1: %2: %3").arg(m_source, where, what));
    }
    Result<QString> expandMacros(const QString &pattern, const QString &where, int depth = 0) const;
    Result<QList<QRegularExpression>> patterns(const QJsonValue &value, const QString &where) const;
    Result<QStringList> strings(const QJsonValue &value, const QString &where) const;
    Result<LintRule> rule(const QJsonObject &object, const QString &where) const;

    QString m_source;
    QHash<QString, QString> m_macros;
    QHash<QString, QJsonArray> m_sets;
};

Result<QString> RuleParser::expandMacros(const QString &pattern, const QString &where,
                                         int depth) const
{
    if (depth > 4)
        return fail(
            where,
            Text::tr("macros nest more than four levels deep (a macro may be using itself)"));
    QString result;
    qsizetype from = 0;
    while (true) {
        const qsizetype open = pattern.indexOf(QLatin1String("<<"), from);
        if (open < 0)
            break;
        const qsizetype close = pattern.indexOf(QLatin1String(">>"), open + 2);
        if (close < 0)
            return fail(where, Text::tr("\"<<\" at %1 has no closing \">>\"").arg(open));
        const QString name = pattern.mid(open + 2, close - open - 2);
        if (!m_macros.contains(name))
            return fail(where,
                        Text::tr("unknown macro <<%1>>; the macros are: %2")
                            .arg(name, QStringList(m_macros.keys()).join(QStringLiteral(", "))));
        Result<QString> inner = expandMacros(m_macros.value(name), where, depth + 1);
        if (!inner)
            return inner;
        result += QStringView(pattern).mid(from, open - from);
        result += QStringLiteral("(?:") + *inner + QLatin1Char(')');
        from = close + 2;
    }
    result += QStringView(pattern).mid(from);
    return result;
}

Result<QStringList> RuleParser::strings(const QJsonValue &value, const QString &where) const
{
    if (value.isUndefined())
        return QStringList();
    if (!value.isArray())
        return fail(where, Text::tr("must be a list of strings"));
    QStringList result;
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isString() || array.at(i).toString().isEmpty())
            return fail(QStringLiteral("%1[%2]").arg(where).arg(i),
                        Text::tr("must be a non-empty string"));
        result.append(array.at(i).toString());
    }
    return result;
}

Result<QList<QRegularExpression>> RuleParser::patterns(const QJsonValue &value,
                                                       const QString &where) const
{
    Result<QStringList> entries = strings(value, where);
    if (!entries)
        return entries.error();
    QList<QRegularExpression> result;
    for (qsizetype i = 0; i < entries->size(); ++i) {
        const QString entryWhere = QStringLiteral("%1[%2]").arg(where).arg(i);
        QStringList expanded;
        // "@name" stands for every pattern of the set "name".
        if (entries->at(i).startsWith(QLatin1Char('@'))) {
            const QString set = entries->at(i).mid(1);
            if (!m_sets.contains(set))
                return fail(entryWhere, Text::tr("unknown pattern set @%1").arg(set));
            Result<QStringList> members =
                strings(m_sets.value(set), QStringLiteral("sets.%1").arg(set));
            if (!members)
                return members.error();
            expanded = *members;
        } else {
            expanded.append(entries->at(i));
        }
        for (const QString &pattern : std::as_const(expanded)) {
            Result<QString> full = expandMacros(pattern, entryWhere);
            if (!full)
                return full.error();
            QRegularExpression re(*full, QRegularExpression::CaseInsensitiveOption |
                                             QRegularExpression::UseUnicodePropertiesOption |
                                             QRegularExpression::MultilineOption);
            if (!re.isValid())
                return fail(entryWhere,
                            Text::tr("invalid regular expression \"%1\": %2 at offset %3")
                                .arg(pattern, re.errorString())
                                .arg(re.patternErrorOffset()));
            if (re.match(QString()).hasMatch())
                return fail(
                    entryWhere,
                    Text::tr("\"%1\" matches empty text; a pattern must match words").arg(pattern));
            result.append(re);
        }
    }
    return result;
}

Result<LintRule> RuleParser::rule(const QJsonObject &object, const QString &position) const
{
    LintRule r;
    r.id = object.value(QLatin1String("id")).toString();
    static const QRegularExpression idSyntax(QStringLiteral("^[a-z][a-z0-9-]*$"));
    if (!idSyntax.match(r.id).hasMatch())
        return fail(position + QStringLiteral(".id"),
                    Text::tr("\"%1\" is not a rule id: use lowercase letters, digits and dashes")
                        .arg(r.id));
    const QString where = QStringLiteral("%1 (%2)").arg(position, r.id);

    const QString severity = object.value(QLatin1String("severity")).toString();
    if (severity == QLatin1String("error"))
        r.severity = LintSeverity::Error;
    else if (severity == QLatin1String("warning"))
        r.severity = LintSeverity::Warning;
    else
        return fail(where + QStringLiteral(".severity"),
                    Text::tr("\"%1\" must be \"error\" or \"warning\"").arg(severity));

    const QString check = object.value(QLatin1String("check")).toString();
    const CheckName *found = nullptr;
    QStringList checkNames;
    for (const CheckName &c : kChecks) {
        checkNames.append(QString::fromLatin1(c.name));
        if (check == QLatin1String(c.name))
            found = &c;
    }
    if (!found)
        return fail(where + QStringLiteral(".check"),
                    Text::tr("\"%1\" is not a check; the checks are: %2")
                        .arg(check, checkNames.join(QStringLiteral(", "))));
    r.check = found->check;

    Result<QList<QRegularExpression>> pats =
        patterns(object.value(QLatin1String("patterns")), where + QStringLiteral(".patterns"));
    if (!pats)
        return pats.error();
    r.patterns = *pats;
    if (found->takesPatterns && r.patterns.isEmpty())
        return fail(where + QStringLiteral(".patterns"),
                    Text::tr("a \"%1\" rule needs at least one pattern").arg(check));
    if (!found->takesPatterns && !r.patterns.isEmpty())
        return fail(where + QStringLiteral(".patterns"),
                    Text::tr("a \"%1\" rule takes no patterns").arg(check));

    const QJsonObject when = object.value(QLatin1String("when")).toObject();
    Result<QStringList> categories = strings(when.value(QLatin1String("categories")),
                                             where + QStringLiteral(".when.categories"));
    if (!categories)
        return categories.error();
    for (const QString &c : *categories) {
        if (!category::fromId(c))
            return fail(where + QStringLiteral(".when.categories"),
                        Text::tr("\"%1\" is not a category; the categories are: %2")
                            .arg(c, category::validIds()));
    }
    r.whenCategories = *categories;
    Result<QStringList> kinds =
        strings(when.value(QLatin1String("kinds")), where + QStringLiteral(".when.kinds"));
    if (!kinds)
        return kinds.error();
    r.whenKinds = *kinds;
    Result<QStringList> exceptKinds = strings(object.value(QLatin1String("except_kinds")),
                                              where + QStringLiteral(".except_kinds"));
    if (!exceptKinds)
        return exceptKinds.error();
    r.exceptKinds = *exceptKinds;
    for (const QString &kind : r.whenKinds + r.exceptKinds) {
        if (!announcementkind::isKnown(kind))
            return fail(where, Text::tr("\"%1\" is not an announcement kind; the kinds are: %2")
                                   .arg(kind, announcementkind::validIds()));
    }
    const std::pair<const char *, QList<QRegularExpression> *> lists[] = {
        {"text", &r.whenText},
        {"unless_message", &r.unlessMessage},
        {"unless_sentence", &r.unlessSentence},
        {"unless_before", &r.unlessBefore}};
    for (const auto &[key, target] : lists) {
        const bool inWhen = qstrcmp(key, "text") == 0;
        const QJsonValue value =
            inWhen ? when.value(QLatin1String(key)) : object.value(QLatin1String(key));
        Result<QList<QRegularExpression>> compiled =
            patterns(value, where + (inWhen ? QStringLiteral(".when.") : QStringLiteral(".")) +
                                QLatin1String(key));
        if (!compiled)
            return compiled.error();
        *target = *compiled;
    }

    r.message = object.value(QLatin1String("message")).toString().trimmed();
    r.suggestion = object.value(QLatin1String("suggestion")).toString().trimmed();
    r.playbook = object.value(QLatin1String("playbook")).toString().trimmed();
    if (r.message.isEmpty())
        return fail(where + QStringLiteral(".message"), Text::tr("every rule needs a message"));
    if (r.playbook.isEmpty())
        return fail(where + QStringLiteral(".playbook"),
                    Text::tr("every rule names the playbook line it comes from"));
    return r;
}

Result<LintRuleSet> RuleParser::parse(const QByteArray &json, QList<LintRule> &out)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(Text::tr("offset %1").arg(parseError.offset), parseError.errorString());
    if (!document.isObject())
        return fail(Text::tr("top level"), Text::tr("must be a JSON object with \"rules\""));
    const QJsonObject root = document.object();

    const QJsonObject macros = root.value(QLatin1String("macros")).toObject();
    for (auto it = macros.begin(); it != macros.end(); ++it) {
        if (!it.value().isString())
            return fail(QStringLiteral("macros.") + it.key(), Text::tr("must be a string"));
        m_macros.insert(it.key(), it.value().toString());
    }
    const QJsonObject sets = root.value(QLatin1String("sets")).toObject();
    for (auto it = sets.begin(); it != sets.end(); ++it) {
        if (!it.value().isArray())
            return fail(QStringLiteral("sets.") + it.key(), Text::tr("must be a list of patterns"));
        m_sets.insert(it.key(), it.value().toArray());
    }

    const QJsonValue rules = root.value(QLatin1String("rules"));
    if (!rules.isArray() || rules.toArray().isEmpty())
        return fail(QStringLiteral("rules"), Text::tr("must be a non-empty list of rules"));
    QSet<QString> ids;
    const QJsonArray array = rules.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString position = Text::tr("rule %1").arg(i + 1);
        if (!array.at(i).isObject())
            return fail(position, Text::tr("must be an object"));
        Result<LintRule> parsed = rule(array.at(i).toObject(), position);
        if (!parsed)
            return parsed.error();
        if (ids.contains(parsed->id))
            return fail(position,
                        Text::tr("the id \"%1\" is used by an earlier rule").arg(parsed->id));
        ids.insert(parsed->id);
        out.append(*parsed);
    }
    return LintRuleSet();
}

} // namespace

Result<LintRuleSet> LintRuleSet::fromJson(const QByteArray &json, const QString &sourceName)
{
    QList<LintRule> rules;
    RuleParser parser(sourceName);
    Result<LintRuleSet> parsed = parser.parse(json, rules);
    if (!parsed)
        return parsed;
    LintRuleSet set;
    set.m_rules = std::move(rules);
    return set;
}

const LintRuleSet &LintRuleSet::builtin()
{
    static const LintRuleSet rules = [] {
        QFile file(QStringLiteral(":/comms/lint/rules.json"));
        // The file is compiled into the program and tst_lint loads it, so a failure here is a
        // build defect, not a user error.
        if (!file.open(QIODevice::ReadOnly))
            qFatal("The built-in lint rules are missing from the resources");
        Result<LintRuleSet> parsed = fromJson(file.readAll(), QStringLiteral("rules.json"));
        if (!parsed)
            qFatal("The built-in lint rules do not load: %s",
                   qUtf8Printable(parsed.error().message));
        return std::move(parsed).value();
    }();
    return rules;
}

const LintRule *LintRuleSet::rule(const QString &id) const
{
    for (const LintRule &r : m_rules) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

namespace lintseverity {

QString id(LintSeverity s)
{
    return s == LintSeverity::Error ? QStringLiteral("error") : QStringLiteral("warning");
}

} // namespace lintseverity
} // namespace warroom
