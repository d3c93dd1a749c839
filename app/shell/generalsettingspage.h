#pragma once

#include <core/extension/settingspage.h>

class QCheckBox;
class QComboBox;
class QLabel;

namespace Civitas {

class Database;
class Session;

// The shell's own settings: interface language, and the public-holiday calendar options
// that leave counting reads. Those are the town's (TownSettings, synchronised): on a server
// only HR and administrators change them, and the server counts every request with them.
class GeneralSettingsPage : public SettingsPage
{
    Q_OBJECT
public:
    GeneralSettingsPage(Database &database, const Session &session, QWidget *parent = nullptr);
    void apply() override;

private:
    Database &m_database;
    QComboBox *m_language;
    QCheckBox *m_whitMondayWorked;
    QCheckBox *m_alsaceMoselle;
    bool m_calendarEditable = true;
    QLabel *m_server;
    bool m_serverChanged = false;
};

} // namespace Civitas
