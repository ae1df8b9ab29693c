#pragma once

#include <QDate>
#include <QString>

class QWidget;

// Where every file dialog of the window opens and what it suggests: the user's Documents folder
// the first time, then the folder last used for the same kind of file (remembered in QSettings),
// with a dated name ("labellisees-2018-03-27.xlsx").
class FileDialogs {
public:
    // Kinds of file, each remembering its own folder.
    enum class Kind {
        Export, // lists of requests
        Import, // back-office exports
        Statistics, // workbooks, reports and charts of the statistics
        Attestation,
        MapImage,
        PreviousFigures,
        Store,
    };

    // The folder a dialog for `kind` opens in.
    static QString folder(Kind kind);
    // Remembers the folder of `chosen` (a file, or a folder for a folder dialog) for `kind`.
    static void remember(Kind kind, const QString& chosen);
    // "stem-yyyy-MM-dd.suffix"
    static QString datedName(const QString& stem, const QString& suffix, const QDate& day);
    // The folder for `kind` joined with `name`.
    static QString suggestion(Kind kind, const QString& name);

    // QFileDialog's, opening in folder(kind) (with `name` suggested) and remembering the choice.
    static QString saveFileName(QWidget* parent, Kind kind, const QString& caption, const QString& name,
        const QString& filter, QString* selectedFilter = nullptr);
    static QString openFileName(QWidget* parent, Kind kind, const QString& caption, const QString& filter);
    static QString existingDirectory(QWidget* parent, Kind kind, const QString& caption);
};
