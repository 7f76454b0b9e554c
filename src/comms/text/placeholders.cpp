#include "comms/text/placeholders.h"

#include <QCoreApplication>

#include <algorithm>

namespace warroom {
namespace {

// This file's translation context, as lupdate records it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(warroom::Placeholders)
};

const QString kOpen = QStringLiteral("{{");
const QString kClose = QStringLiteral("}}");

// An index below limit, or -1. Searches only up to limit, so that scanning a long text stays
// linear.
qsizetype findBefore(const QString &text, const QString &what, qsizetype from, qsizetype limit)
{
    if (from >= limit)
        return -1;
    const qsizetype at = QStringView(text).sliced(from, limit - from).indexOf(what);
    return at < 0 ? -1 : from + at;
}

// Where a nested placeholder that starts at start ends: after the "}}" that closes the outer
// "{{", or the end of the line when the braces never balance.
qsizetype nestedEnd(const QString &text, qsizetype start, qsizetype lineEnd)
{
    int depth = 0;
    qsizetype i = start;
    while (i + 1 < lineEnd) {
        if (text.at(i) == QLatin1Char('{') && text.at(i + 1) == QLatin1Char('{')) {
            ++depth;
            i += 2;
        } else if (text.at(i) == QLatin1Char('}') && text.at(i + 1) == QLatin1Char('}')) {
            i += 2;
            if (--depth == 0)
                return i;
        } else {
            ++i;
        }
    }
    return lineEnd;
}

int editDistance(const QString &a, const QString &b)
{
    QList<int> previous(b.size() + 1);
    QList<int> current(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int substitution = previous[j - 1] + (a.at(i - 1) == b.at(j - 1) ? 0 : 1);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}

} // namespace

PlaceholderScan scanPlaceholders(const QString &text)
{
    PlaceholderScan scan;
    const qsizetype n = text.size();
    qsizetype i = 0;
    qsizetype lineEnd = -1; // the end of the line of the last "{{", found once per line
    while (i + 1 < n) {
        if (text.at(i) == QLatin1Char('}') && text.at(i + 1) == QLatin1Char('}')) {
            scan.problems.append({PlaceholderProblem::Kind::StrayClose, i, i + 2,
                                  Text::tr("\"}}\" at offset %1 closes no placeholder.").arg(i)});
            i += 2;
            continue;
        }
        if (text.at(i) != QLatin1Char('{') || text.at(i + 1) != QLatin1Char('{')) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        const qsizetype inner = i + 2;
        if (lineEnd < inner) {
            lineEnd = text.indexOf(QLatin1Char('\n'), inner);
            if (lineEnd < 0)
                lineEnd = n;
        }
        const qsizetype close = findBefore(text, kClose, inner, lineEnd);
        const qsizetype open = findBefore(text, kOpen, inner, lineEnd);
        if (open >= 0 && (close < 0 || open < close)) {
            const qsizetype end = nestedEnd(text, start, lineEnd);
            scan.problems.append(
                {PlaceholderProblem::Kind::Nested, start, end,
                 Text::tr("Placeholders cannot be nested: \"{{\" at offset %1 is inside the "
                          "placeholder that starts at offset %2.")
                     .arg(open)
                     .arg(start)});
            i = end;
            continue;
        }
        if (close < 0) {
            scan.problems.append(
                {PlaceholderProblem::Kind::Unclosed, start, lineEnd,
                 Text::tr("\"{{\" at offset %1 is not closed by \"}}\" on the same line.")
                     .arg(start)});
            i = lineEnd;
            continue;
        }
        const qsizetype end = close + 2;
        const QString name = text.mid(inner, close - inner).trimmed();
        if (name.isEmpty()) {
            scan.problems.append(
                {PlaceholderProblem::Kind::Empty, start, end,
                 Text::tr("Empty placeholder at offset %1: write a name between the braces, "
                          "e.g. {{task_type}}.")
                     .arg(start)});
        } else if (!placeholders::isValidName(name)) {
            scan.problems.append(
                {PlaceholderProblem::Kind::InvalidName, start, end,
                 Text::tr("\"%1\" at offset %2 is not a placeholder name: use lowercase letters, "
                          "digits and underscores, starting with a letter.")
                     .arg(name)
                     .arg(start)});
        } else {
            scan.tokens.append({start, end, name});
        }
        i = end;
    }
    return scan;
}

namespace placeholders {

const QList<PlaceholderInfo> &catalog()
{
    // clang-format off
    static const QList<PlaceholderInfo> all{
        {QStringLiteral("incident_id"), Text::tr("The incident's number"), true},
        {QStringLiteral("incident_title"), Text::tr("The incident's title"), true},
        {QStringLiteral("task_type"), Text::tr("The affected task type, e.g. email drafting"), true},
        {QStringLiteral("category"), Text::tr("The incident category, in words"), true},
        {QStringLiteral("severity"), Text::tr("SEV1, SEV2 or SEV3"), true},
        {QStringLiteral("affected_users_pct"), Text::tr("Share of users affected, a number without the % sign"), true},
        {QStringLiteral("enterprise_affected"), Text::tr("Number of enterprise customers affected"), true},
        {QStringLiteral("detected_at_utc"), Text::tr("Detection date and time, e.g. 2026-11-29 02:50 UTC"), true},
        {QStringLiteral("detected_time_utc"), Text::tr("Detection time of day in UTC, HH:MM"), true},
        {QStringLiteral("detected_date_utc"), Text::tr("Detection date in UTC, YYYY-MM-DD"), true},
        {QStringLiteral("declared_at_utc"), Text::tr("When the incident was declared, e.g. 2026-11-29 03:00 UTC"), true},
        {QStringLiteral("current_status"), Text::tr("The incident status in words, e.g. investigating"), true},
        {QStringLiteral("status_title"), Text::tr("The incident status as a heading, e.g. Identified"), true},
        {QStringLiteral("now_utc"), Text::tr("The time the draft was saved, HH:MM UTC"), true},
        {QStringLiteral("next_update_utc"), Text::tr("30 minutes after the draft was saved, HH:MM UTC"), true},
        {QStringLiteral("restored_at_utc"), Text::tr("When the incident was restored (once it is)"), true},
        {QStringLiteral("incident_commander"), Text::tr("The assigned incident commander"), true},
        {QStringLiteral("status_timeline_utc"), Text::tr("The status history, one \"- HH:MM UTC status\" line each"), true},
        {QStringLiteral("impact_started_utc"), Text::tr("When customers were first affected, HH:MM UTC"), false},
        {QStringLiteral("completion_rate_before"), Text::tr("Completion rate before the incident, e.g. ~95%"), false},
        {QStringLiteral("completion_rate_now"), Text::tr("Completion rate now, e.g. ~75%"), false},
        {QStringLiteral("root_cause"), Text::tr("A brief description of the (initial) root cause"), false},
        {QStringLiteral("expected_restoration"), Text::tr("Expected restoration time, or \"continuous updates\""), false},
        {QStringLiteral("progress_summary"), Text::tr("What changed since the last update"), false},
        {QStringLiteral("affected_period"), Text::tr("The affected period, from and to in UTC"), false},
        {QStringLiteral("compensation"), Text::tr("Compensation policy, if applicable"), false},
        {QStringLiteral("refund_timeline"), Text::tr("When refunds arrive, e.g. within 5 business days"), false},
        {QStringLiteral("data_affected"), Text::tr("Which data was exposed, and to whom"), false},
        {QStringLiteral("customer_name"), Text::tr("The customer the message is addressed to"), false},
        {QStringLiteral("customer_impact"), Text::tr("What the agent did wrong for this customer"), false},
        {QStringLiteral("improvements"), Text::tr("The specific improvements we are making"), false},
        {QStringLiteral("status_page_url"), Text::tr("Link to the status page"), false},
        {QStringLiteral("team_signature"), Text::tr("The signature under external messages"), false},
    };
    // clang-format on
    return all;
}

bool isKnown(const QString &name)
{
    const QList<PlaceholderInfo> &known = catalog();
    return std::any_of(known.cbegin(), known.cend(),
                       [&](const PlaceholderInfo &info) { return info.name == name; });
}

bool isValidName(const QString &name)
{
    if (name.isEmpty() || name.size() > MaxNameLength)
        return false;
    if (name.at(0) < QLatin1Char('a') || name.at(0) > QLatin1Char('z'))
        return false;
    return std::all_of(name.cbegin(), name.cend(), [](QChar c) {
        return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
               (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('_');
    });
}

QString closestKnown(const QString &name)
{
    QString best;
    int bestDistance = 3;
    const QString normalized = name.toLower()
                                   .replace(QLatin1Char(' '), QLatin1Char('_'))
                                   .replace(QLatin1Char('-'), QLatin1Char('_'));
    for (const PlaceholderInfo &info : catalog()) {
        const int distance = editDistance(normalized, info.name);
        if (distance < bestDistance) {
            bestDistance = distance;
            best = info.name;
        }
    }
    if (!best.isEmpty() || normalized.size() < 4)
        return best;
    // A name without its suffix: "restored_at" for "restored_at_utc".
    for (const PlaceholderInfo &info : catalog()) {
        if (info.name.startsWith(normalized + QLatin1Char('_')) &&
            (best.isEmpty() || info.name.size() < best.size()))
            best = info.name;
    }
    return best;
}

} // namespace placeholders
} // namespace warroom
