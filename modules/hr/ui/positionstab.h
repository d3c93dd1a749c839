#pragma once

#include <hr/domain/agentfile.h>
#include <hr/hrglobal.h>

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace Civitas::Hr {

class OptionalDateEdit;

// The statutory positions, one at a time, each with its decision (arrêté). Adding a position
// while an open one covers its start offers to end the open one the day before; any other
// overlap is refused with both positions named.
class CIVITAS_HR_EXPORT PositionsTab : public QWidget
{
    Q_OBJECT
public:
    explicit PositionsTab(AgentFile *file, QWidget *parent = nullptr);

    void refresh();
    void setReadOnly(bool readOnly);
    // What addPosition() does, without asking: for tests and the import. Returns the problem,
    // or an empty string when the position was added.
    QString addPosition(const StatutoryPosition &position, bool closeOpenPosition);

signals:
    void changed();

private:
    void addFromForm();
    void withdrawSelected();

    AgentFile *m_file;
    QLabel *m_current;
    QTableWidget *m_table;
    QWidget *m_form;
    QPushButton *m_withdraw;
    QComboBox *m_position;
    OptionalDateEdit *m_start;
    OptionalDateEdit *m_end;
    QLineEdit *m_decision;
    OptionalDateEdit *m_decisionDate;
    QLabel *m_problem;
};

} // namespace Civitas::Hr
