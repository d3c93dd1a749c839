#pragma once

#include <core/extension/settingspage.h>

class QCheckBox;
class QComboBox;
class QLabel;

namespace Civitas {

class Database;

// The shell's own settings: interface language, and the public-holiday calendar options
// that leave counting reads (kept in the profile's file, they belong to the town's data).
class GeneralSettingsPage : public SettingsPage
{
    Q_OBJECT
public:
    GeneralSettingsPage(Database &database, QWidget *parent = nullptr);
    void apply() override;

private:
    Database &m_database;
    QComboBox *m_language;
    QCheckBox *m_whitMondayWorked;
    QCheckBox *m_alsaceMoselle;
    QLabel *m_server;
    bool m_serverChanged = false;
};

} // namespace Civitas
