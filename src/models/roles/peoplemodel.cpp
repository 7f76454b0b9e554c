#include "models/roles/peoplemodel.h"

#include "storage/roles/peoplestore.h"

#include <QStringList>

namespace warroom {

PeopleModel::PeopleModel(PeopleStore &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    connect(&m_store, &PeopleStore::peopleChanged, this, &PeopleModel::reload);
    reload();
}

int PeopleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_people.size());
}

int PeopleModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PeopleModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Person &p = m_people.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case NameColumn:
            return p.name;
        case RolesColumn: {
            QStringList names;
            for (Role r : p.roles)
                names.append(role::displayName(r));
            return names.join(QStringLiteral(", "));
        }
        case PhoneColumn:
            return p.phone;
        case SlackColumn:
            return p.slack;
        case EmailColumn:
            return p.email;
        case ColumnCount:
            break;
        }
        return {};
    case PersonIdRole:
        return p.id;
    case RoleIdsRole: {
        QStringList ids;
        for (Role r : p.roles)
            ids.append(role::id(r));
        return ids;
    }
    default:
        return {};
    }
}

QVariant PeopleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case NameColumn:
        return tr("Name");
    case RolesColumn:
        return tr("Can hold");
    case PhoneColumn:
        return tr("Phone");
    case SlackColumn:
        return tr("Slack");
    case EmailColumn:
        return tr("Email");
    case ColumnCount:
        break;
    }
    return {};
}

int PeopleModel::rowOf(qint64 personId) const
{
    for (int row = 0; row < m_people.size(); ++row) {
        if (m_people.at(row).id == personId)
            return row;
    }
    return -1;
}

void PeopleModel::reload()
{
    Result<QList<Person>> fresh = m_store.people();
    if (!fresh) {
        emit loadFailed(fresh.error().message);
        return;
    }
    if (fresh.value() == m_people)
        return;
    // The directory is small and edited rarely: a reset is the simple, correct answer.
    beginResetModel();
    m_people = std::move(fresh).value();
    endResetModel();
}

} // namespace warroom
