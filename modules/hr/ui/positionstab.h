#pragma once

#include "historytab.h"

class QComboBox;
class QLineEdit;

namespace Civitas::Hr {
class OptionalDateEdit;
} // namespace Civitas::Hr

namespace Civitas::Hr::Internal {

// The statutory positions, one at a time, each with its decision (arrêté). Adding a position
// while an open one covers its start offers to end the open one the day before; any other
// overlap is refused with both positions named.
class CIVITAS_HR_TESTS_EXPORT PositionsTab : public HistoryTab
{
    Q_OBJECT
public:
    explicit PositionsTab(AgentFile *file, QWidget *parent = nullptr);

    void refresh() override;
    // What addPosition() does, without asking: for tests and the import. Returns the problem,
    // or an empty string when the position was added.
    QString addPosition(const StatutoryPosition &position, bool closeOpenPosition);

private:
    void addFromForm() override;
    void withdrawSelected() override;

    QComboBox *m_position;
    OptionalDateEdit *m_start;
    OptionalDateEdit *m_end;
    QLineEdit *m_decision;
    OptionalDateEdit *m_decisionDate;
};

} // namespace Civitas::Hr::Internal
