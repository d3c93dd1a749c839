#pragma once

#include <QCoreApplication>

namespace Civitas {

// civitas-admin's one translation context: a string is translated once for the whole program,
// whichever class shows it. Where French needs two words for one English one, the call gives a
// disambiguation: CliTr::tr("Remove", "a day off").
struct CliTr
{
    Q_DECLARE_TR_FUNCTIONS(Civitas::Cli)
};

} // namespace Civitas
