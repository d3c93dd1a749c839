#pragma once

#include <leave/leaveglobal.h>
#include <leave/store/delegationstore.h>

#include <QDate>
#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace Civitas::Hr {
class DateEdit;
}

namespace Civitas {
class Database;
class Session;
} // namespace Civitas

namespace Civitas::Leave::Internal {

// A head lets a deputy decide on their units' leave while away (leave_delegations): a unit
// they head (its sub-units follow), an agent of their units, a date range from today on. The
// delegations they gave are listed; one may be ended early (its end moved to yesterday) or,
// before it starts, removed (a tombstone: synchronised rows are never deleted).
class CIVITAS_LEAVE_TESTS_EXPORT DelegationDialog : public QDialog
{
    Q_OBJECT
public:
    DelegationDialog(Database &database, const Session &session, QWidget *parent = nullptr);

    // Tests fix the day; the application lives in the real one.
    void setToday(QDate today);
    QDate today() const { return m_today.isValid() ? m_today : QDate::currentDate(); }

    // Why the delegation typed cannot be saved; empty when it can.
    QString validationError() const;
    // Saves the delegation typed; false (and the reason shown) when it cannot be.
    bool addDelegation();
    // Ends the delegation `id` now (or removes it before it starts).
    bool endDelegation(const QString &id);
    QString lastError() const { return m_lastError; }

private:
    void showReadError(const QString &error);
    void fillUnits();
    void fillDeputies();
    void fillDelegations();
    void validate();
    void updateEndButton();

    DelegationStore m_store;
    const Session &m_session;
    QDate m_today;
    QComboBox *m_unit;
    QComboBox *m_deputy;
    Hr::DateEdit *m_start;
    Hr::DateEdit *m_end;
    QLabel *m_deputyProblem;
    QLabel *m_datesProblem;
    QPushButton *m_add;
    QTableWidget *m_delegations;
    QPushButton *m_endSelected;
    QLabel *m_message;
    QString m_lastError;
    QString m_readError; // why the file could not be read, when it could not
};

} // namespace Civitas::Leave::Internal
