#pragma once

#include <hr/hrglobal.h>

#include <QDate>
#include <QString>

namespace Civitas {
class Database;
class DocumentPrinter;
} // namespace Civitas

namespace Civitas::Hr {

struct Agent;
class WeeklyPattern;
struct WorkingTime;

// The wording the official papers share (the fiche agent, the attestation employeur, the leave
// request form). They are French whatever the language of the interface: what is built here
// is document text, not user-interface text, written in French and not translated; labels
// borrowed from the domain go through OfficialPaper (HrCodes::paperLabel()).
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
    // "du lundi au jeudi", "lundi, mardi, mercredi matin": the days an agent works
    // (WeeklyPattern::label() follows the interface's language).
    static QString weeklyPatternText(const WeeklyPattern &pattern);
    // The town as its identity names it (TownIdentity; "Ville de Bron" when not set yet)...
    static QString townName(Database &database);
    // ... its address and SIRET under the name, as HTML (empty parts left out)...
    static QString townDetailsHtml(Database &database);
    // ... and the place a document is made at: "Bron" for "Ville de Bron".
    static QString placeName(const QString &townName);
    // Gives the paper the town's logo, as the template's {{{townLogo}}}: nothing when the town
    // has none or its bytes have not reached this desk yet. Call once the values are set.
    static void addTownLogo(DocumentPrinter &printer, Database &database);
};

} // namespace Civitas::Hr
