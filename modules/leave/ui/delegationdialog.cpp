#include "delegationdialog.h"
#include <leave/domain/leavetextlimits.h>
#include <leave/leavetr.h>

#include <core/access/session.h>
#include <core/storage/database.h>

#include <hr/ui/dateedit.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Civitas::Leave::Internal {

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
    , m_store(database)
    , m_session(session)
    , m_unit(new QComboBox(this))
    , m_deputy(new QComboBox(this))
    , m_start(new Hr::DateEdit(this))
    , m_end(new Hr::DateEdit(this))
    , m_deputyProblem(problemLabel(QStringLiteral("deputyProblem"), this))
    , m_datesProblem(problemLabel(QStringLiteral("datesProblem"), this))
    , m_add(new QPushButton(Tr::tr("&Delegate"), this))
    , m_delegations(new QTableWidget(0, 5, this))
    , m_endSelected(new QPushButton(Tr::tr("&End now"), this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("delegationDialog"));
    setWindowTitle(Tr::tr("Delegate my leave decisions"));
    m_unit->setObjectName(QStringLiteral("delegationUnit"));
    m_unit->setAccessibleName(Tr::tr("Unit"));
    m_deputy->setObjectName(QStringLiteral("delegationDeputy"));
    m_deputy->setAccessibleName(Tr::tr("Deputy"));
    m_start->setObjectName(QStringLiteral("delegationStart"));
    m_start->setAccessibleName(Tr::tr("From"));
    m_end->setObjectName(QStringLiteral("delegationEnd"));
    m_end->setAccessibleName(Tr::tr("To"));
    m_add->setObjectName(QStringLiteral("addDelegation"));
    m_endSelected->setObjectName(QStringLiteral("endDelegation"));
    m_endSelected->setToolTip(
        Tr::tr("The deputy stops deciding today; a delegation not yet started is removed"));
    m_message->setObjectName(QStringLiteral("delegationMessage"));
    m_message->setWordWrap(true);
    m_delegations->setObjectName(QStringLiteral("delegationTable"));
    m_delegations->setAccessibleName(Tr::tr("Delegations I gave"));
    m_delegations->setHorizontalHeaderLabels(
        {Tr::tr("Unit"), Tr::tr("Deputy"), Tr::tr("From"), Tr::tr("To"), Tr::tr("State")});
    m_delegations->verticalHeader()->hide();
    m_delegations->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_delegations->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_delegations->setSelectionMode(QAbstractItemView::SingleSelection);
    m_delegations->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_delegations->horizontalHeader()->setStretchLastSection(true);

    auto *form = new QFormLayout;
    form->addRow(Tr::tr("&Unit"), m_unit);
    auto *deputyRow = new QHBoxLayout;
    deputyRow->addWidget(m_deputy, 1);
    deputyRow->addWidget(m_deputyProblem, 1);
    form->addRow(Tr::tr("De&puty"), deputyRow);
    auto *datesRow = new QHBoxLayout;
    datesRow->addWidget(m_start);
    datesRow->addWidget(new QLabel(Tr::tr("to"), this));
    datesRow->addWidget(m_end);
    datesRow->addWidget(m_datesProblem, 1);
    form->addRow(Tr::tr("&From"), datesRow);
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
    layout->addWidget(new QLabel(Tr::tr("Delegations you gave:"), this));
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
    m_readError.clear();
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

void DelegationDialog::showReadError(const QString &error)
{
    // The first failure says the most; the lists it left empty would otherwise be read as
    // "nothing to delegate".
    if (m_readError.isEmpty())
        m_readError = error;
    m_message->setText(m_readError);
}

void DelegationDialog::fillUnits()
{
    const QSignalBlocker blocker(m_unit);
    m_unit->clear();
    const Result<QList<DelegationStore::Choice>> units = m_store.unitsHeadedBy(m_session.agentId());
    if (!units.ok()) {
        showReadError(units.error());
        return;
    }
    for (const DelegationStore::Choice &unit : units.value())
        m_unit->addItem(unit.name, unit.id);
}

void DelegationDialog::fillDeputies()
{
    const QSignalBlocker blocker(m_deputy);
    const QString current = m_deputy->currentData().toString();
    m_deputy->clear();
    m_deputy->addItem(Tr::tr("Choose a deputy"), QString());
    const Result<QList<DelegationStore::Choice>> deputies
        = m_store.deputyCandidates(m_session.agentId(), today());
    if (deputies.ok()) {
        for (const DelegationStore::Choice &agent : deputies.value())
            m_deputy->addItem(agent.name, agent.id);
    } else {
        showReadError(deputies.error());
    }
    const int i = m_deputy->findData(current);
    m_deputy->setCurrentIndex(i > 0 ? i : 0);
}

void DelegationDialog::fillDelegations()
{
    m_delegations->setRowCount(0);
    const Result<QList<DelegationStore::Given>> given = m_store.givenBy(m_session.agentId());
    if (!given.ok())
        showReadError(given.error());
    const QLocale locale;
    const QDate day = today();
    for (const DelegationStore::Given &d : given.valueOr({})) {
        const int row = m_delegations->rowCount();
        m_delegations->insertRow(row);
        const QString state = d.end < day     ? Tr::tr("Ended")
                              : d.start > day ? Tr::tr("Coming")
                                              : Tr::tr("Running");
        const QStringList cells = {d.unitName,
                                   d.deputyName,
                                   locale.toString(d.start, QLocale::ShortFormat),
                                   locale.toString(d.end, QLocale::ShortFormat),
                                   state};
        for (int c = 0; c < cells.size(); ++c)
            m_delegations->setItem(row, c, new QTableWidgetItem(cells.at(c)));
        m_delegations->item(row, UnitColumn)->setData(Qt::UserRole, d.id);
        m_delegations->item(row, UnitColumn)
            ->setData(Qt::UserRole + 1, d.start.toString(Qt::ISODate));
        m_delegations->item(row, UnitColumn)
            ->setData(Qt::UserRole + 2, d.end.toString(Qt::ISODate));
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
        m_endSelected->setText(Tr::tr("&Remove"));
    else
        m_endSelected->setText(Tr::tr("&End now"));
}

QString DelegationDialog::validationError() const
{
    if (!m_readError.isEmpty())
        return m_readError;
    if (m_unit->count() == 0)
        return Tr::tr("You head no unit: there is nothing to delegate.");
    const QString deputy = m_deputy->currentData().toString();
    if (deputy.isEmpty())
        return Tr::tr("Choose who decides while you are away.");
    if (deputy == m_session.agentId())
        return Tr::tr("Choose somebody other than yourself.");
    if (m_start->date() < today())
        return Tr::tr("The delegation cannot start in the past.");
    if (m_end->date() < m_start->date())
        return Tr::tr("The end comes before the start.");
    if (m_end->date() >= m_start->date().addYears(LeaveTextLimits::delegationYears))
        return Tr::tr("A delegation lasts at most a year: end it before %1.")
            .arg(QLocale().toString(m_start->date().addYears(LeaveTextLimits::delegationYears),
                                    QLocale::ShortFormat));
    // The same deputy twice on the same unit and days would say nothing more.
    const Result<bool> overlaps = m_store.overlaps(
        m_unit->currentData().toString(), deputy, m_start->date(), m_end->date());
    if (!overlaps.ok())
        return overlaps.error();
    if (overlaps.value())
        return Tr::tr("This deputy already decides for this unit on some of these days.");
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
    else if (m_message->text() == Tr::tr("You head no unit: there is nothing to delegate."))
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
    const Result<QString> added = m_store.add({m_unit->currentData().toString(),
                                               m_session.agentId(),
                                               m_deputy->currentData().toString(),
                                               m_start->date(),
                                               m_end->date()});
    if (!added.ok()) {
        m_lastError = added.error();
        m_message->setText(m_lastError);
        return false;
    }
    m_message->setText(Tr::tr("%1 decides for %2 from %3 to %4.")
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
    const Result<DelegationStore::Ending> ending = m_store.end(id, m_session.agentId(), today());
    if (!ending.ok()) {
        m_lastError = ending.error();
        m_message->setText(m_lastError);
        return false;
    }
    m_lastError.clear();
    m_message->setText(ending.value() == DelegationStore::Ending::EndedYesterday
                           ? Tr::tr("The delegation ended yesterday: the deputy no longer decides.")
                           : Tr::tr("The delegation was removed."));
    fillDelegations();
    validate();
    return true;
}

} // namespace Civitas::Leave::Internal
