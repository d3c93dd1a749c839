#include "pageregistry.h"

#include <core/access/session.h>

#include <QWidget>

#include <algorithm>

namespace Civitas {

void PageRegistry::add(const PageContribution &page)
{
    m_pages.append(page);
}

void PageRegistry::clear()
{
    m_pages.clear();
}

QList<PageContribution> PageRegistry::visiblePages(const Session &session) const
{
    QList<PageContribution> visible;
    for (const PageContribution &page : m_pages) {
        if (session.hasAnyRole(page.roles))
            visible.append(page);
    }
    // Groups keep the order their first page came in (dependency order); pages sort by order.
    QStringList groups;
    for (const PageContribution &page : std::as_const(visible)) {
        if (!groups.contains(page.group))
            groups.append(page.group);
    }
    std::stable_sort(
        visible.begin(), visible.end(), [&](const PageContribution &a, const PageContribution &b) {
            const qsizetype ga = groups.indexOf(a.group);
            const qsizetype gb = groups.indexOf(b.group);
            return ga != gb ? ga < gb : a.order < b.order;
        });
    return visible;
}

const PageContribution *PageRegistry::page(const QString &id) const
{
    for (const PageContribution &page : m_pages) {
        if (page.id == id)
            return &page;
    }
    return nullptr;
}

bool PageRegistry::isVisible(const QString &id, const Session &session) const
{
    const PageContribution *p = page(id);
    return p && session.hasAnyRole(p->roles);
}

QWidget *PageRegistry::widget(const QString &id, QWidget *parent)
{
    if (QWidget *existing = m_widgets.value(id))
        return existing;
    const PageContribution *p = page(id);
    if (!p || !p->create)
        return nullptr;
    QWidget *created = p->create(parent);
    if (created) {
        created->setObjectName(created->objectName().isEmpty() ? QStringLiteral("page_") + id
                                                               : created->objectName());
        m_widgets.insert(id, created);
    }
    return created;
}

QList<QWidget *> PageRegistry::takeWidgets()
{
    QList<QWidget *> widgets = m_widgets.values();
    m_widgets.clear();
    return widgets;
}

} // namespace Civitas
