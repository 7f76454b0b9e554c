#include "cli/showsections.h"

#include "cli/clitext.h"
#include "cli/commssections.h"
#include "cli/rolescallssections.h"
#include "core/base/clock.h"
#include "core/incident/incidentjson.h"
#include "core/playbook/obligation.h"
#include "core/playbook/playbook.h"
#include "storage/incidents/incidentstore.h"
#include "storage/incidents/playbookstore.h"

#include <QJsonArray>
#include <QJsonObject>

namespace warroom::cli {
namespace {

QString timelineLine(const QJsonObject &e)
{
    return QStringLiteral("%1  %2: %3")
        .arg(e.value(QLatin1String("at")).toString(), e.value(QLatin1String("author")).toString(),
             e.value(QLatin1String("text")).toString());
}

ShowSection timelineSection()
{
    ShowSection section{
        QStringLiteral("timeline"),
        Text::tr("Timeline"),
        [](CommandContext &context, qint64 incidentId) -> Result<QJsonValue> {
            const Result<QList<TimelineEvent>> events = context.store.timeline(incidentId);
            if (!events)
                return events.error();
            return QJsonValue(incidentjson::timeline(*events));
        },
        [](const QJsonValue &value) {
            QStringList lines;
            for (const QJsonValue &entry : value.toArray())
                lines.append(timelineLine(entry.toObject()));
            return lines;
        },
        {},
        {},
    };
    section.streamEntries = [](CommandContext &context, qint64 incidentId,
                               const ShowSection::EntryWriter &write) {
        DraftNumbering numbering; // events come oldest first: a draft's creation before the rest
        return context.store.forEachEvent(incidentId, 0, [&](TimelineEvent &&event) {
            numbering.see(event);
            write(incidentjson::event(event, numbering));
            return true;
        });
    };
    section.entryLine = timelineLine;
    return section;
}

// The trigger conditions ticked at declaration: [{"id", "title"}]; the title is null for an id
// the current playbook does not know.
ShowSection triggersSection()
{
    return ShowSection{
        QStringLiteral("triggers"),
        Text::tr("Trigger conditions"),
        [](CommandContext &context, qint64 incidentId) -> Result<QJsonValue> {
            const Result<QStringList> ids = context.playbookStore.triggers(incidentId);
            if (!ids)
                return ids.error();
            QJsonArray list;
            for (const QString &id : *ids) {
                const TriggerDef *trigger = context.playbook.trigger(id);
                list.append(
                    QJsonObject{{QStringLiteral("id"), id},
                                {QStringLiteral("title"), trigger ? QJsonValue(trigger->title)
                                                                  : QJsonValue(QJsonValue::Null)}});
            }
            return QJsonValue(list);
        },
        [](const QJsonValue &value) {
            QStringList lines;
            for (const QJsonValue &entry : value.toArray())
                lines.append(
                    QStringLiteral("%1  %2").arg(entry[QLatin1String("id")].toString(),
                                                 entry[QLatin1String("title")].toString()));
            if (lines.isEmpty())
                lines.append(Text::tr("(none ticked)"));
            return lines;
        },
        {},
        {},
    };
}

// Every obligation of the playbook with its due time and state at the moment of the command.
ShowSection obligationsSection()
{
    return ShowSection{
        QStringLiteral("obligations"),
        Text::tr("Playbook obligations"),
        [](CommandContext &context, qint64 incidentId) -> Result<QJsonValue> {
            const QDateTime now = context.clock.nowUtc();
            const Result<QList<ObligationStatus>> all =
                context.playbookStore.obligations(incidentId, now);
            if (!all)
                return all.error();
            QJsonArray list;
            for (const ObligationStatus &s : *all)
                list.append(obligationjson::toJson(s, now));
            return QJsonValue(list);
        },
        [](const QJsonValue &value) {
            QStringList lines;
            for (const QJsonValue &entry : value.toArray()) {
                const QJsonObject o = entry.toObject();
                const auto text = [&](const char *key) {
                    return o.value(QLatin1String(key)).toString();
                };
                // Open: the countdown (or what it waits for); settled: when, or why it does not
                // apply.
                QString when = text("countdown");
                if (when.isEmpty())
                    when = text("settled_at").isEmpty() ? text("waiting_for") : text("settled_at");
                if (when.isEmpty())
                    when = text("due_at");
                QString line = QStringLiteral("%1  %2  %3  %4")
                                   .arg(text("state"), -14)
                                   .arg(text("id"), -28)
                                   .arg(text("owner"), -18)
                                   .arg(when);
                if (o.value(QLatin1String("mandatory")).toBool())
                    line += QStringLiteral("  MANDATORY: ") + text("mandatory_reason");
                const QString state = text("state");
                const bool open = state == QLatin1String("upcoming") ||
                                  state == QLatin1String("due-soon") ||
                                  state == QLatin1String("overdue");
                if (open && !text("progress").isEmpty())
                    line += QStringLiteral("  — ") + text("progress");
                if (!text("settled_by").isEmpty())
                    line +=
                        QStringLiteral("  (") +
                        QStringLiteral("%1 %2").arg(text("settled_by"), text("note")).trimmed() +
                        QLatin1Char(')');
                lines.append(line);
            }
            return lines;
        },
        {},
        {},
    };
}

} // namespace

QList<ShowSection> showSections()
{
    return {
        timelineSection(), triggersSection(), obligationsSection(),  rolesSection(),
        outreachSection(), draftsSection(),   publicationsSection(),
    };
}

} // namespace warroom::cli
