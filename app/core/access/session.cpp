#include "session.h"
#include <core/coretr.h>

#include "roles.h"
#include <core/storage/database.h>

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace Civitas {

Session::Session(QObject *parent)
    : QObject(parent)
{}

bool Session::logIn(Database &database, const QString &login, QString *errorMessage)
{
    QSqlQuery q(database.connection());
    q.prepare(QStringLiteral("SELECT id, display_name, coalesce(agent_id, ''), active "
                             "FROM user_accounts WHERE login = ? AND deleted = 0"));
    q.addBindValue(login);
    if (!q.exec()) {
        *errorMessage = q.lastError().text();
        return false;
    }
    if (!q.next()) {
        *errorMessage = Tr::tr("There is no account named \"%1\".").arg(login);
        return false;
    }
    if (!q.value(3).toBool()) {
        *errorMessage = Tr::tr("The account \"%1\" is disabled.").arg(login);
        return false;
    }
    const QString userId = q.value(0).toString();
    const QString displayName = q.value(1).toString();
    const QString agentId = q.value(2).toString();
    QStringList roles;
    q.prepare(QStringLiteral("SELECT role FROM role_memberships WHERE user_id = ? AND deleted = 0 "
                             "ORDER BY role"));
    q.addBindValue(userId);
    if (!q.exec()) {
        *errorMessage = q.lastError().text();
        return false;
    }
    while (q.next())
        roles << q.value(0).toString();
    database.setCurrentUser(login);
    setUser(userId, login, displayName, agentId, roles);
    return true;
}

void Session::setUser(const QString &userId,
                      const QString &login,
                      const QString &displayName,
                      const QString &agentId,
                      const QStringList &roles)
{
    m_userId = userId;
    m_login = login;
    m_displayName = displayName;
    m_agentId = agentId;
    m_roles = QSet<QString>(roles.begin(), roles.end());
    emit changed();
}

QStringList Session::roles() const
{
    QStringList list;
    for (const QString &role : Roles::all()) {
        if (m_roles.contains(role))
            list << role;
    }
    return list;
}

bool Session::hasAnyRole(const QStringList &required) const
{
    if (required.isEmpty())
        return true;
    for (const QString &role : required) {
        if (m_roles.contains(role))
            return true;
    }
    return false;
}

} // namespace Civitas
