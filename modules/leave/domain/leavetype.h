#pragma once

#include <leave/leaveglobal.h>

#include <QString>

namespace Civitas::Leave {

// One kind of leave as the council configured it (table leave_types). Quantities are in
// hundredths of a day, as in the ledger.
struct LeaveType
{
    enum class Approval { None, Head, HeadThenHr };
    // What becomes at year end of the annual leave an absence of this type kept the agent from
    // taking (décret 85-1250 arts. 5-1 and 5-2 as amended by décret 2025-564): nothing special;
    // carried over, capped at the unused part of the year's first four weeks (health leaves);
    // carried over without that cap (maternity, paternity, adoption, parental, proche aidant).
    enum class CarryOverRegime { None, Health, Family };

    QString id;
    QString code;  // "annual", "rtt", ... (LeaveTypeCodes)
    QString label; // the council's words, as data
    QString colour = QStringLiteral("#4a90d9");
    bool countsCalendarDays = false; // else working days (the agent's own pattern, minus holidays)
    bool halfDayUnit = true;         // else whole days only
    bool hasBalance = true;
    Approval approval = Approval::Head;
    bool documentRequired = false;
    bool hrOnly = false;
    int fixedDaysHundredths = 0; // special leave: the most one request may count; 0 = no limit
    int maxConsecutiveDays = 0;  // calendar days one absence may last; 0 = no limit
    bool countsForSplitBonus = false;
    bool reducesRtt = false; // an absence that reduces RTT at year end (F13712)
    CarryOverRegime carryOverRegime = CarryOverRegime::None;
    bool active = true;
    int sortOrder = 100;

    static QString approvalCode(Approval approval);
    static Approval approvalFromCode(const QString &code);
    static QString carryOverRegimeCode(CarryOverRegime regime);
    static CarryOverRegime carryOverRegimeFromCode(const QString &code);
};

// The codes of the seeded types the rules refer to. The council may add others.
namespace LeaveTypeCodes {
inline const QString AnnualLeave = QStringLiteral("annual");
inline const QString Rtt = QStringLiteral("rtt");
inline const QString SplitLeaveBonus = QStringLiteral("split_bonus");
inline const QString TimeSavingsAccount = QStringLiteral("tsa");
inline const QString SickLeave = QStringLiteral("sick");
inline const QString Training = QStringLiteral("training");
} // namespace LeaveTypeCodes

} // namespace Civitas::Leave
