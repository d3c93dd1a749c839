#pragma once

#include <core/coreglobal.h>

#include <QObject>
#include <QSet>
#include <QString>

namespace Civitas {

// Tells the pages of one local file which of its tables a sync brought rows to (or took rows
// from), so that each list and open record follows the server without a click. Announcements
// made before the event loop turns again are joined: one signal per sync, whatever the number
// of pages listening. Lives on the interface thread (SyncEngine announces there).
class CIVITAS_CORE_EXPORT TableChanges : public QObject
{
    Q_OBJECT
public:
    explicit TableChanges(QObject *parent = nullptr);

    void announce(const QSet<QString> &tables);

signals:
    void changed(const QSet<QString> &tables);

private:
    void deliver();

    QSet<QString> m_pending;
    bool m_scheduled = false;
};

} // namespace Civitas
