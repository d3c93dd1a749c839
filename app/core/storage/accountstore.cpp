#include "accountstore.h"

#include "database.h"
#include "sql.h"

#include <core/access/roles.h>

#include <QUuid>

namespace Civitas {

template<typename T>
static Result<T> failed(const Sql::Statement &st, const char *what)
{
    qCWarning(lcStorage) << what << st.error();
    return Result<T>::failure(st.error());
}

Result<bool> AccountStore::exists(const QString &login) const
{
    Sql::Statement st(
        m_database.connection(),
        QStringLiteral("SELECT count(*) FROM user_accounts WHERE login = ? AND deleted = 0"));
    if (!st.first({login}))
        return failed<bool>(st, "looking for an account:");
    return st.value(0).toInt() > 0;
}

Result<bool> AccountStore::isEmpty() const
{
    Sql::Statement st(m_database.connection(),
                      QStringLiteral("SELECT count(*) FROM user_accounts"));
    if (!st.first({}))
        return failed<bool>(st, "counting the accounts:");
    return st.value(0).toInt() == 0;
}

Result<> AccountStore::createOwner(const QString &login)
{
    QSqlDatabase db = m_database.connection();
    if (const auto begun = Sql::beginWrite(db); !begun.ok()) {
        qCWarning(lcStorage) << "creating the owner's account:" << begun.error();
        return begun;
    }
    auto fail = [&db](const QString &error) {
        db.rollback();
        qCWarning(lcStorage) << "creating the owner's account:" << error;
        return Result<>::failure(error);
    };
    const QString userId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    Sql::Statement account(db,
                           QStringLiteral("INSERT INTO user_accounts (id, login, display_name, "
                                          "updated_by) VALUES (?, ?, ?, ?)"));
    if (!account.exec({userId, login, login, login}))
        return fail(account.error());
    Sql::Statement role(
        db,
        QStringLiteral("INSERT INTO role_memberships (id, user_id, role, updated_by) "
                       "VALUES (?, ?, ?, ?)"));
    for (const QString &r : Roles::all()) {
        if (!role.exec({QUuid::createUuid().toString(QUuid::WithoutBraces), userId, r, login}))
            return fail(role.error());
    }
    if (!db.commit())
        return fail(db.lastError().text());
    return success();
}

Result<QString> AccountStore::loginOf(const QString &accountId) const
{
    Sql::Statement st(m_database.connection(),
                      QStringLiteral("SELECT login FROM user_accounts WHERE id = ?"));
    if (st.first({accountId}))
        return st.text(0);
    if (st.failed())
        return failed<QString>(st, "reading an account's login:");
    return QString();
}

Result<QList<AccountStore::Match>> AccountStore::search(const QString &ftsQuery, int limit) const
{
    Sql::Statement st(
        m_database.connection(),
        QStringLiteral("SELECT u.id, u.display_name, u.login, coalesce(o.name, '') "
                       "FROM user_accounts u LEFT JOIN org_units o ON o.id = u.org_unit_id "
                       "WHERE u.deleted = 0 AND u.rowid IN (SELECT rowid FROM "
                       "user_accounts_fts WHERE user_accounts_fts MATCH ? "
                       "ORDER BY rank LIMIT ?) ORDER BY u.display_name COLLATE french"));
    if (!st.exec({ftsQuery, limit}))
        return failed<QList<Match>>(st, "searching the accounts:");
    QList<Match> matches;
    while (st.next())
        matches.append({st.text(0), st.text(1), st.text(2), st.text(3)});
    return matches;
}

} // namespace Civitas
