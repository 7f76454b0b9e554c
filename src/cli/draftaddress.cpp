#include "cli/draftaddress.h"

#include "cli/clitext.h"
#include "storage/comms/draftstore.h"

#include <QRegularExpression>

namespace warroom::cli {

QString draftAddress(const Draft &draft)
{
    return QStringLiteral("%1/%2").arg(draft.incidentId).arg(draft.number);
}

Result<Draft> findDraft(const DraftStore &drafts, const QString &text)
{
    static const QRegularExpression address(QStringLiteral("^(\\d{1,18})/#?(\\d{1,9})$"));
    if (const QRegularExpressionMatch m = address.match(text); m.hasMatch()) {
        const qint64 incident = m.captured(1).toLongLong();
        const int number = m.captured(2).toInt();
        if (incident > 0 && number > 0) {
            Result<Draft> found = drafts.draftByNumber(incident, number);
            if (!found && found.error().code == Error::Code::InvalidInput)
                return Error::invalid(
                    QStringLiteral("draft"),
                    found.error().message + QLatin1Char(' ') +
                        Text::tr("'warroomctl show %1' lists its drafts.").arg(incident));
            return found;
        }
    }
    static const QRegularExpression bare(QStringLiteral("^\\d{1,18}$"));
    if (bare.match(text).hasMatch()) {
        if (const Result<Draft> byId = drafts.draft(text.toLongLong()))
            return Error::invalid(
                QStringLiteral("draft"),
                Text::tr("Draft \"%1\" is not INCIDENT/NUMBER: drafts are named by their incident "
                         "and their number there, as the board shows them. The draft with "
                         "database id %1 is draft #%2 of incident %3: type %4.")
                    .arg(text)
                    .arg(byId->number)
                    .arg(byId->incidentId)
                    .arg(draftAddress(*byId)));
    }
    return Error::invalid(
        QStringLiteral("draft"),
        Text::tr("Draft \"%1\" is not INCIDENT/NUMBER: name a draft by its incident and its "
                 "number there, as the board shows it (\"Draft #2\" of incident 3 is 3/2); "
                 "'warroomctl show INCIDENT' lists an incident's drafts.")
            .arg(text));
}

} // namespace warroom::cli
