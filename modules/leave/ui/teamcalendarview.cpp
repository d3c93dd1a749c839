#include "teamcalendarview.h"

#include "teamcalendardelegate.h"
#include <leave/models/teamcalendarmodel.h>

#include <QHeaderView>
#include <QScrollBar>

#include <algorithm>

namespace Civitas::Leave::Internal {

TeamCalendarView::TeamCalendarView(QWidget *parent)
    : QTableView(parent)
    , m_delegate(new TeamCalendarDelegate(this))
{
    setItemDelegate(m_delegate);
    setShowGrid(false);
    setWordWrap(false);
    setSelectionMode(QAbstractItemView::NoSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setMouseTracking(true);
    QHeaderView *days = horizontalHeader();
    days->setSectionResizeMode(QHeaderView::Fixed);
    // The minimum first: the style's own may be wider than a day and would hold the default.
    days->setMinimumSectionSize(DayWidth);
    days->setDefaultSectionSize(DayWidth);
    days->setHighlightSections(false);
    days->setSectionsClickable(false);
    QHeaderView *agents = verticalHeader();
    agents->setSectionResizeMode(QHeaderView::Fixed);
    agents->setMinimumSectionSize(RowHeight);
    agents->setDefaultSectionSize(RowHeight);
    agents->setHighlightSections(false);
    agents->setSectionsClickable(false);
    agents->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // Long compound names stop here; the tooltip has them whole.
    agents->setMaximumWidth(230);
    agents->setTextElideMode(Qt::ElideRight);
}

void TeamCalendarView::setCalendarModel(TeamCalendarModel *model)
{
    m_model = model;
    setModel(model);
    // Another month or window: another natural size.
    connect(model, &QAbstractItemModel::modelReset, this, [this] { updateGeometry(); });
}

void TeamCalendarView::setToday(QDate today)
{
    m_delegate->setToday(today);
    viewport()->update();
}

int TeamCalendarView::fullWidth() const
{
    const int days = m_model ? m_model->dayCount() : 0;
    return verticalHeader()->sizeHint().width() + days * DayWidth + 2 * frameWidth()
           + verticalScrollBar()->sizeHint().width();
}

QSize TeamCalendarView::sizeHint() const
{
    const int rows = m_model ? m_model->rowCount() : 0;
    const int height = horizontalHeader()->sizeHint().height() + std::min(rows, 30) * RowHeight
                       + 2 * frameWidth() + horizontalScrollBar()->sizeHint().height();
    return {fullWidth(), height};
}

} // namespace Civitas::Leave::Internal
