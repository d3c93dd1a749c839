#pragma once

#include <leave/leaveglobal.h>
#include <leave/store/expirynotices.h>

#include <core/formats/documentprinter.h>

namespace Civitas {
class Database;
}

namespace Civitas::Leave {

// The letter that informs an agent of their carried-over days of annual leave and the date
// they expire (Conseil d'État, 17 October 2025, n°495899): printed from the agent's home page
// or by HR. French whatever the interface's language: an official paper.
class CIVITAS_LEAVE_EXPORT ExpiryNoticeLetter
{
public:
    static QString templatePath()
    {
        return QStringLiteral(":/civitas/leave/templates/expirynotice.html");
    }
    static QVariantMap values(Database &database, const ExpiryNotices::Notice &notice);
    static void
    printer(Database &database, const ExpiryNotices::Notice &notice, DocumentPrinter *printer);
};

} // namespace Civitas::Leave
