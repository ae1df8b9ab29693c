// Export templates and snapshots in a fresh store: templates saved, listed, replaced, removed and
// applied to the CSV's columns; snapshots of the approved list and what changed between two.

#include "TestData.h"
#include "TestStore.h"

#include "app/core/ExportChanges.h"
#include "app/export/ExportWriter.h"
#include "db/Database.h"
#include "db/Decisions.h"
#include "db/EventRepository.h"
#include "db/ExportSnapshotRepository.h"
#include "db/ExportTemplateRepository.h"
#include "db/RequestStore.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class TestExportStore : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void templatesAreSavedAndApplied();
    void snapshotsSayWhatChanged();

private:
    // The labelled requests as an export of the approved list records them.
    ExportSnapshot exportApprovedList(const EventFilter& filter, std::optional<ExportSnapshot>* previous);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
};

void TestExportStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_database = std::make_unique<Database>();
    QVERIFY2(m_database->open(TestStore::create(*m_dir)), qPrintable(m_database->errorString()));
}

void TestExportStore::cleanup()
{
    m_database.reset();
    m_dir.reset();
}

void TestExportStore::templatesAreSavedAndApplied()
{
    ExportTemplateRepository templates(*m_database);
    QVERIFY(templates.names().value().isEmpty());
    QVERIFY(!templates.find(QStringLiteral("presse")).value());
    using Column = ExportColumns::Column;
    const ExportColumns press({ Column::Commune, Column::Title, Column::StartsAt });
    QVERIFY(templates.save(QStringLiteral("presse"), press));
    QVERIFY(templates.save(QStringLiteral("carte"), ExportColumns({ Column::RequestId })));
    QCOMPARE(templates.names().value(), QStringList({ QStringLiteral("carte"), QStringLiteral("presse") }));
    const std::optional<ExportColumns> found = templates.find(QStringLiteral("presse")).value();
    QVERIFY(found);
    QCOMPARE(found->keys(), press.keys());
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    int skipped = 0;
    ExportOptions options;
    options.columns = found;
    QVERIFY(
        ExportWriter::write(ExportWriter::Format::Csv, { passingEvent() }, &buffer, &skipped, {}, options));
    QCOMPARE(buffer.data(),
        QByteArray("\xEF\xBB\xBF"
                   "commune;titre;date_debut\r\nParis;Visite de l'usine;28/03/2018 10:00\r\n"));
    // Saved again under the same name: replaced.
    QVERIFY(templates.save(QStringLiteral("presse"), ExportColumns({ Column::Title })));
    QCOMPARE(
        templates.find(QStringLiteral("presse")).value()->keys(), QStringList { QStringLiteral("titre") });
    QVERIFY(templates.remove(QStringLiteral("carte")).value());
    QVERIFY(!templates.remove(QStringLiteral("carte")).value());
    QCOMPARE(templates.names().value(), QStringList { QStringLiteral("presse") });
}

ExportSnapshot TestExportStore::exportApprovedList(
    const EventFilter& filter, std::optional<ExportSnapshot>* previous)
{
    QList<Event> events = EventRepository(*m_database).all(2018).value();
    events.removeIf([&](const Event& event) { return !filter.matches(event, RuleReport()); });
    const ExportSnapshot snapshot
        = ExportSnapshot::of(events, 2018, QStringLiteral("csv"), filter, QStringLiteral("test"));
    const StoreResult<std::optional<ExportSnapshot>> recorded
        = ExportSnapshotRepository(*m_database).record(snapshot);
    if (!recorded) {
        qWarning("%s", qPrintable(recorded.message));
        return {};
    }
    *previous = *recorded;
    return snapshot;
}

void TestExportStore::snapshotsSayWhatChanged()
{
    EventRepository repository(*m_database);
    QList<Event> events;
    for (int i = 0; i < 4; ++i) {
        Event event = passingEvent();
        event.requestId = QStringLiteral("SI-%1").arg(i);
        event.status = i < 3 ? EventStatus::Labelled : EventStatus::InReview;
        events << event;
    }
    QVERIFY(RequestStore(*m_database).insertAll(events, QStringLiteral("test")).ok());
    EventFilter labelled;
    labelled.statuses = { EventStatus::Labelled };
    QVERIFY(ExportSnapshot::isApprovedList(labelled));
    std::optional<ExportSnapshot> previous;
    const ExportSnapshot first = exportApprovedList(labelled, &previous);
    QCOMPARE(first.rows.size(), 3);
    QVERIFY(!previous);

    // One labelled request changed, another refused, a third labelled.
    Event changed = *repository.find(events.at(0).id);
    changed.title = QStringLiteral("Visite de l'usine, nouvel horaire");
    QVERIFY(RequestStore(*m_database).update(changed, QStringLiteral("test")).ok());
    Event refused = *repository.find(events.at(1).id);
    QVERIFY(Decisions(*m_database)
            .changeStatus(refused.id, refused.version, EventStatus::InReview, QStringLiteral("Réexamen"),
                QStringLiteral("test"))
            .ok());
    QVERIFY(Decisions(*m_database)
            .changeStatus(refused.id, refused.version + 1, EventStatus::Refused,
                QStringLiteral("Hors période"), QStringLiteral("test"))
            .ok());
    const Event added = *repository.find(events.at(3).id);
    QVERIFY(Decisions(*m_database)
            .changeStatus(added.id, added.version, EventStatus::Labelled, {}, QStringLiteral("test"))
            .ok());

    const ExportSnapshot second = exportApprovedList(labelled, &previous);
    QVERIFY(previous);
    QCOMPARE(previous->rows.size(), 3);
    QCOMPARE(previous->exportedAt, first.exportedAt);
    const ExportChanges changes = ExportChanges::between(*previous, second);
    QCOMPARE(changes.added.size(), 1);
    QCOMPARE(changes.added.first().requestId, QStringLiteral("SI-3"));
    QCOMPARE(changes.removed.size(), 1);
    QCOMPARE(changes.removed.first().requestId, QStringLiteral("SI-1"));
    QCOMPARE(changes.modified.size(), 1);
    QCOMPARE(changes.modified.first().requestId, QStringLiteral("SI-0"));
    QCOMPARE(changes.modified.first().title, changed.title);
    QVERIFY(ExportChanges::summary(*previous, changes)
            .endsWith(QStringLiteral(": 1 added, 1 removed, 1 modified")));
    QCOMPARE(changes.lines().size(), 3);

    // Another list (a région's) has its own history.
    EventFilter region = labelled;
    region.region = QStringLiteral("11");
    exportApprovedList(region, &previous);
    QVERIFY(!previous);
    // The queue's other filters are not the approved list.
    EventFilter searched = labelled;
    searched.text = QStringLiteral("usine");
    QVERIFY(!ExportSnapshot::isApprovedList(searched));
}

QTEST_GUILESS_MAIN(TestExportStore)
#include "tst_exportstore.moc"
