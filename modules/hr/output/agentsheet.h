#pragma once

#include <hr/domain/agentfile.h>
#include <hr/hrglobal.h>

#include <core/formats/documentprinter.h>

#include <QCoreApplication>

namespace Civitas {
class Database;
}

namespace Civitas::Hr {

// The fiche agent: identity, employment, current career, position, working time and posting,
// the career and positions histories, and the list of the file's pieces (never their
// content). French text from :/civitas/hr/templates/agentsheet.html. Nothing about health
// or opinions: the file holds none.
class CIVITAS_HR_EXPORT AgentSheet
{
public:
    static QString templatePath()
    {
        return QStringLiteral(":/civitas/hr/templates/agentsheet.html");
    }

    // Ready for showPrintPreview() or printToPdf(). The unit and the line manager are named
    // from the local file; what is in effect is taken on `day`.
    static DocumentPrinter printer(const AgentFile &file, Database &database);
    static QVariantMap values(const AgentFile &file, Database &database, QDate day);
};

} // namespace Civitas::Hr
