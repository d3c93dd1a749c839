#include "textlimits.h"
#include <core/coretr.h>

namespace Civitas::TextLimits {

QString tooLong(const QString &field, const QString &value, int limit)
{
    if (value.size() <= limit)
        return {};
    return Tr::tr("%1: at most %2 characters (%3 given).").arg(field).arg(limit).arg(value.size());
}

} // namespace Civitas::TextLimits
