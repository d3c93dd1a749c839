#pragma once

#include "historytab.h"

class QCheckBox;
class QComboBox;
class QSpinBox;

namespace Civitas::Hr {
class OptionalDateEdit;
} // namespace Civitas::Hr

namespace Civitas::Hr::Internal {

// The working time from a date on: full time, part time (rate), or a non-full-time post (in
// 35ths), the weekly hours, and which half-days are worked (what leave counting reads).
class CIVITAS_HR_TESTS_EXPORT WorkingTimeTab : public HistoryTab
{
    Q_OBJECT
public:
    explicit WorkingTimeTab(AgentFile *file, QWidget *parent = nullptr);

    void refresh() override;

private:
    void addFromForm() override;
    void withdrawSelected() override;
    void kindChanged();

    OptionalDateEdit *m_date;
    QComboBox *m_kind;
    QComboBox *m_rate;
    QSpinBox *m_fifths;
    QSpinBox *m_hours;
    QSpinBox *m_minutes;
    QCheckBox *m_halfDays[7][2];
};

} // namespace Civitas::Hr::Internal
