#include "leavetypecatalog.h"
#include <leave/domain/leavetextlimits.h>
#include <leave/leavetr.h>

#include <core/storage/database.h>

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace Civitas::Leave {

QString LeaveType::approvalCode(Approval approval)
{
    switch (approval) {
    case Approval::None:
        return QStringLiteral("none");
    case Approval::Head:
        return QStringLiteral("head");
    case Approval::HeadThenHr:
        return QStringLiteral("head_then_hr");
    }
    return QStringLiteral("head");
}

LeaveType::Approval LeaveType::approvalFromCode(const QString &code)
{
    if (code == QLatin1String("none"))
        return Approval::None;
    if (code == QLatin1String("head_then_hr"))
        return Approval::HeadThenHr;
    return Approval::Head;
}

QString LeaveType::carryOverRegimeCode(CarryOverRegime regime)
{
    switch (regime) {
    case CarryOverRegime::None:
        return QStringLiteral("none");
    case CarryOverRegime::Health:
        return QStringLiteral("health");
    case CarryOverRegime::Family:
        return QStringLiteral("family");
    }
    return QStringLiteral("none");
}

LeaveType::CarryOverRegime LeaveType::carryOverRegimeFromCode(const QString &code)
{
    if (code == QLatin1String("health"))
        return CarryOverRegime::Health;
    if (code == QLatin1String("family"))
        return CarryOverRegime::Family;
    return CarryOverRegime::None;
}

LeaveTypeCatalog::LeaveTypeCatalog(Database &database)
{
    reload(database);
}

void LeaveTypeCatalog::reload(Database &database)
{
    m_types.clear();
    QSqlQuery q(database.connection());
    q.setForwardOnly(true);
    if (!q.exec(
            QStringLiteral("SELECT id, code, label, colour, counting, unit, has_balance, "
                           "approval, document_required, hr_only, "
                           "coalesce(fixed_days_hundredths, 0), coalesce(max_consecutive_days, "
                           "0), counts_for_split_bonus, "
                           "reduces_rtt, active, sort_order, carry_over_regime FROM leave_types "
                           "WHERE deleted = 0 "
                           "ORDER BY sort_order, label COLLATE french")))
        return;
    while (q.next()) {
        LeaveType t;
        t.id = q.value(0).toString();
        t.code = q.value(1).toString();
        t.label = q.value(2).toString();
        t.colour = q.value(3).toString();
        t.countsCalendarDays = q.value(4).toString() == QLatin1String("calendar_days");
        t.halfDayUnit = q.value(5).toString() == QLatin1String("half_day");
        t.hasBalance = q.value(6).toInt() == 1;
        t.approval = LeaveType::approvalFromCode(q.value(7).toString());
        t.documentRequired = q.value(8).toInt() == 1;
        t.hrOnly = q.value(9).toInt() == 1;
        t.fixedDaysHundredths = q.value(10).toInt();
        t.maxConsecutiveDays = q.value(11).toInt();
        t.countsForSplitBonus = q.value(12).toInt() == 1;
        t.reducesRtt = q.value(13).toInt() == 1;
        t.active = q.value(14).toInt() == 1;
        t.sortOrder = q.value(15).toInt();
        t.carryOverRegime = LeaveType::carryOverRegimeFromCode(q.value(16).toString());
        m_types.append(t);
    }
}

QList<LeaveType> LeaveTypeCatalog::requestableTypes(bool isHr) const
{
    QList<LeaveType> result;
    for (const LeaveType &t : m_types) {
        if (t.active && (isHr || !t.hrOnly))
            result.append(t);
    }
    return result;
}

const LeaveType *LeaveTypeCatalog::byId(const QString &id) const
{
    for (const LeaveType &t : m_types) {
        if (t.id == id)
            return &t;
    }
    return nullptr;
}

const LeaveType *LeaveTypeCatalog::byCode(const QString &code) const
{
    for (const LeaveType &t : m_types) {
        if (t.code == code)
            return &t;
    }
    return nullptr;
}

bool LeaveTypeCatalog::save(Database &database, const LeaveType &type, QString *errorMessage)
{
    if (type.label.size() > LeaveTextLimits::label || type.code.size() > LeaveTextLimits::code) {
        if (errorMessage)
            *errorMessage = Tr::tr("A type's label holds at most %1 characters, its code %2.")
                                .arg(LeaveTextLimits::label)
                                .arg(LeaveTextLimits::code);
        return false;
    }
    QSqlQuery q(database.connection());
    const bool isNew = type.id.isEmpty();
    q.prepare(
        isNew ? QStringLiteral(
            "INSERT INTO leave_types (code, label, colour, counting, unit, has_balance, approval, "
            "document_required, hr_only, fixed_days_hundredths, max_consecutive_days, "
            "counts_for_split_bonus, "
            "reduces_rtt, active, sort_order, carry_over_regime, id) VALUES (?, ?, ?, ?, ?, ?, ?, "
            "?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
              : QStringLiteral(
                  "UPDATE leave_types SET code = ?, label = ?, colour = ?, counting = ?, unit = ?, "
                  "has_balance = ?, "
                  "approval = ?, document_required = ?, hr_only = ?, fixed_days_hundredths = ?, "
                  "max_consecutive_days = ?, counts_for_split_bonus = ?, reduces_rtt = ?, active = "
                  "?, sort_order = ?, carry_over_regime = ? "
                  "WHERE id = ?"));
    q.addBindValue(type.code);
    q.addBindValue(type.label);
    q.addBindValue(type.colour);
    q.addBindValue(type.countsCalendarDays ? QStringLiteral("calendar_days")
                                           : QStringLiteral("working_days"));
    q.addBindValue(type.halfDayUnit ? QStringLiteral("half_day") : QStringLiteral("day"));
    q.addBindValue(type.hasBalance ? 1 : 0);
    q.addBindValue(LeaveType::approvalCode(type.approval));
    q.addBindValue(type.documentRequired ? 1 : 0);
    q.addBindValue(type.hrOnly ? 1 : 0);
    q.addBindValue(type.fixedDaysHundredths > 0 ? QVariant(type.fixedDaysHundredths)
                                                : QVariant(QMetaType(QMetaType::Int)));
    q.addBindValue(type.maxConsecutiveDays > 0 ? QVariant(type.maxConsecutiveDays)
                                               : QVariant(QMetaType(QMetaType::Int)));
    q.addBindValue(type.countsForSplitBonus ? 1 : 0);
    q.addBindValue(type.reducesRtt ? 1 : 0);
    q.addBindValue(type.active ? 1 : 0);
    q.addBindValue(type.sortOrder);
    q.addBindValue(LeaveType::carryOverRegimeCode(type.carryOverRegime));
    q.addBindValue(isNew ? QUuid::createUuid().toString(QUuid::WithoutBraces) : type.id);
    if (!q.exec()) {
        if (errorMessage)
            *errorMessage = q.lastError().text();
        return false;
    }
    return true;
}

} // namespace Civitas::Leave
