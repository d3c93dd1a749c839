#pragma once

#include <QDialog>

class QTreeWidget;

namespace Civitas {

class ModuleManager;

// Name, version and purpose of Civitas; the loaded modules with their versions, and the
// refused ones with the reason, so that a support call can start from this window.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    AboutDialog(const ModuleManager &modules, QWidget *parent = nullptr);
    QTreeWidget *moduleList() const { return m_modules; }

private:
    QTreeWidget *m_modules;
};

} // namespace Civitas
