#pragma once

#include <core/sync/syncstatus.h>

#include <QWidget>

class QLabel;
class QTimer;

namespace Civitas {

class Database;
class SyncEngine;

// The status bar's permanent part: the mode (local, or the server once sync exists),
// the changes waiting to be sent, and the last sync. Refreshed every few seconds from the
// local file, which is cheap and never touches the network.
class StatusIndicator : public QWidget
{
    Q_OBJECT
public:
    explicit StatusIndicator(Database &database, QWidget *parent = nullptr);

    // In server mode: the engine whose state is shown. Null in local mode.
    void setSyncEngine(SyncEngine *engine);

    void refresh();
    QString modeText() const;
    QString pendingText() const;
    QString lastSyncText() const;
    QString conflictsText() const;
    // "Others' changes are delayed…" when the server's oldest transaction has held pulls back
    // for more than 5 minutes (SyncReport::watermarkHeldSeconds); empty otherwise.
    static QString heldBackText(double seconds);

signals:
    // The user clicked the conflicts and refusals notice.
    void conflictsClicked();

private:
    // Read once per refresh.
    SyncStatus::Summary summary() const;
    static QString conflictsText(const SyncStatus::Summary &status);
    static QString pendingText(const SyncStatus::Summary &status);
    static QString lastSyncText(const SyncStatus::Summary &status);

    Database &m_database;
    SyncEngine *m_engine = nullptr;
    QLabel *m_icon;
    QLabel *m_mode;
    QLabel *m_conflicts;
    QLabel *m_pending;
    QLabel *m_lastSync;
    QLabel *m_heldBack;
    QTimer *m_timer;
};

} // namespace Civitas
