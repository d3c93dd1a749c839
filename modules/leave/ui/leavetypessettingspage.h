#pragma once

#include <leave/domain/leavetype.h>
#include <leave/leaveglobal.h>

#include <core/extension/settingspage.h>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace Civitas {
class Database;
}

namespace Civitas::Leave::Internal {

// HR's settings tab for the leave types the council decided: label, colour, counting,
// smallest unit, balance, approval circuit, supporting document, HR-only, the days a special
// leave gives, the longest absence. Saved when the settings dialog is accepted. A type is
// never deleted (requests refer to it): it is made inactive.
class CIVITAS_LEAVE_TESTS_EXPORT LeaveTypesSettingsPage : public SettingsPage
{
    Q_OBJECT
public:
    explicit LeaveTypesSettingsPage(Database &database, QWidget *parent = nullptr);

    void apply() override;
    // Why the edited types cannot be saved; empty when they can.
    QString problems() const;
    QListWidget *list() const { return m_list; }

private:
    void showType(int row);
    void storeForm();
    void addType();
    void refreshItem(int row);

    Database &m_database;
    QList<LeaveType> m_types;
    QList<bool> m_changed;
    int m_current = -1;
    bool m_loading = false;
    QListWidget *m_list;
    QPushButton *m_add;
    QLineEdit *m_label;
    QLineEdit *m_code;
    QLineEdit *m_colour;
    QComboBox *m_counting;
    QComboBox *m_unit;
    QCheckBox *m_hasBalance;
    QComboBox *m_approval;
    QCheckBox *m_documentRequired;
    QCheckBox *m_hrOnly;
    QDoubleSpinBox *m_fixedDays;
    QSpinBox *m_maxConsecutive;
    QCheckBox *m_countsForSplitBonus;
    QCheckBox *m_reducesRtt;
    QComboBox *m_carryOver;
    QCheckBox *m_active;
    QLabel *m_problems;
};

} // namespace Civitas::Leave::Internal
