#include "storage/comms/templatestore.h"

#include "core/base/inputlimits.h"
#include "core/base/utctime.h"
#include "core/comms/announcementkind.h"
#include "storage/comms/commsrecords.h"
#include "storage/db/database.h"
#include "storage/db/storedrow.h"

namespace warroom {
namespace {

const QString kColumns = QStringLiteral("template_key, version, name, kind, channel, categories, "
                                        "title, body, created_at, created_by, id");

std::optional<QString> knownKind(const QString &kind)
{
    return announcementkind::isKnown(kind) ? std::optional<QString>(kind) : std::nullopt;
}

Result<CommsTemplate> fromRow(const QSqlQuery &q)
{
    CommsTemplate t;
    StoredRow row(QStringLiteral("comms_templates"), q.value(10).toLongLong());
    t.key = q.value(0).toString();
    t.version = q.value(1).toInt();
    t.name = q.value(2).toString();
    row.decode(QStringLiteral("kind"), q.value(3), knownKind, &t.kind);
    row.decode(QStringLiteral("channel"), q.value(4), channel::fromId, &t.channel);
    // "outage,data-leak": every id must be known, or the template would apply too narrowly.
    for (const QString &id : q.value(5).toString().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        Category c = Category::Outage;
        row.decode(QStringLiteral("categories"), id.trimmed(), category::fromId, &c);
        t.categories.append(c);
    }
    t.title = q.value(6).toString();
    t.body = q.value(7).toString();
    t.createdAt = utctime::fromMSecs(q.value(8).toLongLong());
    t.createdBy = q.value(9).toString();
    if (const std::optional<Error> unknown = row.error())
        return *unknown;
    return t;
}

Result<QList<CommsTemplate>> allRows(QSqlQuery &q)
{
    QList<CommsTemplate> result;
    while (q.next()) {
        Result<CommsTemplate> t = fromRow(q);
        if (!t)
            return t.error();
        result.append(std::move(t).value());
    }
    return result;
}

bool sameContent(const CommsTemplate &a, const CommsTemplate &b)
{
    return a.name == b.name && a.kind == b.kind && a.channel == b.channel &&
           a.categories == b.categories && a.title == b.title && a.body == b.body;
}

} // namespace

TemplateStore::TemplateStore(Database &database, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
{
}

Result<QList<CommsTemplate>> TemplateStore::templates() const
{
    // Ordered by when each key first appeared, so the built-in ones keep their order.
    Result<QSqlQuery> q = m_database.exec(
        QStringLiteral(
            "SELECT %1 FROM comms_templates t WHERE version = (SELECT MAX(version) FROM "
            "comms_templates"
            " WHERE template_key = t.template_key)"
            " ORDER BY (SELECT MIN(id) FROM comms_templates WHERE template_key = t.template_key)")
            .arg(kColumns));
    if (!q)
        return q.error();
    return allRows(q.value());
}

Result<QList<CommsTemplate>> TemplateStore::versions(const QString &key) const
{
    Result<QSqlQuery> q = m_database.exec(
        QStringLiteral("SELECT %1 FROM comms_templates WHERE template_key = ? ORDER BY version")
            .arg(kColumns),
        {key});
    if (!q)
        return q.error();
    Result<QList<CommsTemplate>> result = allRows(q.value());
    if (result && result->isEmpty())
        return Error{Error::Code::NotFound, tr("There is no template \"%1\".").arg(key)};
    return result;
}

Result<CommsTemplate> TemplateStore::find(const QString &key, int version) const
{
    Result<QSqlQuery> q =
        version > 0
            ? m_database.exec(
                  QStringLiteral(
                      "SELECT %1 FROM comms_templates WHERE template_key = ? AND version = ?")
                      .arg(kColumns),
                  {key, version})
            : m_database.exec(QStringLiteral("SELECT %1 FROM comms_templates WHERE template_key = ?"
                                             " ORDER BY version DESC LIMIT 1")
                                  .arg(kColumns),
                              {key});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error{Error::Code::NotFound,
                     version > 0 ? tr("Template \"%1\" has no version %2.").arg(key).arg(version)
                                 : tr("There is no template \"%1\".").arg(key)};
    return fromRow(q.value());
}

Result<int> TemplateStore::save(const CommsTemplate &content, const QString &author)
{
    if (author.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("author"),
                              tr("Author must not be empty: say who made the change."));
    if (const QString problem = inputlimits::authorProblem(author); !problem.isEmpty())
        return Error::invalid(QStringLiteral("author"), problem);
    CommsTemplate t = content;
    t.name = t.name.trimmed();
    if (const QList<Error> errors = commstemplate::validate(t); !errors.isEmpty())
        return errors.constFirst();
    int version = 0;
    bool written = false;
    Result<void> done = m_database.inWriteTransaction([&]() -> Result<void> {
        Result<CommsTemplate> latest = find(t.key);
        if (!latest && latest.error().code != Error::Code::NotFound)
            return latest.error();
        if (latest && sameContent(*latest, t)) {
            version = latest->version;
            return {};
        }
        version = latest ? latest->version + 1 : 1;
        Result<QSqlQuery> inserted = m_database.exec(
            QStringLiteral(
                "INSERT INTO comms_templates (template_key, version, name, kind, channel, "
                "categories,"
                " title, body, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {t.key, version, t.name, t.kind, channel::id(t.channel),
             notNullText(commstemplate::categoriesToText(t.categories)), notNullText(t.title),
             t.body, utctime::toMSecs(m_clock.nowUtc()), author.trimmed()});
        if (!inserted)
            return inserted.error();
        written = true;
        return {};
    });
    if (!done)
        return done.error();
    if (written)
        emit templatesChanged();
    return version;
}

void TemplateStore::notifyExternalChange()
{
    emit externallyChanged();
}

} // namespace warroom
