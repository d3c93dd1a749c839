#include "leavedays.h"
#include <leave/leavetr.h>

#include <QLocale>

namespace Civitas::Leave {

QString LeaveDays::format(int hundredths)
{
    const QLocale locale;
    const int decimals = hundredths % 100 == 0 ? 0 : (hundredths % 10 == 0 ? 1 : 2);
    return Tr::tr("%1 d").arg(locale.toString(hundredths / 100.0, 'f', decimals));
}

} // namespace Civitas::Leave
