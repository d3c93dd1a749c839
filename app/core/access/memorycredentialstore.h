#pragma once

#include "credentialstore.h"
#include <core/coreglobal.h>

#include <QHash>

namespace Civitas {

// Passwords in memory, for unit tests: answers like the keychain does (later, through the
// signals), and can be told to fail or to hang, to test how callers cope.
class CIVITAS_CORE_EXPORT MemoryCredentialStore : public CredentialStore
{
    Q_OBJECT
public:
    explicit MemoryCredentialStore(QObject *parent = nullptr);

    void readPassword(const QString &account) override;
    void writePassword(const QString &account, const QString &password) override;
    void deletePassword(const QString &account) override;

    bool contains(const QString &account) const { return m_passwords.contains(account); }
    int count() const { return m_passwords.size(); }

    // A non-empty message makes every later call fail with it; empty makes calls work again.
    void setFailure(const QString &errorMessage) { m_failure = errorMessage; }
    // False makes later calls never answer, as a keychain waiting forever to be unlocked.
    void setAnswering(bool answering) { m_answering = answering; }

private:
    template<typename Answer>
    void answerLater(Answer answer);

    QHash<QString, QString> m_passwords;
    QString m_failure;
    bool m_answering = true;
};

} // namespace Civitas
