#include "workingtimetext.h"
#include <hr/hrtr.h>

#include "hrcodes.h"

namespace Civitas::Hr {

QString WorkingTimeText::hoursLabel(int minutes)
{
    return minutes % 60
               ? Tr::tr("%1 h %2").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'))
               : Tr::tr("%1 h").arg(minutes / 60);
}

QString WorkingTimeText::describe(const WorkingTime &w)
{
    if (w.kind == QLatin1String("part_time"))
        return Tr::tr("Part time %1 %").arg(w.partTimeRate);
    if (w.kind == QLatin1String("non_full_time"))
        return Tr::tr("Non-full-time post, %1/35").arg(w.thirtyFifths);
    return HrCodes::label(HrCodes::WorkKind, w.kind);
}

} // namespace Civitas::Hr
