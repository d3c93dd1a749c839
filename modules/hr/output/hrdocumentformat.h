#pragma once

#include <hr/hrglobal.h>

#include <QDate>
#include <QString>

namespace Civitas {
class Database;
}

namespace Civitas::Hr {

struct Agent;
struct WorkingTime;

// The wording the HR documents share. The fiche agent and the attestation employeur are
// French official papers: their text is French whatever the language of the interface, so
// what is built here is document text, not user-interface text, and is not translated.
class CIVITAS_HR_EXPORT HrDocumentFormat
{
public:
    // The text of a template of the resources; empty, with a warning, when it is missing.
    static QString readTemplate(const QString &resourcePath);
    // "1er mars 2024", "12 mars 2024": dates as a French administrative letter writes them.
    static QString longDate(QDate date);
    // "12/03/2024", for tables.
    static QString shortDate(QDate date);
    // "37 h 30", "35 h".
    static QString weeklyHours(int minutes);
    // "à temps complet", "à temps partiel (80 %)", "sur un emploi à temps non complet (28/35e)".
    static QString workingTimePhrase(const WorkingTime &workingTime);
    // "80 %" for part time, "28/35e" for a non-full-time post, empty for full time.
    static QString workingTimeRate(const WorkingTime &workingTime);
    // "M." or "Mme".
    static QString civility(const Agent &agent);
    // `masculine` or `feminine` after the agent's sex: "né"/"née", "employé"/"employée".
    static QString agreed(const Agent &agent, const QString &masculine, const QString &feminine);
    // The town as the local settings name it ("Ville de Bron" unless set otherwise)...
    static QString townName(Database &database);
    // ... and the place a document is made at: "Bron" for "Ville de Bron".
    static QString placeName(const QString &townName);
};

} // namespace Civitas::Hr
