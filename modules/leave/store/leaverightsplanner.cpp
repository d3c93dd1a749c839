#include "leaverightsplanner.h"
#include <leave/domain/leavetextlimits.h>
#include <leave/leavetr.h>

#include "employedagents.h"
#include "leavetypecatalog.h"
#include "leaveyearclosing.h"
#include <leave/domain/leavedays.h>
#include <leave/domain/leaverights.h>
#include <leave/domain/timesavingsaccount.h>

#include <core/storage/database.h>
#include <core/storage/sql.h>
#include <hr/store/agentfilestore.h>

#include <QSqlError>
#include <QSqlQuery>

#include <cmath>

namespace Civitas::Leave {

LeaveRightsPlanner::LeaveRightsPlanner(Database &database)
    : m_database(database)
{}

QString LeaveRightsPlanner::typeIdOfCode(const QString &code) const
{
    const LeaveTypeCatalog types(m_database);
    const LeaveType *t = types.byCode(code);
    return t ? t->id : QString();
}

LeaveLedgerPlan LeaveRightsPlanner::allocations(int year, QString *errorMessage) const
{
    LeaveLedgerPlan plan(allocationSource(year), {year}, Tr::tr("Allocations of %1").arg(year));
    const QString annualId = typeIdOfCode(LeaveTypeCodes::AnnualLeave);
    const QString rttId = typeIdOfCode(LeaveTypeCodes::Rtt);
    if (annualId.isEmpty() || rttId.isEmpty()) {
        *errorMessage = Tr::tr("The leave types \"annual\" and \"rtt\" are missing from the file.");
        return plan;
    }
    // Allocations written some other way (by hand, an import) would be counted twice: say so.
    QHash<QString, int> elsewhere;
    {
        QSqlQuery q(m_database.connection());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral(
            "SELECT agent_id, leave_type_id, sum(days_hundredths) FROM leave_ledger_entries "
            "WHERE year = ? AND kind = 'allocation' AND source <> ? AND deleted = 0 "
            "AND leave_type_id IN (?, ?) GROUP BY agent_id, leave_type_id"));
        q.addBindValue(year);
        q.addBindValue(allocationSource(year));
        q.addBindValue(annualId);
        q.addBindValue(rttId);
        if (q.exec()) {
            while (q.next()) {
                if (q.value(2).toInt() != 0)
                    elsewhere.insert(q.value(0).toString() + QLatin1Char('|')
                                         + q.value(1).toString(),
                                     q.value(2).toInt());
            }
        }
    }
    const QDate first(year, 1, 1);
    const QDate last(year, 12, 31);
    const Result<QHash<QString, Hr::AgentFile>> files = EmployedAgents(m_database).filesOf(year);
    if (!files) {
        *errorMessage = files.error();
        return plan;
    }
    for (const Hr::AgentFile &file : *files) {
        const Hr::Agent &a = file.agent;
        const QString name = EmployedAgents::label(a);
        if (file.workingTimes.isEmpty()) {
            plan.addWarning(name, Tr::tr("no working time in the file: no leave allocated."));
            continue;
        }
        const bool wholeYear
            = a.entryDate <= first && (!a.departureDate.isValid() || a.departureDate >= last);
        LeavePlanLine line;
        line.agentId = a.id;
        line.agentName = name;
        line.year = year;
        line.kind = LedgerEntry::Kind::Allocation;
        line.effectiveDate = std::max(first, a.entryDate);

        line.leaveTypeId = annualId;
        line.hundredths = int(std::lround(LeaveRights::annualLeave(file, year) * 100));
        line.note = wholeYear ? Tr::tr("Right of the year")
                              : Tr::tr("Right of the year, pro rata of the time employed");
        plan.add(line);

        line.leaveTypeId = rttId;
        line.hundredths = int(std::lround(LeaveRights::rtt(file, year) * 100));
        line.note = wholeYear ? Tr::tr("Right of the year")
                              : Tr::tr("Right of the year, pro rata of the time employed");
        plan.add(line);

        for (const QString &typeId : {annualId, rttId}) {
            const int other = elsewhere.value(a.id + QLatin1Char('|') + typeId);
            if (other != 0) {
                plan.addWarning(
                    name,
                    Tr::tr("already holds %1 allocated otherwise for %2: check it is not "
                           "counted twice.")
                        .arg(LeaveDays::format(other),
                             typeId == annualId ? Tr::tr("annual leave") : Tr::tr("RTT")));
            }
        }
    }
    if (!plan.compare(m_database, errorMessage))
        return plan;
    return plan;
}

bool LeaveRightsPlanner::adjust(const Adjustment &adjustment, QString *errorMessage)
{
    const LeaveTypeCatalog types(m_database);
    const LeaveType *type = types.byId(adjustment.leaveTypeId);
    if (!type || !type->hasBalance) {
        *errorMessage = Tr::tr("Choose a type of leave that has a balance.");
        return false;
    }
    if (adjustment.year < 1900 || adjustment.year > 2999) {
        *errorMessage = Tr::tr("The year %1 is not valid.").arg(adjustment.year);
        return false;
    }
    if (adjustment.hundredths == 0) {
        *errorMessage = Tr::tr("Give the number of days to add (or, negative, to take back).");
        return false;
    }
    if (adjustment.reason.trimmed().isEmpty()) {
        *errorMessage = Tr::tr("Say why: the reason is kept in the agent's ledger.");
        return false;
    }
    if (adjustment.reason.trimmed().size() > LeaveTextLimits::note) {
        *errorMessage = Tr::tr("The reason is %1 characters long: at most %2.")
                            .arg(adjustment.reason.trimmed().size())
                            .arg(LeaveTextLimits::note);
        return false;
    }
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM agents WHERE id = ? AND deleted = 0"));
    q.addBindValue(adjustment.agentId);
    if (!q.exec() || !q.next() || q.value(0).toInt() == 0) {
        *errorMessage = Tr::tr("Choose an agent.");
        return false;
    }
    LedgerEntry e;
    e.agentId = adjustment.agentId;
    e.leaveTypeId = adjustment.leaveTypeId;
    e.year = adjustment.year;
    e.kind = LedgerEntry::Kind::Adjustment;
    e.daysHundredths = adjustment.hundredths;
    e.effectiveDate = QDate::currentDate();
    e.source = adjustmentSource();
    e.note = adjustment.reason.trimmed();
    return LeaveLedger(m_database).append(e, errorMessage);
}

int LeaveRightsPlanner::timeSavingsAccountBalance(const QString &agentId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(
        QStringLiteral("SELECT coalesce(sum(e.days_hundredths), 0) FROM leave_ledger_entries e "
                       "JOIN leave_types t ON t.id = e.leave_type_id "
                       "WHERE e.agent_id = ? AND t.code = ? AND t.deleted = 0 AND e.deleted = 0"));
    q.addBindValue(agentId);
    q.addBindValue(LeaveTypeCodes::TimeSavingsAccount);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

LeaveRightsPlanner::DepositResult LeaveRightsPlanner::depositToTimeSavingsAccount(
    const QString &agentId, const QString &sourceTypeId, int year, int hundredths, QDate on)
{
    DepositResult r;
    r.accountHundredths = timeSavingsAccountBalance(agentId);
    const LeaveTypeCatalog types(m_database);
    const LeaveType *source = types.byId(sourceTypeId);
    const LeaveType *account = types.byCode(LeaveTypeCodes::TimeSavingsAccount);
    const LeaveType *annual = types.byCode(LeaveTypeCodes::AnnualLeave);
    if (!account || !annual) {
        r.refusals.append(
            Tr::tr("The leave types \"annual\" and \"tsa\" are missing from the file."));
        return r;
    }
    const bool fromAnnualLeave = source
                                 && (source->code == LeaveTypeCodes::AnnualLeave
                                     || source->code == LeaveTypeCodes::SplitLeaveBonus);
    if (!source || (!fromAnnualLeave && source->code != LeaveTypeCodes::Rtt)) {
        r.refusals.append(Tr::tr(
            "Only annual leave, split-leave days and RTT go onto the time savings account."));
        return r;
    }
    if (hundredths <= 0 || hundredths % 50 != 0) {
        r.refusals.append(Tr::tr("Deposit whole or half days."));
        return r;
    }
    QString error;
    const std::optional<Hr::AgentFile> file = Hr::AgentFileStore(m_database).load(agentId, &error);
    if (!file) {
        r.refusals.append(error);
        return r;
    }
    QString reason;
    if (!TimeSavingsAccount::canOpen(*file, on, &reason))
        r.refusals.append(reason);
    if (LeaveYearClosing::isClosed(m_database, year))
        r.refusals.append(Tr::tr("%1 is closed: what was left of it has expired.").arg(year));

    const LeaveLedger ledger(m_database);
    const LeaveBalance left = ledger.balance(agentId, source->id, year);
    if (hundredths > left.projectedHundredths()) {
        r.refusals.append(
            Tr::tr("Only %1 of %2 %3 are left (requests waiting for a decision included).")
                .arg(LeaveDays::format(std::max(0, left.projectedHundredths())), source->label)
                .arg(year));
    }
    const Hr::WorkingTime *w = file->workingTimeOn(std::min(on, QDate(year, 12, 31)));
    const double daysPerWeek = w ? w->pattern.daysPerWeek() : 5.0;
    const int taken = -ledger.balance(agentId, annual->id, year).usedHundredths;
    const int minimum
        = int(std::lround(TimeSavingsAccount::minimumAnnualLeaveTaken(daysPerWeek) * 100));
    if (fromAnnualLeave && taken < minimum) {
        r.refusals.append(
            Tr::tr(
                "%1 of annual leave taken in %2: at least %3 must be taken in the year before any "
                "annual leave goes onto the account.")
                .arg(LeaveDays::format(taken))
                .arg(year)
                .arg(LeaveDays::format(minimum)));
    }
    const int room = int(TimeSavingsAccount::Ceiling * 100) - r.accountHundredths;
    if (hundredths > room) {
        r.refusals.append(
            Tr::tr("The account holds %1: at most %2 more can go on it (ceiling %3 days).")
                .arg(LeaveDays::format(r.accountHundredths), LeaveDays::format(std::max(0, room)))
                .arg(TimeSavingsAccount::Ceiling));
    }
    if (!r.refusals.isEmpty())
        return r;
    // The rule as one figure, so that this check and TimeSavingsAccount never disagree.
    const double leftDays = left.projectedHundredths() / 100.0;
    const double limit = TimeSavingsAccount::depositLimit(r.accountHundredths / 100.0,
                                                          fromAnnualLeave ? leftDays : 0,
                                                          taken / 100.0,
                                                          fromAnnualLeave ? 0 : leftDays,
                                                          daysPerWeek);
    if (hundredths > int(std::lround(limit * 100))) {
        r.refusals.append(Tr::tr("At most %1 can go onto the account.")
                              .arg(LeaveDays::format(int(std::lround(limit * 100)))));
        return r;
    }

    QSqlDatabase db = m_database.connection();
    if (const auto begun = Sql::beginWrite(db); !begun.ok()) {
        r.refusals.append(begun.error());
        return r;
    }
    LeaveLedger writer(m_database);
    const QString note = Tr::tr("%1 %2 onto the time savings account").arg(source->label).arg(year);
    LedgerEntry out;
    out.agentId = agentId;
    out.leaveTypeId = source->id;
    out.year = year;
    out.kind = LedgerEntry::Kind::Deposit;
    out.daysHundredths = -hundredths;
    out.effectiveDate = on;
    out.source = depositSource();
    out.note = note;
    LedgerEntry in = out;
    in.leaveTypeId = account->id;
    in.daysHundredths = hundredths;
    if (!writer.append(out, &error) || !writer.append(in, &error) || !db.commit()) {
        db.rollback();
        r.refusals.append(error.isEmpty() ? db.lastError().text() : error);
        return r;
    }
    r.ok = true;
    r.accountHundredths += hundredths;
    return r;
}

} // namespace Civitas::Leave
