#include "optionaldateedit.h"


namespace Civitas::Hr {

static const QDate emptyDate(1900, 1, 1);

OptionalDateEdit::OptionalDateEdit(QWidget *parent)
    : QDateEdit(parent)
{
    setMinimumDate(emptyDate);
    setMaximumDate(QDate(2100, 12, 31));
    setSpecialValueText(QStringLiteral(" "));
    setCalendarPopup(true);
    setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    setDate(emptyDate);
}

QDate OptionalDateEdit::optionalDate() const
{
    return date() == emptyDate ? QDate() : date();
}

void OptionalDateEdit::setOptionalDate(QDate value)
{
    setDate(value.isValid() ? value : emptyDate);
}

} // namespace Civitas::Hr
