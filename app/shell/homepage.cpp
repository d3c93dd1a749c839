#include "homepage.h"
#include "shelltr.h"

#include <core/access/roles.h>
#include <core/access/session.h>
#include <core/extension/liverefresh.h>

#include <QDate>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace Civitas {

HomePage::HomePage(Database &database,
                   Session &session,
                   const QList<DashboardCounter> &counters,
                   std::function<QList<PageContribution>()> visiblePages,
                   QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_counters(counters)
    , m_visiblePages(std::move(visiblePages))
    , m_greeting(new QLabel(this))
    , m_roles(new QLabel(this))
    , m_cards(new QGridLayout)
    , m_panels(new QVBoxLayout)
    , m_noCounter(new QLabel(ShellTr::tr("Nothing needs your attention today."), this))
    , m_shortcuts(new QGridLayout)
{
    setObjectName(QStringLiteral("homePage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 28, 32, 28);
    layout->setSpacing(10);
    m_greeting->setObjectName(QStringLiteral("homeGreeting"));
    QFont big = m_greeting->font();
    big.setPointSizeF(big.pointSizeF() * 1.7);
    big.setBold(true);
    m_greeting->setFont(big);
    m_roles->setStyleSheet(QStringLiteral("color: #5a6778;"));
    layout->addWidget(m_greeting);
    layout->addWidget(m_roles);
    layout->addSpacing(18);
    auto *title = new QLabel(ShellTr::tr("For you"), this);
    QFont section = title->font();
    section.setBold(true);
    section.setPointSizeF(section.pointSizeF() * 1.15);
    title->setFont(section);
    layout->addWidget(title);
    m_cards->setSpacing(12);
    layout->addLayout(m_cards);
    m_panels->setContentsMargins(0, 8, 0, 0);
    layout->addLayout(m_panels);
    layout->addWidget(m_noCounter);
    layout->addSpacing(18);
    auto *shortcutsTitle = new QLabel(ShellTr::tr("Go to"), this);
    shortcutsTitle->setFont(section);
    layout->addWidget(shortcutsTitle);
    m_shortcuts->setSpacing(12);
    layout->addLayout(m_shortcuts);
    layout->addStretch();
    connect(&m_session, &Session::changed, this, &HomePage::refresh);
    // Counters read any module's tables: every sync that brought rows counts again.
    LiveRefresh::follow(this, database, {}, [this] { updateCounters(); });
    refresh();
}

int HomePage::shownCounters() const
{
    int shown = 0;
    for (const DashboardCounter &counter : std::as_const(m_counters)) {
        if (m_session.hasAnyRole(counter.roles) && counter.count)
            ++shown;
    }
    return shown;
}

void HomePage::updateCounters()
{
    // The cards stay (and the one with the focus keeps it); only their figures change. The
    // panels' items may have come or gone: they are made again.
    if (m_cards->count() != shownCounters() || m_panels->count() > 0) {
        refresh();
        return;
    }
    const QLocale locale;
    for (const DashboardCounter &counter : std::as_const(m_counters)) {
        if (!m_session.hasAnyRole(counter.roles) || !counter.count)
            continue;
        auto *card = findChild<QPushButton *>(QStringLiteral("counter_") + counter.id);
        if (!card) {
            refresh();
            return;
        }
        const int value = counter.count(m_session);
        card->setText(QStringLiteral("%1\n%2").arg(locale.toString(value), counter.label));
        card->setAccessibleName(
            QStringLiteral("%1: %2").arg(counter.label, locale.toString(value)));
    }
}

void HomePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void HomePage::refresh()
{
    const QLocale locale;
    m_greeting->setText(ShellTr::tr("Hello, %1").arg(m_session.displayName()));
    QStringList roleNames;
    for (const QString &role : m_session.roles())
        roleNames << Roles::label(role);
    m_roles->setText(locale.toString(QDate::currentDate(), QLocale::LongFormat)
                     + QStringLiteral(" · ") + roleNames.join(QStringLiteral(", ")));

    while (QLayoutItem *item = m_cards->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    int shown = 0;
    for (const DashboardCounter &counter : std::as_const(m_counters)) {
        if (!m_session.hasAnyRole(counter.roles) || !counter.count)
            continue;
        const int value = counter.count(m_session);
        auto *card = new QPushButton(this);
        card->setObjectName(QStringLiteral("counter_") + counter.id);
        card->setText(QStringLiteral("%1\n%2").arg(locale.toString(value), counter.label));
        card->setAccessibleName(
            QStringLiteral("%1: %2").arg(counter.label, locale.toString(value)));
        card->setToolTip(counter.label);
        card->setMinimumSize(200, 76);
        card->setStyleSheet(QStringLiteral(
            "QPushButton { text-align: left; padding: 10px 14px; border: 1px solid #c9d3df;"
            " border-radius: 8px; background: #f6f8fb; font-size: 11pt; }"
            "QPushButton:hover { background: #e8eef6; } QPushButton:focus { border-color: #2b4a6b; "
            "}"));
        const QString pageId = counter.pageId;
        connect(card, &QPushButton::clicked, this, [this, pageId] {
            if (!pageId.isEmpty())
                emit pageRequested(pageId);
        });
        // Two a row: a card's label ("Demandes de congé en attente de votre décision") is read
        // whole at 1280 px, not cut.
        m_cards->addWidget(card, shown / 2, shown % 2);
        ++shown;
    }
    m_noCounter->setVisible(shown == 0);

    // The items themselves under their card, to act on in one step (requests to decide).
    // Never from inside a panel's own click: its `changed` comes back here queued.
    while (QLayoutItem *item = m_panels->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const DashboardCounter &counter : std::as_const(m_counters)) {
        if (!m_session.hasAnyRole(counter.roles) || !counter.count || !counter.panel
            || counter.count(m_session) == 0)
            continue;
        // After an action the figures are counted again, once the action's click is over.
        QWidget *panel = counter.panel(this, [this] {
            QMetaObject::invokeMethod(this, &HomePage::refresh, Qt::QueuedConnection);
        });
        if (panel)
            m_panels->addWidget(panel);
    }

    while (QLayoutItem *item = m_shortcuts->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    int tile = 0;
    for (const PageContribution &page : m_visiblePages()) {
        if (page.id == QLatin1String("core.home"))
            continue;
        auto *button = new QToolButton(this);
        button->setObjectName(QStringLiteral("shortcut_") + page.id);
        button->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
        button->setIcon(page.icon);
        button->setIconSize(QSize(36, 36));
        button->setText(page.title);
        button->setToolTip(page.group + QStringLiteral(" › ") + page.title);
        button->setAutoRaise(true);
        button->setFixedSize(150, 96);
        const QString pageId = page.id;
        connect(
            button, &QToolButton::clicked, this, [this, pageId] { emit pageRequested(pageId); });
        m_shortcuts->addWidget(button, tile / 5, tile % 5, Qt::AlignLeft);
        ++tile;
    }
    m_shortcuts->setColumnStretch(5, 1);
}

} // namespace Civitas
