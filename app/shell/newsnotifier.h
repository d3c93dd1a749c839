#pragma once

#include <core/extension/modulecontributions.h>

#include <QHash>
#include <QObject>
#include <QPointer>

class QSystemTrayIcon;

namespace Civitas {

class Database;
class Session;

// Tells the user on the desktop (a system tray message) when a sync brings news they are
// waiting for: a home counter with a notice rose, such as a decision on their leave request.
// Without a system tray (a bare window manager, offscreen) nothing is shown and nothing fails;
// `notified` is emitted either way. A change of user is no news: the figures start afresh.
class NewsNotifier : public QObject
{
    Q_OBJECT
public:
    NewsNotifier(Database &database,
                 Session &session,
                 const QList<DashboardCounter> &counters,
                 QObject *parent = nullptr);
    ~NewsNotifier() override;

    // Whether messages reach the desktop here.
    bool showsMessages() const;

signals:
    void notified(const QString &counterId, const QString &message);
    // The user clicked the message: open the counter's page.
    void pageRequested(const QString &pageId);

private:
    void rememberFigures();
    void syncBroughtRows();
    void show(const QString &message, const QString &pageId);

    Session &m_session;
    QList<DashboardCounter> m_counters;
    QHash<QString, int> m_figures;
    QPointer<QSystemTrayIcon> m_tray;
    QString m_lastPageId;
};

} // namespace Civitas
