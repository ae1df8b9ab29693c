#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

class Command;

// The command line's verbs, and how the program finds and starts one.
namespace CommandLine {
// Every verb, in the order the window's --help lists them.
const std::vector<std::unique_ptr<Command>>& commands();
// The verb named `name`; null when there is none.
Command* find(const QString& name);
// "demo, import, list, decide, …".
QString names();
// The verb among the program's arguments (the program first), wherever it stands among the
// options: the value of an option that takes one (a verb's or one of `windowOptions`) is skipped.
// Empty for the window.
QString verbOf(const QStringList& arguments, const QList<QCommandLineOption>& windowOptions);
// The organisation and application names, the version, and the C library's numbers.
void setIdentity();
// The language chosen in the window ("fr", "en" or empty).
QString languageSetting();
// Runs `command` in an application of its own (QGuiApplication when it needs one) on the
// process's arguments, with stdout and stderr; the exit status.
int exec(Command& command, int argc, char** argv);
}
