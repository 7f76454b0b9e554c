#include "storage/comms/draftstore.h"

#include "core/base/inputlimits.h"
#include "core/base/utctime.h"
#include "core/comms/commsevents.h"
#include "core/incident/revision.h"
#include "storage/comms/draftrows.h"
#include "storage/comms/templatestore.h"
#include "storage/db/database.h"
#include "storage/incidents/incidentstore.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace warroom {
namespace {

Error noAuthor()
{
    return Error::invalid(
        QStringLiteral("author"),
        QCoreApplication::translate("warroom::DraftStore",
                                    "Author must not be empty: say who made the change."));
}

} // namespace

DraftStore::DraftStore(Database &database, IncidentStore &incidents, TemplateStore &templates,
                       const Playbook &playbook, const LintRuleSet *rules, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_incidents(incidents)
    , m_templates(templates)
    , m_playbook(playbook)
    , m_rules(rules)
{
    m_incidents.addFieldsFollowUp([this](const Incident &before, const IncidentFields &after,
                                         const QDateTime &now, const QString &author) {
        return raiseLegalRequirement(before, after, now, author);
    });
    // Drafts changed by a follow-up are announced once the field edit has committed.
    connect(&m_incidents, &IncidentStore::incidentChanged, this, [this](qint64 id) {
        if (m_changedByFollowUp.remove(id))
            emit draftsChanged(id);
    });
}

Result<void> DraftStore::checkText(const QString &title, const QString &body) const
{
    if (title.contains(QLatin1Char('\n')))
        return Error::invalid(QStringLiteral("title"), tr("The title must be a single line."));
    if (inputlimits::characters(title) > MaxTitleLength)
        return Error::invalid(QStringLiteral("title"),
                              tr("The title has %1 characters; the limit is %2.")
                                  .arg(inputlimits::characters(title))
                                  .arg(MaxTitleLength));
    if (body.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("body"), tr("The message text is empty."));
    if (inputlimits::characters(body) > MaxBodyLength)
        return Error::invalid(QStringLiteral("body"),
                              tr("The message has %1 characters; the limit is %2.")
                                  .arg(inputlimits::characters(body))
                                  .arg(MaxBodyLength));
    return {};
}

Result<PlaceholderValues> DraftStore::values(qint64 incidentId) const
{
    Result<Incident> incident = m_incidents.incident(incidentId);
    if (!incident)
        return incident.error();
    Result<QList<TimelineEvent>> events = m_incidents.timeline(incidentId);
    if (!events)
        return events.error();
    return placeholderValues(*incident, currentRoleAssignments(*events),
                             m_incidents.clock().nowUtc());
}

Result<LintContext> DraftStore::lintContext(const Draft &draft) const
{
    Result<Incident> incident = m_incidents.incident(draft.incidentId);
    if (!incident)
        return incident.error();
    return LintContext{incident->fields.category, draft.kind, draft.channel};
}

bool DraftStore::legalRequired(const Draft &draft) const
{
    return draft.needsLegal;
}

QJsonObject DraftStore::readiness(const Draft &draft, const DraftVersion &version) const
{
    QJsonArray unfilled;
    for (const QString &text : {version.renderedTitle, version.renderedBody}) {
        for (const PlaceholderToken &token : scanPlaceholders(text).tokens) {
            if (!unfilled.contains(token.name))
                unfilled.append(token.name);
        }
        if (!scanPlaceholders(text).problems.isEmpty() && !unfilled.contains(QStringLiteral("?")))
            unfilled.append(QStringLiteral("?"));
    }
    Draft judged = draft;
    judged.latest = version;
    Result<QList<LintFinding>> findings = savedFindings(judged);
    const QStringList errors = findings ? lintfindings::errorRuleIds(*findings)
                                        : QStringList{QStringLiteral("lint-failed")};
    return QJsonObject{{QStringLiteral("unfilled"), unfilled},
                       {QStringLiteral("lint_errors"), QJsonArray::fromStringList(errors)}};
}

Result<void> DraftStore::raiseLegalRequirement(const Incident &before, const IncidentFields &after,
                                               const QDateTime &now, const QString &author)
{
    if (!m_playbook.needsLegalReview(after.category) ||
        m_playbook.needsLegalReview(before.fields.category))
        return {};
    Result<QList<Draft>> all = drafts(before.id);
    if (!all)
        return all.error();
    for (const Draft &d : *all) {
        if (d.needsLegal || d.state == DraftState::Published)
            continue;
        // An approval given without legal's sign-off no longer opens the gate: void it.
        const bool voidApproval = d.state == DraftState::IcApproved;
        Result<QSqlQuery> updated = m_database.exec(
            QStringLiteral("UPDATE comms_drafts SET needs_legal = 1, state = ?, updated_at = ? "
                           "WHERE id = ?"),
            {draftstate::id(voidApproval ? DraftState::Draft : d.state), utctime::toMSecs(now),
             d.id});
        if (!updated)
            return updated.error();
        const QString reason = tr("the category changed to %1, which needs legal review")
                                   .arg(category::displayName(after.category));
        QJsonObject payload{{QStringLiteral("draft_id"), d.id},
                            {QStringLiteral("draft_number"), d.number},
                            {QStringLiteral("reason"), reason}};
        if (Result<qint64> e = m_incidents.appendEvent(
                before.id, QString::fromLatin1(eventkind::DraftMarkedNeedsLegal), payload, author);
            !e)
            return e.error();
        if (voidApproval) {
            Result<QList<Approval>> given = approvals(d.id);
            if (!given)
                return given.error();
            QJsonArray voided;
            for (const Approval &a : *given) {
                if (a.draftVersionId == d.latest.id)
                    voided.append(QJsonObject{{QStringLiteral("kind"), approvalkind::id(a.kind)},
                                              {QStringLiteral("person"), a.person},
                                              {QStringLiteral("sha256"), a.sha256}});
            }
            if (Result<qint64> e =
                    m_incidents.appendEvent(before.id, QString::fromLatin1(eventkind::DraftVoided),
                                            {{QStringLiteral("draft_id"), d.id},
                                             {QStringLiteral("draft_number"), d.number},
                                             {QStringLiteral("from"), draftstate::id(d.state)},
                                             {QStringLiteral("version"), d.latest.version},
                                             {QStringLiteral("reason"), reason},
                                             {QStringLiteral("voided"), voided}},
                                            author);
                !e)
                return e.error();
        }
        m_changedByFollowUp.insert(before.id);
    }
    return {};
}

Result<DraftCheck> DraftStore::check(const Draft &draft, const QString &title,
                                     const QString &body) const
{
    Result<PlaceholderValues> v = values(draft.incidentId);
    if (!v)
        return v.error();
    Result<LintContext> context = lintContext(draft);
    if (!context)
        return context.error();
    return checkDraft(rules(), draft.channel, title, body, *v, *context);
}

Result<QList<LintFinding>> DraftStore::savedFindings(const Draft &draft) const
{
    Result<LintContext> context = lintContext(draft);
    if (!context)
        return context.error();
    return lint(rules(), LintText{draft.latest.renderedTitle, draft.latest.renderedBody}, *context);
}

Result<DraftVersion> DraftStore::insertVersion(qint64 incidentId, qint64 draftId, Channel channel,
                                               int version, const QString &title,
                                               const QString &body, const QString &author,
                                               const QDateTime &now)
{
    Result<PlaceholderValues> v = values(incidentId);
    if (!v)
        return v.error();
    DraftVersion saved;
    saved.draftId = draftId;
    saved.version = version;
    saved.title = title;
    saved.body = body;
    saved.renderedTitle = render(title, *v).text;
    saved.renderedBody = render(body, *v).text;
    saved.sha256 = announcementHash(channel, saved.renderedTitle, saved.renderedBody);
    saved.savedAt = now;
    saved.savedBy = author.trimmed();
    Result<QSqlQuery> inserted = m_database.exec(
        QStringLiteral(
            "INSERT INTO comms_draft_versions (draft_id, version, title, body, rendered_title,"
            " rendered_body, sha256, saved_at, saved_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "RETURNING id"),
        {draftId, version, notNullText(title), body, notNullText(saved.renderedTitle),
         saved.renderedBody, saved.sha256, utctime::toMSecs(now), saved.savedBy});
    if (!inserted)
        return inserted.error();
    if (inserted.value().next())
        saved.id = inserted.value().value(0).toLongLong();
    return saved;
}

Result<qint64> DraftStore::create(const NewDraft &request, const QString &author)
{
    if (author.trimmed().isEmpty())
        return noAuthor();
    if (const QString problem = inputlimits::authorProblem(author); !problem.isEmpty())
        return Error::invalid(QStringLiteral("author"), problem);
    if (inputlimits::characters(request.audience) > MaxAudienceLength)
        return Error::invalid(
            QStringLiteral("audience"),
            tr("The audience label is limited to %1 characters.").arg(MaxAudienceLength));
    qint64 id = 0;
    Result<void> written = m_database.inWriteTransaction([&]() -> Result<void> {
        Result<Incident> incident = m_incidents.incident(request.incidentId);
        if (!incident)
            return incident.error();
        // Fixed now from the playbook and the category at this moment; raised, never lowered,
        // by a later change of category (raiseLegalRequirement).
        const bool needsLegal = m_playbook.needsLegalReview(incident->fields.category);
        Result<CommsTemplate> t = m_templates.find(request.templateKey, request.templateVersion);
        if (!t)
            return t.error();
        const Channel channel = request.channel.value_or(t->channel);
        const QString title = request.title.value_or(t->title);
        const QString body = request.body.value_or(t->body);
        if (Result<void> ok = checkText(title, body); !ok)
            return ok;
        const QDateTime now = m_incidents.clock().nowUtc();
        Result<QSqlQuery> inserted = m_database.exec(
            QStringLiteral(
                "INSERT INTO comms_drafts (incident_id, channel, audience, template_key, "
                "template_version,"
                " kind, needs_legal, state, lint_override, created_at, created_by, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, 'draft', '', ?, ?, ?) RETURNING id"),
            {request.incidentId, channel::id(channel), notNullText(request.audience.trimmed()),
             t->key, t->version, t->kind, needsLegal ? 1 : 0, utctime::toMSecs(now),
             author.trimmed(), utctime::toMSecs(now)});
        if (!inserted)
            return inserted.error();
        if (!inserted.value().next())
            return Error{Error::Code::Storage,
                         tr("The database did not return the new draft's id.")};
        id = inserted.value().value(0).toLongLong();
        Result<QSqlQuery> counted = m_database.exec(
            QStringLiteral("SELECT COUNT(*) FROM comms_drafts WHERE incident_id = ? AND id <= ?"),
            {request.incidentId, id});
        if (!counted)
            return counted.error();
        const int number = counted.value().next() ? counted.value().value(0).toInt() : 0;
        Result<DraftVersion> first =
            insertVersion(request.incidentId, id, channel, 1, title, body, author, now);
        if (!first)
            return first.error();
        Draft created;
        created.id = id;
        created.incidentId = request.incidentId;
        created.channel = channel;
        created.kind = t->kind;
        QJsonObject payload = readiness(created, *first);
        payload.insert(QStringLiteral("draft_id"), id);
        payload.insert(QStringLiteral("draft_number"), number);
        payload.insert(QStringLiteral("channel"), channel::id(channel));
        payload.insert(QStringLiteral("audience"), notNullText(request.audience.trimmed()));
        payload.insert(QStringLiteral("template"), t->key);
        payload.insert(QStringLiteral("template_version"), t->version);
        payload.insert(QStringLiteral("kind"), t->kind);
        payload.insert(QStringLiteral("version"), 1);
        payload.insert(QStringLiteral("sha256"), first->sha256);
        payload.insert(QStringLiteral("needs_legal"), needsLegal);
        Result<qint64> event = m_incidents.appendEvent(
            request.incidentId, QString::fromLatin1(eventkind::DraftCreated), payload, author);
        if (!event)
            return event.error();
        return {};
    });
    if (!written)
        return written.error();
    emit draftsChanged(request.incidentId);
    return id;
}

Result<DraftStore::Saved> DraftStore::save(qint64 draftId, const QString &title,
                                           const QString &body, const QString &author,
                                           std::optional<int> basedOnVersion)
{
    if (author.trimmed().isEmpty())
        return noAuthor();
    if (const QString problem = inputlimits::authorProblem(author); !problem.isEmpty())
        return Error::invalid(QStringLiteral("author"), problem);
    if (Result<void> ok = checkText(title, body); !ok)
        return ok.error();
    Saved saved;
    qint64 incidentId = 0;
    Result<void> written = m_database.inWriteTransaction([&]() -> Result<void> {
        Result<Draft> current = draft(draftId);
        if (!current)
            return current.error();
        incidentId = current->incidentId;
        if (Result<DraftState> next = draftgate::nextState(current->state, GateAction::Edit, false);
            !next)
            return next.error();
        saved.version = current->latest.version;
        if (current->latest.title == title && current->latest.body == body)
            return {};
        if (Result<void> fresh = revision::check(
                basedOnVersion ? std::optional<qint64>(*basedOnVersion) : std::nullopt,
                Conflict{current->latest.version, current->latest.savedBy, current->latest.savedAt,
                         tr("version %1").arg(current->latest.version)});
            !fresh)
            return fresh;
        saved.changed = true;
        saved.version = current->latest.version + 1;
        const QDateTime now = m_incidents.clock().nowUtc();
        Result<DraftVersion> version = insertVersion(incidentId, draftId, current->channel,
                                                     saved.version, title, body, author, now);
        if (!version)
            return version.error();
        Result<QSqlQuery> updated =
            m_database.exec(QStringLiteral("UPDATE comms_drafts SET state = 'draft', lint_override "
                                           "= '', updated_at = ? WHERE id = ?"),
                            {utctime::toMSecs(now), draftId});
        if (!updated)
            return updated.error();
        const DraftState from = current->state;
        if (from == DraftState::InLegalReview || from == DraftState::LegallySignedOff ||
            from == DraftState::IcApproved) {
            saved.voided = true;
            Result<QList<Approval>> given = approvals(draftId);
            if (!given)
                return given.error();
            QJsonArray voided;
            for (const Approval &a : *given) {
                if (a.draftVersionId == current->latest.id)
                    voided.append(QJsonObject{{QStringLiteral("kind"), approvalkind::id(a.kind)},
                                              {QStringLiteral("person"), a.person},
                                              {QStringLiteral("sha256"), a.sha256}});
            }
            Result<qint64> event =
                m_incidents.appendEvent(incidentId, QString::fromLatin1(eventkind::DraftVoided),
                                        {{QStringLiteral("draft_id"), draftId},
                                         {QStringLiteral("draft_number"), current->number},
                                         {QStringLiteral("from"), draftstate::id(from)},
                                         {QStringLiteral("version"), saved.version},
                                         {QStringLiteral("voided"), voided}},
                                        author);
            if (!event)
                return event.error();
        }
        QJsonObject payload = readiness(*current, *version);
        payload.insert(QStringLiteral("draft_id"), draftId);
        payload.insert(QStringLiteral("draft_number"), current->number);
        payload.insert(QStringLiteral("version"), saved.version);
        payload.insert(QStringLiteral("sha256"), version->sha256);
        Result<qint64> event = m_incidents.appendEvent(
            incidentId, QString::fromLatin1(eventkind::DraftSaved), payload, author);
        if (!event)
            return event.error();
        return {};
    });
    if (!written)
        return written.error();
    if (saved.changed)
        emit draftsChanged(incidentId);
    return saved;
}

Result<void> DraftStore::markNeedsLegal(qint64 draftId, const QString &author)
{
    if (author.trimmed().isEmpty())
        return noAuthor();
    if (const QString problem = inputlimits::authorProblem(author); !problem.isEmpty())
        return Error::invalid(QStringLiteral("author"), problem);
    qint64 incidentId = 0;
    bool changed = false;
    Result<void> written = m_database.inWriteTransaction([&]() -> Result<void> {
        Result<Draft> current = draft(draftId);
        if (!current)
            return current.error();
        incidentId = current->incidentId;
        if (current->needsLegal)
            return {};
        if (Result<DraftState> next =
                draftgate::nextState(current->state, GateAction::MarkNeedsLegal, true);
            !next)
            return next.error();
        Result<QSqlQuery> updated = m_database.exec(
            QStringLiteral("UPDATE comms_drafts SET needs_legal = 1, updated_at = ? WHERE id = ?"),
            {utctime::toMSecs(m_incidents.clock().nowUtc()), draftId});
        if (!updated)
            return updated.error();
        changed = true;
        Result<qint64> event = m_incidents.appendEvent(
            incidentId, QString::fromLatin1(eventkind::DraftMarkedNeedsLegal),
            {{QStringLiteral("draft_id"), draftId},
             {QStringLiteral("draft_number"), current->number}},
            author);
        return event ? Result<void>() : event.error();
    });
    if (!written)
        return written;
    if (changed)
        emit draftsChanged(incidentId);
    return {};
}

Result<QList<Draft>> DraftStore::drafts(qint64 incidentId) const
{
    return draftrows::drafts(m_database, incidentId);
}

Result<Draft> DraftStore::draft(qint64 draftId) const
{
    return draftrows::draft(m_database, draftId);
}

Result<Draft> DraftStore::draftByNumber(qint64 incidentId, int number) const
{
    if (Result<Incident> incident = m_incidents.incident(incidentId); !incident)
        return incident.error();
    return draftrows::draftByNumber(m_database, incidentId, number);
}

Result<QList<DraftVersion>> DraftStore::versions(qint64 draftId) const
{
    return draftrows::versions(m_database, draftId);
}

Result<QList<Approval>> DraftStore::approvals(qint64 draftId) const
{
    return draftrows::approvals(m_database, draftId);
}

Result<QList<Publication>> DraftStore::publications(qint64 incidentId) const
{
    return draftrows::publications(m_database, incidentId);
}

void DraftStore::notifyDraftsChanged(qint64 incidentId)
{
    emit draftsChanged(incidentId);
}

void DraftStore::notifyExternalChange()
{
    emit externallyChanged();
}

} // namespace warroom
