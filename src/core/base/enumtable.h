#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <cstddef>
#include <optional>

namespace warroom {

// The row of most tables: the value, its identifier and its untranslated display name.
template <typename E> struct EnumRow
{
    E value;
    const char *id;
    const char *name;
};

// The row of a table of string identifiers (IdTable below).
struct IdRow
{
    const char *id;
    const char *name;
};

namespace enumtable {

template <typename Row, std::size_t N> QStringList ids(const std::array<Row, N> &rows)
{
    QStringList result;
    result.reserve(qsizetype(N));
    for (const Row &r : rows)
        result.append(QString::fromLatin1(r.id));
    return result;
}

} // namespace enumtable

// The one table of an enum's values: each row names the value, its stable identifier (used on
// the command line, in JSON and in the database) and its untranslated display name, plus any
// facts of the enum's own (a channel's limits, a call status's keys). Every other list of the
// values (all(), validIds(), the CHECK list of a migration) is derived from it, so a new value is
// one new row.
//
//   constexpr EnumTable<EnumRow<Category>, 7> kCategories{{{
//       {Category::BehaviorAnomaly, "behavior-anomaly", QT_TRANSLATE_NOOP(...)}, ...}}};
//   WARROOM_ENUM_FUNCTIONS(Category, kCategories, "warroom::Category")
//
// Rows are listed in the enum's order (0, 1, 2, ...), which inEnumOrder() checks at compile time
// (the macros below assert it), so a value's row is found by its number.
template <typename Row, std::size_t N> struct EnumTable
{
    using Enum = decltype(Row::value);

    std::array<Row, N> rows;
    Qt::CaseSensitivity idCase = Qt::CaseSensitive; // how fromId() compares ("sev1" is SEV1)

    constexpr bool inEnumOrder() const
    {
        for (std::size_t i = 0; i < N; ++i) {
            if (static_cast<std::size_t>(rows[i].value) != i)
                return false;
        }
        return true;
    }

    constexpr const Row &row(Enum value) const { return rows[static_cast<std::size_t>(value)]; }

    QList<Enum> all() const
    {
        QList<Enum> result;
        result.reserve(qsizetype(N));
        for (const Row &r : rows)
            result.append(r.value);
        return result;
    }

    QString id(Enum value) const { return QString::fromLatin1(row(value).id); }

    // The untranslated display name; the enum's displayName() translates it in its own context.
    const char *name(Enum value) const { return row(value).name; }

    std::optional<Enum> fromId(const QString &text) const
    {
        for (const Row &r : rows) {
            if (text.compare(QLatin1String(r.id), idCase) == 0)
                return r.value;
        }
        return std::nullopt;
    }

    QStringList ids() const { return enumtable::ids(rows); }

    // "a, b, c": the identifiers for an error message.
    QString validIds() const { return ids().join(QStringLiteral(", ")); }
};

// Defines the functions every enum's namespace declares over its table, in the enum's .cpp, and
// checks the table's order:
//   QList<Enum> all(); QString id(Enum); std::optional<Enum> fromId(const QString &);
//   QString validIds();
#define WARROOM_ENUM_ID_FUNCTIONS(Enum, table)                                                     \
    static_assert(table.inEnumOrder(), #table " must list the values in the enum's order");        \
    QList<Enum> all()                                                                              \
    {                                                                                              \
        return table.all();                                                                        \
    }                                                                                              \
    QString id(Enum value)                                                                         \
    {                                                                                              \
        return table.id(value);                                                                    \
    }                                                                                              \
    std::optional<Enum> fromId(const QString &text)                                                \
    {                                                                                              \
        return table.fromId(text);                                                                 \
    }                                                                                              \
    QString validIds()                                                                             \
    {                                                                                              \
        return table.validIds();                                                                   \
    }

// The same plus QString displayName(Enum): the name column translated in `context`, the context
// its QT_TRANSLATE_NOOP rows name.
#define WARROOM_ENUM_FUNCTIONS(Enum, table, context)                                               \
    WARROOM_ENUM_ID_FUNCTIONS(Enum, table)                                                         \
    QString displayName(Enum value)                                                                \
    {                                                                                              \
        return QCoreApplication::translate(context, table.name(value));                            \
    }

// For vocabularies kept as strings rather than an enum (announcement kinds): the same table
// without a value column.
template <typename Row, std::size_t N> struct IdTable
{
    std::array<Row, N> rows;

    const Row *find(const QString &id) const
    {
        for (const Row &r : rows) {
            if (id == QLatin1String(r.id))
                return &r;
        }
        return nullptr;
    }

    bool contains(const QString &id) const { return find(id) != nullptr; }

    QStringList ids() const { return enumtable::ids(rows); }

    QString validIds() const { return ids().join(QStringLiteral(", ")); }
};

} // namespace warroom
