#include "storage/migrations/schema_v9_demo.h"

#include "storage/db/sqldialect.h"

namespace warroom::migrations {
namespace {

using RowChange = SqlDialect::RowChange;

const QString kDemoIncident = QStringLiteral(
    "EXISTS (SELECT 1 FROM incidents i WHERE i.id = OLD.incident_id AND i.demo = 1)");
const QString kDemoDraft =
    QStringLiteral("EXISTS (SELECT 1 FROM comms_drafts d JOIN incidents i ON i.id = d.incident_id"
                   " WHERE d.id = OLD.draft_id AND i.demo = 1)");

} // namespace

QStringList demoSchema(const SqlDialect &dialect)
{
    QStringList sql;
    // Real data can never be turned into demo data (and so become deletable), nor back: only a
    // row the demo builder wrote (under its own author name) is marked, in the transaction that
    // wrote it.
    const QList<std::pair<QString, QString>> flagged{
        {QStringLiteral("incidents"), QStringLiteral("declared_by")},
        {QStringLiteral("people"), QStringLiteral("updated_by")},
        {QStringLiteral("key_accounts"), QStringLiteral("updated_by")}};
    for (const auto &[table, author] : flagged) {
        sql += QStringLiteral("ALTER TABLE %1 ADD COLUMN demo INTEGER NOT NULL DEFAULT 0"
                              " CHECK (demo IN (0, 1))")
                   .arg(table);
        sql += dialect.guardTrigger(
            table + QStringLiteral("_demo_fixed"), table, RowChange::Update,
            QStringLiteral(
                "NEW.demo = OLD.demo OR (OLD.demo = 0 AND NEW.demo = 1 AND OLD.%1 = '%2')")
                .arg(author, QLatin1String(DemoAuthor)),
            table + QStringLiteral(": only demo data is marked as demo data, and the mark stays"));
    }
    // Each guard as before, with one exception: the rows of a demo incident.
    struct Guard
    {
        QString trigger;
        QString table;
        QString demoRow;
        QString message;
    };
    const QList<Guard> guards{
        {QStringLiteral("incidents_no_delete"), QStringLiteral("incidents"),
         QStringLiteral("OLD.demo = 1"),
         QStringLiteral("incidents are never deleted: close them instead")},
        {QStringLiteral("timeline_events_no_delete"), QStringLiteral("timeline_events"),
         kDemoIncident, QStringLiteral("timeline_events is append-only: rows cannot be deleted")},
        {QStringLiteral("incident_triggers_no_delete"), QStringLiteral("incident_triggers"),
         kDemoIncident, QStringLiteral("incident_triggers is append-only: rows cannot be deleted")},
        {QStringLiteral("comms_drafts_no_delete"), QStringLiteral("comms_drafts"), kDemoIncident,
         QStringLiteral("comms_drafts: drafts are never deleted")},
        {QStringLiteral("comms_draft_versions_no_delete"), QStringLiteral("comms_draft_versions"),
         kDemoDraft, QStringLiteral("comms_draft_versions is append-only: rows cannot be deleted")},
        {QStringLiteral("comms_approvals_no_delete"), QStringLiteral("comms_approvals"), kDemoDraft,
         QStringLiteral("comms_approvals is append-only: rows cannot be deleted")},
        {QStringLiteral("comms_publications_no_delete"), QStringLiteral("comms_publications"),
         kDemoIncident,
         QStringLiteral("comms_publications is append-only: rows cannot be deleted")},
        {QStringLiteral("outbox_no_delete"), QStringLiteral("outbox"), kDemoIncident,
         QStringLiteral("outbox: rows are never deleted")},
    };
    for (const Guard &guard : guards) {
        sql += dialect.dropTrigger(guard.trigger, guard.table);
        sql += dialect.guardTrigger(guard.trigger, guard.table, RowChange::Delete, guard.demoRow,
                                    guard.message);
    }
    // Nothing of a demo incident leaves the machine: no announcement or sync of it is queued
    // for the channels, whatever channels are configured.
    sql += dialect.guardTrigger(
        QStringLiteral("outbox_no_demo"), QStringLiteral("outbox"), RowChange::Insert,
        QStringLiteral(
            "NOT EXISTS (SELECT 1 FROM incidents i WHERE i.id = NEW.incident_id AND i.demo = 1)"),
        QStringLiteral("the demo incident sends nothing to the channels: publish and post syncs "
                       "from a real incident"));
    return sql;
}

} // namespace warroom::migrations
