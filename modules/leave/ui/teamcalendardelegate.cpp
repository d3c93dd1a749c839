#include "teamcalendardelegate.h"

#include <leave/models/teamcalendarmodel.h>

#include <QFontMetrics>
#include <QPainter>

namespace Civitas::Leave::Internal {

using Hr::WeeklyPattern;

TeamCalendarDelegate::TeamCalendarDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

QColor TeamCalendarDelegate::shadeColour()
{
    return QColor(0xe3, 0xe7, 0xee);
}

QColor TeamCalendarDelegate::notWorkedColour()
{
    return QColor(0xbf, 0xc4, 0xcb);
}

QColor TeamCalendarDelegate::pendingFill(const QColor &typeColour)
{
    // A third of the colour on white: still the type's hue, clearly not a settled absence.
    return QColor((typeColour.red() + 2 * 255) / 3,
                  (typeColour.green() + 2 * 255) / 3,
                  (typeColour.blue() + 2 * 255) / 3);
}

QColor TeamCalendarDelegate::belowMinimumColour()
{
    return QColor(0xc6, 0x28, 0x28);
}

QSize TeamCalendarDelegate::sizeHint(const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    Q_UNUSED(option)
    Q_UNUSED(index)
    // The view's fixed sections decide; this only keeps resizeToContents sensible.
    return {26, 20};
}

void TeamCalendarDelegate::paint(QPainter *painter,
                                 const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    const auto *model = qobject_cast<const TeamCalendarModel *>(index.model());
    if (!model) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const int row = index.row();
    const int col = index.column();
    const QRect rect = option.rect;
    const QDate date = model->dateAt(col);
    const bool shaded = TeamCalendarModel::isWeekend(date) || model->isDayOff(col);
    const QColor grid(0xd5, 0xd9, 0xdf);

    painter->save();
    painter->fillRect(rect, shaded ? shadeColour() : option.palette.base().color());

    if (row == model->presentRow()) {
        const QVariant present = index.data(TeamCalendarModel::PresentRole);
        const bool below = index.data(TeamCalendarModel::BelowMinimumRole).toBool();
        if (below)
            painter->fillRect(rect, QColor(0xf9, 0xd4, 0xd4));
        // A darker line keeps the totals apart from the agents above them.
        painter->setPen(QPen(QColor(0x80, 0x88, 0x94), 1));
        painter->drawLine(rect.topLeft(), rect.topRight());
        if (present.isValid()) {
            QFont f = option.font;
            f.setBold(below);
            // Three digits (a direction of 200) must still fit a day's narrow column.
            const QString text = present.toString();
            const int room = rect.width() - 2;
            const int needed = QFontMetrics(f).horizontalAdvance(text);
            if (needed > room && f.pointSizeF() > 0)
                f.setPointSizeF(f.pointSizeF() * room / needed);
            painter->setFont(f);
            painter->setPen(below ? belowMinimumColour() : option.palette.text().color());
            painter->drawText(rect, Qt::AlignCenter, text);
        }
    } else {
        const int halfWidth = rect.width() / 2;
        const QRect halves[2]
            = {QRect(rect.left(), rect.top(), halfWidth, rect.height()),
               QRect(rect.left() + halfWidth, rect.top(), rect.width() - halfWidth, rect.height())};
        for (int h = 0; h < 2; ++h) {
            const TeamCalendarModel::Half half = model->half(row, col, WeeklyPattern::HalfDay(h));
            if (half.kind == TeamCalendarModel::HalfKind::NotWorked && !shaded)
                painter->fillRect(halves[h], notWorkedColour());
            if (half.kind != TeamCalendarModel::HalfKind::Leave)
                continue;
            const TeamCalendarModel::Request &r = model->requests().at(half.request);
            // A bar a little lower than the row, so that rows stay apart.
            const QRect bar = halves[h].adjusted(0, 3, 0, -3);
            if (r.isPending()) {
                painter->fillRect(bar, pendingFill(r.colour));
                painter->fillRect(bar, QBrush(r.colour, Qt::BDiagPattern));
            } else {
                painter->fillRect(bar, r.colour);
                // Asked to be cancelled: still an absence, marked with a light line.
                if (r.state == LeaveRequestState::CancellationRequested)
                    painter->fillRect(
                        bar.adjusted(0, bar.height() / 2 - 1, 0, -(bar.height() / 2 - 1)),
                        Qt::white);
            }
            if (model->isFocused(half.request)) {
                painter->setPen(QPen(QColor(0x10, 0x10, 0x10), 2));
                painter->drawLine(bar.left(), bar.top() + 1, bar.right() + 1, bar.top() + 1);
                painter->drawLine(bar.left(), bar.bottom(), bar.right() + 1, bar.bottom());
                const bool opens = r.start.date == date && int(r.start.half) == h;
                const bool closes = r.end.date == date && int(r.end.half) == h;
                if (opens)
                    painter->drawLine(bar.left() + 1, bar.top(), bar.left() + 1, bar.bottom());
                if (closes)
                    painter->drawLine(bar.right(), bar.top(), bar.right(), bar.bottom());
            }
        }
    }

    // Grid: light lines, a darker one before each Monday to mark the weeks.
    painter->setPen(grid);
    painter->drawLine(rect.bottomLeft(), rect.bottomRight());
    painter->drawLine(rect.topRight(), rect.bottomRight());
    if (date.dayOfWeek() == 1) {
        painter->setPen(QColor(0x9a, 0xa2, 0xad));
        painter->drawLine(rect.topLeft(), rect.bottomLeft());
    }
    if (date == m_today) {
        painter->setPen(QPen(option.palette.highlight().color(), 1));
        painter->drawLine(rect.topLeft(), rect.bottomLeft());
        painter->drawLine(rect.topRight(), rect.bottomRight());
    }
    if (option.state & QStyle::State_HasFocus) {
        painter->setPen(QPen(option.palette.highlight().color(), 2));
        painter->drawRect(rect.adjusted(1, 1, -1, -1));
    }
    painter->restore();
}

} // namespace Civitas::Leave::Internal
