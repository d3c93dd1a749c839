#pragma once

#include <QByteArray>
#include <QRect>

class QWidget;

namespace Civitas {

// The main window's size and place kept between runs, never larger than the screen: a page
// once widened the window to 32,767 pixels (a very long name), and that size came back at
// every start, the window beyond every edge.
namespace WindowGeometry {

// `wanted` brought within `screen`: no larger, and moved so that it lies inside.
QRect within(const QRect &wanted, const QRect &screen);

// Brings the window within its screen, its frame included (known once shown).
void fit(QWidget *window);
// Restores `saved` (QWidget::saveGeometry), then brings the window within its screen.
void restore(QWidget *window, const QByteArray &saved);
// What to save: the window brought within its screen first.
QByteArray save(QWidget *window);

} // namespace WindowGeometry
} // namespace Civitas
