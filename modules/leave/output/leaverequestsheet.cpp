#include "leaverequestsheet.h"
#include <leave/leavetr.h>

#include <leave/domain/leavecalendar.h>
#include <leave/domain/workingschedule.h>
#include <leave/store/leavecalendarstore.h>
#include <leave/store/leaveledger.h>
#include <leave/store/leavetypecatalog.h>

#include <core/access/session.h>
#include <core/formats/officialpaper.h>
#include <core/storage/database.h>
#include <hr/output/hrdocumentformat.h>
#include <hr/store/agentnamesql.h>

#include <QLocale>
#include <QSqlQuery>
#include <QTimeZone>

namespace Civitas::Leave {

namespace {

const QLocale french = OfficialPaper::locale();

// The public holiday's French name (FrenchCalendar's follow the interface's language); empty
// on another day (a day off the town grants is named by its data, in French already).
QString frenchHolidayName(QDate day)
{
    const QDate easter = FrenchCalendar::easterSunday(day.year());
    const qint64 fromEaster = easter.daysTo(day);
    if (fromEaster == -2)
        return QStringLiteral("Vendredi saint");
    if (fromEaster == 1)
        return QStringLiteral("Lundi de Pâques");
    if (fromEaster == 39)
        return QStringLiteral("Ascension");
    if (fromEaster == 50)
        return QStringLiteral("Lundi de Pentecôte");
    switch (day.month() * 100 + day.day()) {
    case 101:
        return QStringLiteral("Jour de l’an");
    case 501:
        return QStringLiteral("Fête du Travail");
    case 508:
        return QStringLiteral("Victoire 1945");
    case 714:
        return QStringLiteral("Fête nationale");
    case 815:
        return QStringLiteral("Assomption");
    case 1101:
        return QStringLiteral("Toussaint");
    case 1111:
        return QStringLiteral("Armistice 1918");
    case 1225:
        return QStringLiteral("Noël");
    case 1226:
        return QStringLiteral("Saint-Étienne");
    }
    return {};
}

} // namespace

QString LeaveRequestSheet::stateText(LeaveRequestState state)
{
    switch (state) {
    case LeaveRequestState::Draft:
        return QStringLiteral("brouillon");
    case LeaveRequestState::Submitted:
        return QStringLiteral("en attente de l’avis du chef de service");
    case LeaveRequestState::WaitingHr:
        return QStringLiteral("en attente de la décision des ressources humaines");
    case LeaveRequestState::Approved:
        return QStringLiteral("accordée");
    case LeaveRequestState::Refused:
        return QStringLiteral("refusée");
    case LeaveRequestState::Withdrawn:
        return QStringLiteral("retirée par l’agent");
    case LeaveRequestState::CancellationRequested:
        return QStringLiteral("accordée, annulation demandée");
    case LeaveRequestState::Cancelled:
        return QStringLiteral("annulée");
    }
    return {};
}

QString LeaveRequestSheet::stepText(const QString &action)
{
    static const QHash<QString, QString> texts = {
        {QStringLiteral("created"), QStringLiteral("Brouillon enregistré")},
        {QStringLiteral("submitted"), QStringLiteral("Demande déposée")},
        {QStringLiteral("approved"), QStringLiteral("Accordée")},
        {QStringLiteral("forwarded_to_hr"), QStringLiteral("Avis favorable, transmise aux RH")},
        {QStringLiteral("refused"), QStringLiteral("Refusée")},
        {QStringLiteral("withdrawn"), QStringLiteral("Retirée par l’agent")},
        {QStringLiteral("cancellation_requested"), QStringLiteral("Annulation demandée")},
        {QStringLiteral("cancellation_approved"), QStringLiteral("Annulation accordée")},
        {QStringLiteral("cancellation_refused"), QStringLiteral("Annulation refusée")},
        {QStringLiteral("entered_by_hr"), QStringLiteral("Saisie par les RH")},
        {QStringLiteral("recounted"), QStringLiteral("Durée recomptée")},
    };
    return texts.value(action, action);
}

QString LeaveRequestSheet::boundaryText(const LeaveBoundary &boundary)
{
    if (!boundary.date.isValid())
        return {};
    return french.dayName(boundary.date.dayOfWeek()) + QLatin1Char(' ')
           + Hr::HrDocumentFormat::longDate(boundary.date)
           + (boundary.half == Hr::WeeklyPattern::Afternoon ? QStringLiteral(" après-midi")
                                                            : QStringLiteral(" matin"));
}

QString LeaveRequestSheet::durationText(int halfDays)
{
    if (halfDays == 1)
        return QStringLiteral("une demi-journée");
    const QString n = french.toString(halfDays / 2.0, 'f', halfDays % 2 ? 1 : 0);
    return halfDays <= 3 ? n + QStringLiteral(" jour") : n + QStringLiteral(" jours");
}

QString LeaveRequestSheet::daysText(int hundredths)
{
    const int decimals = hundredths % 100 == 0 ? 0 : (hundredths % 10 == 0 ? 1 : 2);
    // A no-break space: the figure and its unit stay on one line.
    return french.toString(hundredths / 100.0, 'f', decimals) + QStringLiteral("\u00a0j");
}

QVariantMap LeaveRequestSheet::values(Database &database,
                                      const LeaveRequest &request,
                                      const QList<LeaveRequestStep> &steps,
                                      QDate printedOn)
{
    using F = Hr::HrDocumentFormat;
    QVariantMap v;
    v[QStringLiteral("townName")] = F::townName(database);
    v[QStringLiteral("printedOn")] = F::longDate(printedOn);
    v[QStringLiteral("reference")] = request.id.left(8).toUpper();

    QSqlQuery q(database.connection());
    q.prepare(
        QStringLiteral(
            "SELECT %1, a.registration_number, coalesce(o.name, ''), a.post_title FROM agents a "
            "LEFT JOIN org_units o ON o.id = a.org_unit_id WHERE a.id = ?")
            .arg(Hr::agentDisplayNameSql(QStringLiteral("a"))));
    q.addBindValue(request.agentId);
    const bool found = q.exec() && q.next();
    v[QStringLiteral("agentName")] = found ? q.value(0).toString() : QString();
    v[QStringLiteral("registrationNumber")] = found ? q.value(1).toString() : QString();
    v[QStringLiteral("unitName")] = found ? q.value(2).toString() : QString();
    v[QStringLiteral("postTitle")] = found ? q.value(3).toString() : QString();
    const WorkingSchedule schedule = LeaveCalendarStore::schedule(database, request.agentId);
    v[QStringLiteral("weeklyPattern")]
        = F::weeklyPatternText(schedule.patternOn(request.start.date));

    const LeaveTypeCatalog types(database);
    const LeaveType *type = types.byId(request.leaveTypeId);
    v[QStringLiteral("typeLabel")] = type ? type->label : QString();
    v[QStringLiteral("state")] = stateText(request.state);
    v[QStringLiteral("startText")] = boundaryText(request.start);
    v[QStringLiteral("endText")] = boundaryText(request.end);
    const bool calendarDays = type && type->countsCalendarDays;
    v[QStringLiteral("duration")]
        = durationText(request.halfDays)
          + (calendarDays ? QStringLiteral(" (jours calendaires)")
                          : QStringLiteral(" (demi-journées travaillées par l’agent)"));
    QStringList holidays;
    if (!calendarDays) {
        const LeaveCalendar calendar = LeaveCalendarStore::calendar(database);
        const LeaveDayCounter counter(schedule, calendar);
        for (const PublicHoliday &h : counter.count(request.start, request.end).holidays) {
            const QString name = calendar.publicHolidays().isPublicHoliday(h.date)
                                     ? frenchHolidayName(h.date)
                                     : h.name;
            holidays << QStringLiteral("%1 %2 (%3)")
                            .arg(french.dayName(h.date.dayOfWeek()),
                                 F::longDate(h.date),
                                 name.isEmpty() ? h.name : name);
        }
    }
    v[QStringLiteral("holidays")]
        = holidays.isEmpty() ? QStringLiteral("aucun") : holidays.join(QStringLiteral(" ; "));
    v[QStringLiteral("comment")]
        = request.comment.isEmpty() ? QStringLiteral("—") : request.comment;
    v[QStringLiteral("document")]
        = request.documentName.isEmpty()
              ? (type && type->documentRequired ? QStringLiteral("à joindre")
                                                : QStringLiteral("non requise"))
              : request.documentName;

    // The balance of the request's year without this request, then with it: an approved
    // request's own use is already in the ledger, so it is taken out of "before".
    const int year = request.start.date.year();
    v[QStringLiteral("balanceYear")] = QString::number(year);
    if (type && type->hasBalance) {
        const LeaveLedger ledger(database);
        const LeaveBalance b
            = ledger.balance(request.agentId, request.leaveTypeId, year, request.id);
        int ownUse = 0;
        for (const LedgerEntry &e : ledger.entriesOfRequest(request.id)) {
            if (e.kind == LedgerEntry::Kind::Use)
                ownUse += e.daysHundredths;
        }
        const int before = b.availableHundredths() - ownUse;
        const int asked = request.daysHundredths();
        const int after
            = LeaveRequestStates::isLive(request.state) || request.state == LeaveRequestState::Draft
                  ? before - asked
                  : before;
        v[QStringLiteral("balanceTable")] = DocumentPrinter::htmlTable(
            {type->label, QStringLiteral("Jours")},
            {{QStringLiteral("Droits de l’année"), daysText(b.rightsHundredths)},
             {QStringLiteral("Déjà pris (hors cette demande)"),
              daysText(-(b.usedHundredths - ownUse))},
             {QStringLiteral("Solde avant cette demande"), daysText(before)},
             {QStringLiteral("Cette demande"), daysText(asked)},
             {QStringLiteral("Solde après cette demande"), daysText(after)}});
        v[QStringLiteral("balanceNote")]
            = b.pendingHundredths > 0
                  ? QStringLiteral("Autres demandes en attente d’une décision : %1.")
                        .arg(daysText(b.pendingHundredths))
                  : QString();
    } else {
        v[QStringLiteral("balanceTable")] = QString();
        v[QStringLiteral("balanceNote")]
            = QStringLiteral("Ce congé n’est pas décompté d’un solde.");
    }

    // The town's hours, whatever the desk's time zone.
    QTimeZone zone(QByteArrayLiteral("Europe/Paris"));
    if (!zone.isValid())
        zone = QTimeZone::systemTimeZone();
    QList<QStringList> rows;
    for (const LeaveRequestStep &s : steps) {
        QString who = s.actorName.isEmpty() ? s.actorLogin : s.actorName;
        if (!s.onBehalfOfName.isEmpty())
            who += QStringLiteral(", pour le compte de %1").arg(s.onBehalfOfName);
        rows << QStringList{s.actedAt.toTimeZone(zone).toString(QStringLiteral("dd/MM/yyyy HH:mm")),
                            stepText(s.action),
                            who,
                            s.comment};
    }
    v[QStringLiteral("stepsTable")] = DocumentPrinter::htmlTable({QStringLiteral("Date"),
                                                                  QStringLiteral("Étape"),
                                                                  QStringLiteral("Par"),
                                                                  QStringLiteral("Commentaire")},
                                                                 rows);
    return v;
}

bool LeaveRequestSheet::printer(Database &database,
                                const QString &requestId,
                                DocumentPrinter *printer,
                                QString *error)
{
    // Reading needs no user: the store's session is only for its writes.
    const Session nobody;
    const LeaveRequestStore store(database, nobody);
    LeaveRequest request;
    if (!store.load(requestId, &request)) {
        if (error)
            *error = Tr::tr("This request is no longer in the file.");
        return false;
    }
    const QVariantMap v = values(database, request, store.steps(requestId), QDate::currentDate());
    // The title is the footer's too: French, as the paper.
    printer->setTitle(QStringLiteral("Demande de congé — %1")
                          .arg(v.value(QStringLiteral("agentName")).toString()));
    printer->setOfficialPaper(true);
    printer->setTemplate(Hr::HrDocumentFormat::readTemplate(templatePath()));
    printer->setValues(v);
    Hr::HrDocumentFormat::addTownLogo(*printer, database);
    return true;
}

} // namespace Civitas::Leave
