#pragma once

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include "app/core/Edition.h"
#include "app/core/EventStatus.h"

#include <optional>

class Database;
class QTextStream;

class QCommandLineParser;

// What every command-line verb shares: the application's identity, its language, the --db
// option and the exit statuses.
namespace Cli {
enum ExitStatus {
    Done = 0,
    Failed = 1,
    BadUsage = 2, // also an unreadable input file
};

void setIdentity();
// For a verb that lays text out with Qt Gui's fonts (a PDF) and never shows a window: the
// offscreen platform unless another is set. Call it before making the QGuiApplication.
void useOffscreenPlatform();
QString languageSetting();
// Identity and language (--lang wherever it stands, else the window's choice), for a verb that
// runs without a window.
void start(QCoreApplication& app);
// --lang fr|en, which parse() adds and checks for every verb.
QCommandLineOption languageOption();
// --db PATH, the application's default store unless given.
QCommandLineOption databaseOption();
// Parses the arguments with --help; false when the verb must stop, with the exit status in
// `exitStatus` (0 after --help, 2 for bad usage, the message already printed).
bool parse(QCommandLineParser& parser, const QCoreApplication& app, int* exitStatus);
// Opens the store at `path` and returns its latest edition; nothing after saying on `err` why.
std::optional<Edition> openLatestEdition(Database& database, const QString& path, QTextStream& err);
// False after saying on `err` why nothing can be written to an open store that is read-only.
bool isWritable(const Database& database, QTextStream& err);
// The statuses of --status ("labelled,refused"); false after saying on `err` which key is unknown.
bool parseStatuses(const QString& keys, QList<EventStatus>* statuses, QTextStream& err);
// Control characters written as escapes (\n, \t, \x1b…), so that a field cannot move the
// cursor, recolour the terminal or split its line.
QString escaped(const QString& text);
}
