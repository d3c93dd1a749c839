#pragma once

#include "validationresult.h"
#include <core/coreglobal.h>

#include <QChar>
#include <QDate>
#include <QString>

namespace Civitas {

// Checks of the French identifiers the agents type, with the reason shown next to the field.
// The rules and their sources are in docs/domain/hr-and-leave.md and
// docs/domain/associations-and-schools.md.
//
// Every check judges the value it is given: an empty value is Invalid ("no ... entered"). A
// form whose field is optional skips the check when the field is empty.
namespace Validators {

// NIR (numéro de sécurité sociale): 15 characters, spaces allowed. A temporary number (first
// digit 7 or 8) is accepted with a warning, because it is to be replaced by the definitive one.
CIVITAS_CORE_EXPORT ValidationResult nir(const QString &nir);

// Whether a well-formed NIR agrees with the identity on the agent file: sex ('M' or 'F'; any
// other value skips that check), year and month of birth (an invalid date skips those; so does
// an unknown-month NIR for the month). A disagreement is a Warning, since the file may be the
// one that is wrong; otherwise the result is nir()'s, so an invalid NIR stays Invalid.
CIVITAS_CORE_EXPORT ValidationResult nirConsistency(const QString &nir, QChar sex, QDate birthDate);

// SIREN: 9 digits, Luhn. Spaces allowed.
CIVITAS_CORE_EXPORT ValidationResult siren(const QString &siren);

// SIRET: 14 digits, Luhn, except La Poste's establishments (see the domain document).
// Spaces allowed.
CIVITAS_CORE_EXPORT ValidationResult siret(const QString &siret);

// RNA: "W" followed by 9 digits. Older identifiers have irregular forms and are kept as text
// with a warning.
CIVITAS_CORE_EXPORT ValidationResult rna(const QString &rna);

// French postcode: 5 digits, not starting with 00. Corsica (20xxx) and overseas (97xxx, 98xxx)
// included.
CIVITAS_CORE_EXPORT ValidationResult postcode(const QString &postcode);

// INSEE code of a commune (code officiel géographique, not the postcode): 5 characters, the
// département (01 to 95 without 20, 2A or 2B for Corsica) then 3 digits, or 971 to 978 and 984
// to 989 then 2 digits overseas. Spaces and a lower-case "2a" allowed.
CIVITAS_CORE_EXPORT ValidationResult inseeCode(const QString &code);

// IBAN (ISO 13616): country code, length for that country where known (15 to 34 otherwise),
// check digits (mod 97). Spaces and lower case allowed.
CIVITAS_CORE_EXPORT ValidationResult iban(const QString &iban);

// The form to store: no spaces, upper case ("2a" becomes "2A").
CIVITAS_CORE_EXPORT QString normalizedNir(const QString &nir);
CIVITAS_CORE_EXPORT QString normalizedIban(const QString &iban);
CIVITAS_CORE_EXPORT QString normalizedInseeCode(const QString &code);
// SIRET, SIREN and postcodes are stored without the spaces people type them with.
CIVITAS_CORE_EXPORT QString compacted(const QString &value);

// The NIR as printed on the carte Vitale: "2 95 10 99 126 111 93". A value that is neither 13
// nor 15 characters long comes back normalised but not grouped.
CIVITAS_CORE_EXPORT QString formatNir(const QString &nir);

} // namespace Validators
} // namespace Civitas
