#pragma once

#include <core/coreglobal.h>
#include <core/result.h>

#include <QList>
#include <QString>

namespace Civitas {

class Database;

// The user accounts of the local file as the shell needs them at start-up and on the
// organisation page: is there an account for this login yet, the first account of a file used
// on this computer alone, the login of an account, and the accounts a global search finds.
// Logging in itself (account and roles into the session) is Session's.
class CIVITAS_CORE_EXPORT AccountStore
{
public:
    // An account as a search result.
    struct Match
    {
        QString id;
        QString displayName;
        QString login;
        QString unitName; // empty when the account has no unit
    };

    explicit AccountStore(Database &database)
        : m_database(database)
    {}

    // A live account for `login`: in server mode, whether the first sync already brought it.
    Result<bool> exists(const QString &login) const;
    // No account at all, withdrawn ones included: a file nobody has used yet.
    Result<bool> isEmpty() const;
    // The owner of a file used on this computer alone: an account for `login` (named `login`)
    // holding every role, written all or nothing.
    Result<> createOwner(const QString &login);
    // Empty when there is no such account.
    Result<QString> loginOf(const QString &accountId) const;
    // Live accounts matching `ftsQuery` (Sql::ftsQuery) on their name, login or
    // e-mail: the best `limit` matches, by name.
    Result<QList<Match>> search(const QString &ftsQuery, int limit) const;

private:
    Database &m_database;
};

} // namespace Civitas
