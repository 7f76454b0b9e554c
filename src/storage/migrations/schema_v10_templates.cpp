#include "storage/migrations/schema_v10_templates.h"

#include "comms/templates/commstemplate.h"
#include "core/comms/channel.h"
#include "storage/comms/commsrecords.h"
#include "storage/db/database.h"

#include <QSqlQuery>

namespace warroom::migrations {
namespace {

const QString kBuiltinAuthor = QStringLiteral("War Room (built-in)");

} // namespace

Result<void> refreshBuiltinTemplates(Database &database, qint64 appliedAtMs)
{
    for (const CommsTemplate &t : commstemplate::builtin()) {
        const QString categories = notNullText(commstemplate::categoriesToText(t.categories));
        Result<QSqlQuery> latest = database.exec(
            QStringLiteral("SELECT version, name, kind, channel, categories, title, body, "
                           "created_by FROM comms_templates WHERE template_key = ?"
                           " ORDER BY version DESC LIMIT 1"),
            {t.key});
        if (!latest)
            return latest.error();
        int next = 1;
        if (latest.value().next()) {
            QSqlQuery &q = latest.value();
            if (q.value(7).toString() != kBuiltinAuthor)
                continue; // someone's own version: theirs stands
            const bool current =
                q.value(1).toString() == t.name && q.value(2).toString() == t.kind &&
                q.value(3).toString() == channel::id(t.channel) &&
                q.value(4).toString() == categories &&
                q.value(5).toString() == notNullText(t.title) && q.value(6).toString() == t.body;
            if (current)
                continue;
            next = q.value(0).toInt() + 1;
        }
        Result<QSqlQuery> inserted = database.exec(
            QStringLiteral("INSERT INTO comms_templates (template_key, version, name, kind, "
                           "channel, categories, title, body, created_at, created_by)"
                           " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {t.key, next, t.name, t.kind, channel::id(t.channel), categories, notNullText(t.title),
             t.body, appliedAtMs, kBuiltinAuthor});
        if (!inserted)
            return inserted.error();
    }
    return {};
}

} // namespace warroom::migrations
