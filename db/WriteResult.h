#pragma once

#include <QString>

// What became of a write: done, or refused with a message that says what and why.
struct WriteResult {
    enum class Status {
        Ok,
        Conflict, // the row changed since it was read (version check)
        NotAllowed, // the status workflow forbids it, or a reason is missing
        NotFound,
        Failed, // the store refused it
    };
    Status status = Status::Ok;
    QString message;

    bool ok() const { return status == Status::Ok; }
    static WriteResult success() { return {}; }
    static WriteResult failure(Status status, const QString& message) { return { status, message }; }
};
