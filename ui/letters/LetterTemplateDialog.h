#pragma once

#include "app/core/Edition.h"
#include "app/core/Event.h"
#include "app/core/LetterTemplate.h"

#include <QDialog>

class LetterTemplateRepository;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QWidget;

// The administrators' editor of the letter templates: a kind and a language, its subject and
// body, the placeholders to insert, and the letter as it would leave for a real request of the
// store, worked out again as they type. Saving adds a version; a fault is refused with its line.
class LetterTemplateDialog : public QDialog {
    Q_OBJECT

public:
    // `previewEvent` is the request the preview is written for (the queue's current one).
    LetterTemplateDialog(LetterTemplateRepository& templates, const Event& previewEvent,
        const Edition& edition, QWidget* parent);

    LetterKind kind() const;
    QLocale::Language language() const;
    // The latest version shown, 0 when the store has none.
    int version() const { return m_version; }
    bool isModified() const;

public slots:
    // Saves the subject and body as the next version; false (and says why) when it is refused.
    bool save();

protected:
    void done(int result) override;

private:
    void initUi();
    void setupConnections();
    // Loads the latest version of the chosen kind and language, after asking about unsaved changes.
    void chooseTemplate();
    void load();
    // Checks the template, shows the fault if any, and writes the preview.
    void refresh();
    void insertPlaceholder();
    // True when nothing typed would be lost, or the administrator agrees to lose it.
    bool mayDiscardChanges();
    LetterContext previewContext() const;

    LetterTemplateRepository& m_templates;
    const Event m_previewEvent;
    const Edition m_edition;
    int m_version = 0;
    LetterTemplate m_saved;
    LetterKind m_shownKind = LetterKind::Labelled;
    QLocale::Language m_shownLanguage = QLocale::French;
    QComboBox* m_kind;
    QComboBox* m_language;
    QLabel* m_versionLabel;
    QLineEdit* m_subject;
    QPlainTextEdit* m_body;
    QListWidget* m_placeholders;
    QPushButton* m_insert;
    QLabel* m_fault;
    QLabel* m_previewTitle;
    QLineEdit* m_previewSubject;
    QPlainTextEdit* m_previewBody;
    QPushButton* m_save;
    QDialogButtonBox* m_buttons;
    // Where a placeholder goes: the subject or the body, whichever had the focus last.
    QWidget* m_insertTarget;
};
