#include "tablechanges.h"

namespace Civitas {

TableChanges::TableChanges(QObject *parent)
    : QObject(parent)
{}

void TableChanges::announce(const QSet<QString> &tables)
{
    if (tables.isEmpty())
        return;
    m_pending.unite(tables);
    if (m_scheduled)
        return;
    m_scheduled = true;
    QMetaObject::invokeMethod(this, &TableChanges::deliver, Qt::QueuedConnection);
}

void TableChanges::deliver()
{
    m_scheduled = false;
    const QSet<QString> tables = std::exchange(m_pending, {});
    if (!tables.isEmpty())
        emit changed(tables);
}

} // namespace Civitas
