#include "employmentcertificate.h"

#include "hrdocumentformat.h"

namespace Civitas::Hr {

namespace {

// The status as the sentence of the certificate says it, agreed with the agent's sex.
QString statusWord(const Agent &agent)
{
    if (agent.status == QLatin1String("tenured"))
        return QStringLiteral("titulaire");
    if (agent.status == QLatin1String("trainee"))
        return QStringLiteral("stagiaire");
    if (agent.status == QLatin1String("contract"))
        return HrDocumentFormat::agreed(
            agent, QStringLiteral("contractuel"), QStringLiteral("contractuelle"));
    return agent.status;
}

// "en qualité d'adjoint" but "en qualité de rédacteur".
QString asWhat(const QString &job)
{
    const QChar first = job.isEmpty() ? QChar() : job.at(0).toLower();
    static const QString vowels = QStringLiteral("aâàeéèêiîoôuûy");
    return vowels.contains(first) ? QStringLiteral("en qualité d’") + job
                                  : QStringLiteral("en qualité de ") + job;
}

} // namespace

QString EmploymentCertificate::employmentPhrase(const AgentFile &file, QDate day)
{
    using F = HrDocumentFormat;
    const Agent &a = file.agent;
    const bool departed = a.departureDate.isValid() && a.departureDate < day;
    const QString employed = F::agreed(a, QStringLiteral("employé"), QStringLiteral("employée"));
    QString phrase
        = departed ? QStringLiteral("a été %1 du %2 au %3")
                         .arg(employed, F::longDate(a.entryDate), F::longDate(a.departureDate))
                   : QStringLiteral("est %1 depuis le %2").arg(employed, F::longDate(a.entryDate));
    // A departed agent's grade and working time are those of the last day of employment.
    const QDate on = departed ? a.departureDate : day;
    const CareerStep *step = file.careerStepOn(on);
    const QString job = step && !step->grade.isEmpty() ? step->grade : a.postTitle;
    const QString status = statusWord(a);
    if (!job.isEmpty())
        phrase += QLatin1Char(' ') + asWhat(job);
    if (!status.isEmpty())
        phrase += job.isEmpty() ? QStringLiteral(" en qualité d’agent %1").arg(status)
                                : QStringLiteral(" (%1)").arg(status);
    if (const WorkingTime *work = file.workingTimeOn(on))
        phrase += QStringLiteral(", ") + F::workingTimePhrase(*work);
    return phrase;
}

QVariantMap EmploymentCertificate::values(const AgentFile &file, Database &database, QDate day)
{
    using F = HrDocumentFormat;
    const Agent &a = file.agent;
    const QString town = F::townName(database);
    QVariantMap v;
    v[QStringLiteral("townName")] = town;
    v[QStringLiteral("placeName")] = F::placeName(town);
    v[QStringLiteral("townDetails")] = F::townDetailsHtml(database);
    v[QStringLiteral("civility")] = F::civility(a);
    v[QStringLiteral("displayName")] = a.displayName();
    QString birth;
    if (a.birthDate.isValid()) {
        // With its comma, so that an unknown birth date leaves no empty clause.
        birth = QStringLiteral(", %1 le %2")
                    .arg(F::agreed(a, QStringLiteral("né"), QStringLiteral("née")),
                         F::longDate(a.birthDate));
        if (!a.birthPlace.isEmpty())
            birth += QStringLiteral(" à ") + a.birthPlace;
    }
    v[QStringLiteral("birth")] = birth;
    v[QStringLiteral("registrationNumber")] = a.registrationNumber;
    v[QStringLiteral("employment")] = employmentPhrase(file, day);
    v[QStringLiteral("addressee")]
        = F::agreed(a, QStringLiteral("l’intéressé"), QStringLiteral("l’intéressée"));
    v[QStringLiteral("today")] = F::longDate(day);
    return v;
}

DocumentPrinter EmploymentCertificate::printer(const AgentFile &file, Database &database)
{
    // The title is the footer's too: French, as the paper.
    DocumentPrinter printer(
        QStringLiteral("Attestation employeur — %1").arg(file.agent.displayName()),
        HrDocumentFormat::readTemplate(templatePath()),
        values(file, database, QDate::currentDate()));
    printer.setOfficialPaper(true);
    HrDocumentFormat::addTownLogo(printer, database);
    return printer;
}

} // namespace Civitas::Hr
