#include "ui/letters/LetterTemplateDialog.h"

#include "app/core/LabelRules.h"
#include "app/core/RefusalReasons.h"
#include "app/core/SessionUser.h"
#include "db/EventRepository.h"
#include "db/LetterTemplateRepository.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTextBlock>
#include <QVBoxLayout>

LetterTemplateDialog::LetterTemplateDialog(
    LetterTemplateRepository& templates, const Event& previewEvent, const Edition& edition, QWidget* parent)
    : QDialog(parent)
    , m_templates(templates)
    , m_previewEvent(previewEvent)
    , m_edition(edition)
    , m_kind(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_versionLabel(new QLabel(this))
    , m_subject(new QLineEdit(this))
    , m_body(new QPlainTextEdit(this))
    , m_placeholders(new QListWidget(this))
    , m_insert(new QPushButton(tr("&Insert"), this))
    , m_fault(new QLabel(this))
    , m_previewTitle(new QLabel(this))
    , m_previewSubject(new QLineEdit(this))
    , m_previewBody(new QPlainTextEdit(this))
    , m_save(new QPushButton(tr("&Save as a new version"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
    , m_insertTarget(m_body)
{
    initUi();
    setupConnections();
    load();
}

void LetterTemplateDialog::initUi()
{
    setObjectName(QStringLiteral("letterTemplateDialog"));
    setWindowTitle(tr("Letter templates"));
    m_kind->setObjectName(QStringLiteral("letterKind"));
    for (LetterKind kind : LetterKinds::all()) {
        m_kind->addItem(LetterKinds::displayName(kind), LetterKinds::key(kind));
    }
    m_language->setObjectName(QStringLiteral("letterLanguage"));
    for (QLocale::Language language : LetterLanguages::all()) {
        m_language->addItem(LetterLanguages::displayName(language), LetterLanguages::key(language));
    }
    m_versionLabel->setObjectName(QStringLiteral("templateVersion"));
    m_subject->setObjectName(QStringLiteral("templateSubject"));
    m_body->setObjectName(QStringLiteral("templateBody"));
    m_body->setTabChangesFocus(true);
    m_body->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_placeholders->setObjectName(QStringLiteral("placeholders"));
    for (const QString& name : LetterTemplate::placeholders()) {
        auto* item = new QListWidgetItem(
            tr("%1 — %2").arg(LetterTemplate::token(name), LetterTemplate::describe(name)), m_placeholders);
        item->setData(Qt::UserRole, LetterTemplate::token(name));
        item->setToolTip(LetterTemplate::describe(name));
    }
    m_placeholders->setCurrentRow(0);
    // The body gets the height; the list scrolls.
    m_placeholders->setMaximumHeight(
        m_placeholders->sizeHintForRow(0) * 8 + 2 * m_placeholders->frameWidth());
    m_insert->setObjectName(QStringLiteral("insertPlaceholder"));
    m_insert->setToolTip(
        tr("Inserts the chosen placeholder where the cursor was in the subject or the body"));
    m_fault->setObjectName(QStringLiteral("templateFault"));
    m_fault->setWordWrap(true);
    m_fault->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_previewTitle->setObjectName(QStringLiteral("previewTitle"));
    m_previewTitle->setWordWrap(true);
    m_previewSubject->setObjectName(QStringLiteral("previewSubject"));
    m_previewSubject->setReadOnly(true);
    m_previewBody->setObjectName(QStringLiteral("previewBody"));
    m_previewBody->setReadOnly(true);
    m_previewBody->setTabChangesFocus(true);
    m_save->setObjectName(QStringLiteral("saveLetterTemplate"));
    m_buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    // Return inserts a placeholder from the list or breaks a line of the body: it presses no button.
    for (QPushButton* button : { m_save, m_insert, m_buttons->button(QDialogButtonBox::Close) }) {
        button->setAutoDefault(false);
        button->setDefault(false);
    }

    auto* choice = new QHBoxLayout;
    auto* kindLabel = new QLabel(tr("&Letter:"), this);
    kindLabel->setBuddy(m_kind);
    auto* languageLabel = new QLabel(tr("L&anguage:"), this);
    languageLabel->setBuddy(m_language);
    choice->addWidget(kindLabel);
    choice->addWidget(m_kind);
    choice->addSpacing(12);
    choice->addWidget(languageLabel);
    choice->addWidget(m_language);
    choice->addSpacing(12);
    choice->addWidget(m_versionLabel, 1);

    auto* editor = new QGroupBox(tr("Template"), this);
    auto* editorLayout = new QFormLayout(editor);
    editorLayout->setRowWrapPolicy(QFormLayout::WrapLongRows);
    editorLayout->addRow(tr("S&ubject:"), m_subject);
    editorLayout->addRow(tr("&Body:"), m_body);
    auto* placeholderRow = new QHBoxLayout;
    placeholderRow->addWidget(m_placeholders, 1);
    placeholderRow->addWidget(m_insert, 0, Qt::AlignTop);
    auto* placeholdersLabel = new QLabel(tr("&Placeholders:"), editor);
    placeholdersLabel->setBuddy(m_placeholders);
    editorLayout->addRow(placeholdersLabel, placeholderRow);
    editorLayout->addRow(m_fault);

    auto* preview = new QGroupBox(tr("Preview"), this);
    auto* previewLayout = new QVBoxLayout(preview);
    previewLayout->addWidget(m_previewTitle);
    previewLayout->addWidget(m_previewSubject);
    previewLayout->addWidget(m_previewBody, 1);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(editor);
    splitter->addWidget(preview);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(choice);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_buttons);
    resize(1280, 700);
}

void LetterTemplateDialog::setupConnections()
{
    connect(m_kind, &QComboBox::currentIndexChanged, this, &LetterTemplateDialog::chooseTemplate);
    connect(m_language, &QComboBox::currentIndexChanged, this, &LetterTemplateDialog::chooseTemplate);
    connect(m_subject, &QLineEdit::textChanged, this, &LetterTemplateDialog::refresh);
    connect(m_body, &QPlainTextEdit::textChanged, this, &LetterTemplateDialog::refresh);
    connect(m_insert, &QPushButton::clicked, this, &LetterTemplateDialog::insertPlaceholder);
    connect(m_placeholders, &QListWidget::itemActivated, this, &LetterTemplateDialog::insertPlaceholder);
    connect(m_save, &QPushButton::clicked, this, &LetterTemplateDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget*, QWidget* now) {
        if (now == m_subject || now == m_body) {
            m_insertTarget = now;
        }
    });
}

LetterKind LetterTemplateDialog::kind() const
{
    return LetterKinds::fromKey(m_kind->currentData().toString()).value_or(LetterKind::Labelled);
}

QLocale::Language LetterTemplateDialog::language() const
{
    return LetterLanguages::fromKey(m_language->currentData().toString()).value_or(QLocale::French);
}

bool LetterTemplateDialog::isModified() const
{
    return m_subject->text() != m_saved.subject() || m_body->toPlainText() != m_saved.body();
}

bool LetterTemplateDialog::mayDiscardChanges()
{
    if (!isModified()) {
        return true;
    }
    return QMessageBox::question(this, tr("Unsaved template"),
               tr("The %1 template in %2 has changes that are not saved. Discard them?")
                   .arg(LetterKinds::displayName(m_shownKind), LetterLanguages::displayName(m_shownLanguage)),
               QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel)
        == QMessageBox::Discard;
}

void LetterTemplateDialog::chooseTemplate()
{
    if (kind() == m_shownKind && language() == m_shownLanguage) {
        return;
    }
    if (!mayDiscardChanges()) {
        // Back to the template being edited, without asking again.
        const QSignalBlocker kindBlocker(m_kind);
        const QSignalBlocker languageBlocker(m_language);
        m_kind->setCurrentIndex(m_kind->findData(LetterKinds::key(m_shownKind)));
        m_language->setCurrentIndex(m_language->findData(LetterLanguages::key(m_shownLanguage)));
        return;
    }
    load();
}

void LetterTemplateDialog::load()
{
    m_shownKind = kind();
    m_shownLanguage = language();
    const StoreResult<LetterTemplateVersion> stored = m_templates.current(m_shownKind, m_shownLanguage);
    m_version = stored ? stored->version : 0;
    m_saved = stored ? stored->letterTemplate : LetterTemplate();
    m_versionLabel->setText(stored
            ? tr("Version %1, saved by %2 on %3")
                  .arg(stored->version)
                  .arg(stored->who, QLocale().toString(stored->savedAt.toLocalTime(), QLocale::ShortFormat))
            : stored.message);
    m_subject->setText(m_saved.subject());
    m_body->setPlainText(m_saved.body());
    refresh();
}

LetterContext LetterTemplateDialog::previewContext() const
{
    // What a decision would give the letter, from the request itself where it can.
    LetterContext context;
    context.reviewerName = SessionUser::name();
    context.reviewerService = tr("Direction générale des entreprises");
    context.labelNumber = QStringLiteral("SI%1-L-00123").arg(m_edition.year);
    context.informationAsked = tr("The programme of the event and the number of places open to the public.");
    context.freeText = tr("Your message, written from the event form.");
    context.decisionDate = QDate::currentDate();
    const RuleReport report
        = LabelRules::evaluateAll(m_previewEvent, { &m_edition, QDate::currentDate(), nullptr });
    for (Check check : report.failedConditions()) {
        context.refusalReasons << RefusalReasons::forCondition(check, m_edition);
    }
    if (context.refusalReasons.isEmpty()) {
        // The request passes every condition: a refusal shows the sentence of C4 as an example.
        context.refusalReasons << RefusalReasons::forCondition(Check::Free, m_edition);
    }
    return context;
}

void LetterTemplateDialog::refresh()
{
    const LetterTemplate edited(m_subject->text(), m_body->toPlainText());
    const std::optional<LetterTemplateError> fault = edited.check();
    m_fault->setText(fault ? fault->message : QString());
    m_save->setEnabled(isModified());
    m_previewTitle->setText(
        tr("As sent for the request %1, “%2” (an example label number, information asked and "
           "message):")
            .arg(m_previewEvent.requestId, m_previewEvent.title));
    const Letter letter = edited.render(m_shownLanguage, m_previewEvent, m_edition, previewContext());
    m_previewSubject->setText(letter.subject);
    m_previewSubject->setCursorPosition(0);
    m_previewBody->setPlainText(letter.body);
}

void LetterTemplateDialog::insertPlaceholder()
{
    const QListWidgetItem* item = m_placeholders->currentItem();
    if (!item) {
        return;
    }
    const QString token = item->data(Qt::UserRole).toString();
    if (m_insertTarget == m_subject) {
        m_subject->insert(token);
    } else {
        m_body->insertPlainText(token);
    }
    m_insertTarget->setFocus();
}

bool LetterTemplateDialog::save()
{
    const LetterTemplate edited(m_subject->text(), m_body->toPlainText());
    const WriteResult result
        = m_templates.save(m_shownKind, m_shownLanguage, edited, m_version, SessionUser::name());
    if (!result.ok()) {
        m_fault->setText(result.message);
        // The cursor goes to the faulty line.
        if (const std::optional<LetterTemplateError> fault = edited.check()) {
            if (fault->part == LetterTemplateError::Part::Body) {
                QTextCursor cursor(m_body->document()->findBlockByNumber(fault->line - 1));
                m_body->setTextCursor(cursor);
                m_body->setFocus();
            } else {
                m_subject->setFocus();
            }
        } else {
            QMessageBox::warning(this, tr("Letter templates"), result.message);
        }
        return false;
    }
    load();
    m_versionLabel->setText(tr("Version %1 saved.").arg(m_version));
    return true;
}

void LetterTemplateDialog::done(int result)
{
    if (result == QDialog::Rejected && !mayDiscardChanges()) {
        return;
    }
    QDialog::done(result);
}
