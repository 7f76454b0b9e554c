#pragma once

#include "comms/gate/draftcheck.h"
#include "core/base/result.h"
#include "core/incident/incident.h"
#include "core/playbook/playbook.h"
#include "storage/comms/commsrecords.h"

#include <QJsonObject>
#include <QSet>

#include <QObject>

#include <optional>

namespace warroom {

class Database;
class IncidentStore;
class TemplateStore;

// Drafts of external messages and their versions. A draft starts from a template for one
// incident and one channel/audience; each save renders the text from the incident and adds a
// version (none is ever changed). An edit after review, sign-off or approval voids them: the
// draft returns to draft and the void is recorded on the timeline. The gate steps themselves
// are SignOffGate's.
class DraftStore final : public QObject
{
    Q_OBJECT

public:
    // rules: the lint rules the gate applies; nullptr means the built-in ones, loaded when first
    // needed (compiling them costs a read-only `warroomctl show` more than the rest of its work).
    // playbook: which categories need legal review (Playbook::legalReviewCategories).
    DraftStore(Database &database, IncidentStore &incidents, TemplateStore &templates,
               const Playbook &playbook, const LintRuleSet *rules = nullptr,
               QObject *parent = nullptr);

    struct NewDraft
    {
        qint64 incidentId = 0;
        QString templateKey;
        int templateVersion = 0;        // 0: the latest
        std::optional<Channel> channel; // default: the template's
        QString audience;
        // The first version's text; default: the template's.
        std::optional<QString> title = std::nullopt;
        std::optional<QString> body = std::nullopt;
    };
    Result<qint64> create(const NewDraft &draft, const QString &author);

    struct Saved
    {
        int version = 0;
        bool changed = false; // false: the text was the same, nothing was written
        bool voided = false;  // a review, sign-off or approval was voided
    };
    // basedOnVersion: the version the user edited from. When a newer version was saved since,
    // nothing is written and the error is Error::Code::Conflict, carrying who saved the latest
    // version, when, and its number (Conflict::revision); saving the same text as the latest
    // version is no conflict (nothing to write). Without it nothing is compared (warroomctl).
    Result<Saved> save(qint64 draftId, const QString &title, const QString &body,
                       const QString &author, std::optional<int> basedOnVersion = std::nullopt);
    // One-way: a draft marked as needing legal review keeps needing it.
    Result<void> markNeedsLegal(qint64 draftId, const QString &author);

    Result<QList<Draft>> drafts(qint64 incidentId) const;
    Result<Draft> draft(qint64 draftId) const;
    // The incident's draft with that number, as people name it ("Draft #2" of incident 3);
    // NotFound for an unknown incident; InvalidInput naming the numbers it has for an unknown
    // number.
    Result<Draft> draftByNumber(qint64 incidentId, int number) const;
    Result<QList<DraftVersion>> versions(qint64 draftId) const; // oldest first
    Result<QList<Approval>> approvals(qint64 draftId) const;    // oldest first
    Result<QList<Publication>> publications(qint64 incidentId) const;

    // What a draft renders and lints with right now, for the editor's live preview.
    Result<PlaceholderValues> values(qint64 incidentId) const;
    Result<LintContext> lintContext(const Draft &draft) const;
    Result<DraftCheck> check(const Draft &draft, const QString &title, const QString &body) const;
    // Lint of the saved latest version: what the gate judges.
    Result<QList<LintFinding>> savedFindings(const Draft &draft) const;
    // Whether legal must sign the draft off: stored on the draft (see Draft::needsLegal).
    bool legalRequired(const Draft &draft) const;

    const LintRuleSet &rules() const { return m_rules ? *m_rules : LintRuleSet::builtin(); }
    IncidentStore &incidents() const { return m_incidents; }
    Database &database() const { return m_database; }

    // Emits draftsChanged after another component (SignOffGate) committed a change.
    void notifyDraftsChanged(qint64 incidentId);

    static constexpr int MaxTitleLength = 500;
    static constexpr int MaxBodyLength = 20000;
    static constexpr int MaxAudienceLength = 120;

public slots:
    void notifyExternalChange();

signals:
    void draftsChanged(qint64 incidentId);
    void externallyChanged();

private:
    Result<void> checkText(const QString &title, const QString &body) const;
    // {"unfilled": [placeholder names], "lint_errors": [rule ids]} of a saved version: the
    // evidence the playbook's "draft_ready" reads from draft_created / draft_saved.
    QJsonObject readiness(const Draft &draft, const DraftVersion &version) const;
    // Field-edit follow-up: a change to a category that needs legal review raises the
    // requirement on every unpublished draft, voiding an IC approval given without legal.
    Result<void> raiseLegalRequirement(const Incident &before, const IncidentFields &after,
                                       const QDateTime &now, const QString &author);
    Result<DraftVersion> insertVersion(qint64 incidentId, qint64 draftId, Channel channel,
                                       int version, const QString &title, const QString &body,
                                       const QString &author, const QDateTime &now);

    Database &m_database;
    IncidentStore &m_incidents;
    TemplateStore &m_templates;
    const Playbook &m_playbook;
    const LintRuleSet *m_rules;
    QSet<qint64> m_changedByFollowUp;
};

} // namespace warroom
