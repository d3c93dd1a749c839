#include "testmodulebase.h"

// Nobody defines this symbol: the library cannot be loaded with every symbol resolved.
extern "C" void civitas_symbol_nobody_defines();

class UnresolvedModule : public TestModuleBase
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID Civitas_ModuleInterface_iid FILE "unresolved.json")
public:
    UnresolvedModule()
        : TestModuleBase(QStringLiteral("unresolved"))
    {}
    bool initialise(Civitas::ModuleContext &, QString *) override
    {
        civitas_symbol_nobody_defines();
        return true;
    }
};

#include "unresolvedmodule.moc"
