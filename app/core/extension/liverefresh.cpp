#include "liverefresh.h"

#include <core/storage/database.h>
#include <core/storage/tablechanges.h>

#include <QEvent>
#include <QWidget>

namespace Civitas {

LiveRefresh::LiveRefresh(QWidget *widget, const QStringList &tables, std::function<void()> refresh)
    : QObject(widget)
    , m_widget(widget)
    , m_tables(tables.cbegin(), tables.cend())
    , m_refresh(std::move(refresh))
{
    widget->installEventFilter(this);
}

LiveRefresh *LiveRefresh::follow(QWidget *widget,
                                 Database &database,
                                 const QStringList &tables,
                                 std::function<void()> refresh)
{
    auto *follower = new LiveRefresh(widget, tables, std::move(refresh));
    connect(
        &database.tableChanges(), &TableChanges::changed, follower, &LiveRefresh::tablesChanged);
    return follower;
}

void LiveRefresh::tablesChanged(const QSet<QString> &tables)
{
    if (!m_tables.isEmpty() && !m_tables.intersects(tables))
        return;
    if (m_widget->isVisible())
        run();
    else
        m_stale = true;
}

bool LiveRefresh::eventFilter(QObject *watched, QEvent *event)
{
    // Before the widget's own showEvent, so that what it does on show sees fresh rows.
    if (watched == m_widget && event->type() == QEvent::Show && m_stale)
        run();
    return QObject::eventFilter(watched, event);
}

void LiveRefresh::run()
{
    m_stale = false;
    if (m_refresh)
        m_refresh();
}

} // namespace Civitas
