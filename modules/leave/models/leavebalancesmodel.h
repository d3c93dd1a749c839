#pragma once

#include <leave/leaveglobal.h>
#include <leave/store/leaveledger.h>
#include <leave/store/leavetypecatalog.h>

#include <QAbstractTableModel>

namespace Civitas {
class Database;
}

namespace Civitas::Leave {

// An agent's balances for one year, one row per type with a balance: the rights, what was
// taken, what waits for a decision, what is available now and what will be left once the
// waiting requests are approved. A handful of rows, summed in SQL by LeaveLedger::balances.
class CIVITAS_LEAVE_EXPORT LeaveBalancesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TypeColumn,
        RightsColumn,
        TakenColumn,
        PendingColumn,
        AvailableColumn,
        ProjectedColumn,
        ColumnCount
    };
    // The amount in hundredths of a day, for the amount columns.
    static constexpr int HundredthsRole = Qt::UserRole + 1;
    static constexpr int TypeIdRole = Qt::UserRole + 2;

    LeaveBalancesModel(Database &database, QObject *parent = nullptr);

    void load(const QString &agentId, int year);
    void reload() { load(m_agentId, m_year); }
    QList<LeaveBalance> balances() const { return m_balances; }
    // The balance of one type; a zero balance when the agent has none of it.
    LeaveBalance balanceOf(const QString &leaveTypeId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    int amount(const LeaveBalance &balance, int column) const;

    Database &m_database;
    LeaveTypeCatalog m_types;
    QList<LeaveBalance> m_balances;
    QString m_agentId;
    int m_year = 0;
};

} // namespace Civitas::Leave
