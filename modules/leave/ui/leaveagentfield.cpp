#include "leaveagentfield.h"

#include <core/models/sqllistmodel.h>
#include <core/storage/database.h>
#include <hr/store/agentnamesql.h>

#include <QCompleter>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStringListModel>

namespace Civitas::Leave {

LeaveAgentField::LeaveAgentField(Database &database, QWidget *parent)
    : QLineEdit(parent)
    , m_database(database)
    , m_proposals(new QStringListModel(this))
{
    setPlaceholderText(tr("Name or registration number"));
    setClearButtonEnabled(true);
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
    const QString terms = SqlListModel::ftsQuery(text);
    QStringList proposals;
    if (!terms.isEmpty()) {
        QSqlQuery q(m_database.connection());
        q.setForwardOnly(true);
        const QString name = Hr::agentDisplayNameSql(QStringLiteral("a"));
        q.prepare(
            QStringLiteral("SELECT %1 || ' (' || a.registration_number || ')' FROM agents a WHERE "
                           "a.deleted = 0 "
                           "AND a.rowid IN (SELECT rowid FROM agents_fts WHERE agents_fts MATCH ?) "
                           "ORDER BY %1 COLLATE NOCASE LIMIT 20")
                .arg(name));
        q.addBindValue(QStringLiteral("{names registration_number} : (%1)").arg(terms));
        if (q.exec()) {
            while (q.next())
                proposals.append(q.value(0).toString());
        }
    }
    m_proposals->setStringList(proposals);
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
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral(
        "SELECT id FROM agents WHERE (registration_number = ? OR id = ?) AND deleted = 0"));
    q.addBindValue(key);
    q.addBindValue(key);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

QString LeaveAgentField::labelOf(const QString &agentId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral(
                  "SELECT %1 || ' (' || a.registration_number || ')' FROM agents a WHERE a.id = ?")
                  .arg(Hr::agentDisplayNameSql(QStringLiteral("a"))));
    q.addBindValue(agentId);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

void LeaveAgentField::setAgentId(const QString &agentId)
{
    setText(labelOf(agentId));
}

} // namespace Civitas::Leave
