#pragma once

#include <hr/hrglobal.h>

#include <QByteArray>
#include <QStringList>

namespace Civitas::Hr {

// A one-page PDF of a few lines of text, written directly (no painter): the demo town files
// thousands of pieces, and QPdfWriter would take most of the generation time.
class CIVITAS_HR_EXPORT DemoPdf
{
public:
    // The first line is the title. Text outside Latin-1 prints as '?'.
    static QByteArray make(const QStringList &lines);
};

} // namespace Civitas::Hr
