#pragma once

#include <QList>
#include <QObject>
#include <QString>

class Database;
class QWidget;

// Writes the label attestations of the requests the reviewer chose: one request to a PDF file,
// several to a folder (one PDF each) or to one ZIP file. Requests that are not labelled are
// skipped and named in the summary.
class AttestationController : public QObject {
    Q_OBJECT

public:
    enum class Target {
        File, // one request, one PDF at the path
        Folder, // one PDF per request in the folder
        Zip, // every PDF in one ZIP file at the path
    };

    AttestationController(Database& database, QWidget* parent);

    // Asks where (a file for one request; a folder or a ZIP file for several), then writes.
    void chooseAndWrite(const QList<qint64>& eventIds);
    // Writes without asking; returns the summary shown to the reviewer, and whether anything was written.
    QString write(const QList<qint64>& eventIds, Target target, const QString& path, bool* written) const;

private:
    Database& m_database;
    QWidget* m_parent;
};
