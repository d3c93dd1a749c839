#include "leaverequestrules.h"
#include "leavetextlimits.h"
#include <leave/leavetr.h>

#include "leavedays.h"

#include <QLocale>

namespace Civitas::Leave {

QString LeaveRequestRules::Input::typeLabelOf(const QString &typeId) const
{
    for (const LeaveType &t : types) {
        if (t.id == typeId)
            return t.label;
    }
    return {};
}

QList<LeaveProblem> LeaveRequestRules::check(const Input &in)
{
    QList<LeaveProblem> problems;
    const QLocale locale;
    auto add = [&problems](LeaveProblem::Field field, const QString &message) {
        problems.append({field, message});
    };

    if (in.type.id.isEmpty()) {
        add(LeaveProblem::Field::Type, Tr::tr("Choose the kind of leave."));
        return problems;
    }
    if (!in.type.active)
        add(LeaveProblem::Field::Type,
            Tr::tr("“%1” can no longer be asked for.").arg(in.type.label));
    if (in.type.hrOnly && !in.enteredByHr)
        add(LeaveProblem::Field::Type,
            Tr::tr("“%1” is entered by HR, not asked for.").arg(in.type.label));
    if (!in.count.isValid()) {
        add(LeaveProblem::Field::Dates, in.count.error);
        return problems;
    }
    const LeaveRequest &r = in.request;
    if (!in.type.halfDayUnit
        && (r.start.half == Hr::WeeklyPattern::Afternoon
            || r.end.half == Hr::WeeklyPattern::Morning))
        add(LeaveProblem::Field::Dates,
            Tr::tr("“%1” is taken in whole days: start in the morning and end in the afternoon.")
                .arg(in.type.label));
    if (in.count.halfDays == 0)
        add(LeaveProblem::Field::Dates,
            Tr::tr("These dates hold no day the agent works: there is nothing to ask for."));
    for (const LeaveRequest &other : in.otherLiveRequests) {
        if (other.id != r.id && r.overlaps(other)) {
            add(LeaveProblem::Field::Dates,
                Tr::tr("These dates overlap another request (%1, %2 to %3, %4).")
                    .arg(in.typeLabelOf(other.leaveTypeId),
                         locale.toString(other.start.date, QLocale::ShortFormat),
                         locale.toString(other.end.date, QLocale::ShortFormat),
                         LeaveRequestStates::label(other.state)));
            break;
        }
    }
    if (in.type.maxConsecutiveDays > 0 && in.consecutiveDays > in.type.maxConsecutiveDays)
        add(LeaveProblem::Field::Dates,
            Tr::tr("%1 may last at most %2 consecutive days; this absence lasts %3.")
                .arg(in.type.label)
                .arg(in.type.maxConsecutiveDays)
                .arg(in.consecutiveDays));
    if (in.type.fixedDaysHundredths > 0 && r.daysHundredths() > in.type.fixedDaysHundredths)
        add(LeaveProblem::Field::Dates,
            Tr::tr("%1 gives at most %2; this request counts %3.")
                .arg(in.type.label,
                     LeaveDays::format(in.type.fixedDaysHundredths),
                     LeaveDays::format(r.daysHundredths())));
    if (in.type.documentRequired && !r.hasDocument())
        add(LeaveProblem::Field::Document,
            Tr::tr("“%1” needs a supporting document: attach it.").arg(in.type.label));
    problems.append(textProblems(r));
    if (in.type.hasBalance && in.projectedBalanceHundredths - r.daysHundredths() < 0)
        add(LeaveProblem::Field::Balance,
            Tr::tr("Not enough %1: %2 left once the requests waiting are counted, %3 asked.")
                .arg(in.type.label,
                     LeaveDays::format(in.projectedBalanceHundredths),
                     LeaveDays::format(r.daysHundredths())));
    return problems;
}

QList<LeaveProblem> LeaveRequestRules::textProblems(const LeaveRequest &r)
{
    QList<LeaveProblem> problems;
    auto add = [&problems](LeaveProblem::Field field, const QString &message) {
        problems.append({field, message});
    };
    if (r.hasDocument() || !r.documentName.isEmpty()) {
        if (r.documentName.size() > LeaveTextLimits::documentName)
            add(LeaveProblem::Field::Document,
                Tr::tr("The document's name is %1 characters long: at most %2.")
                    .arg(r.documentName.size())
                    .arg(LeaveTextLimits::documentName));
        if (!LeaveTextLimits::isPlainFileName(r.documentName))
            add(LeaveProblem::Field::Document,
                Tr::tr("The document's name may not hold a folder or a control character."));
        // No type at all is let through, as on the server: older desks saved none.
        if (!r.documentMimeType.isEmpty()
            && !LeaveTextLimits::documentTypes().contains(r.documentMimeType))
            add(LeaveProblem::Field::Document,
                Tr::tr("The document must be a PDF, JPEG or PNG file."));
    }
    if (r.comment.size() > LeaveTextLimits::comment)
        add(LeaveProblem::Field::Comment,
            Tr::tr("The comment is %1 characters long: at most %2.")
                .arg(r.comment.size())
                .arg(LeaveTextLimits::comment));
    return problems;
}

} // namespace Civitas::Leave
