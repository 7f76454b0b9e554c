#pragma once

// The logical description of a War Room schema read from either engine's catalog, for
// tst_schemaparity: one sorted line per fact, in words both engines share.

#include "storage/db/database.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QStringList>

namespace warroom::test {

// INTEGER and BIGINT are one family (SQLite stores both as 64-bit integers; the auto-numbered
// key is INTEGER there and BIGINT on PostgreSQL).
inline QString typeFamily(const QString &declared)
{
    const QString type = declared.toUpper();
    if (type.contains(QLatin1String("INT")))
        return QStringLiteral("integer");
    if (type.contains(QLatin1String("TEXT")) || type.contains(QLatin1String("CHAR")))
        return QStringLiteral("text");
    if (type.contains(QLatin1String("DOUBLE")) || type.contains(QLatin1String("REAL")) ||
        type.contains(QLatin1String("FLOAT")))
        return QStringLiteral("real");
    return type;
}

// A default as written, without PostgreSQL's cast ("''::text" is "''").
inline QString defaultValue(QString value)
{
    static const QRegularExpression cast(QStringLiteral("::[a-z ]+$"));
    return value.remove(cast);
}

inline QString onDelete(const QString &action)
{
    const QString upper = action.toUpper();
    if (upper == QLatin1String("A") || upper == QLatin1String("NO ACTION"))
        return QStringLiteral("no action");
    if (upper == QLatin1String("R") || upper == QLatin1String("RESTRICT"))
        return QStringLiteral("restrict");
    if (upper == QLatin1String("C") || upper == QLatin1String("CASCADE"))
        return QStringLiteral("cascade");
    if (upper == QLatin1String("N") || upper == QLatin1String("SET NULL"))
        return QStringLiteral("set null");
    return QStringLiteral("set default");
}

inline QStringList rows(const Database &db, const QString &sql, int columns)
{
    QStringList out;
    auto done = db.exec(sql);
    if (!done) {
        out.append(QStringLiteral("query failed: ") + done.error().message);
        return out;
    }
    QSqlQuery &query = done.value();
    while (query.next()) {
        QStringList fields;
        for (int i = 0; i < columns; ++i)
            fields.append(query.value(i).isNull() ? QStringLiteral("<null>")
                                                  : query.value(i).toString());
        out.append(fields.join(QLatin1Char('|')));
    }
    return out;
}

inline QStringList sqliteCatalog(const Database &db)
{
    QStringList facts;
    const QStringList tables = rows(db,
                                    QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type "
                                                   "= 'table' AND name NOT LIKE 'sqlite%'"),
                                    2);
    static const QRegularExpression check(QStringLiteral("\\bCHECK\\s*\\("),
                                          QRegularExpression::CaseInsensitiveOption);
    for (const QString &row : tables) {
        const QString table = row.section(QLatin1Char('|'), 0, 0);
        const QString sql = row.section(QLatin1Char('|'), 1);
        facts.append(QStringLiteral("table %1").arg(table));
        facts.append(QStringLiteral("%1 checks: %2").arg(table).arg(sql.count(check)));
        QStringList pk;
        for (const QString &column :
             rows(db, QStringLiteral("PRAGMA table_info(%1)").arg(table), 6)) {
            const QStringList f = column.split(QLatin1Char('|'));
            const bool inKey = f[5] != QLatin1String("0");
            if (inKey)
                pk.append(f[5] + QLatin1Char(':') + f[1]);
            const bool autoId = inKey && sql.contains(QLatin1String("AUTOINCREMENT"));
            facts.append(QStringLiteral("%1.%2 %3%4%5")
                             .arg(table, f[1], typeFamily(f[2]),
                                  f[3] != QLatin1String("0") || inKey ? QStringLiteral(" not null")
                                                                      : QString(),
                                  autoId ? QStringLiteral(" auto id")
                                  : f[4] == QLatin1String("<null>")
                                      ? QString()
                                      : QStringLiteral(" default ") + defaultValue(f[4])));
        }
        pk.sort();
        for (QString &column : pk)
            column = column.section(QLatin1Char(':'), 1);
        facts.append(
            QStringLiteral("%1 primary key (%2)").arg(table, pk.join(QLatin1String(", "))));
        QMap<QString, QStringList> keys; // id -> from, to, table, on delete
        for (const QString &fk :
             rows(db, QStringLiteral("PRAGMA foreign_key_list(%1)").arg(table), 7)) {
            const QStringList f = fk.split(QLatin1Char('|'));
            QStringList &key = keys[f[0]];
            if (key.isEmpty())
                key = {QString(), QString(), f[2], onDelete(f[6])};
            key[0] += (key[0].isEmpty() ? QString() : QStringLiteral(", ")) + f[3];
            key[1] += (key[1].isEmpty() ? QString() : QStringLiteral(", ")) + f[4];
        }
        for (const QStringList &key : keys)
            facts.append(QStringLiteral("%1 foreign key (%2) references %3 (%4) on delete %5")
                             .arg(table, key[0], key[2], key[1], key[3]));
        for (const QString &index :
             rows(db, QStringLiteral("PRAGMA index_list(%1)").arg(table), 4)) {
            const QStringList f = index.split(QLatin1Char('|'));
            if (f[3] == QLatin1String("pk"))
                continue;
            QStringList columns;
            for (const QString &c : rows(db, QStringLiteral("PRAGMA index_info(%1)").arg(f[1]), 3))
                columns.append(c.section(QLatin1Char('|'), 2, 2));
            if (f[3] == QLatin1String("u"))
                facts.append(
                    QStringLiteral("%1 unique (%2)").arg(table, columns.join(QLatin1String(", "))));
            else
                facts.append(
                    QStringLiteral("%1 index %2 (%3)%4")
                        .arg(table, f[1], columns.join(QLatin1String(", ")),
                             f[2] == QLatin1String("1") ? QStringLiteral(" unique") : QString()));
        }
    }
    static const QRegularExpression event(QStringLiteral("\\bBEFORE\\s+(INSERT|UPDATE|DELETE)\\b"),
                                          QRegularExpression::CaseInsensitiveOption);
    for (const QString &row : rows(db,
                                   QStringLiteral("SELECT name, tbl_name, sql FROM sqlite_master "
                                                  "WHERE type = 'trigger'"),
                                   3)) {
        const QStringList f = row.split(QLatin1Char('|'));
        const QRegularExpressionMatch match = event.match(f[2]);
        facts.append(
            QStringLiteral("%1 trigger %2 before %3")
                .arg(f[1], f[0],
                     match.hasMatch() ? match.captured(1).toLower() : QStringLiteral("?")));
    }
    facts.sort();
    return facts;
}

inline QStringList postgresCatalog(const Database &db)
{
    QStringList facts;
    for (const QString &table : rows(db, db.dialect().listTables(), 1))
        facts.append(QStringLiteral("table %1").arg(table));
    for (const QString &row :
         rows(db,
              QStringLiteral("SELECT table_name, column_name, data_type, is_nullable, "
                             "column_default, is_identity FROM information_schema.columns"
                             " WHERE table_schema = current_schema()"),
              6)) {
        const QStringList f = row.split(QLatin1Char('|'));
        facts.append(QStringLiteral("%1.%2 %3%4%5")
                         .arg(f[0], f[1], typeFamily(f[2]),
                              f[3] == QLatin1String("NO") ? QStringLiteral(" not null") : QString(),
                              f[5] == QLatin1String("YES") ? QStringLiteral(" auto id")
                              : f[4] == QLatin1String("<null>")
                                  ? QString()
                                  : QStringLiteral(" default ") + defaultValue(f[4])));
    }
    // Constraints with their columns in key order.
    const QString columnsOf = QStringLiteral(
        "array_to_string(ARRAY(SELECT a.attname FROM unnest(c.%1) WITH ORDINALITY k(n, o)"
        " JOIN pg_attribute a ON a.attrelid = c.%2 AND a.attnum = k.n ORDER BY k.o), ', ')");
    for (const QString &row :
         rows(db,
              QStringLiteral("SELECT t.relname, c.contype, %1, f.relname, %2, c.confdeltype"
                             " FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid"
                             " JOIN pg_namespace n ON n.oid = t.relnamespace"
                             " LEFT JOIN pg_class f ON f.oid = c.confrelid"
                             " WHERE n.nspname = current_schema() AND c.contype IN ('p', 'u', 'f')")
                  .arg(columnsOf.arg(QStringLiteral("conkey"), QStringLiteral("conrelid")),
                       columnsOf.arg(QStringLiteral("confkey"), QStringLiteral("confrelid"))),
              6)) {
        const QStringList f = row.split(QLatin1Char('|'));
        if (f[1] == QLatin1String("p"))
            facts.append(QStringLiteral("%1 primary key (%2)").arg(f[0], f[2]));
        else if (f[1] == QLatin1String("u"))
            facts.append(QStringLiteral("%1 unique (%2)").arg(f[0], f[2]));
        else
            facts.append(QStringLiteral("%1 foreign key (%2) references %3 (%4) on delete %5")
                             .arg(f[0], f[2], f[3], f[4], onDelete(f[5])));
    }
    for (const QString &row :
         rows(db,
              QStringLiteral("SELECT t.relname, COUNT(c.oid) FROM pg_class t"
                             " JOIN pg_namespace n ON n.oid = t.relnamespace"
                             " LEFT JOIN pg_constraint c ON c.conrelid = t.oid AND c.contype = 'c'"
                             " WHERE n.nspname = current_schema() AND t.relkind = 'r'"
                             " GROUP BY t.relname"),
              2))
        facts.append(
            QStringLiteral("%1 checks: %2")
                .arg(row.section(QLatin1Char('|'), 0, 0), row.section(QLatin1Char('|'), 1, 1)));
    // Indexes created on their own (not those behind a key or a unique constraint).
    for (const QString &row : rows(
             db,
             QStringLiteral(
                 "SELECT t.relname, i.relname, array_to_string(ARRAY(SELECT a.attname"
                 " FROM unnest(x.indkey::int2[]) WITH ORDINALITY k(n, o) JOIN pg_attribute a"
                 " ON a.attrelid = x.indrelid AND a.attnum = k.n ORDER BY k.o), ', '),"
                 " x.indisunique FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid"
                 " JOIN pg_class t ON t.oid = x.indrelid"
                 " JOIN pg_namespace n ON n.oid = t.relnamespace"
                 " WHERE n.nspname = current_schema()"
                 " AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid)"),
             4)) {
        const QStringList f = row.split(QLatin1Char('|'));
        facts.append(
            QStringLiteral("%1 index %2 (%3)%4")
                .arg(f[0], f[1], f[2],
                     f[3] == QLatin1String("true") ? QStringLiteral(" unique") : QString()));
    }
    for (const QString &row :
         rows(db,
              QStringLiteral("SELECT event_object_table, trigger_name, lower(event_manipulation)"
                             " FROM information_schema.triggers"
                             " WHERE trigger_schema = current_schema()"
                             // The change signal exists on PostgreSQL only (SQLite's is
                             // data_version): left out by its name (docs/shared-mode.md).
                             " AND trigger_name NOT LIKE '%\\_change\\_signal'"),
              3)) {
        const QStringList f = row.split(QLatin1Char('|'));
        facts.append(QStringLiteral("%1 trigger %2 before %3").arg(f[0], f[1], f[2]));
    }
    facts.sort();
    return facts;
}

} // namespace warroom::test
