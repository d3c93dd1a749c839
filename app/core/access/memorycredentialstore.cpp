#include "memorycredentialstore.h"

#include <QTimer>

namespace Civitas {

MemoryCredentialStore::MemoryCredentialStore(QObject *parent)
    : CredentialStore(parent)
{}

template<typename Answer>
void MemoryCredentialStore::answerLater(Answer answer)
{
    // Never inside the call: callers must not depend on an answer that a real keychain
    // cannot give synchronously.
    if (m_answering)
        QTimer::singleShot(0, this, answer);
}

void MemoryCredentialStore::readPassword(const QString &account)
{
    if (!m_failure.isEmpty()) {
        answerLater([this, account, failure = m_failure] {
            emit passwordRead(account, Result::Failure, QString(), failure);
        });
        return;
    }
    const auto it = m_passwords.constFind(account);
    if (it == m_passwords.cend()) {
        answerLater([this, account] { emit passwordRead(account, Result::NotFound, {}, {}); });
        return;
    }
    answerLater([this, account, password = it.value()] {
        emit passwordRead(account, Result::Success, password, QString());
    });
}

void MemoryCredentialStore::writePassword(const QString &account, const QString &password)
{
    if (!m_failure.isEmpty()) {
        answerLater([this, account, failure = m_failure] {
            emit passwordWritten(account, false, failure);
        });
        return;
    }
    if (!m_answering)
        return;
    m_passwords.insert(account, password);
    answerLater([this, account] { emit passwordWritten(account, true, QString()); });
}

void MemoryCredentialStore::deletePassword(const QString &account)
{
    if (!m_failure.isEmpty()) {
        answerLater([this, account, failure = m_failure] {
            emit passwordDeleted(account, false, failure);
        });
        return;
    }
    if (!m_answering)
        return;
    m_passwords.remove(account);
    answerLater([this, account] { emit passwordDeleted(account, true, QString()); });
}

} // namespace Civitas
