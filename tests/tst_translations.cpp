// The French catalogue is complete: every message translated, and every string that lupdate finds
// in the sources present in the catalogue (so a new tr() without its translation fails here).
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message {
    QString context;
    QString source;
    QString type; // the <translation> type attribute: "", "unfinished", "vanished", "obsolete"
    QStringList translations;
};

QList<Message> readCatalogue(const QString& path, QString* error)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("context")) {
                context.clear();
            } else if (name == QLatin1String("name") && context.isEmpty()) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                current = Message { context, {}, {}, {} };
            } else if (name == QLatin1String("source")) {
                current.source = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                current.type = xml.attributes().value(QLatin1String("type")).toString();
                bool numerus = false;
                QString text;
                while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) && !xml.atEnd()) {
                    xml.readNext();
                    if (xml.isStartElement() && xml.name() == QLatin1String("numerusform")) {
                        numerus = true;
                        current.translations << xml.readElementText();
                    } else if (xml.isCharacters()) {
                        text += xml.text();
                    }
                }
                if (!numerus) {
                    current.translations << text;
                }
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            messages.append(current);
        }
    }
    if (xml.hasError()) {
        *error = xml.errorString();
    }
    return messages;
}

QString catalogue(const QString& language = QStringLiteral("fr"))
{
    return QStringLiteral(SEMAINE_SOURCE_DIR "/translations/semaine-admin_%1.ts").arg(language);
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT

private slots:
    void everyMessageIsTranslated_data();
    void everyMessageIsTranslated();
    void everySourceStringIsInTheCatalogue();
};

void TestTranslations::everyMessageIsTranslated_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("atLeast");
    QTest::newRow("French, every string") << QStringLiteral("fr") << 150;
    QTest::newRow("English, plurals only") << QStringLiteral("en") << 4;
}

void TestTranslations::everyMessageIsTranslated()
{
    QFETCH(QString, language);
    QFETCH(int, atLeast);
    QString error;
    const QList<Message> messages = readCatalogue(catalogue(language), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(messages.size() >= atLeast);
    QStringList problems;
    for (const Message& m : messages) {
        const bool empty = m.translations.isEmpty()
            || std::any_of(m.translations.cbegin(), m.translations.cend(),
                [](const QString& t) { return t.trimmed().isEmpty(); });
        if (!m.type.isEmpty() || empty) {
            problems << QStringLiteral("%1: \"%2\" (%3)")
                            .arg(m.context, m.source, m.type.isEmpty() ? QStringLiteral("empty") : m.type);
        }
    }
    QVERIFY2(problems.isEmpty(),
        qPrintable(QStringLiteral("unfinished translations:\n") + problems.join(QLatin1Char('\n'))));
}

void TestTranslations::everySourceStringIsInTheCatalogue()
{
    QTemporaryDir dir;
    const QString fresh = dir.filePath(QStringLiteral("fresh_fr.ts"));
    QProcess lupdate;
    lupdate.setWorkingDirectory(QStringLiteral(SEMAINE_SOURCE_DIR));
    lupdate.start(QStringLiteral(LUPDATE_EXECUTABLE),
        { QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none"),
            QStringLiteral("-extensions"), QStringLiteral("cpp,h,qml"), QStringLiteral("app"),
            QStringLiteral("db"), QStringLiteral("ui"), QStringLiteral("-ts"), fresh });
    QVERIFY(lupdate.waitForFinished(120000));
    QCOMPARE(lupdate.exitCode(), 0);

    QString error;
    QSet<QString> known;
    for (const Message& m : readCatalogue(catalogue(), &error)) {
        known.insert(m.context + QLatin1Char('\x1f') + m.source);
    }
    QStringList missing;
    for (const Message& m : readCatalogue(fresh, &error)) {
        if (!known.contains(m.context + QLatin1Char('\x1f') + m.source)) {
            missing << QStringLiteral("%1: \"%2\"").arg(m.context, m.source);
        }
    }
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(missing.isEmpty(),
        qPrintable(QStringLiteral("strings missing from the catalogue (run the update_translations target "
                                  "and translate them):\n")
            + missing.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
