#include "agentidentityform.h"
#include <hr/hrtr.h>

#include "hrwidgets.h"
#include "optionaldateedit.h"

#include <hr/domain/hrcodes.h>
#include <hr/store/linemanagers.h>

#include <core/french/validators.h>
#include <core/storage/textlimits.h>

#include <QComboBox>
#include <QContextMenuEvent>
#include <QFormLayout>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>

namespace Civitas::Hr::Internal {

namespace {

// Right-click on a field offers its history.
class HistoryMenu : public QObject
{
public:
    HistoryMenu(QWidget *field, std::function<void()> show)
        : QObject(field)
        , m_show(std::move(show))
    {
        field->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::ContextMenu)
            return false;
        auto *field = static_cast<QWidget *>(watched);
        QMenu menu(field);
        if (auto *edit = qobject_cast<QLineEdit *>(field)) {
            QMenu *standard = edit->createStandardContextMenu();
            menu.addActions(standard->actions());
            menu.addSeparator();
            connect(&menu, &QObject::destroyed, standard, &QObject::deleteLater);
        }
        menu.addAction(Tr::tr("History of this field…"), m_show);
        menu.exec(static_cast<QContextMenuEvent *>(event)->globalPos());
        return true;
    }

private:
    std::function<void()> m_show;
};

QComboBox *codeBox(HrCodes::Kind kind, bool allowEmpty, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    if (allowEmpty)
        box->addItem(QString(), QString());
    for (const HrCodes::Code &c : HrCodes::codes(kind))
        box->addItem(c.label, c.code);
    return box;
}

// The longest text a field takes (the server's limits, see TextLimits); 0: no line edit.
int textLimit(const QString &field)
{
    using namespace TextLimits;
    static const QHash<QString, int> limits = {
        {QStringLiteral("registrationNumber"), Code},
        {QStringLiteral("birthName"), Name},
        {QStringLiteral("usageName"), Name},
        {QStringLiteral("firstNames"), Name},
        {QStringLiteral("birthPlace"), Name},
        {QStringLiteral("nationality"), Nationality},
        {QStringLiteral("nir"), Code},
        {QStringLiteral("address"), Address},
        {QStringLiteral("postcode"), Postcode},
        {QStringLiteral("city"), Name},
        {QStringLiteral("phone"), Phone},
        {QStringLiteral("email"), Email},
        {QStringLiteral("contractBasis"), Name},
        {QStringLiteral("postTitle"), Name},
    };
    return limits.value(field);
}

void selectData(QComboBox *box, const QString &value)
{
    const int i = box->findData(value);
    box->setCurrentIndex(i >= 0 ? i : 0);
}

} // namespace

AgentIdentityForm::AgentIdentityForm(Database &database, Part part, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_part(part)
    , m_layout(new QFormLayout(this))
{
    m_layout->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_layout->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_hint = new QLabel(
        Tr::tr("Right-click a field to see who changed it, when, and its former values."), this);
    m_hint->setObjectName(QStringLiteral("historyHint"));
    m_hint->setStyleSheet(QStringLiteral("color: #5f6b7a;"));
    m_layout->addRow(m_hint);
    const QString agents = QStringLiteral("agents");
    const QString details = QStringLiteral("agent_details");
    auto line = [this](const QString &name) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(name);
        return edit;
    };
    auto date = [this](const QString &name) {
        auto *edit = new OptionalDateEdit(this);
        edit->setObjectName(name);
        return edit;
    };
    if (part == Identity) {
        m_birthName = line(QStringLiteral("birthName"));
        m_usageName = line(QStringLiteral("usageName"));
        m_firstNames = line(QStringLiteral("firstNames"));
        m_sexBox = codeBox(HrCodes::Sex, true, this);
        m_sexBox->setObjectName(QStringLiteral("sex"));
        m_birthDate = date(QStringLiteral("birthDate"));
        m_birthPlace = line(QStringLiteral("birthPlace"));
        m_nationality = line(QStringLiteral("nationality"));
        m_nir = line(QStringLiteral("nir"));
        m_nir->setPlaceholderText(Tr::tr("15 characters, e.g. 2 95 10 99 126 111 93"));
        m_address = line(QStringLiteral("address"));
        m_postcode = line(QStringLiteral("postcode"));
        m_postcode->setMaxLength(5);
        m_city = line(QStringLiteral("city"));
        m_phone = line(QStringLiteral("phone"));
        m_email = line(QStringLiteral("email"));
        addRow(Tr::tr("Birth name"),
               m_birthName,
               agents,
               QStringLiteral("birth_name"),
               QStringLiteral("birthName"));
        addRow(Tr::tr("Usage name"),
               m_usageName,
               agents,
               QStringLiteral("usage_name"),
               QStringLiteral("usageName"));
        addRow(Tr::tr("First names"),
               m_firstNames,
               agents,
               QStringLiteral("first_names"),
               QStringLiteral("firstNames"));
        addRow(Tr::tr("Sex"), m_sexBox, details, QStringLiteral("sex"), QStringLiteral("sex"));
        addRow(Tr::tr("Date of birth"),
               m_birthDate,
               details,
               QStringLiteral("birth_date"),
               QStringLiteral("birthDate"));
        addRow(Tr::tr("Place of birth"),
               m_birthPlace,
               details,
               QStringLiteral("birth_place"),
               QStringLiteral("birthPlace"));
        addRow(Tr::tr("Nationality"),
               m_nationality,
               details,
               QStringLiteral("nationality"),
               QStringLiteral("nationality"));
        addRow(Tr::tr("Social security number (NIR)"),
               m_nir,
               details,
               QStringLiteral("nir"),
               QStringLiteral("nir"));
        addRow(Tr::tr("Address"),
               m_address,
               details,
               QStringLiteral("address"),
               QStringLiteral("address"));
        addRow(Tr::tr("Postcode"),
               m_postcode,
               details,
               QStringLiteral("postcode"),
               QStringLiteral("postcode"));
        addRow(Tr::tr("City"), m_city, details, QStringLiteral("city"), QStringLiteral("city"));
        addRow(Tr::tr("Phone"), m_phone, details, QStringLiteral("phone"), QStringLiteral("phone"));
        addRow(Tr::tr("Personal e-mail"),
               m_email,
               details,
               QStringLiteral("email"),
               QStringLiteral("email"));
        connect(m_nir, &QLineEdit::textChanged, this, &AgentIdentityForm::checkNir);
        connect(m_sexBox, &QComboBox::currentIndexChanged, this, &AgentIdentityForm::checkNir);
        connect(m_birthDate, &QDateEdit::dateChanged, this, &AgentIdentityForm::checkNir);
        connect(m_postcode, &QLineEdit::textChanged, this, [this](const QString &text) {
            const ValidationResult r = Validators::postcode(text);
            showProblem(QStringLiteral("postcode"),
                        text.isEmpty() || r.isValid() ? QString() : r.message,
                        true);
        });
    } else {
        m_registrationNumber = line(QStringLiteral("registrationNumber"));
        m_status = codeBox(HrCodes::Status, true, this);
        m_status->setObjectName(QStringLiteral("status"));
        m_contractBasis = line(QStringLiteral("contractBasis"));
        m_contractBasis->setPlaceholderText(
            Tr::tr("e.g. L332-8 2° of the general civil service code"));
        m_contractStart = date(QStringLiteral("contractStart"));
        m_contractEnd = date(QStringLiteral("contractEnd"));
        m_entryDate = date(QStringLiteral("entryDate"));
        m_departureDate = date(QStringLiteral("departureDate"));
        m_departureReason = codeBox(HrCodes::DepartureReason, true, this);
        m_departureReason->setObjectName(QStringLiteral("departureReason"));
        m_unit = new QComboBox(this);
        m_unit->setObjectName(QStringLiteral("orgUnit"));
        m_postTitle = line(QStringLiteral("postTitle"));
        m_lineManager = new QComboBox(this);
        m_lineManager->setObjectName(QStringLiteral("lineManager"));
        addRow(Tr::tr("Registration number"),
               m_registrationNumber,
               agents,
               QStringLiteral("registration_number"),
               QStringLiteral("registrationNumber"));
        addRow(Tr::tr("Status"),
               m_status,
               details,
               QStringLiteral("status"),
               QStringLiteral("status"));
        addRow(Tr::tr("Contract's legal basis"),
               m_contractBasis,
               details,
               QStringLiteral("contract_basis"),
               QStringLiteral("contractBasis"));
        addRow(Tr::tr("Contract start"),
               m_contractStart,
               details,
               QStringLiteral("contract_start"),
               QStringLiteral("contractStart"));
        addRow(Tr::tr("Contract end"),
               m_contractEnd,
               details,
               QStringLiteral("contract_end"),
               QStringLiteral("contractEnd"));
        addRow(Tr::tr("Entry date"),
               m_entryDate,
               agents,
               QStringLiteral("entry_date"),
               QStringLiteral("entryDate"));
        addRow(Tr::tr("Departure date"),
               m_departureDate,
               agents,
               QStringLiteral("departure_date"),
               QStringLiteral("departureDate"));
        addRow(Tr::tr("Departure reason"),
               m_departureReason,
               details,
               QStringLiteral("departure_reason"),
               QStringLiteral("departureReason"));
        addRow(Tr::tr("Unit"),
               m_unit,
               agents,
               QStringLiteral("org_unit_id"),
               QStringLiteral("orgUnitId"));
        addRow(Tr::tr("Post title"),
               m_postTitle,
               agents,
               QStringLiteral("post_title"),
               QStringLiteral("postTitle"));
        addRow(Tr::tr("Line manager"),
               m_lineManager,
               agents,
               QStringLiteral("line_manager_id"),
               QStringLiteral("lineManagerId"));
        fillUnits();
        auto contractFields = [this] {
            const bool contract = m_status->currentData().toString() == QLatin1String("contract");
            for (QWidget *w : {static_cast<QWidget *>(m_contractBasis),
                               static_cast<QWidget *>(m_contractStart),
                               static_cast<QWidget *>(m_contractEnd)}) {
                w->setVisible(contract);
                if (QWidget *label = m_layout->labelForField(w))
                    label->setVisible(contract);
            }
        };
        connect(m_status, &QComboBox::currentIndexChanged, this, contractFields);
        contractFields();
    }
}

void AgentIdentityForm::addRow(const QString &label,
                               QWidget *field,
                               const QString &table,
                               const QString &column,
                               const QString &problemKey)
{
    field->setAccessibleName(label);
    if (auto *edit = qobject_cast<QLineEdit *>(field)) {
        const int limit = textLimit(problemKey);
        if (limit > 0 && edit->maxLength() > limit)
            edit->setMaxLength(limit);
    }
    auto *problem = new QLabel(this);
    problem->setObjectName(problemKey + QStringLiteral("Problem"));
    problem->setWordWrap(true);
    problem->hide();
    auto *box = new QWidget(this);
    auto *v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(2);
    v->addWidget(field);
    v->addWidget(problem);
    m_layout->addRow(label, box);
    m_problems.insert(problemKey, problem);
    m_fields << field;
    new HistoryMenu(field,
                    [this, table, column, label] { emit historyRequested(table, column, label); });
    if (auto *edit = qobject_cast<QLineEdit *>(field))
        connect(edit, &QLineEdit::textEdited, this, [this] {
            if (!m_loading)
                emit changed();
        });
    else if (auto *combo = qobject_cast<QComboBox *>(field))
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_loading)
                emit changed();
        });
    else if (auto *dateEdit = qobject_cast<QDateEdit *>(field))
        connect(dateEdit, &QDateEdit::dateChanged, this, [this] {
            if (!m_loading)
                emit changed();
        });
}

void AgentIdentityForm::fillUnits()
{
    m_unit->clear();
    m_unit->addItem(QString(), QString());
    HrWidgets::addUnits(m_unit, m_database);
}

void AgentIdentityForm::fillManagers(const QString &agentId)
{
    m_lineManager->clear();
    m_lineManager->addItem(QString(), QString());
    // The heads of units and the agents of the same unit: a line manager is one of them.
    // A failed read is logged by the store; the list then offers nobody.
    for (const LineManagers::Candidate &c :
         LineManagers(m_database).candidatesFor(agentId).valueOr({}))
        m_lineManager->addItem(c.name, c.agentId);
}

void AgentIdentityForm::load(const Agent &a)
{
    m_loading = true;
    clearProblems();
    m_sex = a.sex;
    if (m_part == Identity) {
        m_birthName->setText(a.birthName);
        m_usageName->setText(a.usageName);
        m_firstNames->setText(a.firstNames);
        selectData(m_sexBox, a.sex);
        m_birthDate->setOptionalDate(a.birthDate);
        m_birthPlace->setText(a.birthPlace);
        m_nationality->setText(a.nationality);
        m_nir->setText(Validators::formatNir(a.nir));
        m_address->setText(a.address);
        m_postcode->setText(a.postcode);
        m_city->setText(a.city);
        m_phone->setText(a.phone);
        m_email->setText(a.email);
    } else {
        m_registrationNumber->setText(a.registrationNumber);
        selectData(m_status, a.status);
        m_contractBasis->setText(a.contractBasis);
        m_contractStart->setOptionalDate(a.contractStart);
        m_contractEnd->setOptionalDate(a.contractEnd);
        m_entryDate->setOptionalDate(a.entryDate);
        m_departureDate->setOptionalDate(a.departureDate);
        selectData(m_departureReason, a.departureReason);
        selectData(m_unit, a.orgUnitId);
        m_postTitle->setText(a.postTitle);
        fillManagers(a.id);
        if (!a.lineManagerId.isEmpty() && m_lineManager->findData(a.lineManagerId) < 0) {
            const std::optional<QString> name
                = LineManagers(m_database).nameOf(a.lineManagerId).valueOr({});
            m_lineManager->addItem(name ? *name : Tr::tr("(not visible)"), a.lineManagerId);
        }
        selectData(m_lineManager, a.lineManagerId);
    }
    m_loading = false;
    if (m_part == Identity)
        checkNir();
}

void AgentIdentityForm::apply(Agent &a) const
{
    if (m_part == Identity) {
        a.birthName = m_birthName->text().trimmed().toUpper();
        a.usageName = m_usageName->text().trimmed().toUpper();
        a.firstNames = m_firstNames->text().trimmed();
        a.sex = m_sexBox->currentData().toString();
        a.birthDate = m_birthDate->optionalDate();
        a.birthPlace = m_birthPlace->text();
        a.nationality = m_nationality->text();
        a.nir = Validators::normalizedNir(m_nir->text());
        a.address = m_address->text();
        a.postcode = m_postcode->text();
        a.city = m_city->text();
        a.phone = m_phone->text();
        a.email = m_email->text();
    } else {
        a.registrationNumber = m_registrationNumber->text().trimmed();
        a.status = m_status->currentData().toString();
        const bool contract = a.status == QLatin1String("contract");
        a.contractBasis = contract ? m_contractBasis->text() : QString();
        a.contractStart = contract ? m_contractStart->optionalDate() : QDate();
        a.contractEnd = contract ? m_contractEnd->optionalDate() : QDate();
        a.entryDate = m_entryDate->optionalDate();
        a.departureDate = m_departureDate->optionalDate();
        a.departureReason = m_departureReason->currentData().toString();
        a.orgUnitId = m_unit->currentData().toString();
        a.postTitle = m_postTitle->text();
        a.lineManagerId = m_lineManager->currentData().toString();
    }
}

void AgentIdentityForm::setReadOnly(bool readOnly)
{
    m_hint->setVisible(!readOnly);
    for (QWidget *field : std::as_const(m_fields)) {
        if (auto *edit = qobject_cast<QLineEdit *>(field))
            edit->setReadOnly(readOnly);
        else if (auto *dateEdit = qobject_cast<QDateEdit *>(field))
            dateEdit->setReadOnly(readOnly);
        else
            field->setEnabled(!readOnly);
    }
}

void AgentIdentityForm::checkNir()
{
    if (m_part != Identity || m_loading)
        return;
    const QString text = m_nir->text();
    if (text.trimmed().isEmpty()) {
        showProblem(QStringLiteral("nir"), {}, false);
        return;
    }
    const QString sex = m_sexBox->currentData().toString();
    const ValidationResult r = Validators::nirConsistency(
        text, sex.isEmpty() ? QChar() : sex.at(0), m_birthDate->optionalDate());
    showProblem(QStringLiteral("nir"), r.message, r.level == ValidationResult::Level::Invalid);
}

void AgentIdentityForm::showProblem(const QString &field, const QString &message, bool blocking)
{
    QLabel *label = m_problems.value(field);
    if (!label)
        return;
    label->setText(message);
    label->setStyleSheet(blocking ? QStringLiteral("color: #b00020;")
                                  : QStringLiteral("color: #8a5a00;"));
    label->setVisible(!message.isEmpty());
}

void AgentIdentityForm::clearProblems()
{
    for (QLabel *label : std::as_const(m_problems)) {
        label->clear();
        label->hide();
    }
}

} // namespace Civitas::Hr::Internal
