#pragma once

#include <core/coreglobal.h>

#include <QString>

namespace Civitas {

// What a user reads of the server's refusal of a change: the server speaks PostgreSQL ("new row
// violates row-level security policy for table ...", "duplicate key value violates unique
// constraint ..."), in English; the Synchronisation page says what it means, in the interface's
// language, and keeps the server's words as the detail for whoever supports the user.
namespace RefusalReason {

// One sentence: why the change was refused and what can be done. The server's own message for
// the rules it words for people (a refused SIRET, a leave rule) is kept after it.
CIVITAS_CORE_EXPORT QString plain(const QString &serverWords);

} // namespace RefusalReason

} // namespace Civitas
