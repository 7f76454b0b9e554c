#include "storage/calls/accountstore.h"

#include "core/base/inputlimits.h"
#include "core/base/utctime.h"
#include "core/io/accountscsv.h"
#include "storage/db/database.h"
#include "storage/db/storedrow.h"

#include <QHash>

namespace warroom {
namespace {

// Empty text columns are NOT NULL: a null QString would bind as SQL NULL.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QVariant nullable(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace

AccountStore::AccountStore(Database &database, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
{
}

Result<QList<KeyAccount>> AccountStore::load(const QString &where, const QVariantList &values) const
{
    Result<QSqlQuery> q = m_database.exec(
        QStringLiteral(
            "SELECT a.id, a.name, a.tier, a.arr, a.account_rank, a.csm_id, p.name, a.listed"
            " FROM key_accounts a JOIN people p ON p.id = a.csm_id %1")
            .arg(where),
        values);
    if (!q)
        return q.error();
    QList<KeyAccount> result;
    QHash<qint64, qsizetype> index;
    while (q.value().next()) {
        KeyAccount a;
        a.id = q.value().value(0).toLongLong();
        a.name = q.value().value(1).toString();
        StoredRow row(QStringLiteral("key_accounts"), a.id);
        row.decode(QStringLiteral("tier"), q.value().value(2), accounttier::fromId, &a.tier);
        if (const std::optional<Error> unknown = row.error())
            return *unknown;
        if (!q.value().isNull(3))
            a.arr = q.value().value(3).toLongLong();
        if (!q.value().isNull(4))
            a.rank = q.value().value(4).toInt();
        a.csmId = q.value().value(5).toLongLong();
        a.csm = q.value().value(6).toString();
        a.listed = q.value().value(7).toInt() == 1;
        index.insert(a.id, result.size());
        result.append(a);
    }
    if (result.isEmpty())
        return result;
    Result<QSqlQuery> contacts = m_database.exec(
        QStringLiteral("SELECT account_id, name, phone, slack, email FROM account_contacts"
                       " WHERE account_id IN (SELECT a.id FROM key_accounts a %1) ORDER BY "
                       "account_id, position")
            .arg(where),
        values);
    if (!contacts)
        return contacts.error();
    while (contacts.value().next()) {
        const auto at = index.find(contacts.value().value(0).toLongLong());
        if (at != index.end())
            result[*at].contacts.append(AccountContact{
                contacts.value().value(1).toString(), contacts.value().value(2).toString(),
                contacts.value().value(3).toString(), contacts.value().value(4).toString()});
    }
    return keyaccount::proposeTop(result, -1);
}

Result<QList<KeyAccount>> AccountStore::accounts() const
{
    return load(QStringLiteral("WHERE a.listed = 1"), {});
}

Result<KeyAccount> AccountStore::account(qint64 id) const
{
    Result<QList<KeyAccount>> found = load(QStringLiteral("WHERE a.id = ?"), {id});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error{Error::Code::NotFound, tr("There is no key account %1.").arg(id)};
    return found->constFirst();
}

Result<QList<KeyAccount>> AccountStore::proposeTop(int count) const
{
    Result<QList<KeyAccount>> all = accounts();
    if (!all)
        return all;
    return keyaccount::proposeTop(std::move(all).value(), count);
}

Result<CsvImportSummary> AccountStore::importCsv(const QByteArray &bytes, const QString &author,
                                                 QList<CsvProblem> *problems)
{
    if (author.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("author"),
                              tr("Author must not be empty: say who made the change."));
    if (const QString problem = inputlimits::authorProblem(author); !problem.isEmpty())
        return Error::invalid(QStringLiteral("author"), problem);
    const AccountsCsv parsed = accountscsv::parse(bytes);
    const auto refuse = [problems](const QList<CsvProblem> &found) {
        if (problems)
            *problems = found;
        return Error::invalid(
            QStringLiteral("csv"),
            tr("Nothing was imported; the file has %1 problem(s):").arg(found.size()) + u'\n' +
                csv::describeAll(found));
    };
    if (!parsed.problems.isEmpty())
        return refuse(parsed.problems);

    CsvImportSummary summary;
    const qint64 now = utctime::toMSecs(m_clock.nowUtc());
    Result<void> written = m_database.inWriteTransaction([&]() -> Result<void> {
        // The CSMs are resolved inside the transaction, so the directory cannot change meanwhile.
        Result<QSqlQuery> people =
            m_database.exec(QStringLiteral("SELECT id, name_key FROM people"));
        if (!people)
            return people.error();
        QHash<QString, qint64> personByKey;
        while (people.value().next())
            personByKey.insert(people.value().value(1).toString(),
                               people.value().value(0).toLongLong());
        QList<CsvProblem> unknownCsms;
        for (const CsvAccount &row : parsed.accounts) {
            if (!personByKey.contains(csv::nameKey(row.account.csm)))
                unknownCsms.append(
                    {row.line, QLatin1String(keyaccount::Csm),
                     tr("\"%1\" is not in the people directory; import or add the CSM "
                        "there first, or "
                        "fix the name.")
                         .arg(row.account.csm)});
        }
        if (!unknownCsms.isEmpty())
            return refuse(unknownCsms);

        Result<QSqlQuery> existing =
            m_database.exec(QStringLiteral("SELECT id, name_key FROM key_accounts"));
        if (!existing)
            return existing.error();
        QHash<QString, qint64> accountByKey;
        while (existing.value().next())
            accountByKey.insert(existing.value().value(1).toString(),
                                existing.value().value(0).toLongLong());

        // Ranks are unique: clear them all first so that two accounts can swap ranks.
        if (Result<QSqlQuery> cleared =
                m_database.exec(QStringLiteral("UPDATE key_accounts SET account_rank = NULL"));
            !cleared)
            return cleared.error();
        QSet<qint64> seen;
        for (const CsvAccount &row : parsed.accounts) {
            const KeyAccount &a = row.account;
            const QString key = csv::nameKey(a.name);
            const QVariantList values{a.name,
                                      key,
                                      accounttier::id(a.tier),
                                      nullable(a.arr),
                                      a.rank ? QVariant(*a.rank)
                                             : QVariant(QMetaType::fromType<int>()),
                                      personByKey.value(csv::nameKey(a.csm)),
                                      now,
                                      author.trimmed()};
            qint64 id = accountByKey.value(key);
            if (id > 0) {
                Result<QSqlQuery> updated = m_database.exec(
                    QStringLiteral(
                        "UPDATE key_accounts SET name = ?, name_key = ?, tier = ?, arr = ?, "
                        "account_rank = ?,"
                        " csm_id = ?, listed = 1, updated_at = ?, updated_by = ? WHERE id = ?"),
                    values + QVariantList{id});
                if (!updated)
                    return updated.error();
                ++summary.updated;
            } else {
                Result<QSqlQuery> inserted = m_database.exec(
                    QStringLiteral(
                        "INSERT INTO key_accounts (name, name_key, tier, arr, account_rank, csm_id,"
                        " updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                    values);
                if (!inserted)
                    return inserted.error();
                if (!inserted.value().next())
                    return Error{Error::Code::Storage,
                                 tr("The database did not return the new account's id.")};
                id = inserted.value().value(0).toLongLong();
                ++summary.added;
            }
            seen.insert(id);
            if (Result<QSqlQuery> cleared = m_database.exec(
                    QStringLiteral("DELETE FROM account_contacts WHERE account_id = ?"), {id});
                !cleared)
                return cleared.error();
            for (int i = 0; i < a.contacts.size(); ++i) {
                const AccountContact &c = a.contacts.at(i);
                if (Result<QSqlQuery> done = m_database.exec(
                        QStringLiteral("INSERT INTO account_contacts (account_id, position, name, "
                                       "phone, slack, email)"
                                       " VALUES (?, ?, ?, ?, ?, ?)"),
                        {id, i + 1, c.name, text(c.phone), text(c.slack), text(c.email)});
                    !done)
                    return done.error();
            }
        }
        for (auto it = accountByKey.cbegin(); it != accountByKey.cend(); ++it) {
            if (seen.contains(it.value()))
                continue;
            Result<QSqlQuery> unlisted = m_database.exec(
                QStringLiteral("UPDATE key_accounts SET listed = 0, updated_at = ?, updated_by = ?"
                               " WHERE id = ? AND listed = 1"),
                {now, author.trimmed(), it.value()});
            if (!unlisted)
                return unlisted.error();
            summary.unlisted += unlisted.value().numRowsAffected();
        }
        return {};
    });
    if (!written)
        return written.error();
    emit accountsChanged();
    return summary;
}

void AccountStore::notifyExternalChange()
{
    emit accountsChanged();
}

} // namespace warroom
