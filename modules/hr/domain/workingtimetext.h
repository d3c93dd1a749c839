#pragma once

#include "workingtime.h"
#include <hr/hrglobal.h>

#include <QCoreApplication>
#include <QString>

namespace Civitas::Hr {

// A working time as HR says it, for the agent file and the team list alike. The texts keep the
// working time tab's translation context, where their French is.
class CIVITAS_HR_EXPORT WorkingTimeText
{
public:
    static QString hoursLabel(int minutes);        // "37 h 30"
    static QString describe(const WorkingTime &w); // "Part time 80 %"
};

} // namespace Civitas::Hr
