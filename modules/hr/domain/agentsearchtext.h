#pragma once

#include <hr/hrglobal.h>

#include <QString>

namespace Civitas::Hr {

// What a search for an agent looks for: the text as typed, except a NIR, which people read out
// and type in groups ("2 95 10 2A 126 111 93") while the file holds it in one piece.
class CIVITAS_HR_EXPORT AgentSearchText
{
public:
    // "2 95 10 99" -> "2951099"; any other text unchanged.
    static QString normalised(const QString &text);
};

} // namespace Civitas::Hr
