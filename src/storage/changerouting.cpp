#include "storage/changerouting.h"

namespace warroom {

QStringList StoresToRefresh::incidentTables()
{
    return {QStringLiteral("incidents"), QStringLiteral("timeline_events"),
            QStringLiteral("incident_triggers"), QStringLiteral("outbox"),
            QStringLiteral("outbox_remote_ids")};
}

QStringList StoresToRefresh::peopleTables()
{
    return {QStringLiteral("people"), QStringLiteral("person_roles"),
            QStringLiteral("person_logins")};
}

QStringList StoresToRefresh::accountTables()
{
    return {QStringLiteral("key_accounts"), QStringLiteral("account_contacts")};
}

QStringList StoresToRefresh::templateTables()
{
    return {QStringLiteral("comms_templates")};
}

QStringList StoresToRefresh::draftTables()
{
    return {QStringLiteral("comms_drafts"), QStringLiteral("comms_draft_versions"),
            QStringLiteral("comms_approvals"), QStringLiteral("comms_publications")};
}

StoresToRefresh StoresToRefresh::forChanges(const ChangedTables &changes)
{
    const QStringList known =
        incidentTables() + peopleTables() + accountTables() + templateTables() + draftTables();
    bool unknown = false;
    for (const QString &table : changes.tables)
        unknown |= !known.contains(table);
    if (changes.anything || unknown)
        return {true, true, true, true, true};
    return {changes.touches(incidentTables()), changes.touches(peopleTables()),
            changes.touches(accountTables()), changes.touches(templateTables()),
            changes.touches(draftTables())};
}

} // namespace warroom
