#include "agentfilerules.h"
#include <hr/hrtr.h>

#include "hrcodes.h"

#include <core/french/validators.h>

#include <QLocale>
#include <QSet>

namespace Civitas::Hr {

static QString shortDate(QDate date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

QString AgentFileRules::positionOverlap(const QList<StatutoryPosition> &positions)
{
    for (int i = 0; i < positions.size(); ++i) {
        for (int j = i + 1; j < positions.size(); ++j) {
            const StatutoryPosition &a = positions.at(i);
            const StatutoryPosition &b = positions.at(j);
            if (!a.startDate.isValid() || !b.startDate.isValid() || !a.overlaps(b))
                continue;
            auto describe = [](const StatutoryPosition &p) {
                return p.endDate.isValid() ? Tr::tr("%1 from %2 to %3")
                                                 .arg(HrCodes::label(HrCodes::Position, p.position),
                                                      shortDate(p.startDate),
                                                      shortDate(p.endDate))
                                           : Tr::tr("%1 from %2 (no end date)")
                                                 .arg(HrCodes::label(HrCodes::Position, p.position),
                                                      shortDate(p.startDate));
            };
            return Tr::tr(
                       "Two statutory positions overlap: %1, and %2. An agent is in one position "
                       "at a time.")
                .arg(describe(a), describe(b));
        }
    }
    return {};
}

QList<AgentFileRules::Problem> AgentFileRules::check(const AgentFile &file)
{
    QList<Problem> problems;
    const Agent &a = file.agent;
    auto block = [&](const QString &field, const QString &message) {
        problems.append({field, message, true});
    };
    auto warn = [&](const QString &field, const QString &message) {
        problems.append({field, message, false});
    };

    if (a.registrationNumber.trimmed().isEmpty())
        block(QStringLiteral("registrationNumber"), Tr::tr("The registration number is missing."));
    if (a.birthName.trimmed().isEmpty())
        block(QStringLiteral("birthName"), Tr::tr("The birth name is missing."));
    if (a.firstNames.trimmed().isEmpty())
        block(QStringLiteral("firstNames"), Tr::tr("The first names are missing."));
    if (!a.entryDate.isValid())
        block(QStringLiteral("entryDate"), Tr::tr("The entry date is missing."));

    if (a.hasDetails) {
        if (!HrCodes::isKnown(HrCodes::Sex, a.sex))
            block(QStringLiteral("sex"), Tr::tr("Choose the sex as on the civil status."));
        if (!HrCodes::isKnown(HrCodes::Status, a.status))
            block(QStringLiteral("status"),
                  Tr::tr("Choose the status: tenured, trainee or contract agent."));
        if (a.birthDate.isValid()) {
            if (a.birthDate > QDate::currentDate())
                block(QStringLiteral("birthDate"), Tr::tr("The date of birth is in the future."));
            else if (a.entryDate.isValid() && a.birthDate.addYears(14) > a.entryDate)
                block(QStringLiteral("birthDate"),
                      Tr::tr("The date of birth makes the agent younger than 14 on entry."));
        }
        if (!a.nir.isEmpty()) {
            const ValidationResult r = Validators::nirConsistency(
                a.nir, a.sex.isEmpty() ? QChar() : a.sex.at(0), a.birthDate);
            if (r.level == ValidationResult::Level::Invalid)
                block(QStringLiteral("nir"), r.message);
            else if (r.level == ValidationResult::Level::Warning)
                warn(QStringLiteral("nir"), r.message);
        }
        if (!a.postcode.isEmpty() && !Validators::postcode(a.postcode).isValid())
            block(QStringLiteral("postcode"), Validators::postcode(a.postcode).message);
        if (!a.email.isEmpty() && !a.email.contains(QLatin1Char('@')))
            block(QStringLiteral("email"), Tr::tr("The e-mail address has no @."));
        if (a.status == QLatin1String("contract")) {
            if (a.contractBasis.trimmed().isEmpty())
                block(QStringLiteral("contractBasis"),
                      Tr::tr("A contract agent's file states the contract's legal basis."));
            if (!a.contractStart.isValid())
                block(QStringLiteral("contractStart"),
                      Tr::tr("The contract's start date is missing."));
        }
        if (a.contractStart.isValid() && a.contractEnd.isValid() && a.contractEnd < a.contractStart)
            block(QStringLiteral("contractEnd"), Tr::tr("The contract ends before it starts."));
        if (a.departureDate.isValid() && a.departureReason.isEmpty())
            block(QStringLiteral("departureReason"), Tr::tr("Give the reason for the departure."));
        if (!a.departureDate.isValid() && !a.departureReason.isEmpty())
            block(QStringLiteral("departureDate"),
                  Tr::tr("A departure reason is given without a departure date."));
    }
    if (a.entryDate.isValid() && a.departureDate.isValid() && a.departureDate < a.entryDate)
        block(QStringLiteral("departureDate"),
              Tr::tr("The departure date is before the entry date."));

    // A date taken twice is reported once, on the later step.
    for (qsizetype i = 0; i < file.careerSteps.size(); ++i)
        problems += careerStepProblems(file.careerSteps.at(i), file.careerSteps.first(i));

    for (const StatutoryPosition &p : file.positions) {
        if (!p.startDate.isValid())
            block(QStringLiteral("positions"), Tr::tr("A statutory position has no start date."));
        if (p.endDate.isValid() && p.startDate.isValid() && p.endDate < p.startDate)
            block(QStringLiteral("positions"),
                  Tr::tr("A statutory position ends before it starts."));
        if (p.decisionReference.trimmed().isEmpty() || !p.decisionDate.isValid())
            block(QStringLiteral("positions"),
                  Tr::tr("Each statutory position refers to its decision (arrêté): its number and "
                         "date."));
    }
    const QString overlap = positionOverlap(file.positions);
    if (!overlap.isEmpty())
        block(QStringLiteral("positions"), overlap);

    QSet<QDate> workingDates;
    for (const WorkingTime &w : file.workingTimes) {
        if (!w.effectiveDate.isValid())
            block(QStringLiteral("workingTimes"), Tr::tr("A working time has no start date."));
        else if (workingDates.contains(w.effectiveDate))
            block(QStringLiteral("workingTimes"),
                  Tr::tr("Two working times start on %1.").arg(shortDate(w.effectiveDate)));
        workingDates.insert(w.effectiveDate);
        if (w.pattern.isEmpty())
            block(QStringLiteral("workingTimes"),
                  Tr::tr("A working time has no worked half-day in its week."));
        if (w.weeklyMinutes <= 0)
            block(QStringLiteral("workingTimes"), Tr::tr("A working time needs its weekly hours."));
        if (w.kind == QLatin1String("part_time")
            && !QList<int>{50, 60, 70, 80, 90}.contains(w.partTimeRate))
            block(QStringLiteral("workingTimes"),
                  Tr::tr("A part-time rate is 50, 60, 70, 80 or 90 %."));
        if (w.kind == QLatin1String("non_full_time") && (w.thirtyFifths < 1 || w.thirtyFifths > 34))
            block(QStringLiteral("workingTimes"),
                  Tr::tr("A non-full-time post is between 1 and 34 35ths of a week."));
    }

    for (const AgentDocument &d : file.documents) {
        if (!d.isNew)
            continue;
        if (d.title.trimmed().isEmpty())
            block(QStringLiteral("documents"), Tr::tr("A document has no title."));
        if (!d.documentDate.isValid())
            block(QStringLiteral("documents"),
                  Tr::tr("The document \"%1\" has no date.").arg(d.title));
        if (!HrCodes::isKnown(HrCodes::DocumentCategory, d.category))
            block(QStringLiteral("documents"),
                  Tr::tr("The document \"%1\" has no category.").arg(d.title));
    }
    return problems;
}

QList<AgentFileRules::Problem> AgentFileRules::careerStepProblems(const CareerStep &s,
                                                                  const QList<CareerStep> &others)
{
    QList<Problem> problems;
    auto block = [&](const QString &message) {
        problems.append({QStringLiteral("careerSteps"), message, true});
    };
    if (!s.effectiveDate.isValid()) {
        block(Tr::tr("A career step has no effective date."));
    } else if (std::any_of(others.begin(), others.end(), [&](const CareerStep &other) {
                   return other.effectiveDate == s.effectiveDate;
               })) {
        block(Tr::tr("Two career steps take effect on %1.").arg(shortDate(s.effectiveDate)));
    }
    if (s.grade.trimmed().isEmpty() || s.jobFramework.trimmed().isEmpty())
        block(Tr::tr("A career step needs its job framework and grade."));
    if (s.echelon < 1 || s.echelon > 15)
        block(Tr::tr("The echelon is between 1 and 15."));
    if (s.grossIndex && s.increasedIndex && s.increasedIndex > s.grossIndex)
        problems.append({QStringLiteral("careerSteps"),
                         Tr::tr("The increased index is usually below the gross index."),
                         false});
    return problems;
}

bool AgentFileRules::hasBlocking(const QList<Problem> &problems)
{
    return std::any_of(
        problems.begin(), problems.end(), [](const Problem &p) { return p.blocking; });
}

} // namespace Civitas::Hr
