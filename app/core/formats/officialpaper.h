#pragma once

#include <core/coreglobal.h>

#include <QLocale>
#include <QString>

namespace Civitas {

// Official papers (the fiche agent, the attestation employeur, the leave request form, and
// the papers of the next modules) are French whatever the language of the interface. Their
// own wording is French in their templates and output code; what they borrow from the domain
// (a status, a position, a category: English source strings that screens translate with the
// installed translators) is translated here through Civitas' French catalogue, loaded apart
// from the installed translators, so that screens keep the user's language.
namespace OfficialPaper {

// The French of a source string of `context` (a module's Tr context, "Civitas::Hr"); the
// source itself when the catalogue lacks it. %n is replaced as QCoreApplication::translate
// does.
CIVITAS_CORE_EXPORT QString translate(const char *context,
                                      const char *sourceText,
                                      const char *disambiguation = nullptr,
                                      int n = -1);
// Whether the French catalogue was found (a test checks it: without it every label falls
// back to its English source).
CIVITAS_CORE_EXPORT bool hasCatalogue();
// Numbers, dates and day names of a paper.
CIVITAS_CORE_EXPORT QLocale locale();

} // namespace OfficialPaper
} // namespace Civitas
