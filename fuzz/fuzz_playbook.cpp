// The playbook loader (core/playbook/playbookloader, obligationparser): an organisation's own
// playbook file passed with --playbook. A bad file is refused naming the line and JSON path; one
// that loads is used by the board at once, so it is evaluated on a short incident here.
#include "core/playbook/playbook.h"
#include "core/playbook/playbookengine.h"
#include "core/roles/rolerequirements.h"
#include "fuzzsupport.h"

using namespace warroom;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Result<Playbook> loaded =
        playbook::parse(fuzz::bytes(data, size), QStringLiteral("fuzz-playbook.json"));
    if (!loaded) {
        FUZZ_CHECK(!loaded.error().message.isEmpty());
        return 0;
    }
    const Playbook &book = *loaded;
    QStringList triggerIds;
    for (const TriggerDef &trigger : book.triggers)
        triggerIds.append(trigger.id);
    (void)playbook::suggestCategory(book, triggerIds);
    (void)playbook::checkTriggerIds(book, triggerIds);
    (void)book.obligationIds();
    for (const ObligationDef &def : book.obligations) {
        FUZZ_CHECK(book.obligation(def.id) != nullptr);
        FUZZ_CHECK(def.due.has_value() != def.cadence.has_value());
    }

    Incident incident;
    incident.id = 1;
    incident.fields.title = QStringLiteral("Fuzzed");
    incident.fields.category = Category::DataLeak;
    incident.fields.affectedUsersPct = 12.5;
    incident.fields.enterpriseAffected = 3;
    incident.fields.detectedAt = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000, Qt::UTC);
    incident.declaredAt = incident.fields.detectedAt;
    incident.updatedAt = incident.declaredAt;
    incident.statusHistory.append({IncidentStatus::Investigating, IncidentStatus::Investigating,
                                   incident.declaredAt, QStringLiteral("fuzz")});
    const QDateTime now = incident.declaredAt.addSecs(7200);
    const QList<ObligationStatus> statuses = playbookengine::evaluateAt(book, incident, {}, now);
    FUZZ_CHECK(statuses.size() == book.obligations.size());
    (void)playbookengine::icEngagement(book, incident.fields);
    (void)rolerequirements::neededRoles(book, incident, now);
    return 0;
}
