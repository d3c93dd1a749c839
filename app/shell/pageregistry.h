#pragma once

#include <core/extension/modulecontributions.h>

#include <QHash>
#include <QList>

class QWidget;

namespace Civitas {

class Session;

// Every page the shell can show (its own and the modules'), and the widgets created so far.
// A page's widget is made the first time it is opened, never before.
class PageRegistry
{
public:
    void add(const PageContribution &page);
    void clear();

    QList<PageContribution> visiblePages(const Session &session) const;
    const PageContribution *page(const QString &id) const;
    bool isVisible(const QString &id, const Session &session) const;

    // The page's widget, created on first call.
    QWidget *widget(const QString &id, QWidget *parent);
    QWidget *existingWidget(const QString &id) const { return m_widgets.value(id); }
    // Forgets the created widgets (the caller deletes them), e.g. when the user changes.
    QList<QWidget *> takeWidgets();

private:
    QList<PageContribution> m_pages;
    QHash<QString, QWidget *> m_widgets;
};

} // namespace Civitas
