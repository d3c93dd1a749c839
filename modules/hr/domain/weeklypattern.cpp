#include "weeklypattern.h"
#include <hr/hrtr.h>

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

namespace Civitas::Hr {

WeeklyPattern WeeklyPattern::fiveDays()
{
    WeeklyPattern p;
    for (int day = 1; day <= 5; ++day) {
        p.setWorked(day, Morning, true);
        p.setWorked(day, Afternoon, true);
    }
    return p;
}

bool WeeklyPattern::fromCode(const QString &code, WeeklyPattern *pattern)
{
    if (code.size() != 14)
        return false;
    WeeklyPattern p;
    for (int i = 0; i < 14; ++i) {
        if (code.at(i) == QLatin1Char('1'))
            p.m_bits.set(size_t(i));
        else if (code.at(i) != QLatin1Char('0'))
            return false;
    }
    *pattern = p;
    return true;
}

QString WeeklyPattern::code() const
{
    QString s(14, QLatin1Char('0'));
    for (int i = 0; i < 14; ++i) {
        if (m_bits.test(size_t(i)))
            s[i] = QLatin1Char('1');
    }
    return s;
}

bool WeeklyPattern::isWorked(int dayOfWeek, HalfDay half) const
{
    if (dayOfWeek < 1 || dayOfWeek > 7)
        return false;
    return m_bits.test(size_t((dayOfWeek - 1) * 2 + half));
}

void WeeklyPattern::setWorked(int dayOfWeek, HalfDay half, bool worked)
{
    if (dayOfWeek >= 1 && dayOfWeek <= 7)
        m_bits.set(size_t((dayOfWeek - 1) * 2 + half), worked);
}

QString WeeklyPattern::label() const
{
    const QLocale locale;
    auto dayName = [&](int day) {
        return locale.dayName(day, QLocale::ShortFormat);
    };
    // A run of whole days from Monday reads better as "lun. to ven.".
    int firstWhole = 0;
    int lastWhole = 0;
    bool onlyOneRun = true;
    for (int day = 1; day <= 7; ++day) {
        const bool am = isWorked(day, Morning);
        const bool pm = isWorked(day, Afternoon);
        if (am && pm) {
            if (!firstWhole)
                firstWhole = day;
            else if (lastWhole != day - 1)
                onlyOneRun = false;
            lastWhole = day;
        } else if (am || pm) {
            onlyOneRun = false;
        }
    }
    if (firstWhole && onlyOneRun && lastWhole - firstWhole >= 2) {
        return Tr::tr("%1 to %2").arg(dayName(firstWhole), dayName(lastWhole));
    }
    QStringList parts;
    for (int day = 1; day <= 7; ++day) {
        const bool am = isWorked(day, Morning);
        const bool pm = isWorked(day, Afternoon);
        if (am && pm)
            parts << dayName(day);
        else if (am)
            parts << Tr::tr("%1 morning").arg(dayName(day));
        else if (pm)
            parts << Tr::tr("%1 afternoon").arg(dayName(day));
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace Civitas::Hr
