#include "demopersonas.h"

#include <core/access/roles.h>

namespace Civitas {

QList<DemoPersona> DemoPersona::all()
{
    return {
        {QStringLiteral("cbernard"),
         QStringLiteral("Camille"),
         QStringLiteral("Bernard"),
         Roles::Agent,
         QStringLiteral("DST-EV")},
        {QStringLiteral("smartin"),
         QStringLiteral("Sophie"),
         QStringLiteral("Martin"),
         Roles::DepartmentHead,
         QStringLiteral("DST-EV")},
        {QStringLiteral("nbenali"),
         QStringLiteral("Nadia"),
         QStringLiteral("Benali"),
         Roles::Hr,
         QStringLiteral("DRH-CP")},
        {QStringLiteral("jmoreau"),
         QStringLiteral("Julien"),
         QStringLiteral("Moreau"),
         Roles::Associations,
         QStringLiteral("DVA-ASSO")},
        {QStringLiteral("tpetit"),
         QStringLiteral("Thomas"),
         QStringLiteral("Petit"),
         Roles::Schools,
         QStringLiteral("DSI-NE")},
        {QStringLiteral("cdubois"),
         QStringLiteral("Claire"),
         QStringLiteral("Dubois"),
         Roles::Assemblies,
         QStringLiteral("DGS-ASS")},
        {QStringLiteral("mlefevre"),
         QStringLiteral("Marc"),
         QStringLiteral("Lefèvre"),
         Roles::Administrator,
         QStringLiteral("DSI-INF")},
    };
}

} // namespace Civitas
