#pragma once

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>
#include <QString>

class QCommandLineParser;
class QTextStream;

// One command-line verb (as KeePassXC's Command): its name, its options and what it does. run()
// does what every verb shares once: it parses the arguments with --help and --lang, puts the
// messages in the chosen language, and maps bad usage and failures to the exit statuses.
class Command {
public:
    enum ExitStatus {
        Done = 0,
        Failed = 1,
        BadUsage = 2, // also an unreadable input file
    };

    virtual ~Command();
    Command(const Command&) = delete;
    Command& operator=(const Command&) = delete;

    // The verb, e.g. "list".
    QString name() const { return m_name; }
    // The options the verb takes besides --help and --lang, with their texts in the current
    // language; also what CommandLine::verbOf() reads to skip the options' values.
    virtual QList<QCommandLineOption> options() const = 0;
    // True when the verb lays text out with Qt Gui's fonts (the PDF): it then needs a
    // QGuiApplication rather than a QCoreApplication.
    virtual bool needsGui() const { return false; }
    // Runs the verb on the program's arguments (the program first, then the verb and its options
    // in any order); the exit status, the messages written to `out` and `err`.
    int run(const QStringList& arguments, QTextStream& out, QTextStream& err);
    // --lang fr|en, which run() adds to every verb.
    static QCommandLineOption languageOption();
    // Control characters written as escapes (\n, \t, \x1b…), so that a field printed as text
    // cannot move the cursor, recolour the terminal or split its line.
    static QString escaped(const QString& text);

protected:
    explicit Command(const QString& name);
    // What --help says the verb does.
    virtual QString description() const = 0;
    // The positional arguments after the verb, for --help; none by default.
    virtual void addPositionalArguments(QCommandLineParser& parser) const;
    // Runs the verb once its arguments are parsed and the language set.
    virtual int execute(const QCommandLineParser& parser, QTextStream& out, QTextStream& err) = 0;

    // Says `message` on `err` and gives the exit status of bad usage or of a failure.
    static int badUsage(QTextStream& err, const QString& message);
    static int failed(QTextStream& err, const QString& message);

private:
    QString m_name;
};
