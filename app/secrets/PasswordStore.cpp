#include "app/secrets/PasswordStore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QHash>
#include <QMutex>
#include <QThread>
#include <QUrl>

#include <qt6keychain/keychain.h>

namespace {

// This session's passwords; worker threads opening their own connection to the store read them.
QMutex& memoryLock()
{
    static QMutex lock;
    return lock;
}

QHash<QString, QString>& memory()
{
    static QHash<QString, QString> passwords;
    return passwords;
}

void remember(const QString& account, const QString& password)
{
    const QMutexLocker locker(&memoryLock());
    memory().insert(account, password);
}

// The keyring speaks through D-Bus jobs that finish in an event loop: only the main thread asks it,
// and only while the application exists. QtKeychain's plain-text fallback (QSettings) stays off.
bool keyringReachable()
{
    return QCoreApplication::instance() && QThread::currentThread() == QCoreApplication::instance()->thread()
        && QKeychain::isAvailable();
}

QString service() { return QCoreApplication::applicationName(); }

// Runs job to its end; true when the keyring did what was asked.
bool finish(QKeychain::Job& job, const QString& account)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    job.setKey(account);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    return job.error() == QKeychain::NoError;
}

} // namespace

namespace PasswordStore {

QString smtpAccount(const QString& user, const QString& url)
{
    return QStringLiteral("smtp:%1@%2").arg(user, url);
}

QString storeAccount(const QString& url)
{
    QUrl withoutPassword(url);
    withoutPassword.setPassword(QString());
    return QStringLiteral("store:%1").arg(withoutPassword.toString());
}

QString remembered(const QString& account)
{
    const QMutexLocker locker(&memoryLock());
    return memory().value(account);
}

QString find(const QString& account)
{
    if (QString password = remembered(account); !password.isEmpty() || !keyringReachable()) {
        return password;
    }
    QKeychain::ReadPasswordJob job(service());
    if (!finish(job, account)) {
        return {};
    }
    remember(account, job.textData());
    return job.textData();
}

bool keep(const QString& account, const QString& password)
{
    remember(account, password);
    if (!keyringReachable()) {
        return false;
    }
    QKeychain::WritePasswordJob job(service());
    job.setTextData(password);
    return finish(job, account);
}

void forget(const QString& account)
{
    {
        const QMutexLocker locker(&memoryLock());
        memory().remove(account);
    }
    if (keyringReachable()) {
        QKeychain::DeletePasswordJob job(service());
        finish(job, account);
    }
}

} // namespace PasswordStore
