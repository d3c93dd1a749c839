#pragma once

#include <leave/domain/leaverequest.h>
#include <leave/leaveglobal.h>
#include <leave/store/leaverequeststore.h>

#include <core/formats/documentprinter.h>

#include <QCoreApplication>
#include <QDate>

namespace Civitas {
class Database;
}

namespace Civitas::Leave {

// The leave request form (formulaire de demande de congé) as the town files it: the agent and
// their unit, the kind of leave, the first and last days with their halves, the duration as
// counted, the balance before and after, every step of the request with who, when and why,
// and boxes for the signatures. French text from :/civitas/leave/templates/leaverequest.html:
// an official paper is French whatever the language of the interface.
class CIVITAS_LEAVE_EXPORT LeaveRequestSheet
{
public:
    static QString templatePath()
    {
        return QStringLiteral(":/civitas/leave/templates/leaverequest.html");
    }

    // Ready for showPrintPreview() or printToPdf(); false (with the reason) when the request is
    // not in the file.
    static bool
    printer(Database &database, const QString &requestId, DocumentPrinter *printer, QString *error);
    static QVariantMap values(Database &database,
                              const LeaveRequest &request,
                              const QList<LeaveRequestStep> &steps,
                              QDate printedOn);

    // The French words of the form.
    static QString stateText(LeaveRequestState state);
    static QString stepText(const QString &action);
    // "lundi 11 mai 2026 matin".
    static QString boundaryText(const LeaveBoundary &boundary);
    // "1 jour", "4,5 jours", "une demi-journée".
    static QString durationText(int halfDays);
    // "12,5 j".
    static QString daysText(int hundredths);
};

} // namespace Civitas::Leave
