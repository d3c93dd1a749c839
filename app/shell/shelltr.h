#pragma once

#include <QCoreApplication>

namespace Civitas {

// The shell's one translation context: a string is translated once for the whole shell,
// whichever class shows it. Where French needs two words for one English one, the call gives a
// disambiguation: ShellTr::tr("Remove", "a day off").
struct ShellTr
{
    Q_DECLARE_TR_FUNCTIONS(Civitas::Shell)
};

} // namespace Civitas
