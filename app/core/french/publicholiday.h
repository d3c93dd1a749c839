#pragma once

#include <QDate>
#include <QString>

namespace Civitas {

// One public holiday (jour férié) of the French calendar, with its translated name.
struct PublicHoliday
{
    QDate date;
    QString name;

    friend bool operator==(const PublicHoliday &, const PublicHoliday &) = default;
};

} // namespace Civitas
