#include "comms/text/renderer.h"

#include <QCoreApplication>
#include <QLocale>

namespace warroom {
namespace {

// This file's translation context, as lupdate records it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(warroom::Placeholders)
};

QString dateTimeUtc(const QDateTime &at)
{
    return at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

QString timeUtc(const QDateTime &at)
{
    return at.toUTC().toString(QStringLiteral("HH:mm 'UTC'"));
}

// The length of " tasks" (or " task") right after a task_type placeholder whose value already
// ends with that word; 0 otherwise.
qsizetype doubledWordAfter(const QString &source, const PlaceholderToken &token,
                           const QString &value)
{
    if (token.name != QLatin1String("task_type"))
        return 0;
    for (const QLatin1String word : {QLatin1String(" tasks"), QLatin1String(" task")}) {
        const QStringView next = QStringView(source).mid(token.end, word.size());
        const qsizetype end = token.end + word.size();
        const bool wholeWord = end >= source.size() || !source.at(end).isLetterOrNumber();
        const QString last = value.trimmed().section(u' ', -1);
        const bool valueEndsWithIt =
            last.compare(QLatin1String("tasks"), Qt::CaseInsensitive) == 0 ||
            last.compare(QLatin1String("task"), Qt::CaseInsensitive) == 0;
        if (next.compare(word, Qt::CaseInsensitive) == 0 && wholeWord && valueEndsWithIt &&
            value.trimmed().contains(u' '))
            return word.size();
    }
    return 0;
}

} // namespace

qsizetype RenderResult::toSource(qsizetype outOffset, bool spanEnd) const
{
    qsizetype shift = 0;
    for (const RenderedSpan &span : substitutions) {
        if (outOffset <= span.outStart)
            break;
        if (outOffset < span.outEnd)
            return spanEnd ? span.sourceEnd : span.sourceStart;
        if (outOffset == span.outEnd)
            return span.sourceEnd;
        shift = span.sourceEnd - span.outEnd;
    }
    return outOffset + shift;
}

RenderResult render(const QString &source, const PlaceholderValues &values)
{
    RenderResult result;
    const PlaceholderScan scan = scanPlaceholders(source);
    result.problems = scan.problems;
    qsizetype copied = 0;
    for (const PlaceholderToken &token : scan.tokens) {
        const QString value = values.value(token.name);
        if (!placeholders::isKnown(token.name)) {
            result.unknown.append(token);
            continue;
        }
        if (value.isEmpty()) {
            result.unfilled.append(token);
            continue;
        }
        result.text += QStringView(source).mid(copied, token.start - copied);
        RenderedSpan span;
        span.sourceStart = token.start;
        span.sourceEnd = token.end;
        span.outStart = result.text.size();
        result.text += value;
        span.outEnd = result.text.size();
        // "{{task_type}} tasks" with the task type "all tasks": "all tasks", not "all tasks
        // tasks". The source's " tasks" then belongs to the substitution.
        if (const qsizetype after = doubledWordAfter(source, token, value); after > 0)
            span.sourceEnd = token.end + after;
        result.substitutions.append(span);
        copied = span.sourceEnd;
    }
    result.text += QStringView(source).mid(copied);
    return result;
}

namespace placeholders {

QString statusPhrase(IncidentStatus status)
{
    switch (status) {
    case IncidentStatus::Investigating:
        return Text::tr("investigating");
    case IncidentStatus::Identified:
        return Text::tr("root cause identified, fix in progress");
    case IncidentStatus::Monitoring:
        return Text::tr("fix deployed, monitoring");
    case IncidentStatus::Restored:
        return Text::tr("restored");
    case IncidentStatus::Closed:
        return Text::tr("resolved");
    }
    Q_UNREACHABLE();
}

QString statusTitle(IncidentStatus status)
{
    switch (status) {
    case IncidentStatus::Investigating:
        return Text::tr("Investigating");
    case IncidentStatus::Identified:
        return Text::tr("Identified");
    case IncidentStatus::Monitoring:
        return Text::tr("Monitoring");
    case IncidentStatus::Restored:
        return Text::tr("Restored");
    case IncidentStatus::Closed:
        return Text::tr("Resolved");
    }
    Q_UNREACHABLE();
}

} // namespace placeholders

PlaceholderValues placeholderValues(const Incident &incident, const QList<RoleAssignment> &roles,
                                    const QDateTime &nowUtc)
{
    const IncidentFields &f = incident.fields;
    const QLocale c = QLocale::c();
    PlaceholderValues values{
        {QStringLiteral("incident_id"), QString::number(incident.id)},
        {QStringLiteral("incident_title"), f.title},
        {QStringLiteral("task_type"), f.taskType},
        {QStringLiteral("category"), category::displayName(f.category)},
        {QStringLiteral("severity"), severity::id(f.severity)},
        {QStringLiteral("affected_users_pct"), c.toString(f.affectedUsersPct, 'g', 4)},
        {QStringLiteral("enterprise_affected"), QString::number(f.enterpriseAffected)},
        {QStringLiteral("current_status"), placeholders::statusPhrase(incident.status)},
        {QStringLiteral("status_title"), placeholders::statusTitle(incident.status)},
    };
    if (f.detectedAt.isValid()) {
        values.insert(QStringLiteral("detected_at_utc"), dateTimeUtc(f.detectedAt));
        values.insert(QStringLiteral("detected_time_utc"),
                      f.detectedAt.toUTC().toString(QStringLiteral("HH:mm")));
        values.insert(QStringLiteral("detected_date_utc"),
                      f.detectedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd")));
    }
    if (incident.declaredAt.isValid())
        values.insert(QStringLiteral("declared_at_utc"), dateTimeUtc(incident.declaredAt));
    if (nowUtc.isValid()) {
        values.insert(QStringLiteral("now_utc"), timeUtc(nowUtc));
        values.insert(QStringLiteral("next_update_utc"),
                      timeUtc(nowUtc.addSecs(qint64(placeholders::UpdateIntervalMinutes) * 60)));
    }
    // The latest move into "restored": a relapse and a second recovery restate the time.
    for (const StatusChange &change : incident.statusHistory) {
        if (change.to == IncidentStatus::Restored)
            values.insert(QStringLiteral("restored_at_utc"), dateTimeUtc(change.at));
    }
    if (!incident.isActive() && !values.contains(QStringLiteral("restored_at_utc")) &&
        !incident.statusHistory.isEmpty())
        values.insert(QStringLiteral("restored_at_utc"),
                      dateTimeUtc(incident.statusHistory.constLast().at));
    QStringList timeline;
    if (f.detectedAt.isValid())
        timeline.append(QStringLiteral("- %1 %2").arg(timeUtc(f.detectedAt), Text::tr("Detected")));
    for (const StatusChange &change : incident.statusHistory)
        timeline.append(QStringLiteral("- %1 %2").arg(timeUtc(change.at),
                                                      incidentstatus::displayName(change.to)));
    if (!timeline.isEmpty())
        values.insert(QStringLiteral("status_timeline_utc"), timeline.join(QLatin1Char('\n')));
    for (const RoleAssignment &assignment : roles) {
        if (assignment.role == Role::IncidentCommander)
            values.insert(QStringLiteral("incident_commander"), assignment.person);
    }
    return values;
}

} // namespace warroom
