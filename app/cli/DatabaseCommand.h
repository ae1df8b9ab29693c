#pragma once

#include "app/cli/Command.h"
#include "app/core/Edition.h"
#include "app/core/EventStatus.h"
#include "db/StoreResult.h"

#include <optional>

class Database;

// A verb that works on one store (as KeePassXC's DatabaseCommand): it adds --db (a file or a
// postgresql:// URL), checks its own arguments, opens the store, refuses a read-only one when
// the verb writes, and says why the store cannot be opened with the failure's exit status.
class DatabaseCommand : public Command {
public:
    QList<QCommandLineOption> options() const override;

    // --db PATH, the application's default store unless given.
    static QCommandLineOption databaseOption();
    // False after saying on `err` why nothing can be written to an open store that is read-only.
    static bool isWritable(const Database& database, QTextStream& err);

protected:
    enum class Access {
        Reads, // reading never creates a store: a missing file is an error
        Writes, // a missing file becomes a new store; a read-only store is refused
        Opens, // a missing file becomes a new store; a read-only one is read
    };
    DatabaseCommand(const QString& name, Access access);
    // The verb's own options, besides --db.
    virtual QList<QCommandLineOption> verbOptions() const = 0;
    // Checks the verb's arguments before the store is opened; Done, or the exit status after
    // saying on `err` what is wrong.
    virtual int checkArguments(const QCommandLineParser& parser, QTextStream& err) = 0;
    // The store's latest edition; a failure after saying on `err` that it has none or why it cannot be read.
    static StoreResult<Edition> latestEdition(Database& database, QTextStream& err);
    // The statuses of --status ("labelled,refused"); false after saying on `err` which key is unknown.
    static bool parseStatuses(const QString& keys, QList<EventStatus>* statuses, QTextStream& err);
    // Runs the verb on the open store.
    virtual int executeWithDatabase(
        Database& database, const QCommandLineParser& parser, QTextStream& out, QTextStream& err)
        = 0;

private:
    int execute(const QCommandLineParser& parser, QTextStream& out, QTextStream& err) final;

    Access m_access;
};
