#include "positionstab.h"
#include <hr/hrtr.h>

#include "optionaldateedit.h"

#include <hr/domain/agentfilerules.h>
#include <hr/domain/hrcodes.h>

#include <core/storage/textlimits.h>

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>

namespace Civitas::Hr::Internal {

PositionsTab::PositionsTab(AgentFile *file, QWidget *parent)
    : HistoryTab(file,
                 QStringLiteral("positionTable"),
                 Tr::tr("Statutory positions"),
                 {Tr::tr("Position"),
                  Tr::tr("From"),
                  Tr::tr("To"),
                  Tr::tr("Decision"),
                  Tr::tr("Decision date")},
                 0,
                 Tr::tr("New statutory position"),
                 parent)
{
    m_current->setObjectName(QStringLiteral("currentPosition"));

    m_position = new QComboBox(m_form);
    m_position->setObjectName(QStringLiteral("positionKind"));
    for (const HrCodes::Code &c : HrCodes::codes(HrCodes::Position))
        m_position->addItem(c.label, c.code);
    m_start = new OptionalDateEdit(m_form);
    m_start->setObjectName(QStringLiteral("positionStart"));
    m_end = new OptionalDateEdit(m_form);
    m_end->setObjectName(QStringLiteral("positionEnd"));
    m_end->setToolTip(Tr::tr("Leave empty: until a further decision"));
    m_decision = new QLineEdit(m_form);
    m_decision->setObjectName(QStringLiteral("positionDecision"));
    m_decision->setMaxLength(TextLimits::Name);
    m_decision->setPlaceholderText(Tr::tr("Number of the decision (arrêté)"));
    m_decisionDate = new OptionalDateEdit(m_form);
    m_decisionDate->setObjectName(QStringLiteral("positionDecisionDate"));
    auto *grid = new QFormLayout;
    grid->addRow(Tr::tr("Position"), m_position);
    auto *dates = new QHBoxLayout;
    dates->addWidget(m_start);
    dates->addWidget(new QLabel(Tr::tr("to"), m_form));
    dates->addWidget(m_end);
    dates->addStretch();
    grid->addRow(Tr::tr("From"), dates);
    auto *decision = new QHBoxLayout;
    decision->addWidget(m_decision, 1);
    decision->addWidget(new QLabel(Tr::tr("of"), m_form));
    decision->addWidget(m_decisionDate);
    grid->addRow(Tr::tr("Decision"), decision);
    m_position->setAccessibleName(Tr::tr("Position"));
    m_start->setAccessibleName(Tr::tr("Start of the position"));
    m_end->setAccessibleName(Tr::tr("End of the position"));
    m_decision->setAccessibleName(Tr::tr("Decision number"));
    m_decisionDate->setAccessibleName(Tr::tr("Decision date"));
    finishForm(grid,
               Tr::tr("Add the position"),
               QStringLiteral("addPosition"),
               Tr::tr("Withdraw the selected position…"),
               QStringLiteral("withdrawPosition"));
    m_problem->setObjectName(QStringLiteral("positionProblem"));
}

void PositionsTab::refresh()
{
    const QLocale locale;
    const StatutoryPosition *current = m_file->positionOn(QDate::currentDate());
    m_current->setText(
        current ? Tr::tr("<b>Now:</b> %1 since %2")
                      .arg(HrCodes::label(HrCodes::Position, current->position),
                           locale.toString(current->startDate, QLocale::ShortFormat))
                : Tr::tr("<b>Now:</b> no statutory position (contract agents have none)."));
    showHistory(m_file->positions, [&locale](const StatutoryPosition &p) {
        return QStringList{HrCodes::label(HrCodes::Position, p.position),
                           locale.toString(p.startDate, QLocale::ShortFormat),
                           p.endDate.isValid() ? locale.toString(p.endDate, QLocale::ShortFormat)
                                               : QString(),
                           p.decisionReference,
                           locale.toString(p.decisionDate, QLocale::ShortFormat)};
    });
    setProblem({});
    m_start->setOptionalDate(QDate::currentDate());
    m_end->clearDate();
    m_decision->clear();
    m_decisionDate->setOptionalDate(QDate::currentDate());
}

QString PositionsTab::addPosition(const StatutoryPosition &position, bool closeOpenPosition)
{
    if (!position.startDate.isValid())
        return Tr::tr("Give the start date of the position.");
    if (position.decisionReference.trimmed().isEmpty() || !position.decisionDate.isValid())
        return Tr::tr("Give the decision (arrêté) that makes this position: its number and date.");
    if (position.endDate.isValid() && position.endDate < position.startDate)
        return Tr::tr("The position ends before it starts.");
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
    historyAdded();
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
                        this,
                        Tr::tr("End the current position"),
                        Tr::tr("%1 has no end date. End it on %2, the day before the new position?")
                            .arg(HrCodes::label(HrCodes::Position, open.position),
                                 locale.toString(p.startDate.addDays(-1), QLocale::ShortFormat)))
                    == QMessageBox::Yes;
        }
    }
    setProblem(addPosition(p, close));
}

void PositionsTab::withdrawSelected()
{
    withdrawFrom(m_file->positions, Tr::tr("Withdraw a position"), [](const StatutoryPosition &) {
        return Tr::tr("Withdraw this position? Do it only for a position entered by "
                      "mistake; the audit log keeps it.");
    });
}

} // namespace Civitas::Hr::Internal
