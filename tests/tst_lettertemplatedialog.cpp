// The letter templates' editor driven from the keyboard at 1366×768: the default letter and its
// preview, a placeholder inserted from the list, a save refused with the line of an unknown
// placeholder, a save that adds a version, and the unsaved changes asked about.

#include "ExpectedDialog.h"
#include "TestData.h"
#include "TestStore.h"

#include "db/Database.h"
#include "db/LetterTemplateRepository.h"
#include "ui/letters/LetterTemplateDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

class TestLetterTemplateDialog : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void previewOfTheDefaultLetter();
    void editFromTheKeyboard();
    void unsavedChangesAreAskedAbout();

private:
    // The dialog on screen, at most 1366×768, for a request of the store.
    std::unique_ptr<LetterTemplateDialog> openDialog();
    template <typename T> T* child(const char* name) const
    {
        T* widget = m_dialog->findChild<T*>(QLatin1String(name));
        if (!widget) {
            qFatal("no %s", name);
        }
        return widget;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<LetterTemplateRepository> m_templates;
    std::unique_ptr<LetterTemplateDialog> m_dialog;
};

void TestLetterTemplateDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_database = std::make_unique<Database>();
    QVERIFY2(m_database->open(m_dir->filePath(QStringLiteral("store.sqlite"))),
        qPrintable(m_database->errorString()));
    m_templates = std::make_unique<LetterTemplateRepository>(*m_database);
}

void TestLetterTemplateDialog::cleanup()
{
    m_dialog.reset();
    m_templates.reset();
    m_database.reset();
    m_dir.reset();
}

std::unique_ptr<LetterTemplateDialog> TestLetterTemplateDialog::openDialog()
{
    Event event = passingEvent();
    event.contactName = QStringLiteral("Émilie Martin");
    auto dialog = std::make_unique<LetterTemplateDialog>(*m_templates, event, edition2018(), nullptr);
    dialog->move(0, 0);
    dialog->show();
    return dialog;
}

void TestLetterTemplateDialog::previewOfTheDefaultLetter()
{
    m_dialog = openDialog();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    QVERIFY2(m_dialog->frameGeometry().width() <= 1366 && m_dialog->frameGeometry().height() <= 768,
        qPrintable(QStringLiteral("%1×%2").arg(m_dialog->width()).arg(m_dialog->height())));
    QCOMPARE(m_dialog->kind(), LetterKind::Labelled);
    QCOMPARE(m_dialog->language(), QLocale::French);
    QCOMPARE(m_dialog->version(), 1);
    QVERIFY(child<QLineEdit>("templateSubject")->text().contains(QLatin1String("{{label_number}}")));
    QCOMPARE(child<QLineEdit>("previewSubject")->text(),
        QStringLiteral("Semaine de l'industrie 2018 : votre événement « Visite de l'usine » est labellisé "
                       "(SI2018-L-00123)"));
    const QString body = child<QPlainTextEdit>("previewBody")->toPlainText();
    QVERIFY2(body.startsWith(QStringLiteral("Bonjour Émilie Martin,")), qPrintable(body));
    QVERIFY(child<QLabel>("previewTitle")->text().contains(QLatin1String("SI2018-TEST01")));
    QVERIFY(child<QLabel>("templateFault")->text().isEmpty());
    QVERIFY(!child<QPushButton>("saveLetterTemplate")->isEnabled());
    // Every placeholder is offered, with what it stands for.
    auto* placeholders = child<QListWidget>("placeholders");
    QCOMPARE(placeholders->count(), LetterTemplate::placeholders().size());
    QVERIFY(placeholders->item(1)->text().startsWith(u"{{title}} — "_s));

    // The English letter, chosen from the keyboard.
    auto* language = child<QComboBox>("letterLanguage");
    language->setFocus();
    QTest::keyClick(language, Qt::Key_Down);
    QCOMPARE(m_dialog->language(), QLocale::English);
    QVERIFY(child<QPlainTextEdit>("previewBody")
            ->toPlainText()
            .startsWith(QStringLiteral("Dear Émilie Martin,")));
    QVERIFY(child<QPlainTextEdit>("previewBody")
            ->toPlainText()
            .contains(QStringLiteral("on Wednesday 28 March 2018 from 10:00 to 12:00")));

    // Looked at by a person: the screenshot of the editor.
    const QString shot = m_dir->filePath(QStringLiteral("letter-templates.png"));
    QVERIFY(m_dialog->grab().save(shot));
    if (const QString keep = qEnvironmentVariable("SEMAINE_SCREENSHOTS"); !keep.isEmpty()) {
        m_dialog->grab().save(keep + QStringLiteral("/letter-templates.png"));
    }
}

void TestLetterTemplateDialog::editFromTheKeyboard()
{
    m_dialog = openDialog();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    auto* kind = child<QComboBox>("letterKind");
    kind->setFocus();
    QTest::keyClick(kind, Qt::Key_Down);
    QCOMPARE(m_dialog->kind(), LetterKind::Refused);
    // The request passes every condition: the preview shows the sentence of C4 as an example.
    QVERIFY(child<QPlainTextEdit>("previewBody")
            ->toPlainText()
            .contains(QStringLiteral("\n– The event charges a fee: the label requires free access.\n")));

    // A new body typed in, a placeholder misspelt on its third line.
    auto* body = child<QPlainTextEdit>("templateBody");
    body->setFocus();
    QTest::keyClick(body, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(body, QStringLiteral("Bonjour {{contact_name}},"));
    QTest::keyClick(body, Qt::Key_Return);
    QTest::keyClick(body, Qt::Key_Return);
    QTest::keyClicks(body, QStringLiteral("Motifs : {{motifs}}"));
    auto* fault = child<QLabel>("templateFault");
    QCOMPARE(fault->text(), QStringLiteral("Body, line 3: the placeholder {{motifs}} is unknown."));
    auto* save = child<QPushButton>("saveLetterTemplate");
    QVERIFY(save->isEnabled());
    save->setFocus();
    QTest::keyClick(save, Qt::Key_Space);
    QCOMPARE(m_templates->history(LetterKind::Refused, QLocale::French)->size(), 1);
    QCOMPARE(fault->text(), QStringLiteral("Body, line 3: the placeholder {{motifs}} is unknown."));
    // The cursor waits on the faulty line.
    QCOMPARE(QApplication::focusWidget(), body);
    QCOMPARE(body->textCursor().blockNumber(), 2);

    // The misspelt word removed, the right placeholder inserted from the list.
    QTest::keyClick(body, Qt::Key_End);
    for (int i = 0; i < int(QStringLiteral("{{motifs}}").size()); ++i) {
        QTest::keyClick(body, Qt::Key_Backspace);
    }
    auto* placeholders = child<QListWidget>("placeholders");
    placeholders->setFocus();
    QTest::keyClick(placeholders, Qt::Key_Home);
    const int reasons = LetterTemplate::placeholders().indexOf(QStringLiteral("refusal_reasons"));
    for (int i = 0; i < reasons; ++i) {
        QTest::keyClick(placeholders, Qt::Key_Down);
    }
    QTest::keyClick(placeholders, Qt::Key_Return);
    QCOMPARE(QApplication::focusWidget(), body);
    QCOMPARE(
        body->toPlainText(), QStringLiteral("Bonjour {{contact_name}},\n\nMotifs : {{refusal_reasons}}"));
    QVERIFY(fault->text().isEmpty());
    QVERIFY(child<QPlainTextEdit>("previewBody")
            ->toPlainText()
            .startsWith(QStringLiteral("Bonjour Émilie Martin,\n\nMotifs : – ")));

    // Into the subject too: the placeholder goes where the cursor was last.
    auto* subject = child<QLineEdit>("templateSubject");
    subject->setFocus();
    QTest::keyClick(subject, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(subject, QStringLiteral("Refus : "));
    placeholders->setFocus();
    QTest::keyClick(placeholders, Qt::Key_Home);
    QTest::keyClick(placeholders, Qt::Key_Return);
    QCOMPARE(subject->text(), QStringLiteral("Refus : {{request_id}}"));
    QCOMPARE(child<QLineEdit>("previewSubject")->text(), QStringLiteral("Refus : SI2018-TEST01"));

    save->setFocus();
    QTest::keyClick(save, Qt::Key_Space);
    QCOMPARE(m_dialog->version(), 2);
    QVERIFY(!m_dialog->isModified());
    const StoreResult<LetterTemplateVersion> saved
        = m_templates->current(LetterKind::Refused, QLocale::French);
    QCOMPARE(saved->version, 2);
    QCOMPARE(saved->letterTemplate.subject(), QStringLiteral("Refus : {{request_id}}"));
    QCOMPARE(m_templates->history(LetterKind::Refused, QLocale::French)->size(), 2);
    QVERIFY(child<QLabel>("templateVersion")->text().contains(QLatin1String("2")));
}

void TestLetterTemplateDialog::unsavedChangesAreAskedAbout()
{
    m_dialog = openDialog();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    auto* subject = child<QLineEdit>("templateSubject");
    subject->setFocus();
    QTest::keyClicks(subject, QStringLiteral(" !"));
    // Another letter chosen: the question comes; Cancel keeps the edited one.
    const auto answer = [](QMessageBox::StandardButton button) {
        return ExpectedDialog::expect<QMessageBox>(QString(), [button](QMessageBox* box) {
            if (button == QMessageBox::Cancel) {
                QTest::keyClick(box, Qt::Key_Escape);
            } else {
                box->button(button)->setFocus();
                QTest::keyClick(box->button(button), Qt::Key_Space);
            }
        });
    };
    auto* kind = child<QComboBox>("letterKind");
    auto box = answer(QMessageBox::Cancel);
    kind->setFocus();
    QTest::keyClick(kind, Qt::Key_Down);
    QVERIFY_ANSWERED(box);
    QCOMPARE(m_dialog->kind(), LetterKind::Labelled);
    QVERIFY(subject->text().endsWith(QLatin1String(" !")));
    box = answer(QMessageBox::Discard);
    QTest::keyClick(kind, Qt::Key_Down);
    QVERIFY_ANSWERED(box);
    QCOMPARE(m_dialog->kind(), LetterKind::Refused);
    QVERIFY(!m_dialog->isModified());
    QCOMPARE(m_templates->history(LetterKind::Labelled, QLocale::French)->size(), 1);
}

QTEST_MAIN(TestLetterTemplateDialog)
#include "tst_lettertemplatedialog.moc"
