#include "windowgeometry.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

#include <algorithm>

namespace Civitas::WindowGeometry {

namespace {

QRect availableFor(QWidget *window)
{
    QScreen *screen = window->screen() ? window->screen() : QGuiApplication::primaryScreen();
    return screen ? screen->availableGeometry() : QRect();
}

} // namespace

void fit(QWidget *window)
{
    const QRect screen = availableFor(window);
    if (screen.isEmpty() || window->isMaximized() || window->isFullScreen())
        return;
    // The window manager's frame around the client part that Qt sizes: known once shown.
    const QRect frame = window->frameGeometry();
    const QSize margins = frame.size() - window->size();
    const QRect fitted = within(frame, screen);
    if (fitted.size() != frame.size())
        window->resize(fitted.size() - margins);
    if (fitted.topLeft() != frame.topLeft())
        window->move(fitted.topLeft());
}

QRect within(const QRect &wanted, const QRect &screen)
{
    const int width = std::clamp(wanted.width(), 1, screen.width());
    const int height = std::clamp(wanted.height(), 1, screen.height());
    const int x = std::clamp(wanted.x(), screen.left(), screen.left() + screen.width() - width);
    const int y = std::clamp(wanted.y(), screen.top(), screen.top() + screen.height() - height);
    return {x, y, width, height};
}

void restore(QWidget *window, const QByteArray &saved)
{
    if (!saved.isEmpty())
        window->restoreGeometry(saved);
    fit(window);
}

QByteArray save(QWidget *window)
{
    fit(window);
    return window->saveGeometry();
}

} // namespace Civitas::WindowGeometry
