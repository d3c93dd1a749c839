#pragma once

#include <QCoreApplication>

namespace Civitas::Hr {

// The HR module's one translation context: a string is translated once for the whole module,
// whichever class shows it. Where French needs two words for one English one, the call gives a
// disambiguation: Tr::tr("Remove", "a day off").
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Civitas::Hr)
};

} // namespace Civitas::Hr
