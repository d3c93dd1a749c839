#pragma once

#include <core/coreglobal.h>

#include <QObject>
#include <QSet>
#include <QStringList>

namespace Civitas {

class Database;

// Who is using the application now, and with which roles. The interface uses it to show
// only what the roles allow; the server's row-level security is what enforces it.
class CIVITAS_CORE_EXPORT Session : public QObject
{
    Q_OBJECT
public:
    explicit Session(QObject *parent = nullptr);

    // Loads the account and its roles from the local file. False if no such active account.
    bool logIn(Database &database, const QString &login, QString *errorMessage);
    // For tests and tools that need a session without accounts.
    void setUser(const QString &userId,
                 const QString &login,
                 const QString &displayName,
                 const QString &agentId,
                 const QStringList &roles);

    QString userId() const { return m_userId; }
    QString login() const { return m_login; }
    QString displayName() const { return m_displayName; }
    QString agentId() const { return m_agentId; }
    QStringList roles() const;
    bool hasRole(const QString &role) const { return m_roles.contains(role); }
    // True when `required` is empty or shares a role with this session.
    bool hasAnyRole(const QStringList &required) const;

signals:
    void changed();

private:
    QString m_userId;
    QString m_login;
    QString m_displayName;
    QString m_agentId;
    QSet<QString> m_roles;
};

} // namespace Civitas
