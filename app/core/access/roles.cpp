#include "roles.h"

#include <QCoreApplication>

namespace Civitas::Roles {

QStringList all()
{
    return {Agent, DepartmentHead, Hr, Associations, Schools, Assemblies, Administrator};
}

bool isKnown(const QString &role)
{
    return all().contains(role);
}

QString label(const QString &role)
{
    if (role == Agent)
        return QCoreApplication::translate("Civitas::Roles", "Agent");
    if (role == DepartmentHead)
        return QCoreApplication::translate("Civitas::Roles", "Department head");
    if (role == Hr)
        return QCoreApplication::translate("Civitas::Roles", "Human resources");
    if (role == Associations)
        return QCoreApplication::translate("Civitas::Roles", "Associations service");
    if (role == Schools)
        return QCoreApplication::translate("Civitas::Roles", "Schools and IT service");
    if (role == Assemblies)
        return QCoreApplication::translate("Civitas::Roles", "Assemblies secretariat");
    if (role == Administrator)
        return QCoreApplication::translate("Civitas::Roles", "Administrator");
    return role;
}

} // namespace Civitas::Roles
