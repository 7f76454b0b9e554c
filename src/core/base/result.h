#pragma once

#include "core/base/conflict.h"

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace warroom {

// An error a user can act on: what went wrong, in words, plus a stable code for callers.
struct Error
{
    enum class Code {
        InvalidInput, // a field value the rules refuse
        NotFound,     // no such incident or record
        NotADatabase, // the file is not an SQLite database / not a War Room database
        Corrupt,      // the database file is damaged
        ReadOnly,     // the database cannot be written
        SchemaTooNew, // written by a newer War Room
        Busy,         // another writer holds the lock beyond the busy timeout
        Storage,      // any other database failure
        Io,           // file system
        Conflict,     // based on an older revision: someone else changed it first (conflict)
        Offline,      // the server is unreachable: nothing was sent (or the outcome is unknown)
    };

    Error() = default;
    Error(Code c, QString text, QString fieldName = QString())
        : code(c)
        , message(std::move(text))
        , field(std::move(fieldName))
    {
    }

    Code code = Code::Storage;
    QString message;
    QString field; // for InvalidInput: the field at fault, by its user-facing identifier
    std::optional<warroom::Conflict> conflict; // for Conflict: the change that won

    static Error invalid(const QString &field, const QString &message)
    {
        return Error{Code::InvalidInput, message, field};
    }
    static Error conflicted(const warroom::Conflict &winner, const QString &message)
    {
        Error e{Code::Conflict, message};
        e.conflict = winner;
        return e;
    }
};

// A value or an Error. Errors are values in War Room: nothing throws across Qt boundaries.
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::move(value))
    {
    }
    Result(Error error)
        : m_data(std::move(error))
    {
    }

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    // By value: a reference into a temporary Result would dangle where the temporary ends, as in
    // `for (const Row &r : store.rows().value())` (ASan found one).
    T value() && { return std::get<T>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }

    const Error &error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    {
    }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace warroom
