#pragma once

#include "historytab.h"

class QComboBox;
class QSpinBox;

namespace Civitas {
class Database;
}

namespace Civitas::Hr {
class OptionalDateEdit;
} // namespace Civitas::Hr

namespace Civitas::Hr::Internal {

// The career history: the current situation (derived from the history, never typed), the
// dated steps, and a form to add a step with its effective date.
class CIVITAS_HR_TESTS_EXPORT CareerTab : public HistoryTab
{
    Q_OBJECT
public:
    CareerTab(Database &database, AgentFile *file, QWidget *parent = nullptr);

    void refresh() override;
    // Fills the form from the current step, for the usual case: the next echelon or grade.
    void prepareNextStep();

private:
    void addFromForm() override;
    void withdrawSelected() override;

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
};

} // namespace Civitas::Hr::Internal
