#include "SecretStore.h"

#include <QCoreApplication>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace sonde {
namespace {

// One keychain call with a deadline: exactly one of onFinished / onTimeout runs. A job that
// never finishes is left to the keychain library (it is parented to nothing we delete).
template<typename OnFinished, typename OnTimeout>
void runWithDeadline(QObject *context, QKeychain::Job *job, int timeoutMs, OnFinished onFinished,
                     OnTimeout onTimeout)
{
    auto done = std::make_shared<bool>(false);
    job->setAutoDelete(false);
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [done, job, onFinished](QKeychain::Job *) {
                         job->deleteLater();
                         if (*done)
                             return;
                         *done = true;
                         onFinished(job);
                     });
    QTimer::singleShot(timeoutMs, context, [done, onTimeout]() {
        if (*done)
            return;
        *done = true;
        onTimeout();
    });
    job->start();
}

bool meansNoKeychain(QKeychain::Error e)
{
    return e == QKeychain::NoBackendAvailable || e == QKeychain::NotImplemented ||
           e == QKeychain::OtherError || e == QKeychain::AccessDenied ||
           e == QKeychain::AccessDeniedByUser;
}

} // namespace

SecretStore::SecretStore(QObject *parent, const QString &service)
    : QObject(parent)
    , m_service(service)
{}

SecretStore::~SecretStore() = default;

void SecretStore::useMemoryOnly(const QString &reason)
{
    fallBack(reason);
}

void SecretStore::fallBack(const QString &reason)
{
    if (m_backend == Backend::Memory)
        return;
    m_backend = Backend::Memory;
    m_reason = tr("No keychain is available (%1): passwords are kept in memory for this "
                  "session only and asked for again next time.")
                   .arg(reason);
    emit backendChanged(m_backend, m_reason);
}

bool SecretStore::cached(const QString &key, QString *secret) const
{
    const auto it = m_memory.constFind(key);
    if (it == m_memory.cend())
        return false;
    *secret = it.value();
    return true;
}

void SecretStore::read(const QString &key, ReadDone done)
{
    QString secret;
    if (cached(key, &secret) || m_backend == Backend::Memory) {
        const bool found = m_memory.contains(key);
        QTimer::singleShot(0, this, [done, found, secret]() { done(found, secret); });
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(key);
    runWithDeadline(
        this, job, m_timeoutMs,
        [this, key, done](QKeychain::Job *j) {
            auto *r = static_cast<QKeychain::ReadPasswordJob *>(j);
            if (r->error() == QKeychain::NoError) {
                m_memory.insert(key, r->textData());
                done(true, r->textData());
                return;
            }
            if (r->error() != QKeychain::EntryNotFound && meansNoKeychain(r->error()))
                fallBack(r->errorString());
            done(false, QString());
        },
        [this, done]() {
            fallBack(tr("the keychain did not answer within %1 s; it may be locked or waiting "
                        "for an unlock prompt")
                         .arg(m_timeoutMs / 1000.0, 0, 'g', 2));
            done(false, QString());
        });
}

void SecretStore::write(const QString &key, const QString &secret, WriteDone done)
{
    m_memory.insert(key, secret);
    if (m_backend == Backend::Memory) {
        const QString message = m_reason;
        QTimer::singleShot(0, this, [done, message]() { done(false, message); });
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(key);
    job->setTextData(secret);
    runWithDeadline(
        this, job, m_timeoutMs,
        [this, done](QKeychain::Job *j) {
            if (j->error() == QKeychain::NoError) {
                done(true, tr("The password is saved in the keychain."));
                return;
            }
            fallBack(j->errorString());
            done(false, m_reason);
        },
        [this, done]() {
            fallBack(tr("the keychain did not answer within %1 s; it may be locked or waiting "
                        "for an unlock prompt")
                         .arg(m_timeoutMs / 1000.0, 0, 'g', 2));
            done(false, m_reason);
        });
}

void SecretStore::remove(const QString &key, std::function<void()> done)
{
    m_memory.remove(key);
    if (m_backend == Backend::Memory) {
        if (done)
            QTimer::singleShot(0, this, done);
        return;
    }
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(key);
    auto finish = [done]() {
        if (done)
            done();
    };
    runWithDeadline(
        this, job, m_timeoutMs, [finish](QKeychain::Job *) { finish(); },
        [this, finish]() {
            fallBack(tr("the keychain did not answer within %1 s").arg(m_timeoutMs / 1000.0));
            finish();
        });
}

} // namespace sonde
