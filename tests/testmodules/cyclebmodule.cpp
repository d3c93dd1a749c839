#include "testmodulebase.h"

class CyclebModule : public TestModuleBase
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID Civitas_ModuleInterface_iid FILE "cycleb.json")
public:
    CyclebModule()
        : TestModuleBase(QStringLiteral("cycleb"))
    {}
};

#include "cyclebmodule.moc"
