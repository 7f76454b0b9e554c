#include "comms/lint/linter.h"

#include "comms/text/placeholders.h"

#include <QCoreApplication>

#include <algorithm>

namespace warroom {
namespace {

// This file's translation context, as lupdate records it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(warroom::Lint)
};

struct Span
{
    qsizetype start;
    qsizetype end;
};

// Sentences of the whole text: a sentence ends after . ! or ? followed by white space, at a
// blank line, and before a list item on a new line.
QList<Span> sentences(const QString &text)
{
    QList<Span> result;
    qsizetype start = 0;
    const qsizetype n = text.size();
    const auto close = [&](qsizetype end, qsizetype next) {
        if (end > start)
            result.append({start, end});
        start = next;
    };
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if ((c == QLatin1Char('.') || c == QLatin1Char('!') || c == QLatin1Char('?')) &&
            (i + 1 == n || text.at(i + 1).isSpace())) {
            close(i + 1, i + 1);
        } else if (c == QLatin1Char('\n')) {
            const bool blankLine = i + 1 < n && text.at(i + 1) == QLatin1Char('\n');
            const bool listItem = i + 1 < n && QStringLiteral("-*•").contains(text.at(i + 1));
            if (blankLine || listItem)
                close(i, i + 1);
        }
    }
    close(n, n);
    return result;
}

// The sentences are in order and do not overlap: a binary search keeps lint linear in the
// number of findings.
Span sentenceAround(const QList<Span> &all, qsizetype position)
{
    const auto it = std::upper_bound(all.cbegin(), all.cend(), position,
                                     [](qsizetype p, const Span &s) { return p < s.end; });
    if (it != all.cend() && position >= it->start)
        return *it;
    return {position, position};
}

// How much of a sentence around a match the sentence conditions look at. A "sentence" of a
// megabyte without a full stop would otherwise be searched again for every match in it; real
// sentences are far shorter, so this changes nothing for them.
constexpr qsizetype kSentenceContext = 1000;

Span clippedSentence(const Span &sentence, qsizetype matchStart, qsizetype matchEnd)
{
    return {std::max(sentence.start, matchStart - kSentenceContext),
            std::min(sentence.end, matchEnd + kSentenceContext)};
}

bool anyMatch(const QList<QRegularExpression> &patterns, QStringView text)
{
    return std::any_of(patterns.cbegin(), patterns.cend(),
                       [&](const QRegularExpression &re) { return re.match(text).hasMatch(); });
}

bool applies(const LintRule &rule, const LintContext &context, const QString &text)
{
    if (!context.kind.isEmpty() && rule.exceptKinds.contains(context.kind))
        return false;
    if (!rule.hasCondition())
        return true;
    if (context.category && rule.whenCategories.contains(category::id(*context.category)))
        return true;
    if (!context.kind.isEmpty() && rule.whenKinds.contains(context.kind))
        return true;
    return anyMatch(rule.whenText, text);
}

// Turns a span of "title \n\n body" into a finding on one field.
class FieldMapper
{
public:
    explicit FieldMapper(const LintText &text)
        : m_titleSize(text.title.size())
        , m_bodySize(text.body.size())
    {
    }
    qsizetype bodyOffset() const { return m_titleSize + 2; }

    LintFinding finding(const LintRule &rule, qsizetype start, qsizetype end) const
    {
        LintFinding f{rule.id, rule.severity, LintField::Body, 0,
                      0,       rule.message,  rule.suggestion, rule.playbook};
        if (start < m_titleSize) {
            f.field = LintField::Title;
            f.start = start;
            f.end = std::min(end, m_titleSize);
        } else {
            f.start = std::clamp(start - bodyOffset(), qsizetype(0), m_bodySize);
            f.end = std::clamp(end - bodyOffset(), f.start, m_bodySize);
        }
        return f;
    }

private:
    qsizetype m_titleSize;
    qsizetype m_bodySize;
};

void forbid(const LintRule &rule, const QString &text, const QList<Span> &allSentences,
            const FieldMapper &mapper, QList<LintFinding> &out)
{
    QList<Span> hits;
    for (const QRegularExpression &re : rule.patterns) {
        auto it = re.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            if (m.capturedLength() == 0)
                continue;
            const Span sentence = clippedSentence(sentenceAround(allSentences, m.capturedStart()),
                                                  m.capturedStart(), m.capturedEnd());
            const QStringView sentenceText =
                QStringView(text).mid(sentence.start, sentence.end - sentence.start);
            const QStringView before =
                QStringView(text).mid(sentence.start, m.capturedStart() - sentence.start);
            if (anyMatch(rule.unlessSentence, sentenceText) || anyMatch(rule.unlessBefore, before))
                continue;
            hits.append({m.capturedStart(), m.capturedEnd()});
        }
    }
    // Several patterns often catch the same words: report each stretch of text once.
    std::sort(hits.begin(), hits.end(),
              [](const Span &a, const Span &b) { return a.start < b.start; });
    QList<Span> merged;
    for (const Span &hit : std::as_const(hits)) {
        if (!merged.isEmpty() && hit.start < merged.constLast().end)
            merged.last().end = std::max(merged.constLast().end, hit.end);
        else
            merged.append(hit);
    }
    for (const Span &span : std::as_const(merged))
        out.append(mapper.finding(rule, span.start, span.end));
}

void require(const LintRule &rule, const LintText &fields, const QString &text,
             const FieldMapper &mapper, QList<LintFinding> &out)
{
    if (anyMatch(rule.patterns, text))
        return;
    // Point at what made the rule apply, else at the title, else at the first line of the body.
    for (const QRegularExpression &re : rule.whenText) {
        const QRegularExpressionMatch m = re.match(text);
        if (m.hasMatch() && m.capturedLength() > 0) {
            out.append(mapper.finding(rule, m.capturedStart(), m.capturedEnd()));
            return;
        }
    }
    if (!fields.title.trimmed().isEmpty()) {
        out.append(mapper.finding(rule, 0, fields.title.size()));
        return;
    }
    const qsizetype first = fields.body.indexOf(QRegularExpression(QStringLiteral("\\S")));
    const qsizetype start = first < 0 ? 0 : first;
    qsizetype end = fields.body.indexOf(QLatin1Char('\n'), start);
    if (end < 0)
        end = fields.body.size();
    out.append(mapper.finding(rule, mapper.bodyOffset() + start, mapper.bodyOffset() + end));
}

void placeholderChecks(const LintRule &rule, LintField field, const QString &text,
                       QList<LintFinding> &out)
{
    const PlaceholderScan scan = scanPlaceholders(text);
    const auto add = [&](qsizetype start, qsizetype end, const QString &detail,
                         const QString &suggestion) {
        out.append({rule.id, rule.severity, field, start, end,
                    rule.message + QLatin1Char(' ') + detail,
                    suggestion.isEmpty() ? rule.suggestion : suggestion, rule.playbook});
    };
    if (rule.check == LintRule::Check::PlaceholderSyntax) {
        for (const PlaceholderProblem &problem : scan.problems)
            add(problem.start, problem.end, problem.message, QString());
        return;
    }
    for (const PlaceholderToken &token : scan.tokens) {
        const bool known = placeholders::isKnown(token.name);
        if (rule.check == LintRule::Check::PlaceholderUnknown && !known) {
            const QString closest = placeholders::closestKnown(token.name);
            add(token.start, token.end, Text::tr("War Room does not know {{%1}}.").arg(token.name),
                closest.isEmpty() ? QString() : Text::tr("Did you mean {{%1}}?").arg(closest));
        } else if (rule.check == LintRule::Check::PlaceholderUnfilled && known) {
            add(token.start, token.end, Text::tr("{{%1}} has no value yet.").arg(token.name),
                QString());
        }
    }
}

// Code points, not UTF-16 units: an emoji is one character to the reader.
qsizetype codePoints(QStringView text)
{
    return text.toUcs4().size();
}

qsizetype utf16OffsetOfCodePoint(const QString &text, qsizetype codePoint)
{
    qsizetype i = 0;
    for (qsizetype seen = 0; i < text.size() && seen < codePoint; ++seen)
        i += (text.at(i).isHighSurrogate() && i + 1 < text.size()) ? 2 : 1;
    return i;
}

void channelLimits(const LintRule &rule, const LintText &text, const LintContext &context,
                   QList<LintFinding> &out)
{
    if (!context.channel)
        return;
    const ChannelLimits limits = channel::limits(*context.channel);
    const QString name = channel::displayName(*context.channel);
    const auto over = [&](LintField field, const QString &value, int max) {
        const qsizetype length = codePoints(value);
        if (max <= 0 || length <= max)
            return;
        const QString why = field == LintField::Title
                                ? Text::tr("The %1 title has %2 characters; the limit is %3.")
                                : Text::tr("The %1 text has %2 characters; the limit is %3.");
        out.append({rule.id, rule.severity, field, utf16OffsetOfCodePoint(value, max), value.size(),
                    rule.message + QLatin1Char(' ') + why.arg(name).arg(length).arg(max),
                    rule.suggestion, rule.playbook});
    };
    if (limits.titleRequired && text.title.trimmed().isEmpty())
        out.append({rule.id, rule.severity, LintField::Title, 0, 0,
                    rule.message + QLatin1Char(' ') + Text::tr("The %1 needs a title.").arg(name),
                    rule.suggestion, rule.playbook});
    if (limits.titleMax == 0 && !text.title.isEmpty())
        out.append({rule.id, rule.severity, LintField::Title, 0, text.title.size(),
                    rule.message + QLatin1Char(' ') +
                        Text::tr("The %1 has no title; leave it empty.").arg(name),
                    rule.suggestion, rule.playbook});
    over(LintField::Title, text.title, limits.titleMax);
    over(LintField::Body, text.body, limits.bodyMax);
}

} // namespace

QString normalizedForLint(const QString &text)
{
    QString result = text;
    for (QChar &c : result) {
        switch (c.unicode()) {
        case 0x2018:
        case 0x2019:
        case 0x02BC:
        case 0x2032:
            c = QLatin1Char('\'');
            break;
        case 0x201C:
        case 0x201D:
            c = QLatin1Char('"');
            break;
        case 0x00A0:
        case 0x202F:
        case 0x2007:
            c = QLatin1Char(' ');
            break;
        case 0x2010:
        case 0x2011:
            c = QLatin1Char('-');
            break;
        default:
            break;
        }
    }
    return result;
}

QList<LintFinding> lint(const LintRuleSet &rules, const LintText &text, const LintContext &context)
{
    const LintText normalized{normalizedForLint(text.title), normalizedForLint(text.body)};
    const QString whole = normalized.title + QStringLiteral("\n\n") + normalized.body;
    const QList<Span> allSentences = sentences(whole);
    const FieldMapper mapper(normalized);
    QList<LintFinding> findings;
    for (const LintRule &rule : rules.rules()) {
        switch (rule.check) {
        case LintRule::Check::Forbid:
        case LintRule::Check::Require:
            if (!applies(rule, context, whole) || anyMatch(rule.unlessMessage, whole))
                break;
            if (rule.check == LintRule::Check::Forbid)
                forbid(rule, whole, allSentences, mapper, findings);
            else
                require(rule, normalized, whole, mapper, findings);
            break;
        case LintRule::Check::PlaceholderSyntax:
        case LintRule::Check::PlaceholderUnknown:
        case LintRule::Check::PlaceholderUnfilled:
            placeholderChecks(rule, LintField::Title, normalized.title, findings);
            placeholderChecks(rule, LintField::Body, normalized.body, findings);
            break;
        case LintRule::Check::ChannelLimits:
            channelLimits(rule, normalized, context, findings);
            break;
        }
    }
    std::stable_sort(findings.begin(), findings.end(),
                     [](const LintFinding &a, const LintFinding &b) {
                         if (a.field != b.field)
                             return a.field == LintField::Title;
                         return a.start < b.start;
                     });
    return findings;
}

namespace lintfindings {

bool hasErrors(const QList<LintFinding> &findings)
{
    return std::any_of(findings.cbegin(), findings.cend(),
                       [](const LintFinding &f) { return f.severity == LintSeverity::Error; });
}

QStringList errorRuleIds(const QList<LintFinding> &findings)
{
    QStringList ids;
    for (const LintFinding &f : findings) {
        if (f.severity == LintSeverity::Error && !ids.contains(f.ruleId))
            ids.append(f.ruleId);
    }
    return ids;
}

} // namespace lintfindings
} // namespace warroom
