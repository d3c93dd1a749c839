#include "careertab.h"
#include <hr/hrtr.h>

#include "optionaldateedit.h"

#include <hr/domain/agentfilerules.h>
#include <hr/domain/hrcodes.h>
#include <hr/store/careervalues.h>

#include <core/storage/textlimits.h>

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSpinBox>

namespace Civitas::Hr::Internal {

// A failed read is logged by the store; the box is then typed into.
static QComboBox *editableBox(const Result<QStringList> &known, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setEditable(true);
    box->setInsertPolicy(QComboBox::NoInsert);
    box->lineEdit()->setMaxLength(TextLimits::Name);
    box->addItems(known.valueOr({}));
    box->setCurrentIndex(-1);
    return box;
}

CareerTab::CareerTab(Database &database, AgentFile *file, QWidget *parent)
    : HistoryTab(file,
                 QStringLiteral("careerTable"),
                 Tr::tr("Career history"),
                 {Tr::tr("Effective"),
                  Tr::tr("Cat."),
                  Tr::tr("Sector"),
                  Tr::tr("Grade"),
                  Tr::tr("Ech."),
                  Tr::tr("GI / II"),
                  Tr::tr("Reason"),
                  Tr::tr("Decision")},
                 3,
                 Tr::tr("New career step"),
                 parent)
{
    m_current->setObjectName(QStringLiteral("currentCareer"));
    m_current->setWordWrap(true);

    const CareerValues known(database);
    m_date = new OptionalDateEdit(m_form);
    m_date->setObjectName(QStringLiteral("careerDate"));
    m_category = new QComboBox(m_form);
    m_category->setObjectName(QStringLiteral("careerCategory"));
    for (const HrCodes::Code &c : HrCodes::codes(HrCodes::Category))
        m_category->addItem(c.code, c.code);
    m_sector = new QComboBox(m_form);
    m_sector->setObjectName(QStringLiteral("careerSector"));
    for (const HrCodes::Code &c : HrCodes::codes(HrCodes::Sector))
        m_sector->addItem(c.label, c.code);
    // The frameworks and grades already used in the town, to pick rather than retype.
    m_framework = editableBox(known.jobFrameworks(), m_form);
    m_framework->setObjectName(QStringLiteral("careerFramework"));
    m_grade = editableBox(known.grades(), m_form);
    m_grade->setObjectName(QStringLiteral("careerGrade"));
    m_echelon = new QSpinBox(m_form);
    m_echelon->setObjectName(QStringLiteral("careerEchelon"));
    m_echelon->setRange(1, 15);
    m_grossIndex = new QSpinBox(m_form);
    m_grossIndex->setObjectName(QStringLiteral("careerGrossIndex"));
    m_grossIndex->setRange(0, 1500);
    m_grossIndex->setSpecialValueText(QStringLiteral(" "));
    m_increasedIndex = new QSpinBox(m_form);
    m_increasedIndex->setObjectName(QStringLiteral("careerIncreasedIndex"));
    m_increasedIndex->setRange(0, 1500);
    m_increasedIndex->setSpecialValueText(QStringLiteral(" "));
    m_reason = new QComboBox(m_form);
    m_reason->setObjectName(QStringLiteral("careerReason"));
    for (const HrCodes::Code &c : HrCodes::codes(HrCodes::CareerReason))
        m_reason->addItem(c.label, c.code);
    m_decision = new QComboBox(m_form);
    m_decision->setEditable(true);
    m_decision->lineEdit()->setMaxLength(TextLimits::Name);
    m_decision->setObjectName(QStringLiteral("careerDecision"));
    m_decision->lineEdit()->setPlaceholderText(Tr::tr("Number of the decision (arrêté)"));

    auto *grid = new QFormLayout;
    // Two or three fields a row at most: the file fits beside the agent list at 1280 pixels.
    grid->addRow(Tr::tr("Effective date"), m_date);
    auto *row1 = new QHBoxLayout;
    row1->addWidget(m_category, 1);
    row1->addWidget(new QLabel(Tr::tr("Sector"), m_form));
    row1->addWidget(m_sector, 2);
    grid->addRow(Tr::tr("Category"), row1);
    grid->addRow(Tr::tr("Job framework"), m_framework);
    auto *row2 = new QHBoxLayout;
    row2->addWidget(m_grade, 1);
    row2->addWidget(new QLabel(Tr::tr("Echelon"), m_form));
    row2->addWidget(m_echelon);
    grid->addRow(Tr::tr("Grade"), row2);
    auto *row3 = new QHBoxLayout;
    row3->addWidget(m_grossIndex);
    row3->addWidget(new QLabel(Tr::tr("Increased index"), m_form));
    row3->addWidget(m_increasedIndex);
    row3->addStretch();
    grid->addRow(Tr::tr("Gross index"), row3);
    grid->addRow(Tr::tr("Reason"), m_reason);
    grid->addRow(Tr::tr("Decision"), m_decision);
    for (auto [w, label] : {std::pair<QWidget *, QString>{m_date, Tr::tr("Effective date")},
                            {m_category, Tr::tr("Category")},
                            {m_sector, Tr::tr("Sector")},
                            {m_framework, Tr::tr("Job framework")},
                            {m_grade, Tr::tr("Grade")},
                            {m_echelon, Tr::tr("Echelon")},
                            {m_grossIndex, Tr::tr("Gross index")},
                            {m_increasedIndex, Tr::tr("Increased index")},
                            {m_reason, Tr::tr("Reason")},
                            {m_decision, Tr::tr("Decision")}})
        w->setAccessibleName(label);
    finishForm(grid,
               Tr::tr("Add the step"),
               QStringLiteral("addCareerStep"),
               Tr::tr("Withdraw the selected step…"),
               QStringLiteral("withdrawCareerStep"));
}

void CareerTab::refresh()
{
    const QLocale locale;
    const CareerStep *current = m_file->careerStepOn(QDate::currentDate());
    if (current) {
        m_current->setText(
            Tr::tr("<b>Now:</b> %1, echelon %2 — category %3, %4 sector — gross index %5, "
                   "increased index %6 — since %7")
                .arg(current->grade.toHtmlEscaped())
                .arg(current->echelon)
                .arg(current->category, HrCodes::label(HrCodes::Sector, current->sector).toLower())
                .arg(current->grossIndex ? QString::number(current->grossIndex)
                                         : QStringLiteral("—"),
                     current->increasedIndex ? QString::number(current->increasedIndex)
                                             : QStringLiteral("—"),
                     locale.toString(current->effectiveDate, QLocale::ShortFormat)));
    } else {
        m_current->setText(Tr::tr("<b>Now:</b> no career step in effect."));
    }
    showHistory(
        m_file->careerSteps,
        [&locale](const CareerStep &s) {
            return QStringList{
                locale.toString(s.effectiveDate, QLocale::ShortFormat),
                s.category,
                HrCodes::label(HrCodes::Sector, s.sector),
                s.grade,
                QString::number(s.echelon),
                QStringLiteral("%1 / %2").arg(
                    s.grossIndex ? QString::number(s.grossIndex) : QStringLiteral("—"),
                    s.increasedIndex ? QString::number(s.increasedIndex) : QStringLiteral("—")),
                HrCodes::label(HrCodes::CareerReason, s.reason),
                s.decisionReference};
        },
        [current](const CareerStep &s, QTableWidgetItem *item) {
            if (s.id.isEmpty())
                item->setToolTip(Tr::tr("Not saved yet"));
            if (s.effectiveDate > QDate::currentDate())
                item->setForeground(QColor(0x1a, 0x5f, 0xb4));
            if (&s == current) {
                QFont f = item->font();
                f.setBold(true);
                item->setFont(f);
            }
        });
    prepareNextStep();
}

void CareerTab::prepareNextStep()
{
    setProblem({});
    m_date->setOptionalDate(QDate::currentDate());
    if (m_file->careerSteps.isEmpty()) {
        m_echelon->setValue(1);
        m_grossIndex->setValue(0);
        m_increasedIndex->setValue(0);
        m_reason->setCurrentIndex(m_reason->findData(QStringLiteral("recruitment")));
        return;
    }
    const CareerStep &last = m_file->careerSteps.constLast();
    m_category->setCurrentIndex(m_category->findData(last.category));
    m_sector->setCurrentIndex(m_sector->findData(last.sector));
    m_framework->setCurrentText(last.jobFramework);
    m_grade->setCurrentText(last.grade);
    m_echelon->setValue(qMin(last.echelon + 1, 15));
    m_grossIndex->setValue(0);
    m_increasedIndex->setValue(0);
    m_reason->setCurrentIndex(m_reason->findData(QStringLiteral("echelon_advancement")));
    m_decision->setCurrentText(QString());
}

void CareerTab::addFromForm()
{
    CareerStep s;
    s.effectiveDate = m_date->optionalDate();
    s.category = m_category->currentData().toString();
    s.sector = m_sector->currentData().toString();
    s.jobFramework = m_framework->currentText().trimmed();
    s.grade = m_grade->currentText().trimmed();
    s.echelon = m_echelon->value();
    s.grossIndex = m_grossIndex->value();
    s.increasedIndex = m_increasedIndex->value();
    s.reason = m_reason->currentData().toString();
    s.decisionReference = m_decision->currentText().trimmed();
    // The file's own rule, so that a step accepted here is not refused at saving. Warnings
    // (an unusual index) do not stop the step.
    QString problem;
    for (const AgentFileRules::Problem &p :
         AgentFileRules::careerStepProblems(s, m_file->careerSteps)) {
        if (p.blocking) {
            problem = p.message;
            break;
        }
    }
    addTo(m_file->careerSteps, s, problem);
}

void CareerTab::withdrawSelected()
{
    withdrawFrom(m_file->careerSteps, Tr::tr("Withdraw a career step"), [](const CareerStep &s) {
        return Tr::tr("Withdraw the step of %1 (%2, echelon %3)? Do it only for a step "
                      "entered by mistake: a decision that was taken stays in the "
                      "history. The audit log keeps the withdrawn step.")
            .arg(QLocale().toString(s.effectiveDate, QLocale::ShortFormat), s.grade)
            .arg(s.echelon);
    });
}

} // namespace Civitas::Hr::Internal
