#include "roles.h"
#include <core/coretr.h>

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
        return Tr::tr("Agent");
    if (role == DepartmentHead)
        return Tr::tr("Department head");
    if (role == Hr)
        return Tr::tr("Human resources");
    if (role == Associations)
        return Tr::tr("Associations service");
    if (role == Schools)
        return Tr::tr("Schools and IT service");
    if (role == Assemblies)
        return Tr::tr("Assemblies secretariat");
    if (role == Administrator)
        return Tr::tr("Administrator");
    return role;
}

} // namespace Civitas::Roles
