#include "delegationdialog.h"

#include <core/access/session.h>
#include <core/storage/database.h>
#include <hr/store/agentnamesql.h>

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableWidget>
#include <QUuid>
#include <QVBoxLayout>

namespace Civitas::Leave {

namespace {

enum DelegationColumn { UnitColumn, DeputyColumn, FromColumn, ToColumn, StateColumn };

QLabel *problemLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setStyleSheet(QStringLiteral("QLabel { color: #b71c1c; }"));
    label->setWordWrap(true);
    return label;
}

} // namespace

DelegationDialog::DelegationDialog(Database &database, const Session &session, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_session(session)
    , m_unit(new QComboBox(this))
    , m_deputy(new QComboBox(this))
    , m_start(new QDateEdit(this))
    , m_end(new QDateEdit(this))
    , m_deputyProblem(problemLabel(QStringLiteral("deputyProblem"), this))
    , m_datesProblem(problemLabel(QStringLiteral("datesProblem"), this))
    , m_add(new QPushButton(tr("&Delegate"), this))
    , m_delegations(new QTableWidget(0, 5, this))
    , m_endSelected(new QPushButton(tr("&End now"), this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("delegationDialog"));
    setWindowTitle(tr("Delegate my leave decisions"));
    m_unit->setObjectName(QStringLiteral("delegationUnit"));
    m_unit->setAccessibleName(tr("Unit"));
    m_deputy->setObjectName(QStringLiteral("delegationDeputy"));
    m_deputy->setAccessibleName(tr("Deputy"));
    for (QDateEdit *edit : {m_start, m_end}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    m_start->setObjectName(QStringLiteral("delegationStart"));
    m_start->setAccessibleName(tr("From"));
    m_end->setObjectName(QStringLiteral("delegationEnd"));
    m_end->setAccessibleName(tr("To"));
    m_add->setObjectName(QStringLiteral("addDelegation"));
    m_endSelected->setObjectName(QStringLiteral("endDelegation"));
    m_endSelected->setToolTip(
        tr("The deputy stops deciding today; a delegation not yet started is removed"));
    m_message->setObjectName(QStringLiteral("delegationMessage"));
    m_message->setWordWrap(true);
    m_delegations->setObjectName(QStringLiteral("delegationTable"));
    m_delegations->setAccessibleName(tr("Delegations I gave"));
    m_delegations->setHorizontalHeaderLabels(
        {tr("Unit"), tr("Deputy"), tr("From"), tr("To"), tr("State")});
    m_delegations->verticalHeader()->hide();
    m_delegations->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_delegations->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_delegations->setSelectionMode(QAbstractItemView::SingleSelection);
    m_delegations->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_delegations->horizontalHeader()->setStretchLastSection(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Unit"), m_unit);
    auto *deputyRow = new QHBoxLayout;
    deputyRow->addWidget(m_deputy, 1);
    deputyRow->addWidget(m_deputyProblem, 1);
    form->addRow(tr("De&puty"), deputyRow);
    auto *datesRow = new QHBoxLayout;
    datesRow->addWidget(m_start);
    datesRow->addWidget(new QLabel(tr("to"), this));
    datesRow->addWidget(m_end);
    datesRow->addWidget(m_datesProblem, 1);
    form->addRow(tr("&From"), datesRow);
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(deputyRow)))
        label->setBuddy(m_deputy);
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(datesRow)))
        label->setBuddy(m_start);

    auto *addRow = new QHBoxLayout;
    addRow->addStretch(1);
    addRow->addWidget(m_add);
    auto *endRow = new QHBoxLayout;
    endRow->addStretch(1);
    endRow->addWidget(m_endSelected);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(addRow);
    layout->addWidget(m_message);
    layout->addWidget(new QLabel(tr("Delegations you gave:"), this));
    layout->addWidget(m_delegations, 1);
    layout->addLayout(endRow);
    layout->addWidget(close);
    resize(720, 460);

    connect(m_unit, &QComboBox::currentIndexChanged, this, &DelegationDialog::validate);
    connect(m_deputy, &QComboBox::currentIndexChanged, this, &DelegationDialog::validate);
    connect(m_start, &QDateEdit::dateChanged, this, &DelegationDialog::validate);
    connect(m_end, &QDateEdit::dateChanged, this, &DelegationDialog::validate);
    connect(m_add, &QPushButton::clicked, this, &DelegationDialog::addDelegation);
    connect(m_delegations,
            &QTableWidget::itemSelectionChanged,
            this,
            &DelegationDialog::updateEndButton);
    connect(m_endSelected, &QPushButton::clicked, this, [this] {
        const int row = m_delegations->currentRow();
        if (row >= 0)
            endDelegation(m_delegations->item(row, UnitColumn)->data(Qt::UserRole).toString());
    });
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    setToday(QDate::currentDate());
    m_today = QDate();
}

void DelegationDialog::setToday(QDate today)
{
    m_today = today;
    {
        // One validation once everything is filled, not one per field half set.
        const QSignalBlocker blockStart(m_start);
        const QSignalBlocker blockEnd(m_end);
        m_start->setMinimumDate(today);
        m_end->setMinimumDate(today);
        m_start->setDate(today);
        m_end->setDate(today.addDays(6));
    }
    fillUnits();
    fillDeputies();
    fillDelegations();
    validate();
}

void DelegationDialog::fillUnits()
{
    const QSignalBlocker blocker(m_unit);
    m_unit->clear();
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT id, name FROM org_units WHERE deleted = 0 AND head_agent_id = ? ORDER BY name"));
    q.addBindValue(m_session.agentId());
    if (q.exec()) {
        while (q.next())
            m_unit->addItem(q.value(1).toString(), q.value(0));
    }
}

void DelegationDialog::fillDeputies()
{
    const QSignalBlocker blocker(m_deputy);
    const QString current = m_deputy->currentData().toString();
    m_deputy->clear();
    // The agents of every unit the user heads, sub-units included, still in post.
    const QString name = Hr::agentDisplayNameSql(QStringLiteral("a"));
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("WITH RECURSIVE units(id) AS (SELECT id FROM org_units WHERE deleted "
                             "= 0 AND head_agent_id = ? "
                             "UNION SELECT c.id FROM org_units c JOIN units ON c.parent_id = "
                             "units.id WHERE c.deleted = 0) "
                             "SELECT a.id, %1 FROM agents a JOIN units u ON u.id = a.org_unit_id "
                             "WHERE a.deleted = 0 AND a.id <> ? "
                             "AND (a.departure_date IS NULL OR a.departure_date >= ?) ORDER BY %1 "
                             "COLLATE NOCASE, a.id")
                  .arg(name));
    q.addBindValue(m_session.agentId());
    q.addBindValue(m_session.agentId());
    q.addBindValue(today().toString(Qt::ISODate));
    m_deputy->addItem(tr("Choose a deputy"), QString());
    if (q.exec()) {
        while (q.next())
            m_deputy->addItem(q.value(1).toString(), q.value(0));
    }
    const int i = m_deputy->findData(current);
    m_deputy->setCurrentIndex(i > 0 ? i : 0);
}

void DelegationDialog::fillDelegations()
{
    const QString name = Hr::agentDisplayNameSql(QStringLiteral("a"));
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT d.id, coalesce(o.name, d.org_unit_id), coalesce(%1, "
                       "d.deputy_agent_id), d.start_date, d.end_date "
                       "FROM leave_delegations d LEFT JOIN org_units o ON o.id = d.org_unit_id "
                       "LEFT JOIN agents a ON a.id = d.deputy_agent_id "
                       "WHERE d.deleted = 0 AND d.delegator_agent_id = ? ORDER BY d.end_date DESC, "
                       "d.start_date DESC")
            .arg(name));
    q.addBindValue(m_session.agentId());
    m_delegations->setRowCount(0);
    const QLocale locale;
    const QString day = today().toString(Qt::ISODate);
    if (q.exec()) {
        while (q.next()) {
            const int row = m_delegations->rowCount();
            m_delegations->insertRow(row);
            const QString start = q.value(3).toString();
            const QString end = q.value(4).toString();
            const QString state = end < day     ? tr("Ended")
                                  : start > day ? tr("Coming")
                                                : tr("Running");
            const QStringList cells
                = {q.value(1).toString(),
                   q.value(2).toString(),
                   locale.toString(QDate::fromString(start, Qt::ISODate), QLocale::ShortFormat),
                   locale.toString(QDate::fromString(end, Qt::ISODate), QLocale::ShortFormat),
                   state};
            for (int c = 0; c < cells.size(); ++c)
                m_delegations->setItem(row, c, new QTableWidgetItem(cells.at(c)));
            m_delegations->item(row, UnitColumn)->setData(Qt::UserRole, q.value(0));
            m_delegations->item(row, UnitColumn)->setData(Qt::UserRole + 1, start);
            m_delegations->item(row, UnitColumn)->setData(Qt::UserRole + 2, end);
        }
    }
    updateEndButton();
}

void DelegationDialog::updateEndButton()
{
    const int row = m_delegations->currentRow();
    const bool selected = row >= 0 && !m_delegations->selectedItems().isEmpty();
    const QString day = today().toString(Qt::ISODate);
    const bool over
        = !selected
          || m_delegations->item(row, UnitColumn)->data(Qt::UserRole + 2).toString() < day;
    m_endSelected->setEnabled(!over);
    if (selected && !over
        && m_delegations->item(row, UnitColumn)->data(Qt::UserRole + 1).toString() > day)
        m_endSelected->setText(tr("&Remove"));
    else
        m_endSelected->setText(tr("&End now"));
}

QString DelegationDialog::validationError() const
{
    if (m_unit->count() == 0)
        return tr("You head no unit: there is nothing to delegate.");
    const QString deputy = m_deputy->currentData().toString();
    if (deputy.isEmpty())
        return tr("Choose who decides while you are away.");
    if (deputy == m_session.agentId())
        return tr("Choose somebody other than yourself.");
    if (m_start->date() < today())
        return tr("The delegation cannot start in the past.");
    if (m_end->date() < m_start->date())
        return tr("The end comes before the start.");
    // The same deputy twice on the same unit and days would say nothing more.
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM leave_delegations WHERE deleted = 0 AND "
                             "org_unit_id = ? AND deputy_agent_id = ? "
                             "AND start_date <= ? AND end_date >= ?"));
    q.addBindValue(m_unit->currentData());
    q.addBindValue(deputy);
    q.addBindValue(m_end->date().toString(Qt::ISODate));
    q.addBindValue(m_start->date().toString(Qt::ISODate));
    if (q.exec() && q.next() && q.value(0).toInt() > 0)
        return tr("This deputy already decides for this unit on some of these days.");
    return {};
}

void DelegationDialog::validate()
{
    const QString error = validationError();
    const QString deputy = m_deputy->currentData().toString();
    const bool deputyError
        = !error.isEmpty() && (deputy.isEmpty() || deputy == m_session.agentId());
    // Say nothing about the deputy before one is chosen; say it beside the field after.
    m_deputyProblem->setText(deputyError && !deputy.isEmpty() ? error : QString());
    m_datesProblem->setText(!error.isEmpty() && !deputyError && m_unit->count() > 0 ? error
                                                                                    : QString());
    if (m_unit->count() == 0)
        m_message->setText(error);
    else if (m_message->text() == tr("You head no unit: there is nothing to delegate."))
        m_message->clear();
    m_add->setEnabled(error.isEmpty());
}

bool DelegationDialog::addDelegation()
{
    m_lastError = validationError();
    if (!m_lastError.isEmpty()) {
        m_message->setText(m_lastError);
        return false;
    }
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT INTO leave_delegations (id, org_unit_id, delegator_agent_id, "
                             "deputy_agent_id, start_date, end_date) "
                             "VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
    q.addBindValue(m_unit->currentData());
    q.addBindValue(m_session.agentId());
    q.addBindValue(m_deputy->currentData());
    q.addBindValue(m_start->date().toString(Qt::ISODate));
    q.addBindValue(m_end->date().toString(Qt::ISODate));
    if (!q.exec()) {
        m_lastError = tr("The delegation could not be saved: %1").arg(q.lastError().text());
        m_message->setText(m_lastError);
        return false;
    }
    m_message->setText(tr("%1 decides for %2 from %3 to %4.")
                           .arg(m_deputy->currentText(),
                                m_unit->currentText(),
                                QLocale().toString(m_start->date(), QLocale::ShortFormat),
                                QLocale().toString(m_end->date(), QLocale::ShortFormat)));
    fillDelegations();
    validate();
    return true;
}

bool DelegationDialog::endDelegation(const QString &id)
{
    QSqlQuery read(m_database.connection());
    read.prepare(QStringLiteral("SELECT start_date, end_date FROM leave_delegations WHERE id = ? "
                                "AND deleted = 0 AND delegator_agent_id = ?"));
    read.addBindValue(id);
    read.addBindValue(m_session.agentId());
    if (!read.exec() || !read.next()) {
        m_lastError = tr("This delegation is no longer in the file.");
        m_message->setText(m_lastError);
        return false;
    }
    const QDate start = QDate::fromString(read.value(0).toString(), Qt::ISODate);
    const QDate end = QDate::fromString(read.value(1).toString(), Qt::ISODate);
    if (end < today()) {
        m_lastError = tr("This delegation is already over.");
        m_message->setText(m_lastError);
        return false;
    }
    QSqlQuery q(m_database.connection());
    // Its end moves to yesterday, so that the deputy no longer decides today; one that has
    // not begun yet (or begins today) cannot end before its start: it becomes a tombstone.
    if (start < today()) {
        q.prepare(QStringLiteral("UPDATE leave_delegations SET end_date = ? WHERE id = ?"));
        q.addBindValue(today().addDays(-1).toString(Qt::ISODate));
    } else {
        q.prepare(QStringLiteral("UPDATE leave_delegations SET deleted = 1 WHERE id = ?"));
    }
    q.addBindValue(id);
    if (!q.exec()) {
        m_lastError = tr("The delegation could not be ended: %1").arg(q.lastError().text());
        m_message->setText(m_lastError);
        return false;
    }
    m_lastError.clear();
    m_message->setText(start < today()
                           ? tr("The delegation ended yesterday: the deputy no longer decides.")
                           : tr("The delegation was removed."));
    fillDelegations();
    validate();
    return true;
}

} // namespace Civitas::Leave
