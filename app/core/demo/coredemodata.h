#pragma once

#include <core/coreglobal.h>

#include <QString>

namespace Civitas {

class DemoContext;

// The core's part of a demo town: the organisation chart of a town of about 40,000
// inhabitants, and one user account per agent (each with an agent id that the HR module's
// demo data fills in), the demo personas among them.
class CIVITAS_CORE_EXPORT CoreDemoData
{
public:
    static bool generate(DemoContext &demo, QString *errorMessage);
};

} // namespace Civitas
