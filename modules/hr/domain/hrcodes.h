#pragma once

#include <hr/hrglobal.h>

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Civitas::Hr {

// The enumerations of the agent file: the codes stored in the database (English, stable) and
// the labels users read (translated; French by default, as HR says them).
class CIVITAS_HR_EXPORT HrCodes
{
public:
    enum Kind {
        Sex,
        Status,   // titulaire, stagiaire, contractuel
        Category, // A, B, C
        Sector,   // filière
        Position, // position statutaire
        WorkKind, // temps complet, partiel, non complet
        DepartureReason,
        DocumentCategory, // the categories of décret 2011-675
        CareerReason,
    };
    struct Code
    {
        QString code;
        QString label;
    };

    static QList<Code> codes(Kind kind);
    // The label of a code; the code itself when unknown (a newer desk may know more codes).
    static QString label(Kind kind, const QString &code);
    // The label an official paper prints: French whatever the interface language.
    static QString paperLabel(Kind kind, const QString &code);
    static bool isKnown(Kind kind, const QString &code);
    // A code from what a payroll export or a user may write: the code, the label, or a
    // usual abbreviation, any case, accents ignored ("Titulaire", "TIT", "tenured").
    static QString codeFor(Kind kind, const QString &text);
};

} // namespace Civitas::Hr
