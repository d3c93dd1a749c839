#pragma once

#include <core/extension/settingspage.h>

class QLabel;
class QSpinBox;

namespace Civitas {

class Database;
class Session;

// Files: the largest file the town takes (a town setting, files/maxBytes, an administrator's on
// a server, which checks it again), and this desk's cache of the files opened here (a local
// preference: how much of the desk file it may take, and emptying it now). Files that exist
// only here, the user's own pieces, pinned ones and the town's logo always stay.
class FilesSettingsPage : public SettingsPage
{
    Q_OBJECT
public:
    FilesSettingsPage(Database &database, const Session &session, QWidget *parent = nullptr);

    bool isLimitEditable() const { return m_limitEditable; }
    void apply() override;
    // Drops every cached file this desk may fetch again; the bytes freed.
    qint64 emptyCache();

private:
    void showUse();

    Database &m_database;
    QString m_agentId;
    bool m_limitEditable = true;
    QSpinBox *m_sizeLimit;
    QSpinBox *m_cacheCap;
    QLabel *m_use;
};

} // namespace Civitas
