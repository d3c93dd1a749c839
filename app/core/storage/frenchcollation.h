#pragma once

#include <core/coreglobal.h>

#include <QSqlDatabase>
#include <QString>
#include <QStringView>

struct sqlite3;

namespace Civitas {

// The order a French reader expects of names and other typed text: accents, case and
// ligatures do not count (Ménard = MENARD = menard, Œuvrard = Oeuvrard, Æbischer = Aebischer),
// everything else does, character by character ("de Gaulle" under D, "Le Goff" before
// "Lefèvre": a space comes before any letter). The same order as PostgreSQL's ICU collation
// civitas.french (fr-u-ks-level1) on the names Civitas holds.
//
// On the desk it is the SQLite collation `french` (`Sql::frenchCollated()`), which Database
// installs on every connection it opens. Indexes use it: a connection without it (the sqlite3
// shell) reads every table but cannot write to one indexed with it (see docs/architecture.md).
class CIVITAS_CORE_EXPORT FrenchCollation
{
public:
    static constexpr const char *Name = "french";
    // The SQL function french_folded(text): folded() on the desk, for LIKE searches.
    static constexpr const char *FoldedFunction = "french_folded";

    // Installs the collation on a connection; false if SQLite refused it.
    static bool install(sqlite3 *db);
    // The same on an open QSQLITE connection (Database does it on its own).
    static bool install(const QSqlDatabase &db);
    // <0, 0 or >0, as the collation compares.
    static int compare(QStringView a, QStringView b);
    // The text as the collation sees it: "Œuvrard-Ménard" -> "oeuvrard-menard".
    static QString folded(QStringView text);
};

} // namespace Civitas
