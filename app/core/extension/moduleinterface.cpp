#include "moduleinterface.h"

namespace Civitas {

ModuleInterface::~ModuleInterface() = default;

bool ModuleInterface::generateDemoData(DemoContext &, QString *)
{
    return true;
}

} // namespace Civitas
