#include "frenchcalendar.h"
#include <core/coretr.h>

#include <QCoreApplication>

#include <algorithm>

namespace Civitas {

namespace {

enum class Holiday {
    NewYearsDay,
    GoodFriday,
    EasterMonday,
    LabourDay,
    VictoryInEuropeDay,
    AscensionDay,
    WhitMonday,
    BastilleDay,
    AssumptionDay,
    AllSaintsDay,
    ArmisticeDay,
    ChristmasDay,
    StStephensDay,
};

struct DatedHoliday
{
    QDate date;
    Holiday holiday;
};

// Names are only looked up when asked for: isPublicHoliday() runs for every day of a leave
// request and need not go through the translators.
QList<DatedHoliday> datedHolidays(int year, bool alsaceMoselle, bool whitMondayWorked)
{
    const QDate easter = FrenchCalendar::easterSunday(year);
    if (!easter.isValid())
        return {};

    QList<DatedHoliday> result{
        {QDate(year, 1, 1), Holiday::NewYearsDay},
        {easter.addDays(1), Holiday::EasterMonday},
        {QDate(year, 5, 1), Holiday::LabourDay},
        {QDate(year, 5, 8), Holiday::VictoryInEuropeDay},
        {easter.addDays(39), Holiday::AscensionDay},
        {QDate(year, 7, 14), Holiday::BastilleDay},
        {QDate(year, 8, 15), Holiday::AssumptionDay},
        {QDate(year, 11, 1), Holiday::AllSaintsDay},
        {QDate(year, 11, 11), Holiday::ArmisticeDay},
        {QDate(year, 12, 25), Holiday::ChristmasDay},
    };
    if (!whitMondayWorked)
        result.append({easter.addDays(50), Holiday::WhitMonday});
    if (alsaceMoselle) {
        result.append({easter.addDays(-2), Holiday::GoodFriday});
        result.append({QDate(year, 12, 26), Holiday::StStephensDay});
    }
    // Stable, so that coinciding holidays keep the order of the law's list in a merged name.
    std::stable_sort(result.begin(),
                     result.end(),
                     [](const DatedHoliday &a, const DatedHoliday &b) { return a.date < b.date; });
    return result;
}

QString translatedName(Holiday holiday)
{
    switch (holiday) {
    case Holiday::NewYearsDay:
        //: Jour de l'an (1 January)
        return Tr::tr("New Year's Day");
    case Holiday::GoodFriday:
        //: Vendredi saint (Alsace-Moselle only)
        return Tr::tr("Good Friday");
    case Holiday::EasterMonday:
        //: Lundi de Pâques
        return Tr::tr("Easter Monday");
    case Holiday::LabourDay:
        //: Fête du Travail (1 May)
        return Tr::tr("Labour Day");
    case Holiday::VictoryInEuropeDay:
        //: Victoire 1945 (8 May)
        return Tr::tr("Victory in Europe Day");
    case Holiday::AscensionDay:
        //: Ascension
        return Tr::tr("Ascension Day");
    case Holiday::WhitMonday:
        //: Lundi de Pentecôte
        return Tr::tr("Whit Monday");
    case Holiday::BastilleDay:
        //: Fête nationale (14 July)
        return Tr::tr("Bastille Day");
    case Holiday::AssumptionDay:
        //: Assomption (15 August)
        return Tr::tr("Assumption Day");
    case Holiday::AllSaintsDay:
        //: Toussaint (1 November)
        return Tr::tr("All Saints' Day");
    case Holiday::ArmisticeDay:
        //: Armistice 1918 (11 November)
        return Tr::tr("Armistice Day");
    case Holiday::ChristmasDay:
        //: Noël (25 December)
        return Tr::tr("Christmas Day");
    case Holiday::StStephensDay:
        //: Saint-Étienne (26 December, Alsace-Moselle only)
        return Tr::tr("St Stephen's Day");
    }
    return {};
}

QString joinedNames(const QString &first, const QString &second)
{
    //: Two public holidays on the same day, e.g. "Labour Day and Ascension Day" in 2008
    return Tr::tr("%1 and %2").arg(first, second);
}

} // namespace

QDate FrenchCalendar::easterSunday(int year)
{
    if (year < 1583)
        return {};
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = (h + l - 7 * m + 114) % 31 + 1;
    return QDate(year, month, day);
}

QList<PublicHoliday> FrenchCalendar::holidays(int year) const
{
    QList<PublicHoliday> result;
    for (const DatedHoliday &dated : datedHolidays(year, m_alsaceMoselle, m_whitMondayWorked)) {
        const QString name = translatedName(dated.holiday);
        if (!result.isEmpty() && result.last().date == dated.date)
            result.last().name = joinedNames(result.last().name, name);
        else
            result.append({dated.date, name});
    }
    return result;
}

bool FrenchCalendar::isPublicHoliday(QDate date) const
{
    if (!date.isValid())
        return false;
    const QList<DatedHoliday> dated
        = datedHolidays(date.year(), m_alsaceMoselle, m_whitMondayWorked);
    return std::any_of(dated.cbegin(), dated.cend(), [date](const DatedHoliday &holiday) {
        return holiday.date == date;
    });
}

QString FrenchCalendar::holidayName(QDate date) const
{
    if (!date.isValid())
        return {};
    QString result;
    for (const DatedHoliday &dated :
         datedHolidays(date.year(), m_alsaceMoselle, m_whitMondayWorked)) {
        if (dated.date != date)
            continue;
        const QString name = translatedName(dated.holiday);
        result = result.isEmpty() ? name : joinedNames(result, name);
    }
    return result;
}

} // namespace Civitas
