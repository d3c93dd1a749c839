#pragma once

#include <core/coreglobal.h>

#include <QObject>
#include <QSet>
#include <QStringList>

#include <functional>

class QWidget;

namespace Civitas {

class Database;

// Keeps a page or a record in step with what syncs bring to the local file: `refresh` runs
// when a pull brought rows of one of `tables` (any table when empty), at once while the
// widget is on screen, otherwise when it is next shown: a hidden page costs nothing until the
// user comes back to it. Several syncs before the refresh make one.
class CIVITAS_CORE_EXPORT LiveRefresh : public QObject
{
    Q_OBJECT
public:
    // The follower belongs to `widget` and ends with it.
    static LiveRefresh *follow(QWidget *widget,
                               Database &database,
                               const QStringList &tables,
                               std::function<void()> refresh);

    // Rows came for a widget that was hidden: it refreshes when shown.
    bool isStale() const { return m_stale; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    LiveRefresh(QWidget *widget, const QStringList &tables, std::function<void()> refresh);
    void tablesChanged(const QSet<QString> &tables);
    void run();

    QWidget *m_widget;
    QSet<QString> m_tables;
    std::function<void()> m_refresh;
    bool m_stale = false;
};

} // namespace Civitas
