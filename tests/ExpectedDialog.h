#pragma once

#include <QApplication>
#include <QDialog>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>

// Answers the next modal dialog of a GUI test, and never leaves one open.
//
// A QTimer::singleShot(0) lambda with QVERIFY inside returns at its first failure and leaves the
// dialog open, and so does one that finds another box than it expected: the test then waits in
// exec() until ctest's timeout. An ExpectedDialog watches for the next modal widget from the
// moment it is made. The expected one (its class and objectName) is handed to the answer; any
// other is recorded with its title. Either way it is closed if still open, so that the code that
// opened it returns and the test reports what happened:
//
//     const auto reason = ExpectedDialog::expect<QInputDialog>(u"dismissReason"_s, [](QInputDialog* dialog) {
//     … }); QTest::keyClick(dismiss, Qt::Key_Space); QVERIFY_ANSWERED(reason);
class ExpectedDialog {
public:
    // `name` is the dialog's objectName; empty for a dialog without one (QMessageBox::information()).
    template <class Dialog>
    static std::unique_ptr<ExpectedDialog> expect(const QString& name, std::function<void(Dialog*)> answer)
    {
        return std::unique_ptr<ExpectedDialog>(new ExpectedDialog(name, [answer](QWidget* widget) {
            auto* dialog = qobject_cast<Dialog*>(widget);
            if (dialog) {
                answer(dialog);
            }
            return dialog != nullptr;
        }));
    }
    // Watches for a dialog that must not open: anyOpened() says whether one did (and closed it).
    static std::unique_ptr<ExpectedDialog> none()
    {
        return std::unique_ptr<ExpectedDialog>(
            new ExpectedDialog(QStringLiteral("no dialog"), [](QWidget*) { return false; }));
    }
    ExpectedDialog(const ExpectedDialog&) = delete;
    ExpectedDialog& operator=(const ExpectedDialog&) = delete;

    // The expected dialog opened and was answered.
    bool answered() const { return m_answered; }
    bool anyOpened() const { return !m_opened.isEmpty(); }
    // Why it was not answered: what opened instead, or that nothing did.
    QString problem() const
    {
        if (m_answered) {
            return {};
        }
        return m_opened.isEmpty() ? QStringLiteral("no dialog opened; expected “%1”").arg(m_name)
                                  : QStringLiteral("%1 opened instead of “%2”").arg(m_opened, m_name);
    }

private:
    ExpectedDialog(const QString& name, std::function<bool(QWidget*)> answer)
        : m_name(name)
        , m_answer(std::move(answer))
    {
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout, [this] { look(); });
        m_timer.start();
    }

    void look()
    {
        const QPointer<QWidget> modal = QApplication::activeModalWidget();
        if (!modal) {
            return;
        }
        m_timer.stop();
        m_opened = QStringLiteral("“%1” (%2 “%3”)")
                       .arg(modal->windowTitle(), QLatin1String(modal->metaObject()->className()),
                           modal->objectName());
        m_answered = (m_name.isEmpty() || modal->objectName() == m_name) && m_answer(modal);
        // Whatever the answer did or failed to do, the dialog does not stay open.
        if (modal && modal->isVisible()) {
            if (auto* dialog = qobject_cast<QDialog*>(modal.data())) {
                dialog->reject();
            } else {
                modal->close();
            }
        }
    }

    QString m_name;
    std::function<bool(QWidget*)> m_answer;
    QTimer m_timer;
    QString m_opened;
    bool m_answered = false;
};

#define QVERIFY_ANSWERED(expected) QVERIFY2((expected)->answered(), qPrintable((expected)->problem()))
