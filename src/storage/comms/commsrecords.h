#pragma once

#include "comms/gate/draftgate.h"
#include "core/comms/channel.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace warroom {

// One saved version of a draft's text. Versions are never changed; each save adds one.
struct DraftVersion
{
    qint64 id = 0;
    qint64 draftId = 0;
    int version = 0;
    QString title; // as written, with placeholders
    QString body;
    QString renderedTitle; // filled from the incident when saved: what is reviewed and published
    QString renderedBody;
    QString sha256; // announcementHash(channel, renderedTitle, renderedBody)
    QDateTime savedAt;
    QString savedBy;
};

// A draft external message for one incident and one channel/audience, with its latest version.
struct Draft
{
    qint64 id = 0; // the database's: unique across incidents
    // The Nth draft of its incident, from 1: what people call it ("draft #2"); not stored.
    int number = 0;
    qint64 incidentId = 0;
    Channel channel = Channel::StatusPage;
    QString audience; // free label, e.g. "All affected customers", "Acme Corp"
    QString templateKey;
    int templateVersion = 0;
    QString kind; // announcementkind::*
    // Legal must sign off before the IC approves: fixed from the playbook when the draft is
    // created, raised by a category change or by someone marking it, never lowered.
    bool needsLegal = false;
    DraftState state = DraftState::Draft;
    QString lintOverride; // the reason given when the current version went on despite lint errors
    QDateTime createdAt;
    QString createdBy;
    QDateTime updatedAt;
    DraftVersion latest;
};

// A legal sign-off or an IC approval of one version, bound to its text hash.
struct Approval
{
    enum class Kind { LegalSignOff, IcApproval };
    qint64 id = 0;
    qint64 draftId = 0;
    qint64 draftVersionId = 0;
    Kind kind = Kind::IcApproval;
    QString sha256;
    QString person;
    QDateTime at;
    QString lintOverride;
};

// What went out: a copy of the text for the channel, with who published it and when.
struct Publication
{
    qint64 id = 0;
    qint64 draftId = 0;
    int draftNumber = 0; // the draft's number within its incident
    qint64 draftVersionId = 0;
    qint64 incidentId = 0;
    Channel channel = Channel::StatusPage;
    QString audience;
    QString kind;
    QString templateKey;
    QString title;
    QString body;
    QString sha256;
    QDateTime publishedAt;
    QString publishedBy;
};

// A null QString binds as SQL NULL, which the NOT NULL text columns refuse; absent text is ''.
inline QString notNullText(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

namespace approvalkind {
QString id(Approval::Kind kind); // "legal-signoff" / "ic-approval"
std::optional<Approval::Kind> fromId(const QString &id);
} // namespace approvalkind

} // namespace warroom
