#pragma once

#include "core/roles/person.h"

#include <QAbstractTableModel>

namespace warroom {

class PeopleStore;

// The people directory, by name, kept current from PeopleStore::peopleChanged.
class PeopleModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, RolesColumn, PhoneColumn, SlackColumn, EmailColumn, ColumnCount };
    enum Roles { PersonIdRole = Qt::UserRole + 1, RoleIdsRole /* QStringList */ };

    explicit PeopleModel(PeopleStore &store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const Person &personAt(int row) const { return m_people.at(row); }
    int rowOf(qint64 personId) const;
    void reload();

signals:
    void loadFailed(const QString &message);

private:
    PeopleStore &m_store;
    QList<Person> m_people;
};

} // namespace warroom
