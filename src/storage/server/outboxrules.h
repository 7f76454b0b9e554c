#pragma once

#include <QStringList>

namespace warroom::outboxrules {

// The rules on how an outbox row's delivery moves (docs/shared-mode.md, "Rules the server
// enforces", rule k), as the statements `warroomctl server init` runs inside the schema after
// rowrules::install (they use srv_bound and srv_written_here). They bind the same logins:
// everybody but the schema's owner and superusers. A refusal is SQLSTATE WR001.
//
//  (k) Members update the outbox's delivery columns (the sender and "posted by hand" run as
//      them), so an UPDATE of a row follows the steps OutboxStore takes: a claim (sending) from
//      queued, retrying or an expired sending, held at most kClaimBoundSecs ahead of the server's
//      clock; sent from sending with the announcement_delivered event of that row (its id and key)
//      giving the same remote id; failed from sending with announcement_delivery_failed; posted by
//      hand from a row not settled with announcement_posted_by_hand naming who (settled_by);
//      queued again from failed with announcement_delivery_requeued, or from sending (a released
//      claim); retrying from sending. The remote id, settled_at and settled_by change only when
//      the row becomes sent or posted by hand (after which the schema's outbox_settled guard
//      keeps the row as it is). A remote id is remembered (outbox_remote_ids) only by a transaction
//      that marks an outbox row of that incident and destination sent with that remote id.
//
// Checked at COMMIT by constraint triggers DEFERRABLE INITIALLY DEFERRED, like rules h to j.
QStringList install();

// How far ahead of the server's clock a claim may be held: the sender claims for five minutes
// (OutboxSender::Policy::claimSecs), plus ten minutes for a seat whose clock is ahead.
inline constexpr int kClaimBoundSecs = 15 * 60;

} // namespace warroom::outboxrules
