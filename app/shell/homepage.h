#pragma once

#include <core/extension/modulecontributions.h>

#include <QList>

#include <QWidget>
#include <functional>

class QGridLayout;
class QLabel;
class QVBoxLayout;

namespace Civitas {

class Database;
class Session;

// The first page: who is logged in, and the counters the modules offer this user
// (requests waiting for me, expiring warranties...), each opening its page.
class HomePage : public QWidget
{
    Q_OBJECT
public:
    HomePage(Database &database,
             Session &session,
             const QList<DashboardCounter> &counters,
             std::function<QList<PageContribution>()> visiblePages,
             QWidget *parent = nullptr);

    void refresh();
    // The counters' figures only, in their cards: a sync brought rows.
    void updateCounters();

signals:
    void pageRequested(const QString &pageId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    int shownCounters() const;

    Session &m_session;
    QList<DashboardCounter> m_counters;
    std::function<QList<PageContribution>()> m_visiblePages;
    QLabel *m_greeting;
    QLabel *m_roles;
    QGridLayout *m_cards;
    QVBoxLayout *m_panels;
    QLabel *m_noCounter;
    QGridLayout *m_shortcuts;
};

} // namespace Civitas
