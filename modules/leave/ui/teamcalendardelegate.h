#pragma once

#include <leave/leaveglobal.h>

#include <QDate>
#include <QStyledItemDelegate>

namespace Civitas::Leave::Internal {

// Paints one cell of the team calendar from TeamCalendarModel's in-memory half-days: the
// morning in the left half, the afternoon in the right one, so that leave reads as a bar
// along the month. Approved leave in its type's colour, pending leave lighter and hatched,
// days the agent does not work grey, weekends and days off shaded; the present row in red
// below the minimum staffing.
class CIVITAS_LEAVE_TESTS_EXPORT TeamCalendarDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit TeamCalendarDelegate(QObject *parent = nullptr);

    void setToday(QDate today) { m_today = today; }

    void paint(QPainter *painter,
               const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The colours the legend shows beside the types.
    static QColor shadeColour();     // weekends, public holidays, days off
    static QColor notWorkedColour(); // a day the agent does not work
    static QColor pendingFill(const QColor &typeColour);
    static QColor belowMinimumColour();

private:
    QDate m_today;
};

} // namespace Civitas::Leave::Internal
