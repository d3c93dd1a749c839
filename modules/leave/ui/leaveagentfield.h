#pragma once

#include <leave/leaveglobal.h>

#include <hr/store/agentlookup.h>

#include <QLineEdit>

class QStringListModel;

namespace Civitas {
class Database;
}

namespace Civitas::Leave::Internal {

// A field where HR names an agent by name or registration number: it proposes the matching
// agents as the user types (searched in SQL, a few at a time, so it stays quick with tens of
// thousands of agents) and knows which agent the text designates.
class CIVITAS_LEAVE_TESTS_EXPORT LeaveAgentField : public QLineEdit
{
    Q_OBJECT
public:
    explicit LeaveAgentField(Database &database, QWidget *parent = nullptr);

    // The agent designated: "NAME First (123456)" as proposed, a registration number or an
    // id; empty when the text designates nobody.
    QString agentId() const;
    void setAgentId(const QString &agentId);
    // "NAME First (123456)", as the field proposes it.
    QString labelOf(const QString &agentId) const;

signals:
    void agentChanged(const QString &agentId);

private:
    void propose(const QString &text);

    Hr::AgentLookup m_agents;
    QStringListModel *m_proposals;
    QString m_agentId;
};

} // namespace Civitas::Leave::Internal
