#pragma once

#include <leave/leaveglobal.h>

#include <QList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace Civitas::Hr {
class DateEdit;
}

namespace Civitas {
class Database;
class Session;
} // namespace Civitas

namespace Civitas::Leave {
struct LeaveRecountChange;
} // namespace Civitas::Leave

namespace Civitas::Leave::Internal {

// The town's extra days off (the mayor's bridge days): HR adds or removes one, and the leave
// it falls in is counted again at once, so HR sees right away which requests changed and by
// how much.
class CIVITAS_LEAVE_TESTS_EXPORT DaysOffTab : public QWidget
{
    Q_OBJECT
public:
    DaysOffTab(Database &database, const Session &session, QWidget *parent = nullptr);

    void reload();

signals:
    // Leave was counted again: the recounts to review and the balances changed.
    void leaveRecounted();
    void ledgerChanged();

private:
    void createWidgets();
    void layOut();
    void connectWidgets();

    void addDayOff();
    void askRemoveDayOff();
    void removeDayOff(const QString &id, const QString &label);
    // Counts again what the change of the days off queued, and shows what changed.
    void countAgain();
    void showRecountChanges(const QList<LeaveRecountChange> &changes, const QString &error);

    Database &m_database;
    const Session &m_session;
    QTableWidget *m_daysOff = nullptr;
    Hr::DateEdit *m_date = nullptr;
    QLineEdit *m_name = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_result = nullptr;
    QTableWidget *m_recountChanges = nullptr;
};

} // namespace Civitas::Leave::Internal
