#pragma once

#include "core/base/clock.h"
#include "core/base/result.h"
#include "core/io/csv.h"
#include "core/roles/person.h"

#include <QObject>

#include <optional>

namespace warroom {

class Database;

// The people directory: who can be reached how, and which playbook roles each person can hold.
// Every write is validated and done in one transaction; peopleChanged() follows each commit.
class PeopleStore final : public QObject
{
    Q_OBJECT

public:
    PeopleStore(Database &database, const Clock &clock, QObject *parent = nullptr);

    Result<QList<Person>> people() const; // by name
    Result<Person> person(qint64 id) const;
    // Looks a name up as names are compared (case-insensitively, whitespace collapsed).
    Result<std::optional<Person>> findByName(const QString &name) const;

    Result<qint64> add(const Person &person, const QString &author);
    Result<void> update(qint64 id, const Person &person, const QString &author);
    // Refused while the person owns key accounts (the accounts would lose their CSM).
    Result<void> remove(qint64 id, const QString &author);

    // Adds the people of a CSV file (docs/csv-formats.md) and updates those already in the
    // directory by name; people not in the file stay. The whole file is checked first: on any
    // problem the error lists every problem with its line and nothing is written; `problems`, when
    // given, receives them one by one (the import dialog lists them).
    Result<CsvImportSummary> importCsv(const QByteArray &bytes, const QString &author,
                                       QList<CsvProblem> *problems = nullptr);

public slots:
    void notifyExternalChange();

signals:
    void peopleChanged();

private:
    Result<QList<Person>> load(const QString &where, const QVariantList &values) const;
    Result<qint64> insert(const Person &person, const QString &author);
    Result<void> write(qint64 id, const Person &person, const QString &author);
    Result<void> checkAuthor(const QString &author) const;

    Database &m_database;
    const Clock &m_clock;
};

} // namespace warroom
