#pragma once

#include <core/coreglobal.h>

#include <QList>
#include <QString>

namespace Civitas {

// The accounts of a demo town that let a visitor try each role's view
// (`civitas --demo` offers them in the persona switcher).
struct CIVITAS_CORE_EXPORT DemoPersona
{
    QString login;
    QString firstName;
    QString surname;
    QString role;     // the role the persona shows off (every persona is also an agent)
    QString unitCode; // where the persona works

    QString displayName() const { return firstName + QLatin1Char(' ') + surname; }
    static QList<DemoPersona> all();
};

} // namespace Civitas
