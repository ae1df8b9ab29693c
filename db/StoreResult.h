#pragma once

#include <QString>

#include <optional>
#include <utility>

// What became of a read or a write of the store: its value, or why not, in the words of the check
// that refused it or of the engine itself. Every call of db/ answers with one, so that a failed
// read is never mistaken for "no rows".
enum class StoreStatus {
    Ok,
    Conflict, // the row changed since it was read (version check)
    NotAllowed, // the status workflow forbids it, a reason is missing, or the role may not
    NotFound,
    Failed, // the store refused it
};

template <typename T = void> struct StoreResult;

template <> struct StoreResult<void> {
    using Status = StoreStatus;
    Status status = Status::Ok;
    QString message;

    bool ok() const { return status == Status::Ok; }
    explicit operator bool() const { return ok(); }
    static StoreResult success() { return {}; }
    static StoreResult failure(Status status, const QString& message) { return { status, message }; }
};

// A write answers with no value.
using WriteResult = StoreResult<void>;

template <typename T> struct StoreResult : StoreResult<void> {
    StoreResult(T value)
        : m_value(std::move(value))
    {
    }
    // A failure of another call, passed on.
    StoreResult(const StoreResult<void>& failure)
        : StoreResult<void>(failure)
    {
        Q_ASSERT(!failure.ok());
    }
    static StoreResult failure(Status status, const QString& message)
    {
        return StoreResult(StoreResult<void>::failure(status, message));
    }

    const T& value() const&
    {
        Q_ASSERT(ok());
        return *m_value;
    }
    T& value() &
    {
        Q_ASSERT(ok());
        return *m_value;
    }
    // From a temporary, the value itself, so that `for (… : repository.all(year).value())` does
    // not iterate over a destroyed result.
    T value() &&
    {
        Q_ASSERT(ok());
        return std::move(*m_value);
    }
    T value_or(T fallback) const { return ok() ? *m_value : std::move(fallback); }
    const T& operator*() const& { return value(); }
    T& operator*() & { return value(); }
    T operator*() && { return std::move(*this).value(); }
    const T* operator->() const { return &value(); }
    T* operator->() { return &value(); }

private:
    std::optional<T> m_value;
};
