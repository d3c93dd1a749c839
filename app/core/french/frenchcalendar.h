#pragma once

#include "publicholiday.h"
#include <core/coreglobal.h>

#include <QDate>
#include <QList>
#include <QString>

namespace Civitas {

// The French public holidays (code du travail L3133-1) as the town observes them. Leave counting
// asks it whether a day is worked, so two towns' settings give two calendars: keep one per
// authority, not a global.
//
// Holidays are computed on each call rather than cached: it takes a few integer operations, and
// without a cache a const calendar can be shared between threads with no locking.
class CIVITAS_CORE_EXPORT FrenchCalendar
{
public:
    // The local law of the Moselle, Bas-Rhin and Haut-Rhin (57, 67, 68) adds Good Friday and
    // St Stephen's Day (26 December).
    bool isAlsaceMoselle() const { return m_alsaceMoselle; }
    void setAlsaceMoselle(bool alsaceMoselle) { m_alsaceMoselle = alsaceMoselle; }

    // Many authorities make Whit Monday their journée de solidarité: the agents work it, so it
    // is no holiday there. A council decision, hence a setting.
    bool isWhitMondayWorked() const { return m_whitMondayWorked; }
    void setWhitMondayWorked(bool worked) { m_whitMondayWorked = worked; }

    // Gregorian computus (the "anonymous" algorithm, Meeus/Jones/Butcher). Invalid before 1583,
    // when the Gregorian calendar did not yet apply.
    static QDate easterSunday(int year);

    // Sorted by date. Two holidays falling on the same day (Ascension on 1 or 8 May, as in
    // 2008) make one entry with both names, so that counting entries counts days off. Empty
    // before 1583.
    QList<PublicHoliday> holidays(int year) const;

    bool isPublicHoliday(QDate date) const;
    // The translated name, or an empty string on a working day.
    QString holidayName(QDate date) const;

private:
    bool m_alsaceMoselle = false;
    bool m_whitMondayWorked = false;
};

} // namespace Civitas
