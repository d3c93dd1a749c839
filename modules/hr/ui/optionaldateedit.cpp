#include "optionaldateedit.h"

#include <QCalendarWidget>
#include <QEvent>

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
    // An empty field's calendar would open in January 1900: show this month instead.
    calendarWidget()->installEventFilter(this);
}

bool OptionalDateEdit::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == calendarWidget() && event->type() == QEvent::Show && !optionalDate().isValid()) {
        const QDate today = QDate::currentDate();
        calendarWidget()->setCurrentPage(today.year(), today.month());
    }
    return QDateEdit::eventFilter(watched, event);
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
