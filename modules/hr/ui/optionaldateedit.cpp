#include "optionaldateedit.h"

#include <QCalendarWidget>
#include <QEvent>

namespace Civitas::Hr {

static const QDate emptyDate(1900, 1, 1);

OptionalDateEdit::OptionalDateEdit(QWidget *parent)
    : DateEdit(parent)
{
    setMinimumDate(emptyDate);
    setMaximumDate(QDate(2100, 12, 31));
    setSpecialValueText(QStringLiteral(" "));
    setDate(emptyDate);
    // An empty field's calendar would open in January 1900: show this month instead.
    calendarWidget()->installEventFilter(this);
}

bool OptionalDateEdit::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == calendarWidget() && event->type() == QEvent::Show && !optionalDate().isValid()) {
        const QDate today = QDate::currentDate();
        calendarWidget()->setCurrentPage(today.year(), today.month());
    }
    return DateEdit::eventFilter(watched, event);
}

void OptionalDateEdit::typedBlank()
{
    clearDate();
    DateEdit::typedBlank();
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
