#include "accountlistmodel.h"
#include <core/coretr.h>

#include <core/access/roles.h>
#include <core/storage/database.h>
#include <core/storage/sql.h>

#include <QCoreApplication>

namespace Civitas {

AccountListModel::AccountListModel(Database &database, QObject *parent)
    : SqlListModel(parent)
{
    setSource(database.connection(),
              QStringLiteral("user_accounts u LEFT JOIN org_units o ON o.id = u.org_unit_id"),
              QStringLiteral("u.id"));
    // The texts keep the organisation page's translation context, where their French is.
    setColumns({
        {Tr::tr("Name"),
         QStringLiteral("u.display_name"),
         Sql::frenchCollated(QStringLiteral("u.display_name")),
         {},
         {}},
        {Tr::tr("Login"), QStringLiteral("u.login"), {}, {}, {}},
        {Tr::tr("Unit"), QStringLiteral("coalesce(o.name, '')"), {}, {}, {}},
        {Tr::tr("Roles"),
         QStringLiteral("(SELECT group_concat(r.role, ',') FROM role_memberships r "
                        "WHERE r.user_id = u.id AND r.deleted = 0)"),
         QStringLiteral("u.login"),
         {},
         [](const QVariant &value) {
             QStringList labels;
             for (const QString &role :
                  value.toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
                 labels << Roles::label(role);
             return labels.join(QStringLiteral(", "));
         }},
        {Tr::tr("Active"),
         QStringLiteral("u.active"),
         {},
         Qt::AlignCenter,
         [](const QVariant &value) {
             return value.toBool() ? Tr::tr("yes") : Tr::tr("no");
         }},
    });
    setFilter(QStringLiteral("live"), QStringLiteral("u.deleted = 0"));
}

void AccountListModel::setUnit(const QString &orgUnitId)
{
    if (orgUnitId.isEmpty()) {
        setFilter(QStringLiteral("unit"), {});
        return;
    }
    setFilter(QStringLiteral("unit"),
              QStringLiteral("u.org_unit_id IN (WITH RECURSIVE sub(id) AS (SELECT ? "
                             "UNION ALL SELECT c.id FROM org_units c JOIN sub "
                             "ON c.parent_id = sub.id) SELECT id FROM sub)"),
              {orgUnitId});
}

void AccountListModel::setRole(const QString &role)
{
    setFilter(QStringLiteral("role"),
              role.isEmpty() ? QString()
                             : QStringLiteral("EXISTS (SELECT 1 FROM role_memberships r "
                                              "WHERE r.user_id = u.id AND r.role = ? "
                                              "AND r.deleted = 0)"),
              {role});
}

void AccountListModel::setState(State state)
{
    setFilter(QStringLiteral("state"),
              state == State::All ? QString() : QStringLiteral("u.active = ?"),
              {state == State::Active ? 1 : 0});
}

void AccountListModel::setSearchText(const QString &text)
{
    setSearch(QStringLiteral("user_accounts_fts"), QStringLiteral("u.rowid"), text);
}

} // namespace Civitas
