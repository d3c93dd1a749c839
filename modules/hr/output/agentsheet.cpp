#include "agentsheet.h"

#include "hrdocumentformat.h"
#include <hr/domain/hrcodes.h>
#include <hr/store/agentnamesql.h>

#include <core/french/validators.h>
#include <core/storage/database.h>

#include <QSqlQuery>

namespace Civitas::Hr {

namespace {

QString lookUp(Database &database, const QString &sql, const QString &id)
{
    if (id.isEmpty())
        return {};
    QSqlQuery q(database.connection());
    q.prepare(sql);
    q.addBindValue(id);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

QString number(int value)
{
    // 0 is "not entered" for indices: an empty cell, not a false zero.
    return value > 0 ? QString::number(value) : QString();
}

} // namespace

QVariantMap AgentSheet::values(const AgentFile &file, Database &database, QDate day)
{
    using F = HrDocumentFormat;
    const Agent &a = file.agent;
    QVariantMap v;
    v[QStringLiteral("townName")] = F::townName(database);
    v[QStringLiteral("printedOn")] = F::longDate(day);
    v[QStringLiteral("civility")] = F::civility(a);
    v[QStringLiteral("displayName")] = a.displayName();
    v[QStringLiteral("registrationNumber")] = a.registrationNumber;

    v[QStringLiteral("birthName")] = a.birthName;
    v[QStringLiteral("usageName")] = a.usageName;
    v[QStringLiteral("firstNames")] = a.firstNames;
    v[QStringLiteral("sex")]
        = a.sex.isEmpty() ? QString() : HrCodes::paperLabel(HrCodes::Sex, a.sex);
    v[QStringLiteral("birthDate")] = F::longDate(a.birthDate);
    v[QStringLiteral("birthPlace")] = a.birthPlace;
    v[QStringLiteral("nir")] = Validators::formatNir(a.nir);
    v[QStringLiteral("nationality")] = a.nationality;
    QString address = a.address.trimmed();
    const QString town = (a.postcode + QLatin1Char(' ') + a.city).trimmed();
    if (!town.isEmpty())
        address += (address.isEmpty() ? QString() : QStringLiteral("\n")) + town;
    v[QStringLiteral("address")] = address;
    v[QStringLiteral("phone")] = a.phone;
    v[QStringLiteral("email")] = a.email;

    v[QStringLiteral("status")]
        = a.status.isEmpty() ? QString() : HrCodes::paperLabel(HrCodes::Status, a.status);
    v[QStringLiteral("contractBasis")] = a.contractBasis;
    QString contract;
    if (a.contractStart.isValid())
        contract = QStringLiteral("du %1").arg(F::longDate(a.contractStart));
    if (a.contractEnd.isValid())
        contract += (contract.isEmpty() ? QString() : QStringLiteral(" "))
                    + QStringLiteral("au %1").arg(F::longDate(a.contractEnd));
    v[QStringLiteral("contractPeriod")] = contract;
    v[QStringLiteral("entryDate")] = F::longDate(a.entryDate);
    QString departure = F::longDate(a.departureDate);
    if (!departure.isEmpty() && !a.departureReason.isEmpty())
        departure += QStringLiteral(" (%1)").arg(
            HrCodes::paperLabel(HrCodes::DepartureReason, a.departureReason));
    v[QStringLiteral("departure")] = departure;

    // A departed agent's sheet shows the situation on the last day of employment.
    const QDate on = a.departureDate.isValid() && a.departureDate < day ? a.departureDate : day;
    const CareerStep *step = file.careerStepOn(on);
    v[QStringLiteral("category")] = step ? step->category : QString();
    v[QStringLiteral("sector")]
        = step ? HrCodes::paperLabel(HrCodes::Sector, step->sector) : QString();
    v[QStringLiteral("jobFramework")] = step ? step->jobFramework : QString();
    v[QStringLiteral("grade")] = step ? step->grade : QString();
    v[QStringLiteral("echelon")] = step ? number(step->echelon) : QString();
    v[QStringLiteral("grossIndex")] = step ? number(step->grossIndex) : QString();
    v[QStringLiteral("increasedIndex")] = step ? number(step->increasedIndex) : QString();
    v[QStringLiteral("careerSince")] = step ? F::longDate(step->effectiveDate) : QString();

    const StatutoryPosition *position = file.positionOn(on);
    v[QStringLiteral("position")]
        = position ? HrCodes::paperLabel(HrCodes::Position, position->position) : QString();
    v[QStringLiteral("positionSince")] = position ? F::longDate(position->startDate) : QString();

    const WorkingTime *work = file.workingTimeOn(on);
    v[QStringLiteral("workKind")]
        = work ? HrCodes::paperLabel(HrCodes::WorkKind, work->kind) : QString();
    v[QStringLiteral("workRate")] = work ? F::workingTimeRate(*work) : QString();
    v[QStringLiteral("weeklyHours")] = work ? F::weeklyHours(work->weeklyMinutes) : QString();
    v[QStringLiteral("weeklyPattern")] = work ? F::weeklyPatternText(work->pattern) : QString();
    v[QStringLiteral("workingTimeSince")] = work ? F::longDate(work->effectiveDate) : QString();

    v[QStringLiteral("unitName")]
        = lookUp(database, QStringLiteral("SELECT name FROM org_units WHERE id = ?"), a.orgUnitId);
    v[QStringLiteral("postTitle")] = a.postTitle;
    v[QStringLiteral("lineManager")]
        = lookUp(database,
                 QStringLiteral("SELECT %1 FROM agents WHERE id = ? AND deleted = 0")
                     .arg(agentDisplayNameSql(QStringLiteral("agents"))),
                 a.lineManagerId);

    // The histories, newest first as HR reads them on paper.
    QList<QStringList> career;
    for (auto it = file.careerSteps.crbegin(); it != file.careerSteps.crend(); ++it) {
        career << QStringList{F::shortDate(it->effectiveDate),
                              it->category,
                              it->grade,
                              number(it->echelon),
                              number(it->grossIndex),
                              number(it->increasedIndex),
                              HrCodes::paperLabel(HrCodes::CareerReason, it->reason),
                              it->decisionReference};
    }
    v[QStringLiteral("careerTable")] = DocumentPrinter::htmlTable({QStringLiteral("Date d’effet"),
                                                                   QStringLiteral("Cat."),
                                                                   QStringLiteral("Grade"),
                                                                   QStringLiteral("Éch."),
                                                                   QStringLiteral("IB"),
                                                                   QStringLiteral("IM"),
                                                                   QStringLiteral("Motif"),
                                                                   QStringLiteral("Décision")},
                                                                  career);

    QList<QStringList> positions;
    for (auto it = file.positions.crbegin(); it != file.positions.crend(); ++it) {
        positions << QStringList{HrCodes::paperLabel(HrCodes::Position, it->position),
                                 F::shortDate(it->startDate),
                                 F::shortDate(it->endDate),
                                 it->decisionReference,
                                 F::shortDate(it->decisionDate)};
    }
    v[QStringLiteral("positionsTable")]
        = DocumentPrinter::htmlTable({QStringLiteral("Position"),
                                      QStringLiteral("Du"),
                                      QStringLiteral("Au"),
                                      QStringLiteral("Arrêté"),
                                      QStringLiteral("Du (arrêté)")},
                                     positions);

    // The pieces are listed, never reproduced: the sheet may leave the HR office.
    QList<QStringList> documents;
    for (const AgentDocument &d : file.documents) {
        documents << QStringList{QString::number(d.sequenceNumber),
                                 HrCodes::paperLabel(HrCodes::DocumentCategory, d.category),
                                 d.title,
                                 F::shortDate(d.documentDate)};
    }
    v[QStringLiteral("documentsTable")] = DocumentPrinter::htmlTable({QStringLiteral("N°"),
                                                                      QStringLiteral("Catégorie"),
                                                                      QStringLiteral("Intitulé"),
                                                                      QStringLiteral("Date")},
                                                                     documents);
    v[QStringLiteral("documentCount")] = QString::number(file.documents.size());
    return v;
}

DocumentPrinter AgentSheet::printer(const AgentFile &file, Database &database)
{
    // The title is the footer's too: French, as the paper.
    DocumentPrinter printer(QStringLiteral("Fiche agent — %1").arg(file.agent.displayName()),
                            HrDocumentFormat::readTemplate(templatePath()),
                            values(file, database, QDate::currentDate()));
    printer.setOfficialPaper(true);
    HrDocumentFormat::addTownLogo(printer, database);
    return printer;
}

} // namespace Civitas::Hr
