#pragma once

#include <hr/hrglobal.h>

#include <QString>

#include <bitset>

namespace Civitas::Hr {

// Which half-days of the week an agent works: Monday morning to Sunday afternoon. Leave
// counting reads it (a request counts only the half-days the agent would have worked).
// Stored as 14 characters '0'/'1' in working_times.weekly_pattern.
class CIVITAS_HR_EXPORT WeeklyPattern
{
public:
    enum HalfDay { Morning = 0, Afternoon = 1 };

    WeeklyPattern() = default;
    // Monday to Friday, mornings and afternoons.
    static WeeklyPattern fiveDays();
    // False (and `pattern` unchanged) unless `code` is 14 characters of '0' and '1'.
    static bool fromCode(const QString &code, WeeklyPattern *pattern);

    QString code() const;
    // dayOfWeek as QDate::dayOfWeek(): 1 = Monday ... 7 = Sunday.
    bool isWorked(int dayOfWeek, HalfDay half) const;
    void setWorked(int dayOfWeek, HalfDay half, bool worked);
    int workedHalfDays() const { return int(m_bits.count()); }
    // 4.5 for four days and a half: what annual leave rights are counted from (5 × this).
    double daysPerWeek() const { return workedHalfDays() / 2.0; }
    bool isEmpty() const { return m_bits.none(); }
    // "lun. au ven." or "lun., mar., mer. matin, jeu., ven.": for lists and the fiche agent.
    QString label() const;

    friend bool operator==(const WeeklyPattern &a, const WeeklyPattern &b)
    {
        return a.m_bits == b.m_bits;
    }

private:
    std::bitset<14> m_bits;
};

} // namespace Civitas::Hr
