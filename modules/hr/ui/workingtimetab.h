#pragma once

#include <hr/domain/agentfile.h>
#include <hr/hrglobal.h>

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace Civitas::Hr {

class OptionalDateEdit;

// The working time from a date on: full time, part time (rate), or a non-full-time post (in
// 35ths), the weekly hours, and which half-days are worked (what leave counting reads).
class CIVITAS_HR_EXPORT WorkingTimeTab : public QWidget
{
    Q_OBJECT
public:
    explicit WorkingTimeTab(AgentFile *file, QWidget *parent = nullptr);

    void refresh();
    void setReadOnly(bool readOnly);

signals:
    void changed();

private:
    void addFromForm();
    void withdrawSelected();
    void kindChanged();

    AgentFile *m_file;
    QLabel *m_current;
    QTableWidget *m_table;
    QWidget *m_form;
    QPushButton *m_withdraw;
    OptionalDateEdit *m_date;
    QComboBox *m_kind;
    QComboBox *m_rate;
    QSpinBox *m_fifths;
    QSpinBox *m_hours;
    QSpinBox *m_minutes;
    QCheckBox *m_halfDays[7][2];
    QLabel *m_problem;
};

} // namespace Civitas::Hr
