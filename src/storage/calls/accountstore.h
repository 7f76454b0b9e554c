#pragma once

#include "core/base/clock.h"
#include "core/base/result.h"
#include "core/calls/keyaccount.h"
#include "core/io/csv.h"

#include <QObject>

namespace warroom {

class Database;

// The key-account list with primary contacts and owning CSM. The list is imported from CSV as a
// whole; accountsChanged() follows each commit.
class AccountStore final : public QObject
{
    Q_OBJECT

public:
    AccountStore(Database &database, const Clock &clock, QObject *parent = nullptr);

    // The listed accounts in outreach order (rank, then ARR, then name).
    Result<QList<KeyAccount>> accounts() const;
    // Any account, also one a later import no longer lists (incidents keep referring to it).
    Result<KeyAccount> account(qint64 id) const;
    // The first `count` listed accounts in outreach order: the proposal for an incident.
    Result<QList<KeyAccount>> proposeTop(int count = keyaccount::DefaultOutreachCount) const;

    // Makes the file the key-account list (docs/csv-formats.md): accounts are matched by customer
    // name, so an account keeps its id across imports; accounts the file no longer lists are kept
    // for history but not proposed again. Every CSM must be in the people directory. The whole
    // file is checked first: on any problem the error lists every problem with its line and
    // nothing is written; `problems`, when given, receives them one by one (the import dialog
    // lists them).
    Result<CsvImportSummary> importCsv(const QByteArray &bytes, const QString &author,
                                       QList<CsvProblem> *problems = nullptr);

public slots:
    void notifyExternalChange();

signals:
    void accountsChanged();

private:
    Result<QList<KeyAccount>> load(const QString &where, const QVariantList &values) const;

    Database &m_database;
    const Clock &m_clock;
};

} // namespace warroom
