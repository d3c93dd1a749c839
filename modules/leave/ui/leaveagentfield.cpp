#include "leaveagentfield.h"
#include <core/storage/textlimits.h>
#include <leave/leavetr.h>

#include <QCompleter>
#include <QRegularExpression>
#include <QStringListModel>

namespace Civitas::Leave::Internal {

LeaveAgentField::LeaveAgentField(Database &database, QWidget *parent)
    : QLineEdit(parent)
    , m_agents(database)
    , m_proposals(new QStringListModel(this))
{
    setPlaceholderText(Tr::tr("Name or registration number"));
    setClearButtonEnabled(true);
    setMaxLength(TextLimits::Search);
    auto *completer = new QCompleter(m_proposals, this);
    // The list is already what matches, from SQL: the completer shows it as it is.
    completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    setCompleter(completer);
    connect(this, &QLineEdit::textEdited, this, &LeaveAgentField::propose);
    connect(this, &QLineEdit::textChanged, this, [this] {
        const QString id = agentId();
        if (id != m_agentId) {
            m_agentId = id;
            emit agentChanged(id);
        }
    });
}

void LeaveAgentField::propose(const QString &text)
{
    // A failed search proposes nothing; the look-up has logged why.
    m_proposals->setStringList(m_agents.proposals(text).valueOr({}));
}

QString LeaveAgentField::agentId() const
{
    const QString t = text().trimmed();
    if (t.isEmpty())
        return {};
    // "NAME First (123456)" as proposed, else the text itself as a number or an id.
    static const QRegularExpression trailing(QStringLiteral("\\(([^()]+)\\)\\s*$"));
    const QRegularExpressionMatch m = trailing.match(t);
    const QString key = m.hasMatch() ? m.captured(1).trimmed() : t;
    return m_agents.agentIdOf(key).valueOr({});
}

QString LeaveAgentField::labelOf(const QString &agentId) const
{
    return m_agents.labelOf(agentId).valueOr({});
}

void LeaveAgentField::setAgentId(const QString &agentId)
{
    setText(labelOf(agentId));
}

} // namespace Civitas::Leave::Internal
