#include "support/incidentdrill.h"

#include "storage/calls/outreachstore.h"
#include "storage/comms/draftstore.h"
#include "storage/comms/signoffgate.h"
#include "storage/incidents/incidentstore.h"
#include "storage/incidents/playbookstore.h"
#include "storage/roles/rolestore.h"
#include "support/populatedworkspace.h"

namespace warroom::test {

namespace {

const QString ana = QStringLiteral("Ana Ortiz");
const QString ben = QStringLiteral("Ben Adeyemi");
const QString chloe = QStringLiteral("Chloé Martin");
const QString dev = QStringLiteral("Dev Patel");

// Writes a drill's steps in order through the stores, as the people in it would. Each step says
// whether it worked; the first that did not is kept, named, and the steps after it are not run
// (they need what it would have written).
class DrillSteps
{
public:
    DrillSteps(Workspace &ws, ManualClock &clock)
        : m_ws(ws)
        , m_clock(clock)
    {
    }

    qint64 outage() const { return m_outage; }
    const Error &failure() const { return m_failure; }

    // Without workDone (HourInNothingDone): no acknowledgement, channel, draft or sync.
    bool hourIn(bool workDone)
    {
        return declareOthers() && declareOutage() && staff(workDone) &&
               (!workDone ||
                step(QStringLiteral("drafting the first announcement"),
                     m_ws.drafts().create({m_outage, QStringLiteral("first-announcement"), 0,
                                           std::nullopt, QString()},
                                          ana))) &&
               later(55) && customerSuccess(chloe) && customerSuccess(dev) && proposeAccounts() &&
               (!workDone || step(QStringLiteral("posting a sync"),
                                  m_ws.playbookStore().postSync(
                                      m_outage, QStringLiteral("no new progress"), ben)));
    }

    bool updatePublished()
    {
        return declareOutage() && staff(true) && later(40) && customerSuccess(chloe) &&
               proposeAccounts() && reachFourAccounts() && publishProgressUpdate() && later(15);
    }

private:
    template <typename T> bool step(const QString &what, const Result<T> &done)
    {
        if (!done)
            m_failure =
                Error(done.error().code, QStringLiteral("%1: %2").arg(what, done.error().message),
                      done.error().field);
        return done.ok();
    }

    bool later(int minutes)
    {
        m_clock.advanceSecs(qint64(minutes) * 60);
        return true;
    }

    // Detected 20 minutes before now.
    bool declareOthers()
    {
        IncidentFields other = validFields();
        other.detectedAt = m_clock.nowUtc().addSecs(-20 * 60);
        if (!step(QStringLiteral("declaring the first SEV2"), m_ws.incidents().declare(other, ana)))
            return false;
        other.title = QStringLiteral("Agent echoed another tenant's invoice data in a summary");
        other.category = Category::DataLeak;
        other.taskType = QStringLiteral("document summaries");
        return step(QStringLiteral("declaring the second SEV2"),
                    m_ws.incidents().declare(other, ana));
    }

    // Detected 10 minutes before now.
    bool declareOutage()
    {
        IncidentFields outage = validFields();
        outage.title = QStringLiteral("Agent API returns 503 for all chat sessions in EU region");
        outage.category = Category::Outage;
        outage.severity = Severity::Sev1;
        outage.taskType = QStringLiteral("chat support");
        outage.affectedUsersPct = 8;
        outage.enterpriseAffected = 3;
        outage.detectedAt = m_clock.nowUtc().addSecs(-10 * 60);
        const Result<qint64> id = m_ws.incidents().declare(outage, ana);
        m_outage = id ? id.value() : 0;
        return step(QStringLiteral("declaring the outage"), id);
    }

    // The commander and the on-call engineer assigned, Identified; with the work done, the
    // commander acknowledged (the on-call engineer not) and the channel opened.
    bool staff(bool workDone)
    {
        RoleStore &roles = m_ws.roles();
        return step(QStringLiteral("assigning the commander"),
                    roles.assign(m_outage, Role::IncidentCommander, ana, false, ana)) &&
               (!workDone ||
                step(QStringLiteral("acknowledging the commander"),
                     roles.acknowledge(m_outage, Role::IncidentCommander, QString(), ana))) &&
               step(QStringLiteral("assigning the on-call engineer"),
                    roles.assign(m_outage, Role::OnCall, ben, false, ana)) &&
               (!workDone || step(QStringLiteral("opening the channel"),
                                  m_ws.playbookStore().markDone(
                                      m_outage, QStringLiteral("open-channel"), QString(), ana))) &&
               step(QStringLiteral("changing the status to Identified"),
                    m_ws.incidents().changeStatus(m_outage, IncidentStatus::Identified, ana));
    }

    bool customerSuccess(const QString &person)
    {
        return step(QStringLiteral("assigning %1 to customer success").arg(person),
                    m_ws.roles().assign(m_outage, Role::CustomerSuccess, person, false, ana));
    }

    bool proposeAccounts()
    {
        return step(QStringLiteral("proposing ten key accounts"),
                    m_ws.outreach().proposeAccounts(m_outage, 10, ana));
    }

    // The first four of the ten, by phone, by Chloé.
    bool reachFourAccounts()
    {
        const Result<QList<AccountOutreach>> selected = m_ws.outreach().accounts(m_outage);
        if (!step(QStringLiteral("reading the proposed accounts"), selected))
            return false;
        if (selected->size() != 10) {
            m_failure = Error(Error::Code::InvalidInput,
                              QStringLiteral("ten key accounts proposed, %1 selected: does "
                                             "resources/examples/key-accounts.csv have ten?")
                                  .arg(selected->size()));
            return false;
        }
        for (int i = 0; i < 4; ++i) {
            const CallRecord call{selected->at(i).accountId, CallStatus::Reached,
                                  OutreachChannel::Phone, QString()};
            if (!step(QStringLiteral("recording call %1").arg(i + 1),
                      m_ws.outreach().recordCall(m_outage, call, chloe)))
                return false;
        }
        return true;
    }

    // Written by Dev, approved and published by the commander.
    bool publishProgressUpdate()
    {
        const Result<qint64> draft = m_ws.drafts().create(
            {m_outage, QStringLiteral("progress-update"), 0, std::nullopt, QString()}, dev);
        return step(QStringLiteral("drafting the progress update"), draft) &&
               step(QStringLiteral("saving the progress update"),
                    m_ws.drafts().save(
                        *draft, QStringLiteral("Chat sessions fail in the EU region"),
                        QStringLiteral("We have identified the cause and are rolling out a fix. "
                                       "About {{affected_users_pct}}% of users are affected.\n\n"
                                       "Next update: {{next_update_utc}}."),
                        dev)) &&
               step(QStringLiteral("approving the progress update"),
                    m_ws.signOffGate().approve(*draft, QString(), ana)) &&
               step(QStringLiteral("publishing the progress update"),
                    m_ws.signOffGate().publish(*draft, ana));
    }

    Workspace &m_ws;
    ManualClock &m_clock;
    qint64 m_outage = 0;
    Error m_failure;
};

} // namespace

Result<Drill> openDrill(const QString &path, ManualClock &clock, DrillState state)
{
    auto opened = openWithExamples(path, clock, ana);
    if (!opened)
        return opened.error();
    Drill drill{std::move(opened).value(), 0};
    DrillSteps steps(*drill.workspace, clock);
    const bool built = state == DrillState::UpdatePublished
                           ? steps.updatePublished()
                           : steps.hourIn(state == DrillState::HourIn);
    if (!built)
        return steps.failure();
    drill.incident = steps.outage();
    return drill;
}

} // namespace warroom::test
