#include "leavetypessettingspage.h"
#include <leave/domain/leavetextlimits.h>
#include <leave/leavetr.h>

#include <leave/store/leavetypecatalog.h>

#include <core/storage/database.h>

#include <QCheckBox>
#include <QColor>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPixmap>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Civitas::Leave::Internal {

namespace {
QIcon swatch(const QString &colour)
{
    QPixmap p(14, 14);
    p.fill(QColor(colour).isValid() ? QColor(colour) : QColor(Qt::gray));
    return QIcon(p);
}
} // namespace

LeaveTypesSettingsPage::LeaveTypesSettingsPage(Database &database, QWidget *parent)
    : SettingsPage(parent)
    , m_database(database)
    , m_list(new QListWidget(this))
    , m_add(new QPushButton(Tr::tr("&New type"), this))
    , m_label(new QLineEdit(this))
    , m_code(new QLineEdit(this))
    , m_colour(new QLineEdit(this))
    , m_counting(new QComboBox(this))
    , m_unit(new QComboBox(this))
    , m_hasBalance(new QCheckBox(Tr::tr("Counted against a balance (rights in the ledger)"), this))
    , m_approval(new QComboBox(this))
    , m_documentRequired(new QCheckBox(Tr::tr("A supporting document is required"), this))
    , m_hrOnly(new QCheckBox(Tr::tr("Entered by HR only"), this))
    , m_fixedDays(new QDoubleSpinBox(this))
    , m_maxConsecutive(new QSpinBox(this))
    , m_countsForSplitBonus(
          new QCheckBox(Tr::tr("Earns split-leave bonus days outside 1 May–31 October"), this))
    , m_reducesRtt(new QCheckBox(Tr::tr("Reduces RTT at year end (absence)"), this))
    , m_carryOver(new QComboBox(this))
    , m_active(new QCheckBox(Tr::tr("Can be asked for"), this))
    , m_problems(new QLabel(this))
{
    setObjectName(QStringLiteral("leaveTypesSettings"));
    m_list->setObjectName(QStringLiteral("leaveTypeList"));
    m_list->setAccessibleName(Tr::tr("Leave types"));
    // The longest labels ("Congé de longue maladie", "Congé de proche aidant") in full.
    m_list->setMinimumWidth(220);
    m_label->setObjectName(QStringLiteral("leaveTypeLabel"));
    m_label->setMaxLength(LeaveTextLimits::label);
    m_code->setMaxLength(LeaveTextLimits::code);
    m_code->setObjectName(QStringLiteral("leaveTypeCode"));
    m_colour->setPlaceholderText(QStringLiteral("#3b7dd8"));
    m_colour->setMaxLength(7); // #rrggbb
    m_counting->addItem(Tr::tr("Working days (the agent's own week, without holidays)"), false);
    m_counting->addItem(Tr::tr("Calendar days"), true);
    m_unit->addItem(Tr::tr("Half day"), true);
    m_unit->addItem(Tr::tr("Whole day"), false);
    m_approval->addItem(Tr::tr("None"), int(LeaveType::Approval::None));
    m_approval->addItem(Tr::tr("Department head"), int(LeaveType::Approval::Head));
    m_approval->addItem(Tr::tr("Department head, then HR"), int(LeaveType::Approval::HeadThenHr));
    m_carryOver->setObjectName(QStringLiteral("leaveTypeCarryOver"));
    m_carryOver->addItem(Tr::tr("No carry-over"), int(LeaveType::CarryOverRegime::None));
    m_carryOver->addItem(Tr::tr("Health leave: carried, at most the unused part of 4 weeks"),
                         int(LeaveType::CarryOverRegime::Health));
    m_carryOver->addItem(Tr::tr("Family leave: carried without that cap"),
                         int(LeaveType::CarryOverRegime::Family));
    m_fixedDays->setRange(0, 365);
    m_fixedDays->setDecimals(1);
    m_fixedDays->setSingleStep(0.5);
    m_fixedDays->setSpecialValueText(Tr::tr("no limit"));
    m_maxConsecutive->setRange(0, 366);
    m_maxConsecutive->setSpecialValueText(Tr::tr("no limit"));
    m_problems->setObjectName(QStringLiteral("leaveTypeProblems"));
    m_problems->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problems->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(Tr::tr("&Label:"), m_label);
    form->addRow(Tr::tr("C&ode:"), m_code);
    form->addRow(Tr::tr("Co&lour:"), m_colour);
    form->addRow(Tr::tr("Counted in:"), m_counting);
    form->addRow(Tr::tr("Smallest unit:"), m_unit);
    form->addRow(Tr::tr("Approval:"), m_approval);
    form->addRow(Tr::tr("Days per request at most:"), m_fixedDays);
    form->addRow(Tr::tr("Consecutive days at most:"), m_maxConsecutive);
    form->addRow(Tr::tr("Annual leave not taken because of it:"), m_carryOver);
    form->addRow(QString(), m_hasBalance);
    form->addRow(QString(), m_documentRequired);
    form->addRow(QString(), m_hrOnly);
    form->addRow(QString(), m_countsForSplitBonus);
    form->addRow(QString(), m_reducesRtt);
    form->addRow(QString(), m_active);
    auto *note
        = new QLabel(Tr::tr("The special leave (ASA) and their days are the council's decision. "
                            "A type already used cannot be deleted: untick “Can be asked for”."),
                     this);
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("color: #5a6778;"));
    form->addRow(note);
    form->addRow(m_problems);

    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addWidget(m_add);
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left, 2);
    layout->addLayout(form, 3);

    m_types = LeaveTypeCatalog(database).types();
    m_changed = QList<bool>(m_types.size(), false);
    for (const LeaveType &t : m_types) {
        auto *item = new QListWidgetItem(swatch(t.colour), t.label, m_list);
        Q_UNUSED(item)
    }
    for (int i = 0; i < m_types.size(); ++i)
        refreshItem(i);
    connect(m_list, &QListWidget::currentRowChanged, this, &LeaveTypesSettingsPage::showType);
    connect(m_add, &QPushButton::clicked, this, &LeaveTypesSettingsPage::addType);
    const auto changed = [this] {
        storeForm();
    };
    for (QLineEdit *e : {m_label, m_code, m_colour})
        connect(e, &QLineEdit::textEdited, this, changed);
    for (QComboBox *c : {m_counting, m_unit, m_approval, m_carryOver})
        connect(c, &QComboBox::currentIndexChanged, this, changed);
    for (QCheckBox *c : {m_hasBalance,
                         m_documentRequired,
                         m_hrOnly,
                         m_countsForSplitBonus,
                         m_reducesRtt,
                         m_active})
        connect(c, &QCheckBox::toggled, this, changed);
    connect(m_fixedDays, &QDoubleSpinBox::valueChanged, this, changed);
    connect(m_maxConsecutive, &QSpinBox::valueChanged, this, changed);
    if (!m_types.isEmpty())
        m_list->setCurrentRow(0);
}

void LeaveTypesSettingsPage::showType(int row)
{
    m_current = row;
    if (row < 0 || row >= m_types.size())
        return;
    const LeaveType &t = m_types.at(row);
    m_loading = true;
    m_label->setText(t.label);
    m_code->setText(t.code);
    // A seeded type's code is what the rules (annual leave, RTT...) refer to.
    m_code->setReadOnly(t.id.startsWith(QLatin1String("leave-type-")));
    m_colour->setText(t.colour);
    m_counting->setCurrentIndex(t.countsCalendarDays ? 1 : 0);
    m_unit->setCurrentIndex(t.halfDayUnit ? 0 : 1);
    m_approval->setCurrentIndex(m_approval->findData(int(t.approval)));
    m_fixedDays->setValue(t.fixedDaysHundredths / 100.0);
    m_maxConsecutive->setValue(t.maxConsecutiveDays);
    m_hasBalance->setChecked(t.hasBalance);
    m_documentRequired->setChecked(t.documentRequired);
    m_hrOnly->setChecked(t.hrOnly);
    m_countsForSplitBonus->setChecked(t.countsForSplitBonus);
    m_reducesRtt->setChecked(t.reducesRtt);
    m_carryOver->setCurrentIndex(m_carryOver->findData(int(t.carryOverRegime)));
    m_active->setChecked(t.active);
    m_loading = false;
    m_problems->setText(problems());
}

void LeaveTypesSettingsPage::storeForm()
{
    if (m_loading || m_current < 0 || m_current >= m_types.size())
        return;
    LeaveType &t = m_types[m_current];
    t.label = m_label->text().trimmed();
    t.code = m_code->text().trimmed();
    t.colour = m_colour->text().trimmed();
    t.countsCalendarDays = m_counting->currentData().toBool();
    t.halfDayUnit = m_unit->currentData().toBool();
    t.approval = LeaveType::Approval(m_approval->currentData().toInt());
    t.fixedDaysHundredths = qRound(m_fixedDays->value() * 100);
    t.maxConsecutiveDays = m_maxConsecutive->value();
    t.hasBalance = m_hasBalance->isChecked();
    t.documentRequired = m_documentRequired->isChecked();
    t.hrOnly = m_hrOnly->isChecked();
    t.countsForSplitBonus = m_countsForSplitBonus->isChecked();
    t.reducesRtt = m_reducesRtt->isChecked();
    t.carryOverRegime = LeaveType::CarryOverRegime(m_carryOver->currentData().toInt());
    t.active = m_active->isChecked();
    m_changed[m_current] = true;
    refreshItem(m_current);
    m_problems->setText(problems());
}

void LeaveTypesSettingsPage::refreshItem(int row)
{
    QListWidgetItem *item = m_list->item(row);
    const LeaveType &t = m_types.at(row);
    item->setText(t.active ? t.label : Tr::tr("%1 (inactive)").arg(t.label));
    item->setIcon(swatch(t.colour));
}

void LeaveTypesSettingsPage::addType()
{
    LeaveType t;
    t.label = Tr::tr("New type");
    t.code = QStringLiteral("special_%1").arg(m_types.size() + 1);
    t.hasBalance = false;
    t.sortOrder = 200 + m_types.size();
    m_types.append(t);
    m_changed.append(true);
    new QListWidgetItem(m_list);
    refreshItem(int(m_types.size()) - 1);
    m_list->setCurrentRow(int(m_types.size()) - 1);
    m_label->setFocus();
    m_label->selectAll();
}

QString LeaveTypesSettingsPage::problems() const
{
    static const QRegularExpression codePattern(QStringLiteral("^[a-z][a-z0-9_]*$"));
    QStringList lines;
    QSet<QString> codes;
    for (const LeaveType &t : m_types) {
        const QString name = t.label.isEmpty() ? t.code : t.label;
        if (t.label.isEmpty())
            lines.append(Tr::tr("A type has no label."));
        if (!codePattern.match(t.code).hasMatch())
            lines.append(
                Tr::tr("%1: the code is lower-case letters, digits and _ (e.g. “moving_house”).")
                    .arg(name));
        else if (codes.contains(t.code))
            lines.append(Tr::tr("%1: the code “%2” is already used.").arg(name, t.code));
        codes.insert(t.code);
        if (!QRegularExpression(QStringLiteral("^#[0-9a-fA-F]{6}$")).match(t.colour).hasMatch())
            lines.append(Tr::tr("%1: the colour is written #RRGGBB.").arg(name));
    }
    return lines.join(QLatin1Char('\n'));
}

void LeaveTypesSettingsPage::apply()
{
    if (!problems().isEmpty())
        return;
    for (int i = 0; i < m_types.size(); ++i) {
        if (!m_changed.at(i))
            continue;
        QString error;
        if (LeaveTypeCatalog::save(m_database, m_types.at(i), &error))
            m_changed[i] = false;
        else
            m_problems->setText(error);
    }
}

} // namespace Civitas::Leave::Internal
