#pragma once

#include "core/base/result.h"

#include <QObject>
#include <QSet>
#include <QString>

namespace warroom {

// What other connections changed: some tables by name, or, when the signal cannot say (SQLite's
// data_version counts commits, not tables), anything.
struct ChangedTables
{
    bool anything = false;
    QSet<QString> tables;

    static ChangedTables everything() { return ChangedTables{true, {}}; }
    bool isEmpty() const { return !anything && tables.isEmpty(); }
    // Whether a change to any of these tables may be among the changes.
    bool touches(const QStringList &names) const;
    void merge(const ChangedTables &other);
};

// How a database tells one connection that others committed: the dialect creates it
// (SqlDialect::createChangeSignal). SQLite polls its change counter; PostgreSQL pushes a
// NOTIFY sent by a trigger in the writer's transaction (docs/shared-mode.md). Changes made
// through the connection itself are never reported: its stores announce them already.
class ChangeSignal : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // Starts watching; an Error when the database refuses (PostgreSQL: LISTEN failed).
    virtual Result<void> start() = 0;
    virtual void stop() = 0;
    // Looks once, now, where the signal is polled; nothing where the database pushes.
    virtual void checkNow() {}

signals:
    void changed(const warroom::ChangedTables &changes);
};

} // namespace warroom
