#include "dateedit.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSignalBlocker>

namespace Civitas::Hr {

namespace {

bool isSeparator(QChar c)
{
    return c == QLatin1Char('/') || c == QLatin1Char('.') || c == QLatin1Char('-')
           || c == QLatin1Char(' ');
}

} // namespace

DateEdit::DateEdit(QWidget *parent)
    : QDateEdit(parent)
{
    setCalendarPopup(true);
    setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    // A date picked in the calendar, stepped with the arrows or the wheel, or set by the page
    // ends the typing: what was typed is not taken over it when the field is left.
    connect(this, &QDateEdit::dateChanged, this, [this] { m_typing = false; });
}

QDate DateEdit::parseTyped(
    const QString &text, QDate minimum, QDate maximum, QDate today, bool *complete)
{
    if (complete)
        *complete = false;
    static const QRegularExpression separated(
        QStringLiteral("^(\\d{1,2})[/.\\- ](\\d{1,2})[/.\\- ](\\d{2}|\\d{4})$"));
    static const QRegularExpression packed(QStringLiteral("^(\\d{2})(\\d{2})(\\d{4}|\\d{2})$"));
    const QString t = text.trimmed();
    QRegularExpressionMatch m = separated.match(t);
    if (!m.hasMatch())
        m = packed.match(t);
    if (!m.hasMatch())
        return {};
    const int day = m.captured(1).toInt();
    const int month = m.captured(2).toInt();
    int year = m.captured(3).toInt();
    if (m.captured(3).size() == 2) {
        // A two-digit year: this century's when that is at most ten years ahead (a contract's
        // end), else the last one's (a birth in 1968 typed "68").
        const int century = today.year() / 100 * 100;
        year += century;
        if (year > today.year() + 10)
            year -= 100;
    } else if (complete) {
        *complete = true;
    }
    const QDate date(year, month, day);
    if (!date.isValid() || date < minimum || date > maximum)
        return {};
    return date;
}

void DateEdit::keyPressEvent(QKeyEvent *event)
{
    const QString text = event->text();
    const QChar c = text.size() == 1 ? text.at(0) : QChar();
    const bool digit = c.isDigit() && c.unicode() < 128;
    const bool plain = !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier));
    if (plain && !isReadOnly() && (digit || (m_typing && isSeparator(c)))) {
        if (!m_typing) {
            // The first digit starts the date afresh, whatever was shown or selected.
            m_typing = true;
            m_typed.clear();
        }
        if (m_typed.size() < 10)
            m_typed += c;
        showTyped();
        bool complete = false;
        const QDate date
            = parseTyped(m_typed, minimumDate(), maximumDate(), QDate::currentDate(), &complete);
        if (complete && date.isValid())
            finishTyping();
        event->accept();
        return;
    }
    if (plain && !isReadOnly()
        && (event->key() == Qt::Key_Backspace || event->key() == Qt::Key_Delete)) {
        if (!m_typing) {
            m_typing = true;
            m_typed.clear();
        } else {
            m_typed.chop(1);
        }
        showTyped();
        event->accept();
        return;
    }
    if (m_typing && event->key() == Qt::Key_Escape) {
        m_typing = false;
        showDate();
        event->accept();
        return;
    }
    if (m_typing) {
        finishTyping();
        if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
            // Taken; the dialog's default button still hears Enter.
            event->ignore();
            return;
        }
    }
    QDateEdit::keyPressEvent(event);
}

void DateEdit::focusOutEvent(QFocusEvent *event)
{
    if (m_typing)
        finishTyping();
    QDateEdit::focusOutEvent(event);
}

void DateEdit::typedBlank()
{
    showDate();
}

void DateEdit::showTyped()
{
    // Past QDateEdit's own reading of its text, which would put the held date back at once.
    const QSignalBlocker blocker(lineEdit());
    lineEdit()->setText(m_typed);
    lineEdit()->setCursorPosition(int(m_typed.size()));
}

void DateEdit::finishTyping()
{
    m_typing = false;
    if (m_typed.trimmed().isEmpty()) {
        typedBlank();
        return;
    }
    const QDate date
        = parseTyped(m_typed, minimumDate(), maximumDate(), QDate::currentDate(), nullptr);
    if (date.isValid())
        setDate(date);
    showDate();
}

void DateEdit::showDate()
{
    const QSignalBlocker blocker(lineEdit());
    const bool blank = !specialValueText().isEmpty() && date() == minimumDate();
    lineEdit()->setText(blank ? specialValueText() : textFromDateTime(dateTime()));
}

} // namespace Civitas::Hr
