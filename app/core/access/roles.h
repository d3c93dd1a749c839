#pragma once

#include <core/coreglobal.h>

#include <QString>
#include <QStringList>

namespace Civitas {

// The group roles of docs/architecture.md, as the text codes stored in role_memberships.role and
// used as PostgreSQL group role names on the server.
namespace Roles {
inline const QString Agent = QStringLiteral("agent");
inline const QString DepartmentHead = QStringLiteral("department_head");
inline const QString Hr = QStringLiteral("hr");
inline const QString Associations = QStringLiteral("associations");
inline const QString Schools = QStringLiteral("schools");
inline const QString Assemblies = QStringLiteral("assemblies");
inline const QString Administrator = QStringLiteral("administrator");

CIVITAS_CORE_EXPORT QStringList all();
CIVITAS_CORE_EXPORT bool isKnown(const QString &role);
// The role's name for the user, translated.
CIVITAS_CORE_EXPORT QString label(const QString &role);
} // namespace Roles

} // namespace Civitas
