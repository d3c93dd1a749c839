#pragma once

#include <leave/leaveglobal.h>

#include <core/models/sqllistmodel.h>

namespace Civitas {
class Database;
}

namespace Civitas::Leave {

// The ledger lines of an agent's rights year, so that they can see why a balance is what it
// is: the date, the type, what happened (allocation, leave taken, given back...), the amount
// with its sign, the type's balance after the line, the request it comes from and the note.
class CIVITAS_LEAVE_EXPORT LedgerLinesModel : public SqlListModel
{
    Q_OBJECT
public:
    enum Column {
        DateColumn,
        TypeColumn,
        KindColumn,
        AmountColumn,
        BalanceColumn,
        RequestColumn,
        NoteColumn
    };
    static constexpr int RequestIdRole = Qt::UserRole + 10; // empty when the line has no request

    LedgerLinesModel(Database &database, QObject *parent = nullptr);

    // Takes effect at the next select().
    void setAgentAndYear(const QString &agentId, int year);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // "+25 j", "−5 j".
    static QString signedDays(int hundredths);
    // What wrote a line, in words: the source codes of leave_ledger_entries.
    static QString sourceText(const QString &source);
};

} // namespace Civitas::Leave
