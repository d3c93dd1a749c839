#include "newsnotifier.h"

#include <core/access/session.h>
#include <core/storage/database.h>
#include <core/storage/tablechanges.h>

#include <QIcon>
#include <QLocale>
#include <QSystemTrayIcon>

namespace Civitas {

NewsNotifier::NewsNotifier(Database &database,
                           Session &session,
                           const QList<DashboardCounter> &counters,
                           QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    for (const DashboardCounter &counter : counters) {
        if (!counter.notice.isEmpty() && counter.count)
            m_counters.append(counter);
    }
    rememberFigures();
    connect(&session, &Session::changed, this, &NewsNotifier::rememberFigures);
    // TableChanges announces what pulls brought, never this desk's own writes.
    connect(&database.tableChanges(), &TableChanges::changed, this, &NewsNotifier::syncBroughtRows);
}

NewsNotifier::~NewsNotifier()
{
    delete m_tray;
}

bool NewsNotifier::showsMessages() const
{
    return QSystemTrayIcon::isSystemTrayAvailable() && QSystemTrayIcon::supportsMessages();
}

void NewsNotifier::rememberFigures()
{
    m_figures.clear();
    for (const DashboardCounter &counter : std::as_const(m_counters)) {
        if (m_session.hasAnyRole(counter.roles))
            m_figures.insert(counter.id, counter.count(m_session));
    }
}

void NewsNotifier::syncBroughtRows()
{
    for (const DashboardCounter &counter : std::as_const(m_counters)) {
        if (!m_session.hasAnyRole(counter.roles))
            continue;
        const int figure = counter.count(m_session);
        const int before = m_figures.value(counter.id, 0);
        // Lower when the user looked meanwhile: the next rise is news again.
        m_figures.insert(counter.id, figure);
        if (figure <= before)
            continue;
        const QString message
            = QStringLiteral("%1 (%2)").arg(counter.notice, QLocale().toString(figure));
        show(message, counter.pageId);
        emit notified(counter.id, message);
    }
}

void NewsNotifier::show(const QString &message, const QString &pageId)
{
    if (!showsMessages())
        return;
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(QIcon(QStringLiteral(":/civitas/icons/civitas.svg")));
        m_tray->setToolTip(QStringLiteral("Civitas"));
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            if (!m_lastPageId.isEmpty())
                emit pageRequested(m_lastPageId);
        });
        m_tray->show();
    }
    m_lastPageId = pageId;
    m_tray->showMessage(QStringLiteral("Civitas"), message, QSystemTrayIcon::Information);
}

} // namespace Civitas
