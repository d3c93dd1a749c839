#pragma once

#include <leave/leaveglobal.h>

#include <QDate>
#include <QTableView>

namespace Civitas::Leave {
class TeamCalendarModel;
} // namespace Civitas::Leave

namespace Civitas::Leave::Internal {} // namespace Civitas::Leave::Internal

namespace Civitas::Leave::Internal {

class TeamCalendarDelegate;

// The grid of a TeamCalendarModel: agents' names down the side, narrow fixed day columns,
// painted by TeamCalendarDelegate. Fixed section sizes let Qt lay out 200 rows without
// measuring a single cell.
class CIVITAS_LEAVE_TESTS_EXPORT TeamCalendarView : public QTableView
{
    Q_OBJECT
public:
    explicit TeamCalendarView(QWidget *parent = nullptr);

    void setCalendarModel(TeamCalendarModel *model);
    TeamCalendarModel *calendarModel() const { return m_model; }
    void setToday(QDate today);

    static constexpr int DayWidth = 26;
    static constexpr int RowHeight = 20;

    // Wide enough for every day of the model, names included: for a strip that should not
    // scroll sideways.
    int fullWidth() const;
    // Every day and every row when there is room: a strip beside a list asks for no more.
    QSize sizeHint() const override;

    // The row "Present" pinned at the bottom of the grid while the agents' rows scroll above
    // it: shown when the model's own present row is out of sight.
    QTableView *pinnedPresentRow() const { return m_present; }

protected:
    void updateGeometries() override;
    void scrollContentsBy(int dx, int dy) override;

private:
    void placePresentRow();
    void showOnlyThePresentRow();

    TeamCalendarModel *m_model = nullptr;
    TeamCalendarDelegate *m_delegate;
    QTableView *m_present;
};

} // namespace Civitas::Leave::Internal
