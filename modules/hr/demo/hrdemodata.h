#pragma once

#include <hr/hrglobal.h>

namespace Civitas {
class DemoContext;
}

namespace Civitas::Hr {

// The agent files of the demo town: one per user account of the core's demo (same agent
// ids), with careers, positions, working times and a few generated PDF pieces. About 75 %
// of category C, 15 % B, 10 % A, each sector where the organisation chart puts it.
class CIVITAS_HR_EXPORT HrDemoData
{
public:
    static bool generate(DemoContext &demo, QString *errorMessage);
};

} // namespace Civitas::Hr
