#include "storage/roles/peoplestore.h"

#include "core/base/inputlimits.h"
#include "core/base/utctime.h"
#include "core/io/peoplecsv.h"
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

} // namespace

PeopleStore::PeopleStore(Database &database, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
{
}

Result<void> PeopleStore::checkAuthor(const QString &author) const
{
    if (author.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("author"),
                              tr("Author must not be empty: say who made the change."));
    if (const QString problem = inputlimits::authorProblem(author); !problem.isEmpty())
        return Error::invalid(QStringLiteral("author"), problem);
    return {};
}

Result<QList<Person>> PeopleStore::load(const QString &where, const QVariantList &values) const
{
    Result<QSqlQuery> q = m_database.exec(
        QStringLiteral("SELECT id, name, phone, slack, email FROM people %1 ORDER BY name_key")
            .arg(where),
        values);
    if (!q)
        return q.error();
    QList<Person> result;
    QHash<qint64, qsizetype> index;
    while (q.value().next()) {
        Person p;
        p.id = q.value().value(0).toLongLong();
        p.name = q.value().value(1).toString();
        p.phone = q.value().value(2).toString();
        p.slack = q.value().value(3).toString();
        p.email = q.value().value(4).toString();
        index.insert(p.id, result.size());
        result.append(p);
    }
    if (result.isEmpty())
        return result;
    Result<QSqlQuery> roles =
        m_database.exec(QStringLiteral("SELECT person_id, role FROM person_roles WHERE person_id "
                                       "IN (SELECT id FROM people %1)")
                            .arg(where),
                        values);
    if (!roles)
        return roles.error();
    while (roles.value().next()) {
        const qint64 personId = roles.value().value(0).toLongLong();
        StoredRow row(QStringLiteral("person_roles"), personId, QStringLiteral("person_id"));
        Role r = Role::OnCall;
        row.decode(QStringLiteral("role"), roles.value().value(1), role::fromId, &r);
        if (const std::optional<Error> unknown = row.error())
            return *unknown;
        if (const auto at = index.find(personId); at != index.end())
            result[*at].roles.append(r);
    }
    for (Person &p : result)
        p = person::normalized(p); // roles in role::all() order
    return result;
}

Result<QList<Person>> PeopleStore::people() const
{
    return load(QString(), {});
}

Result<Person> PeopleStore::person(qint64 id) const
{
    Result<QList<Person>> found = load(QStringLiteral("WHERE id = ?"), {id});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error{Error::Code::NotFound, tr("There is no person %1 in the directory.").arg(id)};
    return found->constFirst();
}

Result<std::optional<Person>> PeopleStore::findByName(const QString &name) const
{
    Result<QList<Person>> found = load(QStringLiteral("WHERE name_key = ?"), {csv::nameKey(name)});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<Person>();
    return std::optional<Person>(found->constFirst());
}

Result<qint64> PeopleStore::insert(const Person &p, const QString &author)
{
    Result<QSqlQuery> inserted = m_database.exec(
        QStringLiteral(
            "INSERT INTO people (name, name_key, phone, slack, email, updated_at, updated_by)"
            " VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {p.name, csv::nameKey(p.name), text(p.phone), text(p.slack), text(p.email),
         utctime::toMSecs(m_clock.nowUtc()), author.trimmed()});
    if (!inserted)
        return inserted.error();
    if (!inserted.value().next())
        return Error{Error::Code::Storage, tr("The database did not return the new person's id.")};
    const qint64 id = inserted.value().value(0).toLongLong();
    for (Role r : p.roles) {
        if (Result<QSqlQuery> done = m_database.exec(
                QStringLiteral("INSERT INTO person_roles (person_id, role) VALUES (?, ?)"),
                {id, role::id(r)});
            !done)
            return done.error();
    }
    return id;
}

Result<void> PeopleStore::write(qint64 id, const Person &p, const QString &author)
{
    Result<QSqlQuery> updated =
        m_database.exec(QStringLiteral("UPDATE people SET name = ?, name_key = ?, phone = ?, slack "
                                       "= ?, email = ?, updated_at = ?,"
                                       " updated_by = ? WHERE id = ?"),
                        {p.name, csv::nameKey(p.name), text(p.phone), text(p.slack), text(p.email),
                         utctime::toMSecs(m_clock.nowUtc()), author.trimmed(), id});
    if (!updated)
        return updated.error();
    if (updated.value().numRowsAffected() == 0)
        return Error{Error::Code::NotFound, tr("There is no person %1 in the directory.").arg(id)};
    if (Result<QSqlQuery> cleared =
            m_database.exec(QStringLiteral("DELETE FROM person_roles WHERE person_id = ?"), {id});
        !cleared)
        return cleared.error();
    for (Role r : p.roles) {
        if (Result<QSqlQuery> done = m_database.exec(
                QStringLiteral("INSERT INTO person_roles (person_id, role) VALUES (?, ?)"),
                {id, role::id(r)});
            !done)
            return done.error();
    }
    return {};
}

Result<qint64> PeopleStore::add(const Person &person, const QString &author)
{
    if (const QList<Error> errors = person::validate(person); !errors.isEmpty())
        return errors.constFirst();
    if (Result<void> a = checkAuthor(author); !a)
        return a.error();
    const Person p = person::normalized(person);
    qint64 id = 0;
    Result<void> written = m_database.inWriteTransaction([&]() -> Result<void> {
        Result<std::optional<Person>> existing = findByName(p.name);
        if (!existing)
            return existing.error();
        if (existing.value())
            return Error::invalid(QLatin1String(person::Name),
                                  tr("There is already a person named \"%1\" in the directory.")
                                      .arg(existing.value()->name));
        Result<qint64> inserted = insert(p, author);
        if (!inserted)
            return inserted.error();
        id = inserted.value();
        return {};
    });
    if (!written)
        return written.error();
    emit peopleChanged();
    return id;
}

Result<void> PeopleStore::update(qint64 id, const Person &person, const QString &author)
{
    if (const QList<Error> errors = person::validate(person); !errors.isEmpty())
        return errors.constFirst();
    if (Result<void> a = checkAuthor(author); !a)
        return a;
    const Person p = person::normalized(person);
    Result<void> written = m_database.inWriteTransaction([&]() -> Result<void> {
        Result<std::optional<Person>> existing = findByName(p.name);
        if (!existing)
            return existing.error();
        if (existing.value() && existing.value()->id != id)
            return Error::invalid(QLatin1String(person::Name),
                                  tr("There is already a person named \"%1\" in the directory.")
                                      .arg(existing.value()->name));
        return write(id, p, author);
    });
    if (!written)
        return written;
    emit peopleChanged();
    return {};
}

Result<void> PeopleStore::remove(qint64 id, const QString &author)
{
    if (Result<void> a = checkAuthor(author); !a)
        return a;
    Result<void> written = m_database.inWriteTransaction([&]() -> Result<void> {
        Result<Person> existing = person(id);
        if (!existing)
            return existing.error();
        Result<QSqlQuery> owned = m_database.exec(
            QStringLiteral("SELECT name FROM key_accounts WHERE csm_id = ? ORDER BY name_key"),
            {id});
        if (!owned)
            return owned.error();
        QStringList accounts;
        while (owned.value().next())
            accounts.append(owned.value().value(0).toString());
        if (!accounts.isEmpty())
            return Error::invalid(
                QLatin1String(person::Name),
                tr("%1 is the CSM of %2 key account(s) (%3); import the key accounts with "
                   "another CSM before removing them.")
                    .arg(existing->name)
                    .arg(accounts.size())
                    .arg(accounts.join(QStringLiteral(", "))));
        Result<QSqlQuery> removed =
            m_database.exec(QStringLiteral("DELETE FROM people WHERE id = ?"), {id});
        if (!removed)
            return removed.error();
        return {};
    });
    if (!written)
        return written;
    emit peopleChanged();
    return {};
}

Result<CsvImportSummary> PeopleStore::importCsv(const QByteArray &bytes, const QString &author,
                                                QList<CsvProblem> *problems)
{
    if (Result<void> a = checkAuthor(author); !a)
        return a.error();
    const PeopleCsv parsed = peoplecsv::parse(bytes);
    if (problems)
        *problems = parsed.problems;
    if (!parsed.problems.isEmpty())
        return Error::invalid(
            QStringLiteral("csv"),
            tr("Nothing was imported; the file has %1 problem(s):").arg(parsed.problems.size()) +
                u'\n' + csv::describeAll(parsed.problems));
    CsvImportSummary summary;
    Result<void> written = m_database.inWriteTransaction([&]() -> Result<void> {
        Result<QList<Person>> current = people();
        if (!current)
            return current.error();
        QHash<QString, qint64> idByKey;
        for (const Person &p : current.value())
            idByKey.insert(csv::nameKey(p.name), p.id);
        for (const CsvPerson &row : parsed.people) {
            if (const qint64 id = idByKey.value(csv::nameKey(row.person.name)); id > 0) {
                if (Result<void> done = write(id, row.person, author); !done)
                    return done;
                ++summary.updated;
            } else {
                if (Result<qint64> done = insert(row.person, author); !done)
                    return done.error();
                ++summary.added;
            }
        }
        return {};
    });
    if (!written)
        return written.error();
    emit peopleChanged();
    return summary;
}

void PeopleStore::notifyExternalChange()
{
    emit peopleChanged();
}

} // namespace warroom
