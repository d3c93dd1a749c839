#include "positionstab.h"

#include <hr/domain/agentfilerules.h>
#include <hr/domain/hrcodes.h>
#include "hrwidgets.h"
#include "optionaldateedit.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Civitas::Hr {

PositionsTab::PositionsTab(AgentFile *file, QWidget *parent)
    : QWidget(parent)
    , m_file(file)
    , m_current(new QLabel(this))
    , m_table(HrWidgets::historyTable(QStringLiteral("positionTable"), tr("Statutory positions"),
                                      {tr("Position"), tr("From"), tr("To"), tr("Decision"), tr("Decision date")},
                                      0, this))
{
    m_current->setObjectName(QStringLiteral("currentPosition"));
    m_current->setTextFormat(Qt::RichText);

    m_form = new QGroupBox(tr("New statutory position"), this);
    m_position = new QComboBox(m_form);
    m_position->setObjectName(QStringLiteral("positionKind"));
    for (const HrCodes::Code &c : HrCodes::codes(HrCodes::Position))
        m_position->addItem(c.label, c.code);
    m_start = new OptionalDateEdit(m_form);
    m_start->setObjectName(QStringLiteral("positionStart"));
    m_end = new OptionalDateEdit(m_form);
    m_end->setObjectName(QStringLiteral("positionEnd"));
    m_end->setToolTip(tr("Leave empty: until a further decision"));
    m_decision = new QLineEdit(m_form);
    m_decision->setObjectName(QStringLiteral("positionDecision"));
    m_decision->setPlaceholderText(tr("Number of the decision (arrêté)"));
    m_decisionDate = new OptionalDateEdit(m_form);
    m_decisionDate->setObjectName(QStringLiteral("positionDecisionDate"));
    m_problem = new QLabel(m_form);
    m_problem->setObjectName(QStringLiteral("positionProblem"));
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    auto *add = new QPushButton(tr("Add the position"), m_form);
    add->setObjectName(QStringLiteral("addPosition"));
    auto *grid = new QFormLayout;
    grid->addRow(tr("Position"), m_position);
    auto *dates = new QHBoxLayout;
    dates->addWidget(m_start);
    dates->addWidget(new QLabel(tr("to"), m_form));
    dates->addWidget(m_end);
    dates->addStretch();
    grid->addRow(tr("From"), dates);
    auto *decision = new QHBoxLayout;
    decision->addWidget(m_decision, 1);
    decision->addWidget(new QLabel(tr("of"), m_form));
    decision->addWidget(m_decisionDate);
    grid->addRow(tr("Decision"), decision);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_problem, 1);
    buttons->addWidget(add);
    auto *formLayout = new QVBoxLayout(m_form);
    formLayout->addLayout(grid);
    formLayout->addLayout(buttons);
    m_position->setAccessibleName(tr("Position"));
    m_start->setAccessibleName(tr("Start of the position"));
    m_end->setAccessibleName(tr("End of the position"));
    m_decision->setAccessibleName(tr("Decision number"));
    m_decisionDate->setAccessibleName(tr("Decision date"));

    m_withdraw = new QPushButton(tr("Withdraw the selected position…"), this);
    m_withdraw->setObjectName(QStringLiteral("withdrawPosition"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_current);
    layout->addWidget(m_table, 1);
    auto *tableButtons = new QHBoxLayout;
    tableButtons->addStretch();
    tableButtons->addWidget(m_withdraw);
    layout->addLayout(tableButtons);
    layout->addWidget(m_form);
    connect(add, &QPushButton::clicked, this, &PositionsTab::addFromForm);
    connect(m_withdraw, &QPushButton::clicked, this, &PositionsTab::withdrawSelected);
}

void PositionsTab::refresh()
{
    const QLocale locale;
    const StatutoryPosition *current = m_file->positionOn(QDate::currentDate());
    m_current->setText(current ? tr("<b>Now:</b> %1 since %2").arg(HrCodes::label(HrCodes::Position, current->position),
                                                                    locale.toString(current->startDate, QLocale::ShortFormat))
                               : tr("<b>Now:</b> no statutory position (contract agents have none)."));
    m_table->setRowCount(int(m_file->positions.size()));
    for (int i = 0; i < m_file->positions.size(); ++i) {
        const StatutoryPosition &p = m_file->positions.at(m_file->positions.size() - 1 - i);
        const QStringList cells = {HrCodes::label(HrCodes::Position, p.position),
                                   locale.toString(p.startDate, QLocale::ShortFormat),
                                   p.endDate.isValid() ? locale.toString(p.endDate, QLocale::ShortFormat) : QString(),
                                   p.decisionReference, locale.toString(p.decisionDate, QLocale::ShortFormat)};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(i, c, new QTableWidgetItem(cells.at(c)));
    }
    m_problem->hide();
    m_start->setOptionalDate(QDate::currentDate());
    m_end->clearDate();
    m_decision->clear();
    m_decisionDate->setOptionalDate(QDate::currentDate());
}

QString PositionsTab::addPosition(const StatutoryPosition &position, bool closeOpenPosition)
{
    if (!position.startDate.isValid())
        return tr("Give the start date of the position.");
    if (position.decisionReference.trimmed().isEmpty() || !position.decisionDate.isValid())
        return tr("Give the decision (arrêté) that makes this position: its number and date.");
    if (position.endDate.isValid() && position.endDate < position.startDate)
        return tr("The position ends before it starts.");
    QList<StatutoryPosition> candidate = m_file->positions;
    if (closeOpenPosition) {
        for (StatutoryPosition &p : candidate) {
            if (!p.endDate.isValid() && p.startDate < position.startDate)
                p.endDate = position.startDate.addDays(-1);
        }
    }
    candidate.append(position);
    const QString overlap = AgentFileRules::positionOverlap(candidate);
    if (!overlap.isEmpty())
        return overlap;
    m_file->positions = candidate;
    m_file->sortHistories();
    refresh();
    emit changed();
    return {};
}

void PositionsTab::addFromForm()
{
    StatutoryPosition p;
    p.position = m_position->currentData().toString();
    p.startDate = m_start->optionalDate();
    p.endDate = m_end->optionalDate();
    p.decisionReference = m_decision->text().trimmed();
    p.decisionDate = m_decisionDate->optionalDate();
    bool close = false;
    for (const StatutoryPosition &open : std::as_const(m_file->positions)) {
        if (!open.endDate.isValid() && p.startDate.isValid() && open.startDate < p.startDate) {
            const QLocale locale;
            close = QMessageBox::question(
                        this, tr("End the current position"),
                        tr("%1 has no end date. End it on %2, the day before the new position?")
                            .arg(HrCodes::label(HrCodes::Position, open.position),
                                 locale.toString(p.startDate.addDays(-1), QLocale::ShortFormat)))
                    == QMessageBox::Yes;
        }
    }
    const QString problem = addPosition(p, close);
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

void PositionsTab::withdrawSelected()
{
    const int index = HrWidgets::selectedHistoryIndex(m_table, m_file->positions.size());
    if (index < 0)
        return;
    if (!m_file->positions.at(index).id.isEmpty()
        && QMessageBox::question(this, tr("Withdraw a position"),
                                 tr("Withdraw this position? Do it only for a position entered by "
                                    "mistake; the audit log keeps it."))
               != QMessageBox::Yes)
        return;
    m_file->positions.removeAt(index);
    refresh();
    emit changed();
}

void PositionsTab::setReadOnly(bool readOnly)
{
    m_form->setVisible(!readOnly);
    m_withdraw->setVisible(!readOnly);
}

} // namespace Civitas::Hr
