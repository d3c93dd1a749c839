#include "testmodulebase.h"

class WrongiidModule : public TestModuleBase
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID "fr.civitas.ModuleInterface/0" FILE "wrongiid.json")
public:
    WrongiidModule()
        : TestModuleBase(QStringLiteral("wrongiid"))
    {}
};

#include "wrongiidmodule.moc"
