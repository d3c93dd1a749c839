#pragma once

#include <hr/domain/agentfile.h>
#include <hr/hrglobal.h>

#include <core/formats/documentprinter.h>

#include <QCoreApplication>

namespace Civitas {
class Database;
}

namespace Civitas::Hr {

// The attestation employeur: the town certifies that the agent is employed since the entry
// date (or was, from entry to departure), in which grade, status and working time. French
// text from :/civitas/hr/templates/employmentcertificate.html, signed by the HR director on
// the mayor's delegation. It states employment only: nothing about health or evaluations.
class CIVITAS_HR_EXPORT EmploymentCertificate
{
public:
    static QString templatePath()
    {
        return QStringLiteral(":/civitas/hr/templates/employmentcertificate.html");
    }

    // Ready for showPrintPreview() or printToPdf(), dated today.
    static DocumentPrinter printer(const AgentFile &file, Database &database);
    // The values of the template for a certificate made on `day`.
    static QVariantMap values(const AgentFile &file, Database &database, QDate day);
    // "est employée depuis le 1er mars 2010 en qualité d'adjoint administratif (titulaire),
    // à temps complet" or "a été employé du ... au ... en qualité de ...".
    static QString employmentPhrase(const AgentFile &file, QDate day);
};

} // namespace Civitas::Hr
