#pragma once

#include <hr/domain/agentfile.h>
#include <hr/hrglobal.h>

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace Civitas {
class Database;
}

namespace Civitas::Hr {

class OptionalDateEdit;

// The career history: the current situation (derived from the history, never typed), the
// dated steps, and a form to add a step with its effective date.
class CIVITAS_HR_EXPORT CareerTab : public QWidget
{
    Q_OBJECT
public:
    CareerTab(Database &database, AgentFile *file, QWidget *parent = nullptr);

    void refresh();
    void setReadOnly(bool readOnly);
    // Fills the form from the current step, for the usual case: the next echelon or grade.
    void prepareNextStep();

signals:
    void changed();

private:
    void addStep();
    void withdrawSelected();

    AgentFile *m_file;
    QLabel *m_current;
    QTableWidget *m_table;
    QWidget *m_form;
    QPushButton *m_withdraw;
    OptionalDateEdit *m_date;
    QComboBox *m_category;
    QComboBox *m_sector;
    QComboBox *m_framework;
    QComboBox *m_grade;
    QSpinBox *m_echelon;
    QSpinBox *m_grossIndex;
    QSpinBox *m_increasedIndex;
    QComboBox *m_reason;
    QComboBox *m_decision;
    QLabel *m_problem;
};

} // namespace Civitas::Hr
