// The description of a request's fields: one entry per field, each named in both languages and
// read and written on an Event; the import, the exports and the audit's comparison follow it.
#include "app/core/EventDiff.h"
#include "app/core/ExportColumns.h"
#include "app/core/ImportParser.h"
#include "app/core/QueueColumns.h"
#include "app/core/RequestColumns.h"

#include <QSet>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace {

using Column = RequestColumns::Column;
using Type = RequestColumns::Type;

// A value of the type that no blank request holds.
QVariant sample(Type type)
{
    switch (type) {
    case Type::Text:
        return u"Portes ouvertes à l'atelier"_s;
    case Type::Instant:
        return QDateTime(QDate(2018, 2, 14), QTime(16, 30), QTimeZone::UTC);
    case Type::WallClock:
        return wallClock(QDate(2018, 3, 27), QTime(9, 0));
    case Type::Bool:
    case Type::OptionalBool:
    case Type::AudienceTick:
        return true;
    case Type::Number:
        return 48.39;
    case Type::Count:
        return 120;
    case Type::EventType:
        return int(EventType::Workshop);
    case Type::OrganiserType:
        return int(OrganiserType::Chamber);
    case Type::Audiences:
        return int(Audiences(Audience::YoungPeople | Audience::JobSeekers).toInt());
    }
    return {};
}

bool canBeMissing(Type type)
{
    return type != Type::Text && type != Type::Bool && type != Type::EventType && type != Type::OrganiserType;
}

bool isAudience(Type type) { return type == Type::Audiences || type == Type::AudienceTick; }

} // namespace

class TestRequestColumns : public QObject {
    Q_OBJECT

private slots:
    void tableFollowsTheColumnOrder();
    void keysAreUnique();
    void everyColumnIsNamedInBothLanguages_data();
    void everyColumnIsNamedInBothLanguages();
    void valueReadsBackAsWritten_data();
    void valueReadsBackAsWritten();
    void textsAndTimesAreReadWhereTheyAre();
    void fromKeyFindsEveryColumn();
    void importReadsTheImportedColumns();
    void exportsWriteTheExportedColumns();
    void diffComparesTheComparedColumns_data();
    void diffComparesTheComparedColumns();
    void diffWritesTheAuditNotation_data();
    void diffWritesTheAuditNotation();
    void queueColumnsShowAFieldOrAnOutcome();
};

void TestRequestColumns::tableFollowsTheColumnOrder()
{
    const QList<RequestColumns::Description>& all = RequestColumns::all();
    QCOMPARE(all.size(), int(Column::Assignee) + 1);
    for (qsizetype i = 0; i < all.size(); ++i) {
        QCOMPARE(int(all.at(i).column), int(i));
    }
}

// The queue's columns, in their order, each a request's field (named as RequestColumns names it
// unless the queue has a shorter name), a label rule's outcome, or a name of its own.
void TestRequestColumns::queueColumnsShowAFieldOrAnOutcome()
{
    const QList<QueueColumns::Description>& all = QueueColumns::all();
    QCOMPARE(all.size(), int(QueueColumns::Count));
    QSet<int> fields;
    for (qsizetype i = 0; i < all.size(); ++i) {
        const QueueColumns::Description& description = all.at(i);
        QCOMPARE(int(description.column), int(i));
        QVERIFY(!(description.field && description.check));
        QVERIFY(description.field || description.check || description.header);
        QVERIFY(!QueueColumns::header(description.column).isEmpty());
        if (description.field) {
            QVERIFY(!fields.contains(int(*description.field)));
            fields.insert(int(*description.field));
            if (!description.header) {
                QCOMPARE(QueueColumns::header(description.column),
                    RequestColumns::displayName(*description.field));
            }
        }
    }
}

void TestRequestColumns::keysAreUnique()
{
    QSet<QString> keys;
    QSet<QString> auditKeys;
    for (const RequestColumns::Description& description : RequestColumns::all()) {
        const QString key = QLatin1String(description.key);
        QVERIFY2(!key.isEmpty() && !keys.contains(key), qPrintable(key));
        keys.insert(key);
        // Compared fields, and they alone, have a name in the audit trail.
        QCOMPARE(description.auditKey != nullptr, description.uses.testFlag(RequestColumns::Use::Compared));
        if (description.auditKey) {
            const QString auditKey = QLatin1String(description.auditKey);
            QVERIFY2(!auditKeys.contains(auditKey), qPrintable(auditKey));
            auditKeys.insert(auditKey);
        }
    }
}

void TestRequestColumns::everyColumnIsNamedInBothLanguages_data()
{
    QTest::addColumn<int>("column");
    for (const RequestColumns::Description& description : RequestColumns::all()) {
        QTest::newRow(description.key) << int(description.column);
    }
}

void TestRequestColumns::everyColumnIsNamedInBothLanguages()
{
    QFETCH(int, column);
    const RequestColumns::Description& description = RequestColumns::of(Column(column));
    QCOMPARE(RequestColumns::displayName(description.column), QString::fromUtf8(description.name));
    QVERIFY(!RequestColumns::displayName(description.column).isEmpty());
    QTranslator french;
    QVERIFY(french.load(u":/i18n/semaine-admin_fr.qm"_s));
    const QString translated = french.translate("RequestColumns", description.name);
    QVERIFY2(!translated.isEmpty(), description.name);
    QVERIFY(QCoreApplication::installTranslator(&french));
    const QString shown = RequestColumns::displayName(description.column);
    QCoreApplication::removeTranslator(&french);
    QCOMPARE(shown, translated);
}

void TestRequestColumns::valueReadsBackAsWritten_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QVariant>("value");
    for (const RequestColumns::Description& description : RequestColumns::all()) {
        QTest::addRow("%s", description.key) << int(description.column) << sample(description.type);
        if (canBeMissing(description.type)) {
            QTest::addRow("%s not given", description.key) << int(description.column) << QVariant();
        }
    }
}

void TestRequestColumns::valueReadsBackAsWritten()
{
    QFETCH(int, column);
    QFETCH(QVariant, value);
    const RequestColumns::Description& description = RequestColumns::of(Column(column));
    Event event;
    // From a request where every field is given, so that "not given" is a change too.
    for (const RequestColumns::Description& other : RequestColumns::all()) {
        other.set(event, sample(other.type));
    }
    const Event before = event;
    description.set(event, value);
    QCOMPARE(description.get(event), value);
    QCOMPARE(description.get(event).isValid(), value.isValid());
    // The other fields are left alone (the audiences and their three ticks are one value).
    for (const RequestColumns::Description& other : RequestColumns::all()) {
        if (other.column != description.column && !(isAudience(description.type) && isAudience(other.type))) {
            QCOMPARE(other.get(event), other.get(before));
        }
    }
}

// A text's or a time's member, which bulk writes and the import use instead of get() and set(), is
// the field's own: each field holds a value of its own here.
void TestRequestColumns::textsAndTimesAreReadWhereTheyAre()
{
    Event event;
    int day = 0;
    for (const RequestColumns::Description& description : RequestColumns::all()) {
        if (description.type == Type::Text) {
            description.set(event, QString::fromLatin1(description.key));
        } else if (description.type == Type::Instant || description.type == Type::WallClock) {
            description.set(event, wallClock(QDate(2018, 3, 1).addDays(day++), QTime(9, 0)));
        }
    }
    for (const RequestColumns::Description& description : RequestColumns::all()) {
        QCOMPARE(description.text != nullptr, description.type == Type::Text);
        QCOMPARE(description.time != nullptr,
            description.type == Type::Instant || description.type == Type::WallClock);
        if (description.text) {
            QCOMPARE(event.*description.text, description.get(event).toString());
        }
        if (description.time) {
            QCOMPARE(event.*description.time, description.get(event).toDateTime());
        }
    }
}

void TestRequestColumns::fromKeyFindsEveryColumn()
{
    for (const RequestColumns::Description& description : RequestColumns::all()) {
        QCOMPARE(RequestColumns::fromKey(QLatin1String(description.key)), std::optional(description.column));
    }
    QCOMPARE(RequestColumns::fromKey(u"no_such_column"_s), std::nullopt);
}

// The import's header is the table's imported columns, and a request's record has one cell each.
void TestRequestColumns::importReadsTheImportedColumns()
{
    QStringList imported;
    for (const RequestColumns::Description& description : RequestColumns::all()) {
        const QString key = QLatin1String(description.key);
        QCOMPARE(
            ImportParser::keys().contains(key), description.uses.testFlag(RequestColumns::Use::Imported));
        if (description.uses.testFlag(RequestColumns::Use::Imported)) {
            imported << key;
        }
    }
    QCOMPARE(ImportParser::keys(), imported);
    QCOMPARE(ImportParser::record(Event()).size(), imported.size());
}

// The exports offer the table's exported columns, typed by the table; what they write reads back.
void TestRequestColumns::exportsWriteTheExportedColumns()
{
    QStringList exported;
    for (const RequestColumns::Description& description : RequestColumns::all()) {
        if (description.uses.testFlag(RequestColumns::Use::Exported)) {
            QVERIFY2(description.uses.testFlag(RequestColumns::Use::Imported), description.key);
            exported << QLatin1String(description.key);
        }
    }
    QCOMPARE(ExportColumns().keys(), exported);
    QString error;
    QCOMPARE(ExportColumns::fromKeys(exported, &error)->keys(), exported);
    QVERIFY(!ExportColumns::fromKeys({ u"responsable"_s }, &error));
    QCOMPARE(ExportColumns::kind(Column::StartsAt), ExportColumns::Kind::DateTime);
    QCOMPARE(ExportColumns::kind(Column::ExpectedParticipants), ExportColumns::Kind::Number);
    QCOMPARE(ExportColumns::kind(Column::Commune), ExportColumns::Kind::Text);
    Event event;
    event.title = u"Visite"_s;
    event.commune = u"Brest"_s;
    event.type = EventType::CompanyVisit;
    const ExportColumns chosen({ Column::Commune, Column::EventType, Column::Title });
    QCOMPARE(chosen.cells(event), QStringList({ u"Brest"_s, EventTypes::key(event.type), u"Visite"_s }));
    QCOMPARE(chosen.readableCells(event),
        QStringList({ u"Brest"_s, EventTypes::displayName(event.type), u"Visite"_s }));
    // Every exported cell as record() writes it.
    event = Event();
    event.requestId = u"SI2018-000001"_s;
    event.startsAt = QDateTime(QDate(2018, 3, 27), QTime(9, 0), QTimeZone::UTC);
    event.expectedParticipants = 40;
    const QStringList record = ImportParser::record(event);
    const QList<Column> recorded = ImportParser::columns();
    const QStringList cells = ExportColumns().cells(event);
    for (qsizetype i = 0; i < cells.size(); ++i) {
        QCOMPARE(cells.at(i), record.at(recorded.indexOf(ExportColumns().columns().at(i))));
    }
}

void TestRequestColumns::diffComparesTheComparedColumns_data()
{
    QTest::addColumn<int>("column");
    for (const RequestColumns::Description& description : RequestColumns::all()) {
        QTest::newRow(description.key) << int(description.column);
    }
}

// A change of a compared field is reported under its audit key; the others are not (an
// audience's tick is reported as the audiences it changes).
void TestRequestColumns::diffComparesTheComparedColumns()
{
    QFETCH(int, column);
    const RequestColumns::Description& description = RequestColumns::of(Column(column));
    const Event before;
    Event after;
    description.set(after, sample(description.type));
    const QList<FieldChange> changes = EventDiff::changes(before, after);
    QStringList fields;
    for (const FieldChange& change : changes) {
        fields << change.field;
    }
    if (description.uses.testFlag(RequestColumns::Use::Compared)) {
        QCOMPARE(fields, QStringList { QLatin1String(description.auditKey) });
    } else if (description.type == Type::AudienceTick) {
        QCOMPARE(fields, QStringList { QLatin1String(RequestColumns::of(Column::Audiences).auditKey) });
    } else {
        QCOMPARE(fields, QStringList());
    }
}

void TestRequestColumns::diffWritesTheAuditNotation_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("online") << int(Column::Online) << QVariant(true) << u"online: 0 → 1"_s;
    QTest::newRow("free") << int(Column::Free) << QVariant(false) << u"is_free:  → false"_s;
    QTest::newRow("start") << int(Column::StartsAt) << QVariant(wallClock(QDate(2018, 3, 27), QTime(9, 0)))
                           << u"starts_at:  → 2018-03-27T09:00:00Z"_s;
    QTest::newRow("price") << int(Column::Price) << QVariant(12.5) << u"price:  → 12.5"_s;
    QTest::newRow("audiences") << int(Column::Audiences) << QVariant(6) << u"audiences:  → 6"_s;
    QTest::newRow("organiser type") << int(Column::OrganiserType) << QVariant(int(OrganiserType::Chamber))
                                    << u"organiser_type: other → chamber"_s;
}

void TestRequestColumns::diffWritesTheAuditNotation()
{
    QFETCH(int, column);
    QFETCH(QVariant, value);
    QFETCH(QString, expected);
    Event after;
    RequestColumns::of(Column(column)).set(after, value);
    QCOMPARE(EventDiff::describe(EventDiff::changes(Event(), after)), expected);
}

QTEST_GUILESS_MAIN(TestRequestColumns)
#include "tst_requestcolumns.moc"
