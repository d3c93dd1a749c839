#pragma once

#include <core/coreglobal.h>

#include <QString>

namespace Civitas::TextLimits {

// The longest free text each kind of field may hold, in characters: the server refuses
// longer (CHECK constraints, database/central/*/), and the desk says so before saving.
// docs/administration.md lists them per column.
inline constexpr int Code = 50;      // registration numbers, unit codes, NIR
inline constexpr int Name = 200;     // names, titles, places, grades, references
inline constexpr int Address = 500;  // a postal address
inline constexpr int Comment = 4000; // free comments
inline constexpr int Email = 254;    // RFC 5321's limit
inline constexpr int Phone = 50;
inline constexpr int Postcode = 20;
inline constexpr int Nationality = 100;
inline constexpr int FileName = 255;
// Fields that no column holds, bounded all the same: a field takes nothing longer than it can
// use (a 5,000-character paste once widened the main window past the screen).
inline constexpr int Search = Name; // a search for a name or a code
inline constexpr int Login = 63;    // a PostgreSQL role name (NAMEDATALEN - 1 bytes)
inline constexpr int Password = 1024;
inline constexpr int HostName = 253; // a DNS name
inline constexpr int Path = 4096;    // PATH_MAX

// "Birth name: at most 200 characters (213 given)." when value is longer than limit; empty
// otherwise. `field` is the field's label, as the form shows it.
CIVITAS_CORE_EXPORT QString tooLong(const QString &field, const QString &value, int limit);

} // namespace Civitas::TextLimits
