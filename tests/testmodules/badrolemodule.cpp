#include "testmodulebase.h"

class BadroleModule : public TestModuleBase
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID Civitas_ModuleInterface_iid FILE "badrole.json")
public:
    BadroleModule()
        : TestModuleBase(QStringLiteral("badrole"))
    {}
};

#include "badrolemodule.moc"
